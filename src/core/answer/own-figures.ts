// One entity's figures worked against each other (multiples, runway, year on year, per unit), or others
// with a similar figure. A number of the user's that none of these uses is never dropped: a total per unit takes
// it on ("PaLM's cost over its chips, for a 1,200-hour run, per chip-hour"); otherwise there is no answer here.
import type { Entity } from '../../knowledge/schema.js';
import { formatCount, formatFigureValue, formatMoney } from '../format.js';
import { ownFigureAnswer, perUnitOf, similarFigures } from '../own-figures.js';
import { calculationReply } from '../replies.js';
import type { Reply } from '../types.js';
import { HOURS, type Quantity } from '../understand/quantities.js';
import type { Question } from '../understand/question.js';
import { unplacedAmounts } from '../understand/unplaced.js';
import type { Answerer } from './context.js';
import { subjectOf } from './sourced-units.js';
import { workCases } from './units.js';

export const answerOwnFigures: Answerer = (q, { index }) => {
  // "the claude maker's valuation as a multiple of its revenue": one clearly described thing's own figures.
  const e = q.lead ?? subjectOf(q, index);
  if (!e) return undefined;
  // "what would 64 of those GPUs come to?" with the 64 read as no quantity: a figure without it answers another question.
  if (unplacedAmounts(q, figureValues(e)).length) return undefined;
  const user = usersNumbers(q, e);
  if (user.length) return perUnitWorked(q, index, e, user);
  return (
    ownFigureAnswer(index, q.res, e, q.lowered) ?? (q.lead ? similarFigures(index, q.res, e, q.lowered) : undefined)
  );
};

const figureValues = (e: Entity) =>
  e.figures.flatMap((f) => [...(f.value !== undefined ? [f.value] : []), ...(f.range ?? [])]);

/** The user's own numbers: not loose words, not one of the entity's figures quoted ("the 6,144 chips"). */
function usersNumbers(q: Question, e: Entity): Quantity[] {
  const values = figureValues(e);
  // "burns about 47M a month": a rate restates the figure it gives each period.
  const whole = (x: Quantity) => (x.dims.hour === -1 && x.per && HOURS[x.per] ? x.value * HOURS[x.per]! : x.value);
  return q.quantities.filter(
    (x) => x.at >= 0 && !x.loose && !values.some((v) => Math.abs(whole(x) - v) <= Math.abs(v) * 1e-9),
  );
}

/** Things a chip count counts: a price per one of them is per GPU. */
const CHIPS = /\b(?:gpus?|chips?|tpus?|accelerators?|h100s?|a100s?|h800s?)\b/i;

/** The entity's total per unit worked with the user's numbers, or undefined when they do not combine with it. */
function perUnitWorked(q: Question, index: Parameters<Answerer>[1]['index'], e: Entity, user: Quantity[]) {
  const per = perUnitOf(index, q.res, e, q.lowered);
  if (!per) return undefined;
  const { money, count, each, citer, note } = per;
  // "price 512 of them": a bare count of the user's counts the same things as the entity's count.
  const counts = user.filter((x) => Object.keys(x.dims).length === 1 && (x.dims.item === 1 || x.dims.gpu === 1));
  const dim = counts.length === 1 ? (counts[0]!.dims.gpu ? 'gpu' : 'item') : CHIPS.test(count.of!) ? 'gpu' : 'item';
  const unit: Quantity = {
    value: each,
    dims: { usd: 1, [dim]: -1 },
    raw: `${e.name}'s ${citer.metricLabel(money)} per ${count.of!.replace(/s$/, '')} (${formatFigureValue(money)} ÷ ${formatCount(count.value!)} = ${formatMoney(each, money.currency)})`,
    at: -1,
  };
  const plan = { cases: [{ quantities: [unit, ...user] }] };
  const timeAsked = q.cues.has('time-asked');
  let worked = workCases(plan, q.target, q.parts, timeAsked);
  // A target read from the thing counted ("price 512 of them" as a count of GPUs), or the per-unit step itself ("take
  // the per-GPU cost and price 300 of them"), is not the result: the unit the numbers give.
  const counted = (t: NonNullable<Question['target']>) => t.dims.gpu !== undefined || t.dims.item !== undefined;
  if (!Array.isArray(worked) && q.target && (q.target.dims.usd === undefined || (counts.length && counted(q.target))))
    worked = workCases(plan, undefined, undefined, timeAsked);
  if (!Array.isArray(worked)) return undefined;
  const reply: Reply = calculationReply(worked);
  return {
    ...reply,
    title: `${e.name} — calculation`,
    fields: [citer.field(money), citer.field(count)],
    notes: note ? [note] : [],
    sources: citer.sources(),
  };
}
