import { describe, expect, it } from 'vitest';
import { buildChartSpec, needsLogScale } from '../../src/core/chart-spec.js';
import { createEngine } from '../../src/core/engine.js';
import { renderFullText } from '../../src/core/render-text.js';
import type { ChartPoint } from '../../src/core/types.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const kb = loadKnowledge();
const engine = createEngine(kb);
const ask = (text: string) => engine.answer({ text, surface: 'terminal' });
/** Every number a figure of this entity and metric stands for. */
const numbersOf = (id: string, metric: string) =>
  kb.entities
    .get(id)!
    .figures.concat(kb.entities.get(id)!.data ?? [])
    .filter((f) => f.metric === metric)
    .flatMap((f) => (f.range ? f.range : [f.value!]));

describe('chart questions', () => {
  it('GIVEN "chart the training costs of the most expensive models" THEN every point is a sourced training cost of a model, highest first', () => {
    const reply = ask('chart the training costs of the most expensive models');
    const chart = reply.chart!;
    expect(chart.points.length).toBeGreaterThanOrEqual(5);
    for (const p of chart.points) {
      expect(kb.entities.get(p.entityId)!.kind).toBe('models');
      expect(p.sources.length).toBeGreaterThan(0);
      for (const s of p.sources) expect(kb.sources.has(s)).toBe(true);
      const known = numbersOf(p.entityId, 'training_cost');
      if (p.low === undefined) expect(known).toContain(p.value);
      else expect(known).toEqual(expect.arrayContaining([p.low, p.high]));
    }
    const tops = chart.points.map((p) => p.high ?? p.value);
    expect(tops).toEqual([...tops].sort((a, b) => b - a));
    // The text answer is still complete: every plotted value is in it, with the sources.
    const text = renderFullText(reply);
    for (const p of chart.points) expect(text).toContain(p.display.replace(/\/Mtok$/, ''));
    expect(chart.caption).toMatch(/^Sources: /);
    for (const s of reply.sources) expect(chart.caption).toContain(s.title);
    expect(chart.alt).toMatch(/Bar chart of training cost .* log scale/);
  });

  it('GIVEN costs spanning orders of magnitude THEN the spec uses a log scale whose bars start at a power of ten below the smallest', () => {
    const chart = ask('chart the training costs of the most expensive models').chart!;
    const text = JSON.stringify(chart.spec);
    expect(text).toContain('"type":"log"');
    const smallest = Math.min(...chart.points.map((p) => p.low ?? p.value));
    const floor = (chart.spec as { layer: Array<{ encoding: { x2?: { datum: number } } }> }).layer[0]!.encoding.x2!
      .datum;
    expect(floor).toBeLessThanOrEqual(smallest);
    expect(Math.log10(floor) % 1).toBe(0);
  });

  it('GIVEN "training cost over time, open vs closed" THEN dots carry years and are grouped open-weight vs closed', () => {
    const reply = ask('training cost over time, open vs closed');
    const chart = reply.chart!;
    expect(chart.points.every((p) => typeof p.year === 'number')).toBe(true);
    const groups = new Set(chart.points.map((p) => p.group));
    expect(groups.has('open-weight') && groups.has('closed')).toBe(true);
    for (const p of chart.points) {
      const e = kb.entities.get(p.entityId)!;
      expect(p.group).toBe(e.kind === 'models' ? e.open : 'n/a');
    }
    expect(chart.alt).toMatch(/by year/);
  });

  it('GIVEN a named company THEN the chart shows its own models', () => {
    const chart = ask("chart meta's training costs").chart!;
    expect(chart.points.length).toBeGreaterThan(1);
    for (const p of chart.points) expect((kb.entities.get(p.entityId) as { org?: string }).org).toBe('meta');
  });

  it('GIVEN a chart of something no source measures THEN says there is no data, lists what it can chart, draws nothing', () => {
    const reply = ask('chart the carbon emissions of the top models');
    expect(reply.chart).toBeUndefined();
    expect(reply.kind).toBe('unknown');
    expect(renderFullText(reply)).toMatch(/no sourced figures to chart/);
    expect(renderFullText(reply)).toMatch(/I can chart: \w/);
  });

  it('GIVEN "chart the openness of the top open models" THEN bars are graded openness scores, highest first, each cited', () => {
    const chart = ask('chart the openness of the top open models').chart!;
    expect(chart.points.length).toBeGreaterThan(1);
    for (const p of chart.points) {
      const e = kb.entities.get(p.entityId) as { openness?: { score: number; source: string }; open?: string };
      expect(e.open).not.toBe('closed');
      expect(p.value).toBe(e.openness!.score);
      expect(p.sources).toEqual([e.openness!.source]);
    }
    const values = chart.points.map((p) => p.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it('GIVEN one model sold by several providers THEN there is a bar per provider, each a price that source lists', () => {
    const model = [...kb.entities.values()].find(
      (e) => new Set((e.data ?? []).filter((f) => f.metric === 'input_price').map((f) => f.provider)).size >= 3,
    );
    if (!model) return; // no data-set prices in this knowledge
    const chart = ask(`plot input token prices of the providers of ${model.name}`).chart!;
    expect(chart.points.every((p) => p.entityId === model.id)).toBe(true);
    const listed = (model.data ?? []).filter((f) => f.metric === 'input_price');
    for (const p of chart.points) {
      const ofProvider = (f: { provider?: string }) => p.label === f.provider || p.label.startsWith(`${f.provider} (`);
      expect(listed.some((f) => ofProvider(f) && f.value === p.value && p.sources.includes(f.source))).toBe(true);
    }
  });

  it('GIVEN a question about an article’s chart THEN it is answered in text, not drawn', () => {
    expect(ask('which model in the training-cost chart was the cheapest to train?').chart).toBeUndefined();
  });
});

describe('chart spec', () => {
  const point = (label: string, value: number): ChartPoint => ({
    label,
    entityId: label,
    value,
    display: `$${value}`,
    group: 'paradox',
    sources: ['paradox'],
  });

  it('GIVEN values within one order of magnitude THEN the scale is linear and starts at zero', () => {
    const points = [point('a', 10), point('b', 30)];
    expect(needsLogScale(points)).toBe(false);
    const spec = JSON.stringify(
      buildChartSpec({ title: 't', valueTitle: 'v', groupTitle: 'g', subtitle: 's', timeAxis: false, points }),
    );
    expect(spec).not.toContain('"log"');
    expect(spec).toContain('"domain":[0,');
  });

  it('GIVEN money values THEN axis labels read as money ($1M, $1B), not SI (1G)', () => {
    const points = [point('a', 1e6), point('b', 3e9)];
    const spec = JSON.stringify(
      buildChartSpec({
        title: 't',
        valueTitle: 'v',
        money: 'USD',
        groupTitle: 'g',
        subtitle: 's',
        timeAxis: false,
        points,
      }),
    );
    expect(spec).toContain("'B'");
    expect(spec).toContain('DejaVu Sans');
  });
});
