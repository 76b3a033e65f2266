import { Card, type MantineSpacing, Title, type TitleProps } from '@mantine/core';
import { type ReactNode, useId } from 'react';

interface TitledSectionProps {
  title: ReactNode;
  children: ReactNode;
  /** Framed as a card (with this padding) rather than a bare section. */
  card?: MantineSpacing;
  titleSize?: TitleProps['size'];
  /** Space under the heading. */
  gap?: MantineSpacing;
}

/** A page section named by its level-2 heading, so screen readers list it as a landmark. */
export function TitledSection({ title, children, card, titleSize = 'h4', gap }: TitledSectionProps) {
  const id = useId();
  const heading = (
    <Title order={2} size={titleSize} id={id} mb={gap}>
      {title}
    </Title>
  );
  return card ? (
    <Card withBorder padding={card} component="section" aria-labelledby={id}>
      {heading}
      {children}
    </Card>
  ) : (
    <section aria-labelledby={id}>
      {heading}
      {children}
    </section>
  );
}
