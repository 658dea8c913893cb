// A named model's token prices put into the user's own volumes: "1,000 requests/day, each 2k input + 500 output
// tokens, monthly (30d)?" multiplies every count, rate and period given, as the calculator does with prices the
// user writes; only when the prices alone would leave some of the user's numbers unused.
import type { Entity } from '../../knowledge/schema.js';
import type { Citer } from '../cite.js';
import { formatMoney } from '../format.js';
import { planCalculation, sideOf } from '../understand/calc-plan.js';
import { trafficMix } from '../understand/mix.js';
import { HOURS, parseQuantities, type Quantity } from '../understand/quantities.js';
import { askedTarget } from '../understand/target.js';
import { solve, type Target, type Worked } from '../units.js';
import type { ProviderPrices } from './figures.js';
import { preferred } from './figures.js';
import { rowAsked } from './price-answers.js';

const isTokenAmount = (q: Quantity) => q.dims.token === 1 && Object.keys(q.dims).length === 1;

/** The sourced price of one side as a quantity the solver multiplies, placed after the question's own words. */
function priceQuantity(value: number, side: 'input' | 'output', at: number): Quantity {
  return { value: value / 1e6, dims: { usd: 1, token: -1 }, raw: `${formatMoney(value)}/M ${side}`, at, side };
}

/** The percentages that write the split ("80% input", "20% output"), or undefined when any other is given; none for a
 * ratio ("4:1"). */
function splitShares(read: Quantity[], mix: { input: number; output: number }): Quantity[] | undefined {
  const shares = read.filter((x) => x.dims.percent);
  const whole = mix.input + mix.output;
  const fits = (x: Quantity) => [mix.input, mix.output].some((w) => Math.abs((100 * w) / whole - x.value) < 0.01);
  return shares.every(fits) && shares.length <= 2 ? shares : undefined;
}

/** Both sides' prices blended by the split: "(80% × $0.25/M input + 20% × $2/M output)". */
function blendedPrice(mix: { input: number; output: number }, input: number, output: number, at: number): Quantity {
  const whole = mix.input + mix.output;
  const [a, b] = [mix.input / whole, mix.output / whole];
  const pct = (x: number) => `${Number((x * 100).toFixed(2))}%`;
  return {
    value: (a * input + b * output) / 1e6,
    dims: { usd: 1, token: -1 },
    raw: `(${pct(a)} × ${formatMoney(input)}/M input + ${pct(b)} × ${formatMoney(output)}/M output)`,
    at,
  };
}

/** The total (or the rate per the period asked) with the formula that gave it; undefined when the user's numbers are
 * only token amounts (the plain cost answers them) or do not all combine with the prices. */
export function tokenVolumeCost(
  e: Entity,
  rows: ProviderPrices[],
  citer: Citer,
  q: string,
): { total: number; lines: string[]; counted: boolean } | undefined {
  // Numbers in the model's own names ("gpt-4.1-nano", "claude sonnet 4") are no amounts.
  const text = withoutNames(q, [e.name, ...e.aliases]);
  const read = parseQuantities(text);
  // "2.4B tokens a month, 80% input 20% output", "4:1 in:out": the tokens split by the shares written, each side at
  // its price; the shares are the split, no amounts of their own.
  const mix = trafficMix(text);
  const split = mix && splitShares(read, mix);
  const quantities = split ? read.filter((x) => !split.includes(x)) : read;
  // "split 60/40 between": a number the reading placed nowhere would silently drop out of the bill.
  if (!mix && !everyNumberRead(text, quantities)) return undefined;
  if (!quantities.length || quantities.some((x) => x.dims.usd !== undefined || x.dims.percent || x.dims.times))
    return undefined;
  if (!quantities.some((x) => x.dims.token === 1) || quantities.every(isTokenAmount)) return undefined;
  // "… vs just renting 2 h100s": GPUs are another way to pay for the work, never a multiplier of a token bill.
  if (quantities.some((x) => x.dims.gpu !== undefined)) return undefined;
  // "1M tokens an hour over 22 workdays": a working day is not 24 hours, and how long it is was not said.
  const hourly = quantities.some((x) => x.dims.hour === -1 && x.per === 'hour');
  const workdays = quantities.some((x) => x.dims.hour === 1 && /\b(?:work\s?|business |working )days?\b/.test(x.raw));
  const hoursADay = quantities.some((x) => !Object.keys(x.dims).length && /\bh(?:ou)?rs?\b|\d\s?h\b/.test(x.raw));
  if (hourly && workdays && !hoursADay) return undefined;
  const row = rowAsked(rows, q);
  const inF = row && preferred(row.input);
  const outF = row && (row.output.find((f) => f.source === inF?.source) ?? preferred(row.output));
  if (!row || !inF?.value || !outF?.value) return undefined;
  // Each side the user's tokens name gets its price; tokens of no side are priced as input, or at both sides' prices
  // blended by the split written.
  const tokens = quantities.filter((x) => x.dims.token === 1);
  const sides = new Set(tokens.map((x) => sideOf(q, x) ?? 'input'));
  if (mix && (tokens.length !== 1 || sideOf(q, tokens[0]!))) return undefined;
  const prices = mix
    ? [blendedPrice(mix, inF.value, outF.value, q.length)]
    : [
        ...(sides.has('input') ? [priceQuantity(inF.value, 'input', q.length)] : []),
        ...(sides.has('output') ? [priceQuantity(outF.value, 'output', q.length + 1)] : []),
      ];
  const plan = planCalculation(q, [...quantities, ...prices]);
  const [only] = plan.cases;
  if (plan.cases.length !== 1 || !only) return undefined;
  // The prices are money given: "weekly bill?" asks money a week.
  const target = askedTarget(q, [...quantities, ...prices]);
  const worked = workedCost(only.quantities, target);
  if (!worked) return undefined;
  // Every number the user gave is in the formula: none is left out of the bill.
  const used = new Set(worked.steps.flatMap((x) => [x.q.at]));
  const termsUsed = worked.steps.some((x) => x.q.raw.startsWith('('));
  if (!quantities.every((x) => used.has(x.at) || (termsUsed && isTermPart(x, only.quantities)))) return undefined;
  // A token bill only multiplies: "÷ for a month" would be a span asked read as an input.
  if (worked.steps.some((x) => x.sign === -1)) return undefined;
  const per = worked.dims.hour === -1 ? (target?.per ?? 'month') : undefined;
  const total = per ? worked.value * HOURS[per]! : worked.value;
  const shown = `${formatMoney(total)}${per ? ` a ${per}` : ''}`;
  const formula = [...worked.steps.filter((x) => x.sign === 1), ...worked.steps.filter((x) => x.sign === -1)]
    .map((x, i) => `${i === 0 ? '' : x.sign === 1 ? ' × ' : ' ÷ '}${scaled(x.q.raw)}`)
    .join('');
  return {
    total,
    counted: quantities.some((x) => (x.dims.item ?? 0) > 0 || (x.dims.user ?? 0) > 0),
    lines: [`${e.name} on ${row.provider}: ${shown}. Computed: ${formula} = ${shown} [${citer.provenance(inF)}]`],
  };
}

/** Whether every number in the question (the model names blanked) is tokens, tokens per day, week, month or year,
 * or a span of time: what a bill of the tokens alone, shown per their period and over the spans named, uses. A count
 * of calls, hours a day or a rate per hour would be dropped from it. */
export function tokensAlonePriced(blanked: string): boolean {
  const quantities = parseQuantities(blanked);
  // "at 1:4 input:output": a split of the tokens by side, which this reading prices.
  const bySide = /\b(?:input|output|in|out|prompt|completion)\s*[:/]\s*(?:input|output|in|out|prompt|completion)\b/;
  if (!trafficMix(blanked) && !bySide.test(blanked) && !everyNumberRead(blanked, quantities)) return false;
  return quantities.every((x) => {
    const keys = Object.keys(x.dims).length;
    // "… vs just renting 2 h100s": another way to pay, set beside the bill, never in it.
    if (isTokenAmount(x) || x.dims.gpu !== undefined) return true;
    if (keys === 1 && x.dims.hour === 1) return true;
    return keys === 2 && x.dims.token === 1 && x.dims.hour === -1 && (x.value === 0 || x.per !== 'hour');
  });
}

/** Whether every split written as numbers ("60/40", "70:30", "50/30/20") lies inside a quantity the reading placed:
 * shares of the tokens the bill would otherwise price whole. (A model's version beside the names, "not 4.1 or 4.5",
 * is no amount of the bill.) */
function everyNumberRead(text: string, quantities: Quantity[]): boolean {
  return [...text.matchAll(/(?<![\d.])\d{1,3}(?:\s?[/:]\s?\d{1,3})+(?![\d.])/g)].every(
    (m) => /^24\s?\/\s?7$/.test(m[0]) || quantities.some((x) => m.index! >= x.at && m.index! < x.at + x.raw.length),
  );
}

/** The text with each name blanked to spaces of its length, so every position still points into the question. */
export function withoutNames(q: string, names: string[]): string {
  let out = q;
  for (const name of names) {
    const words = name
      .toLowerCase()
      .split(/[\s-]+/)
      .filter(Boolean);
    if (!words.length || !words.some((w) => /\d/.test(w))) continue;
    const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    out = out.replace(new RegExp(`(?<![\\w.-])${escaped.join('[\\s-]+')}(?![\\w-])`, 'gi'), (m) =>
      ' '.repeat(m.length),
    );
  }
  return out;
}

/** "1.5m input" as it is usually written: "1.5M input" (the question reaches the data sets in lower case). */
const scaled = (raw: string) => raw.replace(/(\d)([mb])\b/g, (_, d: string, u: string) => `${d}${u.toUpperCase()}`);

/** A token amount that went into a sum of terms ("(2k input × $1.25/M + 500 output × $10/M)"): used. */
function isTermPart(x: Quantity, planned: Quantity[]): boolean {
  return !planned.some((p) => p.at === x.at && p.raw === x.raw);
}

/** The bill in the unit asked, else as a total over the duration given; only money. */
function workedCost(quantities: Quantity[], target?: Target): Worked | undefined {
  for (const t of [target, undefined]) {
    const worked = solve(quantities, t);
    if (typeof worked === 'string' || worked.dims.usd !== 1 || worked.high !== undefined) continue;
    const keys = Object.keys(worked.dims);
    if (keys.length === 1 || (keys.length === 2 && worked.dims.hour === -1)) return worked;
  }
  return undefined;
}
