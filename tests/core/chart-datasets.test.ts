// Chart questions that name models only the data sets know: names resolve through the data-set name index,
// figures come from the whole knowledge, and what the chart shows is what the sources list.
import { describe, expect, it } from 'vitest';
import { renderChartSvg } from '../../src/chart/render.js';
import { createEngine } from '../../src/core/engine.js';
import { renderPlainText } from '../../src/core/render-text.js';
import { isGenerated } from '../../src/knowledge/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { Entity, Figure } from '../../src/knowledge/schema.js';

const kb = loadKnowledge();
const engine = createEngine(kb);
const ask = (text: string) => engine.answer({ text, surface: 'terminal' });
const figuresOf = (e: Entity, metric: string): Figure[] =>
  [...e.figures, ...(e.data ?? [])].filter((f) => f.metric === metric);

describe('charts of data-set models', () => {
  it('GIVEN "plot input token prices of the providers of llama 3.1 70b" THEN a bar per provider of that model, each a price its source lists', () => {
    const model = kb.entities.get('llama-3.1-70b')!;
    expect(isGenerated(model)).toBe(true); // the articles never name it: only the data sets do
    const reply = ask('plot input token prices of the providers of llama 3.1 70b');
    const chart = reply.chart!;
    expect(reply.intent).toBe('chart');
    expect(chart.title).toBe('Llama 3.1 70B: input price by provider');
    const listed = figuresOf(model, 'input_price');
    expect(chart.points.length).toBe(Math.min(listed.length, 30));
    for (const p of chart.points) {
      expect(p.entityId).toBe(model.id);
      const match = listed.filter((f) => f.value === p.value && p.sources.includes(f.source));
      expect(match.some((f) => p.label === f.provider || p.label.startsWith(`${f.provider} (`))).toBe(true);
    }
    // The text answer names the same providers, not the model over and over.
    const text = renderPlainText(reply);
    for (const f of listed.slice(0, 3)) expect(text).toContain(`${f.provider}: `);
  });

  it('GIVEN "chart training compute of Epoch\'s notable models from Meta" THEN every Meta model Epoch measures, Epoch as the only source', () => {
    const chart = ask("chart training compute of Epoch's notable models from Meta").chart!;
    const metaWithCompute = [...kb.entities.values()].filter(
      (e) => e.kind === 'models' && e.org === 'meta' && figuresOf(e, 'training_compute').length,
    );
    expect(chart.points.length).toBe(Math.min(metaWithCompute.length, 16));
    // More than the articles' own Meta models: the data sets' are drawn too.
    expect(chart.points.some((p) => isGenerated(kb.entities.get(p.entityId)!))).toBe(true);
    for (const p of chart.points) {
      expect((kb.entities.get(p.entityId) as { org?: string }).org).toBe('meta');
      expect(p.sources).toEqual(['epoch-models']);
    }
    // Epoch named as the source is not charted as Epoch AI the company.
    expect(chart.points.some((p) => p.entityId === 'epoch-ai')).toBe(false);
  });

  it('GIVEN three named models, one known only to the data sets THEN one bar each, none declined', () => {
    const reply = ask('plot training compute of gpt-4, llama 3.1 405b and grok 2');
    expect(reply.chart!.points.map((p) => p.entityId).sort()).toEqual(['gpt-4', 'grok-2', 'llama-3.1-405b']);
    expect(renderPlainText(reply)).not.toMatch(/I don't have/);
  });

  it('GIVEN two data-set models compared THEN both are charted, each at its cheapest provider per source', () => {
    const chart = ask('chart input token prices of gemini 2.5 flash vs gpt-4o mini').chart!;
    expect(new Set(chart.points.map((p) => p.entityId))).toEqual(new Set(['gemini-2.5-flash', 'gpt-4o-mini']));
    for (const p of chart.points) {
      const cheapest = Math.min(
        ...figuresOf(kb.entities.get(p.entityId)!, 'input_price')
          .filter((f) => p.sources.includes(f.source))
          .map((f) => f.value!),
      );
      expect(p.value).toBe(cheapest);
    }
  });

  it('GIVEN a size the data sets lack ("llama 3.1 90b") THEN declined with the sizes known, nothing drawn', () => {
    const reply = ask('plot input token prices of llama 3.1 90b');
    expect(reply.chart).toBeUndefined();
    expect(renderPlainText(reply)).toMatch(/I don't have “llama 3\.1 90b”/i);
  });

  it('GIVEN "openness of the top open models" with no chart verb THEN a chart of the well-known open models by score', () => {
    const reply = ask('openness of the top open models');
    expect(reply.intent).toBe('chart');
    const points = reply.chart!.points;
    expect(points.length).toBeGreaterThan(2);
    for (const p of points) expect(isGenerated(kb.entities.get(p.entityId)!)).toBe(false);
    // "The most open models" ranks every graded model instead.
    const most = ask('chart the most open models').chart!;
    expect(most.points[0]!.value).toBeGreaterThanOrEqual(points[0]!.value);
  });

  it('GIVEN training compute spanning orders of magnitude THEN the log axis reads powers of ten and FLOP, not 1e+24', async () => {
    const chart = ask("chart training compute of Epoch's notable models from Meta").chart!;
    const svg = await renderChartSvg(chart);
    expect(svg).toMatch(/>10\^2[2-6]</);
    expect(svg).not.toMatch(/>[0-9.]+e\+\d+</); // drawn tick text, not the screen-reader labels
    expect(svg).toContain('training compute (FLOP) — log scale');
    // Sources by the names readers know, never an id.
    expect(svg).toContain('Epoch AI models');
    expect(svg).not.toContain('epoch-models');
  });
});
