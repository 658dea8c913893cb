// A named model's list prices worked into what the user's traffic asks besides a bill: the blended price per million
// at the user's input:output ratio ("blended $/M for gpt-4.1 at 3 input tokens per output token"), and how many
// requests a budget buys when each request's tokens are given ("how many gpt-5 requests does $500 get me if each one
// is 2k in, 800 out").
import type { Entity } from '../../knowledge/schema.js';
import type { Citer } from '../cite.js';
import { formatCount, formatMoney } from '../format.js';
import { sideOf } from '../understand/calc-plan.js';
import { trafficMix } from '../understand/mix.js';
import { HOURS, parseQuantities } from '../understand/quantities.js';
import { type ProviderPrices, preferred } from './figures.js';
import { cacheShare, rowAsked } from './price-answers.js';
import { withoutNames } from './token-volume.js';

/** A single price per million asked: "blended", "effective", "average", "$/M", "per million". */
const PER_MILLION_ASKED =
  /\b(?:blend(?:ed)?|effective|average|avg|weighted|all-in)\b.*\b(?:price|rate|cost)\b|\b(?:blend(?:ed)?|effective)\s*(?:\$\s*\/\s*m|per\s*(?:1\s*)?m)|\$\s*\/\s*m\b|\bper (?:1\s?)?(?:m|million)(?: tokens?)?\s*(?:blended|effective)?\s*\?|\bblended\b/;

/** The input and output list prices of a model at the provider asked (else its first), from one data set. */
function sidePrices(rows: ProviderPrices[], q: string) {
  const row = rowAsked(rows, q);
  const input = row && preferred(row.input);
  const output = row && (row.output.find((f) => f.source === input?.source) ?? preferred(row.output));
  return row && input?.value && output?.value ? { row, input, output } : undefined;
}

/** "GPT-4.1 on OpenAI: $3.50/M blended at 3:1 input:output", or undefined when no ratio or no price per million is
 * asked, or when the question gives token amounts too (a bill, answered elsewhere). */
export function blendedLine(e: Entity, rows: ProviderPrices[], citer: Citer, q: string): string | undefined {
  const mix = trafficMix(q);
  if (!mix || !PER_MILLION_ASKED.test(q)) return undefined;
  const given = parseQuantities(withoutNames(q, [e.name, ...e.aliases]));
  if (given.some((x) => x.dims.token === 1 && x.value >= 1000) || given.some((x) => x.dims.usd !== undefined))
    return undefined;
  const p = sidePrices(rows, q);
  if (!p) return undefined;
  const value = (mix.input * p.input.value! + mix.output * p.output.value!) / (mix.input + mix.output);
  const n = (x: number) => String(Number(x.toFixed(2)));
  return `${e.name} on ${p.row.provider}: ${formatMoney(value)}/M blended at ${n(mix.input)}:${n(mix.output)} input:output. Computed: (${n(mix.input)} × ${formatMoney(p.input.value!)}/M + ${n(mix.output)} × ${formatMoney(p.output.value!)}/M) ÷ ${n(mix.input + mix.output)} = ${formatMoney(value)}/M [${citer.provenance(p.input)}]`;
}

/** "GPT-4.1 on OpenAI: $1.10/M blended input at 60% cache hits", or undefined unless a share served from the prompt
 * cache and a price per million are asked, with no token amounts or money given (a bill, answered elsewhere), and
 * the provider lists a cached-input price. */
export function cachedBlendLine(e: Entity, rows: ProviderPrices[], citer: Citer, q: string): string | undefined {
  const share = cacheShare(q);
  if (share === undefined || !PER_MILLION_ASKED.test(q)) return undefined;
  const given = parseQuantities(withoutNames(q, [e.name, ...e.aliases]));
  if (given.some((x) => x.dims.token === 1 || x.dims.usd !== undefined)) return undefined;
  const row = rowAsked(rows, q);
  const input = row && preferred(row.input);
  const cached = row && (row.cached.find((f) => f.source === input?.source) ?? preferred(row.cached));
  if (!row || !input?.value || cached?.value === undefined) return undefined;
  const value = (1 - share) * input.value + share * cached.value;
  const pct = (x: number) => `${Number((x * 100).toFixed(2))}%`;
  return `${e.name} on ${row.provider}: ${formatMoney(value)}/M blended input at ${pct(share)} cache hits. Computed: ${pct(1 - share)} × ${formatMoney(input.value)}/M + ${pct(share)} × ${formatMoney(cached.value)}/M cached = ${formatMoney(value)}/M [${citer.provenance(input)}]`;
}

/** "how many requests", "how many calls can we make": the things a budget is asked to buy. */
const COUNT_ASKED =
  /\bhow many\s+(?:[\w.-]+\s+){0,3}?(requests?|calls?|queries|query|messages?|chats?|conversations?|prompts?|completions?|runs?|documents?|docs?|tickets?)\b/;

/** "$500 buys 47,619 requests: each 2,000 input × $1.25/M + 800 output × $10/M = $0.0105", or undefined unless the
 * question gives exactly one budget and the tokens of one request by side, and asks how many. */
export function budgetCountLine(e: Entity, rows: ProviderPrices[], citer: Citer, q: string): string | undefined {
  const asked = COUNT_ASKED.exec(q);
  if (!asked) return undefined;
  const text = withoutNames(q, [e.name, ...e.aliases]);
  const given = parseQuantities(text);
  const money = given.filter((x) => x.dims.usd !== undefined);
  const tokens = given.filter((x) => x.dims.token === 1 && !x.dims.usd);
  if (money.length !== 1 || !tokens.length || given.length !== money.length + tokens.length) return undefined;
  const budget = money[0]!;
  const budgetPer = Object.keys(budget.dims).length === 2 && budget.dims.hour === -1 ? budget.per : undefined;
  if (Object.keys(budget.dims).length > 1 && !budgetPer) return undefined;
  if (tokens.some((x) => Object.keys(x.dims).some((k) => k !== 'token' && k !== 'item'))) return undefined;
  const sides = tokens.map((x) => sideOf(text, x) ?? 'input');
  if (new Set(sides).size !== sides.length) return undefined;
  const p = sidePrices(rows, q);
  if (!p) return undefined;
  const parts = tokens.map((x, i) => {
    const f = sides[i] === 'input' ? p.input : p.output;
    return {
      text: `${formatCount(x.value)} ${sides[i]} × ${formatMoney(f.value!)}/M`,
      cost: (x.value / 1e6) * f.value!,
    };
  });
  const each = parts.reduce((sum, x) => sum + x.cost, 0);
  const written = budgetPer ? budget.value * HOURS[budgetPer]! : budget.value;
  if (!(each > 0) || !(written > 0)) return undefined;
  const thing = asked[1]!.replace(/ies$/, 'y').replace(/s$/, '');
  const things = /s$/.test(asked[1]!) ? asked[1]! : thing.replace(/y$/, 'ie').concat('s');
  const count = written / each;
  const per = budgetPer ? ` a ${budgetPer}` : '';
  return `${e.name} on ${p.row.provider}: ${formatMoney(written)}${per} buys about ${formatCount(Math.floor(count))} ${things}${per}. Computed: each ${thing} ${parts.map((x) => x.text).join(' + ')} = ${formatMoney(each)}; ${formatMoney(written)} ÷ ${formatMoney(each)} = ${formatCount(Math.floor(count))} [${citer.provenance(p.input)}]`;
}
