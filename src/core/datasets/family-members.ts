// A family is every data-set model whose name continues a typed name ("pythia" → pythia-14m … pythia-12b, "gpt-5" →
// GPT-5 mini, GPT-5.1 …), found by a binary search over sorted name keys: complete however large the family (the
// name index keeps at most 50 ids per prefix) and cheap per question. Members differ when the word after the typed
// name differs; dated releases and serving variants of one member ("2411", "fp8", "instruct") count once.
import { nameKey, phraseKey } from '../../knowledge/normalize.js';
import type { Entity } from '../../knowledge/schema.js';
import { familyLine } from '../replies.js';

/** Most members read for their figure under an answer about one of them, most shown with figures, and by name alone. */
const FIGURES_READ = 16;
const FIGURED_SHOWN = 3;
const NAMES_SHOWN = 5;

/** Words after a family name that mark a dated release or a way of serving a member, not another member. */
const SAME_MEMBER = /^(\d{4}|\d{2}|v\d+|preview|latest|exp|fp8|bf16|instruct|chat|base|hf|it|global|default|fast)$/;

/** The word that tells a member apart from the typed name: a version continuing its number ("5.1" of "gpt 5.1" under
 * "gpt 5"), else the first word after it ("2.5" of "gemini 2.5 flash", "mini" of "gpt 5 mini"); a size ("72 b")
 * reads as one word ("72b"). Undefined for a dated release or serving variant of the typed name itself. */
export function memberWord(typedKey: string, e: Entity): string | undefined {
  const typed = typedKey.split(' ');
  const words = nameKey(e)
    .replace(/\b(\d+(?:\.\d+)?) ([bmkt])\b/g, '$1$2')
    .split(' ');
  const at = typed.length - 1;
  if (words[at] !== typed[at]) return words[at];
  return words.slice(typed.length).find((w) => !SAME_MEMBER.test(w));
}

/** Builds `membersOf(typed)` over the data sets' models. */
export function createFamilies(models: Entity[], entity: (id: string) => Entity | undefined = () => undefined) {
  let sorted: Array<{ key: string; e: Entity }> | undefined;

  /** Models whose name key starts with a prefix, in name order. */
  function startingWith(prefix: string): Entity[] {
    sorted ??= models
      .filter((e) => e.kind === 'models')
      .map((e) => ({ key: nameKey(e), e }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.key < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: Entity[] = [];
    for (let k = lo; k < sorted.length && sorted[k]!.key.startsWith(prefix); k++) out.push(sorted[k]!.e);
    return out;
  }

  /** Models whose name key continues the typed name by a whole word ("pythia" → pythia 1.4 b) or, after a version
   * number, by a point release ("gpt 5" → gpt 5.1). */
  function membersOf(typed: string): Entity[] {
    const key = phraseKey(typed);
    if (!key) return [];
    const point = /\d$/.test(key) ? startingWith(`${key}.`) : [];
    return [...startingWith(`${key} `), ...point];
  }

  /** Models whose name starts with the typed name's first word and continues with its other words after a version
   * ("gemini flash" → Gemini 2.5 Flash, Gemini 2.0 Flash Lite): a family named without the version inside it. */
  function membersAround(typed: string): Entity[] {
    const [head, ...rest] = phraseKey(typed).split(' ');
    if (!head || !rest.length) return [];
    return startingWith(`${head} `).filter((e) => {
      const words = nameKey(e).split(' ');
      for (let j = 2; j + rest.length <= words.length; j++) {
        if (!words.slice(1, j).every((w) => /\d/.test(w))) return false;
        if (rest.every((w, k) => words[j + k] === w)) return true;
      }
      return false;
    });
  }

  /** A model its own maker lists a price for ("Kimi K2 Turbo Preview" on Moonshot AI's price list): a product, not a
   * reseller's listing. */
  function soldByMaker(e: Entity): boolean {
    const maker = e.kind === 'models' && e.org ? entity(e.org) : undefined;
    if (!maker) return false;
    const names = new Set([maker.name, ...maker.aliases].map((n) => phraseKey(n).replace(/ /g, '')));
    return (e.data ?? []).some((f) => f.provider && names.has(phraseKey(f.provider).replace(/ /g, '')));
  }

  /** How many different members the models are under a typed name (a member's dated releases counted once). */
  function distinctMembers(typed: string, members: Entity[]): number {
    const key = phraseKey(typed);
    return new Set(members.map((e) => memberWord(key, e)).filter(Boolean)).size;
  }

  /** One line asking which member of the family a typed name covers was meant, naming the other members (those
   * holding what is asked first, each with its figure from `figureOf`), when there are two or more. */
  function otherMembersLine(
    typed: string,
    subject: Entity,
    question: string,
    holds: (e: Entity) => boolean,
    figureOf: (e: Entity) => string | undefined = () => undefined,
    /** Whether a member holds the very figure asked, not only figures like it: it stands for its word first. */
    holdsAsked: (e: Entity) => boolean = () => false,
  ): string | undefined {
    // The end of the subject's name typed alone ("4o" for GPT-4o, "r1"): its members continue the whole name.
    const short = phraseKey(typed);
    if (short && !membersOf(typed).length && phraseKey(subject.name).endsWith(` ${short}`)) typed = subject.name;
    // "nvidia nemotron": the maker typed before the subject's own name; its members carry the name without the maker.
    const bare = phraseKey(subject.name);
    if (short !== bare && short.endsWith(` ${bare}`) && membersOf(subject.name).length) typed = subject.name;
    const key = phraseKey(typed);
    // A size typed ("Llama 3.1 70B") names one model; its longer names are serving variants, not other members.
    if (!key || /\d(\.\d+)? [bmkt]\b/.test(key)) return undefined;
    if (subject.kind !== 'models') return undefined;
    const own = memberWord(key, subject);
    const sellers = (x: Entity) => new Set((x.data ?? []).map((f) => f.provider).filter(Boolean)).size;
    // "the 70B Llama 2": the member's own word typed elsewhere in the question names it.
    if (own && ` ${phraseKey(question).replace(/\b(\d+(?:\.\d+)?) ([bmkt])\b/g, '$1$2')} `.includes(` ${own} `))
      return undefined;
    // The subject's own name typed ("gpt-5", "Llama 4", "PaLM") has as members its variants and generations ("GPT-5
    // mini", "Llama 4 Scout", "PaLM 2"), not its point releases (GPT-5.1) or other sizes; a name standing for one
    // member ("gemini" for Gemini Ultra) covers them all.
    const exact = phraseKey(subject.name) === key;
    const size = (x: Entity) => nameKey(x).split(' ').length;
    const best = new Map<string, { e: Entity; holds: boolean; rank: number }>();
    for (const e of membersOf(typed)) {
      const word = memberWord(key, e);
      if (!word || word === own || e.id === subject.id) continue;
      if (exact && (/^\d+(\.\d+)?[bmkt]$/.test(word) || nameKey(e).startsWith(`${key}.`))) continue;
      const seen = best.get(word);
      // A member counts as holding what is asked when it is a model people use: sold by two or more providers, or
      // in Epoch's table ("GPT-4 Turbo (older v1106)", sold once, is a listing, not a member to point to).
      const used = sellers(e) >= 2 || (e.data ?? []).some((f) => f.source === 'epoch-models') || soldByMaker(e);
      // The shortest name stands for its word, but one holding what is asked before one that does not ("Nemotron-4
      // 340B" with a training cost before the bare "Nemotron-4").
      const has = holds(e) && used;
      const rank = Number(has) + Number(has && holdsAsked(e));
      if (!seen || rank > seen.rank || (rank === seen.rank && size(e) < size(seen.e)))
        best.set(word, { e, holds: has, rank });
    }
    // The subject's own name typed is a family only where two or more of its variants hold what is asked too.
    const holding = [...best.values()].filter((x) => x.holds).length;
    if (best.size < 2 || (exact && holding < 2)) return undefined;
    if (exact) for (const [w, x] of best) if (!x.holds) best.delete(w);
    // Those holding what is asked, then variants of the typed version itself ("GPT-5 mini" before "GPT-5.1"), then the
    // most widely sold.
    const point = (x: Entity) => Number(nameKey(x).startsWith(`${key}.`));
    const ordered = [...best.values()].sort(
      (a, b) =>
        Number(b.holds) - Number(a.holds) ||
        point(a.e) - point(b.e) ||
        sellers(b.e) - sellers(a.e) ||
        size(a.e) - size(b.e),
    );
    // The members with a figure for what was asked come first, so the ask-back also answers for whichever was meant.
    const read = ordered.map((x, i) => ({
      name: x.e.name,
      figure: x.holds && i < FIGURES_READ ? figureOf(x.e) : undefined,
    }));
    const figured = read.filter((c) => c.figure);
    const shown = [...figured, ...read.filter((c) => !c.figure)].slice(0, figured.length ? FIGURED_SHOWN : NAMES_SHOWN);
    return familyLine(typed, shown, best.size - shown.length);
  }

  return { membersOf, membersAround, distinctMembers, otherMembersLine };
}
