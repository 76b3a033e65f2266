import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Attachment, AttachmentList, AttachmentOwner } from '@tatabbu/domain';
import { api } from '../../api/client';
import { postFile } from '../imports/api';

export const evidenceKeys = {
  /** Every list of this owner (with and without removed files): what a change invalidates. */
  owner: (ownerType: AttachmentOwner, ownerId: string) => ['attachments', ownerType, ownerId] as const,
  list: (ownerType: AttachmentOwner, ownerId: string, includeDeleted = false) =>
    ['attachments', ownerType, ownerId, { includeDeleted }] as const,
};

/** Where the browser downloads a file from (same origin, the session cookie goes along). */
export const contentUrl = (id: string, removed = false) =>
  `/api/v1/attachments/${encodeURIComponent(id)}/content${removed ? '?includeDeleted=true' : ''}`;

/** The files of an owner; `includeDeleted` (coordinators and administrators) adds the removed ones. */
export function useEvidence(ownerType: AttachmentOwner, ownerId: string, includeDeleted = false) {
  return useQuery({
    queryKey: evidenceKeys.list(ownerType, ownerId, includeDeleted),
    queryFn: ({ signal }) =>
      api<AttachmentList>('/attachments', {
        query: { ownerType, ownerId, includeDeleted: includeDeleted || undefined },
        signal,
      }),
  });
}

export function useUploadEvidence(ownerType: AttachmentOwner, ownerId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ file, onProgress }: { file: File; onProgress: (fraction: number) => void }) =>
      postFile<Attachment>('/attachments', file, { ownerType, ownerId }, onProgress),
    onSettled: () => qc.invalidateQueries({ queryKey: evidenceKeys.owner(ownerType, ownerId) }),
  });
}

export function useRemoveEvidence(ownerType: AttachmentOwner, ownerId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/attachments/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSettled: () => qc.invalidateQueries({ queryKey: evidenceKeys.owner(ownerType, ownerId) }),
  });
}
