// A sourced count, referred to by what it counts, multiplying the user's amounts per one of those things: "meta's H100
// count at 1 kW per GPU for a year at 8c/kWh" is 600,000 GPUs × 1 kW × 8,760 h × $0.08; "if 0.1% of qwen's downloads
// pay $200/mo each, annual revenue?" is 700M × 0.1% × $200 × 12. Every number of the user's must be one the formula
// uses, and the count is used too; otherwise no figure.
import type { Entity, Figure } from '../../knowledge/schema.js';
import { Citer } from '../cite.js';
import { calculationReply } from '../replies.js';
import type { Quantity } from '../understand/quantities.js';
import type { Question } from '../understand/question.js';
import { solve } from '../units.js';
import type { Answerer } from './context.js';
import { workCases } from './units.js';

type Counted = 'gpu' | 'user';

/** What a sourced count counts, read from its `of`: chips are GPUs; downloads, users and subscribers are users. */
function countedOf(f: Figure): Counted | undefined {
  const of = f.of ?? '';
  if (/\b(?:gpus?|chips?|tpus?(?: v\d)?|accelerators?)\b/i.test(of)) return 'gpu';
  if (/\b(?:downloads?|users?|subscribers?|customers?)\b/i.test(of)) return 'user';
  return undefined;
}

/** Words that make an amount of the user's per one of the things counted: "$200/mo each", "700W apiece", "per GPU". */
const PER_ONE_AFTER =
  /^\s*(?:each|apiece|a piece|a head|per (?:gpu|chip|card|h100|user|download|customer|head|seat))\b/;
/** "each of meta's H100s", "every one of its GPUs", "all 600k … each": every amount of the user's is per one of them. */
const EACH_OF = /\b(?:each|every)(?: one| single one)? of\b|\bper (?:gpu|chip|card|user|download|customer)\b/;

export interface CountReading {
  e: Entity;
  f: Figure;
  counted: Counted;
}

/** The subject's one count of a metric the question names (its GPUs, its downloads), when the user gives no count of
 * that thing of their own. */
export function countReading(q: Question): CountReading | undefined {
  const e = q.lead;
  if (!e) return undefined;
  const found = e.figures.filter(
    (f) => f.unit === 'count' && f.value !== undefined && q.metrics.includes(f.metric) && countedOf(f) !== undefined,
  );
  const values = new Set(found.map((f) => f.value));
  if (values.size !== 1) return undefined;
  const f = found[0]!;
  const counted = countedOf(f)!;
  // The user's own count of the thing ("16 h100s", "2,000 users") is theirs to work with, not the sourced one.
  if (q.quantities.some((x) => (x.dims[counted] ?? 0) > 0 || (x.dims.item ?? 0) > 0)) return undefined;
  return { e, f, counted };
}

/** "2% of qwen's downloads become users paying $15 a month", "paid $30 a month", "at $15/mo", "downloads × 0.1% ×
 * $30 a month": beside a share of the count, money paid (or multiplying it) is per one. */
const PAYING_BEFORE =
  /(?:\b(?:paying|pay|pays|paid|spending|spend|spends|spent|worth|bringing in|generating|at)|[×*]|\bx)\s+(?:about\s+|~|around\s+)?$/;
/** "turned into $50/mo customers": money that names the payers it is paid by, a word or two after it. */
const PAYERS_AFTER =
  /^\s*(?:[a-z]+\s+){0,3}?(?:customers?|users?|subscribers?|subs|payers?|seats?|accounts?|clients?|plans?|subscriptions?|tiers?)\b/;

/** The user's quantities with those per one of the counted thing made so: "$200/mo each" is per user. */
function perOne(q: Question, counted: Counted): Quantity[] | undefined {
  const all = EACH_OF.test(q.lowered);
  const share = q.quantities.some((x) => x.dims.percent !== undefined);
  const paying = (x: Quantity) =>
    share &&
    x.dims.usd === 1 &&
    (PAYING_BEFORE.test(q.plain.slice(0, Math.max(0, x.at)).toLowerCase()) ||
      PAYERS_AFTER.test(q.plain.slice(x.at + x.raw.length).toLowerCase()));
  let any = false;
  const out = q.quantities.map((x) => {
    if (x.dims[counted] === -1) {
      any = true;
      return x;
    }
    const after = q.plain.slice(x.at + x.raw.length).toLowerCase();
    const each = /\b(?:each|apiece)\b/.test(x.raw.toLowerCase()) || PER_ONE_AFTER.test(after);
    // Only money or power is per one of them; a share ("0.1% convert") applies to the count as it is, a time to all.
    if (!(each || all || paying(x)) || (x.dims.usd === undefined && x.dims.kwh === undefined)) return x;
    // A price per unit of energy is no amount per GPU: "at 8c/kWh" prices the draw that is.
    if (!each && x.dims.kwh === -1) return x;
    any = true;
    return { ...x, dims: { ...x.dims, [counted]: -1 }, perUnit: false };
  });
  return any ? out : undefined;
}

/** The count quantity, named by the subject, the figure and its source. */
function countQuantity(r: CountReading, citer: Citer): Quantity {
  const shown = `${r.f.value!.toLocaleString('en-US')} ${r.f.of ?? ''}`.trim();
  return {
    value: r.f.value!,
    dims: { [r.counted]: 1 },
    raw: `${r.e.name}'s ${citer.metricLabel(r.f)} (${shown}, ${citer.sourceOf(r.f.source)})`,
    at: -1,
    noun: r.counted === 'gpu' ? 'GPU' : 'user',
  };
}

/** Whether the question works one of the subject's sourced counts with the user's amounts per one of them. */
export function sourcedCountAsked(q: Question): boolean {
  const r = countReading(q);
  return r !== undefined && perOne(q, r.counted) !== undefined;
}

export const answerSourcedCount: Answerer = (q, { index }) => {
  const r = countReading(q);
  const inputs = r && perOne(q, r.counted);
  if (!r || !inputs) return undefined;
  const citer = new Citer(index.kb);
  const count = countQuantity(r, citer);
  const used = [count, ...inputs];
  // Every input in the formula, the count multiplying: a number left out would make the figure another question's.
  const worked = solve(used, q.target);
  if (typeof worked === 'string') return undefined;
  const key = (x: Quantity) => `${x.at}|${x.raw}`;
  const inFormula = new Set([...worked.steps.map((s) => s.q), ...worked.factors].map(key));
  if (!used.every((x) => inFormula.has(key(x)))) return undefined;
  if (!worked.steps.some((s) => s.q === count && s.sign === 1)) return undefined;
  const lines = workCases({ cases: [{ quantities: used }] }, q.target, undefined, q.cues.has('time-asked'));
  if (!Array.isArray(lines)) return lines;
  return {
    ...calculationReply(lines),
    title: `${r.e.name} — calculation`,
    fields: [citer.field(r.f)],
    sources: citer.sources(),
  };
};

/** A chip word inside a unit: "gpu-hours", "gpu hrs", "per gpu", "/gpu", "gpu-months". */
const CHIP_UNIT =
  /\b(?:gpu|chip|card|accelerator|h100|a100|h800)s?[- ]?(?:h|hrs?|hours?|days?|weeks?|months?|years?|yrs?)\b|\bper (?:gpu|chip|card)\b|\/\s?(?:gpu|chip|card)\b/;

/** "qwen's downloads × 0.1% paying × $30 a month" worked without the 700M: the sourced count the question names that
 * a worked reply leaves out, as the user reads it ("Qwen family's downloads"), or undefined. */
export function leftOutCount(q: Question, shown: readonly number[]): string | undefined {
  // "gpu-hours at $2/hr", "per GPU": the chip word names a unit of the user's own, not the subject's count.
  if (CHIP_UNIT.test(q.lowered)) return undefined;
  const r = countReading(q);
  if (!r || shown.some((n) => Math.abs(n - r.f.value!) <= r.f.value! * 1e-3)) return undefined;
  return `${r.e.name}'s ${r.f.metric}`;
}
