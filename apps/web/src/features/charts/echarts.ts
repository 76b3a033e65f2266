/** ECharts is loaded on first use (its own chunk): it is never part of the portal's first load. */
const load = async () => (await import('./echarts-setup')).echarts;

export type ECharts = Awaited<ReturnType<typeof load>>;
let loading: Promise<ECharts> | null = null;

export function loadECharts(): Promise<ECharts> {
  loading ??= load();
  return loading;
}
