import { Button } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** The plan pages' small secondary action: an icon and a short label (add, link, edit). */
export function SmallButton({
  icon: IconComponent,
  onClick,
  disabled,
  children,
}: {
  icon: Icon;
  onClick: () => void;
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <Button
      size="xs"
      variant="default"
      leftSection={<IconComponent size={14} aria-hidden />}
      onClick={onClick}
      disabled={disabled}
    >
      {children}
    </Button>
  );
}
