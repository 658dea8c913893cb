// A round priced on a valuation: "$10M on $40M pre" buys $10M of a $50M post-money company, 20%; "$2.5M at $10M
// post" buys 25%. The stake is the investment over the post-money value, never one amount's change to the other.
import { formatMoney } from '../format.js';
import type { Change } from './change.js';
import type { Quantity } from './quantities.js';

const PRE_AFTER = /^\s*(?:pre\b|pre-?money\b|premoney\b)/;
const PRE_BEFORE = /\bpre-?money(?:\s+valuation)?(?:\s+(?:of|at|is|was))?\s*[:=]?\s*(?:~|about\s)?$/;
const POST_AFTER = /^\s*(?:post\b|post-?money\b|postmoney\b)/;
const POST_BEFORE = /\bpost-?money(?:\s+valuation)?(?:\s+(?:of|at|is|was))?\s*[:=]?\s*(?:~|about\s)?$/;

const isAmount = (q: Quantity) => q.dims.usd === 1 && Object.keys(q.dims).length === 1 && q.high === undefined;

/** The investment as a share of the post-money value when a pre- or post-money valuation is written beside one
 * other amount; 'vague' when a valuation is written beside other numbers; undefined when none is written. */
export function stakeOf(s: string, qs: Quantity[]): Change | 'vague' | undefined {
  const after = (q: Quantity) => s.slice(q.at + q.raw.length, q.at + q.raw.length + 14);
  const before = (q: Quantity) => s.slice(Math.max(0, q.at - 30), q.at);
  const pre = qs.filter((q) => isAmount(q) && (PRE_AFTER.test(after(q)) || PRE_BEFORE.test(before(q))));
  const post = qs.filter((q) => isAmount(q) && (POST_AFTER.test(after(q)) || POST_BEFORE.test(before(q))));
  if (!pre.length && !post.length) return undefined;
  const valued = [...pre, ...post];
  const others = qs.filter((q) => !valued.includes(q));
  if (valued.length !== 1 || others.length !== 1 || !isAmount(others[0]!)) return 'vague';
  const [valuation, invested] = [valued[0]!, others[0]!];
  if (post.length) return invested.value < valuation.value ? { kind: 'share', from: valuation, to: invested } : 'vague';
  const value = valuation.value + invested.value;
  const raw = `the ${formatMoney(value)} post-money (${valuation.raw} pre + ${invested.raw})`;
  return { kind: 'share', from: { value, dims: { usd: 1 }, raw, at: valuation.at }, to: invested };
}
