// A part of a sourced total named by its words: "zhipu's on-prem revenue" is its revenue × the share the articles
// give for on-premise contracts ("revenue from on-premise contracts", 85%). A share of some narrower total the
// thing does not hold ("enterprise revenue from SOE/government contracts") names a part no figure gives.
import type { Entity, Figure } from '../../knowledge/schema.js';

/** Words of a share's `of` that say what kind of thing the part is, not which part. */
const GENERIC = new Set([
  'revenue',
  'revenues',
  'from',
  'the',
  'of',
  'and',
  'contracts',
  'contract',
  'deals',
  'deployments',
  'sales',
  'income',
]);

/** A share's `of` read as "<base> from <part>": "revenue from on-premise contracts". */
const FROM = /^(.+?)\s+from\s+(.+)$/;

/** The words of a text, hyphens closed up ("on-prem" is "onprem"), with each adjacent pair joined too. */
function wordsOf(text: string): string[] {
  const words = text
    .toLowerCase()
    .replace(/-/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return [...words, ...words.slice(1).map((w, i) => words[i]! + w)];
}

/** Whether a word of the question names a word of the part: the same word, or one a clipped form of the other
 * ("onprem" of "onpremise"), at least four letters long. */
function names(asked: string, part: string): boolean {
  if (asked === part) return true;
  if (asked.length < 4 || part.length < 4) return false;
  return part.startsWith(asked) || asked.startsWith(part);
}

/** A part of a figure's total the question names. `held`: the share, when its base is the figure's own metric. */
export type Segment = { share: Figure; held: true } | { share: Figure; held: false; base: string };

/** The part of the figure `total` the question names by the words of one of the thing's shares, if any. */
export function segmentOf(plain: string, e: Entity, total: Figure): Segment | undefined {
  const asked = wordsOf(plain);
  const metricWord = total.metric.replace(/_/g, ' ');
  for (const share of e.figures) {
    if (share.unit !== 'percent' || share.value === undefined || !share.of) continue;
    const m = FROM.exec(share.of);
    if (!m || !m[1]!.toLowerCase().includes(metricWord)) continue;
    const part = wordsOf(m[2]!).filter((w) => !GENERIC.has(w));
    if (!part.some((p) => asked.some((a) => names(a, p)))) continue;
    const base = m[1]!.toLowerCase().trim();
    if (base === metricWord) return { share, held: true };
    return { share, held: false, base };
  }
  return undefined;
}
