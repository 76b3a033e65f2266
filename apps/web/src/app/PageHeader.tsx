import { Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { PageTitle } from './PageTitle';

/**
 * The top of a list page: the document title, the heading with a dimmed line under it, and the
 * page's main actions (`children`) across from it. `live` announces the line when it changes (a count).
 */
export function PageHeader({
  title,
  intro,
  live = false,
  children,
}: {
  title: string;
  intro: ReactNode;
  live?: boolean;
  children?: ReactNode;
}) {
  return (
    <>
      <PageTitle title={title} />
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{title}</Title>
          <Text c="dimmed" size="sm" aria-live={live ? 'polite' : undefined}>
            {intro}
          </Text>
        </div>
        {children}
      </Group>
    </>
  );
}
