// Sourced figures used by reference in a calculation: "the GLM maker's monthly burn over 18 months", "how many
// runs of Kimi K2 would $100M cover", "Anthropic's annualized revenue per quarter", "top end of Meta's 2026
// budget per month". The figure enters as a quantity that keeps its source and scope; the user's numbers and
// the unit asked do the rest, through the same solver as the user's own arithmetic.
import type { KnowledgeIndex } from '../../knowledge/index.js';
import type { Entity, Figure } from '../../knowledge/schema.js';
import { findAmounts } from '../calc.js';
import { Citer } from '../cite.js';
import { formatFigureValue } from '../format.js';
import { asksCostMinusRevenue } from '../own-figures.js';
import { boundNote, calculationReply, insteadLine } from '../replies.js';
import { metricHits } from '../resolve.js';
import type { Reply } from '../types.js';
import { applyFactors, type CalcCase } from '../understand/calc-plan.js';
import { changedTerms, termOfMetric } from '../understand/pnl-what-if.js';
import { HOURS, type Quantity } from '../understand/quantities.js';
import type { Question } from '../understand/question.js';
import { isReciprocal } from '../understand/target.js';
import { unplacedAmounts } from '../understand/unplaced.js';
import { sameDims } from '../units.js';
import type { Answerer } from './context.js';
import { namedFactors, sourcedFactor } from './sourced-factor.js';
import { repricedBill } from './sourced-reprice.js';
import { isMoneyRate, onRate, replacedRate, runDown } from './sourced-runway.js';
import { userShareLines } from './sourced-share.js';
import { money, workCases } from './units.js';

/** The compute alone asked of a cost: "compute-only cost", "just the compute". */
const COMPUTE_ONLY = /\bcompute[- ]only\b|\b(?:just|only) the compute\b/;
/** Which end of a sourced range the question asks for. */
const TOP = /\b(top|high|upper|higher) end\b|\bat most\b|\bmaximum\b|\bmax\b/;
const BOTTOM = /\b(low|bottom|lower) end\b|\bat least\b|\bminimum\b|\bmin\b/;
const MIDDLE = /\b(mid-?point|middle|midrange|average of the range)\b/;
const RUN_WORDS = /\b(runs?|train|trains|training|trained|cost|costs)\b/;
const RATIO_ASK = /\bhow many times\b|\bmultiple\b|\bratio\b|\bvs\.?\b|\bversus\b|\bcompared?\b|\bagainst\b/;
/** A share asked, not applied: "what percent", "what share of …", "as a % of", "how much of", "… in %?". */
const SHARE_ASKED =
  /\b(?:what|which)\s+(?:[a-z]+\s+)?(?:%|per ?cent\w*|share|fraction|proportion|portion|slice)|\bas an?\s+(?:%|per ?cent\w*|share|fraction|proportion)|\bin\s+(?:%|per ?cent)|\bhow much of\b|(?:%|per ?cent\w*|share)\s*\??$/;
/** "3 years (from 2025)": a total spread over a stated number of periods. */
const SPREAD = /^(\d+(?:\.\d+)?)\s+(year|month)s?\b/;

/** The single entity the question is about: the named lead, else one clearly described thing. */
export function subjectOf(q: Question, index: KnowledgeIndex): Entity | undefined {
  if (q.lead) return q.lead;
  return describedSubject(q, index);
}

/** One clearly described thing: a strong description ("the claude maker") or a quoted figure ("the $53B
 * commitment"). */
function describedSubject(q: Question, index: KnowledgeIndex): Entity | undefined {
  const described = q.described.filter(
    (m) => m.ids.length === 1 && (m.via === 'number' || (m.via === 'cue' && (m.strength ?? 0) >= 2)),
  );
  const ids = [...new Set(described.map((m) => m.ids[0]!))];
  return ids.length === 1 ? index.entity(ids[0]!) : undefined;
}

/** The thing whose sourced money figure the calculation uses: the subject when it holds a figure for the metric
 * asked; else a clearly described thing that does ("convert the Claude maker's revenue…", where a loose word
 * also matched another name); else, with nothing named, the one thing that holds a money figure for the metric
 * asked ("35 fine-tunes at the chapter's per-model cost"). Two holders are a question to ask back, never a guess. */
function figureSubject(q: Question, index: KnowledgeIndex): Entity | undefined {
  const subject = subjectOf(q, index);
  if (subject && moneyFigures(q, index, subject).length) return subject;
  const described = q.lead ? describedSubject(q, index) : undefined;
  if (
    described &&
    described !== q.lead &&
    q.lead &&
    !q.specific.some((m) => m.via === 'alias') &&
    moneyFigures(q, index, described).length
  )
    return described;
  if (subject || q.named.length || q.described.length || q.unknownNames.length) return subject;
  const metric = q.metrics[0];
  if (!metric || !index.isMoney(metric)) return undefined;
  // Held as that metric or a near-synonym: a model's training cost (read for "runs of K2") is no fine-tuning cost.
  const holds = (e: Entity) =>
    e.figures.some(
      (f) => f.metric === index.ownMetric(e, metric) && f.unit.startsWith('money') && f.currency === 'USD',
    );
  const holders = [...index.kb.entities.values()].filter(holds);
  return holders.length === 1 ? holders[0] : undefined;
}

/** The subject's money figures for the first metric asked that it has (or a near-synonym of it). */
export function moneyFigures(q: Question, index: KnowledgeIndex, e: Entity): Figure[] {
  // A model's money figure, when the question names no metric it has, is what it cost to train ("runs of K2").
  const asked = e.kind === 'models' && RUN_WORDS.test(q.plain) ? [...q.metrics, 'training_cost'] : q.metrics;
  // "12M funding", "1.2M to spend", "$50M training runs": words right after the user's amount say what that amount is;
  // the sourced figure is the one the other words name ("how many $50M training runs could Mistral's funding pay for").
  const theirs = usersMetrics(q, index, e);
  const own = asked.filter((m) => !theirs.has(m));
  for (const metric of own.some((m) => index.ownMetric(e, m)) ? own : asked) {
    const own = index.ownMetric(e, metric);
    if (!own) continue;
    const found = e.figures.filter((f) => f.metric === own && f.unit.startsWith('money') && f.currency === 'USD');
    if (found.length) {
      // A year named in the question picks the figures of that year.
      const dated = found.filter((f) => q.years.some((y) => f.period.includes(y)));
      const inYear = dated.length ? dated : found;
      // "GPT-4's training (the wiki's number)": an article named as the source picks its figures over another's.
      const cited = inYear.filter((f) => q.res.articles?.includes(f.source));
      const picked = cited.length ? cited : inYear;
      // "its compute-only cost": the figure whose scope is the compute alone, where sources give several.
      const compute = COMPUTE_ONLY.test(q.plain) ? picked.filter((f) => /\bcompute\b/i.test(f.scope)) : [];
      return compute.length ? compute : picked;
    }
  }
  return [];
}

/** Metrics named only right after one of the user's amounts ("50M budget", "1.2M to spend"), which describe it; an
 * amount quoting one of the thing's own figures ("its $72B AI spend") describes nothing of the user's. */
function usersMetrics(q: Question, index: KnowledgeIndex, e: Entity): Set<string> {
  const starts = q.res.tokens.filter((_, i) => q.res.words[i]).map((t) => t.start);
  const values = figureValues(e);
  const mine = q.quantities.filter((x) => x.at >= 0 && !values.some((v) => same(x.value, v)));
  const after = (at: number) =>
    mine.some((x) => {
      const gap = q.plain.slice(x.at + x.raw.length, at);
      return x.at + x.raw.length <= at && /^[\s-]*(?:(?:to|for|of|in)\s+)?$/.test(gap);
    });
  const hits = metricHits(index, q.res.words);
  const byMetric = new Map<string, boolean>();
  for (const h of hits) {
    const at = starts[h.at];
    const users = at !== undefined && after(at);
    byMetric.set(h.metric, (byMetric.get(h.metric) ?? true) && users);
  }
  return new Set([...byMetric].filter(([, users]) => users).map(([m]) => m));
}

/** A figure's scope that prices one of something: "fine-tuning one 7B model", "estimate per model", "one frontier
 * training run". A count the user gives multiplies it; money the user gives divides by it. */
const ONE_OF =
  /\b(?:one|per|each|a single)\s+(?!million\b|billion\b|thousand\b|dollar|year|month|week|day|hour)([a-z0-9]+)/;

/** A sourced figure as a quantity in base units (dollars, or dollars per hour, per token or per thing). */
function asQuantity(e: Entity, f: Figure, citer: Citer, value: number, end?: string, counted?: boolean): Quantity {
  const raw = `${e.name}'s ${citer.metricLabel(f)}${end ? ` (${end})` : ''} (${formatFigureValue(f)}, ${citer.sourceOf(f.source)})`;
  if (counted && f.unit === 'money' && ONE_OF.test(f.scope)) return { value, dims: { usd: 1, item: -1 }, raw, at: -1 };
  if (f.unit === 'money/month')
    return { value: value / HOURS.month!, dims: { usd: 1, hour: -1 }, raw, at: -1, per: 'month' };
  if (f.unit === 'money/year')
    return { value: value / HOURS.year!, dims: { usd: 1, hour: -1 }, raw, at: -1, per: 'year' };
  if (f.unit === 'money/Mtok') return { value: value / 1e6, dims: { usd: 1, token: -1 }, raw, at: -1 };
  return { value, dims: { usd: 1 }, raw, at: -1 };
}

/** The values of a figure the question asks to work with: one, or both ends of a range. */
export function valuesOf(f: Figure, plain: string): Array<{ value: number; end?: string }> {
  if (f.value !== undefined) return [{ value: f.value }];
  const [low, high] = f.range!;
  if (MIDDLE.test(plain)) return [{ value: (low + high) / 2, end: 'midpoint' }];
  if (TOP.test(plain)) return [{ value: high, end: 'top end' }];
  if (BOTTOM.test(plain)) return [{ value: low, end: 'low end' }];
  return [
    { value: low, end: 'low end' },
    { value: high, end: 'top end' },
  ];
}

/** Whether the question does something with the figure: a number of the user's, a unit or period other than the
 * figure's own, or a point in its range. */
function asksWork(q: Question, f: Figure, user: Quantity[]): boolean {
  if (user.length) return true;
  if (f.range && (MIDDLE.test(q.plain) || TOP.test(q.plain) || BOTTOM.test(q.plain))) return true;
  const per = q.target?.per;
  if (!per || q.target?.dims.usd !== 1) return false;
  const spread = spreadOf(f);
  const own = f.unit === 'money/month' ? 'month' : f.unit === 'money/year' || spread?.calendar ? 'year' : undefined;
  return own !== undefined ? own !== per : spread !== undefined;
}

/** Sums that flow over a time (spend, revenue, losses), not one-off costs: a year's figure is a year's flow. */
const FLOWS = new Set(['ai_spend', 'revenue', 'operating_cost', 'loss', 'market_size', 'savings', 'burn_rate']);

/** The time a total covers: "3 years (from 2025)", or one calendar year for a flow dated "2026". */
export function spreadOf(f: Figure): { hours: number; raw: string; calendar?: boolean } | undefined {
  if (f.unit !== 'money') return undefined;
  const m = SPREAD.exec(f.period);
  if (m) return { hours: Number(m[1]) * HOURS[m[2]!]!, raw: m[0] };
  if (FLOWS.has(f.metric) && /^\d{4}$/.test(f.period))
    return { hours: HOURS.year!, raw: `the year ${f.period}`, calendar: true };
  return undefined;
}

/** Whether the user's amount restates a sourced total: its value, both ends of its range ("$115-135B"), or the
 * total read as a rate because "per year" followed it ("the $53B commitment per year?" is the $53B, asked per year). */
function restates(x: Quantity, f: Figure): boolean {
  if (x.dims.usd !== 1) return false;
  const amount = x.dims.hour === -1 && x.per && HOURS[x.per] ? x.value * HOURS[x.per]! : x.value;
  if (x.dims.hour !== undefined && x.dims.hour !== -1) return false;
  if (x.dims.hour === -1 && (!x.per || f.unit !== 'money')) return false;
  if (x.high !== undefined && f.range) return same(amount, f.range[0]) && same(x.high, f.range[1]);
  return same(amount, f.value) && (x.dims.hour === undefined || Object.keys(x.dims).length === 2);
}

export const answerSourcedUnits: Answerer = (asked, { index }) => {
  let q = asked;
  const e = figureSubject(q, index);
  // "consortium of 40 firms, 2.5B training run split evenly": a number of the user's the sourced reading leaves out
  // is their own total or count, which wins over the sourced one; the rows after work the user's numbers.
  if (unplacedAmounts(q, e ? [...figureValues(e), ...scopeValues(e)] : []).length) return undefined;
  // "epoch's cloud-price estimate for falcon 180b's training": a model the articles lack is what the sum is about; the
  // thing named beside it (here the source) holds another sum.
  if (q.unknownNames.some((n) => /\d/.test(n))) return undefined;
  // "on our $12M revenue, at OpenAI's spend per dollar of revenue": the measure asked is a multiple the subject holds of
  // a base the user gives; it scales their amount (never the subject's own sums divided by it).
  const ratio = e && askedMultiple(q, index, e);
  const scaled = ratio && sourcedFactor(q, index, e, money, false, ratio);
  if (scaled) return scaled;
  // "at OpenAI's share of R&D on final runs, our implied total R&D?": a share the subject holds, named by its words, is
  // applied to the user's one amount; only a share asked ("what % of …") sets the amount against a sourced sum.
  const applied =
    e && !SHARE_ASKED.test(q.plain.toLowerCase().trim()) && namedFactors(q, e, 'percent').figures.length
      ? sourcedFactor(q, index, e, money)
      : undefined;
  if (applied) return applied;
  // "Alibaba's $53B a day": with no measure named, the subject's money figure the user restates is the one meant.
  const restated = (f: Figure) =>
    f.unit.startsWith('money') && f.currency === 'USD' && q.quantities.some((x) => restates(x, f));
  const named = e ? moneyFigures(q, index, e) : [];
  const figures = (named.length || !e ? named : e.figures.filter(restated)).slice(0, 3);
  // No money figure to work: a share or a multiple it holds, named in the question, applied to the user's amount.
  if (!figures.length) return sourcedFactor(q, index, e, money);
  if (!e) return undefined;
  // A number the user quotes that is one of the subject's own figures ("the $11.6B revenue", "the model trained
  // on 100K chips") names it; it is not an input.
  // A restated total read as a rate ("$53B … per year") asks the total per that period, when nothing else is asked
  // ("if it spent $53B per year, how much over 5 years?" gives a rate of the user's).
  const echoes = (x: Quantity, f: Figure) => restates(x, f) && (x.dims.hour !== -1 || !asked.target);
  const quoted = figures.filter((f) => q.quantities.some((x) => echoes(x, f)));
  const asRate = q.quantities.find((x) => x.dims.hour === -1 && quoted.some((f) => echoes(x, f)));
  if (asRate) q = { ...q, target: { dims: { usd: 1, hour: -1 }, per: asRate.per } };
  const chosen = quoted.length ? quoted : figures;
  // A bare "8k" beside a sourced price is not money: the user's money carries its "$".
  // A multiple the user applies ("costing 20x more") is an input even when it is one of the subject's own ratios;
  // "the 280x drop" names the figure, and a share it has ("10% of its R&D") is worked by the own-figures answer.
  // "100 domain 7B models at the per-model cost": a count beside a price of one of them is what the price multiplies,
  // even when the thing has a count of that size too.
  const pricedCount = (x: Quantity) =>
    x.dims.item === 1 && chosen.some((f) => f.unit === 'money' && ONE_OF.test(f.scope));
  const naming = (x: Quantity) =>
    quoted.some((f) => echoes(x, f)) ||
    (e.figures.some((f) => same(x.value, f.value) && kindFits(x, f)) &&
      !pricedCount(x) &&
      (x.dims.times !== 1 ||
        /\b(?:the|that|this|its|their|those|these)\s*(?:~|about\s)?$/.test(q.plain.slice(0, x.at))));
  // "Alibaba's 3-year commitment per day", "(365-day years)": a duration that is the figure's own span, or one whole
  // period when a rate per period is asked, says which figure or which calendar; it is not an input.
  const spans = new Set(chosen.map((f) => spreadOf(f)?.hours));
  const perAsked = [q.target, ...(q.parts ?? []).map((p) => p.target)].some((t) => t?.dims.hour === -1);
  const definesTime = (x: Quantity) => isDuration(x) && (spans.has(x.value) || (perAsked && ONE_PERIOD.has(x.value)));
  // "50M budget", "has 2.5M for training": a bare sum the words make the user's money to spend is money all the same.
  // …and so is one that a money word sets ("trimmed its burn to 35M a month", "revenue of 20M").
  const budget = (x: Quantity) =>
    BUDGET_AFTER.test(q.plain.slice(x.at + x.raw.length)) || MONEY_BEFORE.test(q.plain.slice(0, Math.max(0, x.at)));
  const bare = (x: Quantity) => x.dims.usd === 1 && !/\$|usd|dollar/i.test(x.raw) && !budget(x);
  const user = applyFactors(q.plain, q.quantities).filter((x) => !naming(x) && !definesTime(x) && !bare(x));
  // …but a sum of the user's beside a sourced sum is their own total ("a 2.5B training run split 40 ways" beside the
  // $1B model): it wins over the sourced one, in the rows that work the user's numbers.
  const sum = (x: Quantity) => sameDims(x.dims, { usd: 1 });
  if (q.quantities.some((x) => bare(x) && sum(x) && !naming(x)) && chosen.some((f) => f.unit === 'money'))
    return undefined;
  const citer = new Citer(index.kb);
  // "cost us $20k/mo at the Nov 2022 price — the same volume at the Oct 2024 price?": the bill priced again.
  const repriced = repricedBill(q, e, chosen, user, citer);
  if (repriced)
    return {
      ...calculationReply(repriced),
      title: `${e.name} — calculation`,
      fields: chosen.map((f) => citer.field(f)),
      sources: citer.sources(),
    };
  // "our $400k program vs V3's training bill — what percent?": the user's sum as a share of the sourced one.
  const share = userShareLines(q, e, chosen, user, citer);
  if (share)
    return {
      ...calculationReply(share),
      title: `${e.name} — calculation`,
      fields: chosen.map((f) => citer.field(f)),
      sources: citer.sources(),
    };
  // A multiple of two sourced figures without a number of the user's is the own-figures or compare answer; so are
  // its costs less its revenue ("Stability's annual costs minus revenue, as a monthly burn").
  if (!user.length && (RATIO_ASK.test(q.plain) || asksCostMinusRevenue(q.lowered))) return undefined;
  const runs = runDown(q, index, e, chosen, citer);
  const { rateAt } = runs;
  // "if Anthropic's revenue grew 40%, its valuation?": a change whose clause names another term than the figure worked
  // (and than a burn rate run down) has no place here; no figure rather than the change applied to the wrong one.
  const held = new Set(chosen.map((f) => termOfMetric(f.metric)));
  if (runs.added.length) held.add('cost');
  const misplaced = (x: Quantity) => {
    const terms = changedTerms(q.plain, x);
    return terms.length > 0 && !terms.some((t) => held.has(t));
  };
  if (user.some(misplaced)) return undefined;
  // "if zhipu trimmed its burn to 35M a month": the user's rate stands in for the sourced one, never beside it.
  const instead = runs.added.length ? replacedRate(q, user) : undefined;
  const replaced = instead && (rateAt === -1 ? chosen.filter(isMoneyRate) : []);
  const stock = instead && rateAt !== -1 ? [instead] : runs.added;
  const inputs = onRate(
    q,
    user.filter((x) => !instead || x.at !== instead.at),
    rateAt,
  );
  const cases: CalcCase[] = [];
  const seen = new Set<string>();
  const noun = q.target && !Object.keys(q.target.dims).length ? q.target.noun : undefined;
  // "how many $50M training runs could Mistral's funding pay for": the user's amount right before the thing counted is
  // what one of them costs, and the sourced sum is the money; otherwise the sourced sum is the price of one.
  const priceOfOne = (x: Quantity) =>
    noun !== undefined &&
    x.dims.usd === 1 &&
    Object.keys(x.dims).length === 1 &&
    new RegExp(`^\\s*(?:[a-z-]+\\s+){0,2}${noun}s?\\b`).test(q.plain.slice(x.at + x.raw.length));
  const userPrices = noun ? inputs.filter(priceOfOne) : [];
  const countAsked = noun !== undefined && !/^times?$/.test(noun) && !userPrices.length;
  // "how many tokens does a dollar buy at the GPT-4 price": the figure's reciprocal, asked with no number of the user's.
  const inverted = (f: Figure) =>
    !user.length && q.target !== undefined && isReciprocal([asQuantity(e, f, citer, f.value ?? 0)], q.target);
  for (const f of chosen) {
    if (!asksWork(q, f, user) && !inverted(f)) continue;
    // Two sources giving the same figure are one calculation; the fields below cite both.
    const key = `${f.unit} ${f.value ?? f.range?.join('-')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const spread = spreadOf(f);
    for (const { value, end } of valuesOf(f, q.plain)) {
      // Priced per thing only beside a count of things: "how many would $2M buy" is a plain number of them.
      const counted = inputs.some((x) => x.dims.item === 1);
      const made = replaced?.includes(f) && instead ? instead : asQuantity(e, f, citer, value, end, counted);
      // "with a 20M budget, how many Llama 3 runs?": the sourced sum is what one of the things counted costs, so it
      // divides the user's money, even when it is the larger (never "$30M ÷ 20M = 1.5 runs").
      const fq = countAsked && f.unit === 'money' && made.dims.usd === 1 ? { ...made, perUnit: true } : made;
      const over: Quantity[] =
        spread && q.target?.dims.usd === 1 && q.target.dims.hour === -1
          ? [{ value: spread.hours, dims: { hour: 1 }, raw: `over ${spread.raw}`, at: -1 }]
          : [];
      cases.push({
        label: chosen.length > 1 || end ? fq.raw : undefined,
        quantities: [
          fq,
          ...stock,
          ...over,
          ...inputs.map((x) => (userPrices.includes(x) ? { ...x, perUnit: true } : x)),
        ],
      });
    }
  }
  if (!cases.length) return undefined;
  const worked = workCases({ cases, remainder: q.plan.remainder }, q.target, q.parts, q.cues.has('time-asked'));
  if (!Array.isArray(worked)) return worked;
  const stoodIn = instead && (replaced?.length ? replaced : runs.added.map((x) => x.raw));
  const reply: Reply = calculationReply(
    stoodIn
      ? [
          ...worked,
          insteadLine(
            instead.raw,
            stoodIn.map((x) =>
              typeof x === 'string' ? x : `${e.name}'s ${citer.metricLabel(x)} (${formatFigureValue(x)})`,
            ),
          ),
        ]
      : worked,
  );
  const bounded = chosen.filter((f) => f.bound === 'at-most' || f.bound === 'at-least');
  // "under $1K" each × 40 is at most $40K: one bounded figure only multiplied or added bounds the result the same way.
  const formula = reply.lines.find((l) => l.startsWith('Computed:'));
  if (bounded.length === 1 && chosen.length === 1 && cases.length === 1 && formula && !/[÷−/]/.test(formula)) {
    const word = bounded[0]!.bound === 'at-most' ? 'at most ' : 'at least ';
    const first = reply.lines.findIndex((l) => l.startsWith('That comes to '));
    if (first >= 0) reply.lines[first] = reply.lines[first]!.replace('That comes to ', `That comes to ${word}`);
  }
  return {
    ...reply,
    notes: bounded.map((f) => boundNote(formatFigureValue(f), f.bound as 'at-most' | 'at-least')),
    title: `${e.name} — calculation`,
    fields: chosen.map((f) => citer.field(f)),
    sources: citer.sources(),
  };
};

/** The subject's multiples for the first measure asked that it holds, when it holds that measure only as a multiple
 * ("spend per dollar of revenue") and the user did not name it for their own number. */
function askedMultiple(q: Question, index: KnowledgeIndex, e: Entity): Figure[] | undefined {
  const theirs = usersMetrics(q, index, e);
  const metric = q.metrics.map((m) => index.ownMetric(e, m)).find((m) => m !== undefined);
  if (!metric || theirs.has(metric)) return undefined;
  const held = e.figures.filter((f) => f.metric === metric);
  return held.length && held.every((f) => f.unit === 'multiple') ? held : undefined;
}

/** Every value a thing's figures hold, range ends included: what a question may quote to name one of them. */
const figureValues = (e: Entity) =>
  e.figures.flatMap((f) => [...(f.value !== undefined ? [f.value] : []), ...(f.range ?? [])]);

/** Numbers written in what a money figure covers ("fine-tuning one 7B model"): a user's "a 7b" restates which thing the
 * figure prices, no amount of theirs. */
const scopeValues = (e: Entity) =>
  e.figures.filter((f) => f.unit.startsWith('money')).flatMap((f) => findAmounts(f.scope).map((a) => a.value));

/** Whether a number of the user's can quote a figure of this kind: "100M paying subs" is a count, never GPT-4's
 * $100M bill; money quotes money, a count quotes a count. Numbers with no unit may quote anything. */
function kindFits(x: Quantity, f: Figure): boolean {
  const dims = Object.keys(x.dims);
  if (!dims.length) return true;
  if (f.unit.startsWith('money')) return x.dims.usd === 1;
  if (f.unit === 'multiple') return dims.every((d) => d === 'times');
  if (f.unit === 'percent' || f.unit === 'points') return x.dims.percent !== undefined;
  if (f.unit === 'months' || f.unit === 'years') return x.dims.hour === 1;
  return x.dims.usd === undefined && x.dims.hour === undefined;
}

/** Words before a sum that make it money: "burn to 35M a month", "spend of 8M", "revenue at 20M". */
const MONEY_BEFORE =
  /\b(?:burn|burn rate|spend|spending|revenue|costs?|budget|bill|loss|losses|funding|raise|payroll|opex|capex)\s+(?:(?:[a-z]+\s+)?(?:to|by)\s+|(?:of|at|is|was|=)\s+)?(?:~|about\s+|around\s+)?$/;

/** Words after a sum that make it money the user has to spend: "50M budget", "2.5M for training", "8M to spend". */
const BUDGET_AFTER = /^\s*(?:budget|funding|cash|capital|to spend|for (?:training|compute|runs?))\b/;

const isDuration = (x: Quantity) => x.dims.hour === 1 && Object.keys(x.dims).length === 1;
/** One year, one month, one day: a duration of exactly one period. */
const ONE_PERIOD = new Set([HOURS.year!, HOURS.month!, HOURS.day!]);

function same(a: number, b: number | undefined): boolean {
  return b !== undefined && Math.abs(a - b) <= Math.abs(b) * 1e-9;
}
