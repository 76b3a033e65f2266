import { ActionIcon, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Searches as you type (debounced, replacing the history entry); Enter searches at once. */
export function SearchBox({
  value,
  onSearch,
}: {
  value: string;
  onSearch: (q: string, typing: boolean) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const lastSent = useRef(value);

  // The address changed from elsewhere (back button, a chip removed): show it.
  useEffect(() => {
    if (value !== lastSent.current) {
      lastSent.current = value;
      setText(value);
    }
  }, [value]);

  const send = (q: string, typing: boolean) => {
    if (q.trim() === lastSent.current.trim() && typing) return;
    lastSent.current = q.trim();
    onSearch(q, typing);
  };
  const debounced = useDebouncedCallback((q: string) => send(q, true), 450);

  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is too recent for the browsers our users have
    <form
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        debounced.cancel();
        send(text, false);
      }}
    >
      <TextInput
        type="search"
        label={t('list.search.label')}
        placeholder={t('list.search.placeholder')}
        value={text}
        dir={text ? 'auto' : undefined}
        enterKeyHint="search"
        onChange={(e) => {
          setText(e.currentTarget.value);
          debounced(e.currentTarget.value);
        }}
        rightSectionWidth={42}
        rightSection={
          <ActionIcon type="submit" variant="filled" size="md" aria-label={t('list.search.submit')}>
            <IconSearch size={16} aria-hidden />
          </ActionIcon>
        }
        size="md"
      />
    </form>
  );
}
