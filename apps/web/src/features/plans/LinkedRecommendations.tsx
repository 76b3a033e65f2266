import { ActionIcon, Anchor, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconLink, IconUnlink } from '@tabler/icons-react';
import { dirOf, type LinkedRecommendation } from '@tatabbu/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyTableRow } from '../../app/EmptyTableRow';
import { notify } from '../../app/notify';
import { TitledSection } from '../../app/TitledSection';
import { StatusBadge } from '../recommendations/badges';
import { useUnlinkRecommendation } from './api';
import { FormError } from './FormError';
import { LinkRecommendationsDialog } from './LinkRecommendationsDialog';
import { recommendationPath } from './paths';
import { SmallButton } from './SmallButton';

/** The recommendations a measure implements: key, text in the reader's language, status; link/unlink for coordinators. */
export function LinkedRecommendations({
  measureId,
  items,
  base,
  canManage,
}: {
  measureId: string;
  items: LinkedRecommendation[];
  base: string;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const unlink = useUnlinkRecommendation();
  const columns = canManage ? 4 : 3;
  return (
    <TitledSection title={t('plans.links.title', { count: items.length })} card="md" gap="xs">
      <Stack gap="xs">
        <FormError error={unlink.error} />
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={200}>{t('plans.links.key')}</Table.Th>
                <Table.Th>{t('plans.links.text')}</Table.Th>
                <Table.Th w={170}>{t('plans.measure.status')}</Table.Th>
                {canManage ? <Table.Th w={50} /> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.length === 0 ? (
                <EmptyTableRow columns={columns}>{t('plans.links.none')}</EmptyTableRow>
              ) : (
                items.map((rec) => (
                  <Table.Tr key={rec.id}>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={recommendationPath(base, rec.id)}
                        size="sm"
                        className="ltr-value"
                      >
                        {rec.key}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text
                        size="sm"
                        lineClamp={3}
                        lang={rec.textLang ?? undefined}
                        dir={rec.textLang ? dirOf(rec.textLang) : 'auto'}
                      >
                        {rec.text ?? ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge status={rec.status} />
                    </Table.Td>
                    {canManage ? (
                      <Table.Td>
                        <Tooltip label={t('plans.links.unlink')}>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={t('plans.links.unlinkOne', { key: rec.key })}
                            loading={unlink.isPending && unlink.variables?.recommendationId === rec.id}
                            onClick={() =>
                              unlink.mutate(
                                { measureId, recommendationId: rec.id },
                                {
                                  onSuccess: () =>
                                    notify(t('plans.links.unlinked', { key: rec.key }), { color: 'teal' }),
                                },
                              )
                            }
                          >
                            <IconUnlink size={16} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                ))
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {canManage ? (
          <Group>
            <SmallButton icon={IconLink} onClick={() => setAdding(true)}>
              {t('plans.links.add')}
            </SmallButton>
          </Group>
        ) : null}
      </Stack>
      {adding ? (
        <LinkRecommendationsDialog
          measureId={measureId}
          linkedIds={items.map((r) => r.id)}
          onClose={() => setAdding(false)}
        />
      ) : null}
    </TitledSection>
  );
}
