import { ActionIcon, Button, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import type { Indicator, IndicatorValue } from '@tatabbu/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyTableRow } from '../../app/EmptyTableRow';
import { notify } from '../../app/notify';
import { TitledSection } from '../../app/TitledSection';
import { useFormat } from '../../i18n/format';
import { useDeleteIndicatorValue } from './api';
import { FormError } from './FormError';
import { IndicatorFormDialog } from './IndicatorFormDialog';
import { IndicatorValueDialog } from './IndicatorValueDialog';
import { SmallButton } from './SmallButton';
import { Trend } from './Trend';

type Dialog =
  | { kind: 'indicator'; indicatorId?: string }
  | { kind: 'value'; indicatorId: string; value?: IndicatorValue };

/** The indicators of a measure: baseline, target, the values recorded over time with their sources. */
export function IndicatorsSection({
  measureId,
  indicators,
  canManage,
  reload,
}: {
  measureId: string;
  indicators: Indicator[];
  canManage: boolean;
  reload: () => void;
}) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const edited =
    dialog?.kind === 'indicator' ? indicators.find((i) => i.id === dialog.indicatorId) : undefined;
  return (
    <TitledSection title={t('plans.indicators.title')} card="md" gap="xs">
      <Stack gap="md">
        {indicators.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('plans.indicators.none')}
          </Text>
        ) : (
          indicators.map((indicator) => (
            <IndicatorBlock
              key={indicator.id}
              indicator={indicator}
              canManage={canManage}
              onEdit={() => setDialog({ kind: 'indicator', indicatorId: indicator.id })}
              onValue={(value) => setDialog({ kind: 'value', indicatorId: indicator.id, value })}
            />
          ))
        )}
        {canManage ? (
          <Group>
            <SmallButton icon={IconPlus} onClick={() => setDialog({ kind: 'indicator' })}>
              {t('plans.indicators.create')}
            </SmallButton>
          </Group>
        ) : null}
      </Stack>
      {dialog?.kind === 'indicator' ? (
        <IndicatorFormDialog
          key={edited ? `${edited.id}:${edited.version}` : 'new'}
          measureId={measureId}
          indicator={edited}
          onClose={() => setDialog(null)}
          onReload={reload}
        />
      ) : null}
      {dialog?.kind === 'value' ? (
        <IndicatorValueDialog
          indicatorId={dialog.indicatorId}
          value={dialog.value}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </TitledSection>
  );
}

function IndicatorBlock({
  indicator,
  canManage,
  onEdit,
  onValue,
}: {
  indicator: Indicator;
  canManage: boolean;
  onEdit: () => void;
  onValue: (value?: IndicatorValue) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const remove = useDeleteIndicatorValue(indicator.id);
  const unit = f.text(indicator.unit);
  const amount = (n: number | null) => (n === null ? '—' : unit ? `${f.number(n)} ${unit}` : f.number(n));
  const columns = canManage ? 4 : 3;
  const dated = (n: number | null, date: string | null) =>
    date ? t('plans.indicators.onDate', { value: amount(n), date: f.date(date) }) : amount(n);
  return (
    <div>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Group gap="xs">
            <Text fw={700} dir="auto">
              {f.text(indicator.name)}
            </Text>
            {canManage ? (
              <Tooltip label={t('plans.indicators.edit')}>
                <ActionIcon
                  variant="subtle"
                  size="sm"
                  aria-label={t('plans.indicators.edit')}
                  onClick={onEdit}
                >
                  <IconPencil size={14} aria-hidden />
                </ActionIcon>
              </Tooltip>
            ) : null}
          </Group>
          <Text size="sm" c="dimmed">
            {t('plans.indicators.baselineLine', { value: dated(indicator.baseline, indicator.baselineDate) })}
            {' · '}
            {t('plans.indicators.targetLine', { value: dated(indicator.target, indicator.targetDate) })}
          </Text>
        </div>
        <Trend values={indicator.values} target={indicator.target} />
      </Group>
      <FormError error={remove.error} />
      <Table verticalSpacing={4} mt="xs" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('plans.indicators.date')}</Table.Th>
            <Table.Th ta="end">{t('plans.indicators.value')}</Table.Th>
            <Table.Th>{t('plans.indicators.source')}</Table.Th>
            {canManage ? <Table.Th w={80} /> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {indicator.values.length === 0 ? (
            <EmptyTableRow columns={columns}>{t('plans.indicators.noValues')}</EmptyTableRow>
          ) : (
            indicator.values.map((v) => (
              <Table.Tr key={v.id}>
                <Table.Td>{f.date(v.date)}</Table.Td>
                <Table.Td ta="end">{amount(v.value)}</Table.Td>
                <Table.Td>
                  <Text size="sm" dir="auto">
                    {v.source ?? ''}
                  </Text>
                  {v.note ? (
                    <Text size="xs" c="dimmed" dir="auto">
                      {v.note}
                    </Text>
                  ) : null}
                </Table.Td>
                {canManage ? (
                  <Table.Td>
                    <Group gap={2} wrap="nowrap">
                      <ActionIcon
                        variant="subtle"
                        size="sm"
                        aria-label={t('plans.indicators.editValue')}
                        onClick={() => onValue(v)}
                      >
                        <IconPencil size={14} aria-hidden />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        size="sm"
                        aria-label={t('plans.indicators.removeValue')}
                        loading={remove.isPending && remove.variables === v.id}
                        onClick={() =>
                          remove.mutate(v.id, {
                            onSuccess: () => notify(t('plans.indicators.valueRemoved'), { color: 'teal' }),
                          })
                        }
                      >
                        <IconTrash size={14} aria-hidden />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
      {canManage ? (
        <Button
          mt="xs"
          size="xs"
          variant="subtle"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => onValue()}
        >
          {t('plans.indicators.addValue')}
        </Button>
      ) : null}
    </div>
  );
}
