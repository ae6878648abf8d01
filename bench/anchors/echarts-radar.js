// ECharts's minimal radar: echarts/core with the radar chart, its components and the SVG renderer only. Global `EChartsBench`.
import * as echarts from 'echarts/core';
import { RadarChart } from 'echarts/charts';
import { LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([RadarChart, LegendComponent, TooltipComponent, SVGRenderer]);
window.EChartsBench = { init: echarts.init };
