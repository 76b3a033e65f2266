import { Button, Group, Modal, Stack } from '@mantine/core';
import type { RoundDetail } from '@tatabbu/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePatchRound } from './api';
import { RoundTextFields, type RoundTexts } from './RoundTextFields';
import { StepError } from './StepError';
import { hasAnyText, type Text3 } from './working-langs';

const text3 = (v: RoundDetail['title']): Text3 => ({ ar: v.ar ?? '', fr: v.fr ?? '', en: v.en ?? '' });

/** Change a round's title, instructions or deadline (e.g. give the institutions more time). */
export function EditRoundDialog({
  round,
  opened,
  onClose,
  onReload,
}: {
  round: RoundDetail;
  opened: boolean;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const patch = usePatchRound(round.id);
  const [texts, setTexts] = useState<RoundTexts>(() => ({
    title: text3(round.title),
    instructions: text3(round.instructions),
    deadline: round.deadline,
  }));
  const valid = hasAnyText(texts.title) && Boolean(texts.deadline);
  return (
    <Modal opened={opened} onClose={onClose} title={t('followup.round.editTitle')} size="xl">
      <Stack>
        <RoundTextFields value={texts} onChange={setTexts} />
        <StepError
          error={patch.error}
          onReload={() => {
            patch.reset();
            onClose();
            onReload();
          }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('followup.review.cancel')}
          </Button>
          <Button
            disabled={!valid}
            loading={patch.isPending}
            onClick={() => patch.mutate({ version: round.version, ...texts }, { onSuccess: onClose })}
          >
            {t('followup.editor.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
