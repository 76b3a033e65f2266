import { pickText, type Recommendation } from '@tatabbu/domain';
import { useFormat } from '../../i18n/format';
import { PortalMeta } from './PortalMeta';

/** A shared recommendation link previews its text (in the reader's language when available). */
export function RecommendationMeta({ rec }: { rec: Recommendation }) {
  const f = useFormat();
  const text = pickText(rec.text, f.locale)?.text ?? '';
  return <PortalMeta description={`${rec.key} — ${text}`} />;
}
