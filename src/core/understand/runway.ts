// Runway net of income: cash on hand over what is spent each period less what comes in — "we hold $42M, spend
// $2.8M/month and bring in $0.7M/month: how many months of runway?" is $42M ÷ ($2.8M − $0.7M) = 20 months.
import { sameDims } from '../units.js';
import type { Quantity } from './quantities.js';

/** A stock of money and the flows that drain and refill it, each per hour in base units. */
export interface Runway {
  cash: Quantity;
  spend: Quantity[];
  income: Quantity[];
}

/** Asks for a time: "how many months", "how long", "runway", "last". */
const ASKS =
  /\bhow (?:many (?:months|years|weeks|days)|long)\b|\brunway\b|\blasts?\b|\bwhen (?:do|does|will|would) \w+ run out\b/;
/** Words right before an amount that comes in. */
const INCOME =
  /\b(?:bring(?:s|ing)? in|brought in|earn(?:s|ing)?|make(?:s)?|making|revenue|income|sales|takes? in|inflow)(?: (?:is|was|are|of|at|runs?|comes? to))?\s*(?:~|about |around |roughly )?$/;
/** Words right after an amount that comes in: "$0.7M/month in revenue". */
const INCOME_AFTER = /^\s*(?:(?:in|of) )?(?:revenue|income|sales|coming in|inflow)\b/;

const isCash = (q: Quantity) => sameDims(q.dims, { usd: 1 }) && q.high === undefined && !q.perUnit;
const isFlow = (q: Quantity) => sameDims(q.dims, { usd: 1, hour: -1 }) && q.high === undefined;

/** The runway a question asks for when it gives income beside spending, or undefined. */
export function runwayOf(text: string, qs: Quantity[]): Runway | undefined {
  const s = text.toLowerCase();
  if (!ASKS.test(s)) return undefined;
  const cash = qs.filter(isCash);
  const flows = qs.filter(isFlow);
  if (cash.length !== 1 || flows.length < 2 || cash.length + flows.length !== qs.length) return undefined;
  const comesIn = (q: Quantity) =>
    INCOME.test(s.slice(Math.max(0, q.at - 30), q.at)) || INCOME_AFTER.test(s.slice(q.at + q.raw.length));
  const income = flows.filter(comesIn);
  const spend = flows.filter((q) => !comesIn(q));
  if (!income.length || !spend.length) return undefined;
  return { cash: cash[0]!, spend, income };
}
