// Arithmetic with the user's own numbers and units: "10M tokens a day at $0.50/M for a year" → $1,825,
// "8 H100s for 30 days at $2/hr" → $11,520, "$5.6M / 2048 GPUs" → $2,734 per GPU. Every number given is
// used; when they do not combine, the next row (sourced rates) gets the question.
import type { KnowledgeIndex } from '../../knowledge/index.js';
import { isEnglish, SLANG, TECH } from '../../knowledge/wordlists.js';
import { findAmounts } from '../calc.js';
import { solveChain } from '../chain.js';
import { Citer } from '../cite.js';
import {
  floorCount,
  formatCount,
  formatFigureValue,
  formatMoney,
  formatPercent,
  formatScientific,
  grouped,
  trimNumber,
} from '../format.js';
import {
  againstLine,
  blendAgainstLine,
  calculationReply,
  caseLine,
  computedLine,
  differenceLine,
  gapLine,
  lossLine,
  marginLine,
  neverLine,
  partLine,
  powerLine,
  remainderLine,
  savingLine,
  stackedCutLine,
  timesLine,
  totalLine,
  unitsErrorReply,
  unworkedPartLine,
} from '../replies.js';
import { PARTY_NOUN } from '../scenarios.js';
import type { Reply } from '../types.js';
import type { AskedPart } from '../understand/asked-parts.js';
import type { CalcPlan } from '../understand/calc-plan.js';
import { inCurrencyOf } from '../understand/exchange-rate.js';
import { HOURS, type Quantity } from '../understand/quantities.js';
import { NOUN_WORDS } from '../understand/quantity-words.js';
import type { Question } from '../understand/question.js';
import { isPeriodChange, isReciprocal, pricedInWords } from '../understand/target.js';
import { isConvertedAsked } from '../understand/text-units.js';
import { unplacedAmounts } from '../understand/unplaced.js';
import { periodFor, sameDims, solve, type Target, type UnitsError, type Worked } from '../units.js';
import { bookValueLines } from './book-value.js';
import { breakEvenLines, sourcedBreakEven } from './break-even.js';
import { budgetLeftLines } from './budget-left.js';
import { changeLines, impliedRevenueLines, reachLines, weightedSplitLines } from './change.js';
import type { Answerer } from './context.js';
import { growthLines } from './growth.js';
import { keepFlatLines } from './keep-flat.js';
import { lifetimeValueLines } from './lifetime-value.js';
import { periodTotalsLines } from './period-totals.js';
import { ownPnlLines, runwayLines, unitBreakEvenLines, volumeLines } from './runway.js';
import { moneyFigures, subjectOf } from './sourced-units.js';
import { listedSharesLines } from './split.js';
import { unitProfitLines } from './unit-profit.js';

/** The worked lines of a plan kind that has its own wording (a payback, a depreciation, a break-even…), first kind
 * found in this order; undefined when the plan is the plain cases. */
function specialLines(
  plan: Question['plan'],
  money: (n: number) => string,
  breakEven: Question['plan']['breakEven'],
  timePer: string | undefined,
): ReturnType<typeof changeLines> | undefined {
  if (plan.keepFlat) return keepFlatLines(plan.keepFlat);
  if (plan.bookValue) return bookValueLines(plan.bookValue, money);
  if (plan.budgetLeft) return budgetLeftLines(plan.budgetLeft, money);
  if (plan.lifetimeValue) return lifetimeValueLines(plan.lifetimeValue, money);
  if (plan.ownPnl) return ownPnlLines(plan.ownPnl, money);
  if (plan.runway) return runwayLines(plan.runway, money, timePer);
  if (plan.unitBreakEven) return unitBreakEvenLines(plan.unitBreakEven, money);
  if (plan.volume) return volumeLines(plan.volume, money);
  if (plan.weighted) return weightedSplitLines(plan.weighted, money);
  if (breakEven) return breakEvenLines(breakEven, money);
  if (plan.periodTotals) return periodTotalsLines(plan.periodTotals, money);
  if (plan.changes) return plan.changes.map((c) => changeLines(c, money)).reduce(joinLines);
  if (plan.change) return changeLines(plan.change, money);
  if (plan.lossGiven) return impliedRevenueLines(plan.lossGiven.loss, plan.lossGiven.ratio, money);
  if (plan.reach) return reachLines(plan.reach, money);
  const shares = plan.listedShares;
  if (shares)
    return listedSharesLines(shares, (value) =>
      describe({ value, dims: shares.total.dims, steps: [{ q: shares.total, sign: 1 }], factors: [] }),
    );
  if (plan.growth)
    return growthLines(plan.growth, money, (like, value, per) =>
      describe({ value, dims: like.dims, steps: [{ q: like, sign: 1 }], factors: [] }, per),
    );
  return undefined;
}

/** Numbers the plan reads into its cases beyond the quantities: the weights of a listed split ("team b 780"), the
 * count of the others in a fixed-share split ("the remaining 20 share what's left"). */
const placedByPlan = (q: Question): number[] => [
  ...(q.plan.listedShares?.weights ?? []),
  ...q.plan.cases.flatMap((c) => c.quantities.map((x) => x.value)),
];

export const answerUnits: Answerer = (q, { index }) => {
  if (
    q.quantities.length < 2 &&
    !q.plan.listedShares &&
    !q.plan.keepFlat &&
    !isPeriodChange(q.quantities, q.target) &&
    !isReciprocal(q.quantities, q.target) &&
    !isConvertedAsked(q.quantities, q.target)
  )
    return undefined;
  // Words, pages or bytes the user's conversions do not turn into tokens: no formula without them.
  if (q.quantities.some((x) => x.unconverted)) return undefined;
  // "5B tokens/day at the oct-2024 gpt-3.5-level price": a price named in words, not given, is a sourced one; the
  // user's numbers alone would give tokens where a bill is meant.
  if (pricedInWords(q.plain, q.quantities)) return undefined;
  // Money or a count of parties the reading left out ("vs an equal 1-of-50 share" unread): the formula would answer
  // another question. The weights of a listed split ("team a used 420 gpu-h, team b 780") are placed in it.
  if (
    unplacedAmounts(q, placedByPlan(q)).some(
      (a) =>
        a.money ||
        PARTY_NOUN.test(a.next) ||
        /^(?:shares?|stakes?)$/.test(a.next) ||
        // "8 QPS": a count of something no word list knows is a number the formula would silently drop.
        (/^[a-z]{2,6}$/.test(a.next) && !isEnglish(a.next) && !SLANG.has(a.next) && !TECH.has(a.next)) ||
        // "50k signups a month", "2M visitors": a scaled count of things, which no formula without it is about.
        (/^\d[\d,.]*\s?(?:k|m|mn|mm|b|bn|thousand|million|billion)(?![a-z])/i.test(a.raw.trim()) &&
          /^[a-z]{3,}s$/.test(a.next)),
    )
  )
    return undefined;
  // "5% of qwen's downloads pay $60 a year", "1% of llama's users at $10/mo": a share of a count nobody wrote is a share
  // of nothing here; worked alone it is a confident wrong "$3 a year".
  if (
    q.quantities.some((x) => shareOfUncounted(q.plain, x)) &&
    !q.quantities.some((x) => COUNTED.some((d) => x.dims[d] === 1))
  )
    return undefined;
  const { plan } = q;
  if (plan.unitProfit) {
    const u = plan.unitProfit;
    const show = (value: number) =>
      describe({ value, dims: u.revenue.dims, steps: [], factors: [] }, u.revenue.per, u.noun);
    const lines = unitProfitLines(u, show);
    return lines ? calculationReply(lines) : undefined;
  }
  if (plan.margin) {
    const { revenue, cost } = plan.margin;
    if (revenue.value === 0) return unitsErrorReply([revenue.raw, cost.raw], 'divide-by-zero');
    const profit = revenue.value - cost.value;
    // A rate is shown per the revenue's own period ("$0.40/user/day" against "$20/user/mo" is $12 a month per user).
    const period = revenue.dims.hour === -1 ? revenue.per : undefined;
    // Scaled by the revenue as written, so a month the user defined ("a 30 day month") reads in their own numbers.
    const written = findAmounts(revenue.raw)[0]?.value;
    const defined = written && period ? written / (revenue.value * HOURS[period]!) : 1;
    const scale = Math.abs(defined - 1) < 0.05 ? defined : 1;
    const inPeriod = (value: number) =>
      describe({ value: value * scale, dims: revenue.dims, steps: [], factors: [] }, period);
    const costShown = period && cost.per !== period ? `${cost.raw} = ${inPeriod(cost.value)}` : cost.raw;
    // A profit per hour is not what anyone wrote: only amounts, per-unit prices and rates with a period show it.
    const shownProfit =
      revenue.dims.hour === undefined
        ? describe({ value: profit, dims: revenue.dims, steps: [], factors: [] })
        : period
          ? inPeriod(profit)
          : undefined;
    return calculationReply([
      marginLine(trimNumber((100 * profit) / revenue.value, 1), revenue.raw, costShown, shownProfit, plan.margin.net),
    ]);
  }
  // "$20 flat or $0.003 a query — break-even queries?": a count asked, not a time, is one amount over the other.
  const breakEven =
    plan.breakEven && !(q.target && q.target.dims.hour === undefined && Object.keys(q.target.dims).length === 1)
      ? plan.breakEven
      : undefined;
  const sourced = breakEven ? sourcedBreakEven(breakEven, index, q.plain, money) : undefined;
  if (sourced)
    return Array.isArray(sourced.lines)
      ? { ...calculationReply(sourced.lines), sources: sourced.citer.sources() }
      : sourced.lines;
  if (breakEven && !breakEven.alternative.length) return undefined;
  const special = specialLines(plan, money, breakEven, q.target?.dims.hour === 1 ? q.target.per : undefined);
  if (special) {
    const lines = special;
    return Array.isArray(lines) ? calculationReply(lines) : lines;
  }
  if (!plan.cases.length) return undefined;
  const switched = switchPlan(q, index, plan);
  if (switched) {
    const lines = workCases(switched, q.target, q.parts, q.cues.has('time-asked'));
    if (lines) return Array.isArray(lines) ? { ...calculationReply(lines), sources: switched.sources } : lines;
  }
  const worked = workCases(plan, q.target, q.parts, q.cues.has('time-asked')) ?? totalThenTimes(plan, q.plain);
  if (!Array.isArray(worked)) return worked;
  const against = againstSourced(q, index, plan) ?? blendSaving(plan);
  return calculationReply(against ? [...worked, against] : worked);
};

/** A blended price against all at one of its two prices: the share saved and the gap per million tokens. */
function blendSaving(plan: CalcPlan): string | undefined {
  const option = plan.blendAgainst;
  const mixed = plan.cases[0]?.quantities.find((x) => sameDims(x.dims, { usd: 1, token: -1 }) && x !== option);
  if (!option || !mixed || !(option.value > 0)) return undefined;
  const gap = option.value - mixed.value;
  const perMillion = (v: number) => `${money(Math.abs(v) * 1e6)} per million tokens`;
  return blendAgainstLine(option.raw, trimNumber((100 * Math.abs(gap)) / option.value, 1), perMillion(gap), gap >= 0);
}

/** Whether two units differ at most in time: a total and an amount per period are the same thing shown two ways. */
/** Counts a share may be of: people, parties, requests and other things counted. */
const COUNTED = ['user', 'item', 'gpu', 'token'] as const;
/** "5% of qwen's downloads", "1% of the users", "half of our customers": a share of a count, named by its noun after
 * at most two words (a possessive name, "the", "our"). */
const SHARE_OF_COUNT = new RegExp(
  `^\\s*of\\s+(?:[a-z0-9.'’-]+\\s+){0,2}?(?:${NOUN_WORDS.user}|${NOUN_WORDS.party}|downloads|installs|visitors|signups|developers|devs|accounts|buyers)\\b`,
);
function shareOfUncounted(text: string, x: Quantity): boolean {
  if (x.dims.percent !== 1 || x.at < 0) return false;
  return SHARE_OF_COUNT.test(text.toLowerCase().slice(x.at + x.raw.length, x.at + x.raw.length + 60));
}

function sameApartFromTime(a: Worked['dims'], b: Worked['dims']): boolean {
  return sameDims({ ...a, hour: 0 }, { ...b, hour: 0 });
}

/** Lines of several worked parts in one reply; a part that cannot be worked answers alone. */
function joinLines(a: string[] | Reply, b: string[] | Reply): string[] | Reply {
  return !Array.isArray(a) ? a : !Array.isArray(b) ? b : [...a, ...b];
}

const SWITCH = /\bsav(?:e|es|ed|ing|ings)\b|\bswitch\w*\b|\bgoing from\b|\bmov(?:e|ing) from\b/;

/** "2.2B tokens a month: what do we save going from GPT-4 launch pricing to the $0.07/M price?": the user's volume
 * at the named model's sourced price and at the user's own price, side by side with the difference. */
function switchPlan(
  q: Question,
  index: KnowledgeIndex,
  plan: CalcPlan,
): (CalcPlan & { sources: ReturnType<Citer['sources']> }) | undefined {
  const [only] = plan.cases;
  if (plan.cases.length !== 1 || !only || !SWITCH.test(q.plain) || !q.lead) return undefined;
  const prices = only.quantities.filter((x) => sameDims(x.dims, { usd: 1, token: -1 }));
  const figure = q.lead.figures.find((f) => f.unit === 'money/Mtok' && f.value !== undefined);
  if (prices.length !== 1 || !figure) return undefined;
  const citer = new Citer(index.kb);
  const sourced: Quantity = {
    value: figure.value! / 1e6,
    dims: { usd: 1, token: -1 },
    raw: `${q.lead.name}'s ${citer.metricLabel(figure)} (${formatFigureValue(figure)}, ${citer.sourceOf(figure.source)})`,
    at: -1,
  };
  const mine = prices[0]!;
  return {
    cases: [
      { label: sourced.raw, quantities: only.quantities.map((x) => (x === mine ? sourced : x)) },
      { label: mine.raw, quantities: only.quantities },
    ],
    sources: citer.sources(),
  };
}

const TIMES_ASKED = /\bhow many times\b|\bwhat multiple\b|\bmultiple of\b|\bhow many x\b/;

/** "100K chips at $15k per chip: what's that fleet worth, and how many times its $100M estimate?": the other
 * numbers give a total, which is then set against the amount left out. */
function totalThenTimes(plan: CalcPlan, text: string): string[] | undefined {
  const [only] = plan.cases;
  if (plan.cases.length !== 1 || !only || !TIMES_ASKED.test(text)) return undefined;
  const amounts = only.quantities.filter((x) => sameDims(x.dims, { usd: 1 }) && x.high === undefined && x.value > 0);
  for (const against of [...amounts].reverse()) {
    const worked = solve(
      only.quantities.filter((x) => x !== against),
      { dims: { usd: 1 } },
    );
    if (typeof worked === 'string' || worked.high !== undefined || worked.steps.length < 2) continue;
    const total = money(worked.value);
    const times = trimNumber(worked.value / against.value, 2);
    return [totalLine(total), computedLine(formula(worked), undefined, total), timesLine(total, against.raw, times)];
  }
  return undefined;
}

const AGAINST = /\b(more or less|than|compared? (?:to|with)|vs\.?|versus|against)\b/;

/** "2,048 GPUs × 60 days × $2/hr — more or less than V3's compute bill?": the user's total against the sourced
 * figure of the thing named, which keeps its source. */
function againstSourced(q: Question, index: KnowledgeIndex, plan: CalcPlan): string | undefined {
  if (plan.cases.length !== 1 || !AGAINST.test(q.plain)) return undefined;
  const subject = subjectOf(q, index);
  const figure = subject && moneyFigures(q, index, subject).find((f) => f.unit === 'money' && f.value !== undefined);
  const worked = solve(plan.cases[0]!.quantities, q.target);
  if (!figure || typeof worked === 'string' || !sameDims(worked.dims, { usd: 1 }) || worked.high !== undefined)
    return undefined;
  const citer = new Citer(index.kb);
  const label = `${subject!.name}'s ${citer.metricLabel(figure)} (${formatFigureValue(figure)}, ${figure.source})`;
  const gap = worked.value - figure.value!;
  return againstLine(
    money(Math.abs(gap)),
    gap >= 0,
    label,
    figure.value ? trimNumber(worked.value / figure.value, 2) : undefined,
  );
}

/** A count of an unlisted thing ("from those two numbers") is an input only when something is per it, it is
 * multiplied ("× 7 rounds") or the question counts it. */
function inputsOf(quantities: Quantity[], target?: Target): Quantity[] {
  return quantities.filter(
    (x) =>
      !x.loose ||
      x.chained ||
      // "750 words per 1k tokens", "30M words … 1.3 tokens per word": a rate of the thing, and the thing it converts.
      Object.keys(x.dims).length > 1 ||
      quantities.some((o) => o !== x && o.noun === x.noun && Object.keys(o.dims).length > 1) ||
      target?.noun === x.noun ||
      quantities.some((o) => o !== x && o.dims.item === -1 && !o.loose),
  );
}

/** Several things asked of one set of numbers ("monthly bill and cost per user"): each solved in order, a later one
 * from an earlier result where its unit needs it; undefined when none can be worked. */
function workParts(quantities: Quantity[], parts: AskedPart[]): string[] | Reply | undefined {
  const mine = parts.map((p) => new Set(p.own.map((x) => x.at)));
  const used = inputsOf(quantities, parts[0]?.target);
  const shared = used.filter((x) => !mine.some((m) => m.has(x.at)));
  const chain = parts.map((p, i) => ({ target: p.target, own: used.filter((x) => mine[i]!.has(x.at)) }));
  const results = solveChain(shared, chain, resultOf);
  if (!results.some((w) => typeof w !== 'string')) return undefined;
  // Two parts worked to the same figure by the same formula: the second was not understood as a thing of its own.
  const seen = results.flatMap((w, i) =>
    typeof w === 'string' ? [] : [`${resultOf(w, parts[i]!.target)} ${formula(w)}`],
  );
  if (new Set(seen).size < seen.length) return undefined;
  return results.flatMap((worked, i) => {
    const { label } = parts[i]!;
    // "tokens per day, and cost at $0.50/M?": a part naming no period is shown per the period asked before it.
    const before = parts
      .slice(0, i)
      .map((p) => p.target?.per)
      .filter(Boolean)
      .pop();
    const own = parts[i]!.target;
    const target = own
      ? own.per || !before
        ? own
        : { ...own, per: before }
      : before
        ? { dims: {}, per: before }
        : undefined;
    if (typeof worked === 'string') return [unworkedPartLine(label)];
    const result = resultOf(worked, target);
    const base = worked.base !== undefined ? baseOf(worked, target) : undefined;
    return [partLine(label, result), computedLine(formula(worked), base, result)];
  });
}

/** The amount asked, per a thing the inputs are per but never count ("per person" with no head count). */
function perUncounted(used: Quantity[], target: Target): Worked | undefined {
  // Only a bill, once or each period, is worth saying per one of something.
  if (target.dims.usd !== 1 || Object.keys(target.dims).some((k) => k !== 'usd' && k !== 'hour')) return undefined;
  for (const d of ['user', 'gpu', 'item'] as const) {
    if (target.dims[d] !== undefined || !used.some((x) => x.dims[d] === -1) || used.some((x) => (x.dims[d] ?? 0) > 0))
      continue;
    const worked = solve(used, { ...target, dims: { ...target.dims, [d]: -1 } });
    if (typeof worked !== 'string') return worked;
    // "one 700W gpu running for a year at $0.12/kWh — yearly electricity?": the duration given makes it the total.
    if (target.dims.hour !== -1 || !used.some((x) => x.dims.hour === 1 && Object.keys(x.dims).length === 1)) continue;
    const whole = solve(used, { dims: { usd: 1, [d]: -1 } });
    if (typeof whole !== 'string') return whole;
  }
  return undefined;
}

/** The amount per one thing asked per so many of them, of inputs that never name that thing: they describe one. */
function perOneDescribed(used: Quantity[], target: Target): Worked | undefined {
  const d = (['user', 'gpu', 'item', 'token'] as const).find((k) => target.dims[k] === -1);
  if (!d || used.some((x) => x.dims[d] !== undefined)) return undefined;
  const rest = Object.fromEntries(Object.entries(target.dims).filter(([k]) => k !== d));
  const one = solve(used, { ...target, dims: rest });
  return typeof one === 'string' ? undefined : { ...one, dims: target.dims };
}

/** A cost per one of something asked without a period, of inputs that run over time: per that thing over the inputs'
 * own period ("$18k a month ÷ 1,500 users" is $12 a month per user). */
function perCountOverTime(
  used: Quantity[],
  target: Target,
): { worked: Worked | UnitsError; target: Target } | undefined {
  const keys = Object.keys(target.dims);
  const count = (['user', 'gpu', 'item'] as const).find((d) => target.dims[d] === -1);
  // "burn $2M a month, a fine-tune costs $50K — how many fine-tunes?": things counted, bought out of a money rate, are
  // so many each period of the rate.
  const bought = !keys.length && target.noun !== undefined;
  if (!bought && (target.dims.usd !== 1 || !count || keys.length !== 2)) return undefined;
  const rate = used.find((x) => x.dims.hour === -1 && x.per);
  if (!rate?.per) return undefined;
  if (bought && (rate.dims.usd !== 1 || Object.keys(rate.dims).length !== 2)) return undefined;
  // "each request is 1k tokens in and 300 out": a price per one of the things bought gives so many of them each period.
  const each = bought ? (['user', 'gpu', 'item'] as const).find((d) => used.some((x) => x.dims[d] === -1)) : undefined;
  const timed: Target = {
    ...target,
    dims: { ...target.dims, ...(each ? { [each]: 1 } : {}), hour: -1 },
    per: rate.per,
  };
  const worked = solve(used, timed);
  if (worked === 'no-combination') return undefined;
  // The money each period pays for the things, never a price per hour spread over a sum.
  if (bought && typeof worked !== 'string' && !worked.steps.some((x) => x.q === rate && x.sign === 1)) return undefined;
  return { worked, target: timed };
}

/** The amount per one of a thing asked, of inputs already per it, when the question counts that thing too: per one
 * without the count, and the whole with it; undefined unless both solve. */
function perOneOfCounted(used: Quantity[], target: Target): { one: Worked; all: Worked; count: Quantity } | undefined {
  const d = (['user', 'gpu', 'item'] as const).find((k) => target.dims[k] === -1);
  if (!d || target.dims.usd !== 1) return undefined;
  const counts = used.filter((x) => x.dims[d] === 1 && Object.keys(x.dims).length === 1);
  if (counts.length !== 1 || !used.some((x) => x.dims[d] === -1)) return undefined;
  const count = counts[0]!;
  const one = solve(
    used.filter((x) => x !== count),
    target,
  );
  const rest = Object.fromEntries(Object.entries(target.dims).filter(([k]) => k !== d));
  const all = solve(used, { ...target, dims: rest, noun: undefined });
  if (typeof one === 'string' || typeof all === 'string') return undefined;
  return { one, all, count };
}

/** The amount asked of inputs that are each per one of the things one count counts, when the asked unit counts none of
 * them: each amount is the count times it ("(8 servers × $25k each) ÷ (8 servers × $4k/month)"), so the whole is
 * worked, never one of them alone. */
function countedThrough(used: Quantity[], target: Target): Worked | undefined {
  const d = (['gpu', 'user', 'item'] as const).find((k) => used.some((x) => x.dims[k] === 1));
  if (!d || target.dims[d] !== undefined) return undefined;
  const counts = used.filter((x) => x.dims[d] === 1 && Object.keys(x.dims).length === 1);
  const each = used.filter((x) => x.dims[d] === -1);
  if (counts.length !== 1 || each.length < 2 || used.some((x) => (x.dims[d] ?? 0) > 0 && !counts.includes(x)))
    return undefined;
  const count = counts[0]!;
  const whole = used
    .filter((x) => x !== count)
    .map((x): Quantity => {
      if (x.dims[d] !== -1) return x;
      const dims = { ...x.dims };
      delete dims[d];
      return { ...x, value: x.value * count.value, dims, raw: `(${count.raw} × ${x.raw})`, shown: undefined };
    });
  const worked = solve(whole, target);
  return typeof worked === 'string' ? undefined : worked;
}

/** A count per another count asked ("tokens per request") of inputs of which one alone runs over a period: that one
 * as its period's whole, the others being counted over the same period. */
function overItsPeriod(used: Quantity[], target: Target): Worked | undefined {
  if (target.dims.hour !== undefined || target.dims.usd !== undefined || !Object.keys(target.dims).length)
    return undefined;
  // Only a spend over a period asked per one of a thing ("tokens per request"): a rate of requests is no total.
  if (!Object.values(target.dims).some((e) => e === -1)) return undefined;
  const timed = used.filter((x) => x.dims.hour !== undefined);
  const rate = timed[0];
  if (timed.length !== 1 || !rate || rate.dims.hour !== -1 || !rate.per || rate.dims.usd !== 1) return undefined;
  const dims = { ...rate.dims };
  delete dims.hour;
  const whole: Quantity = { ...rate, value: rate.value * HOURS[rate.per]!, dims, per: undefined };
  const worked = solve(
    used.map((x) => (x === rate ? whole : x)),
    target,
  );
  return typeof worked === 'string' ? undefined : worked;
}

/** A rate over time of zero among the inputs ("$0/month"), the one a duration asked would divide by. */
function zeroRate(used: Quantity[]): Quantity | undefined {
  return used.find((x) => x.value === 0 && x.dims.hour === -1);
}

/** Solves each case of a plan and words the results: lines, an error reply, or undefined when the inputs do not
 * combine. Several things asked of a single case are worked in order (`parts`). */
/** `timeAsked`: the question asks a length of time or a date (cue `time-asked`); without it a bare duration is never
 * the answer ("$294K as a % of our $2.4M annual budget" is no "44.7 days", "how many runs is one month" no "4.6 hours"):
 * the formula that fits the units answers another question. */
export function workCases(
  plan: CalcPlan,
  target?: Target,
  parts?: AskedPart[],
  timeAsked = true,
): string[] | Reply | undefined {
  const [single] = plan.cases;
  if (
    parts &&
    plan.cases.length === 1 &&
    single &&
    !single.label &&
    !plan.parts &&
    !plan.loss &&
    !plan.saving &&
    !plan.summed
  ) {
    const lines = workParts(single.quantities, parts);
    if (lines) return lines;
  }
  const solved: Array<{ label?: string; worked: Worked; asked?: Target }> = [];
  const askedOfAll = target;
  for (const c of plan.cases) {
    target = c.asked ?? askedOfAll;
    const used = inputsOf(c.quantities, target);
    // A sourced figure alone, taken whole (no end of its range) with no period asked, is no calculation
    // ("Computed: $233B = $233B"): the user's numbers it came with combine with nothing. Its reciprocal asked ("tokens
    // per dollar at the GPT-4 price") is one.
    // "gpt-3's training compute in petaflop/s-days" is: the figure shown in the unit named.
    if (
      used.length === 1 &&
      used[0]!.at < 0 &&
      !c.label &&
      !target?.per &&
      !target?.unit &&
      !isReciprocal(used, target)
    )
      continue;
    let worked = solve(used, target);
    // Nothing in the unit asked: the most sensible unit, but only when it differs from the asked one by time alone
    // ("monthly (30 days)?" → a total over those days). "$0.0000075" for a bill, "450 tokens" for a price or "$4,096 an
    // hour" for GPU-hours would be a confident figure for another thing.
    // "how many fine-tunes" of a money rate and a price: so many each period, never the time one price takes.
    const bought = worked === 'no-combination' && target && !Object.keys(target.dims).length && target.noun;
    const perPeriod = bought ? perCountOverTime(used, target!) : undefined;
    if (perPeriod) [worked, target] = [perPeriod.worked, perPeriod.target];
    if (worked === 'no-combination' && target) {
      const fallback = solve(used);
      // A total asked is never answered by spreading an amount over a duration ("8 GPUs × $26K ÷ 5 months").
      const spread =
        typeof fallback !== 'string' &&
        target.dims.hour === undefined &&
        fallback.steps.some((x) => x.sign === -1 && x.q.dims.hour === 1 && Object.keys(x.q.dims).length === 1);
      if (typeof fallback === 'string' || (sameApartFromTime(fallback.dims, target.dims) && !spread)) worked = fallback;
    }
    // "2M tokens per person a month at $5/M, monthly cost?" with no head count: the bill per person, said so.
    if (worked === 'no-combination' && target) worked = perUncounted(used, target) ?? worked;
    // "per 1k requests: 800 input tokens at $0.15/M …": inputs that never count the thing asked per describe one of it.
    if (worked === 'no-combination' && target?.perCount) worked = perOneDescribed(used, target) ?? worked;
    // "$18k/mo API bill, 1,500 users, per user?": per one of them over the period the inputs run.
    const timed = worked === 'no-combination' && target ? perCountOverTime(used, target) : undefined;
    if (timed) [worked, target] = [timed.worked, timed.target];
    // "12k MAU, each does 25 chats a month … cost per user per month?": the count of what the rates are already per
    // is not needed for the amount per one of it; it gives the whole, shown after.
    const whole = worked === 'no-combination' && target ? perOneOfCounted(used, target) : undefined;
    if (whole) {
      solved.push(
        { worked: whole.one, asked: { ...target!, noun: target!.noun ?? whole.count.noun } },
        { label: whole.count.raw, worked: whole.all },
      );
      continue;
    }
    // "8 servers at $25k each, each nets $4k/month — payback?": a count every amount is per multiplies each of them.
    if (worked === 'no-combination' && target) worked = countedThrough(used, target) ?? worked;
    // "spent $2,160 last month … across 1.2M requests — tokens per request?": one amount is over a period and nothing
    // else is, so the others are that period's too: the amount is the period's whole.
    if (worked === 'no-combination' && target) worked = overItsPeriod(used, target) ?? worked;
    if (worked === 'no-combination') return undefined;
    if (!timeAsked && typeof worked !== 'string' && sameDims(worked.dims, { hour: 1 }) && !target?.dims.hour)
      return undefined;
    // "saves $0/month — break-even when?": a time asked of a rate that is zero never comes.
    const still = worked === 'divide-by-zero' && target?.dims.hour === 1 ? zeroRate(used) : undefined;
    if (still)
      return calculationReply([
        neverLine(
          still.raw,
          used.filter((x) => x !== still).map((x) => x.raw),
        ),
      ]);
    if (typeof worked === 'string')
      return unitsErrorReply(
        used.map((x) => x.raw),
        worked,
      );
    solved.push({ label: c.label, worked, ...(c.asked ? { asked: target } : {}) });
  }
  target = askedOfAll;
  if (!solved.length) return undefined;
  const lines: string[] = [];
  for (const { label, worked, asked } of solved) {
    const shownAs = asked ?? target;
    // "doubling every 6 months, after 3 years": the growth alone, a multiple.
    if (!worked.steps.length && worked.over) {
      // "5% monthly churn — what % is left after a year?": a share of the start that remains.
      const left = worked.factors.some((f) => f.falls) && worked.value < 1;
      // "5% a month for a year — total % increase?": the growth as a percentage, its multiple beside it.
      const shown = left
        ? `${trimNumber(worked.value * 100, 1)}% of the start left (${trimNumber((1 - worked.value) * 100, 1)}% gone)`
        : plan.percentAsked && worked.value >= 1
          ? `+${trimNumber((worked.value - 1) * 100, 1)}% (${multipleShown(worked.value)})`
          : multipleShown(worked.value);
      const growth = worked.factors.map((f) => `(${f.raw})`).join(' × ');
      lines.push(
        totalLine(shown),
        computedLine(`${growth} over ${worked.over.shown ?? worked.over.raw}`, undefined, shown),
      );
      continue;
    }
    // Yuan in, yuan out (euros, pounds too): the solver's money dimension is the currency the user wrote.
    const currency = worked.steps.find((x) => x.q.currency)?.q.currency;
    const result = inCurrencyOf(resultOf(worked, shownAs), currency);
    const rate = perPeriod(worked, shownAs?.per);
    const shown = `${result}${rate ? ` (${inCurrencyOf(rate, currency)})` : ''}`;
    lines.push(label ? caseLine(label, shown) : totalLine(shown));
    const base = worked.base !== undefined ? baseOf(worked, shownAs) : undefined;
    lines.push(computedLine(formula(worked), base && inCurrencyOf(base, currency), result));
    if (plan.saving && worked.base !== undefined && worked.high === undefined) {
      const before = { ...worked, value: worked.base, high: undefined };
      const saved = { ...worked, value: worked.base - worked.value, high: undefined };
      lines.push(
        savingLine(describe(saved, shownAs?.per, shownAs?.noun), describe(before, shownAs?.per, shownAs?.noun)),
      );
    }
    const stacked = plan.percentAsked ? stackedCuts(worked) : undefined;
    if (stacked) lines.push(stacked);
    const power = worked.dims.kwh === undefined ? powerOf(worked) : undefined;
    if (power) lines.push(power);
    const left = plan.remainder ? remainderOf(worked) : undefined;
    if (left)
      lines.push(remainderLine(grouped(0).format(left.whole), plural(shownAs?.noun ?? 'time'), money(left.left)));
    if (plan.loss && sameDims(worked.dims, { usd: 1 })) {
      const ratio = worked.factors.find((f) => f.apply === 'per-dollar');
      if (ratio?.value)
        lines.push(lossLine(money(worked.value - worked.value / ratio.value), money(worked.value / ratio.value)));
    }
  }
  const [a, b] = solved;
  if (
    !plan.parts &&
    !plan.partsOfOne &&
    solved.length === 2 &&
    a &&
    b &&
    sameDims(a.worked.dims, b.worked.dims) &&
    a.worked.high === undefined &&
    b.worked.high === undefined
  ) {
    const gap = Math.abs(a.worked.value - b.worked.value);
    const low = Math.min(a.worked.value, b.worked.value);
    const high = Math.max(a.worked.value, b.worked.value);
    const ratio = low > 0 ? `${trimNumber(high / low, 1)}×` : undefined;
    // "what's the effective discount?": the gap as a share of the dearer one, the way a discount is written.
    const dearer = high === a.worked.value ? a.worked : b.worked;
    const relative =
      plan.relative && high > 0
        ? `${trimNumber((100 * gap) / high, 1)}% less than ${describe(dearer, target?.per, target?.noun)}`
        : undefined;
    const shown = alsoIn(
      describe({ ...a.worked, value: gap }, target?.per, target?.noun),
      { ...a.worked, value: gap },
      target,
    );
    const currency = a.worked.steps.find((x) => x.q.currency)?.q.currency;
    // "how much more does each pay?": the gap is the answer, each case its working.
    if (plan.gapAsked) lines.unshift(gapLine(inCurrencyOf(shown, currency), b.worked.value >= a.worked.value));
    else lines.push(differenceLine(inCurrencyOf(shown, currency), ratio, relative));
  }
  return lines;
}

/** "cut 20% then another 25% — total % off?": two or more percentage cuts and nothing else, as the one cut they make. */
function stackedCuts(w: Worked): string | undefined {
  const cuts = w.factors;
  if (cuts.length < 2 || w.high !== undefined) return undefined;
  if (!cuts.every((f) => f.dims.percent === 1 && f.apply === 'less' && !f.inverse && f.high === undefined))
    return undefined;
  const left = cuts.reduce((t, f) => t * (1 - f.value / 100), 1);
  return stackedCutLine(cuts.map((f) => f.raw).join(' then '), `${trimNumber((1 - left) * 100, 2)}%`);
}

/** "600K H100s at 700 W each": the fleet's draw (kW, MW or GW) beside its power bill. */
function powerOf(w: Worked): string | undefined {
  const draw = w.steps.find((x) => x.sign === 1 && x.q.dims.kwh === 1 && x.q.dims.hour === -1);
  if (!draw) return undefined;
  // "12 nodes × 10.2 kW each": the draw per one of the things counted, times their count.
  const dim = (['gpu', 'user', 'item'] as const).find((d) => draw.q.dims[d] === -1);
  const counted = dim && w.steps.find((x) => x.sign === 1 && x.q.dims[dim] === 1 && Object.keys(x.q.dims).length === 1);
  const kw = draw.q.value * (counted ? counted.q.value : 1);
  const formula = counted ? `${counted.q.raw} × ${draw.q.raw}` : draw.q.raw;
  // "… for a month at $0.10/kWh": the energy the bill pays for, in kWh.
  const price = w.steps.find((x) => x.sign === 1 && x.q.dims.usd === 1 && x.q.dims.kwh === -1);
  const energy =
    price?.q.value && sameDims(w.dims, { usd: 1 }) && w.factors.length === 0 ? w.value / price.q.value : undefined;
  // "1.2 MW" as written, with no energy to add, says nothing the formula does not.
  if (!counted && energy === undefined) return undefined;
  return powerLine(powerShown(kw), formula, energy !== undefined ? `${grouped(0).format(energy)} kWh` : undefined);
}

/** An amount of energy in kWh, with the larger unit beside it from a MWh up: "1,966,080 kWh (1.97 GWh)". */
function energyShown(kwh: number, asked?: string): string {
  // "MWh?": the unit asked first, the kWh beside it.
  const scale = asked ? ({ MWh: 1e3, GWh: 1e6, TWh: 1e9 } as Record<string, number>)[asked] : undefined;
  if (scale) {
    const n = kwh / scale;
    return `${n >= 100 ? grouped(0).format(Math.round(n)) : trimNumber(n, 3)} ${asked} (${grouped(0).format(Math.round(kwh))} kWh)`;
  }
  const exact = `${kwh >= 100 ? grouped(0).format(Math.round(kwh)) : trimNumber(kwh, 2)} kWh`;
  const [n, unit] = kwh >= 1e6 ? [kwh / 1e6, 'GWh'] : kwh >= 1e3 ? [kwh / 1e3, 'MWh'] : [0, ''];
  return unit ? `${exact} (${trimNumber(n, 2)} ${unit})` : exact;
}

/** An amount of memory in the unit asked, the GB beside it: "144.4 TB (144,384 GB)". */
function memoryShown(gb: number, asked?: string): string {
  const exact = `${gb >= 100 ? grouped(0).format(Math.round(gb)) : trimNumber(gb, 2)} GB`;
  const scale = asked === 'TB' ? 1e3 : asked === 'PB' ? 1e6 : undefined;
  if (!scale) return exact;
  const n = gb / scale;
  return `${grouped(n >= 100 ? 1 : 2).format(n)} ${asked} (${exact})`;
}

/** A mass of CO2 in the unit asked, tonnes by default, the other unit beside it: "420 tonnes of CO2 (420,000 kg)". */
function co2Shown(kg: number, asked?: string): string {
  const amount = (n: number) => (n >= 100 ? grouped(0).format(Math.round(n)) : trimNumber(n, 3));
  const tonnes = `${amount(kg / 1000)} tonnes of CO2`;
  const kilos = `${amount(kg)} kg`;
  return asked === 'kg' ? `${kilos} of CO2 (${trimNumber(kg / 1000, 3)} tonnes)` : `${tonnes} (${kilos})`;
}

/** FLOP in one petaflop/s-day: 10^15 FLOP each second for 86,400 seconds. */
const PF_DAY = 1e15 * 86400;

/** An amount of compute in FLOP ("8.64×10^22 FLOP"), or in petaflop/s-days when asked so, FLOP beside it. */
function flopShown(flop: number, unit?: string): string {
  if (unit !== 'PF-days') return `${formatScientific(flop)} FLOP`;
  const n = flop / PF_DAY;
  return `${n >= 100 ? grouped(0).format(Math.round(n)) : trimNumber(n, 2)} petaflop/s-days (${formatScientific(flop)} FLOP)`;
}

/** kW in each unit of power a question may name. */
const KW_IN: Record<string, number> = { kW: 1, MW: 1e3, GW: 1e6 };

/** A power draw in kW, MW or GW; in the unit asked first when it is another ("2,000 kW (2 MW)"). */
function powerShown(kw: number, asked?: string): string {
  const [n, unit] = kw >= 1e6 ? [kw / 1e6, 'GW'] : kw >= 1e3 ? [kw / 1e3, 'MW'] : [kw, 'kW'];
  const own = `${trimNumber(n, 2)} ${unit}`;
  const scale = asked ? KW_IN[asked] : undefined;
  if (!scale || asked === unit) return own;
  const v = kw / scale;
  const shown = v >= 100 ? grouped(0).format(Math.round(v)) : v >= 1 ? trimNumber(v, 3) : `${Number(v.toPrecision(3))}`;
  return `${shown} ${asked} (${own})`;
}

/** Whole units a sum of money covers and what is left: one amount over the cost of one, a plain count. */
function remainderOf(w: Worked): { whole: number; left: number } | undefined {
  // A plain count, or a count of one thing ("$640k ÷ $25K per MI350X" is MI350Xs).
  const count = Object.keys(w.dims);
  const counted = count.length === 1 && (w.dims.gpu === 1 || w.dims.user === 1 || w.dims.item === 1);
  if ((count.length && !counted) || w.high !== undefined || !(w.value >= 1)) return undefined;
  const under = w.steps.filter((x) => x.sign === -1);
  const one = (q: Quantity) =>
    sameDims(q.dims, { usd: 1 }) || (counted && sameDims(q.dims, { usd: 1, [count[0]!]: -1 }));
  if (under.length !== 1 || !one(under[0]!.q) || (counted && w.steps.length !== 2)) return undefined;
  const each = under[0]!.q.value;
  const whole = floorCount(w.value);
  return { whole, left: Math.max(0, (w.value - whole) * each) };
}

/** The result in the unit asked, a range when a range was given. */
function resultOf(worked: Worked, target?: Target): string {
  const scaled = perCountShown(worked, target);
  if (scaled) return scaled;
  const low = describe(worked, target?.per, target?.noun, target?.unit);
  if (worked.high !== undefined)
    return `${low} to ${describe({ ...worked, value: worked.high }, target?.per, target?.noun, target?.unit)}`;
  return alsoIn(low, worked, target);
}

/** Money per one thing asked per so many of them: "$7 per 1,000 requests ($0.007 per request)", "$378.38 per billion
 * tokens ($0.378 per million tokens)". */
function perCountShown(worked: Worked, target?: Target): string | undefined {
  const n = target?.perCount;
  // "$500/day on 200k messages": per so many of them each period the money runs.
  const keys = Object.keys(worked.dims).filter((k) => k !== 'hour');
  const thing = keys.find((k) => k !== 'usd');
  if (!n || worked.high !== undefined || worked.dims.usd !== 1 || keys.length !== 2 || !thing) return undefined;
  if (worked.dims[thing as keyof Worked['dims']] !== -1 || ![undefined, -1].includes(worked.dims.hour))
    return undefined;
  const words: Record<number, string> = { 1e6: 'million', 1e9: 'billion', 1e12: 'trillion' };
  const count = words[n] ?? grouped(0).format(n);
  const things =
    thing === 'token' ? 'tokens' : plural(nounOf(worked, thing, thing === 'item' ? target.noun : undefined));
  const one = describe(worked, target.per, target.noun, target.unit);
  if (worked.dims.hour === undefined) return `${money(worked.value * n)} per ${count} ${things} (${one})`;
  const p = target.per ?? ratePeriod(worked) ?? 'month';
  return `${money(worked.value * n * HOURS[p]!)} ${p === 'hour' ? 'an' : 'a'} ${p} per ${count} ${things} (${one})`;
}

/** A rate asked per two periods ("per month and per year"): the second after the first. */
function alsoIn(shown: string, worked: Worked, target?: Target): string {
  if (!target?.alsoPer || worked.dims.hour !== -1 || worked.high !== undefined) return shown;
  return `${shown}, ${describe(worked, target.alsoPer, target.noun)}`;
}

/** The amount before percentages and multiples applied ("12 engineers × $200K each" = $2.4M before ÷ 25%). */
function baseOf(worked: Worked, target?: Target): string {
  const low = describe({ ...worked, value: worked.base!, high: undefined }, target?.per, target?.noun, target?.unit);
  if (worked.baseHigh === undefined) return low;
  const high = { ...worked, value: worked.baseHigh, high: undefined };
  return `${low} to ${describe(high, target?.per, target?.noun, target?.unit)}`;
}

/** A total over a duration the user gave, also as a rate: "$90,000" over 12 months is "$7,500 a month". */
function perPeriod(w: Worked, asked?: string): string | undefined {
  const keys = Object.keys(w.dims);
  if (w.dims.usd !== 1 || keys.length !== 1) return undefined;
  const duration = w.steps.find((s) => s.sign === 1 && s.q.dims.hour === 1 && Object.keys(s.q.dims).length === 1);
  if (!duration?.q.value) return undefined;
  const p = asked ?? ratePeriod(w) ?? 'month';
  if (HOURS[p]! >= duration.q.value) return undefined;
  return `${money((w.value / duration.q.value) * HOURS[p]!)} ${p === 'hour' ? 'an' : 'a'} ${p}`;
}

/** The period a rate among the inputs was written per ("day" in "10M tokens a day"). */
function ratePeriod(w: Worked): string | undefined {
  return w.steps.find((s) => s.q.per && s.q.dims.hour === -1)?.q.per;
}

/** Money as a calculation shows it: cents below $1,000 ("$472.50"), exact below a million ("$11,520"), scaled above. */
export function money(n: number): string {
  if (Math.abs(n) >= 1e6 || Math.abs(n) < 1) return formatMoney(n);
  if (Math.abs(n) < 1000 && Math.round(n * 100) % 100 !== 0)
    return `${n < 0 ? '-' : ''}$${Math.abs(n).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  return `${n < 0 ? '-' : ''}$${grouped(0).format(Math.abs(n))}`;
}

function nounOf(w: Worked, dim: string, asked?: string, fallback?: string): string {
  const named =
    asked ?? w.steps.find((s) => s.q.dims[dim as keyof Quantity['dims']] === 1 && s.q.noun)?.q.noun ?? fallback;
  return named ?? ({ gpu: 'GPU', user: 'user', token: 'token', item: 'unit' } as Record<string, string>)[dim] ?? dim;
}

/** The result in the unit asked, with its noun: "$1,825", "$152.08 a month", "$2,734.38 per GPU", "4.2 months". */
export function describe(w: Worked, per?: string, noun?: string, unit?: string): string {
  const d = w.dims;
  const keys = Object.keys(d);
  if (d.usd === 1 && keys.length === 1) return money(w.value);
  if (d.usd === 1 && d.hour === -1 && keys.length === 2) {
    const p = per ?? ratePeriod(w) ?? 'month';
    return `${money(w.value * HOURS[p]!)} ${p === 'hour' ? 'an' : 'a'} ${p}`;
  }
  // "$1,240 a month split three ways": a rate per person.
  const party = keys.find((k) => k === 'user' || k === 'item' || k === 'gpu');
  if (d.usd === 1 && d.hour === -1 && party && d[party] === -1 && keys.length === 3) {
    const p = per ?? ratePeriod(w) ?? 'month';
    // "$3 per GPU-hour": a rental rate is said per the thing and the hour together.
    if (p === 'hour' && party === 'gpu') return `${money(w.value)} per ${nounOf(w, party)}-hour`;
    return `${money(w.value * HOURS[p]!)} ${p === 'hour' ? 'an' : 'a'} ${p} per ${nounOf(w, party, undefined, noun)}`;
  }
  if (d.kwh === 1 && d.hour === -1 && keys.length === 2) return powerShown(w.value, unit);
  if (d.kwh === 1 && keys.length === 1) return energyShown(w.value, unit);
  if (d.flop === 1 && keys.length === 1) return flopShown(w.value, unit);
  if (d.co2 === 1 && keys.length === 1) return co2Shown(w.value, unit);
  if (d.gb === 1 && keys.length === 1) return memoryShown(w.value, unit);
  // A speed of work, per second as chip sheets give it.
  if (d.flop === 1 && d.hour === -1 && keys.length === 2) return `${formatScientific(w.value / 3600)} FLOP/s`;
  // A chip's peak per dollar of its price, and a price per unit of peak, as chip sheets give speed.
  if (d.flop === 1 && d.hour === -1 && d.usd === -1 && keys.length === 3)
    return `${formatScientific(w.value / 3600)} FLOP/s per dollar (${trimNumber(w.value / 3600 / 1e9, 3)} GFLOP/s)`;
  if (d.usd === 1 && d.flop === -1 && d.hour === 1 && keys.length === 3) {
    const [name, scale] = FLOPS_IN.find(([n]) => n === unit) ?? FLOPS_IN[0]!;
    return `${money(w.value * 3600 * scale)} per ${name}`;
  }
  // "tokens per dollar at $0.25/M": what a dollar buys.
  if (d.token === 1 && d.usd === -1 && keys.length === 2) return `${formatCount(w.value)} tokens per dollar`;
  if (d.usd === 1 && d.token === -1 && keys.length === 2) return `${money(w.value * 1e6)} per million tokens`;
  if (d.usd === 1 && keys.length === 2) {
    const dim = keys.find((k) => k !== 'usd')!;
    return `${money(w.value)} per ${nounOf(w, dim, dim === 'item' ? noun : undefined)}`;
  }
  if (d.hour === 1 && keys.length === 1) {
    // "0.2 months" for 117 hours says little: under one of the period asked, the period that suits it, in hours too.
    const readable = periodFor(w.value);
    if (per && w.value < HOURS[per]! && HOURS[readable]! < HOURS[per]!)
      return readable === 'day'
        ? `${trimNumber(w.value / HOURS.day!, 1)} days (${trimNumber(w.value, 1)} hours)`
        : `${trimNumber(w.value / HOURS[readable]!, 1)} ${readable}s`;
    const p = per ?? readable;
    // "$1.2M ÷ $45k a month": a time out of a monthly amount is said in months too, beside the longer period.
    const divided = per ? undefined : w.steps.find((x) => x.sign === -1 && x.q.per && x.q.dims.hour === -1)?.q.per;
    if (divided && HOURS[divided]! < HOURS[p]! && w.value / HOURS[divided]! < 1000)
      return `${trimNumber(w.value / HOURS[divided]!, 1)} ${divided}s (${trimNumber(w.value / HOURS[p]!, 1)} ${p}s)`;
    return `${trimNumber(w.value / HOURS[p]!, 1)} ${p}s`;
  }
  if (d.token === 1 && d.hour === -1 && keys.length === 2) {
    // A count asked of a budget per month is a count per month.
    const p = per ?? ratePeriod(w) ?? 'day';
    return `${formatCount(w.value * HOURS[p]!)} tokens ${p === 'hour' ? 'an' : 'a'} ${p}`;
  }
  // "12 req/s — requests per day?": a count each period.
  const counted = d.item === 1 ? 'item' : d.user === 1 ? 'user' : undefined;
  if (counted && d.hour === -1 && keys.length === 2 && noun) {
    const p = per ?? ratePeriod(w) ?? 'day';
    const n = w.value * HOURS[p]!;
    const shown = n >= 100 ? formatCount(Math.round(n)) : trimNumber(n, 2);
    return `${shown} ${plural(noun)} ${p === 'hour' ? 'an' : 'a'} ${p}`;
  }
  // "how many GPU-days": accelerator time in the period asked.
  if (d.gpu === 1 && d.hour === 1 && keys.length === 2 && per && per !== 'hour') {
    const n = w.value / HOURS[per]!;
    return `${n >= 100 ? grouped(0).format(Math.round(n)) : trimNumber(n, 2)} GPU-${per}s`;
  }
  if (d.gpu === 1 && d.hour === 1 && keys.length === 2)
    // Exact below a million ("138,889 GPU-hours"): a budget's hours are counted, not rounded to "139K".
    return `${w.value >= 100 && w.value < 1e6 ? grouped(0).format(Math.round(w.value)) : formatCount(w.value >= 100 ? Math.round(w.value) : w.value)} GPU-hours`;
  // "172,800 requests a day per GPU": things served each period, per chip when asked so.
  const served = (['item', 'user'] as const).find((k) => d[k] === 1);
  if (served && d.hour === -1 && (keys.length === 2 || (keys.length === 3 && d.gpu === -1))) {
    const p = per ?? ratePeriod(w) ?? 'day';
    const n = w.value * HOURS[p]!;
    const count = n >= 100 ? grouped(0).format(Math.round(n)) : trimNumber(n, 1);
    return `${count} ${plural(nounOf(w, served, noun))} ${p === 'hour' ? 'an' : 'a'} ${p}${keys.length === 3 ? ' per GPU' : ''}`;
  }
  // "tokens per parameter", "GB per GPU": one count per one of another.
  const over = keys.find((k) => d[k as keyof Quantity['dims']] === 1);
  const under = keys.find((k) => d[k as keyof Quantity['dims']] === -1);
  if (keys.length === 2 && over && under && over !== 'hour' && under !== 'hour' && over !== 'usd') {
    // FLOP per kWh is FLOP/s per watt, as chip sheets give efficiency.
    if (over === 'flop' && under === 'kwh') return `${formatScientific(w.value / 3.6e6)} FLOP/s per watt`;
    const top = UNIT_NAMES[over] ?? plural(nounOf(w, over));
    const count =
      w.value >= 100
        ? formatCount(Math.round(w.value))
        : w.value >= 1
          ? trimNumber(w.value, 1)
          : w.value.toPrecision(3);
    return `${count} ${top} per ${UNIT_NAMES[under]?.replace(/s$/, '') ?? nounOf(w, under)}`;
  }
  // "$2M a month ÷ $50K a fine-tune": so many things each period.
  if (d.hour === -1 && keys.length === 1 && noun && noun !== 'time') {
    const p = per ?? ratePeriod(w) ?? 'month';
    return `${trimNumber(w.value * HOURS[p]!, 1)} ${plural(noun)} ${p === 'hour' ? 'an' : 'a'} ${p}`;
  }
  // A plain number: how many times one amount goes into another ("how many runs would $100M cover").
  if (!keys.length && unit === '%') return formatPercent(w.value * 100);
  if (!keys.length && noun === 'time') return `${trimNumber(w.value, 2)}×`;
  // "how many 8 kW servers can 1 MW feed": whole machines a supply of power feeds.
  const fed = w.steps.some((x) => x.sign === -1 && x.q.dims.kwh === 1 && x.q.dims.hour === -1 && !x.q.dims.usd);
  if (!keys.length && noun && fed && w.value >= 1 && w.value < 1e9)
    return `${grouped(0).format(floorCount(w.value))} ${plural(noun)}`;
  if (!keys.length) return `${trimNumber(w.value, 1)} ${noun ? plural(noun) : 'times'}`;
  const dim = keys[0]!;
  // "how many A100s does $50M buy": whole things a budget pays for, not a fraction rounded up; "how many 700 W cards
  // can 1.5 MW feed": whole things a supply of power feeds.
  const bought = w.steps.some(
    (x) =>
      x.sign === -1 &&
      x.q.dims[dim as keyof Quantity['dims']] === -1 &&
      ((x.q.dims.usd === 1 && x.q.dims.hour === undefined) ||
        (x.q.dims.kwh === 1 && x.q.dims.hour === -1 && x.q.dims.usd === undefined)),
  );
  if (bought && keys.length === 1 && w.value >= 1 && w.value < 1e9)
    return `${grouped(0).format(floorCount(w.value))} ${plural(nounOf(w, dim, noun))}`;
  const count = w.value >= 100 ? formatCount(Math.round(w.value)) : trimNumber(w.value, 1);
  // A whole count off by floating point alone ("$180k/mo ÷ $45/mo") is that count, not "about" it.
  const whole = Math.abs(w.value - Math.round(w.value)) <= 1e-9 * Math.max(1, Math.abs(w.value));
  const shown = `${whole ? '' : 'about '}${count} ${plural(nounOf(w, dim, noun))}`;
  // "1B tokens a day ÷ 2,400 tok/s per GPU": a fleet that carries a load is whole chips, rounded up.
  const carried = dim === 'gpu' && w.value > 1 && w.value < 1e6 && w.value !== Math.round(w.value);
  return carried ? `${shown} (${grouped(0).format(Math.ceil(w.value))} to carry it)` : shown;
}

/** Speeds of work a price is given per, the default first. */
const FLOPS_IN: Array<[string, number]> = [
  ['PFLOP/s', 1e15],
  ['TFLOP/s', 1e12],
  ['GFLOP/s', 1e9],
  ['FLOP/s', 1],
];

/** Units that are no counted noun, as a result names them. */
const UNIT_NAMES: Record<string, string> = { gb: 'GB', kwh: 'kWh', flop: 'FLOP', usd: 'dollars' };

/** A multiple of a start: "64×", or a fall to a part of it, "0.0625× (1/16 of the start)". */
function multipleShown(x: number): string {
  if (x >= 1) return `${x >= 100 ? grouped(0).format(Math.round(x)) : trimNumber(x, 2)}×`;
  return `${trimNumber(x, 4)}× (1/${trimNumber(1 / x, 1)} of the start)`;
}

/** A counted thing's plural: "query" → "queries", "H100" → "H100s". */
function plural(noun: string): string {
  return /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`;
}

/** "10M tokens a day × $0.50/M × for a year (= 365 days)". */
function formula(w: Worked): string {
  const per = ratePeriod(w);
  // Multiplied inputs first, then what divides them: "$100K ÷ $2/hr ÷ for a month".
  const ordered = [...w.steps.filter((x) => x.sign === 1), ...w.steps.filter((x) => x.sign === -1)];
  const factors = w.factors.map((f) => {
    const pct = f.dims.percent === 1;
    if (f.apply === 'compound') return ` × (${f.raw}) over ${w.over?.shown ?? w.over?.raw ?? 'the period'}`;
    // Upkeep is added each period, never compounded: "$2M × (1 + 10% yearly × 5 years)".
    if (f.apply === 'upkeep') {
      const upkeep = `${f.raw} × ${w.over?.shown ?? w.over?.raw ?? 'the period'}`;
      return f.upkeepAlone ? ` × ${upkeep}` : ` × (1 + ${upkeep})`;
    }
    const shown = factorShown(f, pct);
    // A change to an amount that divides divides the result: "$559M ÷ ($47M monthly × (1 − 30%))".
    const flipped = f.on !== undefined && w.steps.some((x) => x.q.at === f.on && x.sign === -1);
    if (!f.inverse === !flipped) return shown;
    // The amount given is after the factor: undo it.
    return shown.startsWith(' ÷ ') ? ` × ${shown.slice(3)}` : ` ÷ ${shown.slice(3)}`;
  });
  const steps = ordered
    .map(({ q, sign }, i) => {
      const duration = q.dims.hour === 1 && Object.keys(q.dims).length === 1;
      const n = per ? trimNumber(q.value / HOURS[per]!, 2) : '';
      // "for a year (= 365 days)", but not "12 months (= 12 months)"; with no rate period the time enters in hours:
      // "for a year (= 8,760 h)" at a price per kWh.
      const hours = grouped(0).format(q.value);
      // "22 workdays" stays as written: counted in 24-hour days only to meet the hours worked in each ("8h workday").
      const workdays = /\b(?:work|working|business)[\s-]?days?\b/i.test(q.raw);
      const shown =
        duration && per && n !== '1' && !q.raw.includes(n) && !workdays
          ? `${q.raw} (= ${n} ${per}s)`
          : duration &&
              !per &&
              sign === 1 &&
              w.dims.hour === undefined &&
              q.value !== 1 &&
              !q.raw.replace(/,/g, '').includes(String(Math.round(q.value)))
            ? `${q.raw} (= ${hours} h)`
            : q.shown && w.steps.length === 1 && !w.factors.length
              ? // "how many tokens is 2 GB at 4 bytes per token": the conversion is the whole formula.
                q.shown.slice(1, -1).replace(/ = [^=]*$/, '')
              : (q.shown ?? q.raw);
      // Nothing multiplied, only divided: the reciprocal, "1 ÷ $10 per million tokens".
      return `${i === 0 ? (sign === -1 ? '1 ÷ ' : '') : sign === -1 ? ' ÷ ' : ' × '}${shown}`;
    })
    .join('');
  return w.base !== undefined ? `${steps} = ${BASE_MARK}${factors.join('')}` : steps;
}

/** How a factor multiplies the amount, as the formula shows it. */
function factorShown(f: Quantity, pct: boolean): string {
  switch (f.apply) {
    case 'less':
      return pct ? ` × (1 − ${f.raw})` : ` ÷ ${f.raw}`;
    case 'more':
      return pct ? ` × (1 + ${f.raw})` : ` × ${f.raw}`;
    case 'add':
      return ` × (1 + ${f.raw})`;
    case 'of-total':
      return ` ÷ ${f.raw}`;
    default:
      return ` × ${f.raw}`;
  }
}

/** Where the amount before the factors goes in a formula, filled in by computedLine. */
export const BASE_MARK = '\u0000';
