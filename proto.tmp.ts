import { writeFileSync } from 'node:fs';
import { renderChartPng, renderChartSvg } from './src/chart/render.js';
import { buildChartSpec } from './src/core/chart-spec.js';

const points = [
  {
    label: 'GPT-4 (fm-economics)',
    entityId: 'gpt-4',
    value: 79e6,
    display: '~$79M',
    group: 'fm-economics',
    sources: ['fm-economics'],
    year: 2023,
  },
  {
    label: 'Llama 3.1 405B',
    entityId: 'l',
    value: Math.sqrt(60e6 * 640e6),
    low: 60e6,
    high: 640e6,
    display: '$60–640M',
    group: 'paradox',
    sources: ['paradox'],
    year: 2024,
  },
  {
    label: 'DeepSeek R1',
    entityId: 'r1',
    value: 294000,
    display: '~$294K',
    group: 'fm-economics, paradox',
    sources: ['fm-economics', 'paradox'],
    year: 2025,
  },
];
for (const timeAxis of [false, true]) {
  const spec = buildChartSpec({
    title: 'Training cost of 3 models',
    valueTitle: 'training cost (USD)',
    money: 'USD',
    groupTitle: 'Source',
    subtitle: 'Sources: fm-economics, paradox',
    timeAxis,
    points,
  });
  const t = performance.now();
  const svg = await renderChartSvg({ spec });
  const r = await renderChartPng({ spec });
  console.log(performance.now() - t, r.width, r.height);
  writeFileSync(`/tmp/p${timeAxis}.png`, r.png);
  writeFileSync(`/tmp/p${timeAxis}.svg`, svg);
}
