import { describe, expect, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

describe('MOT licence claims other sources contradict', () => {
  it('GIVEN a MOT entry licensing weights Epoch says were never released THEN the licence is shown as doubtful', () => {
    expectAll([
      ['is claude 1 open source', ['doubtful', 'likely wrong']],
      ['claude 2 licence in MOT', ['doubtful', 'API access']],
      ['what licence are claude-2 weights under', ['doubtful']],
      ['how open is Claude-1 per the model openness tool', ['doubtful']],
      ['which is more open, claude 2 or llama 2', ['Llama 2 70B is more open', 'doubtful']],
    ]);
  });

  it('GIVEN a MOT entry marking parts proprietary THEN they are not released, and the model is not called open-weight', () => {
    for (const q of ['is gpt-4o open weight', 'gpt-4o openness in MOT', 'how open is gpt 4o']) {
      const out = say(q);
      expect(out, q).not.toMatch(/Proprietary \(LicenseRef-Proprietary\) — restricted terms/);
      expect(out, q).not.toMatch(/open-weight/);
    }
  });

  it('GIVEN a MOT file whose release name gives another size than its link THEN the answer says so', () => {
    expectAll([
      [
        'qwen2.5-72b-instruct in the model openness tool: which licence?',
        ['names its release Qwen2.5-32B-Instruct (32B)', 'Qwen License'],
      ],
    ]);
  });
});
