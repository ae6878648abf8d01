// Chart.js's minimal radar: only the radar parts registered (tree-shaken by esbuild). Global `ChartBench`.
import { Chart, RadarController, RadialLinearScale, PointElement, LineElement, Filler, Legend, Tooltip } from 'chart.js';

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Legend, Tooltip);
window.ChartBench = { Chart };
