// Whether several members of a family agree on the figure asked: the one verdict chips and models share.
import { describe, expect, it } from 'vitest';
import { familyVerdict, figureValue } from '../../src/core/datasets/family-figures.js';

const m = (name: string, value?: string) => ({ name, value, figure: value });

describe('familyVerdict', () => {
  it('GIVEN every member giving one value THEN they agree, all named', () => {
    expect(familyVerdict([m('A', '80 GB'), m('B', '80 GB')])).toEqual({
      kind: 'agree',
      group: { value: '80 GB', figure: '80 GB', names: ['A', 'B'] },
      lacking: 0,
    });
  });

  it('GIVEN two values and no grouping allowed THEN asks', () => {
    expect(familyVerdict([m('A', '80 GB'), m('B', '94 GB')]).kind).toBe('ask');
  });

  it('GIVEN a few values and grouping allowed THEN groups by value in the order given', () => {
    const v = familyVerdict([m('A', '80 GB'), m('B', '94 GB'), m('C', '80 GB')], { groups: 4 });
    expect(v).toMatchObject({ kind: 'grouped', groups: [{ names: ['A', 'C'] }, { names: ['B'] }] });
  });

  it('GIVEN a member without the figure THEN asks, unless a minority lacks it and that is allowed', () => {
    expect(familyVerdict([m('A', '80 GB'), m('B')]).kind).toBe('ask');
    expect(familyVerdict([m('A', '80 GB'), m('B')], { minority: true })).toMatchObject({ kind: 'agree', lacking: 1 });
    expect(familyVerdict([m('A', '80 GB'), m('B'), m('C')], { minority: true }).kind).toBe('ask');
  });

  it('GIVEN one member THEN asks: there is nothing to agree', () => {
    expect(familyVerdict([m('A', '80 GB')]).kind).toBe('ask');
  });
});

describe('figureValue', () => {
  it('GIVEN a figure with several source notes THEN every value stays and every note goes', () => {
    expect(figureValue('max input 200K [reported · genai-prices] · max output 64K [reported · LiteLLM]')).toBe(
      'max input 200K · max output 64K',
    );
  });
});
