// Name completion for chat autocomplete: what someone has typed so far ("deeps", "llama 3") → the models and
// companies of the whole knowledge (hand-written and data-set entities) whose names or aliases start with it.
import { isGenerated } from '../../knowledge/index.js';
import type { Knowledge } from '../../knowledge/load.js';
import { phraseKey } from '../../knowledge/normalize.js';

/** Kinds offered: what a comparison or question names. Concepts and licences are not things one compares. */
const COMPLETED_KINDS = new Set(['models', 'organisations']);

/** One offered name and the entity it stands for. */
export interface NameChoice {
  name: string;
  id: string;
}

interface Keyed {
  key: string;
  id: string;
  /** Lower ranks first: hand-written entities, then names that are the entity's own, then shorter names. */
  rank: number;
}

/** Completes typed text to entity names; built once per knowledge, each call a binary search plus a bounded scan. */
export class NameCompleter {
  /** Every name and alias key, sorted, for prefix ranges. */
  private readonly sorted: Keyed[] = [];
  private readonly names = new Map<string, string>();

  constructor(kb: Knowledge) {
    for (const e of kb.entities.values()) {
      if (!COMPLETED_KINDS.has(e.kind)) continue;
      this.names.set(e.id, e.name);
      const base = isGenerated(e) ? 1_000 : 0;
      const own = phraseKey(e.name);
      for (const alias of new Set([e.name, ...e.aliases, ...(e.dataAliases ?? [])])) {
        const key = phraseKey(alias);
        if (key) this.sorted.push({ key, id: e.id, rank: base + (key === own ? 0 : 100) + e.name.length });
      }
    }
    this.sorted.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.rank - b.rank));
  }

  /** Up to `limit` entities whose name, alias, or a later word of one starts with `typed`; popular first. */
  complete(typed: string, limit: number): NameChoice[] {
    const prefix = phraseKey(typed);
    const hits = new Map<string, number>();
    const take = (k: Keyed, penalty: number) => {
      const rank = k.rank + penalty;
      const had = hits.get(k.id);
      if (had === undefined || rank < had) hits.set(k.id, rank);
    };
    if (!prefix) {
      for (const k of this.sorted) if (k.rank < 1_000) take(k, 0);
    } else {
      for (let i = this.lowerBound(prefix); i < this.sorted.length && this.sorted[i]!.key.startsWith(prefix); i++)
        take(this.sorted[i]!, 0);
      // "v3" or "haiku": a word inside a name; ranked after names that start with it. Bounded by the index size.
      if (hits.size < limit) {
        const inner = ` ${prefix}`;
        for (const k of this.sorted) if (k.key.includes(inner)) take(k, 10_000);
      }
    }
    return [...hits]
      .sort((a, b) => a[1] - b[1])
      .slice(0, limit)
      .map(([id]) => ({ id, name: this.names.get(id)! }));
  }

  private lowerBound(prefix: string): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid]!.key < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
