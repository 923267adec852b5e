import uPlot from "uplot";
// oxlint-disable-next-line import/no-unassigned-import -- the chart's own stylesheet, loaded with it
import "uplot/dist/uPlot.min.css";
import { createEffect, onCleanup } from "solid-js";

/** One point of the chart: a period's label, the indicator's rate and the target (percent, or null). */
export interface ChartPoint {
  readonly label: string;
  readonly rate: number | null;
  readonly target: number | null;
}

/**
 * The indicator over periods against its target line (uPlot, loaded with this module only when a
 * chart is shown). The canvas is an image with a text alternative; the table beside it has the figures.
 */
export function KpiChart(props: { points: ReadonlyArray<ChartPoint>; rateLabel: string; targetLabel: string; alt: string }) {
  let host: HTMLDivElement | undefined;
  let plot: uPlot | undefined;
  createEffect(() => {
    const pts = props.points;
    plot?.destroy();
    if (host === undefined) return;
    const width = Math.max(280, Math.min(host.clientWidth || 640, 860));
    const xs = pts.map((_, i) => i);
    plot = new uPlot(
      {
        width,
        height: 260,
        scales: { x: { time: false }, y: { range: [0, 100] } },
        axes: [
          { values: (_u, ticks) => ticks.map((t) => (Number.isInteger(t) ? (pts[t]?.label ?? "") : "")), incrs: [1] },
          { values: (_u, ticks) => ticks.map((t) => `${t}%`) },
        ],
        legend: { show: false },
        series: [
          { label: "" },
          { label: props.rateLabel, stroke: "#0b4f9c", width: 2, points: { show: true, size: 8 }, spanGaps: false },
          { label: props.targetLabel, stroke: "#8b1e1e", width: 2, dash: [6, 4], points: { show: false } },
        ],
      },
      [xs, pts.map((p) => p.rate), pts.map((p) => p.target)] as uPlot.AlignedData,
      host,
    );
  });
  onCleanup(() => plot?.destroy());
  return (
    <figure class="chart-figure">
      <div class="chart" role="img" aria-label={props.alt} data-testid="kpi-chart" ref={(el) => (host = el)} />
      <figcaption class="chart-legend">
        <span class="key rate">{props.rateLabel}</span> <span class="key target">{props.targetLabel}</span>
      </figcaption>
    </figure>
  );
}
