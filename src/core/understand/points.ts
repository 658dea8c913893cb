// Two percentages set one after the other ("gross margin went 42% -> 51%"): the change in percentage points (9) and
// the relative change (+21.4%), never one percentage applied to the other.
import { isShare } from '../units.js';
import type { Quantity } from './quantities.js';

/** "42% -> 51%", "from 42% to 51%", "42% to 51%", "rose 42% → 51%". */
const JOINED = /^\s*(?:→|->|-->|=>|to|up to|down to|then)\s*$/;

/** The earlier and the later percentage when the question's only numbers are two percentages joined as a move. */
export function pointsChangeOf(s: string, qs: Quantity[]): { from: Quantity; to: Quantity } | undefined {
  if (qs.length !== 2 || !qs.every(isShare)) return undefined;
  const [a, b] = qs as [Quantity, Quantity];
  if (!JOINED.test(s.slice(a.at + a.raw.length, b.at))) return undefined;
  return { from: a, to: b };
}
