import { LitElement, html, svg, css, PropertyValues, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import {
  Chart,
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  Tooltip,
  Decimation,
  Plugin,
} from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, Tooltip, Decimation);

interface SeriesSpec {
  name: string;
  color: string;
  stepped?: boolean;
  dash?: number;
  shape?: string;
  top?: number | null;
  meaning?: string;
  axis?: number;
  points: [number, number | null][];
}

/** Solid, dashed, dotted, dash-dot: runs in a comparison differ by these. */
const DASHES: number[][] = [[], [7, 4], [2, 3], [9, 3, 2, 3]];

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

const fmt = (v: number | null | undefined) => {
  if (v === null || v === undefined || !isFinite(v)) return '–';
  const a = Math.abs(v);
  if (a === 0) return '0';
  if (a >= 100) return Math.round(v).toLocaleString('en');
  if (a >= 10) return v.toFixed(1);
  if (a >= 0.01) return v.toFixed(2);
  return v.toPrecision(2);
};

/**
 * A line chart over iterations (Chart.js, no animation, LTTB decimation so 10,000 points per
 * series stay smooth). Data comes as one JSON string from the server: setSeries replaces every
 * line. Each line has a colour, a dash and a point shape, shown in the legend, so lines differ
 * without colour too; lines of very different sizes come with their own y axes (the server says
 * which). Under the chart: how to read it, a text summary, what each line means, and the data as a
 * table. The canvas is labelled with the title and the summary for screen readers.
 */
@customElement('gp-line-chart')
export class GpLineChart extends LitElement {
  static styles = css`
    :host { display: block; position: relative; }
    .title { font-weight: 600; font-size: var(--lumo-font-size-m, 1rem); margin: 0; }
    .box { position: relative; height: var(--gp-chart-height, 200px); }
    .empty { position: absolute; inset: 0; display: flex; align-items: center; justify-content: center;
      color: var(--lumo-secondary-text-color, #555); font-size: var(--lumo-font-size-s, 0.875rem); pointer-events: none; }
    .caption, .summary { color: var(--lumo-secondary-text-color, #555); font-size: var(--lumo-font-size-s, 0.875rem); margin: 0.2em 0; }
    .summary { color: var(--lumo-body-text-color, #222); }
    .legend { display: flex; flex-wrap: wrap; gap: 0.2em 1em; font-size: var(--lumo-font-size-s, 0.875rem); margin: 0.2em 0; padding: 0; list-style: none; }
    .legend li { display: inline-flex; align-items: center; gap: 0.35em; }
    details { font-size: var(--lumo-font-size-s, 0.875rem); }
    summary { cursor: pointer; min-height: 44px; display: flex; align-items: center; color: var(--lumo-primary-text-color, #5b2bb5); }
    summary:focus-visible { outline: 2px solid var(--lumo-primary-color, #6a3fd0); outline-offset: 2px; }
    dl { margin: 0.2em 0; } dt { font-weight: 600; } dd { margin: 0 0 0.4em 0; }
    .table { max-height: 16em; overflow: auto; }
    table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
    th, td { padding: 0.15em 0.6em; text-align: right; border-bottom: 1px solid var(--lumo-contrast-10pct, #eee); }
    th { position: sticky; top: 0; background: var(--lumo-base-color, #fff); }
  `;

  @property() chartTitle = '';
  @property() caption = '';
  @property() summary = '';
  @property() xLabel = 'iteration';
  /** Every x is a whole number (seeds, a count): no ticks between them. */
  @property({ type: Boolean }) wholeX = false;
  @property({ type: Number }) cursor = -1;

  @query('canvas') private canvas!: HTMLCanvasElement;
  @state() private series: SeriesSpec[] = [];
  @state() private tableOpen = false;
  private chart?: Chart<'line'>;

  render() {
    const empty = this.series.every((s) => !s.points.some((p) => p[1] !== null));
    const meanings = this.series.filter((s) => s.meaning);
    return html`<h3 class="title">${this.chartTitle}</h3>
      <ul class="legend" aria-label="Legend">
        ${this.series.map((s) => html`<li>${this.swatch(s)}<span>${s.name}</span></li>`)}
      </ul>
      <div class="box">
        <canvas role="img" aria-label="${this.chartTitle}. ${this.summary}"></canvas>
        ${empty ? html`<div class="empty">No data yet: the first point comes with the first snapshot.</div>` : nothing}
      </div>
      <p class="caption">${this.caption}</p>
      <p class="summary">${this.summary}</p>
      ${meanings.length
        ? html`<details>
            <summary>What do these lines mean?</summary>
            <dl>${meanings.map((s) => html`<dt>${s.name}</dt><dd>${s.meaning}</dd>`)}</dl>
          </details>`
        : nothing}
      <details @toggle=${(e: Event) => (this.tableOpen = (e.target as HTMLDetailsElement).open)}>
        <summary>View as table</summary>
        ${this.tableOpen ? this.table() : nothing}
      </details>`;
  }

  /** A short line in the series' colour and dash with its point shape, as drawn on the chart. */
  private swatch(s: SeriesSpec) {
    const dash = (DASHES[s.dash ?? 0] ?? []).join(' ');
    const shape = s.shape ?? 'circle';
    const c = s.color;
    const mark =
      shape === 'triangle'
        ? svg`<polygon points="14,3 19,12 9,12" fill="${c}"></polygon>`
        : shape === 'rect'
          ? svg`<rect x="10" y="4" width="8" height="8" fill="${c}"></rect>`
          : shape === 'rectRot'
            ? svg`<polygon points="14,2 19,8 14,14 9,8" fill="${c}"></polygon>`
            : shape === 'crossRot'
              ? svg`<path d="M10 4 L18 12 M18 4 L10 12" stroke="${c}" stroke-width="2"></path>`
              : svg`<circle cx="14" cy="8" r="4" fill="${c}"></circle>`;
    return html`<svg width="28" height="16" aria-hidden="true">
      <line x1="0" y1="8" x2="28" y2="8" stroke="${c}" stroke-width="2" stroke-dasharray="${dash}"></line>${mark}
    </svg>`;
  }

  /** Every x with the value of each line there; long runs are thinned to at most 200 rows. */
  private table() {
    const xs = [...new Set(this.series.flatMap((s) => s.points.map((p) => p[0])))].sort((a, b) => a - b);
    const step = Math.max(1, Math.ceil(xs.length / 200));
    const rows = xs.filter((_, i) => i % step === 0 || i === xs.length - 1);
    const lookup = this.series.map((s) => new Map(s.points.map((p) => [p[0], p[1]])));
    return html`<div class="table" tabindex="0" role="region" aria-label="${this.chartTitle} as a table">
      <table>
        <caption>${this.chartTitle}${step > 1 ? ` (every ${step}th row)` : ''}</caption>
        <thead><tr><th scope="col">${this.xLabel}</th>${this.series.map((s) => html`<th scope="col">${s.name}</th>`)}</tr></thead>
        <tbody>
          ${rows.map(
            (x) => html`<tr><th scope="row">${fmt(x)}</th>${lookup.map((m) => html`<td>${fmt(m.get(x))}</td>`)}</tr>`,
          )}
        </tbody>
      </table>
    </div>`;
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
        elements: { point: { radius: 2.5, hoverRadius: 4 }, line: { borderWidth: 2 } },
        interaction: { mode: 'nearest', axis: 'x', intersect: false },
        scales: {
          x: { type: 'linear', title: { display: true, text: this.xLabel }, ticks: { precision: this.wholeX ? 0 : undefined } },
          y: { type: 'linear' },
        },
        plugins: {
          legend: { display: false },
          decimation: { enabled: true, algorithm: 'lttb', samples: 500 },
          gpCursor: { x: this.cursor },
        } as any,
      },
      plugins: [cursorPlugin],
    });
    if (this.series.length) this.applySeries();
  }

  updated(changed: PropertyValues) {
    if (!this.chart) return;
    if (changed.has('cursor')) {
      (this.chart.options.plugins as any).gpCursor = { x: this.cursor };
      this.chart.draw();
    }
    if (changed.has('xLabel')) {
      (this.chart.options.scales as any).x.title.text = this.xLabel;
      this.chart.update('none');
    }
  }

  /** Replaces all series: JSON array of SeriesSpec. */
  setSeries(json: string) {
    this.series = JSON.parse(json) as SeriesSpec[];
    if (this.chart) this.applySeries();
  }

  private applySeries() {
    const chart = this.chart!;
    const series = this.series;
    const axisId = (k: number) => (k === 0 ? 'y' : 'y' + k);
    const axes = [...new Set(series.map((s) => s.axis ?? 0))].sort();
    const scales: any = { x: { type: 'linear', title: { display: true, text: this.xLabel }, ticks: { precision: this.wholeX ? 0 : undefined } } };
    if (!axes.length) axes.push(0);
    for (const k of axes) {
      const on = series.filter((s) => (s.axis ?? 0) === k);
      const tops = on.map((s) => s.top).filter((t) => t !== null && t !== undefined && isFinite(t)) as number[];
      scales[axisId(k)] = {
        type: 'linear',
        position: k === 0 ? 'left' : 'right',
        grid: { drawOnChartArea: k === 0 },
        suggestedMin: tops.length ? 0 : undefined,
        suggestedMax: tops.length ? Math.max(...tops) : undefined,
        title: { display: axes.length > 1, text: on.map((s) => s.name).join(', '), color: on[0]?.color },
        ticks: { color: axes.length > 1 ? on[0]?.color : undefined },
      };
    }
    chart.options.scales = scales;
    chart.data.datasets = series.map((s) => ({
      label: s.name,
      borderColor: s.color,
      backgroundColor: s.color,
      stepped: s.stepped ? 'middle' : false,
      borderDash: DASHES[s.dash ?? 0] ?? [],
      pointStyle: s.shape ?? 'circle',
      pointRadius: s.stepped ? 0 : s.points.length > 120 ? 0 : 2.5,
      yAxisID: axisId(s.axis ?? 0),
      indexAxis: 'x',
      data: s.points.map(([x, y]) => ({ x, y })),
    })) as any;
    chart.update('none');
  }

  /** Number of points held by each series (for tests). */
  pointCounts(): number[] {
    return (this.chart?.data.datasets ?? []).map((d: any) => (d._data ?? d.data).length);
  }

  /** The y axis of each series, 0 first (for tests). */
  seriesAxes(): number[] {
    return this.series.map((s) => s.axis ?? 0);
  }
}
