// Renders a Reply's chart offline: Vega-Lite spec → Vega → SVG (vega's own SVG writer, no canvas) → PNG
// (resvg). Only the bundled DejaVu Sans is loaded: with system fonts, a machine without them draws every
// label as nothing, silently.
import { fileURLToPath } from 'node:url';
import { renderAsync } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile } from 'vega-lite';
import { CHART_FONT } from '../core/chart-spec.js';
import type { Chart } from '../core/types.js';

/** The bundled font files (DejaVu, licence in assets/fonts/LICENSE-DejaVu.txt). */
export const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) =>
  fileURLToPath(new URL(`../../assets/fonts/${f}`, import.meta.url)),
);
/** PNG pixels per spec pixel: sharp on high-density screens, still well under upload limits. */
const PNG_SCALE = 2;

/** The chart as an SVG document. */
export async function renderChartSvg(chart: Pick<Chart, 'spec'>): Promise<string> {
  // vega-lite's types want its own TopLevelSpec; the spec is built as plain data in core.
  const compiled = compile(chart.spec as unknown as Parameters<typeof compile>[0]).spec;
  // No loader: the data is inline, so nothing may be fetched while rendering.
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', loader: noLoader });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** The chart as PNG bytes, with its pixel size. */
export async function renderChartPng(
  chart: Pick<Chart, 'spec'>,
): Promise<{ png: Buffer; width: number; height: number }> {
  return svgToPng(await renderChartSvg(chart));
}

/** Distinct charts whose PNG is kept: a weekly tick posts the same few charts into many channels. */
const PNG_MEMO_SIZE = 8;
const pngMemo = new Map<string, Promise<Buffer>>();

/** The chart's PNG, rendered once per distinct spec while it stays among the last few (a failed render is forgotten). */
export function renderChartPngShared(chart: Pick<Chart, 'spec'>): Promise<Buffer> {
  const key = JSON.stringify(chart.spec);
  const known = pngMemo.get(key);
  if (known) return known;
  if (pngMemo.size >= PNG_MEMO_SIZE) pngMemo.delete(pngMemo.keys().next().value!);
  const pending = renderChartPng(chart).then((r) => r.png);
  pngMemo.set(key, pending);
  pending.catch(() => pngMemo.delete(key));
  return pending;
}

/** Rasterises an SVG with the bundled font only, on libuv's thread pool so a chat adapter's event loop keeps going. */
export async function svgToPng(svg: string): Promise<{ png: Buffer; width: number; height: number }> {
  const image = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    background: 'white',
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: CHART_FONT },
  });
  return { png: image.asPng(), width: image.width, height: image.height };
}

const refuse = () => Promise.reject(new Error('charts render inline data only'));
const noLoader = { load: refuse, sanitize: refuse, http: refuse, file: refuse } as unknown as vega.Loader;
