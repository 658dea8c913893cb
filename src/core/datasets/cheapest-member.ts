// "cheapest gpt-5 variant", "which claude model is cheapest per token": a family's priced versions ranked by their
// list price at their first listed provider (the maker's own API where it sells one), cheapest first.
import { nameKey, phraseKey } from '../../knowledge/normalize.js';
import type { Entity } from '../../knowledge/schema.js';
import type { Citer } from '../cite.js';
import { formatMoney } from '../format.js';
import { preferred } from './figures.js';
import { modelPrices } from './price-answers.js';

/** Words of a special-purpose release's name. */
const SPECIAL =
  /\b(audio|search|image|tts|realtime|preview|batch|fast|transcribe|embedding|instant|online|thinking|vision|guard)\b/i;

/** "cheapest/priciest … variant/version/model/tier" asked of one family: the members ranked, not one member's prices. */
export const MEMBER_RANK =
  /\b(cheapest|least expensive|lowest[- ]priced?|most affordable|priciest|most expensive|highest[- ]priced?)\b.*\b(variant|variants|version|versions|model|models|tier|tiers|size|sizes|one|option|options|flavou?r)\b|\b(which|what)\b.*\b(variant|version|model|tier|size|one)\b.*\b(cheapest|least expensive|priciest|most expensive)\b/;

/** Lines ranking a family's (or a maker's) priced members, cheapest first (priciest first when that is asked);
 * undefined when fewer than two of them are priced. `byName`: only the members named with the typed name first. */
export function memberRankLines(
  typed: string,
  candidates: Entity[],
  entity: (id: string) => Entity | undefined,
  citer: Citer,
  q: string,
  byName = true,
): { title: string; lines: string[] } | undefined {
  const key = phraseKey(typed);
  const priced = candidates
    .filter(
      (e, k) => candidates.indexOf(e) === k && (!byName || nameKey(e) === key || nameKey(e).startsWith(`${key} `)),
    )
    .flatMap((e) => {
      const row = modelPrices(e, entity)[0];
      const input = row && preferred(row.input);
      const output = row?.output.find((f) => f.source === input?.source) ?? (row && preferred(row.output));
      return row && input?.value !== undefined && output?.value !== undefined
        ? [{ e, row, input, output, total: input.value + output.value }]
        : [];
    });
  const seen = new Set<string>();
  // Special-purpose releases (audio, search, image, TTS, previews, "fast" modes) are not the versions people compare,
  // unless the question names that purpose.
  const special = (e: Entity) =>
    SPECIAL.test(e.name) &&
    !phraseKey(e.name)
      .split(' ')
      .some((w) => SPECIAL.test(w) && q.includes(w));
  const plain = priced.filter((p) => !special(p.e));
  const unique = (plain.length >= 2 ? plain : priced).filter((p) => !seen.has(p.e.name) && seen.add(p.e.name));
  if (unique.length < 2) return undefined;
  const priciest = /\b(priciest|most expensive|highest[- ]priced?)\b/.test(q);
  unique.sort((a, b) => (priciest ? b.total - a.total : a.total - b.total));
  const line = (p: (typeof unique)[number]) =>
    `${p.e.name} — input ${formatMoney(p.input.value!)} · output ${formatMoney(p.output.value!)} per million tokens on ${p.row.provider} [${citer.provenance(p.input)}]`;
  const [top, ...rest] = unique;
  const word = priciest ? 'Priciest' : 'Cheapest';
  const what = byName ? `“${typed}” version` : `${typed} model`;
  return {
    title: `${typed} — ${word.toLowerCase()} ${byName ? 'version' : 'model'}`,
    lines: [
      `${word} ${what} I have: ${line(top!)}.`,
      ...rest.slice(0, 3).map((p) => `• ${line(p)}`),
      ...(rest.length > 3 ? [`…and ${rest.length - 3} more priced.`] : []),
    ],
  };
}
