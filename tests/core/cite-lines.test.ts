// The first line of an answer names where each figure comes from without saying the same provenance twice.
import { describe, expect, it } from 'vitest';
import { renderPlainText } from '../../src/core/render-text.js';
import { engine } from '../support/ask-engine.js';

const first = (text: string) => renderPlainText(engine.answer({ text, surface: 'terminal' })).split('\n')[0]!;

describe('figures of one source, basis and period', () => {
  it('GIVEN two figures the same article reports for the same date THEN each says what it covers and the provenance comes once', () => {
    const line = first('how much has Mistral raised and over how many rounds?');
    expect(line).toMatch(/\$3\.05B \(lifetime funding, 7 rounds\); 7 funding rounds \(number of funding rounds\)/);
    expect(line.match(/Open Source Paradox/g)).toHaveLength(1);
    expect(line.match(/reported/g)).toHaveLength(1);
    expect(line.length).toBeLessThanOrEqual(200);
  });

  it('GIVEN figures from two sources that differ THEN each keeps its own provenance', () => {
    const line = first('what did gpt-4 cost to train?');
    expect(line).toMatch(/Foundation Model Economics/);
    expect(line).toMatch(/Open Source Paradox/);
  });
});
