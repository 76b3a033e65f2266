import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiToken, ApiTokenScope } from '@tatabbu/domain';
import { api } from '../../api/client';

const KEY = ['tokens', 'mine'] as const;

export function useMyTokens() {
  return useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => api<{ items: ApiToken[] }>('/me/tokens', { signal }),
  });
}

export interface NewToken {
  name: string;
  scopes: ApiTokenScope[];
  expiresOn: string | null;
}

/** The answer holds the token itself: the only time the browser ever sees it. */
export function useCreateToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: NewToken) =>
      api<{ token: string; apiToken: ApiToken }>('/me/tokens', { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}

export function useRevokeToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<ApiToken>(`/me/tokens/${id}`, { method: 'DELETE' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}
