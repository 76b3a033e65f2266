import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconKey, IconPlus } from '@tabler/icons-react';
import type { ApiToken } from '@tatabbu/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyTableRow } from '../../app/EmptyTableRow';
import { ErrorState } from '../../app/ErrorState';
import { TitledSection } from '../../app/TitledSection';
import { useFormat } from '../../i18n/format';
import { useMyTokens } from './api';
import { CreateTokenDialog } from './CreateTokenDialog';
import { NewTokenDialog } from './NewTokenDialog';
import { RevokeTokenDialog } from './RevokeTokenDialog';
import { type TokenState, tokenState } from './token-state';

const STATE_COLOR: Record<TokenState, string> = { active: 'teal.9', expired: 'gray.7', revoked: 'red.9' };

/** On the account page: personal API tokens for integrations — list, create (shown once), revoke. */
export function ApiTokensSection() {
  const { t } = useTranslation();
  const f = useFormat();
  const tokens = useMyTokens();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ token: string; name: string } | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const items = tokens.data?.items ?? [];

  return (
    <TitledSection title={t('tokens.title')} card="md" gap="sm">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('tokens.intro')}
        </Text>
        <Group>
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
            {t('tokens.create.open')}
          </Button>
        </Group>
        {tokens.isError ? (
          <ErrorState error={tokens.error} onRetry={() => tokens.refetch()} />
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table striped verticalSpacing="xs">
              <Table.Caption>{t('tokens.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('tokens.columns.name')}</Table.Th>
                  <Table.Th>{t('tokens.columns.access')}</Table.Th>
                  <Table.Th>{t('tokens.columns.created')}</Table.Th>
                  <Table.Th>{t('tokens.columns.lastUsed')}</Table.Th>
                  <Table.Th>{t('tokens.columns.expires')}</Table.Th>
                  <Table.Th>{t('tokens.columns.state')}</Table.Th>
                  <Table.Th>
                    <span className="visually-hidden">{t('tokens.columns.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.length === 0 ? (
                  <EmptyTableRow columns={7}>
                    {tokens.isPending ? t('common.loading') : t('tokens.empty')}
                  </EmptyTableRow>
                ) : (
                  items.map((token) => {
                    const state = tokenState(token);
                    return (
                      <Table.Tr key={token.id}>
                        <Table.Td>
                          <Group gap={6} wrap="nowrap">
                            <IconKey size={14} aria-hidden />
                            <span dir="auto">{token.name}</span>
                          </Group>
                          <Text size="xs" c="dimmed" dir="ltr" ta="start">
                            {`${token.prefix}…`}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          {token.scopes.includes('write') ? t('tokens.scope.write') : t('tokens.scope.read')}
                        </Table.Td>
                        <Table.Td>{f.date(token.createdAt)}</Table.Td>
                        <Table.Td>
                          {token.lastUsedAt ? f.dateTime(token.lastUsedAt) : t('tokens.neverUsed')}
                        </Table.Td>
                        <Table.Td>
                          {token.expiresAt ? f.date(token.expiresAt) : t('tokens.noExpiry')}
                        </Table.Td>
                        <Table.Td>
                          <Badge variant="light" color={STATE_COLOR[state]}>
                            {t(`tokens.state.${state}`)}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          {state === 'revoked' ? null : (
                            <Button
                              size="xs"
                              variant="subtle"
                              color="red"
                              onClick={() => setRevoking(token)}
                              aria-label={t('tokens.revoke.label', { name: token.name })}
                            >
                              {t('tokens.revoke.open')}
                            </Button>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <CreateTokenDialog opened={creating} onClose={() => setCreating(false)} onCreated={setCreated} />
      <NewTokenDialog created={created} onClose={() => setCreated(null)} />
      <RevokeTokenDialog token={revoking} onClose={() => setRevoking(null)} />
    </TitledSection>
  );
}
