import type { ImplementationStatus, ProgressUpdate, UpdateContent } from '@tatabbu/domain';
import { WORKING_LANGS, type WorkingLang } from './working-langs';

/** The editor's state of an update's content: strings where the form has inputs. */
export interface ContentDraft {
  narrative: Record<WorkingLang, string>;
  originalLang: WorkingLang | null;
  proposedStatus: ImplementationStatus | null;
  progress: number | null;
  periodStart: string;
  periodEnd: string;
  links: { url: string; label: string }[];
}

export function draftOf(u: ProgressUpdate): ContentDraft {
  const original =
    u.originalLang && (WORKING_LANGS as readonly string[]).includes(u.originalLang)
      ? (u.originalLang as WorkingLang)
      : null;
  return {
    narrative: { ar: u.narrative.ar ?? '', fr: u.narrative.fr ?? '', en: u.narrative.en ?? '' },
    originalLang: original,
    proposedStatus: u.proposedStatus,
    progress: u.progress,
    periodStart: u.periodStart ?? '',
    periodEnd: u.periodEnd ?? '',
    links: u.links.map((l) => ({ url: l.url, label: l.label ?? '' })),
  };
}

/** The request body of a save: every field, empty ones cleared. */
export function contentOf(d: ContentDraft): UpdateContent {
  return {
    narrative: d.narrative,
    originalLang: d.originalLang,
    proposedStatus: d.proposedStatus,
    progress: d.progress,
    periodStart: d.periodStart || null,
    periodEnd: d.periodEnd || null,
    links: d.links
      .filter((l) => l.url.trim())
      .map((l) => ({ url: l.url.trim(), ...(l.label.trim() ? { label: l.label.trim() } : {}) })),
  };
}

/** A web address the server will take: http or https only. */
export const isWebAddress = (url: string) => /^https?:\/\/[^\s]+$/i.test(url.trim());
export const badLinks = (d: ContentDraft) =>
  d.links.filter((l) => l.url.trim() && !isWebAddress(l.url)).length;
