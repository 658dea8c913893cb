// Token prices → price figures per model and provider, from @pydantic/genai-prices (always read at the fixed
// as-of timestamp of its source entry, never "now") and from LiteLLM's map (USD per token → per million).
import { calcPrice, findProvider, type ModelPrice, type Provider } from '@pydantic/genai-prices';
import type { Figure } from '../knowledge/schema.js';
import { type DraftBook, type DraftModel, NAME_RANK } from './draft.js';
import { displayName, round, tidyName } from './names.js';
import type { OrgResolver } from './orgs.js';
import { searchFeeFigures } from './unit-prices.js';

/** A price or context-window column and the metric it becomes. */
const PRICE_METRICS = [
  ['input_mtok', 'input_price', 'input tokens'],
  ['output_mtok', 'output_price', 'output tokens'],
  ['cache_read_mtok', 'cached_price', 'cached input tokens (cache read)'],
] as const;

/** Providers that make the models they sell: their models belong to them. */
const FIRST_PARTY: Record<string, string> = {
  openai: 'OpenAI',
  anthropic: 'Anthropic',
  google: 'Google',
  mistral: 'Mistral',
  deepseek: 'DeepSeek',
  'x-ai': 'xAI',
  xai: 'xAI',
  cohere: 'Cohere',
  cohere_chat: 'Cohere',
  moonshotai: 'Moonshot AI',
  moonshot: 'Moonshot AI',
  zai: 'Z.ai',
  zhipuai: 'Zhipu AI',
  minimax: 'MiniMax',
  gemini: 'Google',
};

/** Provider ids bundled with genai-prices, read from the package's data by its public lookup. */
export function genaiProviders(bundle: string): Provider[] {
  const ids = [...bundle.matchAll(/\n {2}\{\n {4}id: "([^"]+)",\n {4}name: "/g)].map((m) => m[1]!);
  return [...new Set(ids)].map((id) => findProvider({ providerId: id })).filter((p): p is Provider => Boolean(p));
}

function base(v: ModelPrice[string]): { value: number; tiered: boolean } | undefined {
  if (typeof v === 'number') return v > 0 ? { value: v, tiered: false } : undefined;
  if (v && typeof v === 'object' && 'base' in v) return { value: v.base, tiered: true };
  return undefined;
}

/** The dearest real list prices are a few hundred dollars per million tokens (o1-pro output: $600/M). LiteLLM
 * has entries off by a unit (Wandb's DeepSeek V3.1 at $165,000/M: a price per thousand or per token read as
 * per million); anything above this is dropped rather than shown (vendor/data/README.md, pitfalls). */
export const MAX_PRICE_PER_MTOK = 1_000;

/** Whether a USD-per-million-tokens price can be a real list price. */
export function plausiblePrice(v: number): boolean {
  return Number.isFinite(v) && v >= 0 && v <= MAX_PRICE_PER_MTOK;
}

function priceFigures(
  prices: Record<string, number | undefined>,
  provider: string,
  source: string,
  period: string,
  tiered: Set<string>,
): Figure[] {
  const out: Figure[] = [];
  for (const [col, metric, what] of PRICE_METRICS) {
    const v = prices[col];
    if (v === undefined || !plausiblePrice(v)) continue;
    out.push({
      metric,
      value: round(v),
      bound: 'exact',
      unit: 'money/Mtok',
      currency: 'USD',
      period,
      scope: tiered.has(col) ? `${what}, lowest tier (per request)` : what,
      basis: 'reported',
      source,
      provider,
    });
  }
  return out;
}

function contextFigure(
  tokens: number | undefined,
  provider: string,
  source: string,
  period: string,
  metric = 'context_window',
  scope = 'context window',
): Figure[] {
  if (!tokens || tokens <= 0) return [];
  return [
    { metric, value: tokens, bound: 'exact', unit: 'tokens', period, scope, basis: 'reported', source, provider },
  ];
}

/** Notes who a price row says makes the model: the vendor its id names ("anthropic/claude-opus-4") or the provider
 * selling it, when that provider sells its own models. Google sells Claude on Vertex, so a seller is only a guess:
 * `priceOwner` prefers a vendor named in an id. */
export function noteOwner(d: DraftModel, providerId: string, rawId: string, orgs: OrgResolver): void {
  // "vertex_ai/claude-opus-4" under LiteLLM's "vertex_ai-anthropic_models": the prefix is the route, not the vendor.
  const prefix = rawId.includes('/') ? rawId.split('/').at(-2)! : '';
  const route = prefix === providerId || providerId.startsWith(`${prefix}-`);
  const vendor = prefix && !route ? orgs.known(prefix) : undefined;
  if (vendor) d.priceVendors.add(vendor);
  const seller = FIRST_PARTY[providerId] ? orgs.known(FIRST_PARTY[providerId]!) : undefined;
  if (seller) d.priceSellers.add(seller);
}

/** The maker the price lists name: the one vendor named in ids, else the one first-party seller; none when they
 * name several (a reseller's own catalogue would otherwise make Google the maker of Claude). */
export function priceOwner(d: DraftModel): string | undefined {
  if (d.priceVendors.size === 1) return [...d.priceVendors][0];
  if (d.priceVendors.size === 0 && d.priceSellers.size === 1) return [...d.priceSellers][0];
  return undefined;
}

/** Adds genai-prices' text models (those with an output price) to the book; returns how many prices were read. */
export function importGenaiPrices(
  providers: Provider[],
  book: DraftBook,
  orgs: OrgResolver,
  keyFor: (raw: string) => string,
  timestamp: Date,
  period: string,
): number {
  let n = 0;
  for (const p of [...providers].sort((a, b) => a.id.localeCompare(b.id))) {
    for (const m of p.models) {
      // The price in force at the fixed instant: date-bound and time-of-day prices resolve the same way every run.
      const calc = calcPrice({ input_tokens: 1000, output_tokens: 1000 }, m.id, { providerId: p.id, timestamp });
      const mp = calc && calc.model.id === m.id ? calc.model_price : Array.isArray(m.prices) ? undefined : m.prices;
      if (!mp) continue;
      const prices: Record<string, number | undefined> = {};
      const tiered = new Set<string>();
      for (const [col] of PRICE_METRICS) {
        const b = base(mp[col]);
        if (b) prices[col] = b.value;
        if (b?.tiered) tiered.add(col);
      }
      if (prices.input_mtok === undefined || prices.output_mtok === undefined) continue;
      // "Llama 3.1 70B Instruct" is served as the model "Llama 3.1 70B": the serving suffix is not part of its name.
      // "o4-mini" named "o4 Mini High": a reasoning effort the id leaves out names a setting, not this model.
      const named = m.name && !effortAdded(m.id, m.name) ? m.name : undefined;
      const name = named && tidyName(named.replace(/\s+(Instruct|Chat|Latest)$/i, ''));
      const d = book.model(
        genaiKey(m.id, name, keyFor),
        name ?? displayName(m.id),
        name ? NAME_RANK.genai : NAME_RANK.litellm,
      );
      d.aliases.add(m.id);
      d.figures.push(
        ...priceFigures(prices, p.name, 'genai-prices', period, tiered),
        ...contextFigure(m.context_window, p.name, 'genai-prices', period),
      );
      noteOwner(d, p.id, m.id, orgs);
      d.what.add(`priced by ${p.name}`);
      n++;
    }
  }
  return n;
}

/** Reasoning efforts a price list's name may carry ("o4 Mini High"). */
const EFFORT = /\b(minimal|low|medium|high)\b/i;

/** Whether a name adds a reasoning effort its id does not say ("o4-mini" named "o4 Mini High"). */
function effortAdded(id: string, name: string): boolean {
  const effort = EFFORT.exec(name)?.[1]?.toLowerCase();
  return (
    effort !== undefined &&
    !id
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .includes(effort)
  );
}

/** A genai-prices model's key: its id's, unless its name adds a version the id leaves out ("mistral-small" named
 * "Mistral Small 3.2"): then the name's, so it meets other lists' "mistral-small-3-2-2506" as one model. */
function genaiKey(id: string, name: string | undefined, keyFor: (raw: string) => string): string {
  const byId = keyFor(id);
  if (!name) return byId;
  const byName = keyFor(name);
  const idWords = new Set(byId.split(' '));
  const extra = byName.split(' ').filter((w) => !idWords.has(w));
  const covers = byId.split(' ').every((w) => byName.split(' ').includes(w));
  return covers && extra.length > 0 && extra.every((w) => /^\d+(\.\d+)?$/.test(w)) ? byName : byId;
}

/** LiteLLM's other price columns: each its own method, never mixed with the standard price. */
const TIER_FIELD = /^(input|output)_cost_per_token_(above_(\d+)k_tokens|batches|priority|flex)$/;

/** "input_cost_per_token_above_200k_tokens" → a tier price of method "above-200k", per million tokens: a metric of
 * its own, so no ranking, chart or total ever mixes it with the standard price. */
function tierFigures(e: LiteEntry, provider: string, period: string): Figure[] {
  const out: Figure[] = [];
  for (const [k, v] of Object.entries(e)) {
    const m = TIER_FIELD.exec(k);
    if (!m || typeof v !== 'number' || v <= 0 || !plausiblePrice(v * 1e6)) continue;
    const side = m[1] as 'input' | 'output';
    const [method, what] = m[3]
      ? [`above-${m[3]}k`, `prompts above ${m[3]}K tokens (per request)`]
      : m[2] === 'batches'
        ? ['batch', 'Batch API']
        : [m[2]!, `${m[2]} tier`];
    out.push({
      metric: `${side}_price_tier`,
      value: round(v * 1e6),
      bound: 'exact',
      unit: 'money/Mtok',
      currency: 'USD',
      period,
      scope: `${side} tokens, ${what}`,
      basis: 'reported',
      source: 'litellm',
      provider,
      method,
    });
  }
  return out.sort((a, b) => `${a.metric}${a.method}`.localeCompare(`${b.metric}${b.method}`));
}

/** One LiteLLM entry, trimmed to the fields vendor-data.mjs keeps. */
interface LiteEntry {
  litellm_provider?: string;
  /** "chat", "completion", "responses" or "embedding" (priced by the input token only). */
  mode?: string;
  input_cost_per_token?: number;
  output_cost_per_token?: number;
  cache_read_input_token_cost?: number;
  max_input_tokens?: number;
  max_output_tokens?: number;
  /** LiteLLM's older field: the output limit where max_output_tokens is absent. */
  max_tokens?: number;
  /** Web search fees per query by search context size ("search_context_size_medium": 0.01). */
  search_context_cost_per_query?: Record<string, number>;
  /** Long-prompt, batch, priority and flex prices, per token. */
  [tier: string]: number | string | Record<string, number> | undefined;
}

/** Adds LiteLLM's text models; one price per model and provider (the first key in sorted order). */
export function importLiteLLM(
  map: Record<string, LiteEntry | string>,
  book: DraftBook,
  orgs: OrgResolver,
  keyFor: (raw: string) => string,
  providerNames: Record<string, string>,
  period: string,
): number {
  const seen = new Set<string>();
  const embeddings = new Set<string>();
  let n = 0;
  for (const rawKey of Object.keys(map).sort()) {
    const e = map[rawKey];
    if (!e || typeof e === 'string' || !e.litellm_provider) continue;
    if (e.input_cost_per_token === undefined || e.output_cost_per_token === undefined) continue;
    if (e.input_cost_per_token === 0 && e.output_cost_per_token === 0) continue;
    if (e.mode === 'embedding' && !(e.input_cost_per_token > 0)) continue;
    const providerId = e.litellm_provider;
    const provider = providerNames[providerId] ?? displayName(providerId);
    const key = keyFor(rawKey);
    if (!key || seen.has(`${key}\u0000${provider}`)) continue;
    // An embedding model is its own model, named with its version ("text-embedding-3-small"): a key without a digit
    // ("embed", "text embedding") or one a text model holds ("ada") would merge unlike models' prices.
    if (e.mode === 'embedding' && (!/\d/.test(key) || (book.models.has(key) && !embeddings.has(key)))) continue;
    if (e.mode === 'embedding') embeddings.add(key);
    seen.add(`${key}\u0000${provider}`);
    const id = rawKey.startsWith(`${providerId}/`) ? rawKey.slice(providerId.length + 1) : rawKey;
    const d: DraftModel = book.model(key, displayName(id), NAME_RANK.litellm);
    d.aliases.add(id);
    const perM = (v: number | undefined) => (v === undefined ? undefined : v * 1e6);
    // An embedding model returns vectors, not tokens: its "output price" of 0 is no price.
    const prices = {
      input_mtok: perM(e.input_cost_per_token),
      output_mtok: e.mode === 'embedding' ? undefined : perM(e.output_cost_per_token),
      cache_read_mtok: perM(e.cache_read_input_token_cost),
    };
    d.figures.push(
      ...priceFigures(prices, provider, 'litellm', period, new Set()),
      ...tierFigures(e, provider, period),
      ...searchFeeFigures(e.search_context_cost_per_query, provider, period),
      ...contextFigure(e.max_input_tokens, provider, 'litellm', period, 'context_window', 'max input tokens'),
      ...contextFigure(
        e.max_output_tokens ?? e.max_tokens,
        provider,
        'litellm',
        period,
        'max_output_tokens',
        'max output tokens',
      ),
    );
    noteOwner(d, providerId, id, orgs);
    d.what.add(`priced by ${provider}`);
    n++;
  }
  return n;
}
