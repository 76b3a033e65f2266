import type { LocalizedText, Vocabulary } from '@tatabbu/domain';

/** A vocabulary term as read from the data files; `parentCode` is in the same or the parent vocabulary. */
export interface TermSeed {
  vocabulary: Vocabulary;
  code: string;
  name: LocalizedText;
  sort: number;
  parent?: { vocabulary: Vocabulary; code: string };
  /** Inactive terms stay available for matching old data but are not offered for tagging. */
  active?: boolean;
}
