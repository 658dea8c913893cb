// Reading data-set figures off entities: prices per provider (both data sets side by side where they differ),
// and Epoch's estimates per metric and method, with confidence.
import type { Entity, Figure } from '../../knowledge/schema.js';

/** One provider's prices for a model, from one or both price data sets. */
export interface ProviderPrices {
  provider: string;
  input: Figure[];
  output: Figure[];
  cached: Figure[];
  context: Figure[];
  /** The most tokens one reply may have (LiteLLM's max output tokens). */
  maxOutput: Figure[];
  /** Prices of another kind (long prompts, Batch API, priority, flex): each with its method, never blended. */
  tiers: Figure[];
}

/** The model's prices grouped by provider, its maker's own API first, then cheapest input first. */
export function pricesByProvider(e: Entity, makerNames: string[]): ProviderPrices[] {
  const by = new Map<string, ProviderPrices>();
  for (const f of e.data ?? []) {
    if (!f.provider) continue;
    let row = by.get(f.provider);
    if (!row) {
      row = { provider: f.provider, input: [], output: [], cached: [], context: [], maxOutput: [], tiers: [] };
      by.set(f.provider, row);
    }
    if (f.metric === 'input_price_tier' || f.metric === 'output_price_tier') row.tiers.push(f);
    else if (f.metric === 'input_price') row.input.push(f);
    else if (f.metric === 'output_price') row.output.push(f);
    else if (f.metric === 'cached_price') row.cached.push(f);
    else if (f.metric === 'context_window') row.context.push(f);
    else if (f.metric === 'max_output_tokens') row.maxOutput.push(f);
  }
  // "X AI" is xAI's own API: names compared without spaces.
  const bare = (x: string) => x.toLowerCase().replace(/\s+/g, '');
  const own = (p: string) => makerNames.some((m) => bare(p).startsWith(bare(m)));
  // An embedding model is priced by the input token alone: none of its rows has an output price.
  const inputOnly = [...by.values()].every((r) => !r.output.length);
  const out = (r: ProviderPrices) => (r.output.length ? low(r.output) : 0);
  return [...by.values()]
    .filter((r) => r.input.length && (r.output.length || inputOnly))
    .sort(
      (a, b) =>
        Number(own(b.provider)) - Number(own(a.provider)) ||
        low(a.input) + out(a) - (low(b.input) + out(b)) ||
        a.provider.localeCompare(b.provider),
    );
}

/** The lowest value among figures (a provider's two data sets may differ). */
export function low(figs: Figure[]): number {
  return Math.min(...figs.map((f) => f.value ?? Number.POSITIVE_INFINITY));
}

/** The preferred value: genai-prices (dated at the fixed instant) before LiteLLM. */
export function preferred(figs: Figure[]): Figure | undefined {
  return figs.find((f) => f.source === 'genai-prices') ?? figs[0];
}

/** Data-set figures of one metric (and method, when given). */
export function dataFigures(e: Entity, metric: string, method?: string): Figure[] {
  return (e.data ?? []).filter((f) => f.metric === metric && !f.provider && (!method || f.method === method));
}
