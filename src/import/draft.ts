// The importer's working shape: every data set adds to drafts keyed by canonical model key; build.ts turns the
// drafts into generated knowledge entries (new entities, or additions to hand-written ones).
import type { Component, Figure, Openness } from '../knowledge/schema.js';

/** A model as the data sets describe it, before it is matched to the hand-written knowledge. */
export interface DraftModel {
  key: string;
  /** The best display name seen: Epoch's, then genai-prices', then one made from a provider id. */
  name: string;
  nameRank: number;
  aliases: Set<string>;
  figures: Figure[];
  org?: string;
  released?: string;
  versions: Array<{ name: string; date: string; differs?: Record<string, number> }>;
  params?: number;
  open?: 'open-weight' | 'closed';
  access?: string;
  /** Epoch's organisation as written ("Z.ai") and its country. */
  orgAsWritten?: string;
  country?: string;
  /** Epoch's domain and task labels, lower-cased. */
  tasks: Set<string>;
  chip?: string;
  /** Makers named by price rows: vendors in model ids, and first-party providers selling the model. */
  priceVendors: Set<string>;
  priceSellers: Set<string>;
  openness?: Openness;
  components?: Component[];
  /** What the Model Openness Tool's file says of itself that differs from the model it is filed under. */
  componentsNote?: string;
  /** What the description says it is: "Language model by Meta (Epoch AI notable model)". */
  what: Set<string>;
}

/** A chip from Epoch's hardware table. */
export interface DraftChip {
  id: string;
  name: string;
  aliases: string[];
  manufacturer?: string;
  released?: string;
  type?: string;
  figures: Figure[];
}

/** Name ranks: a better-named source overrides a worse one. */
export const NAME_RANK = { epoch: 3, osai: 2, genai: 2, mot: 1, litellm: 0 } as const;

/** Drafts by key, created on first sight. */
export class DraftBook {
  readonly models = new Map<string, DraftModel>();

  model(key: string, name: string, rank: number): DraftModel {
    let d = this.models.get(key);
    if (!d) {
      d = {
        key,
        name,
        nameRank: rank,
        aliases: new Set(),
        figures: [],
        versions: [],
        what: new Set(),
        tasks: new Set(),
        priceVendors: new Set(),
        priceSellers: new Set(),
      };
      this.models.set(key, d);
    } else if (rank > d.nameRank) {
      d.aliases.add(d.name);
      d.name = name;
      d.nameRank = rank;
    }
    if (name !== d.name) d.aliases.add(name);
    return d;
  }
}

/** Figures equal in every field are one figure (Epoch copies DeepSeek-V3's cost onto its March 2025 version). */
export function dedupeFigures(figures: Figure[]): Figure[] {
  const seen = new Set<string>();
  return figures.filter((f) => {
    const k = JSON.stringify(f);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
