import {
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  ScatterController,
  Tooltip,
} from 'chart.js';

// Only the pieces Bridge draws with, so the lazy chunk stays small; loaded by BridgeChart alone.
Chart.register(
  RadarController,
  ScatterController,
  RadialLinearScale,
  LinearScale,
  PointElement,
  LineElement,
  Filler,
  Legend,
  Tooltip,
);

export { Chart };
