/**
 * ECharts with only what the dashboard draws (bars, lines; grid, tooltip, legend, aria), on the
 * SVG renderer so charts stay sharp in print. Loaded on first use: it is never part of the
 * portal's first load.
 */
async function load() {
  const [core, charts, components, renderers] = await Promise.all([
    import('echarts/core'),
    import('echarts/charts'),
    import('echarts/components'),
    import('echarts/renderers'),
  ]);
  core.use([
    charts.BarChart,
    charts.LineChart,
    components.GridComponent,
    components.TooltipComponent,
    components.LegendComponent,
    components.AriaComponent,
    renderers.SVGRenderer,
  ]);
  return core;
}

export type ECharts = Awaited<ReturnType<typeof load>>;
let loading: Promise<ECharts> | null = null;

export function loadECharts(): Promise<ECharts> {
  loading ??= load();
  return loading;
}
