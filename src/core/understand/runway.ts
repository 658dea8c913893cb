// Runway net of income: cash on hand over what is spent each period less what comes in — "we hold $42M, spend
// $2.8M/month and bring in $0.7M/month: how many months of runway?" is $42M ÷ ($2.8M − $0.7M) = 20 months. The words
// of money coming in are the knowledge's (cues names-income, earns-income).
import { sameDims } from '../units.js';
import type { Quantity } from './quantities.js';
import type { QuantityVocabulary } from './quantity-words.js';

/** A stock of money and the flows that drain and refill it, each per hour in base units. */
export interface Runway {
  cash: Quantity;
  spend: Quantity[];
  income: Quantity[];
}

/** Asks for a time: "how many months", "how long", "runway", "last". */
const ASKS =
  /\bhow (?:many (?:months|years|weeks|days)|long)\b|\brunway\b|\blasts?\b|\bwhen (?:do|does|will|would) \w+ run out\b/;
const isCash = (q: Quantity) => sameDims(q.dims, { usd: 1 }) && q.high === undefined && !q.perUnit;
const isFlow = (q: Quantity) => sameDims(q.dims, { usd: 1, hour: -1 }) && q.high === undefined;

/** The runway a question asks for when it gives income beside spending, or undefined. */
export function runwayOf(text: string, qs: Quantity[], words: QuantityVocabulary): Runway | undefined {
  const s = text.toLowerCase();
  const { incomeBefore, incomeAfter } = words;
  if (!ASKS.test(s) || !incomeBefore || !incomeAfter) return undefined;
  const cash = qs.filter(isCash);
  const flows = qs.filter(isFlow);
  if (cash.length !== 1 || flows.length < 2 || cash.length + flows.length !== qs.length) return undefined;
  const comesIn = (q: Quantity) =>
    incomeBefore.test(s.slice(Math.max(0, q.at - 30), q.at)) || incomeAfter.test(s.slice(q.at + q.raw.length));
  const income = flows.filter(comesIn);
  const spend = flows.filter((q) => !comesIn(q));
  if (!income.length || !spend.length) return undefined;
  return { cash: cash[0]!, spend, income };
}
