// MOT components named in plain words.
import { describe, expect, it } from 'vitest';
import { componentsAsked } from '../../src/core/datasets/mot-components.js';

const names = (q: string) => componentsAsked(q).map((c) => c.name);

describe('MOT components asked', () => {
  it('GIVEN "weights" THEN the final parameters; "intermediate checkpoints" THEN the intermediate ones', () => {
    expect(names('licence on the weights?')).toEqual(['Model parameters (Final)']);
    expect(names('licence of the intermediate checkpoints?')).toEqual(['Model parameters (Intermediate)']);
  });

  it('GIVEN "evaluation data" THEN that component, not the training datasets too', () => {
    expect(names('evaluation data licence?')).toEqual(['Evaluation data']);
    expect(names('training data licence?')).toEqual(['Datasets']);
  });

  it('GIVEN "the code" without a kind THEN the code components, as a group', () => {
    const asked = componentsAsked('weights vs the code?');
    expect(asked[0]).toEqual({ name: 'Model parameters (Final)', group: false });
    expect(asked.filter((c) => c.group).map((c) => c.name)).toContain('Model architecture');
  });

  it('GIVEN no component word THEN none', () => {
    expect(names('what licence does MOT give it?')).toEqual([]);
  });
});
