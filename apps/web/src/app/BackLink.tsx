import { Anchor, Group, useDirection } from '@mantine/core';
import { IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import { Link } from 'react-router';

/** "Back to …" above a page's title; the arrow points backwards in the reading direction. */
export function BackLink({ to, label }: { to: string; label: string }) {
  const BackIcon = useDirection().dir === 'rtl' ? IconArrowRight : IconArrowLeft;
  return (
    <Anchor component={Link} to={to} size="sm">
      <Group gap={4} component="span" wrap="nowrap">
        <BackIcon size={16} aria-hidden />
        {label}
      </Group>
    </Anchor>
  );
}
