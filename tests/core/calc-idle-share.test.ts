import { describe, expect, it } from 'vitest';
import { say } from '../support/ask-engine.js';

describe('money paid for hardware while it sits idle', () => {
  it('GIVEN a fleet rented by the hour at a utilisation and a question of waste THEN the idle share, 1 − utilisation', () => {
    const out = say('we rent 120 gpus at $2.20/hr and they run at 35% utilisation — monthly waste?');
    // 120 × $2.20 × 730 h = $192,720 a month; idle 65% = $125,268.
    expect(out).toMatch(/\$125,268 a month/);
    expect(out).toMatch(/1 − 35%/);
    expect(out).not.toMatch(/\$67,452/);
  });

  it('GIVEN "unused" or "idle" spend over a year THEN the same idle share over that period', () => {
    expect(say('16 a100s at $1.50/hr each, utilization around 25%. how much spend goes unused per year?')).toMatch(
      /\$157,680 a year/,
    );
  });

  it('GIVEN a utilisation with no waste asked THEN the share is unchanged (cost per used hour divides by it)', () => {
    expect(say('10 gpus at $3/hr, 50% utilisation, effective cost per useful gpu hour?')).toMatch(/\$6 per GPU-hour/);
  });
});
