import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconList, IconPencil } from '@tabler/icons-react';
import { can, type InstitutionDetail } from '@tatabbu/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { useMe } from '../../api/hooks';
import { BackLink } from '../../app/BackLink';
import { EmptyTableRow } from '../../app/EmptyTableRow';
import { ErrorState } from '../../app/ErrorState';
import { Pager } from '../../app/Pager';
import { PageTitle } from '../../app/PageTitle';
import { TitledSection } from '../../app/TitledSection';
import { useFormat } from '../../i18n/format';
import { useCanManageInstitutions, useInstitution, useInstitutionAssignments } from './api';
import { InstitutionDialog } from './InstitutionDialog';

const PAGE_SIZE = 20;

/** One institution: its details, its people and what is assigned to it. */
export function InstitutionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const institution = useInstitution(id);
  const back = <BackLink to="/app/institutions" label={t('institutions.back')} />;
  if (institution.isPending) {
    return (
      <Stack gap="md">
        <PageTitle title={t('common.loading')} />
        {back}
        <Skeleton height={32} width="50%" />
        <Skeleton height={120} />
      </Stack>
    );
  }
  if (institution.isError) {
    const notFound = isApiError(institution.error) && institution.error.status === 404;
    return (
      <Stack gap="md">
        <PageTitle title={t('errors.title')} />
        {back}
        {notFound ? (
          <Text>{t('institutions.notFound')}</Text>
        ) : (
          <ErrorState error={institution.error} onRetry={() => void institution.refetch()} />
        )}
      </Stack>
    );
  }
  return (
    <InstitutionView institution={institution.data} back={back} onReload={() => institution.refetch()} />
  );
}

function InstitutionView({
  institution: i,
  back,
  onReload,
}: {
  institution: InstitutionDetail;
  back: React.ReactNode;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const manage = useCanManageInstitutions().institutions;
  const [editing, setEditing] = useState(false);
  const name = f.text(i.name) || i.code;
  const acronym = f.text(i.acronym);

  return (
    <Stack gap="lg">
      <PageTitle title={name} />
      {back}
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1} dir="auto">
            {name}
          </Title>
          <Group gap="xs">
            {acronym && acronym !== name ? (
              <Text c="dimmed" dir="auto">
                {acronym}
              </Text>
            ) : null}
            <Badge variant="light" tt="none" radius="sm">
              {t(`institutions.kind.${i.kind}`)}
            </Badge>
            {!i.active ? (
              <Badge variant="outline" color="gray" c="gray.8" tt="none" radius="sm">
                {t('institutions.inactive')}
              </Badge>
            ) : null}
            <Text size="xs" c="dimmed" className="ltr-value">
              {i.code}
            </Text>
          </Group>
          {i.parent ? (
            <Text size="sm">
              {t('institutions.fields.parent')}:{' '}
              <Anchor component={Link} to={`/app/institutions/${i.parent.id}`} dir="auto">
                {f.text(i.parent.name) || i.parent.code}
              </Anchor>
            </Text>
          ) : null}
        </Stack>
        {manage ? (
          <Button
            variant="default"
            leftSection={<IconPencil size={16} aria-hidden />}
            onClick={() => setEditing(true)}
          >
            {t('institutions.edit')}
          </Button>
        ) : null}
      </Group>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Members institution={i} />
        <TitledSection title={t('institutions.assigned.title')} card="md" gap="xs">
          <Text size="sm">
            {t('institutions.assigned.lead', { count: i.leadCount })}
            {' · '}
            {t('institutions.assigned.contributing', { count: i.contributingCount })}
          </Text>
          <Button
            component={Link}
            to={`/app/recommendations?institution=${encodeURIComponent(i.id)}`}
            variant="light"
            mt="sm"
            leftSection={<IconList size={16} aria-hidden />}
          >
            {t('institutions.assigned.openList')}
          </Button>
        </TitledSection>
      </SimpleGrid>

      <AssignedRecommendations institutionId={i.id} />

      {editing ? (
        <InstitutionDialog
          key={i.version}
          institution={i}
          onClose={() => setEditing(false)}
          onReload={onReload}
        />
      ) : null}
    </Stack>
  );
}

function Members({ institution }: { institution: InstitutionDetail }) {
  const { t } = useTranslation();
  const me = useMe();
  const canListUsers = me.data ? can(me.data, 'user.list') : false;
  const members = institution.members;
  return (
    <TitledSection title={t('institutions.members.title')} card="md" gap="xs">
      {members === null ? (
        <Text size="sm" c="dimmed">
          {t('institutions.members.hidden')}
        </Text>
      ) : members.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('institutions.members.none')}
        </Text>
      ) : (
        <List size="sm" spacing={4}>
          {members.map((m) => (
            <List.Item key={m.id}>
              <Text span fw={600} size="sm" dir="auto">
                {m.name}
              </Text>{' '}
              <Text span size="sm" c="dimmed">
                · {t(`roles.${m.role}`)}
                {m.active ? '' : ` · ${t('institutions.members.inactive')}`}
              </Text>{' '}
              <Text span size="xs" dir="ltr" c="dimmed">
                {m.email}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
      {canListUsers && members !== null ? (
        <Anchor component={Link} to="/app/users" size="sm" mt="sm" display="inline-block">
          {t('institutions.members.manage')}
        </Anchor>
      ) : null}
    </TitledSection>
  );
}

/** The current assignments, one page at a time, each linking to its recommendation. */
function AssignedRecommendations({ institutionId }: { institutionId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [page, setPage] = useState(1);
  const me = useMe();
  // Only staff and the institution's own people may read its assignments.
  const allowed =
    me.data &&
    (me.data.role === 'admin' || me.data.role === 'coordinator' || me.data.institutionId === institutionId);
  const assignments = useInstitutionAssignments(institutionId, page, PAGE_SIZE, Boolean(allowed));
  if (!allowed) return null;
  return (
    <TitledSection title={t('institutions.assigned.current')} gap="xs">
      {assignments.isError ? (
        <ErrorState error={assignments.error} onRetry={() => void assignments.refetch()} />
      ) : (
        <Card withBorder padding={0}>
          <Table.ScrollContainer minWidth={520}>
            <Table striped verticalSpacing="xs" aria-label={t('institutions.assigned.current')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('institutions.assigned.recommendation')}</Table.Th>
                  <Table.Th scope="col">{t('institutions.assigned.role')}</Table.Th>
                  <Table.Th scope="col">{t('institutions.assigned.since')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(assignments.data?.items ?? []).map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={`/app/recommendations/${a.recommendationId}`}
                        className="ltr-value"
                        size="sm"
                      >
                        {a.recommendationKey}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{t(`institutions.role.${a.role}`)}</Table.Td>
                    <Table.Td>{f.date(a.assignedAt)}</Table.Td>
                  </Table.Tr>
                ))}
                {assignments.data && assignments.data.items.length === 0 ? (
                  <EmptyTableRow columns={3}>{t('institutions.assigned.none')}</EmptyTableRow>
                ) : null}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
      <Pager
        total={assignments.data?.total ?? 0}
        pageSize={PAGE_SIZE}
        page={page}
        onChange={setPage}
        label={t('list.pagination.label')}
        compact={false}
        mt="sm"
      />
    </TitledSection>
  );
}
