import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Card,
  Code,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconX } from '@tabler/icons-react';
import type { AuditEvent } from '@tatabbu/domain';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useUsers } from '../../api/hooks';
import { ListTable } from '../../app/ListTable';
import { Pager } from '../../app/Pager';
import { PageTitle } from '../../app/PageTitle';
import { useFormat } from '../../i18n/format';
import { type AuditFilters, useAuditEvents, useAuditVocabulary } from './api';
import { EventChanges } from './EventChanges';
import { entityPath, isNamedEntity } from './labels';
import { VerifyChain } from './VerifyChain';

const PAGE_SIZE = 25;
const COLUMNS = 6;
const FILTERS = ['entity', 'entityId', 'actor', 'action', 'from', 'to'] as const;

/** The audit trail for coordinators and administrators: filters in the URL, one page at a time. */
export function AuditPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const [params, setParams] = useSearchParams();
  const filters: AuditFilters = {
    page: Math.max(1, Number(params.get('page')) || 1),
    pageSize: PAGE_SIZE,
  };
  for (const name of FILTERS) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  const events = useAuditEvents(filters);
  const vocabulary = useAuditVocabulary();
  const users = useUsers({ pageSize: 100 });
  const [open, setOpen] = useState<Set<number>>(new Set());

  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    if (name !== 'page') next.delete('page');
    setParams(next, { preventScrollReset: true });
  };
  const toggle = (seq: number) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(seq)) next.delete(seq);
      else next.add(seq);
      return next;
    });

  const entityLabel = (entity: string) => (isNamedEntity(entity) ? t(`audit.entities.${entity}`) : entity);
  // No actor: the system itself, except for sign-in attempts, made by someone not signed in.
  const actorLabel = (e: AuditEvent) => {
    if (e.actorId) return e.actorName ?? t('audit.deletedUser');
    return e.action.startsWith('auth.') ? t('audit.notSignedIn') : t('audit.filters.system');
  };
  const total = events.data?.total ?? 0;
  const hasFilters = FILTERS.some((name) => params.get(name));

  return (
    <Stack gap="md">
      <PageTitle title={t('audit.title')} />
      <div>
        <Title order={1}>{t('audit.title')}</Title>
        <Text c="dimmed" size="sm" maw={760}>
          {t('audit.intro')}
        </Text>
      </div>

      <VerifyChain />

      <Card withBorder padding="sm" component="section" aria-label={t('audit.filters.label')}>
        <Group gap="sm" align="flex-end" role="search">
          <NativeSelect
            label={t('audit.filters.entity')}
            value={filters.entity ?? ''}
            onChange={(e) => {
              const next = new URLSearchParams(params);
              next.delete('entityId');
              next.delete('page');
              if (e.currentTarget.value) next.set('entity', e.currentTarget.value);
              else next.delete('entity');
              setParams(next, { preventScrollReset: true });
            }}
            data={[
              { value: '', label: t('audit.filters.allEntities') },
              ...(vocabulary.data?.entities ?? []).map((v) => ({ value: v, label: entityLabel(v) })),
            ]}
          />
          <NativeSelect
            label={t('audit.filters.action')}
            value={filters.action ?? ''}
            onChange={(e) => setParam('action', e.currentTarget.value || null)}
            data={[
              { value: '', label: t('audit.filters.allActions') },
              ...(vocabulary.data?.actions ?? []).map((v) => ({ value: v, label: v })),
            ]}
          />
          <NativeSelect
            label={t('audit.filters.actor')}
            value={filters.actor ?? ''}
            onChange={(e) => setParam('actor', e.currentTarget.value || null)}
            data={[
              { value: '', label: t('audit.filters.anyone') },
              { value: 'system', label: t('audit.filters.system') },
              ...(users.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.name} <${u.email}>` })),
            ]}
          />
          <TextInput
            type="date"
            label={t('audit.filters.from')}
            value={filters.from ?? ''}
            max={filters.to}
            onChange={(e) => setParam('from', e.currentTarget.value || null)}
          />
          <TextInput
            type="date"
            label={t('audit.filters.to')}
            value={filters.to ?? ''}
            min={filters.from}
            onChange={(e) => setParam('to', e.currentTarget.value || null)}
          />
          {hasFilters ? (
            <Button variant="subtle" onClick={() => setParams(new URLSearchParams())}>
              {t('audit.filters.reset')}
            </Button>
          ) : null}
        </Group>
        {filters.entityId ? (
          <Group gap="xs" mt="sm">
            <Badge variant="light" tt="none" radius="sm" size="lg">
              {t('audit.filters.entityId', { id: filters.entityId })}
            </Badge>
            <ActionIcon
              variant="subtle"
              color="dark"
              aria-label={t('audit.filters.clearEntityId')}
              onClick={() => setParam('entityId', null)}
            >
              <IconX size={16} aria-hidden />
            </ActionIcon>
          </Group>
        ) : null}
      </Card>

      <Text c="dimmed" size="sm" aria-live="polite">
        {events.data ? t('audit.total', { count: total }) : t('common.loading')}
      </Text>

      <ListTable
        query={events}
        items={events.data?.items}
        label={t('audit.caption')}
        columns={[
          t('audit.columns.at'),
          t('audit.columns.actor'),
          t('audit.columns.action'),
          t('audit.columns.entity'),
          t('audit.columns.changed'),
          { hidden: t('audit.columns.details') },
        ]}
        minWidth={860}
        empty={t('audit.empty')}
      >
        {(e) => {
          const expanded = open.has(e.seq);
          const path = entityPath(e);
          const detailsId = `audit-event-${e.seq}`;
          return (
            <Fragment key={e.seq}>
              <Table.Tr>
                <Table.Td>
                  <Text size="sm">{f.dateTime(e.at)}</Text>
                  <Text size="xs" c="dimmed">
                    #{f.number(e.seq)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" dir="auto">
                    {actorLabel(e)}
                  </Text>
                  {e.actorEmail ? (
                    <Text size="xs" c="dimmed" dir="ltr">
                      {e.actorEmail}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Code dir="ltr">{e.action}</Code>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{entityLabel(e.entity)}</Text>
                  {e.entityId ? (
                    <Group gap={6} wrap="nowrap">
                      <Anchor
                        component={Link}
                        size="xs"
                        dir="ltr"
                        to={`?${new URLSearchParams({ entity: e.entity, entityId: e.entityId })}`}
                        title={t('audit.filters.entityId', { id: e.entityId })}
                      >
                        {e.entityId.slice(0, 8)}
                      </Anchor>
                      {path ? (
                        <Anchor component={Link} size="xs" to={path}>
                          {t('audit.open')}
                        </Anchor>
                      ) : null}
                    </Group>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" dir="ltr">
                    {e.changedFields.join(', ')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="dark"
                    aria-expanded={expanded}
                    aria-controls={detailsId}
                    aria-label={t(expanded ? 'audit.hide' : 'audit.show', { seq: e.seq })}
                    onClick={() => toggle(e.seq)}
                  >
                    {expanded ? (
                      <IconChevronUp size={18} aria-hidden />
                    ) : (
                      <IconChevronDown size={18} aria-hidden />
                    )}
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
              {expanded ? (
                <Table.Tr id={detailsId}>
                  <Table.Td colSpan={COLUMNS}>
                    <EventChanges event={e} />
                  </Table.Td>
                </Table.Tr>
              ) : null}
            </Fragment>
          );
        }}
      </ListTable>

      <Pager
        total={total}
        pageSize={PAGE_SIZE}
        page={filters.page}
        onChange={(p) => setParam('page', p > 1 ? String(p) : null)}
        label={t('list.pagination.label')}
      />
    </Stack>
  );
}

export default AuditPage;
