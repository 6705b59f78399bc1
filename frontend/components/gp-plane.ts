import { LitElement, html, css, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';

interface Frame {
  extent: [number, number, number, number]; // xmin, xmax, ymin, ymax
  heatmap?: { n: number; values: number[] }; // inspector score, row-major from ymin up
  real?: number[]; // x0, y0, x1, y1, ...
  fake?: number[];
  arrows?: number[]; // dx, dy per fake point
  warp?: { rows: number; cols: number; points: number[] }; // forger image of a noise grid
}

const fmt = (v: number) => (Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2));

/**
 * The 2-D plane of GAN Lab: the inspector's decision heatmap (green = "looks real", purple =
 * "looks fake"), real points, forged points, the inspector's feedback arrows on each forgery
 * and the forger's warp of a noise grid. Drawn on a canvas; frames come as JSON from the server.
 * Real points are circles and forgeries triangles, so they differ without colour; a legend, a text
 * summary (also the canvas's label) and a "View as table" of every point come with it.
 */
@customElement('gp-plane')
export class GpPlane extends LitElement {
  static styles = css`
    :host { display: inline-block; max-width: 100%; }
    canvas { width: var(--gp-plane-size, 360px); height: var(--gp-plane-size, 360px); border: 1px solid #ccc; display: block; }
    .legend { display: flex; flex-wrap: wrap; gap: 0.2em 1em; font-size: var(--lumo-font-size-s, 0.875rem); margin: 0.3em 0; }
    .legend span { display: inline-flex; align-items: center; gap: 0.3em; }
    .summary { font-size: var(--lumo-font-size-s, 0.875rem); margin: 0.2em 0; max-width: var(--gp-plane-size, 360px); }
    details { font-size: var(--lumo-font-size-s, 0.875rem); }
    summary { cursor: pointer; min-height: 44px; display: flex; align-items: center; color: var(--lumo-primary-text-color, #5b2bb5); }
    summary:focus-visible { outline: 2px solid var(--lumo-primary-color, #6a3fd0); outline-offset: 2px; }
    .table { max-height: 16em; overflow: auto; }
    table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
    th, td { padding: 0.1em 0.6em; text-align: right; border-bottom: 1px solid var(--lumo-contrast-10pct, #eee); }
    th { position: sticky; top: 0; background: var(--lumo-base-color, #fff); }
  `;

  @property({ type: Boolean }) showArrows = true;
  @property({ type: Boolean }) showWarp = false;
  @property({ type: Boolean }) showHeatmap = true;

  @query('canvas') private canvas!: HTMLCanvasElement;
  @state() private frame?: Frame;
  @state() private tableOpen = false;

  render() {
    const summary = this.summary();
    return html`<canvas width="720" height="720" role="img" aria-label="The plane. ${summary}"></canvas>
      <div class="legend" aria-hidden="true">
        <span><svg width="12" height="12"><circle cx="6" cy="6" r="5" fill="rgb(20,120,40)"></circle></svg>real data</span>
        <span><svg width="12" height="12"><polygon points="6,0 12,11 0,11" fill="rgb(110,40,170)"></polygon></svg>forgeries</span>
        ${this.showHeatmap ? html`<span>background: green where the inspector says real, purple where it says forged</span>` : nothing}
      </div>
      <p class="summary">${summary}</p>
      <details @toggle=${(e: Event) => (this.tableOpen = (e.target as HTMLDetailsElement).open)}>
        <summary>View as table</summary>
        ${this.tableOpen ? this.table() : nothing}
      </details>`;
  }

  /** In words: how many of each, and how much of the plane the inspector calls real. */
  private summary(): string {
    const f = this.frame;
    if (!f) return 'Nothing drawn yet.';
    const real = (f.real?.length ?? 0) / 2;
    const fake = (f.fake?.length ?? 0) / 2;
    let text = `${real} real points (green circles) and ${fake} forgeries (purple triangles).`;
    if (f.heatmap && f.heatmap.values.length) {
      const says = f.heatmap.values.filter((v) => v >= 0.5).length / f.heatmap.values.length;
      text += ` The inspector calls ${Math.round(says * 100)} % of the plane real.`;
      if (f.fake && fake) {
        const [x0, x1, y0, y1] = f.extent;
        const n = f.heatmap.n;
        let fooled = 0;
        for (let i = 0; i + 1 < f.fake.length; i += 2) {
          const c = Math.min(n - 1, Math.max(0, Math.floor(((f.fake[i] - x0) / (x1 - x0)) * n)));
          const r = Math.min(n - 1, Math.max(0, Math.floor(((f.fake[i + 1] - y0) / (y1 - y0)) * n)));
          if (f.heatmap.values[r * n + c] >= 0.5) fooled++;
        }
        text += ` ${Math.round((fooled / fake) * 100)} % of the forgeries lie where it says real.`;
      }
    }
    return text;
  }

  private table() {
    const f = this.frame;
    if (!f) return nothing;
    const rows: [string, number, number][] = [];
    const add = (pts: number[] | undefined, kind: string) => {
      for (let i = 0; pts && i + 1 < pts.length; i += 2) rows.push([kind, pts[i], pts[i + 1]]);
    };
    add(f.real, 'real');
    add(f.fake, 'forgery');
    return html`<div class="table" tabindex="0" role="region" aria-label="The plane's points as a table">
      <table>
        <caption>Every point on the plane</caption>
        <thead><tr><th scope="col">kind</th><th scope="col">x</th><th scope="col">y</th></tr></thead>
        <tbody>${rows.map(([k, x, y]) => html`<tr><th scope="row">${k}</th><td>${fmt(x)}</td><td>${fmt(y)}</td></tr>`)}</tbody>
      </table>
    </div>`;
  }

  updated() {
    this.draw();
  }

  setFrame(json: string) {
    this.frame = JSON.parse(json) as Frame;
  }

  /** Number of forged points shown (for tests). */
  fakeCount(): number {
    return (this.frame?.fake?.length ?? 0) / 2;
  }

  private draw() {
    const f = this.frame;
    const ctx = this.canvas?.getContext('2d');
    if (!f || !ctx) return;
    const W = this.canvas.width;
    const H = this.canvas.height;
    const [x0, x1, y0, y1] = f.extent;
    const px = (x: number) => ((x - x0) / (x1 - x0)) * W;
    const py = (y: number) => H - ((y - y0) / (y1 - y0)) * H;
    ctx.clearRect(0, 0, W, H);
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, W, H);

    if (this.showHeatmap && f.heatmap) {
      const n = f.heatmap.n;
      const cw = W / n;
      const ch = H / n;
      for (let r = 0; r < n; r++) {
        for (let c = 0; c < n; c++) {
          const s = f.heatmap.values[r * n + c];
          // green where the inspector says real, purple where it says fake
          const a = Math.min(1, Math.abs(s - 0.5) * 1.6);
          ctx.fillStyle = s >= 0.5 ? `rgba(46, 160, 67, ${a * 0.55})` : `rgba(130, 60, 200, ${a * 0.55})`;
          ctx.fillRect(c * cw, H - (r + 1) * ch, cw + 0.5, ch + 0.5);
        }
      }
    }

    if (this.showWarp && f.warp) {
      const { rows, cols, points } = f.warp;
      ctx.strokeStyle = 'rgba(90, 90, 90, 0.45)';
      ctx.lineWidth = 1;
      const at = (r: number, c: number) => [px(points[(r * cols + c) * 2]), py(points[(r * cols + c) * 2 + 1])];
      for (let r = 0; r < rows; r++) {
        ctx.beginPath();
        for (let c = 0; c < cols; c++) {
          const [x, y] = at(r, c);
          c === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y);
        }
        ctx.stroke();
      }
      for (let c = 0; c < cols; c++) {
        ctx.beginPath();
        for (let r = 0; r < rows; r++) {
          const [x, y] = at(r, c);
          r === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y);
        }
        ctx.stroke();
      }
    }

    // real data circles, forgeries triangles: they differ by shape as well as colour
    const dots = (pts: number[] | undefined, color: string, triangle: boolean) => {
      if (!pts) return;
      ctx.fillStyle = color;
      ctx.strokeStyle = 'rgba(255, 255, 255, 0.8)';
      ctx.lineWidth = 1;
      for (let i = 0; i + 1 < pts.length; i += 2) {
        const x = px(pts[i]);
        const y = py(pts[i + 1]);
        ctx.beginPath();
        if (triangle) {
          ctx.moveTo(x, y - 6);
          ctx.lineTo(x + 5.5, y + 4);
          ctx.lineTo(x - 5.5, y + 4);
          ctx.closePath();
        } else {
          ctx.arc(x, y, 4.5, 0, 2 * Math.PI);
        }
        ctx.fill();
        ctx.stroke();
      }
    };
    dots(f.real, 'rgba(20, 120, 40, 0.9)', false);
    dots(f.fake, 'rgba(110, 40, 170, 0.9)', true);

    if (this.showArrows && f.arrows && f.fake) {
      ctx.strokeStyle = 'rgba(60, 20, 90, 0.8)';
      ctx.lineWidth = 1.2;
      let max = 1e-12;
      for (let i = 0; i + 1 < f.arrows.length; i += 2) max = Math.max(max, Math.hypot(f.arrows[i], f.arrows[i + 1]));
      const len = 0.06 * (x1 - x0); // longest arrow: 6 % of the plane
      for (let i = 0; i + 1 < f.fake.length && i + 1 < f.arrows.length; i += 2) {
        const sx = f.fake[i], sy = f.fake[i + 1];
        const ex = sx + (f.arrows[i] / max) * len, ey = sy + (f.arrows[i + 1] / max) * len;
        ctx.beginPath();
        ctx.moveTo(px(sx), py(sy));
        ctx.lineTo(px(ex), py(ey));
        ctx.stroke();
      }
    }
  }
}
