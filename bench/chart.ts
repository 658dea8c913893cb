// Render time per chart: the training-cost bar chart and the open-vs-closed timeline, SVG and PNG, each
// against a baseline measured in the same run — an empty chart (one bar, no axis spread) through the same
// pipeline — so a busy machine shows up in both. Warm-up first: the first render compiles vega's code paths.
import { renderChartPng, renderChartSvg } from '../src/chart/render.js';
import { buildChartSpec } from '../src/core/chart-spec.js';
import { createEngine } from '../src/core/engine.js';
import { loadKnowledge } from '../src/knowledge/load.js';

const ROUNDS = 8;
const engine = createEngine(loadKnowledge());
const charts = {
  'training costs (bars)': engine.answer({ text: 'chart the training costs of the most expensive models' }).chart!,
  'open vs closed (timeline)': engine.answer({ text: 'training cost over time, open vs closed' }).chart!,
  // A model only the data sets know, a bar per provider.
  'llama 3.1 70b by provider (bars)': engine.answer({
    text: 'plot input token prices of the providers of llama 3.1 70b',
  }).chart!,
};
const empty = {
  spec: buildChartSpec({
    title: '',
    valueTitle: '',
    groupTitle: '',
    subtitle: '',
    timeAxis: false,
    points: [{ label: '', entityId: '', value: 1, display: '', group: '', sources: [] }],
  }),
};

async function median(fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

await renderChartPng(empty);
for (const c of Object.values(charts)) await renderChartPng(c);
const baseSvg = await median(() => renderChartSvg(empty));
const basePng = await median(() => renderChartPng(empty));
console.log(`chart: median of ${ROUNDS} renders`);
console.log(`  baseline (empty chart)                  SVG ${baseSvg.toFixed(1)} ms  PNG ${basePng.toFixed(1)} ms`);
for (const [name, chart] of Object.entries(charts)) {
  const svg = await median(() => renderChartSvg(chart));
  const png = await median(() => renderChartPng(chart));
  const pts = `${chart.points.length} points`;
  console.log(
    `  ${`${name}, ${pts}`.padEnd(48)}SVG ${svg.toFixed(1)} ms (${(svg / baseSvg).toFixed(1)}×)  PNG ${png.toFixed(1)} ms (${(png / basePng).toFixed(1)}×)`,
  );
}
