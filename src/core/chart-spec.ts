// Builds the Vega-Lite spec for a chart of sourced figures. Pure data: no rendering library is imported
// here, so core stays free of native dependencies; src/chart turns the spec into SVG and PNG.
import type { ChartPoint } from './types.js';

/** The font family every label uses; src/chart bundles this font and loads no system fonts. */
export const CHART_FONT = 'DejaVu Sans';
/** Plot width in spec pixels (the PNG is rendered at twice this). */
export const CHART_WIDTH = 560;
/** Height of one bar row; the plot is never shorter than MIN_PLOT_HEIGHT. */
const ROW_HEIGHT = 26;
const MIN_PLOT_HEIGHT = 240;
/** A spread this wide (largest / smallest) goes on a log scale: a linear one would flatten the small bars to nothing. */
export const LOG_SPREAD = 50;

/** What the spec needs besides the points. */
export interface ChartSpecInput {
  title: string;
  /** Axis title for the values: "training cost (USD)". */
  valueTitle: string;
  /** Whether values are money (axis reads $1M, $1B) and in which currency. */
  money?: 'USD' | 'CNY';
  /** Legend title for the colour groups. */
  groupTitle: string;
  /** One line under the title naming the sources. */
  subtitle: string;
  /** Years along x, values up y (a scatter); otherwise one horizontal bar per point. */
  timeAxis: boolean;
  points: ChartPoint[];
}

/** Whether these values need a log scale. */
export function needsLogScale(points: ChartPoint[]): boolean {
  const lows = points.map((p) => p.low ?? p.value).filter((v) => v > 0);
  const highs = points.map((p) => p.high ?? p.value);
  if (lows.length !== points.length || lows.length < 2) return false;
  return Math.max(...highs) / Math.min(...lows) >= LOG_SPREAD;
}

/** Powers of ten enclosing every value: a log scale needs an explicit floor, since bars cannot start at 0. */
export function logDomain(points: ChartPoint[]): [number, number] {
  const lo = Math.min(...points.map((p) => p.low ?? p.value));
  const hi = Math.max(...points.map((p) => p.high ?? p.value));
  return [10 ** Math.floor(Math.log10(lo)), 10 ** Math.ceil(Math.log10(hi) + 1e-9)];
}

/** A Vega expression that prints axis numbers as money the way replies do ($5.6M, $1B, $0.1). */
function moneyLabelExpr(currency: 'USD' | 'CNY'): string {
  const sign = currency === 'CNY' ? '¥' : '$';
  const step = (size: number, suffix: string) =>
    `abs(datum.value) >= ${size} ? '${sign}' + format(datum.value / ${size}, '~g') + '${suffix}'`;
  return `${step(1e12, 'T')} : ${step(1e9, 'B')} : ${step(1e6, 'M')} : ${step(1e3, 'K')} : '${sign}' + format(datum.value, '~g')`;
}

/** Labels a power-of-ten tick "10^n" (log axes put ticks only on powers of ten). */
const POWER_OF_TEN_EXPR = "'10^' + round(log(datum.value) / LN10)";

/** Timeline plot height in spec pixels. */
const TIMELINE_HEIGHT = 320;
/** Most dots a timeline names. */
const MAX_TIMELINE_LABELS = 14;
/** Least vertical distance between two labels of one year, in spec pixels (the label font is 11 px). */
const LABEL_GAP = 13;

/** The value axis: log with one labelled tick per power of ten, or linear; both with a fixed domain. */
function valueScaleAndAxis(input: ChartSpecInput): {
  scale: Record<string, unknown>;
  axis: object;
  domain: [number, number];
  log: boolean;
} {
  const log = needsLogScale(input.points);
  const labelExpr = input.money ? moneyLabelExpr(input.money) : undefined;
  if (!log) {
    const hi = Math.max(...input.points.map((p) => p.high ?? p.value));
    const lo = Math.min(0, ...input.points.map((p) => p.low ?? p.value));
    const domain: [number, number] = [lo, hi * 1.08];
    return {
      scale: { domain, nice: false, zero: true },
      axis: { title: input.valueTitle, ...(labelExpr ? { labelExpr } : {}), grid: true },
      domain,
      log,
    };
  }
  const domain = logDomain(input.points);
  const values: number[] = [];
  for (let v = domain[0]; v <= domain[1] * 1.0001; v *= 10) values.push(v);
  return {
    scale: { type: 'log', base: 10, domain, nice: false },
    // Plain numbers read as powers of ten ("10^24"), the way the text answer writes FLOP, not "1e+24".
    axis: { title: `${input.valueTitle} — log scale`, values, labelExpr: labelExpr ?? POWER_OF_TEN_EXPR, grid: true },
    domain,
    log,
  };
}

/** Each point as a data row: `end` is where a bar's value label goes, `labelAt` where a timeline label goes
 * (nudged down so labels of one year never overlap), `labelText` empty for an entity's second dot in a year. */
function rows(input: ChartSpecInput, domain: [number, number], log: boolean): Array<Record<string, unknown>> {
  const toPx = (v: number) =>
    log
      ? (TIMELINE_HEIGHT * (Math.log10(domain[1]) - Math.log10(v))) / (Math.log10(domain[1]) - Math.log10(domain[0]))
      : (TIMELINE_HEIGHT * (domain[1] - v)) / (domain[1] - domain[0]);
  const fromPx = (px: number) =>
    log
      ? 10 ** (Math.log10(domain[1]) - (px / TIMELINE_HEIGHT) * (Math.log10(domain[1]) - Math.log10(domain[0])))
      : domain[1] - (px / TIMELINE_HEIGHT) * (domain[1] - domain[0]);
  const labelAt = new Map<ChartPoint, number>();
  const labelled = new Set<ChartPoint>();
  // A crowded timeline names only its highest dots; the alt text and the text answer list them all.
  const named = new Set([...input.points].sort((a, b) => b.value - a.value).slice(0, MAX_TIMELINE_LABELS));
  if (input.timeAxis) {
    const byYear = new Map<number | undefined, ChartPoint[]>();
    for (const p of input.points) byYear.set(p.year, [...(byYear.get(p.year) ?? []), p]);
    for (const group of byYear.values()) {
      let last = -Infinity;
      const seen = new Set<string>();
      for (const p of [...group].sort((a, b) => b.value - a.value)) {
        if (seen.has(p.entityId) || !named.has(p)) continue;
        seen.add(p.entityId);
        labelled.add(p);
        const px = Math.max(toPx(p.value), last + LABEL_GAP);
        last = px;
        labelAt.set(p, fromPx(Math.min(px, TIMELINE_HEIGHT)));
      }
    }
  }
  return input.points.map((p) => ({
    ...p,
    end: p.high ?? p.value,
    labelAt: labelAt.get(p) ?? p.value,
    labelText: labelled.has(p) ? p.label : '',
    valueText: `${p.display} · ${(p.sourceNames ?? p.sources).join(', ')}`,
  }));
}

const GROUP_LEGEND = { orient: 'bottom', direction: 'horizontal', titleOrient: 'left', labelLimit: 260 } as const;

/** Builds the Vega-Lite spec: horizontal bars by value, or a dated scatter; ranges drawn as a line low–high. */
export function buildChartSpec(input: ChartSpecInput): Record<string, unknown> {
  const { scale, axis, domain, log } = valueScaleAndAxis(input);
  const color = { field: 'group', type: 'nominal', title: input.groupTitle, legend: GROUP_LEGEND };
  const base = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: input.title, subtitle: input.subtitle, anchor: 'start', subtitleFontSize: 11 },
    data: { values: rows(input, domain, log) },
    config: {
      font: CHART_FONT,
      background: 'white',
      view: { stroke: null },
      axis: { labelFontSize: 12, titleFontSize: 12 },
      legend: { labelFontSize: 12, titleFontSize: 12 },
    },
  };
  if (input.timeAxis) {
    const years = input.points.map((p) => p.year ?? 0);
    const y = { field: 'value', type: 'quantitative', scale, axis };
    const x = {
      field: 'year',
      type: 'quantitative',
      title: 'year',
      scale: { domain: [Math.min(...years) - 0.5, Math.max(...years) + 0.5], nice: false, zero: false },
      axis: { format: 'd', tickMinStep: 1, grid: false },
    };
    return {
      ...base,
      width: CHART_WIDTH,
      height: TIMELINE_HEIGHT,
      encoding: { x },
      layer: [
        {
          transform: [{ filter: 'isValid(datum.low)' }],
          mark: { type: 'rule', strokeWidth: 2, opacity: 0.6 },
          encoding: { y: { ...y, field: 'low' }, y2: { field: 'high' }, color },
        },
        { mark: { type: 'point', filled: true, size: 90, opacity: 1 }, encoding: { y, color, shape: color } },
        {
          mark: { type: 'text', align: 'left', dx: 7, fontSize: 11 },
          encoding: { y: { ...y, field: 'labelAt' }, text: { field: 'labelText' } },
        },
      ],
    };
  }
  // Points arrive in the order the question asked for (highest or lowest first); the axis keeps it.
  const yField = { field: 'label', type: 'nominal', sort: null, title: null };
  const x = { field: 'value', type: 'quantitative', scale, axis };
  return {
    ...base,
    width: CHART_WIDTH,
    height: Math.max(MIN_PLOT_HEIGHT, ROW_HEIGHT * input.points.length),
    encoding: { y: { ...yField, axis: { labelLimit: 420 } } },
    layer: [
      // On a log scale the bar starts at the domain's floor; from 0 it would be infinitely long and not drawn.
      {
        mark: { type: 'bar', height: { band: 0.7 } },
        encoding: { x, ...(log ? { x2: { datum: domain[0] } } : {}), color },
      },
      {
        transform: [{ filter: 'isValid(datum.low)' }],
        mark: { type: 'rule', strokeWidth: 2, color: '#333' },
        encoding: { x: { ...x, field: 'low' }, x2: { field: 'high' } },
      },
      {
        mark: { type: 'text', align: 'left', dx: 4, fontSize: 11 },
        encoding: { x: { ...x, field: 'end' }, text: { field: 'valueText' } },
      },
    ],
  };
}
