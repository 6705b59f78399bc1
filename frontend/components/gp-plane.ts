import { LitElement, html, css } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';

interface Frame {
  extent: [number, number, number, number]; // xmin, xmax, ymin, ymax
  heatmap?: { n: number; values: number[] }; // inspector score, row-major from ymin up
  real?: number[]; // x0, y0, x1, y1, ...
  fake?: number[];
  arrows?: number[]; // dx, dy per fake point
  warp?: { rows: number; cols: number; points: number[] }; // forger image of a noise grid
}

/**
 * The 2-D plane of GAN Lab: the inspector's decision heatmap (green = "looks real", purple =
 * "looks fake"), real points, forged points, the inspector's feedback arrows on each forgery
 * and the forger's warp of a noise grid. Drawn on a canvas; frames come as JSON from the server.
 */
@customElement('gp-plane')
export class GpPlane extends LitElement {
  static styles = css`
    :host { display: inline-block; }
    canvas { width: var(--gp-plane-size, 360px); height: var(--gp-plane-size, 360px); border: 1px solid #ccc; }
  `;

  @property({ type: Boolean }) showArrows = true;
  @property({ type: Boolean }) showWarp = false;
  @property({ type: Boolean }) showHeatmap = true;

  @query('canvas') private canvas!: HTMLCanvasElement;
  private frame?: Frame;

  render() {
    return html`<canvas width="720" height="720"></canvas>`;
  }

  updated() {
    this.draw();
  }

  setFrame(json: string) {
    this.frame = JSON.parse(json) as Frame;
    this.draw();
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

    const dots = (pts: number[] | undefined, color: string) => {
      if (!pts) return;
      ctx.fillStyle = color;
      for (let i = 0; i + 1 < pts.length; i += 2) {
        ctx.beginPath();
        ctx.arc(px(pts[i]), py(pts[i + 1]), 4, 0, 2 * Math.PI);
        ctx.fill();
      }
    };
    dots(f.real, 'rgba(20, 120, 40, 0.9)');
    dots(f.fake, 'rgba(110, 40, 170, 0.9)');

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
