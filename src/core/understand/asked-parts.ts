// The several things one question asks for, in order: "monthly bill and cost per user", "how many GPU-hours, and
// the cost at $2/GPU-hour", "for a 31-day month, and for a 365-day year". Each part has the unit it asks for and
// the quantities written inside its own clause ("how many days on 2,048 GPUs"), which belong to it alone.
import type { Target } from '../units.js';
import { HOURS, type Quantity } from './quantities.js';
import { askedTarget } from './target.js';

/** One thing asked, with its unit and the quantities written in its clause. */
export interface AskedPart {
  /** The clause as written ("cost per user"), to label its result. */
  label: string;
  /** The unit asked; none when the clause only changes the previous part ("and with a PUE of 1.3"). */
  target?: Target;
  /** Quantities written inside the clause: inputs of this part only. */
  own: Quantity[];
}

/** Where the asking starts: after the last sentence break, colon or dash before the end. */
const BREAK = /[.:;!?]\s+|\s[-–—]+\s/g;
/** Between two things asked: "and", ", and", "as well as", "plus". */
const JOIN = /,?\s+(?:and|as well as|plus|\+|&)\s+(?:also\s+)?|,\s+(?=(?:how|what|and)\b)/g;
/** A clause asking for an amount of money without naming its period ("the cost", "electricity cost", "outlay"). */
const MONEY_WORD = /\b(?:cost|costs|bill|spend|price|outlay|revenue|total|totals|pay|worth|budget|charge)\b/;
const MAX_PARTS = 4;
const ASKING = /^\s*(?:what|how|which|when)\b/;
/** "how many times a $100M budget": a plain multiple of the earlier result. */
const TIMES = /\bhow many times\b|\bwhat multiple\b|\bhow many x\b/;
/** "total draw", "the power": the fleet's power draw, asked without money. */
const DRAW = /\b(?:draw|power|load|wattage)\b/;

const isDuration = (q: Quantity) => q.dims.hour === 1 && Object.keys(q.dims).length === 1;
/** A duration of days that is most of one period and no more ("22 workdays" or "30 days" of a month). */
const spans = (per: string) => (q: Quantity) =>
  isDuration(q) &&
  /\b(?:days?|workdays?|d)\b/.test(q.raw) &&
  q.value / (HOURS[per] ?? 0) >= 0.6 &&
  q.value / (HOURS[per] ?? 0) <= 1.1;

/** The total a count asks of a unit per one of what it counts: "$ per ticket" and "90k tickets a month" ask $ a month;
 * undefined unless the clause gives exactly one such count. */
function totalFor(previous: Target, own: Quantity[]): Target | undefined {
  const counts = own.filter((q) => {
    const keys = Object.keys(q.dims);
    const d = keys.find((k) => k === 'user' || k === 'gpu' || k === 'item');
    return (
      d !== undefined &&
      q.dims[d as 'item'] === 1 &&
      previous.dims[d as 'item'] === -1 &&
      (keys.length === 1 || (keys.length === 2 && q.dims.hour === -1))
    );
  });
  const [count] = counts;
  if (counts.length !== 1 || !count || previous.dims.hour !== undefined) return undefined;
  const dims = { ...previous.dims };
  for (const k of ['user', 'gpu', 'item'] as const) if (count.dims[k] === 1) delete dims[k];
  if (count.dims.hour === -1) dims.hour = -1;
  return { dims, ...(count.dims.hour === -1 && count.per ? { per: count.per } : {}) };
}

/** The parts asked, or undefined when the question asks one thing (the single target then stands). */
export function askedParts(text: string, quantities: Quantity[]): AskedPart[] | undefined {
  const s = text.toLowerCase().replace(/[?!.\s]+$/, '');
  const breaks = [...s.matchAll(BREAK)].filter((b) => (b.index ?? 0) + b[0].length < s.length);
  const last = breaks.pop();
  const start = last ? (last.index ?? 0) + last[0].length : 0;
  // Without a break before the asking, only a question that opens by asking is split ("what … and …"): "a 1:1 mix of
  // $2/M input and $6/M output" joins two inputs, not two questions.
  if (!last && !ASKING.test(s)) return undefined;
  // A number is never split from its unit: a join inside a quantity ("1,000 and more") is not one.
  const joins = [...s.slice(start).matchAll(JOIN)]
    .map((j) => ({ at: start + (j.index ?? 0), end: start + (j.index ?? 0) + j[0].length }))
    .filter((j) => !quantities.some((q) => q.at >= 0 && j.at < q.at + q.raw.length && j.end > q.at));
  if (!joins.length || joins.length >= MAX_PARTS) return undefined;
  const bounds = [start, ...joins.flatMap((j) => [j.at, j.end]), s.length];
  const parts: AskedPart[] = [];
  let previous: Target | undefined;
  for (let i = 0; i < bounds.length; i += 2) {
    const [a, b] = [bounds[i]!, bounds[i + 1]!];
    const clause = s.slice(a, b).trim();
    if (!clause) return undefined;
    const own = quantities.filter((q) => q.at >= a && q.at < b);
    // The clause alone, at its place in the question, so the target reader skips its quantities' words.
    const masked = `${' '.repeat(a)}${s.slice(a, b)}${' '.repeat(s.length - b)}`;
    let target = TIMES.test(clause) ? { dims: {}, noun: 'time' } : askedTarget(masked, quantities);
    if (!target && DRAW.test(clause) && !/\b(?:cost|bill|spend|price)\b/.test(clause))
      target = { dims: { kwh: 1, hour: -1 } };
    // "for a 31-day month", "30-day cost": the total over the duration the clause gives.
    if (own.some(isDuration) && (!target || (target.dims.usd === 1 && target.dims.hour === -1)))
      target = { dims: { usd: 1 } };
    // "22 workdays … per-engineer monthly cost": a span the question gives that is about the period asked stands for
    // it, so the part is the total over that span.
    if (target?.dims.usd === 1 && target.dims.hour === -1 && target.per && quantities.some(spans(target.per))) {
      const dims = { ...target.dims };
      delete dims.hour;
      target = { ...target, dims, per: undefined };
    }
    // "cost per user" after "monthly bill": per user over the same period.
    if (target && previous?.dims.hour === -1 && target.dims.usd === 1 && target.dims.hour === undefined) {
      const counted = Object.keys(target.dims).some((k) => k === 'user' || k === 'gpu' || k === 'item');
      if (counted && !own.some(isDuration))
        target = { ...target, dims: { ...target.dims, hour: -1 }, per: previous.per };
    }
    if (!target && MONEY_WORD.test(clause) && !own.some((q) => q.dims.percent === 1 || q.dims.times === 1))
      target = { dims: { usd: 1 } };
    // "at a 28x jump, what does the next one cost?": a first clause that asks nothing sets a condition of the one
    // question that follows.
    if (!target && i === 0 && !ASKING.test(clause)) return undefined;
    // "at 312 TFLOP/s and 35% utilisation": a share of the time a rate runs, joined to it, is a condition of the
    // question, not another thing asked.
    if (!target && i > 0 && own.length && own.every((q) => q.dims.percent === 1 && q.on !== undefined)) continue;
    // "cost per ticket, and for 90k tickets a month?": a count of what the part before is per asks the total for
    // that many (over the count's period when it has one).
    if (!target && previous) target = totalFor(previous, own);
    // A clause that names no unit and gives only a factor changes the part before it.
    if (!target) target = previous;
    if (!target && !own.length && i > 0) return undefined;
    parts.push({ label: text.slice(a, b).trim(), target, own });
    previous = target;
  }
  // Two clauses asking the same unit with nothing of their own are one thing said twice.
  const distinct = parts.filter(
    (p, i) => i === 0 || p.own.length || JSON.stringify(p.target) !== JSON.stringify(parts[i - 1]!.target),
  );
  return distinct.length >= 2 ? parts : undefined;
}
