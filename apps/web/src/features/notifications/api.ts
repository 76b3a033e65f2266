import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Invitation,
  InvitationCreate,
  NotificationList,
  NotificationPreferences,
  User,
} from '@tatabbu/domain';
import { api } from '../../api/client';

/** New notifications come from a sweep on the server every minute: the bell looks as often. */
const POLL_MS = 60_000;

export function useNotifications(query: { page: number; pageSize: number; unreadOnly?: boolean }) {
  return useQuery({
    queryKey: ['notifications', 'list', query],
    queryFn: ({ signal }) =>
      api<NotificationList>('/notifications', {
        query: { ...query, unreadOnly: query.unreadOnly ? 'true' : undefined },
        signal,
      }),
    placeholderData: keepPreviousData,
    refetchInterval: POLL_MS,
  });
}

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/notifications/${id}/read`, { method: 'POST' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['notifications', 'list'] }),
  });
}

export function useMarkAllRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<{ marked: number }>('/notifications/read-all', { method: 'POST' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['notifications', 'list'] }),
  });
}

export function usePreferences() {
  return useQuery({
    queryKey: ['notifications', 'preferences'],
    queryFn: ({ signal }) => api<NotificationPreferences>('/notifications/preferences', { signal }),
  });
}

export function useSetPreferences() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: NotificationPreferences) =>
      api<NotificationPreferences>('/notifications/preferences', { method: 'PUT', body }),
    onSuccess: (data) => qc.setQueryData(['notifications', 'preferences'], data),
  });
}

export function useInviteUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: InvitationCreate) =>
      api<{ user: User; expiresAt: string }>('/invitations', { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useInvitation(token: string) {
  return useQuery({
    queryKey: ['invitation', token],
    queryFn: ({ signal }) => api<Invitation>(`/invitations/${encodeURIComponent(token)}`, { signal }),
    retry: false,
  });
}

export function useAcceptInvitation(token: string) {
  return useMutation({
    mutationFn: (password: string) =>
      api<User>(`/invitations/${encodeURIComponent(token)}/accept`, { method: 'POST', body: { password } }),
  });
}
