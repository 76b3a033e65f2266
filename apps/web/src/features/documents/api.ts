import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DocumentJob, DocumentList, DocumentRequestInput } from '@tatabbu/domain';
import { api } from '../../api/client';

const documentKeys = { mine: ['documents', 'mine'] as const };

const working = (job: DocumentJob) => job.status === 'queued' || job.status === 'running';

/** My recent documents; polled every second while one is being generated. */
export function useMyDocuments() {
  return useQuery({
    queryKey: documentKeys.mine,
    queryFn: ({ signal }) => api<DocumentList>('/documents', { signal }),
    select: (d) => d.items,
    refetchInterval: (q) => (q.state.data?.items.some(working) ? 1000 : false),
  });
}

export function useGenerateDocument() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (request: DocumentRequestInput) =>
      api<DocumentJob>('/documents', { method: 'POST', body: request }),
    onSuccess: (job) => {
      qc.setQueryData<DocumentList>(documentKeys.mine, (d) => ({ items: [job, ...(d?.items ?? [])] }));
      return qc.invalidateQueries({ queryKey: documentKeys.mine });
    },
  });
}

/** The file's address: a plain link, so the browser downloads it with the session cookie. */
export const documentFileUrl = (id: string) => `/api/v1/documents/${encodeURIComponent(id)}/file`;
