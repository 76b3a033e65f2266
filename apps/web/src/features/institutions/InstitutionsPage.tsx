import { ActionIcon, Anchor, Badge, Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { IconBuildingPlus, IconPencil } from '@tabler/icons-react';
import { INSTITUTION_KINDS, type InstitutionSummary } from '@tatabbu/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ListTable } from '../../app/ListTable';
import { PageHeader } from '../../app/PageHeader';
import { SearchField } from '../../app/SearchField';
import { useFormat } from '../../i18n/format';
import { useCanManageInstitutions, useInstitutionList } from './api';
import { InstitutionDialog } from './InstitutionDialog';

const ACTIVE = ['true', 'false', 'all'] as const;
type ActiveFilter = (typeof ACTIVE)[number];

/** Every institution, searched in any language, with what is assigned to it and who works there. */
export function InstitutionsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const kind = params.get('kind') ?? '';
  const activeParam = params.get('active');
  const active: ActiveFilter = (ACTIVE as readonly string[]).includes(activeParam ?? '')
    ? (activeParam as ActiveFilter)
    : 'true';
  const list = useInstitutionList({ q: q || undefined, kind: kind || undefined, active });
  const manage = useCanManageInstitutions().institutions;
  const [editing, setEditing] = useState<InstitutionSummary | 'new' | null>(null);

  const setParam = (key: string, value: string | null) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  return (
    <Stack gap="md">
      <PageHeader title={t('institutions.title')} intro={t('institutions.intro')}>
        {manage ? (
          <Button leftSection={<IconBuildingPlus size={18} aria-hidden />} onClick={() => setEditing('new')}>
            {t('institutions.create')}
          </Button>
        ) : null}
      </PageHeader>

      <Group gap="sm" align="flex-end" role="search">
        <SearchField
          label={t('institutions.search')}
          placeholder={t('institutions.searchPlaceholder')}
          value={q}
          onSearch={(value) => setParam('q', value)}
        />
        <NativeSelect
          label={t('institutions.fields.kind')}
          value={kind}
          onChange={(e) => setParam('kind', e.currentTarget.value || null)}
          data={[
            { value: '', label: t('institutions.allKinds') },
            ...INSTITUTION_KINDS.map((k) => ({ value: k, label: t(`institutions.kind.${k}`) })),
          ]}
        />
        <NativeSelect
          label={t('institutions.fields.status')}
          value={active}
          onChange={(e) =>
            setParam('active', e.currentTarget.value === 'true' ? null : e.currentTarget.value)
          }
          data={ACTIVE.map((a) => ({ value: a, label: t(`institutions.activeFilter.${a}`) }))}
        />
      </Group>

      {list.data ? (
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('institutions.count', { count: list.data.length })}
        </Text>
      ) : null}

      <ListTable
        query={list}
        items={list.data}
        label={t('institutions.caption')}
        columns={[
          t('institutions.fields.name'),
          t('institutions.fields.acronym'),
          t('institutions.fields.kind'),
          t('institutions.fields.lead'),
          t('institutions.fields.contributing'),
          t('institutions.fields.members'),
          { hidden: t('institutions.fields.actions') },
        ]}
        minWidth={760}
        empty={t('institutions.empty')}
        striped
        highlightOnHover
      >
        {(i) => {
          const name = f.text(i.name) || i.code;
          return (
            <Table.Tr key={i.id}>
              <Table.Td>
                <Anchor component={Link} to={`/app/institutions/${i.id}`} fw={600} size="sm" dir="auto">
                  {name}
                </Anchor>
                {!i.active ? (
                  <Badge ms="xs" variant="outline" color="gray" c="gray.8" tt="none" radius="sm">
                    {t('institutions.inactive')}
                  </Badge>
                ) : null}
              </Table.Td>
              <Table.Td>
                <span dir="auto">{f.text(i.acronym)}</span>{' '}
                <Text span size="xs" c="dimmed" className="ltr-value">
                  {i.code}
                </Text>
              </Table.Td>
              <Table.Td>{t(`institutions.kind.${i.kind}`)}</Table.Td>
              <Table.Td>{f.number(i.leadCount)}</Table.Td>
              <Table.Td>{f.number(i.contributingCount)}</Table.Td>
              <Table.Td>{i.memberCount === null ? '—' : f.number(i.memberCount)}</Table.Td>
              <Table.Td>
                {manage ? (
                  <ActionIcon
                    variant="subtle"
                    color="dark"
                    aria-label={t('institutions.editNamed', { name })}
                    onClick={() => setEditing(i)}
                  >
                    <IconPencil size={18} aria-hidden />
                  </ActionIcon>
                ) : null}
              </Table.Td>
            </Table.Tr>
          );
        }}
      </ListTable>

      {editing ? (
        <InstitutionDialog
          key={editing === 'new' ? 'new' : `${editing.id}:${editing.version}`}
          institution={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onReload={async () => {
            const fresh = await list.refetch();
            const current = editing === 'new' ? null : fresh.data?.find((i) => i.id === editing.id);
            if (current) setEditing(current);
          }}
        />
      ) : null}
    </Stack>
  );
}
