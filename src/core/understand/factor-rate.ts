// The average rate per period implied by a total multiple or percentage change over a duration: "a 280x price drop
// over 18 months — average monthly % decline?" is 1 − 280^(−1/18) = 26.9% a month; "revenue grew 5x in 3 years —
// annual growth?" is 5^(1/3) − 1 = 71% a year. Worked as a Change from 1 to the factor over the periods.
import { adverb, CHANGE_ASK, type Change, RATE_PER } from './change.js';
import { HOURS, periodOf, type Quantity } from './quantities.js';

const DOWN =
  /\b(drops?|dropped|fall|falls|fell|fallen|declin\w*|cheaper|cuts?|lower\w*|decreas\w*|shr[iu]nk\w*|collaps\w*|plung\w*|reduc\w*)\b/;

const isDuration = (q: Quantity) => q.dims.hour === 1 && Object.keys(q.dims).length === 1;

/** The compound change a question asks of one total factor over one duration, or undefined. */
export function factorRateOf(text: string, qs: Quantity[]): Change | undefined {
  const s = text.toLowerCase();
  const factors = qs.filter((q) => (q.dims.times === 1 || q.dims.percent === 1) && Object.keys(q.dims).length === 1);
  const durations = qs.filter(isDuration);
  if (factors.length !== 1 || durations.length !== 1 || qs.length !== 2) return undefined;
  const [f, over] = [factors[0]!, durations[0]!];
  if (f.high !== undefined || !(f.value > 0) || !CHANGE_ASK.test(s) || !RATE_PER.test(s)) return undefined;
  const down = DOWN.test(s);
  const pct = f.dims.percent === 1;
  // "280x drop": the level ends at 1/280; "a 90% drop": at 10%; "grew 5x": at 5×; "rose 40%": at 140%.
  const end = pct ? (down ? 1 - f.value / 100 : 1 + f.value / 100) : down ? 1 / f.value : f.value;
  if (!(end > 0)) return undefined;
  const asked = RATE_PER.exec(s)!;
  const written = /([a-z]+)\s*$/.exec(over.raw)?.[1];
  const per = asked[1] ? adverb(asked[1]) : (asked[2] ?? (written ? periodOf(written) : 'year'));
  const level = (value: number, raw: string): Quantity => ({ value, dims: { times: 1 }, raw, at: -1 });
  const shown = pct ? `(1 ${down ? '−' : '+'} ${f.raw})` : down ? `1/${f.value}` : String(f.value);
  return {
    kind: 'change',
    from: level(1, '1'),
    to: level(end, shown),
    periods: over.value / HOURS[per]!,
    per,
  };
}
