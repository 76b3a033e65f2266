import { Alert, Modal, Stack, Text } from '@mantine/core';
import { IconBuildingCommunity } from '@tabler/icons-react';
import type { AssignmentRole, BulkAssignResult } from '@tatabbu/domain';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogActions } from '../../app/DialogActions';
import { notify } from '../../app/notify';
import { useFormat } from '../../i18n/format';
import {
  type BulkActionProps,
  type BulkDialogProps,
  BulkTargetAction,
  BulkTargetScope,
  targetSelection,
} from '../recommendations/BulkTargetMenu';
import { useBulkAssign } from './api';
import { InstitutionPicker } from './InstitutionPicker';
import { RoleChoice } from './RoleChoice';

/**
 * "Assign to an institution" on the recommendation list (coordinators): the selected rows or all
 * that match the filters. The dialog counts what would change (a dry run) before confirming.
 */
export function BulkAssignAction(props: BulkActionProps) {
  const { t } = useTranslation();
  return (
    <BulkTargetAction
      {...props}
      label={t('institutions.bulk.open')}
      icon={<IconBuildingCommunity size={16} aria-hidden />}
      dialog={(given) => <BulkAssignDialog {...given} />}
    />
  );
}

function BulkAssignDialog({ target, onClose, onDone }: BulkDialogProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const preview = useBulkAssign();
  const apply = useBulkAssign();
  const [institutionId, setInstitutionId] = useState<string | null>(null);
  const [role, setRole] = useState<AssignmentRole>('lead');
  const selection = targetSelection(target);
  const counts: BulkAssignResult | undefined = preview.data;

  // Count again whenever the institution or the role changes; nothing is written by a dry run.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the selection is fixed while the dialog is open
  useEffect(() => {
    if (institutionId) preview.mutate({ ...selection, institutionId, role, dryRun: true });
    else preview.reset();
  }, [institutionId, role]);

  const confirm = () => {
    if (!institutionId) return;
    apply.mutate(
      { ...selection, institutionId, role },
      {
        onSuccess: (result) => {
          notify(
            t('institutions.bulk.done', {
              assigned: f.number(result.assigned),
              matched: f.number(result.matched),
            }),
            { color: 'green' },
          );
          onDone();
          onClose();
        },
      },
    );
  };
  const error = apply.error ?? preview.error;

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('institutions.bulk.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="sm">
        <BulkTargetScope target={target} />
        <InstitutionPicker
          label={t('institutions.bulk.institution')}
          value={institutionId}
          onChange={setInstitutionId}
          disabled={apply.isPending}
        />
        <RoleChoice value={role} onChange={setRole} />
        <div aria-live="polite">
          {counts && institutionId ? (
            <Stack gap={2}>
              <Text size="sm" fw={600}>
                {t('institutions.bulk.willAssign', { count: counts.assigned })}
              </Text>
              {counts.unchanged ? (
                <Text size="sm" c="dimmed">
                  {t('institutions.bulk.unchanged', { count: counts.unchanged })}
                </Text>
              ) : null}
              {counts.demoted ? (
                <Text size="sm" c="dimmed">
                  {t('institutions.bulk.demoted', { count: counts.demoted })}
                </Text>
              ) : null}
            </Stack>
          ) : (
            <Text size="xs" c="dimmed">
              {t('institutions.bulk.pick')}
            </Text>
          )}
        </div>
        {error ? (
          <Alert color="red" variant="light" role="alert">
            {error.message}
          </Alert>
        ) : null}
        <DialogActions
          onCancel={onClose}
          gap="sm"
          confirmLabel={t('institutions.bulk.confirm', { count: counts?.assigned ?? 0 })}
          onConfirm={confirm}
          busy={apply.isPending}
          disabled={!institutionId || preview.isPending || !counts || counts.assigned === 0}
        />
      </Stack>
    </Modal>
  );
}
