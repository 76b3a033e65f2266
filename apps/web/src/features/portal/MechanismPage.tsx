import { Anchor, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import type { MechanismReview } from '@tatabbu/domain';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { BackLink } from '../../app/BackLink';
import { ErrorState } from '../../app/ErrorState';
import { ListTable } from '../../app/ListTable';
import { PageTitle } from '../../app/PageTitle';
import { TitledSection } from '../../app/TitledSection';
import { useFormat } from '../../i18n/format';
import { MechanismBadge } from '../recommendations/badges';
import { useMechanismReviews } from './api';
import { PortalMeta } from './PortalMeta';
import './portal.css';

/** The list behind a review, with exactly its count. */
const reviewListHref = (code: string, review: MechanismReview) =>
  `/recommendations?mechanism=${encodeURIComponent(code)}&reviewId=${encodeURIComponent(review.id)}`;

/** One mechanism: its reviews (cycles, examinations, visits) and their documents, with counts. */
export function MechanismPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { code = '' } = useParams();
  const reviews = useMechanismReviews(code);
  const back = <BackLink to="/mechanisms" label={t('portal.mechanisms.back')} />;

  if (reviews.isPending) return <Skeleton height={240} />;
  if (reviews.isError) {
    const notFound = isApiError(reviews.error) && reviews.error.status === 404;
    return (
      <Stack gap="md">
        <PageTitle title={notFound ? t('portal.mechanisms.notFound') : t('errors.title')} />
        {back}
        {notFound ? (
          <Title order={1}>{t('portal.mechanisms.notFound')}</Title>
        ) : (
          <ErrorState error={reviews.error} onRetry={() => void reviews.refetch()} />
        )}
      </Stack>
    );
  }
  const { mechanism, items } = reviews.data;
  const name = f.text(mechanism.name) || mechanism.code;

  return (
    <Stack gap="lg">
      <PageTitle title={name} />
      <PortalMeta description={t('portal.mechanisms.meta', { name })} />
      {back}
      <Group gap="sm" align="center">
        <MechanismBadge code={mechanism.code} />
        <Title order={1} dir="auto">
          {name}
        </Title>
      </Group>
      <Text>
        <Anchor component={Link} to={`/recommendations?mechanism=${encodeURIComponent(mechanism.code)}`}>
          {t('portal.mechanisms.all')}
        </Anchor>
      </Text>
      <TitledSection title={t('portal.mechanisms.reviews')} gap="xs">
        <ListTable
          query={reviews}
          items={items}
          label={t('portal.mechanisms.reviews')}
          columns={[t('portal.mechanisms.review'), t('portal.mechanisms.documents'), t('portal.sdgs.count')]}
          minWidth={0}
          empty={t('portal.mechanisms.noReviews')}
        >
          {(review) => (
            <Table.Tr key={review.id}>
              <Table.Td>
                <Text size="sm" fw={600} dir="auto">
                  {f.text(review.title) ||
                    (review.cycle ? t('portal.mechanisms.cycle', { cycle: review.cycle }) : name)}
                </Text>
                <Text size="xs" c="dimmed">
                  {[
                    review.cycle ? t('portal.mechanisms.cycle', { cycle: review.cycle }) : null,
                    review.session ? t('portal.mechanisms.session', { session: review.session }) : null,
                    review.startDate ? f.date(review.startDate) : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </Table.Td>
              <Table.Td>
                {review.documents.map((d) => (
                  <Text key={d.symbol} size="sm" className="portal-wrap">
                    <span className="ltr-value">{d.symbol}</span>
                    {d.date ? (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        ({f.date(d.date)})
                      </Text>
                    ) : null}
                  </Text>
                ))}
              </Table.Td>
              <Table.Td>
                <ReviewCount code={mechanism.code} review={review} />
              </Table.Td>
            </Table.Tr>
          )}
        </ListTable>
      </TitledSection>
    </Stack>
  );
}

function ReviewCount({ code, review }: { code: string; review: MechanismReview }) {
  const f = useFormat();
  return (
    <Anchor component={Link} to={reviewListHref(code, review)}>
      {f.number(review.count)}
    </Anchor>
  );
}
