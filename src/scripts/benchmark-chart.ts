/**
 * <benchmark-chart>: draws the table that follows it as a horizontal bar chart, with the bare-metal
 * value as a line and optional min–max whiskers. Chart.js is imported only when the chart nears the
 * viewport, and only the parts drawn are registered.
 */
import { barData, parseChartState, type ChartRow, type ChartState } from '../lib/benchmarks.ts';

type ChartModule = typeof import('./chart-setup.ts');
let chartModule: Promise<ChartModule> | undefined;
function loadChartJs(): Promise<ChartModule> {
  chartModule ??= import('./chart-setup.ts');
  return chartModule;
}

function currentState(): ChartState {
  return parseChartState(location.search).state;
}

function readRows(table: HTMLTableElement): ChartRow[] {
  const num = (v: string | undefined) => (v === undefined || v === '' ? null : Number(v));
  return [...table.querySelectorAll<HTMLTableRowElement>('tbody tr[data-config]')].map((tr) => ({
    config: tr.dataset.config!,
    label: tr.querySelector('th')?.firstChild?.textContent?.trim() ?? tr.dataset.config!,
    cni: tr.dataset.cni ?? '',
    group: tr.dataset.group as ChartRow['group'],
    median: num(tr.dataset.median),
    min: num(tr.dataset.min),
    max: num(tr.dataset.max),
  }));
}

class BenchmarkChart extends HTMLElement {
  private chart: { destroy(): void } | undefined;
  private observer: IntersectionObserver | undefined;

  connectedCallback(): void {
    this.observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          this.observer?.disconnect();
          void this.draw();
        }
      },
      { rootMargin: '300px' },
    );
    this.observer.observe(this);
    document.addEventListener('benchmark-state', this.onState);
  }

  disconnectedCallback(): void {
    this.observer?.disconnect();
    document.removeEventListener('benchmark-state', this.onState);
    this.chart?.destroy();
  }

  private onState = () => {
    if (this.chart) void this.draw();
  };

  private async draw(): Promise<void> {
    const table = this.closest('figure')?.querySelector<HTMLTableElement>('[data-chart-table]');
    const wrap = this.querySelector<HTMLElement>('[data-chart-canvas-wrap]');
    const canvas = wrap?.querySelector('canvas');
    if (!table || !wrap || !canvas) return;
    const state = currentState();
    const data = barData(readRows(table), state);
    const { Chart } = await loadChartJs();
    const css = getComputedStyle(document.documentElement);
    const color = (name: string) => css.getPropertyValue(name).trim() || '#555';
    const unit = state.mode === 'percent' ? '% of bare metal' : (this.dataset.unit ?? '');
    const baseline = data.find((d) => d.baseline)?.value ?? null;
    wrap.hidden = false;
    wrap.style.height = `${Math.max(12, data.length * 1.7 + 4)}rem`;
    this.chart?.destroy();
    this.chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: data.map((d) => d.label),
        datasets: [
          {
            label: unit,
            data: data.map((d) => d.value),
            backgroundColor: data.map((d) => (d.baseline ? color('--fg-muted') : color('--accent'))),
            borderWidth: 0,
          },
        ],
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: {
            beginAtZero: true,
            title: { display: true, text: unit, color: color('--fg') },
            ticks: { color: color('--fg-muted') },
            grid: { color: color('--border') },
          },
          y: { ticks: { color: color('--fg'), autoSkip: false }, grid: { display: false } },
        },
        plugins: { tooltip: { callbacks: { label: (ctx) => `${ctx.formattedValue} ${unit}` } } },
      },
      plugins: [
        {
          id: 'baseline-and-range',
          afterDatasetsDraw(chart) {
            const { ctx, chartArea, scales } = chart;
            const x = scales.x!;
            const y = scales.y!;
            ctx.save();
            if (baseline !== null) {
              const bx = x.getPixelForValue(baseline);
              ctx.strokeStyle = color('--no-fg');
              ctx.setLineDash([6, 4]);
              ctx.lineWidth = 2;
              ctx.beginPath();
              ctx.moveTo(bx, chartArea.top);
              ctx.lineTo(bx, chartArea.bottom);
              ctx.stroke();
              ctx.setLineDash([]);
            }
            ctx.strokeStyle = color('--fg');
            ctx.lineWidth = 1.5;
            data.forEach((d, i) => {
              if (d.low === null || d.high === null) return;
              const cy = y.getPixelForValue(i);
              const x1 = x.getPixelForValue(d.low);
              const x2 = x.getPixelForValue(d.high);
              ctx.beginPath();
              ctx.moveTo(x1, cy);
              ctx.lineTo(x2, cy);
              ctx.moveTo(x1, cy - 4);
              ctx.lineTo(x1, cy + 4);
              ctx.moveTo(x2, cy - 4);
              ctx.lineTo(x2, cy + 4);
              ctx.stroke();
            });
            ctx.restore();
          },
        },
      ],
    });
  }
}

if (!customElements.get('benchmark-chart')) customElements.define('benchmark-chart', BenchmarkChart);
