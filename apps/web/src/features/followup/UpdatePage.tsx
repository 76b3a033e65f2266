import { Alert, Anchor, Button, Group, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { can, type ProgressUpdateDetail } from '@tatabbu/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { ErrorState } from '../../app/ErrorState';
import { NotFound } from '../../app/NotFound';
import { PageTitle } from '../../app/PageTitle';
import { TitledSection } from '../../app/TitledSection';
import { useFormat } from '../../i18n/format';
import { useSessionUser } from '../auth/session';
import { EvidenceFiles } from '../evidence/EvidenceFiles';
import { useProgressUpdate, useUpdateStep } from './api';
import { UpdateStatusBadge } from './badges';
import { badLinks, type ContentDraft, contentOf, draftOf } from './content';
import { StepError } from './StepError';
import { SubjectLabel } from './SubjectLabel';
import { UpdateContentForm } from './UpdateContentForm';
import { VersionsTable } from './VersionsTable';

/** One progress update: the institution writes and submits it here; the coordinator reviews it here. */
export function UpdatePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const update = useProgressUpdate(id);
  if (update.isError) {
    if (isApiError(update.error, 'not_found')) return <NotFound />;
    return <ErrorState error={update.error} onRetry={() => void update.refetch()} />;
  }
  if (!update.data) return <Text c="dimmed">{t('followup.loading')}</Text>;
  // A new version (saved here, or reloaded after someone else's change) starts a fresh form.
  return (
    <UpdateView
      key={`${update.data.id}-${update.data.version}`}
      update={update.data}
      onReload={() => void update.refetch()}
    />
  );
}

function UpdateView({ update, onReload }: { update: ProgressUpdateDetail; onReload: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useSessionUser();
  const step = useUpdateStep(update.id);
  const [draft, setDraft] = useState<ContentDraft>(() => draftOf(update));
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  const resource = { institutionId: update.institution.id, updateStatus: update.status };
  const roundOpen = update.round.status === 'open';
  const writable = update.status === 'draft' || update.status === 'returned';
  const editable = roundOpen && writable && can(me, 'update.draft', resource);
  const maySubmit = roundOpen && writable && can(me, 'update.submit', resource);
  const mayReview = update.status === 'submitted' && can(me, 'update.review', resource);
  const mayPublish = update.status === 'validated' && can(me, 'update.publish', resource);
  const dirty = JSON.stringify(contentOf(draft)) !== JSON.stringify(contentOf(draftOf(update)));
  const invalid =
    badLinks(draft) > 0 ||
    Boolean(draft.periodStart && draft.periodEnd && draft.periodEnd < draft.periodStart);

  const reload = () => {
    step.reset();
    onReload();
  };
  const save = () => step.mutate({ step: 'save', version: update.version, content: contentOf(draft) });
  // Submitting saves unsaved changes first, then submits the version just saved.
  const submit = async () => {
    let version = update.version;
    if (dirty)
      version = (await step.mutateAsync({ step: 'save', version, content: contentOf(draft) })).version;
    step.mutate({ step: 'submit', version });
  };

  return (
    <Stack gap="lg" maw={1000}>
      <PageTitle title={t('followup.editor.title', { label: update.subject.label })} />
      <Anchor component={Link} to={`/app/rounds/${update.round.id}`} size="sm" dir="auto">
        {t('followup.editor.backToRound', { round: f.text(update.round.title) })}
      </Anchor>
      <div>
        <Title order={1}>{t('followup.editor.heading')}</Title>
        <Group gap="xs" mt={4}>
          <UpdateStatusBadge status={update.status} />
          <Text size="sm" dir="auto">
            {f.text(update.institution.name) || update.institution.code}
          </Text>
          <Text size="sm" c="dimmed">
            {t('followup.round.deadline', { date: f.date(update.round.deadline) })}
          </Text>
        </Group>
      </div>
      <SubjectLabel subject={update.subject} />

      {update.status === 'returned' && update.reviewComment ? (
        <Alert color="orange" variant="light" title={t('followup.editor.returnedTitle')}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} dir="auto">
            {update.reviewComment}
          </Text>
        </Alert>
      ) : null}
      {!roundOpen && writable ? (
        <Alert color="gray" variant="light">
          {t('followup.editor.roundNotOpen')}
        </Alert>
      ) : null}

      <TitledSection title={t('followup.editor.content')} card="md" gap="sm">
        <UpdateContentForm value={draft} onChange={setDraft} readOnly={!editable} />
      </TitledSection>

      <StepError error={step.error} onReload={reload} />

      <Group>
        {editable ? (
          <Button
            variant="default"
            onClick={save}
            disabled={!dirty || invalid}
            loading={step.isPending && step.variables?.step === 'save'}
          >
            {t('followup.editor.save')}
          </Button>
        ) : null}
        {maySubmit ? (
          <Button
            onClick={() => void submit().catch(() => undefined)}
            disabled={invalid}
            loading={step.isPending}
          >
            {t(update.status === 'returned' ? 'followup.editor.resubmit' : 'followup.editor.submit')}
          </Button>
        ) : null}
        {editable && !maySubmit ? (
          <Text size="sm" c="dimmed">
            {t('followup.editor.focalSubmits')}
          </Text>
        ) : null}
        {mayReview ? (
          <>
            {/* Colours dark enough for 4.5:1 contrast (orange and green buttons are not). */}
            <Button variant="default" onClick={() => setReturning(true)}>
              {t('followup.review.return')}
            </Button>
            <Button
              color="teal.9"
              loading={step.isPending}
              onClick={() => step.mutate({ step: 'validate', version: update.version })}
            >
              {t('followup.review.validate')}
            </Button>
          </>
        ) : null}
        {mayPublish ? (
          <Button
            loading={step.isPending}
            onClick={() => step.mutate({ step: 'publish', version: update.version })}
          >
            {t('followup.review.publish')}
          </Button>
        ) : null}
      </Group>
      {mayReview && update.proposedStatus ? (
        <Text size="sm" c="dimmed">
          {t('followup.review.validateHelp', { status: t(`status.${update.proposedStatus}`) })}
        </Text>
      ) : null}

      <EvidenceFiles ownerType="progress_update" ownerId={update.id} editable={editable} />

      <TitledSection title={t('followup.versions.title')} card="md" gap="xs">
        <VersionsTable versions={update.versions} />
      </TitledSection>

      <Modal opened={returning} onClose={() => setReturning(false)} title={t('followup.review.returnTitle')}>
        <Stack>
          <Textarea
            label={t('followup.review.comment')}
            description={t('followup.review.commentHelp')}
            required
            autosize
            minRows={4}
            dir="auto"
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setReturning(false)}>
              {t('followup.review.cancel')}
            </Button>
            <Button
              disabled={!comment.trim()}
              loading={step.isPending}
              onClick={() =>
                step.mutate(
                  { step: 'return', version: update.version, comment: comment.trim() },
                  { onSettled: () => setReturning(false) },
                )
              }
            >
              {t('followup.review.return')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
