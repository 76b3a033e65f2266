import { Anchor, Card, SimpleGrid, Text } from '@mantine/core';
import { type Dashboard, OPEN_STATUSES } from '@tatabbu/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/format';
import type { ListState } from '../recommendations/filters';
import classes from './dashboard.module.css';
import { listHref, withFlags } from './drill-down';

interface Props {
  total: number;
  attention: Dashboard['attention'];
  state: ListState;
  base: string;
}

/** The selection's total and what needs attention, each number a link to its list. */
export function AttentionNumbers({ total, attention, state, base }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const items: { key: 'total' | 'recurringOpen' | 'withoutTag' | 'withoutLead'; n: number; href: string }[] =
    [
      { key: 'total', n: total, href: listHref(base, state) },
      {
        key: 'recurringOpen',
        n: attention.recurringOpen,
        href: listHref(base, withFlags(state, { recurring: ['true'], status: [...OPEN_STATUSES] })),
      },
      {
        key: 'withoutTag',
        n: attention.withoutTag,
        href: listHref(base, withFlags(state, { tagged: ['false'] })),
      },
      ...(attention.withoutLead === null
        ? []
        : [
            {
              key: 'withoutLead' as const,
              n: attention.withoutLead,
              href: listHref(base, withFlags(state, { lead: ['false'] })),
            },
          ]),
    ];
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: items.length }} className={classes.numbers}>
      {items.map((item) => (
        <Card withBorder padding="md" key={item.key}>
          <Anchor
            component={Link}
            to={item.href}
            className={classes.bigNumber}
            data-testid={`number-${item.key}`}
          >
            {f.number(item.n)}
          </Anchor>
          <Text size="sm">{t(`dashboard.numbers.${item.key}`)}</Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}
