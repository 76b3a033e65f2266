import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DemoMarker } from '../recommendations/badges';

/** Published or draft (staff only see drafts), and the demo label where the statuses are illustrative. */
export function PlanBadges({
  published,
  demo,
  showPublication,
}: {
  published: boolean;
  demo: boolean;
  showPublication: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      {showPublication ? (
        <Badge
          variant={published ? 'light' : 'outline'}
          color={published ? 'teal' : 'gray'}
          c={published ? 'teal.9' : 'gray.8'}
          tt="none"
        >
          {published ? t('plans.plan.published') : t('plans.plan.draft')}
        </Badge>
      ) : null}
      <DemoMarker origin={demo ? 'demo' : null} />
    </>
  );
}
