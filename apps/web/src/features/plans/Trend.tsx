import type { IndicatorValue } from '@tatabbu/domain';
import { useTranslation } from 'react-i18next';

const W = 120;
const H = 32;

/**
 * A small line of an indicator's values over time (oldest first), with the target as a dashed line.
 * Decorative: the table beside it carries the numbers.
 */
export function Trend({ values, target }: { values: IndicatorValue[]; target: number | null }) {
  const { t } = useTranslation();
  if (values.length < 2) return null;
  const times = values.map((v) => Date.parse(v.date));
  const ys = [...values.map((v) => v.value), ...(target === null ? [] : [target])];
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const x = (ms: number) => (t1 === t0 ? 0 : ((ms - t0) / (t1 - t0)) * (W - 4) + 2);
  const y = (v: number) => (y1 === y0 ? H / 2 : H - 2 - ((v - y0) / (y1 - y0)) * (H - 4));
  const points = values.map((v, i) => `${x(times[i] ?? 0).toFixed(1)},${y(v.value).toFixed(1)}`).join(' ');
  return (
    // Time runs left to right in charts whatever the page direction.
    <svg
      width={W}
      height={H}
      viewBox={`0 0 ${W} ${H}`}
      style={{ direction: 'ltr' }}
      role="img"
      aria-label={t('plans.indicators.trend')}
    >
      {target === null ? null : (
        <line x1={0} x2={W} y1={y(target)} y2={y(target)} stroke="#adb5bd" strokeDasharray="3 3" />
      )}
      <polyline points={points} fill="none" stroke="#1971c2" strokeWidth={2} />
    </svg>
  );
}
