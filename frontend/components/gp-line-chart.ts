import { LitElement, html, css, PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import {
  Chart,
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  Legend,
  Tooltip,
  Decimation,
  Plugin,
} from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, Legend, Tooltip, Decimation);

interface SeriesSpec {
  name: string;
  color: string;
  stepped?: boolean;
  dashed?: boolean;
  points: [number, number][];
}

/** Draws a vertical line at the iteration a replay is showing. */
const cursorPlugin: Plugin<'line'> = {
  id: 'gpCursor',
  afterDatasetsDraw(chart) {
    const x = (chart.options.plugins as any)?.gpCursor?.x;
    if (x === undefined || x === null || x < 0) return;
    const scale = chart.scales.x;
    const px = scale.getPixelForValue(x);
    if (px < chart.chartArea.left || px > chart.chartArea.right) return;
    const ctx = chart.ctx;
    ctx.save();
    ctx.strokeStyle = 'rgba(40, 40, 40, 0.7)';
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    ctx.moveTo(px, chart.chartArea.top);
    ctx.lineTo(px, chart.chartArea.bottom);
    ctx.stroke();
    ctx.restore();
  },
};

/**
 * A line chart over iterations (Chart.js, no animation, LTTB decimation so 10,000 points per
 * series stay smooth). Data comes as one JSON string from the server: setSeries replaces every
 * line. The canvas is labelled with the title and caption for screen readers.
 */
@customElement('gp-line-chart')
export class GpLineChart extends LitElement {
  static styles = css`
    :host { display: block; position: relative; }
    .title { font-weight: 600; font-size: var(--lumo-font-size-s, 0.875rem); }
    .box { position: relative; height: var(--gp-chart-height, 200px); }
    .caption { color: var(--lumo-secondary-text-color, #666); font-size: var(--lumo-font-size-xs, 0.8rem); }
  `;

  @property() chartTitle = '';
  @property() caption = '';
  @property() xLabel = 'iteration';
  @property({ type: Number }) yMin?: number;
  @property({ type: Number }) yMax?: number;
  @property({ type: Number }) cursor = -1;

  @query('canvas') private canvas!: HTMLCanvasElement;
  private chart?: Chart<'line'>;
  private pending: SeriesSpec[] = [];

  render() {
    return html`<div class="title">${this.chartTitle}</div>
      <div class="box">
        <canvas role="img" aria-label="${this.chartTitle}. ${this.caption}"></canvas>
      </div>
      <div class="caption">${this.caption}</div>`;
  }

  firstUpdated() {
    this.chart = new Chart(this.canvas, {
      type: 'line',
      data: { datasets: [] },
      options: {
        animation: false,
        parsing: false,
        normalized: true,
        responsive: true,
        maintainAspectRatio: false,
        spanGaps: true,
        elements: { point: { radius: 0 }, line: { borderWidth: 1.5 } },
        interaction: { mode: 'nearest', axis: 'x', intersect: false },
        scales: {
          x: { type: 'linear', title: { display: true, text: this.xLabel } },
          y: { type: 'linear', min: this.yMin, max: this.yMax },
        },
        plugins: {
          legend: { labels: { boxWidth: 12 } },
          decimation: { enabled: true, algorithm: 'lttb', samples: 500 },
          gpCursor: { x: this.cursor },
        } as any,
      },
      plugins: [cursorPlugin],
    });
    if (this.pending.length) this.applySeries(this.pending);
  }

  updated(changed: PropertyValues) {
    if (!this.chart) return;
    if (changed.has('cursor')) {
      (this.chart.options.plugins as any).gpCursor = { x: this.cursor };
      this.chart.draw();
    }
    if (changed.has('yMin') || changed.has('yMax') || changed.has('xLabel')) {
      const scales = this.chart.options.scales as any;
      scales.y.min = this.yMin;
      scales.y.max = this.yMax;
      scales.x.title.text = this.xLabel;
      this.chart.update('none');
    }
  }

  /** Replaces all series: JSON array of {name, color, stepped?, dashed?, points: [[x, y], ...]}. */
  setSeries(json: string) {
    const series = JSON.parse(json) as SeriesSpec[];
    if (!this.chart) {
      this.pending = series;
      return;
    }
    this.applySeries(series);
  }

  private applySeries(series: SeriesSpec[]) {
    this.chart!.data.datasets = series.map((s) => ({
      label: s.name,
      borderColor: s.color,
      backgroundColor: s.color,
      stepped: s.stepped ? 'middle' : false,
      borderDash: s.dashed ? [6, 4] : [],
      indexAxis: 'x',
      data: s.points.map(([x, y]) => ({ x, y })),
    })) as any;
    this.chart!.update('none');
  }

  /** Number of points held by each series (for tests). */
  pointCounts(): number[] {
    return (this.chart?.data.datasets ?? []).map((d: any) => (d._data ?? d.data).length);
  }
}
