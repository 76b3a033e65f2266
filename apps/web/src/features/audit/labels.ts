import type { AuditEvent } from '@tatabbu/domain';

/** Record types with a name in every language; others are shown by their code. */
export const NAMED_ENTITIES = [
  'user',
  'recommendation',
  'import',
  'import_mapping',
  'settings',
  'api_token',
  'attachment',
  'axis',
  'document',
  'indicator',
  'institution',
  'measure',
  'notification',
  'plan',
  'progress_update',
  'round',
] as const;
export type NamedEntity = (typeof NAMED_ENTITIES)[number];
export const isNamedEntity = (entity: string): entity is NamedEntity =>
  (NAMED_ENTITIES as readonly string[]).includes(entity);

const emailIn = (value: unknown): string | null => {
  const email = value && typeof value === 'object' ? (value as { email?: unknown }).email : undefined;
  return typeof email === 'string' ? email : null;
};

/** The workspace page of the record an event is about, where there is one. */
export function entityPath(event: AuditEvent): string | null {
  if (!event.entityId) return null;
  const id = encodeURIComponent(event.entityId);
  switch (event.entity) {
    case 'recommendation':
      return `/app/recommendations/${id}`;
    case 'import':
      return `/app/imports/${id}`;
    case 'institution':
      return `/app/institutions/${id}`;
    case 'user': {
      // The users page has no page per user: search it by the e-mail the event recorded.
      const email = emailIn(event.after) ?? emailIn(event.before);
      return email ? `/app/users?q=${encodeURIComponent(email)}` : null;
    }
    default:
      return null;
  }
}
