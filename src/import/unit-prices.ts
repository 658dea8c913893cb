// LiteLLM's prices that are not per token: speech-to-text per second of audio, image models per image, text-to-speech
// per character, and a chat model's web-search fee per query by search context size. Each is a metric of its own
// (never mixed with a token price) in USD per unit as LiteLLM lists it.
import type { Figure, Unit } from '../knowledge/schema.js';
import type { DraftBook } from './draft.js';
import { NAME_RANK } from './draft.js';
import { displayName, round } from './names.js';
import type { OrgResolver } from './orgs.js';
import { noteOwner } from './prices.js';

/** A LiteLLM field priced per unit of work, the metric it becomes and what one unit is. */
const UNIT_PRICES: Array<{ mode: string; fields: string[]; metric: string; unit: Unit; scope: string }> = [
  {
    mode: 'audio_transcription',
    fields: ['input_cost_per_second'],
    metric: 'audio_price',
    unit: 'money/second',
    scope: 'per second of audio transcribed',
  },
  {
    mode: 'image_generation',
    fields: ['output_cost_per_image', 'input_cost_per_image'],
    metric: 'image_price',
    unit: 'money/image',
    scope: 'per image generated (default size and quality)',
  },
  {
    mode: 'audio_speech',
    fields: ['input_cost_per_character'],
    metric: 'speech_price',
    unit: 'money/character',
    scope: 'per character of text spoken',
  },
];

/** "1024-x-1024/dall-e-3", "hd/…", "50-steps/…": a size, quality or step variant, priced apart from the default. */
const VARIANT = /(?:^|\/)(?:\d+-x-\d+|hd|standard|low|medium|high|max-steps|\d+-steps)\//;

/** The dearest real per-unit list prices are cents to a dollar or so; anything far above is a unit error. */
const MAX_UNIT_PRICE = 5;

type Entry = Record<string, unknown> & { litellm_provider?: string; mode?: string };

/** Adds LiteLLM's speech, image and text-to-speech models' per-unit prices; one per model and provider. */
export function importLiteLLMUnitPrices(
  map: Record<string, Entry | string>,
  book: DraftBook,
  orgs: OrgResolver,
  keyFor: (raw: string) => string,
  providerNames: Record<string, string>,
  period: string,
): number {
  const seen = new Set<string>();
  let n = 0;
  for (const rawKey of Object.keys(map).sort()) {
    const e = map[rawKey];
    if (!e || typeof e === 'string' || !e.litellm_provider || VARIANT.test(rawKey)) continue;
    const kind = UNIT_PRICES.find((k) => k.mode === e.mode);
    const field = kind?.fields.find((f) => typeof e[f] === 'number' && (e[f] as number) > 0);
    if (!kind || !field) continue;
    const value = e[field] as number;
    if (!(value <= MAX_UNIT_PRICE)) continue;
    const providerId = e.litellm_provider;
    const provider = providerNames[providerId] ?? displayName(providerId);
    const id = rawKey.startsWith(`${providerId}/`) ? rawKey.slice(providerId.length + 1) : rawKey;
    // Only a model's own id ("whisper-1", "azure/whisper-1"): a route through another vendor's path is left out.
    if (id.includes('/')) continue;
    const key = keyFor(id);
    if (!key || seen.has(`${key}\u0000${provider}`)) continue;
    // A one-word name without a digit ("base", "enhanced") is an English word before it is a model: only a model
    // another list already holds under it ("whisper") takes its price.
    if (!/\d|\s/.test(key) && !book.models.has(key)) continue;
    seen.add(`${key}\u0000${provider}`);
    const d = book.model(key, displayName(id), NAME_RANK.litellm);
    d.aliases.add(id);
    d.figures.push(unitFigure(kind.metric, value, kind.unit, kind.scope, provider, period));
    noteOwner(d, providerId, id, orgs);
    d.what.add(`priced by ${provider}`);
    n++;
  }
  return n;
}

function unitFigure(
  metric: string,
  value: number,
  unit: Unit,
  scope: string,
  provider: string,
  period: string,
  method?: string,
): Figure {
  return {
    metric,
    value: round(value),
    bound: 'exact',
    unit,
    currency: 'USD',
    period,
    scope,
    basis: 'reported',
    source: 'litellm',
    provider,
    ...(method ? { method } : {}),
  };
}

/** A chat model's web-search fee per query at each search context size LiteLLM lists ("search_context_size_medium"). */
export function searchFeeFigures(fees: unknown, provider: string, period: string): Figure[] {
  if (!fees || typeof fees !== 'object') return [];
  const out: Figure[] = [];
  for (const [k, v] of Object.entries(fees as Record<string, unknown>).sort()) {
    const size = /^search_context_size_(low|medium|high)$/.exec(k)?.[1];
    if (!size || typeof v !== 'number' || !(v > 0) || v > MAX_UNIT_PRICE) continue;
    out.push(
      unitFigure(
        'search_fee',
        v,
        'money/query',
        `web search, ${size} search context, per query`,
        provider,
        period,
        size,
      ),
    );
  }
  return out;
}
