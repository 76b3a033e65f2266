import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Institution,
  Me,
  Mechanism,
  Recommendation,
  RecommendationList,
  Term,
  UiLocale,
  User,
  UserCreate,
  UserUpdate,
  Vocabulary,
} from '@tatabbu/domain';
import { api, isApiError, type Query, setCsrfToken } from './client';

export interface PublicConfig {
  defaultLocale: UiLocale;
  demo: boolean;
  version: string;
}

export interface UserWithPassword {
  user: User;
  oneTimePassword: string;
}

export interface UserListParams {
  q?: string;
  role?: string;
  institutionId?: string;
  page?: number;
  pageSize?: number;
}

export const keys = {
  config: ['config'] as const,
  me: ['me'] as const,
  recommendations: (query: Query) => ['recommendations', 'list', query] as const,
  recommendation: (id: string) => ['recommendations', 'one', id] as const,
  users: (params: UserListParams) => ['users', params] as const,
  institutions: ['institutions'] as const,
  mechanisms: ['mechanisms'] as const,
  taxonomy: (vocabulary: Vocabulary) => ['taxonomies', vocabulary] as const,
};

export const configQuery = queryOptions({
  queryKey: keys.config,
  queryFn: ({ signal }) => api<PublicConfig>('/config', { signal }),
  staleTime: Number.POSITIVE_INFINITY,
});

/** The signed-in user, or null when nobody is (401). Keeps the CSRF token for writes. */
export const meQuery = queryOptions({
  queryKey: keys.me,
  queryFn: async ({ signal }): Promise<Me | null> => {
    try {
      const me = await api<Me>('/auth/me', { signal });
      setCsrfToken(me.csrfToken);
      return me;
    } catch (e) {
      if (isApiError(e) && e.status === 401) {
        setCsrfToken(null);
        return null;
      }
      throw e;
    }
  },
  staleTime: 5 * 60_000,
});

export const useConfig = () => useQuery(configQuery);
export const useMe = () => useQuery(meQuery);

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) =>
      api<Me>('/auth/login', { method: 'POST', body }),
    onSuccess: (me) => {
      setCsrfToken(me.csrfToken);
      // Another user may have used this browser: nothing of theirs stays in the cache.
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'config' });
      qc.setQueryData(keys.me, me);
    },
  });
}

function useSignOut(path: '/auth/logout' | '/auth/logout-all') {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>(path, { method: 'POST' }),
    onSettled: () => {
      setCsrfToken(null);
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'config' });
      qc.setQueryData(keys.me, null);
    },
  });
}
export const useLogout = () => useSignOut('/auth/logout');
export const useLogoutAll = () => useSignOut('/auth/logout-all');

export function useChangePassword() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      api<void>('/auth/password', { method: 'POST', body }),
    onSuccess: () => {
      qc.setQueryData<Me | null>(keys.me, (me) => (me ? { ...me, mustChangePassword: false } : me));
    },
  });
}

/** One request gives the page, the total and every facet count: no waterfall on slow connections. */
export function useRecommendations(query: Query, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: keys.recommendations(query),
    queryFn: ({ signal }) => api<RecommendationList>('/recommendations', { query, signal }),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    enabled: options.enabled ?? true,
  });
}

export function useRecommendation(id: string) {
  return useQuery({
    queryKey: keys.recommendation(id),
    queryFn: ({ signal }) => api<Recommendation>(`/recommendations/${encodeURIComponent(id)}`, { signal }),
  });
}

export function useUsers(params: UserListParams) {
  return useQuery({
    queryKey: keys.users(params),
    queryFn: ({ signal }) =>
      api<{ items: User[]; total: number }>('/users', { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}

export function useCreateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: UserCreate) => api<UserWithPassword>('/users', { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useUpdateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: UserUpdate & { id: string }) =>
      api<User>(`/users/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useResetPassword() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api<UserWithPassword>(`/users/${encodeURIComponent(id)}/reset-password`, { method: 'POST' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useInstitutions(enabled = true) {
  return useQuery({
    queryKey: keys.institutions,
    queryFn: ({ signal }) => api<{ items: Institution[] }>('/institutions', { signal }),
    select: (d) => d.items,
    staleTime: 10 * 60_000,
    enabled,
  });
}

export function useMechanisms() {
  return useQuery({
    queryKey: keys.mechanisms,
    queryFn: ({ signal }) => api<{ items: Mechanism[] }>('/mechanisms', { signal }),
    select: (d) => d.items,
    staleTime: 10 * 60_000,
  });
}

export function useTaxonomy(vocabulary: Vocabulary) {
  return useQuery({
    queryKey: keys.taxonomy(vocabulary),
    queryFn: ({ signal }) => api<{ items: Term[] }>(`/taxonomies/${vocabulary}`, { signal }),
    select: (d) => d.items,
    staleTime: 10 * 60_000,
  });
}
