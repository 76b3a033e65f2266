import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { IconListCheck, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { notify } from '../../app/notify';
import { useFormat } from '../../i18n/format';
import {
  type BulkActionProps,
  type BulkDialogProps,
  BulkTargetAction,
  BulkTargetScope,
} from '../recommendations/BulkTargetMenu';
import { PRESENTATION } from '../recommendations/filters';
import { useAddRoundItems, useRoundChoices } from './api';
import { StepError } from './StepError';

/**
 * "Add to a round" on the recommendation list (coordinators): the selected rows or all that match,
 * added to a draft or open round, which then also asks the institutions responsible for them.
 */
export function BulkAddToRound(props: BulkActionProps) {
  const { t } = useTranslation();
  return (
    <>
      <BulkTargetAction
        {...props}
        label={t('followup.addToRound.open')}
        icon={<IconListCheck size={16} aria-hidden />}
        dialog={(given) => <AddToRoundDialog {...given} />}
      />
      <NewRoundFromList />
    </>
  );
}

/** A new round over what the list shows: the round form reads the list's filters from its address. */
function NewRoundFromList() {
  const { t } = useTranslation();
  const { search } = useLocation();
  const params = new URLSearchParams(search);
  for (const presentation of PRESENTATION) params.delete(presentation);
  return (
    <Button
      component={Link}
      to={`/app/rounds/new?${params.toString()}`}
      size="compact-sm"
      variant="subtle"
      leftSection={<IconPlus size={16} aria-hidden />}
    >
      {t('followup.addToRound.newFromList')}
    </Button>
  );
}

function AddToRoundDialog({ target, onClose, onDone }: BulkDialogProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const rounds = useRoundChoices(true);
  const add = useAddRoundItems();
  const [roundId, setRoundId] = useState<string | null>(null);
  const round = rounds.data?.find((r) => r.id === roundId);

  const confirm = () => {
    if (!round) return;
    add.mutate(
      {
        roundId: round.id,
        version: round.version,
        ...(target.kind === 'ids' ? { recommendationIds: target.ids } : { filters: target.filters }),
      },
      {
        onSuccess: (updated) => {
          notify(t('followup.addToRound.done', { n: f.number(updated.itemCount) }), { color: 'green' });
          onDone();
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('followup.addToRound.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="sm">
        <BulkTargetScope target={target} />
        {rounds.data?.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('followup.addToRound.none')}
          </Text>
        ) : (
          <Select
            label={t('followup.addToRound.round')}
            placeholder={t('followup.addToRound.pick')}
            data={(rounds.data ?? []).map((r) => ({
              value: r.id,
              label: `${f.text(r.title)} — ${t(`followup.roundStatus.${r.status}`)} — ${f.date(r.deadline)}`,
            }))}
            value={roundId}
            onChange={setRoundId}
            searchable
            disabled={rounds.isPending || add.isPending}
          />
        )}
        <Text size="xs" c="dimmed">
          {t('followup.addToRound.hint')}
        </Text>
        <StepError error={add.error} onReload={() => void rounds.refetch().then(() => add.reset())} />
        {rounds.isError ? (
          <Alert color="red" variant="light" role="alert">
            {rounds.error.message}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={confirm} loading={add.isPending} disabled={!round}>
            {t('followup.addToRound.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
