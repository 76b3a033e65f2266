import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  apiErrorSchema,
  type ColumnMapping,
  type ImportFormat,
  type ImportInspection,
  type ImportJob,
  type Me,
  type SavedMapping,
} from '@tatabbu/domain';
import { ApiRequestError, api, type Query } from '../../api/client';
import { keys as appKeys } from '../../api/hooks';
import { queryClient } from '../../api/queryClient';
import { i18n } from '../../i18n';

export type ImportSummary = Pick<
  ImportJob,
  'id' | 'format' | 'fileName' | 'status' | 'dryRun' | 'createdAt' | 'createdBy' | 'committedAt' | 'counts'
>;
export interface ImportList {
  items: ImportSummary[];
  total: number;
}

export const importKeys = {
  list: (page: number) => ['imports', 'list', page] as const,
  job: (id: string, query: Query) => ['imports', 'job', id, query] as const,
  mappings: ['imports', 'mappings'] as const,
};

export function useImports(page: number) {
  return useQuery({
    queryKey: importKeys.list(page),
    queryFn: ({ signal }) => api<ImportList>('/imports', { query: { page, pageSize: 20 }, signal }),
    placeholderData: keepPreviousData,
    // A running job changes its counts: keep the list fresh while one is on screen.
    refetchInterval: (q) => (q.state.data?.items.some((i) => i.status === 'running') ? 2000 : false),
  });
}

/** The job; polled every second while it runs or commits. */
export function useImportJob(id: string, query: Query) {
  return useQuery({
    queryKey: importKeys.job(id, query),
    queryFn: ({ signal }) => api<ImportJob>(`/imports/${encodeURIComponent(id)}`, { query, signal }),
    placeholderData: keepPreviousData,
    refetchInterval: (q) => {
      const status = q.state.data?.status;
      return status === 'running' || status === 'committing' ? 1000 : false;
    },
  });
}

export function useCommitImport(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      api<ImportJob>(`/imports/${encodeURIComponent(id)}/commit`, { method: 'POST', body: { version } }),
    onSettled: () => qc.invalidateQueries({ queryKey: ['imports'] }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['recommendations'] }),
  });
}

export function useDiscardImport(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      api<ImportJob>(`/imports/${encodeURIComponent(id)}/discard`, { method: 'POST', body: { version } }),
    onSettled: () => qc.invalidateQueries({ queryKey: ['imports'] }),
  });
}

export function useSavedMappings() {
  return useQuery({
    queryKey: importKeys.mappings,
    queryFn: ({ signal }) => api<{ items: SavedMapping[] }>('/import-mappings', { signal }),
    select: (d) => d.items,
  });
}

export function useSaveMapping() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; mapping: ColumnMapping }) =>
      api<SavedMapping>('/import-mappings', { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: importKeys.mappings }),
  });
}

export interface UploadFields {
  format?: ImportFormat;
  mapping?: ColumnMapping;
  encoding?: string;
  dryRun?: boolean;
}

/**
 * A multipart POST through XMLHttpRequest, the only browser API that reports upload progress
 * (fetch does not). Errors come back as ApiRequestError with the server's localised message.
 */
export function postFile<T>(
  path: string,
  file: File,
  fields: Record<string, string | undefined>,
  onProgress?: (fraction: number) => void,
): Promise<T> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) form.append(name, value);
  form.append('file', file, file.name);
  const csrf = queryClient.getQueryData<Me | null>(appKeys.me)?.csrfToken;

  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1${path}`);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('accept-language', i18n.language);
    if (csrf) xhr.setRequestHeader('x-csrf-token', csrf);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && onProgress) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new ApiRequestError(0, 'network', i18n.t('errors.network')));
    xhr.onload = () => {
      let json: unknown;
      try {
        json = JSON.parse(xhr.responseText);
      } catch {
        json = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(json as T);
      const parsed = apiErrorSchema.safeParse(json);
      if (parsed.success) {
        const { code, message, details } = parsed.data.error;
        return reject(new ApiRequestError(xhr.status, code, message, details));
      }
      reject(new ApiRequestError(xhr.status, 'unexpected', i18n.t('errors.unexpected')));
    };
    xhr.send(form);
  });
}

export const inspectFile = (file: File, encoding?: string) =>
  postFile<ImportInspection>('/imports/inspect', file, { encoding });

export const uploadImport = (file: File, fields: UploadFields, onProgress: (fraction: number) => void) =>
  postFile<ImportJob>(
    '/imports',
    file,
    {
      format: fields.format,
      encoding: fields.encoding,
      mapping: fields.mapping ? JSON.stringify(fields.mapping) : undefined,
      dryRun: String(fields.dryRun ?? true),
    },
    onProgress,
  );
