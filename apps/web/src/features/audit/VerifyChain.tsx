import { Alert, Button, List, Stack } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../../api/client';
import { useFormat } from '../../i18n/format';
import { useVerifyAuditChain } from './api';

/** "Check the chain": recomputes every hash on the server and says where the trail was tampered with. */
export function VerifyChain() {
  const { t } = useTranslation();
  const f = useFormat();
  const verify = useVerifyAuditChain();
  const verdict = verify.data;
  return (
    <Stack gap="sm">
      <div>
        <Button
          variant="light"
          leftSection={<IconShieldCheck size={18} aria-hidden />}
          loading={verify.isPending}
          onClick={() => verify.mutate()}
        >
          {t('audit.verify.button')}
        </Button>
      </div>
      <div aria-live="polite">
        {verify.error ? (
          <Alert color="red" role="alert">
            {verify.error instanceof ApiRequestError ? verify.error.message : t('errors.unexpected')}
          </Alert>
        ) : null}
        {verdict?.ok ? <Alert color="green">{t('audit.verify.ok', { count: verdict.count })}</Alert> : null}
        {verdict && !verdict.ok ? (
          <Alert
            color="red"
            role="alert"
            title={t('audit.verify.broken', { seq: f.number(verdict.brokenAt ?? 0) })}
          >
            <List size="sm">
              {verdict.problems.map((p) => (
                <List.Item key={`${p.kind}:${p.seq}`}>
                  {t(`audit.verify.${p.kind}`, {
                    seq: f.number(p.seq),
                    from: f.number(p.missingFrom ?? 0),
                    to: f.number(p.missingTo ?? 0),
                  })}
                </List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
      </div>
    </Stack>
  );
}
