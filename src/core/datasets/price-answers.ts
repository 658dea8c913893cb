// Token-price answers: a model's prices per provider, the cheapest provider, the cost of N tokens, and the
// cheapest models above a context size. Prices are USD per million tokens as of each data set's fixed date.

import { phraseKey } from '../../knowledge/normalize.js';
import type { Entity, Figure } from '../../knowledge/schema.js';
import type { Citer } from '../cite.js';
import { formatCount, formatMoney, formatRatio } from '../format.js';
import { low, type ProviderPrices, preferred, pricesByProvider } from './figures.js';

/** Names a model's maker goes by, to list its own API first. */
export function makerNames(e: Entity, entity: (id: string) => Entity | undefined): string[] {
  const org = e.kind === 'models' && e.org ? entity(e.org) : undefined;
  return org ? [org.name, ...org.aliases].map((n) => n.split(/\s+/)[0]!) : [];
}

function money(f: Figure | undefined): string {
  return f?.value === undefined ? '—' : formatMoney(f.value);
}

/** "input $3 · output $15 · cached input $0.3 per million tokens [genai-prices, 2 Dec 2026]", plus the other data set where it differs. */
export function providerLine(row: ProviderPrices, citer: Citer, asked: string[]): string {
  const main = preferred(row.input)!;
  const pick = (figs: Figure[]) => figs.find((f) => f.source === main.source) ?? figs[0];
  const parts = [
    `input ${money(pick(row.input))}`,
    ...(row.output.length ? [`output ${money(pick(row.output))}`] : []),
  ];
  if (row.cached.length && (asked.includes('cached_price') || asked.length === 0 || true))
    parts.push(`cached input ${money(pick(row.cached))}`);
  let line = `${row.provider}: ${parts.join(' · ')} per million tokens [${citer.provenance(main)}]`;
  const ctx = pick(row.context);
  if (ctx?.value && asked.includes('context_window')) line += `; context window ${formatCount(ctx.value)} tokens`;
  // Where the two price data sets disagree for the same provider, show both.
  const other = [...row.input, ...row.output].find((f) => f.source !== main.source);
  if (other) {
    // A data set holding two rows for one provider (LiteLLM's deepseek-r1 and deepseek-reasoner) shows the one that
    // differs, its input and output taken from the same row.
    const ins = row.input.filter((f) => f.source === other.source);
    const outs = row.output.filter((f) => f.source === other.source);
    const k = Math.max(
      0,
      ins.findIndex((f, i) => f.value !== pick(row.input)?.value || outs[i]?.value !== pick(row.output)?.value),
    );
    const oi = ins[k] ?? ins[0];
    const oo = ins.length === outs.length ? outs[k] : outs[0];
    const differs = oi?.value !== pick(row.input)?.value || oo?.value !== pick(row.output)?.value;
    if (differs)
      line += `; ${other.source} differs: input ${money(oi)} · output ${money(oo)} [${citer.provenance(other)}]`;
  }
  return line;
}

/** Lines for a model's prices: its own API (or cheapest) first, as the answer, then a few other providers.
 * `named` leads with the model's name, for a second model under the first one's title. */
export function priceLines(
  e: Entity,
  rows: ProviderPrices[],
  citer: Citer,
  asked: string[],
  max = 4,
  named = false,
): string[] {
  const lines = rows
    .slice(0, max)
    .map((row, i) => `${i ? '• ' : named ? `${e.name} — ` : ''}${providerLine(row, citer, asked)}`);
  if (rows.length > max) lines.push(`…and ${rows.length - max} more providers.`);
  return lines;
}

/** A model whose token prices come from genai-prices alone (LiteLLM's map has no row for it). */
export function genaiOnly(rows: ProviderPrices[]): boolean {
  const prices = rows.flatMap((r) => [...r.input, ...r.output]);
  return prices.length > 0 && prices.every((f) => f.source === 'genai-prices');
}

/** Rows for a model, maker first. */
export function modelPrices(e: Entity, entity: (id: string) => Entity | undefined): ProviderPrices[] {
  let rows = pricesMemo.get(e);
  if (!rows) {
    rows = pricesByProvider(e, makerNames(e, entity));
    pricesMemo.set(e, rows);
  }
  return rows;
}
/** Rows per entity object: a knowledge load makes new objects, so a reload never reads stale rows. */
const pricesMemo = new WeakMap<Entity, ProviderPrices[]>();

/** Token counts the question gives: "100M in, 20M out", "10M output tokens", "1B input". */
export function tokenCounts(text: string, min = 1000): { input: number; output: number; plain: number } {
  const scale: Record<string, number> = {
    k: 1e3,
    thousand: 1e3,
    m: 1e6,
    mn: 1e6,
    million: 1e6,
    b: 1e9,
    bn: 1e9,
    billion: 1e9,
  };
  const out = { input: 0, output: 0, plain: 0 };
  // "price per 1M tokens" is a unit, not an amount to price.
  text = text.replace(/\b(per|\/|a|each|every)\s*1\s?(m|mn|million|k|thousand)\b[^,;?]*/gi, ' ');
  // "50M tokens in total": "in" here is not the input side.
  text = text.replace(/\bin (total|all)\b/gi, '$1');
  // "a billion tokens in": a scale word after "a" or "one" is that many.
  text = text.replace(/\b(?:a|one)\s+(thousand|million|billion)\b/gi, '1 $1');
  // A number glued to a name by a dash or letter ("claude-3-5-sonnet-20241022 input") is part of a model id, no count.
  const rx =
    /(?<![-\w.])(\d[\d,]*(?:\.\d+)?)\s?(k|m|mn|b|bn|thousand|million|billion)?\b\s*(?:(input|output|in|out|prompt|completion)\b)?\s*(tokens?)?\s*(?:(input|output|in|out)\b)?/gi;
  for (const m of text.matchAll(rx)) {
    const [, num, unit, side1, tok, side2] = m;
    const side = (side1 ?? side2 ?? '').toLowerCase();
    if (!side && !tok) continue;
    const n = Number(num!.replace(/,/g, '')) * (unit ? (scale[unit.toLowerCase()] ?? 1) : 1);
    if (!Number.isFinite(n) || n < min) continue;
    if (/^(input|in|prompt)$/.test(side)) out.input += n;
    else if (/^(output|out|completion)$/.test(side)) out.output += n;
    else out.plain += n;
  }
  // "40M tokens, a 3:1 input:output split": the total shared out by the ratio, in the order the sides are named.
  const ratio = /(\d+(?:\.\d+)?)\s*:\s*(\d+(?:\.\d+)?)(?![\d.])/.exec(text);
  const inFirst = /\b(input|in|prompt)\s*(?:[:/]|to)\s*(output|out|completion)\b/i.test(text);
  const outFirst = /\b(output|out|completion)\s*(?:[:/]|to)\s*(input|in|prompt)\b/i.test(text);
  if (ratio && (inFirst || outFirst) && out.plain && !out.input && !out.output) {
    const [a, b] = [Number(ratio[1]), Number(ratio[2])];
    out.input = (out.plain * (inFirst ? a : b)) / (a + b);
    out.output = out.plain - out.input;
    out.plain = 0;
  }
  return out;
}

/** "$1,000 of output tokens buys how many?": the budget, and which side's price it buys. */
export function tokenBudget(q: string): { money: number; side: 'input' | 'output' } | undefined {
  if (!/\b(how many|buys?|get|afford|worth of)\b/.test(q) || !/\btokens?\b/.test(q)) return undefined;
  const m = /\$\s?(\d[\d,]*(?:\.\d+)?)\s?(k|m|b|thousand|million|billion)?\b/i.exec(q);
  if (!m) return undefined;
  const scale: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, b: 1e9, billion: 1e9 };
  const money = Number(m[1]!.replace(/,/g, '')) * (m[2] ? scale[m[2].toLowerCase()]! : 1);
  return money > 0 ? { money, side: /\b(output|completion)\b/.test(q) ? 'output' : 'input' } : undefined;
}

/** Tokens a budget buys on a model at its first listed provider, with the arithmetic. */
export function budgetLine(
  e: Entity,
  rows: ProviderPrices[],
  budget: { money: number; side: 'input' | 'output' },
  citer: Citer,
): string | undefined {
  const row = rows[0];
  const f = row && preferred(budget.side === 'input' ? row.input : row.output);
  if (!f?.value) return undefined;
  const tokens = (budget.money / f.value) * 1e6;
  return `${formatMoney(budget.money)} ÷ ${formatMoney(f.value)} per million ${budget.side} tokens = ${formatCount(tokens)} ${budget.side} tokens of ${e.name} on ${row!.provider} [${citer.provenance(f)}]`;
}

/** "How many times pricier is A than B": each side's price at its first listed provider, divided. */
export function priceRatioLines(
  a: { e: Entity; rows: ProviderPrices[] },
  b: { e: Entity; rows: ProviderPrices[] },
  q: string,
): string[] {
  const sides: Array<'input' | 'output'> = /\b(output|completion)\b/.test(q)
    ? /\b(input|prompt)\b/.test(q)
      ? ['input', 'output']
      : ['output']
    : /\b(input|prompt)\b/.test(q)
      ? ['input']
      : ['input', 'output'];
  const lines: string[] = [];
  for (const side of sides) {
    const pa = a.rows[0] && preferred(a.rows[0][side])?.value;
    const pb = b.rows[0] && preferred(b.rows[0][side])?.value;
    if (!pa || !pb) continue;
    const [hi, lo, ph, pl] = pa >= pb ? [a.e, b.e, pa, pb] : [b.e, a.e, pb, pa];
    lines.push(
      `${side[0]!.toUpperCase()}${side.slice(1)}: ${hi.name} ${formatMoney(ph)}/M ÷ ${lo.name} ${formatMoney(pl)}/M = ${formatRatio(ph / pl)} (${hi.name} is the pricier).`,
    );
  }
  return lines;
}

/** The words of a relation asked between two of one model's prices, and of the cached side (knowledge/cues.yaml). */
export interface SideRelationWords {
  cached?: RegExp;
  discount?: RegExp;
  premium?: RegExp;
  multiple?: RegExp;
}

type PriceSide = 'input' | 'cached' | 'output';

/** The sides of one model's prices a question names: "cached input", "input" (other than cached), "output". */
function sidesNamed(q: string, cached?: RegExp): PriceSide[] {
  const out: PriceSide[] = [];
  const rest = cached ? q.replace(new RegExp(cached.source, 'g'), ' ') : q;
  if (rest !== q) out.push('cached');
  if (/\b(?:input|prompt)s?\b/.test(rest)) out.push('input');
  if (/\b(?:output|completion)s?\b/.test(rest)) out.push('output');
  return out;
}

const SIDE_NAME: Record<PriceSide, string> = { input: 'input', cached: 'cached input', output: 'output' };

/** "gpt-4.1 cached input discount vs input, in %": one price of a model set against another of its own at the
 * provider asked, as the share cheaper, the share more or the multiple the question asks; none when two sides are not
 * named, no relation is asked, or the provider lists no price for a side. */
export function sideRelationLine(
  e: Entity,
  rows: ProviderPrices[],
  q: string,
  citer: Citer,
  words: SideRelationWords,
): string | undefined {
  const sides = sidesNamed(q, words.cached);
  if (sides.length !== 2) return undefined;
  const at = (rx?: RegExp) => rx !== undefined && new RegExp(`\\b(?:${rx.source})`).test(q);
  const kind = at(words.multiple)
    ? 'multiple'
    : at(words.discount)
      ? 'discount'
      : at(words.premium)
        ? 'premium'
        : undefined;
  if (!kind) return undefined;
  const row = rowAsked(rows, q);
  const main = row && preferred(row.input);
  if (!row || !main) return undefined;
  const price = (side: PriceSide) => {
    const figs = row[side];
    return (figs.find((f) => f.source === main.source) ?? preferred(figs))?.value;
  };
  const [a, b] = sides.map(price) as [number | undefined, number | undefined];
  if (!a || !b || a === b) return undefined;
  const [hi, lo] = a > b ? [sides[0]!, sides[1]!] : [sides[1]!, sides[0]!];
  const [ph, pl] = [Math.max(a, b), Math.min(a, b)];
  const cap = (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)}`;
  const where = `${e.name} on ${row.provider}`;
  const src = `[${citer.provenance(main)}]`;
  const pct = (x: number) => `${Number(x.toFixed(1))}%`;
  if (kind === 'discount')
    return `${cap(SIDE_NAME[lo])} is ${pct((1 - pl / ph) * 100)} cheaper than ${SIDE_NAME[hi]} (${where}): 1 − ${formatMoney(pl)}/M ÷ ${formatMoney(ph)}/M = ${pct((1 - pl / ph) * 100)} ${src}`;
  if (kind === 'premium')
    return `${cap(SIDE_NAME[hi])} costs ${pct((ph / pl - 1) * 100)} more than ${SIDE_NAME[lo]} (${where}): ${formatMoney(ph)}/M ÷ ${formatMoney(pl)}/M − 1 = ${pct((ph / pl - 1) * 100)} ${src}`;
  return `${cap(SIDE_NAME[hi])} is ${formatRatio(ph / pl)} ${SIDE_NAME[lo]} (${where}): ${formatMoney(ph)}/M ÷ ${formatMoney(pl)}/M = ${formatRatio(ph / pl)} ${src}`;
}

/** The row of the provider a question names ("on z.ai", "via OpenRouter", "through xAI's API" for "X AI"), else the
 * first (the maker's own). */
export function rowAsked(rows: ProviderPrices[], q: string): ProviderPrices | undefined {
  const key = ` ${phraseKey(q)} `;
  return (
    rows.find((r) => key.includes(` ${phraseKey(r.provider)} `)) ??
    rows.find((r) => key.includes(` ${phraseKey(r.provider).replace(/ /g, '')} `)) ??
    // "on bedrock", "via vertex", "azure's price": the word that sets a provider apart ("AWS Bedrock").
    rows.find((r) => distinctWords(r.provider).some((w) => key.includes(` ${w} `))) ??
    rows[0]
  );
}

/** Words of a provider's name too common to name it alone ("Google Vertex AI" is not every Google). */
const SHARED_PROVIDER_WORDS = new Set(['cloud', 'google', 'text', 'completion', 'endpoints', 'workers']);

/** The words of a provider's name that name it alone ("bedrock" of "AWS Bedrock", "vertex", "azure"). */
export function distinctWords(provider: string): string[] {
  return phraseKey(provider)
    .split(' ')
    .filter((w) => w.length >= 4 && !SHARED_PROVIDER_WORDS.has(w));
}

/** "half", "a third", "two thirds": a share written in words, as the percentage it is. */
const SHARE_WORDS: Readonly<Record<string, number>> = {
  half: 50,
  'a third': 100 / 3,
  'one third': 100 / 3,
  'two thirds': 200 / 3,
  'a quarter': 25,
  'one quarter': 25,
  'three quarters': 75,
  'a fifth': 20,
  'a tenth': 10,
};
const SHARE = `(\\d+(?:\\.\\d+)?)\\s?%|\\b(${Object.keys(SHARE_WORDS).join('|')})(?:\\s+of)?`;

/** "80% are cache hits", "80% served from cache", "a 60% cache hit rate", "half of it cached": the share of input
 * tokens read from the prompt cache, billed at the provider's cached-input price. */
const CACHE_SHARE = new RegExp(
  `(?:${SHARE})(?:\\s+(?:of\\s+)?(?:(?:them|those|it|(?:(?:the|our|my|your|their)\\s+)?\\w+(?:\\s+tokens?)?)\\s+)?(?:are|is|were|being|get|hit|come|served|read|billed)?\\s*(?:as\\s+|from\\s+(?:the\\s+)?|the\\s+)?(?:prompt[\\s-]+)?cache[ds]?\\b|\\s+cache[- ]hit)|\\bcache[- ]hit(?:\\s+rate|\\s+ratio)?\\s+(?:of\\s+)?(\\d+(?:\\.\\d+)?)\\s?%`,
  'i',
);

/** The share of input tokens served from the cache, 0–1, when the question gives one. */
export function cacheShare(q: string): number | undefined {
  const m = CACHE_SHARE.exec(q);
  const pct = m ? (m[2] ? SHARE_WORDS[m[2].toLowerCase()]! : Number(m[1] ?? m[3])) : Number.NaN;
  return pct >= 0 && pct <= 100 ? pct / 100 : undefined;
}

/** Context lines for a model: max input (context window) and max output tokens per provider, both data sets. */
export function contextLines(rows: ProviderPrices[], citer: Citer, q: string): string[] {
  const first = rowAsked(rows, q);
  const ordered = first ? [first, ...rows.filter((r) => r !== first)] : rows;
  const lines: string[] = [];
  for (const row of ordered.filter((r) => r.context.length || r.maxOutput.length).slice(0, 4)) {
    const parts: string[] = [];
    const ctx = preferred(row.context);
    const out = preferred(row.maxOutput);
    if (ctx?.value) parts.push(`max input (context window) ${exactTokens(ctx.value)} [${citer.provenance(ctx)}]`);
    if (out?.value) parts.push(`max output ${exactTokens(out.value)} [${citer.provenance(out)}]`);
    lines.push(`${lines.length ? '• ' : ''}${row.provider}: ${parts.join(' · ')}`);
  }
  return lines;
}

/** "262,144 tokens (262K)": the exact limit a provider lists, and its short form. */
function exactTokens(n: number): string {
  if (n < 10_000) return `${formatCount(n)} tokens`;
  const short = n >= 1e6 ? `${Number((n / 1e6).toFixed(2))}M` : `${Math.round(n / 1e3)}K`;
  return `${n.toLocaleString('en-US')} tokens (${short})`;
}

/** A row's input + output price as its line shows them (the preferred data set's pair), so the provider named
 * cheapest is the one whose shown prices are lowest, not one made cheap by a figure the line does not show. */
function shownTotal(row: ProviderPrices): number {
  const main = preferred(row.input);
  if (!main?.value) return low(row.input) + low(row.output);
  const out = row.output.find((f) => f.source === main.source) ?? preferred(row.output);
  return main.value + (out?.value ?? Number.POSITIVE_INFINITY);
}

/** The cheapest provider lines, cheapest input + output first. */
export function cheapestRows(rows: ProviderPrices[]): ProviderPrices[] {
  return [...rows].sort((a, b) => shownTotal(a) - shownTotal(b));
}

/** "128k", "1M", "200,000" → tokens, for context-size rankings. */
export function contextSize(text: string): number | undefined {
  const m = /(\d[\d,]*(?:\.\d+)?)\s?(k|m|thousand|million)?\b(?:\s*(?:tokens?|context|window))?/i.exec(
    text.replace(/.*?(above|over|at least|more than|>=?|≥|bigger than|larger than)\s*/i, ''),
  );
  if (!m) return undefined;
  const unit = m[2]?.toLowerCase();
  const n =
    Number(m[1]!.replace(/,/g, '')) * (unit === 'k' || unit === 'thousand' ? 1e3 : unit?.startsWith('m') ? 1e6 : 1);
  return n >= 1000 ? n : undefined;
}

/** Words that ask for a price tier other than the standard one, and the methods each names. */
export function tierAsked(q: string): string[] | undefined {
  const out: string[] = [];
  if (/\bbatch(es)?\b/.test(q)) out.push('batch');
  if (/\bpriority\b/.test(q)) out.push('priority');
  if (/\bflex\b/.test(q)) out.push('flex');
  if (
    /\b(long|longer|very long) (prompts?|context)|\babove \d+\s?k\b|\bover \d+\s?k\b|\b(more than|beyond) \d+\s?k\b/.test(
      q,
    )
  )
    out.push('above');
  return out.length ? out : undefined;
}

/** A model's other-tier prices per provider (long prompts, Batch API, priority, flex) next to its standard price. */
export function tierLines(rows: ProviderPrices[], citer: Citer, methods: string[], q: string): string[] {
  const lead = rowAsked(rows, q);
  const ordered = lead ? [lead, ...rows.filter((r) => r !== lead)] : rows;
  const lines: string[] = [];
  for (const row of ordered) {
    const tiers = row.tiers.filter((f) => methods.some((m) => f.method?.startsWith(m)));
    if (!tiers.length) continue;
    const std = preferred(row.input)!;
    const stdOut = row.output.find((f) => f.source === std.source) ?? preferred(row.output);
    const byMethod = new Map<string, Figure[]>();
    for (const f of tiers) byMethod.set(f.method!, [...(byMethod.get(f.method!) ?? []), f]);
    const parts = [...byMethod].map(([, fs]) => {
      const i = fs.find((f) => f.metric === 'input_price_tier');
      const o = fs.find((f) => f.metric === 'output_price_tier');
      const what = (i ?? o)!.scope.replace(/^(input|output) tokens, /, '');
      return `${what}: input ${money(i)} · output ${money(o)}`;
    });
    lines.push(
      `${lines.length ? '• ' : ''}${row.provider}: standard input ${money(std)} · output ${money(stdOut)}; ${parts.join('; ')} per million tokens [${citer.provenance(tiers[0]!)}]`,
    );
    if (lines.length >= 3) break;
  }
  return lines;
}

/** Two models' list prices side by side, the verdict first: which is cheaper on input and on output, at each one's
 * first listed provider (its maker's own API where it sells one), with both providers named. */
export function cheaperLine(
  a: { e: Entity; rows: ProviderPrices[] },
  b: { e: Entity; rows: ProviderPrices[] },
): string | undefined {
  const ra = a.rows[0];
  const rb = b.rows[0];
  if (!ra || !rb) return undefined;
  const [ia, oa, ib, ob] = [ra.input, ra.output, rb.input, rb.output].map((f) => preferred(f)?.value);
  if (ia === undefined || oa === undefined || ib === undefined || ob === undefined) return undefined;
  const both = `input ${formatMoney(ia)} vs ${formatMoney(ib)}, output ${formatMoney(oa)} vs ${formatMoney(ob)} per million tokens`;
  if (ia === ib && oa === ob) return `${a.e.name} and ${b.e.name} cost the same: ${both}.`;
  // How many times the pricier one costs, on each side (one figure when both sides agree).
  const times = (hi: number[], lo: number[]) => {
    const [ri, ro] = [formatRatio(hi[0]! / lo[0]!), formatRatio(hi[1]! / lo[1]!)];
    return ri === ro ? `${ri} on input and output` : `${ri} on input, ${ro} on output`;
  };
  if (ia <= ib && oa <= ob)
    return `${a.e.name} is cheaper than ${b.e.name}, which costs ${times([ib, ob], [ia, oa])}: ${both}.`;
  if (ib <= ia && ob <= oa)
    return `${a.e.name} is pricier than ${b.e.name}, ${times([ia, oa], [ib, ib === 0 ? 1 : ob])}: ${both}.`;
  return `Neither is cheaper on both sides: ${a.e.name} vs ${b.e.name}, ${both}.`;
}

/** A family's or a maker's priced models in the order a buyer would look for them: the most widely sold (more
 * providers) first, then those the maker sells on its own API, then shorter names; one per name, up to `max`. So "which
 * Llama / Claude / OpenAI model?" offers Llama 3.3 70B or GPT-5 before a one-provider legacy release. A price list's
 * catch-all entry ("Mistral models") is no model to choose. */
export function mostSoldFirst(models: Entity[], entity: (id: string) => Entity | undefined, max = 8): Entity[] {
  const facts = new Map(
    models.map((e) => {
      const rows = modelPrices(e, entity);
      const maker = new Set(makerNames(e, entity).map((n) => phraseKey(n)));
      const own = rows.some((r) => maker.has(phraseKey(r.provider).split(' ')[0]!));
      return [e, { own, sellers: rows.length, words: phraseKey(e.name).split(' ').length }] as const;
    }),
  );
  const unique = models.filter(
    (e, k) => models.findIndex((o) => o.name === e.name) === k && !/\bmodels$/i.test(e.name),
  );
  return unique
    .sort((a, b) => {
      const [fa, fb] = [facts.get(a)!, facts.get(b)!];
      return fb.sellers - fa.sellers || Number(fb.own) - Number(fa.own) || fa.words - fb.words;
    })
    .slice(0, max);
}
