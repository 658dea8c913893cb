// The bill for a token workload on a named model at one provider's list prices: each side's tokens × its price per
// million, the prompt-cache share at the cached-input price, a long-prompt tier when one request's prompt passes its
// threshold (tiers apply per request), then × the counts of work and the span. The total leads, with the provider
// and the prices' date; the formula follows.
import type { Entity, Figure } from '../../knowledge/schema.js';
import type { Citer } from '../cite.js';
import { formatCount, formatMoney } from '../format.js';
import { type ProviderPrices, preferred } from './figures.js';
import { rowAsked, tierAsked } from './price-answers.js';
import { spanFactors, spanTimes, type Workload } from './token-workload.js';

/** One data set's prices at a provider for this workload: standard, or a tier's. */
interface Prices {
  input: Figure;
  output?: Figure;
  cached?: Figure;
  /** The tier's scope ("prompts above 200K tokens (per request)"), when a tier's prices are used. */
  tier?: string;
}

/** "above-200k" → 200,000. */
const thresholdOf = (method: string) => {
  const m = /^above-(\d+)k$/.exec(method);
  return m ? Number(m[1]) * 1e3 : undefined;
};

/** A tier's input and output price figures for a method, the source asked first. */
function tierPrices(row: ProviderPrices, method: string, source: string): { input?: Figure; output?: Figure } {
  const of = (metric: string) => {
    const figs = row.tiers.filter((f) => f.method === method && f.metric === metric);
    return figs.find((f) => f.source === source) ?? figs[0];
  };
  return { input: of('input_price_tier'), output: of('output_price_tier') };
}

/** The prices to bill at, from one source: a tier asked by name (batch, flex, priority) or one the prompt size
 * passes per request; else the standard prices. `note` says a tier's threshold the prompt stays under. */
function pricesFor(
  row: ProviderPrices,
  source: string,
  work: Workload,
  q: string,
): { prices?: Prices; note?: string; missingTier?: string } {
  const input = row.input.find((f) => f.source === source);
  if (!input?.value) return {};
  const output = row.output.find((f) => f.source === source);
  const cached = row.cached.find((f) => f.source === source) ?? preferred(row.cached);
  const std: Prices = { input, output, cached };
  const named = (tierAsked(q) ?? []).filter((m) => m !== 'above');
  if (named.length) {
    const method = [...new Set(row.tiers.map((f) => f.method!))].find((m) => named.some((n) => m.startsWith(n)));
    if (!method) return { prices: std, missingTier: named[0] };
    const t = tierPrices(row, method, source);
    if (!t.input?.value) return { prices: std, missingTier: named[0] };
    return { prices: { input: t.input, output: t.output ?? output, cached, tier: tierScope(t.input) } };
  }
  // A long-prompt tier applies per request: only a prompt per call says which side of the threshold it falls.
  const prompt = work.input + work.plain + work.cached;
  for (const method of new Set(row.tiers.map((f) => f.method!))) {
    const at = thresholdOf(method);
    if (at === undefined) continue;
    if (!work.perUnit) continue;
    if (prompt > at) {
      const t = tierPrices(row, method, source);
      if (t.input?.value)
        return { prices: { input: t.input, output: t.output ?? output, cached, tier: tierScope(t.input) } };
    } else if (prompt >= at / 2)
      return {
        prices: std,
        note: `Each ${formatCount(prompt)}-token prompt is under the ${formatCount(at)}-token threshold, so the standard price applies (tiers apply per request).`,
      };
  }
  return { prices: std };
}

const tierScope = (f: Figure) => f.scope.replace(/^(input|output) tokens, /, '');

/** "$2.5/M", the price per million as shown in a formula. */
const perM = (f: Figure) => `${formatMoney(f.value!)}/M`;

interface Bill {
  total: number;
  unit: number;
  parts: string[];
  uncached?: number;
  prices: Prices;
}

/** The bill at one set of prices. */
function billAt(work: Workload, p: Prices): Bill | undefined {
  const parts: string[] = [];
  let unit = 0;
  const add = (n: number, f: Figure | undefined, label: string) => {
    if (!(n > 0) || f?.value === undefined) return;
    const c = (n / 1e6) * f.value;
    unit += c;
    parts.push(`${formatCount(n)} ${label} × ${perM(f)} = ${formatMoney(c)}`);
  };
  const input = work.input + work.plain;
  const hits = work.share !== undefined && p.cached?.value !== undefined ? input * work.share : 0;
  add(input - hits, p.input, 'input');
  add(hits, p.cached, 'cached input');
  if (work.cached > 0 && p.cached?.value === undefined) return undefined;
  add(work.cached, p.cached, 'cached input');
  if (!work.inputOnly) {
    if (work.output > 0 && !p.output?.value) return undefined;
    add(work.output, p.output, 'output');
  }
  if (!parts.length) return undefined;
  const times = work.factors.reduce((x, f) => x * f.value, 1) * spanTimes(work);
  const uncached = hits > 0 ? (unit + (hits / 1e6) * (p.input.value! - p.cached!.value!)) * times : undefined;
  return { total: unit * times, unit, parts, uncached, prices: p };
}

/** "a call", "an hour", "an API call": the word with its article. */
const a = (word: string) => `${/^(?:[aeio]|hour)/i.test(word) ? 'an' : 'a'} ${word}`;

/** "a call", "a msg": the unit of work the tokens are given per, from the last count named. */
const unitName = (work: Workload) => {
  const last = work.factors[work.factors.length - 1];
  if (!last) return work.per ?? 'request';
  return last.unit.replace(/ies$/, 'y').replace(/(?<=[a-z]{3})s$/, '');
};

/** "× 1,000 calls × 20 msgs/day × 30 days". */
function multipliers(work: Workload): string {
  const parts = work.factors.map((f) => `${formatCount(f.value)} ${f.unit}${f.per ? `/${f.per}` : ''}`);
  // "a week" of a daily rate: × 7 days; "30 days", "22 workdays": as written; "× 8 hours a day" after them.
  parts.push(...spanFactors(work));
  return parts.map((p) => ` × ${p}`).join('');
}

/** The bill's lines for a model: the total first (model, provider, prices' date), then how it was computed. */
export function workloadBill(
  e: Entity,
  rows: ProviderPrices[],
  work: Workload,
  citer: Citer,
  q: string,
): { total: number; lines: string[]; per?: string } | undefined {
  const row = rowAsked(rows, q);
  const main = row && preferred(row.input);
  if (!row || !main) return undefined;
  const { prices, note, missingTier } = pricesFor(row, main.source, work, q);
  const bill = prices && billAt(work, prices);
  if (!bill) return undefined;
  // "plus the per-query search fee": the fee at the search context size asked, for every query; no bill without it.
  const fee = searchAsked(q) ? searchFee(e, row.provider, q) : undefined;
  if (fee === null || (fee && !work.factors.length)) return undefined;
  const queries = fee ? work.factors.reduce((x, f) => x * f.value, 1) * spanTimes(work) : 0;
  const tokens = bill.total;
  if (fee) bill.total += queries * fee.value!;
  const per = work.span
    ? work.span.label.startsWith('a ')
      ? ` ${work.span.label}`
      : ` over ${work.span.label}`
    : work.per
      ? ` ${a(work.per)}`
      : '';
  const scaled = work.factors.length > 0 || work.span !== undefined;
  const sum = `${bill.parts.join(' + ')}${bill.parts.length > 1 ? ` → ${formatMoney(bill.unit)}` : ''}`;
  const formula = fee
    ? `(${sum} ${a(unitName(work))})${multipliers(work)} = ${formatMoney(tokens)}; + ${formatCount(queries)} ${work.factors[work.factors.length - 1]!.unit} × ${formatMoney(fee.value!)} search fee (${fee.method} search context) = ${formatMoney(queries * fee.value!)} → ${formatMoney(bill.total)}`
    : scaled
      ? `(${sum} ${a(unitName(work))})${multipliers(work)} = ${formatMoney(bill.total)}`
      : sum;
  const tier = prices.tier
    ? /^prompts /.test(prices.tier)
      ? ` at the price for ${prices.tier.replace(/\s*\(per request\)/, '')}`
      : ` at the ${prices.tier} price`
    : '';
  const lines = [
    `${e.name} on ${row.provider}${tier}: ${formatMoney(bill.total)}${per} [${citer.provenance(prices.input)}]. Computed: ${formula}`,
  ];
  // "500 words × 1.33 tok/word = 665 tokens": the user's own conversion, shown before anything else is said.
  for (const c of work.conversions ?? []) lines.push(`Tokens: ${c}.`);
  if (bill.uncached !== undefined)
    lines.push(
      `Without the cache: ${formatMoney(bill.uncached)} (the cache saves ${formatMoney(bill.uncached - bill.total)}).`,
    );
  if (work.share && bill.uncached === undefined)
    lines.push(
      `${row.provider} lists no cached-input price for ${e.name}, so every input token is billed at the full price.`,
    );
  if (work.inputOnly && work.output > 0) lines.push(`Output tokens are left out, as asked (input only).`);
  if (note) lines.push(note);
  if (missingTier)
    lines.push(`${row.provider} lists no ${missingTier} price for ${e.name}; this is the standard price.`);
  // Where the two price data sets list different prices at this provider, the bill at the other's too.
  const other = [...row.input, ...row.output].find((f) => f.source !== main.source)?.source;
  const alt = other ? pricesFor(row, other, work, q).prices : undefined;
  const altBill = alt && alt.input.source !== main.source ? billAt(work, alt) : undefined;
  if (altBill && fee) altBill.total += queries * fee.value!;
  if (altBill && Math.abs(altBill.total - bill.total) > 1e-9)
    lines.push(
      `The price data sets disagree here; at the other one's prices: ${scaled ? formatMoney(altBill.total) : `${altBill.parts.join(' + ')} → ${formatMoney(altBill.total)}`} [${citer.provenance(altBill.prices.input)}]`,
    );
  return { total: bill.total, lines, per: work.span ? undefined : work.per };
}

/** "plus the per-query search fee", "search context fee": a web-search fee is part of the bill asked. */
export const searchAsked = (q: string) =>
  /\bsearch\b[^.?!]{0,30}\b(?:fees?|cost|costs|charges?|context|price)\b/.test(q);

/** The model's web-search fee per query at this provider and the context size asked ("medium search context"); with
 * none asked, the one fee when all sizes cost the same; null when the list gives none or the size cannot be told. */
function searchFee(e: Entity, provider: string, q: string): Figure | null {
  const fees = (e.data ?? []).filter((f) => f.metric === 'search_fee' && f.provider === provider && f.value);
  const size =
    /\b(low|medium|high)\b(?:[\s-]+search)?[\s-]+context\b|\bcontext(?: size)?(?: of| at)?\s+(low|medium|high)\b/.exec(
      q,
    );
  const asked = size ? fees.find((f) => f.method === (size[1] ?? size[2])) : undefined;
  if (asked) return asked;
  if (size || !fees.length) return null;
  return new Set(fees.map((f) => f.value)).size === 1 ? fees[0]! : null;
}

/** "monthly total and cost per user?": the bill ÷ the count of the unit asked, when that unit was counted. */
export function perUnitLines(q: string, work: Workload, total: number): string[] {
  const lines: string[] = [];
  for (const m of q.matchAll(/\b(?:cost|bill|spend|price|\$)\s*(?:per|a|an|each|\/)\s*([a-z]+)/g)) {
    const word = m[1]!;
    const f = work.factors.find((x) => x.unit.replace(/s$/, '') === word.replace(/s$/, ''));
    if (!f || f.per || work.factors.length < 2) continue;
    lines.push(
      `Per ${word.replace(/s$/, '')}: ${formatMoney(total)} ÷ ${formatCount(f.value)} ${f.unit} = ${formatMoney(total / f.value)}`,
    );
  }
  return lines;
}
