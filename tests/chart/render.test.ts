import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { FONT_FILES, renderChartPng, renderChartSvg } from '../../src/chart/render.js';
import { CHART_FONT } from '../../src/core/chart-spec.js';
import { createEngine } from '../../src/core/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const engine = createEngine(loadKnowledge());
const costs = engine.answer({ text: 'chart the training costs of the most expensive models' }).chart!;
const timeline = engine.answer({ text: 'training cost over time, open vs closed' }).chart!;

/** Dark pixels in a rendering of this SVG: drawn text and marks. */
function darkPixels(svg: string): number {
  const img = new Resvg(svg, {
    background: 'white',
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: CHART_FONT },
  }).render();
  const px = img.pixels;
  let dark = 0;
  for (let i = 0; i < px.length; i += 4) if (px[i]! + px[i + 1]! + px[i + 2]! < 200) dark++;
  return dark;
}

describe('chart renderer', () => {
  it('GIVEN the training-cost chart THEN the SVG holds every label, every value with its source, and a log axis', async () => {
    const svg = await renderChartSvg(costs);
    for (const p of costs.points) {
      expect(svg).toContain(`>${escapeXml(p.label)}<`);
      // Sources by the names readers know, never an id.
      expect(svg).toContain(escapeXml(`${p.display} · ${p.sourceNames!.join(', ')}`));
    }
    expect(svg).toContain('log scale');
    // One tick per power of ten, read as money.
    for (const tick of ['$1M', '$10M', '$100M', '$1B']) expect(svg).toContain(`>${tick}<`);
    expect(svg).toContain(`font-family="${CHART_FONT}`);
  });

  it('GIVEN the timeline THEN the SVG has year ticks and one label per entity', async () => {
    const svg = await renderChartSvg(timeline);
    for (const y of new Set(timeline.points.map((p) => p.year))) expect(svg).toContain(`>${y}<`);
    expect(svg).toContain('>open-weight<');
    expect(svg).toContain('>closed<');
  });

  it('GIVEN the bundled font THEN text is really drawn: removing the text removes many dark pixels', async () => {
    const svg = await renderChartSvg(costs);
    const withText = darkPixels(svg);
    const withoutText = darkPixels(svg.replace(/<text[^>]*>[^<]*<\/text>/g, ''));
    expect(withText - withoutText).toBeGreaterThan(5_000);
  });

  it('GIVEN a chart THEN the PNG is at least 600×300 and a real PNG', async () => {
    const { png, width, height } = await renderChartPng(costs);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(width);
    expect(png.readUInt32BE(20)).toBe(height);
    expect(width).toBeGreaterThanOrEqual(600);
    expect(height).toBeGreaterThanOrEqual(300);
  });
});

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
