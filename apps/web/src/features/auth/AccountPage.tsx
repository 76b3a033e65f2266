import { Alert, Button, Group, PasswordInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconLock } from '@tabler/icons-react';
import { PASSWORD_MIN_LENGTH, passwordProblem } from '@tatabbu/domain';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiRequestError } from '../../api/client';
import { useChangePassword, useInstitutions, useMe } from '../../api/hooks';
import { notify } from '../../app/notify';
import { PageTitle } from '../../app/PageTitle';
import { TitledSection } from '../../app/TitledSection';
import { useFormat } from '../../i18n/format';
import { DigestPreference } from '../notifications/DigestPreference';
import { ApiTokensSection } from '../tokens/ApiTokensSection';

type Problem = 'too_short' | 'too_simple' | 'contains_email' | 'mismatch' | 'same' | 'required';

export function AccountPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const me = useMe().data;
  const institutions = useInstitutions(Boolean(me?.institutionId));
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const mustChange = me?.mustChangePassword ?? false;
  const institution = institutions.data?.find((i) => i.id === me?.institutionId);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    let p: Problem | null = null;
    if (!current || !next) p = 'required';
    else if (next === current) p = 'same';
    else p = passwordProblem(next, me?.email) ?? (next !== confirm ? 'mismatch' : null);
    setProblem(p);
    if (p) return;
    change.mutate(
      { currentPassword: current, newPassword: next },
      {
        onSuccess: () => {
          setCurrent('');
          setNext('');
          setConfirm('');
          notify(t('account.changed'), { color: 'teal' });
          if (mustChange) navigate('/app', { replace: true });
        },
      },
    );
  };

  const serverMessage =
    change.error instanceof ApiRequestError
      ? change.error.message
      : change.error
        ? t('errors.unexpected')
        : null;
  const problemMessage = problem
    ? t(`account.problem.${problem}`, { n: f.number(PASSWORD_MIN_LENGTH) })
    : null;

  return (
    <Stack gap="lg" maw={720}>
      <PageTitle title={t('account.title')} />
      <Title order={1}>{t('account.title')}</Title>

      {mustChange ? (
        <Alert
          color="blue"
          variant="light"
          icon={<IconLock aria-hidden />}
          title={t('account.mustChangeTitle')}
        >
          {t('account.mustChange')}
        </Alert>
      ) : null}

      {me ? (
        <TitledSection title={t('account.profile')} card="md" gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Info label={t('users.fields.name')} value={<span dir="auto">{me.name}</span>} />
            <Info label={t('users.fields.email')} value={<span dir="ltr">{me.email}</span>} />
            <Info label={t('users.fields.role')} value={t(`roles.${me.role}`)} />
            {me.institutionId ? (
              <Info
                label={t('users.fields.institution')}
                value={<span dir="auto">{institution ? f.text(institution.name) : '…'}</span>}
              />
            ) : null}
          </SimpleGrid>
        </TitledSection>
      ) : null}

      <TitledSection title={t('account.changePassword')} card="md" gap="xs">
        <Text size="sm" c="dimmed" mb="md" id="password-policy">
          {t('account.policy', { n: f.number(PASSWORD_MIN_LENGTH) })}
        </Text>
        <form onSubmit={submit} noValidate>
          <Stack gap="sm" maw={420}>
            {problemMessage || serverMessage ? (
              <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden />}>
                {problemMessage ?? serverMessage}
              </Alert>
            ) : null}
            <PasswordInput
              label={t('account.currentPassword')}
              autoComplete="current-password"
              required
              value={current}
              onChange={(e) => setCurrent(e.currentTarget.value)}
              visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
            />
            <PasswordInput
              label={t('account.newPassword')}
              autoComplete="new-password"
              required
              aria-describedby="password-policy"
              value={next}
              onChange={(e) => setNext(e.currentTarget.value)}
              visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
            />
            <PasswordInput
              label={t('account.confirmPassword')}
              autoComplete="new-password"
              required
              value={confirm}
              onChange={(e) => setConfirm(e.currentTarget.value)}
              visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
            />
            <Group>
              <Button type="submit" loading={change.isPending}>
                {t('account.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </TitledSection>

      <DigestPreference />
      {me && !mustChange ? <ApiTokensSection /> : null}
    </Stack>
  );
}

function Info({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </div>
  );
}
