import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/**
 * ECharts with only what the dashboard draws (bars; grid, tooltip, legend), on the SVG renderer so
 * charts stay sharp in print. Named imports let the bundler leave the rest of ECharts out.
 */
echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

export { echarts };
