// "cheapest gpt-5 variant", "which claude model is cheapest per token": a family's priced versions ranked by their
// list price at their first listed provider (the maker's own API where it sells one), cheapest first.
import { cuePattern } from '../../knowledge/cues.js';
import type { Knowledge } from '../../knowledge/load.js';
import { nameKey, phraseKey } from '../../knowledge/normalize.js';
import type { Entity } from '../../knowledge/schema.js';
import type { Citer } from '../cite.js';
import { formatMoney } from '../format.js';
import { preferred } from './figures.js';
import { modelPrices } from './price-answers.js';

/** The words of ranking a family's members, from the cues (knowledge/cues.yaml) as patterns over the lower-cased
 * question; a cue the knowledge lacks matches nothing. */
export interface MemberRankWords {
  /** "cheapest/priciest … variant/version/model/tier" asked of one family (cue `ranks-members`). */
  asked?: RegExp;
  /** The words among those that put the priciest first (cue `priciest-first`). */
  priciest?: RegExp;
  /** Words of a special-purpose release's name (cue `special-release`), matched in any case. */
  special?: RegExp;
}

/** The member-ranking words of the knowledge's cues. */
export function memberRankWords(kb: Knowledge): MemberRankWords {
  return {
    asked: cuePattern(kb.cues, 'ranks-members'),
    priciest: cuePattern(kb.cues, 'priciest-first'),
    special: cuePattern(kb.cues, 'special-release', 'i'),
  };
}

/** Lines ranking a family's (or a maker's) priced members, cheapest first (priciest first when that is asked);
 * undefined when fewer than two of them are priced. `byName`: only the members named with the typed name first. */
export function memberRankLines(
  typed: string,
  candidates: Entity[],
  entity: (id: string) => Entity | undefined,
  citer: Citer,
  q: string,
  words: MemberRankWords,
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
  const isSpecial = (w: string) => words.special?.test(w) ?? false;
  const special = (e: Entity) =>
    isSpecial(e.name) &&
    !phraseKey(e.name)
      .split(' ')
      .some((w) => isSpecial(w) && q.includes(w));
  const plain = priced.filter((p) => !special(p.e));
  const unique = (plain.length >= 2 ? plain : priced).filter((p) => !seen.has(p.e.name) && seen.add(p.e.name));
  if (unique.length < 2) return undefined;
  const priciest = words.priciest?.test(q) ?? false;
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
