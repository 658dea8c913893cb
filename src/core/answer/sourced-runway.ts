// How long a sourced sum lasts at a sourced rate, changed by the user's percentage: "if the GLM maker cut its monthly
// burn by 30%, how long would its IPO money last?" is $559M ÷ ($47M/month × (1 − 30%)) = 17 months. The rate alone
// would give a rate, not a time; so the sum the question names beside it joins the calculation.
import type { KnowledgeIndex } from '../../knowledge/index.js';
import type { Entity, Figure } from '../../knowledge/schema.js';
import type { Citer } from '../cite.js';
import { formatFigureValue } from '../format.js';
import { HOURS, type Quantity } from '../understand/quantities.js';
import type { Question } from '../understand/question.js';

/** Where the added figure sits among the quantities, apart from the chosen one (at −1). */
const ADDED_AT = -3;
/** A change written after the rate's words ("cut its monthly burn by 30%") changes the rate. */
const RATE_WORDS = /\b(?:burn\w*|spend\w*|costs?|bill|outgoings|expenses)\b[^.;?]{0,30}$/;

const isRate = (f: Figure) => f.unit === 'money/month' || f.unit === 'money/year';
const isSum = (f: Figure) => f.unit === 'money';

/** When a time is asked of sums only or of rates only: the other kind the question names, and where the rate sits
 * (for a change to it). Empty when no time is asked or nothing fits. */
export function runDown(
  q: Question,
  index: KnowledgeIndex,
  e: Entity,
  chosen: Figure[],
  citer: Citer,
): { added: Quantity[]; rateAt?: number } {
  const t = q.target;
  if (t?.dims.hour !== 1 || Object.keys(t.dims).length !== 1 || !chosen.length) return { added: [] };
  const wanted = chosen.every(isRate) ? isSum : chosen.every(isSum) ? isRate : undefined;
  if (!wanted) return { added: [] };
  for (const metric of q.metrics) {
    const own = index.ownMetric(e, metric);
    const f = e.figures.find((x) => x.metric === own && wanted(x) && x.currency === 'USD' && x.value !== undefined);
    if (!f) continue;
    const raw = `${e.name}'s ${citer.metricLabel(f)} (${formatFigureValue(f)}, ${citer.sourceOf(f.source)})`;
    const hours = f.unit === 'money/month' ? HOURS.month! : f.unit === 'money/year' ? HOURS.year! : 1;
    const added: Quantity = {
      value: f.value! / hours,
      dims: isRate(f) ? { usd: 1, hour: -1 } : { usd: 1 },
      raw,
      at: ADDED_AT,
      ...(isRate(f) ? { per: f.unit === 'money/month' ? 'month' : 'year' } : {}),
    };
    return { added: [added], rateAt: isRate(f) ? ADDED_AT : -1 };
  }
  return { added: [] };
}

/** "trimmed its burn to 35M a month", "if the burn were $30M/month": the rate the sourced one becomes. */
const RATE_BECOMES =
  /\b(?:burn\w*|spend\w*|costs?|bill|outgoings|expenses)\b[^.;?,]{0,20}?\b(?:to|at|of|were|was|is|be)\s*(?:~|about\s|around\s|just\s|only\s)?$/;

/** When a time is asked: the user's rate written as what the sourced rate becomes, as money (a bare "35M a month"
 * there is dollars), which stands in for the sourced rate. */
export function replacedRate(q: Question, user: Quantity[]): Quantity | undefined {
  if (q.target?.dims.hour !== 1 || Object.keys(q.target.dims).length !== 1) return undefined;
  const found = user.filter(
    (x) =>
      x.dims.hour === -1 &&
      x.per !== undefined &&
      x.high === undefined &&
      Object.keys(x.dims).every((d) => d === 'hour' || d === 'usd') &&
      RATE_BECOMES.test(q.plain.slice(Math.max(0, x.at - 40), x.at)),
  );
  return found.length === 1 ? { ...found[0]!, dims: { usd: 1, hour: -1 } } : undefined;
}

/** Whether a figure is a rate of money over time. */
export { isRate as isMoneyRate };

/** The user's changes that follow the rate's words, set on the rate, so a cut lengthens the time. */
export function onRate(q: Question, user: Quantity[], rateAt?: number): Quantity[] {
  if (rateAt === undefined) return user;
  return user.map((x) =>
    (x.apply === 'less' || x.apply === 'more') && x.on === undefined && RATE_WORDS.test(q.plain.slice(0, x.at))
      ? { ...x, on: rateAt }
      : x,
  );
}
