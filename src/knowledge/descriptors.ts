// Descriptions users give instead of a name ("the paris-based lab", "taobao's parent", "zuck's company"), derived
// from an organisation's descriptor data (where it is based, products it owns that the articles do not cover, the
// people who lead it) so one data line covers every common phrasing instead of one cue per phrasing.
import type { Entity } from './schema.js';

/** What a company is called after the city it is based in: "a paris-based lab", "the beijing startup". */
const PLACE_NOUNS = ['based', 'lab', 'startup', 'company', 'firm'];
/** What owns or makes a product: "taobao's parent", "the company behind whatsapp", "the taobao giant". */
const OWNER_NOUNS = ['parent', 'owner', 'maker', 'company', 'firm', 'group', 'creator', 'giant'];
/** A person's company: "zuck's company", "altman's firm". */
const PERSON_NOUNS = ['company', 'firm', 'lab', 'startup', 'models'];

/** The cue phrases an entity's descriptor data stands for, besides its own `cues`. */
export function descriptorCues(e: Entity): string[] {
  if (e.kind !== 'organisations') return [];
  const out: string[] = [];
  for (const place of e.based_in ?? []) for (const n of PLACE_NOUNS) out.push(`${place} ${n}`);
  for (const product of e.products ?? []) for (const n of OWNER_NOUNS) out.push(`${product} ${n}`);
  // A person's name alone points at the company they lead; a surname alone does too, next to a company word.
  for (const person of e.people ?? []) {
    out.push(person);
    const surname = person.split(/\s+/).at(-1)!;
    for (const n of PERSON_NOUNS) out.push(`${surname} ${n}`);
  }
  return out;
}

/** Own cues and derived descriptor cues; a descriptor cue holds a proper name ("paris", "taobao"), so matched whole
 * it counts one word more than a cue of common words ("gpu giant"). */
export function allCues(e: Entity): Array<{ phrase: string; bonus: number }> {
  return [
    ...e.cues.map((phrase) => ({ phrase, bonus: 0 })),
    ...descriptorCues(e).map((phrase) => ({ phrase, bonus: 1 })),
  ];
}
