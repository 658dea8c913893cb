// Costs written as a sum of parts of different shapes: "12 engineers at $250k + $80k/mo compute", "$3k a month of
// hosting plus 2 contractors at $90/hr for 160 hours a month". No one formula multiplies every number; each part is
// worked into the unit asked on its own and the parts are added.
import { COUNT_DIMS, sameDims, solve, type Target, type Worked } from '../units.js';
import { HOURS, type Quantity } from './quantities.js';

const isDuration = (q: Quantity) => q.dims.hour === 1 && Object.keys(q.dims).length === 1;

/** What joins two parts of a sum: "+", "plus", "and", a comma or a semicolon. */
const JOIN = /\+|\bplus\b|\band\b|\bon top of\b|\bwith\b|,|;/;
/** Most parts added. */
const MAX_PARTS = 4;
/** Amounts set against each other, or income beside costs: parts that subtract or are alternatives, not a sum. */
const NOT_A_SUM =
  /\b(?:vs\.?|versus|or|compared|instead|rather|against|revenue|income|profit|earn\w*|sales|sav(?:e|es|ed|ing|ings)|margin|minus|less|left|remain\w*|each way|either)\b/;
/** A cost asked: only costs are summed. */
const COST_ASKED = /\b(?:costs?|spend\w*|bill|budget|total|payroll|burn|outlay|expenses?|all[- ]in|overall)\b/;

/** Income asked of parts that are all income: "ARR?", "monthly revenue", "MRR", "run-rate". */
const INCOME_ASKED = /\b(?:arr|mrr|revenue|run[- ]?rate|billings|bookings)\b/;
const COST_WORDS =
  /\b(?:costs?|costing|spend\w*|expenses?|burn\w*|pay(?:s|ing)? (?:for|out)|payroll|salar\w*|cogs|margin|profit)\b/;

/** The parts in order: a part without money joins the part after it ("12 engineers at" + "$250k"), or the one before
 * when it comes last ("$80k/mo … for 12 months"). */
function partsOf(s: string, qs: Quantity[]): Quantity[][] {
  const groups: Quantity[][] = [];
  qs.forEach((q, i) => {
    const prev = qs[i - 1];
    if (!prev || JOIN.test(s.slice(prev.at + prev.raw.length, q.at))) groups.push([q]);
    else groups[groups.length - 1]!.push(q);
  });
  const merged: Quantity[][] = [];
  let carry: Quantity[] = [];
  for (const g of groups) {
    const all = [...carry, ...g];
    if (all.some((q) => q.dims.usd !== undefined)) {
      merged.push(all);
      carry = [];
    } else carry = all;
  }
  if (carry.length && merged.length) merged[merged.length - 1]!.push(...carry);
  else if (carry.length) merged.push(carry);
  return merged;
}

function withoutTime(t: Target): Target {
  const dims = { ...t.dims };
  delete dims.hour;
  return { ...t, dims };
}

/** The formula of a worked part, as the user wrote its inputs. */
function formulaOf(w: Worked): string {
  return w.steps.map((x, i) => `${i ? (x.sign === 1 ? ' × ' : ' ÷ ') : ''}${x.q.raw}`).join('');
}

/**
 * One amount for a sum of parts, each worked into the unit asked; undefined unless a money unit is asked, the numbers
 * together do not combine, and every part (two to four) combines alone without ranges or percentages.
 */
export function summedParts(s: string, qs: Quantity[], asked?: Target): Quantity | undefined {
  // "5 engineers at $220k/yr plus $30k/mo compute, total for 18 months?": a total of money, when no unit is named.
  const totalOfParts = /\b(?:total|all[- ]in|altogether)\b/.test(s) && /\+|\bplus\b|\bon top of\b/.test(s);
  const target = asked ?? (totalOfParts && qs.some((q) => q.dims.usd === 1) ? { dims: { usd: 1 } } : undefined);
  if (target?.dims.usd !== 1 || qs.length < 2) return undefined;
  // "420 seats at $39/seat/mo plus 3 platform fees of $2,500/mo each. ARR?": income parts summed, when no cost is
  // written beside them.
  const income = INCOME_ASKED.test(s) && !COST_WORDS.test(s) && !/\b(?:vs\.?|versus|or|minus|less|left)\b/.test(s);
  if (!income && (NOT_A_SUM.test(s) || !COST_ASKED.test(s))) return undefined;
  if (typeof solve(qs, target) !== 'string') return undefined;
  // A duration written once ("for a year: …") runs over every part that needs it.
  const durations = qs.filter(isDuration);
  const parts = partsOf(
    s,
    qs.filter((q) => !isDuration(q)),
  );
  if (parts.length < 2 || parts.length > MAX_PARTS) return undefined;
  const clean = (w: ReturnType<typeof solve>): w is Worked =>
    typeof w !== 'string' && w.high === undefined && !w.factors.length;
  // "$39/seat × 120 plus 6,300 in usage — monthly total?": no number names a time, so each part is already what a
  // month costs; only a month, the period seats and bills are quoted by ("yearly total?" may want 12 of them).
  const timeless = !qs.some((q) => q.dims.hour !== undefined) && target.per === 'month';
  const perPart = timeless && target.dims.hour !== undefined ? withoutTime(target) : target;
  const worked = parts.map((p) => {
    const alone = solve(p, perPart);
    return clean(alone) || !durations.length ? alone : solve([...p, ...durations], perPart);
  });
  if (!worked.every(clean)) return undefined;
  // Every number is used: a duration no part needed was misread.
  if (durations.some((d) => !worked.some((w) => w.steps.some((x) => x.q === d)))) return undefined;
  const sum = worked.reduce((total, w) => total + w.value, 0);
  // Worked without the period, the sum is what one period asked costs: as a rate, it is spread over that period.
  const hours = perPart !== target ? HOURS[target.per ?? ''] : 1;
  if (!hours) return undefined;
  const value = sum / hours;
  const raw = `(${worked.map(formulaOf).join(' + ')})`;
  return { value, dims: { ...target.dims }, raw, at: qs[0]!.at, per: target.per };
}

/**
 * A sum of costs shared out over what the user counts: "$3.2M capex over 4 yrs + $25k/mo power, 256 GPUs at 70%
 * utilisation — cost per used GPU-hour?" is ($3.2M ÷ 4 yrs + $25k/mo) ÷ 256 GPUs ÷ 70%. The money parts are summed
 * into the asked unit without its counted things, then the counts and percentages divide that sum. Undefined unless a
 * cost per a counted thing is asked, the numbers do not combine as one product, and the money parts (two to four) each
 * combine alone.
 */
export function sumPerCounted(s: string, qs: Quantity[], asked?: Target): Quantity[] | undefined {
  if (asked?.dims.usd !== 1) return undefined;
  const counted = COUNT_DIMS.filter((d) => asked.dims[d] === -1);
  if (counted.length !== 1) return undefined;
  if (typeof solve(qs, asked) !== 'string') return undefined;
  // The things the cost is shared over: counts of what is asked per, with no money in them ("256 GPUs").
  const isCount = (q: Quantity) => q.dims.usd === undefined && (q.dims[counted[0]!] ?? 0) > 0;
  const isShare = (q: Quantity) => q.dims.percent === 1 || q.dims.times === 1;
  const counts = qs.filter(isCount);
  const shares = qs.filter(isShare);
  const d = counted[0]!;
  // "100 h100s at $33.6k each": a price per one of the counted things is bought for all of them (100 × $33.6k).
  const forAll = (q: Quantity): Quantity => {
    const dims = { ...q.dims };
    delete dims[d];
    const count = counts[0]!;
    return { ...q, value: q.value * count.value, dims, raw: `${count.raw} × ${q.raw}` };
  };
  const money = qs
    .filter((q) => !isCount(q) && !isShare(q))
    .map((q) => (q.dims.usd === 1 && q.dims[d] === -1 && counts.length === 1 ? forAll(q) : q));
  if (counts.length !== 1 || money.filter((q) => q.dims.usd !== undefined).length < 2) return undefined;
  // Every number left is money or a time: a stray count or rate would be dropped.
  if (money.some((q) => q.dims.usd === undefined && !isDuration(q))) return undefined;
  const dims = { ...asked.dims };
  delete dims[counted[0]!];
  // "$40k/mo of inference plus $15k/mo of staff — cost per user?": no period asked, so per the one every part is paid
  // by.
  const periods = new Set(money.map((q) => (q.dims.hour === -1 ? q.per : 'none')));
  const [period] = periods;
  const over =
    dims.hour === undefined && periods.size === 1 && period && period !== 'none' && !money.some(isDuration)
      ? { dims: { ...dims, hour: -1 }, per: period }
      : { dims };
  const sum = summedParts(s, money, { ...asked, ...over });
  if (!sum) return undefined;
  // A utilisation of costs paid whether the hardware works or not: the hours used carry all of them, so a cost per
  // hour is over the used hours (÷ 60%), never a share of the cost (× 60%).
  const perHour = asked.dims.hour === -1;
  return [sum, ...counts, ...shares.map((f) => (f.busy && perHour ? { ...f, apply: 'of-total' as const } : f))];
}

/** "10 engineers at $240k each + $1.1M compute per year": a year written on some parts of a spend and no period on the
 * others is every part's (pay and budgets are quoted by the year); any other period mixed with amounts is left alone. */
function yearlyParts(qs: Quantity[], worked: Array<Worked | string>): Array<Worked | string> {
  const pers = new Set(qs.filter((q) => q.dims.hour !== undefined).map((q) => (q.dims.hour === -1 ? q.per : 'other')));
  if (pers.size !== 1 || !pers.has('year')) return worked;
  return worked.map((w) =>
    typeof w === 'string' || w.dims.hour !== undefined || w.dims.usd !== 1
      ? w
      : { ...w, value: w.value / HOURS.year!, dims: { ...w.dims, hour: -1 } },
  );
}

/** "what % of spend is compute", "what share of the budget goes to people": the kind of spending asked. */
const SHARE_OF_SUM =
  /\bwhat\s+(?:%|percent(?:age)?|share|fraction|portion|part|proportion)\s+of\s+(?:the\s+|our\s+|total\s+|all\s+|overall\s+|that\s+)*(?:spend|spending|costs?|budget|bill|outlay|expenses?|total)\s+(?:is|are|was|goes|went)\s+(?:to\s+|on\s+|for\s+)?(?:the\s+)?([a-z][a-z-]+)/;

/** A part of a sum of parts and the sum, when a share of the whole is asked by what the part is ("10 engineers at
 * $180k each plus $400k of gpus — what % of spend is compute?" is $400k of $2.2M); undefined unless every part is
 * worked alone into money and exactly the parts named by the kind asked are its. */
export function shareOfSum(
  s: string,
  qs: Quantity[],
  kinds: RegExp[] = [],
): { part: Quantity; total: Quantity } | 'vague' | undefined {
  const m = SHARE_OF_SUM.exec(s);
  if (!m) return undefined;
  const given = qs.filter((q) => q.at < m.index);
  if (given.length !== qs.length || given.some((q) => q.dims.percent || q.dims.times)) return undefined;
  const parts = partsOf(s, given);
  if (parts.length < 2) return undefined;
  // A kind of spending asked that no words place among the parts ("what % is marketing"): no share to give.
  const kind = kinds.find((k) => k.test(m[1]!));
  if (!kind || parts.length > MAX_PARTS) return 'vague';
  const worked = yearlyParts(
    given,
    parts.map((p) => solve(p)),
  );
  const [first] = worked;
  if (
    !first ||
    typeof first === 'string' ||
    first.dims.usd !== 1 ||
    Object.keys(first.dims).some((d) => d !== 'usd' && d !== 'hour') ||
    !worked.every(
      (w): w is Worked =>
        typeof w !== 'string' && w.high === undefined && !w.factors.length && sameDims(w.dims, first.dims),
    )
  )
    return 'vague';
  // Each part's words run between the joins ("plus", ",", "and") around it; the question's asking is left out.
  const endOf = (p: Quantity[]) => p.at(-1)!.at + p.at(-1)!.raw.length;
  const join = (from: number, to: number) => {
    const gap = s.slice(from, to);
    const all = [...gap.matchAll(new RegExp(JOIN.source, 'g'))];
    return all.length
      ? { first: from + all[0]!.index!, last: from + all.at(-1)!.index! + all.at(-1)![0].length }
      : undefined;
  };
  const textOf = (i: number) => {
    const from = i === 0 ? 0 : (join(endOf(parts[i - 1]!), parts[i]![0]!.at)?.last ?? parts[i]![0]!.at);
    const to =
      i + 1 < parts.length ? (join(endOf(parts[i]!), parts[i + 1]![0]!.at)?.first ?? parts[i + 1]![0]!.at) : m.index;
    return s.slice(from, to);
  };
  const mine = parts.map((_, i) => kind.test(textOf(i)));
  const n = mine.filter(Boolean).length;
  if (n === 0 || n === parts.length) return 'vague';
  const sumOf = (ws: Worked[]) => ws.reduce((t, w) => t + w.value, 0);
  const ofKind = worked.filter((_, i) => mine[i]);
  const raw = (ws: Worked[]) => (ws.length > 1 ? `(${ws.map(formulaOf).join(' + ')})` : formulaOf(ws[0]!));
  const part: Quantity = { value: sumOf(ofKind), dims: first.dims, raw: raw(ofKind), at: qs[0]!.at };
  const total: Quantity = { value: sumOf(worked), dims: first.dims, raw: raw(worked), at: qs[0]!.at };
  return { part, total };
}
