import type {
  Completion,
  ContentLang,
  ImplementationStatus,
  InstitutionBrief,
  LocalizedText,
  ProgressUpdate,
  RoundStatus,
  Subject,
  UpdateStatus,
} from '@tatabbu/domain';
import { type SQL, sql } from 'drizzle-orm';
import { isoTimestamp } from '../audit/sql.js';

/**
 * Row shapes of the hand-written follow-up queries and their API form. Timestamps are formatted by
 * the database (the same text on both drivers), dates cast to text.
 */

/** Columns naming an institution aliased `alias`, prefixed `prefix`. */
export const institutionColumns = (alias: string, prefix = 'inst') => {
  const i = sql.raw(alias);
  const p = (c: string) => sql.raw(`${prefix}_${c}`);
  return sql`${i}.id as ${p('id')}, ${i}.code as ${p('code')}, ${i}.name as ${p('name')}, ${i}.acronym as ${p('acronym')}`;
};

export const toInstitution = (row: Record<string, unknown>, prefix = 'inst'): InstitutionBrief => ({
  id: row[`${prefix}_id`] as string,
  code: row[`${prefix}_code`] as string,
  name: (row[`${prefix}_name`] ?? {}) as LocalizedText,
  acronym: (row[`${prefix}_acronym`] ?? {}) as LocalizedText,
});

/** Subject columns over a recommendation `r` and a measure `m` (one of them null); texts cut short for lists. */
export const SUBJECT_COLUMNS = sql`case when r.id is not null then 'recommendation' else 'measure' end as subject_kind,
  coalesce(r.id, m.id) as subject_id,
  coalesce(r.key, m.number) as subject_label,
  case when r.id is not null then jsonb_strip_nulls(jsonb_build_object(
      'ar', left(r.text_ar, 600), 'fr', left(r.text_fr, 600), 'en', left(r.text_en, 600), 'es', left(r.text_es, 600)))
    else m.name end as subject_text`;

export interface SubjectRow {
  subject_kind: 'recommendation' | 'measure';
  subject_id: string;
  subject_label: string;
  subject_text: LocalizedText | null;
}

export const toSubject = (row: SubjectRow): Subject => ({
  kind: row.subject_kind,
  id: row.subject_id,
  label: row.subject_label,
  text: row.subject_text ?? {},
});

export interface CompletionRow {
  asked: number;
  drafted: number;
  submitted: number;
  returned: number;
  validated: number;
  published: number;
  overdue: number;
}

export const toCompletion = (row: Partial<CompletionRow> | undefined): Completion => ({
  asked: row?.asked ?? 0,
  drafted: row?.drafted ?? 0,
  submitted: row?.submitted ?? 0,
  returned: row?.returned ?? 0,
  validated: row?.validated ?? 0,
  published: row?.published ?? 0,
  overdue: row?.overdue ?? 0,
});

/** Everything an update's API form needs, over `progress_updates u`. */
export function updateSelect(where: SQL, tail: SQL = sql``): SQL {
  return sql`select u.id, u.round_id, ro.title as round_title, ro.deadline::text as round_deadline,
      ro.status as round_status, ${institutionColumns('i')}, ${SUBJECT_COLUMNS},
      u.status, u.narrative_ar, u.narrative_fr, u.narrative_en, u.original_lang, u.proposed_status, u.progress,
      u.period_start::text as period_start, u.period_end::text as period_end, u.links, u.review_comment,
      ${isoTimestamp(sql`u.created_at`)} as created_at, ${isoTimestamp(sql`u.updated_at`)} as updated_at,
      ub.name as updated_by_name,
      ${isoTimestamp(sql`u.submitted_at`)} as submitted_at, ${isoTimestamp(sql`u.validated_at`)} as validated_at,
      ${isoTimestamp(sql`u.published_at`)} as published_at, u.version
    from progress_updates u
    join rounds ro on ro.id = u.round_id
    join institutions i on i.id = u.institution_id
    left join recommendations r on r.id = u.recommendation_id
    left join measures m on m.id = u.measure_id
    left join users ub on ub.id = u.updated_by
    where ${where} ${tail}`;
}

/** An update's content columns, as read from progress_updates. */
export interface UpdateContentColumns {
  narrative_ar: string | null;
  narrative_fr: string | null;
  narrative_en: string | null;
  original_lang: ContentLang | null;
  proposed_status: ImplementationStatus | null;
  progress: number | null;
  period_start: string | null;
  period_end: string | null;
  links: { url: string; label?: string }[];
}

export interface UpdateRow extends SubjectRow, UpdateContentColumns, Record<string, unknown> {
  id: string;
  round_id: string;
  round_title: LocalizedText;
  round_deadline: string;
  round_status: RoundStatus;
  status: UpdateStatus;
  review_comment: string | null;
  created_at: string;
  updated_at: string;
  updated_by_name: string | null;
  submitted_at: string | null;
  validated_at: string | null;
  published_at: string | null;
  version: number;
}

/**
 * The API form. `internal` is false for readers outside the institution and staff: the return
 * comment is theirs only.
 */
export function toProgressUpdate(row: UpdateRow, internal: boolean): ProgressUpdate {
  return {
    id: row.id,
    round: {
      id: row.round_id,
      title: row.round_title,
      deadline: row.round_deadline,
      status: row.round_status,
    },
    subject: toSubject(row),
    institution: toInstitution(row),
    status: row.status,
    narrative: { ar: row.narrative_ar, fr: row.narrative_fr, en: row.narrative_en },
    originalLang: row.original_lang,
    proposedStatus: row.proposed_status,
    progress: row.progress,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    links: row.links ?? [],
    reviewComment: internal ? row.review_comment : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    updatedByName: internal ? row.updated_by_name : null,
    submittedAt: row.submitted_at,
    validatedAt: row.validated_at,
    publishedAt: row.published_at,
    version: row.version,
  };
}
