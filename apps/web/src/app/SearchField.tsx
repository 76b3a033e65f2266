import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';

/**
 * A list page's search box: searches a moment after typing stops, or at once on Enter. `value` is
 * the search in force (from the address), which the box follows when it changes elsewhere (e.g. back).
 */
export function SearchField({
  label,
  placeholder,
  value,
  onSearch,
  delay = 300,
}: {
  label: string;
  placeholder: string;
  value: string;
  /** `typing` is true for a search sent while typing (so it can replace the history entry). */
  onSearch: (q: string | null, typing: boolean) => void;
  delay?: number;
}) {
  const [text, setText] = useState(value);
  // keep what is being typed (e.g. a trailing space) when the address only caught up with it
  useEffect(() => setText((current) => (current.trim() === value ? current : value)), [value]);
  const debounced = useDebouncedCallback((typed: string) => onSearch(typed.trim() || null, true), delay);
  return (
    <TextInput
      type="search"
      label={label}
      placeholder={placeholder}
      value={text}
      dir={text ? 'auto' : undefined}
      onChange={(e) => {
        setText(e.currentTarget.value);
        debounced(e.currentTarget.value);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          debounced.cancel();
          onSearch(text.trim() || null, false);
        }
      }}
      style={{ flex: 1, minWidth: 200 }}
    />
  );
}
