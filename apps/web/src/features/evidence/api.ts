import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Attachment, AttachmentList, AttachmentOwner } from '@tatabbu/domain';
import { api } from '../../api/client';
import { postFile } from '../imports/api';

export const evidenceKeys = {
  list: (ownerType: AttachmentOwner, ownerId: string) => ['attachments', ownerType, ownerId] as const,
};

/** Where the browser downloads a file from (same origin, the session cookie goes along). */
export const contentUrl = (id: string) => `/api/v1/attachments/${encodeURIComponent(id)}/content`;

export function useEvidence(ownerType: AttachmentOwner, ownerId: string) {
  return useQuery({
    queryKey: evidenceKeys.list(ownerType, ownerId),
    queryFn: ({ signal }) => api<AttachmentList>('/attachments', { query: { ownerType, ownerId }, signal }),
  });
}

export function useUploadEvidence(ownerType: AttachmentOwner, ownerId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ file, onProgress }: { file: File; onProgress: (fraction: number) => void }) =>
      postFile<Attachment>('/attachments', file, { ownerType, ownerId }, onProgress),
    onSettled: () => qc.invalidateQueries({ queryKey: evidenceKeys.list(ownerType, ownerId) }),
  });
}

export function useRemoveEvidence(ownerType: AttachmentOwner, ownerId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/attachments/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSettled: () => qc.invalidateQueries({ queryKey: evidenceKeys.list(ownerType, ownerId) }),
  });
}
