import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Collapse,
  Group,
  List,
  Menu,
  Modal,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconDots, IconPlus } from '@tabler/icons-react';
import type { Assignment, AssignmentRole, Recommendation } from '@tatabbu/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DialogActions } from '../../app/DialogActions';
import { notify } from '../../app/notify';
import { TitledSection } from '../../app/TitledSection';
import { isolate, useFormat } from '../../i18n/format';
import {
  useAssign,
  useCanManageInstitutions,
  useChangeAssignmentRole,
  useEndAssignment,
  useRecommendationAssignments,
} from './api';
import { InstitutionPicker } from './InstitutionPicker';
import { institutionLabel } from './labels';
import { RoleChoice } from './RoleChoice';

/**
 * "Responsible institutions" of a recommendation. Everyone sees the current lead and contributing
 * institutions; coordinators also assign, change roles, end assignments and see the ended ones.
 */
export function ResponsibleInstitutions({ rec, basePath }: { rec: Recommendation; basePath: string }) {
  const { t } = useTranslation();
  const manage = useCanManageInstitutions().assignments;
  return (
    <TitledSection title={t('rec.institutions')} card="md" gap="xs">
      {manage ? (
        <ManagedAssignments rec={rec} basePath={basePath} />
      ) : (
        <CurrentList rec={rec} basePath={basePath} />
      )}
    </TitledSection>
  );
}

const filterLink = (basePath: string, id: string) => `${basePath}?institution=${encodeURIComponent(id)}`;

/** The read-only view (public portal and non-staff): current institutions by role. */
function CurrentList({ rec, basePath }: { rec: Recommendation; basePath: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (rec.institutions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('common.notSpecified')}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      {(['lead', 'contributing'] as const).map((role) => {
        const items = rec.institutions.filter((i) => i.role === role);
        if (!items.length) return null;
        return (
          <div key={role}>
            <Text size="xs" c="dimmed" fw={600}>
              {t(`rec.${role}`)}
            </Text>
            <List size="sm" spacing={2}>
              {items.map((i) => (
                <List.Item key={i.id}>
                  <Anchor component={Link} to={filterLink(basePath, i.id)} dir="auto">
                    {institutionLabel(f, i)}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </div>
        );
      })}
    </Stack>
  );
}

function ManagedAssignments({ rec, basePath }: { rec: Recommendation; basePath: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const assignments = useRecommendationAssignments(rec.id, true);
  const [historyOpen, { toggle: toggleHistory }] = useDisclosure(false);
  const [ending, setEnding] = useState<Assignment | null>(null);
  const items = assignments.data ?? [];
  const current = items.filter((a) => !a.endedAt);
  const ended = items.filter((a) => a.endedAt);

  return (
    <Stack gap="sm">
      {assignments.isError ? (
        <Alert color="red" variant="light" role="alert">
          {assignments.error.message}
        </Alert>
      ) : null}
      {assignments.data && current.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('institutions.assignments.none')}
        </Text>
      ) : null}
      {current.length ? (
        <List size="sm" spacing={6} listStyleType="none" ps={0}>
          {current.map((a) => (
            <List.Item key={a.id}>
              <CurrentAssignment assignment={a} basePath={basePath} onEnd={() => setEnding(a)} />
            </List.Item>
          ))}
        </List>
      ) : null}
      <AssignForm
        recommendationId={rec.id}
        assigned={current.map((a) => a.institution.id)}
        hasLead={current.some((a) => a.role === 'lead')}
      />
      {ended.length ? (
        <div>
          <UnstyledButton onClick={toggleHistory} aria-expanded={historyOpen}>
            <Group gap={4} wrap="nowrap">
              <Text size="sm" fw={600} c="blue.8">
                {t('institutions.assignments.history', { count: ended.length })}
              </Text>
              <IconChevronDown
                size={14}
                aria-hidden
                style={{ transform: historyOpen ? 'rotate(180deg)' : undefined }}
              />
            </Group>
          </UnstyledButton>
          <Collapse expanded={historyOpen}>
            <List size="xs" spacing={4} mt="xs">
              {ended.map((a) => (
                <List.Item key={a.id}>
                  <Text span size="xs" dir="auto">
                    {institutionLabel(f, a.institution)}
                  </Text>{' '}
                  <Text span size="xs" c="dimmed">
                    {t('institutions.assignments.endedLine', {
                      role: t(`institutions.role.${a.role}`),
                      from: isolate(f.date(a.assignedAt)),
                      to: isolate(f.date(a.endedAt)),
                      by: isolate(a.endedBy?.name ?? t('institutions.assignments.system')),
                    })}
                  </Text>
                </List.Item>
              ))}
            </List>
          </Collapse>
        </div>
      ) : null}
      <EndDialog assignment={ending} onClose={() => setEnding(null)} />
    </Stack>
  );
}

function CurrentAssignment({
  assignment: a,
  basePath,
  onEnd,
}: {
  assignment: Assignment;
  basePath: string;
  onEnd: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const change = useChangeAssignmentRole();
  const name = institutionLabel(f, a.institution);
  const other: AssignmentRole = a.role === 'lead' ? 'contributing' : 'lead';
  return (
    <Group gap="xs" wrap="nowrap" justify="space-between" align="flex-start">
      <div>
        <Group gap={6} wrap="wrap">
          <Badge size="sm" variant={a.role === 'lead' ? 'filled' : 'light'} tt="none" radius="sm">
            {t(`institutions.role.${a.role}`)}
          </Badge>
          <Anchor component={Link} to={filterLink(basePath, a.institution.id)} size="sm" dir="auto">
            {name}
          </Anchor>
        </Group>
        <Text size="xs" c="dimmed">
          {t('institutions.assignments.since', {
            date: isolate(f.date(a.assignedAt)),
            by: isolate(a.assignedBy?.name ?? t('institutions.assignments.system')),
          })}
        </Text>
      </div>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon
            variant="subtle"
            color="dark"
            aria-label={t('institutions.assignments.actionsFor', { name })}
            loading={change.isPending}
          >
            <IconDots size={18} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            onClick={() =>
              change.mutate(
                { id: a.id, role: other },
                {
                  onSuccess: () =>
                    notify(t('institutions.assignments.roleChanged', { name: isolate(name) }), {
                      color: 'teal',
                    }),
                  onError: (e) => notify(e.message, { color: 'red' }),
                },
              )
            }
          >
            {t(`institutions.assignments.make.${other}`)}
          </Menu.Item>
          <Menu.Item color="red.9" onClick={onEnd}>
            {t('institutions.assignments.end')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}

function AssignForm({
  recommendationId,
  assigned,
  hasLead,
}: {
  recommendationId: string;
  assigned: string[];
  hasLead: boolean;
}) {
  const { t } = useTranslation();
  const assign = useAssign();
  const [institutionId, setInstitutionId] = useState<string | null>(null);
  const [role, setRole] = useState<AssignmentRole>(hasLead ? 'contributing' : 'lead');
  const submit = () => {
    if (!institutionId) return;
    assign.mutate(
      { recommendationId, institutionId, role },
      {
        onSuccess: () => {
          notify(t('institutions.assignments.assigned'), { color: 'teal' });
          setInstitutionId(null);
        },
      },
    );
  };
  return (
    <Stack gap="xs">
      <InstitutionPicker
        label={t('institutions.assignments.assignLabel')}
        value={institutionId}
        onChange={setInstitutionId}
        exclude={assigned}
        disabled={assign.isPending}
      />
      <Group gap="sm" align="center" wrap="wrap">
        <RoleChoice size="xs" value={role} onChange={setRole} />
        <Button
          size="compact-sm"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={submit}
          disabled={!institutionId}
          loading={assign.isPending}
        >
          {t('institutions.assignments.assign')}
        </Button>
      </Group>
      {role === 'lead' && hasLead ? (
        <Text size="xs" c="dimmed">
          {t('institutions.assignments.leadHint')}
        </Text>
      ) : null}
      {assign.isError ? (
        <Alert color="red" variant="light" role="alert">
          {assign.error.message}
        </Alert>
      ) : null}
    </Stack>
  );
}

function EndDialog({ assignment, onClose }: { assignment: Assignment | null; onClose: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const end = useEndAssignment();
  const close = () => {
    end.reset();
    onClose();
  };
  const name = assignment ? institutionLabel(f, assignment.institution) : '';
  return (
    <Modal
      opened={assignment !== null}
      onClose={close}
      title={t('institutions.assignments.endTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="sm">
        <Text size="sm">{t('institutions.assignments.endConfirm', { name: isolate(name) })}</Text>
        {end.isError ? (
          <Alert color="red" variant="light" role="alert">
            {end.error.message}
          </Alert>
        ) : null}
        <DialogActions
          onCancel={close}
          gap="sm"
          confirmLabel={t('institutions.assignments.end')}
          color="red.9"
          busy={end.isPending}
          onConfirm={() =>
            assignment &&
            end.mutate(assignment.id, {
              onSuccess: () => {
                notify(t('institutions.assignments.ended', { name: isolate(name) }), { color: 'teal' });
                close();
              },
            })
          }
        />
      </Stack>
    </Modal>
  );
}
