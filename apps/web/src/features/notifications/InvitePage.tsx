import {
  Alert,
  Anchor,
  Button,
  Card,
  Center,
  Loader,
  PasswordInput,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiRequestError } from '../../api/client';
import { useLogin } from '../../api/hooks';
import { PageTitle } from '../../app/PageTitle';
import { isolate, useFormat } from '../../i18n/format';
import { useAcceptInvitation, useInvitation } from './api';

const messageOf = (error: unknown, fallback: string) =>
  error instanceof ApiRequestError ? error.message : error ? fallback : null;

/** The one-time invitation link: choose a password, which enables the account, then into the workspace. */
export function InvitePage() {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const { token = '' } = useParams();
  const invitation = useInvitation(token);
  const accept = useAcceptInvitation(token);
  const login = useLogin();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const email = invitation.data?.email;
    if (!email) return;
    setMismatch(password !== confirm);
    if (password !== confirm) return;
    accept.mutate(password, {
      onSuccess: () =>
        login.mutate({ email, password }, { onSuccess: () => navigate('/app', { replace: true }) }),
    });
  };

  const unusable = messageOf(invitation.error, t('errors.unexpected'));
  const failed = messageOf(accept.error ?? login.error, t('errors.unexpected'));

  return (
    <Center py="xl">
      <PageTitle title={t('notifications.accept.title')} />
      <Card withBorder shadow="sm" padding="xl" radius="md" w="100%" maw={480}>
        <Stack gap="md">
          <Title order={1} size="h2">
            {unusable ? t('notifications.accept.unusable') : t('notifications.accept.title')}
          </Title>
          {invitation.isPending ? <Loader size="sm" /> : null}
          {unusable ? (
            <>
              <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden />}>
                {unusable}
              </Alert>
              <Anchor component={Link} to="/login">
                {t('notifications.accept.toLogin')}
              </Anchor>
            </>
          ) : null}
          {invitation.data ? (
            <form onSubmit={submit} noValidate>
              <Stack gap="sm">
                <Text>
                  {invitation.data.invitedBy
                    ? t('notifications.accept.intro', {
                        inviter: isolate(invitation.data.invitedBy),
                        email: isolate(invitation.data.email),
                      })
                    : t('notifications.accept.introAnonymous', { email: isolate(invitation.data.email) })}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('notifications.accept.expires', { date: f.dateTime(invitation.data.expiresAt) })}
                </Text>
                {failed ? (
                  <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden />}>
                    {failed}
                  </Alert>
                ) : null}
                <PasswordInput
                  label={t('notifications.accept.password')}
                  description={t('notifications.accept.rules')}
                  autoComplete="new-password"
                  required
                  value={password}
                  onChange={(e) => setPassword(e.currentTarget.value)}
                  autoFocus
                />
                <PasswordInput
                  label={t('notifications.accept.confirm')}
                  autoComplete="new-password"
                  required
                  value={confirm}
                  onChange={(e) => setConfirm(e.currentTarget.value)}
                  error={mismatch ? t('notifications.accept.mismatch') : undefined}
                />
                <Button type="submit" loading={accept.isPending || login.isPending} mt="xs">
                  {t('notifications.accept.submit')}
                </Button>
              </Stack>
            </form>
          ) : null}
        </Stack>
      </Card>
    </Center>
  );
}
