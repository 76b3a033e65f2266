import {
  Alert,
  Anchor,
  Button,
  Card,
  Center,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiRequestError } from '../../api/client';
import { useLogin } from '../../api/hooks';
import { PageTitle } from '../../app/PageTitle';
import { safeNext } from './session';

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ email?: boolean; password?: boolean }>({});
  const errorRef = useRef<HTMLDivElement>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problems = { email: !email.trim(), password: !password };
    setMissing(problems);
    if (problems.email || problems.password) return;
    login.mutate(
      { email: email.trim(), password },
      {
        onSuccess: (me) => navigate(me.mustChangePassword ? '/app/account' : next, { replace: true }),
        onError: () => {
          setPassword('');
          requestAnimationFrame(() => errorRef.current?.focus());
        },
      },
    );
  };

  const error = login.error;
  const message = error instanceof ApiRequestError ? error.message : error ? t('errors.unexpected') : null;

  return (
    <Center py="xl">
      <PageTitle title={t('login.title')} />
      <Card withBorder shadow="sm" padding="xl" radius="md" w="100%" maw={440}>
        <Stack gap="md">
          <div>
            <Title order={1} size="h2">
              {t('login.title')}
            </Title>
            <Text size="sm" c="dimmed" mt={4}>
              {t('login.intro')}
            </Text>
          </div>

          {message ? (
            <Alert
              ref={errorRef}
              tabIndex={-1}
              role="alert"
              color="red"
              variant="light"
              icon={<IconAlertCircle aria-hidden />}
            >
              {message}
            </Alert>
          ) : null}

          <form onSubmit={submit} noValidate>
            <Stack gap="sm">
              <TextInput
                label={t('login.email')}
                type="email"
                name="email"
                autoComplete="username"
                inputMode="email"
                dir="ltr"
                required
                value={email}
                onChange={(e) => setEmail(e.currentTarget.value)}
                error={missing.email ? t('login.emailRequired') : undefined}
                autoFocus
              />
              <PasswordInput
                label={t('login.password')}
                name="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                error={missing.password ? t('login.passwordRequired') : undefined}
                visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
              />
              <Button type="submit" loading={login.isPending} fullWidth mt="xs">
                {t('login.submit')}
              </Button>
            </Stack>
          </form>

          <Text size="sm" c="dimmed">
            {t('login.help')}
          </Text>
          <Anchor component={Link} to="/" size="sm">
            {t('login.backToPortal')}
          </Anchor>
        </Stack>
      </Card>
    </Center>
  );
}
