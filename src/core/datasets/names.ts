// Names at data-set scale: an exact alias map over every entity (hand-written and imported, with the data
// sets' provider ids), a symmetric-delete index over name words for typos, and the rules that keep sizes
// and versions apart ("Llama 3.1 70B" is not "Llama 3.1 405B"). Built once; each lookup touches only the
// question's own spans, so its cost does not grow with the number of entities.

import { MODEL_KEY_DROPS, MODEL_KEY_MODULE, modelKey } from '../../import/names.js';
import { expandPhrase } from '../../knowledge/cues.js';
import { derived, type Knowledge } from '../../knowledge/load.js';
import { NORMALIZE_MODULE, nameKey, phraseKey, type Token, tokenize, words } from '../../knowledge/normalize.js';
import { RecentMemo } from '../../knowledge/recent.js';
import type { Entity } from '../../knowledge/schema.js';
import { isEnglish } from '../../knowledge/wordlists.js';
import { MAX_FUZZY_WORDS } from '../resolve.js';
import { ChipNames } from './chip-names.js';

/** A suffix that makes a name a describing word: "qwen-based", "llama-powered", "gpt-style", or a time ("the
 * davinci-era model", "gpt-4 era prices"). */
const DESCRIBING_SUFFIX = /^(?:-(?:based|powered|derived|style|like|flavou?red)|[- ]era)\b/;
/** A stretch of the question that names an entity. */
export interface DataMention {
  ids: string[];
  start: number;
  end: number;
  text: string;
  /** An ordinary word ("core", "gopher") read as a model's one-word name only because the question asks a model's
   * figure: a weaker reading than a name typed as one. */
  ordinary?: boolean;
}

/** What a question names: entities found, and a size or version the knowledge lacks ("Llama 3.2 90B"). */
export interface DataNames {
  mentions: DataMention[];
  /** "Llama 3.2 90B" when only other sizes are known: the typed name and the known siblings. */
  unknownVariant?: { text: string; siblings: Entity[] };
  /** A family name alone ("gemini flash", "v100") that several known names start with; `named` when an English
   * word is written as a possessive name ("Inflection's"). */
  family?: { text: string; members: Entity[]; named?: boolean };
}

/** Longest name, in tokens, worth trying at one position. */
/** Words for a generation or version written before its number ("gen 5", "version 4"), never a family's name. */
const GENERATION_WORD = /^(?:gen|generation|version|ver|release|mark|mk)$/;
const MAX_SPAN = 8;
/** Longest known name, in tokens, followed word by word: a provider's model id pasted whole
 * ("meta.llama3-1-405b-instruct-v1:0" is ten words) runs past MAX_SPAN. */
const MAX_ID_SPAN = 16;
/** Readings `find` keeps: a question, its parts and the few spans re-read from it (a chip code, a licence's release). */
const RECENT_FINDS = 16;
/** Words that stretch a name into a variant ("mini", "pro", "70b"): left over after a match, they mean a model we may lack. */
const VARIANT_WORD =
  /^(mini|nano|pro|max|plus|turbo|flash|lite|large|medium|small|ultra|opus|sonnet|haiku|instruct|coder|vision|preview|thinking|reasoning|fast|heavy)$/;

/** Words that say how a model is served, not which model it is (the importer's model key drops them). */
const SERVING_WORD = /^(instruct|chat|hf|it)$/;

/** Whether the token at `at` is a serving word right after a name: "Gemma 2 9B instruct", "gemma-2-9b-it" ("it" only
 * glued with a dash or written "IT", so "is it open" keeps its pronoun). */
function servedAfter(text: string, tokens: Token[], at: number): boolean {
  const tok = tokens[at];
  if (!tok || at === 0 || !SERVING_WORD.test(tok.t)) return false;
  const gap = text.slice(tokens[at - 1]!.end, tok.start);
  if (!/^[\s-]*$/.test(gap)) return false;
  return tok.t !== 'it' || gap === '-' || text.slice(tok.start, tok.end) === 'IT';
}

/** Tier words a price list's names end with ("GPT-5 mini"), which people also write apart from the name. */
const TIER_WORD = /^(mini|nano|pro|max|plus|turbo|flash|lite|ultra)$/;
/** Words that may stand between a name and its tier word: "gpt-5 tier (mini)", "gpt-5.4 variant, the nano". */
const TIER_BRIDGE = /^(tier|variant|version|model|edition|size|the|its|a)$/;

/** Words that may follow a typed name in the one model it starts: sizes, dates, serving words. */
const QUALIFIER = /^(\d+(\.\d+)?[bmkt]?|b|m|t|ai|instruct|chat|base|hf|it|v\d+)$/;

/** OSAI system names that name nothing ("Undisclosed"): not indexed as names. */
const GENERIC_SYSTEM = /^(undisclosed|unknown|n\/a|none)$/i;

/** Words after "max" that make it a limit ("max input tokens"), not a model variant. */
const LIMIT_WORD = /^(input|output|context|tokens?|completion|prompt)$/;

/** Training figures written right after a name ("inflection training compute", "pythia param count"): the word before
 * them is a name, even when it is also an English word. */
const TRAINING_AFTER = /^(training|param|params|parameters|flops?)$/;

/** A word written as a possessive name ("inflection's"): a name, even when it is also an English word. */
function writtenAsName(text: string, tok: Token): boolean {
  return tok.end - tok.start >= 4 && /^['’]s\b/.test(text.slice(tok.end, tok.end + 3));
}

/** "Command R+" → "Command R plus": the tokeniser drops "+", which would make R+ and R one name. */
function plusWord(text: string): string {
  return text.includes('+') ? text.replace(/([a-z0-9])\+(?![a-z0-9])/gi, '$1 plus') : text;
}

/** Whether a span has a route prefix ("xai/") with separate words before it, which a model key would drop. */
function routeAfterSpace(span: string): boolean {
  const slash = span.lastIndexOf('/');
  return slash > 0 && /\s/.test(span.slice(0, slash));
}

/** Whether a typed span holds a word no canonical key has, with no route or vendor prefix inside it that could drop
 * that word from its model key: then the span has no canonical match. */
function canonicalMiss(foreign: boolean[], cutBefore: boolean[], i: number, len: number): boolean {
  let miss = false;
  for (let k = i; k < i + len; k++) {
    if (k > i && cutBefore[k]) return false;
    if (foreign[k]) miss = true;
  }
  return miss;
}

/** A text's words as `find` reads them, whatever it is asked for. */
interface TextWords {
  text: string;
  tokens: Token[];
  words: string[];
  /** The words with typos corrected, the same where nothing was. */
  fixed: string[];
  anyFixed: boolean;
  cutBefore: boolean[];
  modelish: boolean[];
  /** Built on first need (`foreignWords`). */
  foreign?: boolean[];
  /** The canonical key's ids of the span of `len` words from word `i`, at `i * (MAX_SPAN + 1) + len`: each reading
   * of the text (models' context, chips, a chip's own figure) looks up the same spans. */
  canonical?: Map<number, string[] | undefined>;
}

/** Exact and typo-tolerant name lookup over the whole knowledge. */
export class DataNameIndex {
  private aliases = new Map<string, string[]>();
  /** The alias map's entries, and their keys sorted with each one's place there; built on first need. */
  private aliasEntries?: Array<[string, string[]]>;
  private sortedAliasKeys?: Array<[string, number]>;
  /** The importer's canonical model key (sorted words, no dates or serving suffixes) → ids: "claude haiku 3" and
   * "claude-3-haiku-20240307" meet here. */
  private canonical = new Map<string, string[]>();
  /** Name words, and each word with one letter deleted → the words it came from (symmetric-delete typo index). */
  private readonly nameWords = new Set<string>();
  private readonly deletes = new Map<string, string[]>();
  /** Alias keys that are a strict prefix of a longer alias ("llama 3.1" of "llama 3.1 70 b"): family prefixes. */
  private readonly prefixes = new Map<string, Set<string>>();
  /** Prefixes of maker-first spoken names only, for typed names that start one model's ("apple openelm 3 b"). */
  private readonly spokenPrefixes = new Map<string, Set<string>>();
  /** Spoken names another entity holds already → the entities that would have had them. */
  private namesakes = new Map<string, string[]>();
  /** Every word of every canonical key: a typed span holding another word cannot have a canonical match. */
  private readonly canonicalWords = new Set<string>();
  private readonly chips: ChipNames;
  private readonly modelWordMemo = new Map<string, boolean>();
  private modelWords?: Set<string>;
  /** The last few readings by `find`, by its arguments. */
  private readonly recentFinds = new Map<string, DataNames>();
  /** The last few texts' words, by the text as typed. */
  private readonly recentWords = new Map<string, TextWords>();
  /** `membersOf` by the prefix's set of ids (the sets are the index's own, never changed after it is built). */
  private readonly membersBySet = new WeakMap<Set<string>, readonly Entity[]>();
  /** `reach` at each word of a word list, -1 where not asked yet. */
  private readonly reachOf = new WeakMap<string[], Int8Array>();
  /** `onlyExtension` by span: the same spans ("gpt 4", "llama 3") recur across questions. */
  private readonly extensionOf = new RecentMemo<string | undefined>(1024, (key) => this.onlyExtensionOnce(key));
  /** Words of the descriptors' phrases (knowledge/descriptors.yaml), never typo-corrected into a name. */
  private readonly described = new Set<string>();
  /** Words that describe a known company ("paris", "taobao"): never a typo for a model's name ("Parti"). */
  private readonly describing = new Set<string>();

  constructor(readonly kb: Knowledge) {
    // Keying every name of thousands of entities is most of the engine's start-up, so the two maps are kept in
    // the knowledge cache and rebuilt only when the knowledge or this code changes.
    const tables = derived(kb, 'data-names', [import.meta.url, MODEL_KEY_MODULE, NORMALIZE_MODULE], () => {
      for (const e of kb.entities.values()) {
        // A generated id is the name's slug, made unique ("command-r" is Command R+): only the names count.
        const id = e.file.startsWith('generated/') ? [] : [e.id.replace(/[-_]/g, ' ')];
        for (const n of [e.name, ...id, ...e.aliases, ...(e.dataAliases ?? [])]) this.add(n, e.id);
      }
      // Spoken names come last and only where no entity has that name already ("Llama 4" stays the articles').
      // A map while building: looking each key up in the list was quadratic (minutes at 100k models).
      const spoken = new Map<string, string[]>();
      for (const e of kb.entities.values())
        for (const n of this.spokenNames(e)) {
          const key = phraseKey(plusWord(n));
          if (!key) continue;
          // A name taken already is kept aside: an answer may still turn to this namesake ("Mistral Large 3" graded).
          if (this.aliases.has(key)) {
            const list = this.namesakes.get(key) ?? [];
            if (!list.includes(e.id)) list.push(e.id);
            this.namesakes.set(key, list);
            continue;
          }
          const hit = spoken.get(key);
          if (hit) hit.push(e.id);
          else spoken.set(key, [e.id]);
        }
      return {
        aliases: [...this.aliases],
        canonical: [...this.canonical],
        spoken: [...spoken],
        namesakes: [...this.namesakes],
      };
    });
    for (const d of kb.descriptors.values())
      for (const p of d.phrases) for (const w of phraseKey(p).split(' ')) this.described.add(w);
    this.namesakes = new Map(tables.namesakes);
    this.aliases = new Map(tables.aliases);
    this.canonical = new Map(tables.canonical);
    // Maker-first names extend typed names ("Apple OpenELM-3B") but never make a family ("chinese").
    for (const [key, ids] of tables.spoken) {
      this.aliases.set(key, ids);
      const parts = key.split(' ');
      for (let k = 1; k < parts.length; k++) {
        const prefix = parts.slice(0, k).join(' ');
        const set = this.spokenPrefixes.get(prefix) ?? new Set<string>();
        if (set.size < 50) for (const id of ids) set.add(id);
        this.spokenPrefixes.set(prefix, set);
      }
    }
    for (const key of this.canonical.keys()) for (const w of key.split(' ')) this.canonicalWords.add(w);
    const spokenKeys = new Set(tables.spoken.map(([k]) => k));
    for (const key of this.aliases.keys()) for (const w of key.split(' ')) this.nameWords.add(w);
    for (const e of kb.entities.values())
      if (e.kind === 'organisations')
        for (const d of [...(e.based_in ?? []), ...(e.products ?? []), ...(e.people ?? [])])
          for (const w of words(d)) this.describing.add(w);
    for (const key of this.aliases.keys()) {
      if (spokenKeys.has(key)) continue;
      const parts = key.split(' ');
      for (let k = 1; k < parts.length; k++) {
        const prefix = parts.slice(0, k).join(' ');
        let set = this.prefixes.get(prefix);
        if (!set) {
          set = new Set();
          this.prefixes.set(prefix, set);
        }
        if (set.size < 50) for (const id of this.aliases.get(key)!) set.add(id);
      }
    }
    const chips = [...kb.entities.values()].filter((e) => e.kind === 'chips' && e.file.startsWith('generated/'));
    const lacked = (kb.cues.get('chip-names-lacked')?.phrases ?? []).flatMap(expandPhrase);
    this.chips = new ChipNames(chips, (code) => this.isModelWord(code), new Set(lacked));
    for (const w of this.nameWords) {
      if (w.length < 4 || /\d/.test(w)) continue;
      for (let i = 0; i < w.length; i++) {
        const d = w.slice(0, i) + w.slice(i + 1);
        const list = this.deletes.get(d);
        if (list) list.push(w);
        else this.deletes.set(d, [w]);
      }
    }
  }

  /** Names people say that no data set writes: a repository path's last part, the maker in front ("Snowflake Arctic-Instruct", "Thinking Machines
   * Inkling", "Amazon Nova Premier"), the index's system name ("Mistral Large 3" for its graded release), and a
   * Claude model without "Claude" ("Opus 4.7", "Sonnet 4.5"). */
  private spokenNames(e: Entity): string[] {
    if (e.kind !== 'models') return [];
    // "mistralai/Mistral-7B-v0.1" is written "Mistral-7B-v0.1": a repository path's last part, as people copy it.
    const tails = [...e.aliases, ...(e.dataAliases ?? [])].flatMap((n) => {
      const tail = n.slice(n.lastIndexOf('/') + 1);
      return n.includes('/') && /[a-z]/i.test(tail) && /\d/.test(tail) && !/[:@]/.test(tail) ? [tail] : [];
    });
    if (!e.file.startsWith('generated/')) return tails;
    const out: string[] = tails;
    if (e.openness?.system && !GENERIC_SYSTEM.test(e.openness.system)) out.push(e.openness.system);
    const org = e.org ? this.kb.entities.get(e.org) : undefined;
    if (org) {
      const first = phraseKey(org.name).split(' ')[0] ?? '';
      for (const n of [e.name, ...e.aliases])
        if (n.length <= 40 && !n.includes('/') && !phraseKey(n).startsWith(first)) {
          out.push(`${org.name.replace(/\s*\(.*$/, '')} ${n}`);
          // "Amazon Nova Premier", "NVIDIA Nemotron": the maker's first word alone, as people say it.
          if (phraseKey(org.name).includes(' ') && first.length > 3) out.push(`${first} ${n}`);
        }
    }
    const brand = /^Claude\s+(\w+\s+\d.*)$/i.exec(e.name);
    if (brand) out.push(brand[1]!);
    // "Claude 3.5 Sonnet" is said "Sonnet 3.5" too, the tier first as the later models write it, or "3.5 Sonnet".
    const versionFirst = /^Claude\s+(\d[\d.]*)\s+([a-z]+)$/i.exec(e.name);
    if (versionFirst) out.push(`${versionFirst[2]} ${versionFirst[1]}`, `${versionFirst[1]} ${versionFirst[2]}`);
    // "4o", "4o mini": a GPT model whose version holds a letter is said without "GPT-" (a bare "4.1" stays a number).
    const code = /^GPT-(\d+[a-z]+\b.*)$/i.exec(e.name);
    if (code) out.push(code[1]!);
    // Mistral's year-month versions as it writes them in prose: "Mistral Large 2411" → "Mistral Large 24.11".
    for (const n of [e.name, ...e.aliases]) {
      const ym = /^(.*\D)[ -](2[3-9])(0[1-9]|1[0-2])$/.exec(n);
      if (ym) out.push(`${ym[1]!.trim()} ${ym[2]}.${ym[3]}`);
    }
    return out;
  }

  /** The canonical key's ids for a typed span, less those whose names write a typed letter-and-number code the other
   * way round: the key sorts words, so "4o-mini" (GPT-4o mini) would meet "o4-mini" (OpenAI o4-mini). */
  private sameOrder(span: string): string[] | undefined {
    const ids = this.canonical.get(modelKey(span));
    const typed = codePairs(span);
    if (!ids || !typed.size) return ids;
    const kept = ids.filter((id) => {
      const e = this.entity(id);
      if (!e) return false;
      const theirs = new Set([e.name, ...e.aliases, ...(e.dataAliases ?? [])].flatMap((n) => [...codePairs(n)]));
      return ![...typed].some((p) => !theirs.has(p) && theirs.has(p.split(' ').reverse().join(' ')));
    });
    return kept.length ? kept : undefined;
  }

  /** `sameOrder` of a span of a text's words, kept with the text's words. */
  private spanIds(read: TextWords, i: number, len: number): string[] | undefined {
    read.canonical ??= new Map();
    const at = i * (MAX_SPAN + 1) + len;
    if (read.canonical.has(at)) return read.canonical.get(at);
    const ids = this.sameOrder(read.text.slice(read.tokens[i]!.start, read.tokens[i + len - 1]!.end));
    read.canonical.set(at, ids);
    return ids;
  }

  /** The ids a name stands for exactly (every entity with that name or alias). */
  idsFor(name: string, spoken = false): string[] {
    const key = phraseKey(plusWord(name));
    return [...(this.aliases.get(key) ?? []), ...(spoken ? (this.namesakes.get(key) ?? []) : [])];
  }

  private add(raw: string, id: string): void {
    const text = plusWord(raw);
    const key = phraseKey(text);
    if (!key) return;
    const canon = modelKey(text);
    if (canon) {
      const c = this.canonical.get(canon);
      if (!c) this.canonical.set(canon, [id]);
      else if (!c.includes(id)) c.push(id);
    }
    const list = this.aliases.get(key);
    if (!list) this.aliases.set(key, [id]);
    else if (!list.includes(id)) list.push(id);
  }

  /** The code a chip is named by ("mi300x"), if any. */
  chipCode(id: string): string | undefined {
    return this.chips.codeOf(id);
  }

  /** The chip codes a text names, in order ("600K H100s or 8 MI300X" → h100, mi300x): the chip-name reader's. */
  chipCodes(text: string): string[] {
    return this.chips.codesIn(text, {
      namesChip: (code) => this.idsFor(code).some((id) => this.entity(id)?.kind === 'chips'),
      namesModel: (word) => /^[a-z]+$/.test(word) && !isEnglish(word) && this.isModelWord(word),
    });
  }

  /** Whether a chip code ("v4") is also a word of some model's name ("DeepSeek V4"); looked up once per code. */
  /** Whether a word is a word of some name the index knows. */
  isNameWord(word: string): boolean {
    return this.nameWords.has(word);
  }

  private isModelWord(code: string): boolean {
    let has = this.modelWordMemo.get(code);
    if (has === undefined) {
      const words = phraseKey(code);
      // One word (a code read beside a chip, any word before a chip code): a set lookup, not a scan of every name.
      if (!words.includes(' ')) has = words !== '' && this.modelNameWords().has(words);
      else {
        const key = ` ${words} `;
        has = false;
        for (const [alias, ids] of this.aliases)
          if (` ${alias} `.includes(key) && ids.some((id) => this.entity(id)?.kind === 'models')) {
            has = true;
            break;
          }
      }
      this.modelWordMemo.set(code, has);
    }
    return has;
  }

  /** Every word of a name some model holds, built on first need. */
  private modelNameWords(): Set<string> {
    if (!this.modelWords) {
      this.modelWords = new Set();
      for (const [alias, ids] of this.aliases)
        if (ids.some((id) => this.entity(id)?.kind === 'models'))
          for (const w of alias.split(' ')) this.modelWords.add(w);
    }
    return this.modelWords;
  }

  /** Generated models whose names continue a typed name ("mistral large" → Mistral Large 2411, Mistral Large 3). */
  extensions(typed: string): Entity[] {
    const ids = this.prefixes.get(phraseKey(plusWord(typed))) ?? new Set<string>();
    return [...ids]
      .map((id) => this.entity(id))
      .filter((e): e is Entity => e?.kind === 'models' && e.file.startsWith('generated/'));
  }

  entity(id: string): Entity | undefined {
    return this.kb.entities.get(id);
  }

  /** A name word one edit away from a typed word (delete, insert, substitute or swap), if exactly one fits. */
  private correct(word: string): string | undefined {
    if (word.length < 5 || this.nameWords.has(word) || this.describing.has(word) || /\d/.test(word)) return undefined;
    const found = new Set<string>();
    for (const w of this.deletes.get(word) ?? []) found.add(w); // a letter missing from the typed word
    for (let i = 0; i < word.length; i++) {
      const d = word.slice(0, i) + word.slice(i + 1);
      if (this.nameWords.has(d) && d.length >= 4) found.add(d); // a letter too many
      for (const w of this.deletes.get(d) ?? []) found.add(w); // one letter different or swapped
    }
    return found.size === 1 ? [...found][0] : undefined;
  }

  /** The entities a question names, longest names first; typos corrected only where no exact name fits.
   * `context`: the question talks about models (prices, openness…), so one-word names that are ordinary
   * words ("falcon", "phi") count as names. `chipContext`: a chip's own figure is asked (memory, TDP, list price), so
   * one-word chip and chip-family names that are ordinary words ("hopper", "instinct") count as names. */
  find(typed: string, context = false, chips = true, chipContext = false): DataNames {
    // One question is read for names by several answerers alike (the data sets, chips, runs, worked figures).
    const key = `${Number(context)}${Number(chips)}${Number(chipContext)}${typed}`;
    let found = this.recentFinds.get(key);
    if (!found) {
      found = this.findOnce(typed, context, chips, chipContext);
      if (this.recentFinds.size >= RECENT_FINDS) this.recentFinds.clear();
      this.recentFinds.set(key, found);
    }
    // Callers replace the reading's fields as they narrow it: each gets its own.
    return { ...found, mentions: [...found.mentions] };
  }

  /** The words of a text as every reading of it by `find` starts from, whatever it is asked for: one question is read
   * with several settings (models' context, chips, a chip's own figure). */
  private wordsOf(typed: string): TextWords {
    let got = this.recentWords.get(typed);
    if (got) return got;
    const text = plusWord(typed);
    const tokens = tokenize(text);
    const words = tokens.map((t) => t.t);
    // Words the descriptors know ("paris", "tsinghua") describe; they are not misspelt model names ("parti").
    // Past the words a question can hold, names are matched as typed only (a pasted wall of text stays cheap).
    const fixed = words.map((w, k) =>
      k >= MAX_FUZZY_WORDS || isEnglish(w) || this.described.has(w) ? w : (this.correct(w) ?? w),
    );
    got = {
      text,
      tokens,
      words,
      fixed,
      anyFixed: fixed.some((w, k) => w !== words[k]),
      // A route or vendor prefix ("meta-llama/…", "anthropic.claude…") may drop the words before it from a model key.
      cutBefore: tokens.map((t, k) => k > 0 && /[/.]/.test(text.slice(tokens[k - 1]!.end, t.start))),
      // Per word, once: a digit or no English word, which makes a span of words worth a canonical-key lookup.
      modelish: words.map((w) => /\d/.test(w) || !isEnglish(w)),
    };
    if (this.recentWords.size >= RECENT_FINDS) this.recentWords.clear();
    this.recentWords.set(typed, got);
    return got;
  }

  private findOnce(typed: string, context: boolean, chips: boolean, chipContext: boolean): DataNames {
    const read = this.wordsOf(typed);
    const { text, tokens, words, fixed, anyFixed, cutBefore, modelish } = read;
    // Built on first need: only a span the canonical pass looks up asks.
    const foreign = () => {
      read.foreign ??= this.foreignWords(text, tokens);
      return read.foreign;
    };
    const out: DataNames = { mentions: [] };
    for (let i = 0; i < tokens.length; ) {
      if (i > 0 && tokens[i - 1]!.gluedNext) {
        i++;
        continue;
      }
      // Chips first: "NVIDIA A100 80GB" would otherwise stop at the name "NVIDIA A100".
      const chip = chips ? this.chips.at(tokens, text, i) : undefined;
      if (chip?.kind === 'unknown') {
        out.unknownVariant = { text: chip.text, siblings: chip.siblings.map((id) => this.entity(id)!).filter(Boolean) };
        return out;
      }
      if (chip) {
        out.mentions.push({
          ids: chip.ids,
          start: chip.from,
          end: chip.to,
          text: text.slice(tokens[chip.from]!.start, tokens[chip.to - 1]!.end),
        });
        i = chip.to;
        continue;
      }
      let hit: DataMention | undefined;
      for (const list of [words, null, fixed]) {
        // Corrected words that are all as typed find nothing the typed words did not.
        if (list === fixed && !anyFixed) continue;
        if (!list && i >= MAX_FUZZY_WORDS) continue;
        // Names and the prefixes of names are closed under shortening: spans longer than the longest known prefix at
        // `i` can be no name, nor start one.
        const top = list ? this.reach(list, i) : Math.min(MAX_SPAN, tokens.length - i);
        for (let len = top; len >= 1 && !hit; len--) {
          if (tokens[i + len - 1]!.gluedNext) continue;
          // The canonical pass looks up spans of two words or more with a digit or a non-English word only.
          if (!list && (len === 1 || !anyFrom(modelish, i, i + len))) continue;
          if (!list && len > 1 && canonicalMiss(foreign(), cutBefore, i, len)) continue;
          // A route prefix drops what comes before its "/" from a model key, but only its own glued words
          // ("meta-llama/"): "context window of xai/grok-4" does not make "context window of" part of the name.
          if (!list && len > 1 && routeAfterSpace(text.slice(tokens[i]!.start, tokens[i + len - 1]!.end))) continue;
          // "a 10,000-GPU cluster", "a 100 chips": the article before a number, not the A10 or the A100.
          // "grows 10% a year": a number and the article after it, whatever order a key reads them in.
          if (len > 1 && /^a\s+\d|^\d[\d,.]*\s*%?\s+an?$/i.test(text.slice(tokens[i]!.start, tokens[i + len - 1]!.end)))
            continue;
          const key = (list ?? words).slice(i, i + len).join(' ');
          // Second pass: the canonical key of the typed span (word order, dates and "-instruct" do not matter).
          const ids = list
            ? this.aliases.get(key)
            : len > 1 && anyFrom(modelish, i, i + len)
              ? this.spanIds(read, i, len)
              : undefined;
          // One-word names that are ordinary words: typed as names, or model names in a question about models.
          const modelsOnly = ids?.every((id) => this.entity(id)?.kind === 'models');
          const chipsOnly = chipContext && ids?.every((id) => this.entity(id)?.kind === 'chips');
          // A typed name that starts exactly one known model's name ("Megatron-Turing NLG" of "… NLG 530B") is it.
          const only = !ids && list === words ? this.onlyExtension(key) : undefined;
          if (only) {
            hit = { ids: [only], start: i, end: i + len, text: text.slice(tokens[i]!.start, tokens[i + len - 1]!.end) };
            continue;
          }
          const asName = len > 1 || chipsOnly || this.countsAsName(key, text, tokens, i);
          if (!ids || (!asName && !(context && modelsOnly))) continue;
          hit = { ids, start: i, end: i + len, text: text.slice(tokens[i]!.start, tokens[i + len - 1]!.end) };
          if (!asName) hit.ordinary = true;
        }
        if (hit) break;
      }
      if (!hit) {
        // "anthropic's gen-5 sonnet": a word for a generation or version before its number names no family of models,
        // whatever a data set calls one of its lines ("Gen 4 Image").
        const generic = GENERATION_WORD.test(words[i] ?? '');
        const family = generic ? undefined : this.familyAt(words, tokens, text, i, chipContext);
        // "nvlm 72b": a size or version that several members carry after a variant word of their own (NVLM-D 72B,
        // NVLM-H 72B) is those members, to ask about; one member carrying it is that model.
        const sized = family && this.sizedMembers(family, words, tokens, text, i);
        if (sized?.members.length === 1) {
          out.mentions.push({ ids: [sized.members[0]!.id], start: i, end: sized.end, text: sized.text });
          i = sized.end;
          continue;
        }
        if (sized) {
          out.family ??= { text: sized.text, members: sized.members };
          i = sized.end;
          continue;
        }
        // "gpt-5.7", "grok 5": a family name and a version no known name continues is a model we lack, not a
        // family to ask about.
        const variant = family && this.missingVersion(family, words, tokens, text, i);
        if (variant) {
          out.unknownVariant = variant;
          return out;
        }
        if (!out.family) out.family = family;
        i++;
        continue;
      }
      // "claude sonnet": a name ("claude") and a variant word that several known names continue with
      // (Claude Sonnet 4, 4.5…) is a family to ask about, not a model we lack.
      // The name counted as one already ("Gemma" in a question about models), so an ordinary word may start the family.
      const family = hit.end - hit.start === 1 ? this.familyAt(words, tokens, text, hit.start, false, true) : undefined;
      const after = words[hit.start + phraseKey(family?.text ?? '').split(' ').length] ?? '';
      // …unless a variant or version follows ("claude 3.5 opus"): that is a model we may lack, checked below.
      if (family && family.text.length > hit.text.length && !VARIANT_WORD.test(after) && !/^\d/.test(after)) {
        out.family ??= family;
        i = hit.end;
        continue;
      }
      let variant = this.leftoverVariant(hit, words, tokens, text);
      // "AI Sweden's GPT-SW3 40B": the maker-first name ends where a known name with the size begins.
      if (variant) {
        const typedWords = phraseKey(variant.text).split(' ').length;
        for (let k = hit.start + 1; k < hit.end; k++) {
          const ids = this.aliases.get(words.slice(k, hit.start + typedWords).join(' '));
          if (!ids) continue;
          hit = {
            ids,
            start: k,
            end: hit.start + typedWords,
            text: text.slice(tokens[k]!.start, tokens[hit.start + typedWords - 1]!.end),
          };
          variant = undefined;
          break;
        }
      }
      if (variant) {
        out.unknownVariant = variant;
        return out;
      }
      hit = this.longerInside(hit, words, tokens, text);
      hit = this.tierApart(hit, words, tokens, text);
      // The serving word after a name is part of it ("Gemma 2 9B instruct"), not a word of its own to read.
      const served = tokens[hit.end];
      if (served && servedAfter(text, tokens, hit.end))
        hit = { ...hit, end: hit.end + 1, text: text.slice(tokens[hit.start]!.start, served.end) };
      // "a qwen-based product", "llama-powered": a name made into a describing word is no subject of the question.
      if (!DESCRIBING_SUFFIX.test(text.slice(tokens[hit.end - 1]!.end))) out.mentions.push(hit);
      i = hit.end;
    }
    return out;
  }

  /** "gpt-5 tier (mini)", "gpt-5.4 variant, the nano": a tier word set apart from the name it qualifies, with only
   * words like "tier" or "variant" between, names the known model "<name> <tier>"; no such model, the name stands. */
  private tierApart(hit: DataMention, words: string[], tokens: Token[], text: string): DataMention {
    for (let k = hit.end; k < Math.min(words.length, hit.end + 4); k++) {
      const gap = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
      if (!/^[\s(,:-]*$/.test(gap)) return hit;
      if (TIER_WORD.test(words[k]!)) {
        // Typed right after the name ("gpt-5 mini") is a name of its own, found or declined as typed.
        if (k === hit.end && !/[(,]/.test(gap)) return hit;
        const ids = this.aliases.get(`${words.slice(hit.start, hit.end).join(' ')} ${words[k]}`);
        if (!ids) return hit;
        return { ids, start: hit.start, end: k + 1, text: text.slice(tokens[hit.start]!.start, tokens[k]!.end) };
      }
      if (!TIER_BRIDGE.test(words[k]!)) return hit;
    }
    return hit;
  }

  /** How many words from `i` on start a known name (or are one), at most MAX_ID_SPAN. Kept per word list (the lists
   * of a text's readings are kept, and never changed), since each of a text's readings asks at the same words. */
  private reach(list: string[], i: number): number {
    let memo = this.reachOf.get(list);
    if (!memo) {
      memo = new Int8Array(list.length).fill(-1);
      this.reachOf.set(list, memo);
    }
    if (memo[i]! >= 0) return memo[i]!;
    let key = '';
    let n = 0;
    for (let len = 1; len <= Math.min(MAX_ID_SPAN, list.length - i); len++) {
      key = len === 1 ? list[i]! : `${key} ${list[i + len - 1]}`;
      if (!this.aliases.has(key) && !this.prefixes.has(key) && !this.spokenPrefixes.has(key)) break;
      n = len;
    }
    memo[i] = n;
    return n;
  }

  /** Per token: a word of two letters or more, typed as is, that no canonical key holds and `modelKey` never drops. */
  private foreignWords(text: string, tokens: Token[]): boolean[] {
    return tokens.map(
      ({ t, start, end }) =>
        t.length >= 2 &&
        !/\d/.test(t) &&
        !this.canonicalWords.has(t) &&
        !MODEL_KEY_DROPS.has(t) &&
        text.slice(start, end).toLowerCase() === t,
    );
  }

  /** "LG's EXAONE Deep 32B": a maker-first name ("LG EXAONE") gives way to a longer known name that starts inside it
   * and runs past its end. */
  private longerInside(hit: DataMention, words: string[], tokens: Token[], text: string): DataMention {
    for (let k = hit.start + 1; k < hit.end; k++)
      // A name is no longer than the known run of name words at its start (names are closed under shortening).
      for (let end = Math.min(words.length, k + Math.min(MAX_SPAN, this.reach(words, k))); end > hit.end; end--) {
        if (tokens[end - 1]!.gluedNext) continue;
        const ids = this.aliases.get(words.slice(k, end).join(' '));
        if (ids) return { ids, start: k, end, text: text.slice(tokens[k]!.start, tokens[end - 1]!.end) };
      }
    return hit;
  }

  /** The one model whose names continue a typed span, when the span is model-like (a digit or a word that is no
   * English word; one word only when it is such a word of four letters or more). */
  private onlyExtension(key: string): string | undefined {
    return this.extensionOf.get(key);
  }

  private onlyExtensionOnce(key: string): string | undefined {
    const ws = key.split(' ');
    const len = ws.length;
    const [prev, last] = [ws.at(-2) ?? '', ws.at(-1)!];
    const odd = (w: string) => !isEnglish(w) && /[a-z]/.test(w);
    const modelEnd = /\d/.test(last) || odd(last) || (/^[bmkt]$/.test(last) && /\d$/.test(prev));
    if (len === 1 ? !(odd(key) && key.length >= 4 && !/\d/.test(key)) : !modelEnd) return undefined;
    const ids = new Set([...(this.prefixes.get(key) ?? []), ...(this.spokenPrefixes.get(key) ?? [])]);
    // Only a size, date or serving word may follow ("… NLG 530B", "Lumo AI"); "DeepSeek V2" is not "V2 Lite". Of
    // several models continuing the span, the one that only adds a size is it when the others add a variant word
    // ("qwen3-coder-480b": Qwen3-Coder-480B-A35B, not its Turbo or FP8 builds).
    const sized = [...ids].filter((id) => {
      const e = this.entity(id);
      if (e?.kind !== 'models') return false;
      const name = [e.name, ...e.aliases, ...this.spokenNames(e)]
        .map((n) => phraseKey(plusWord(n)))
        .find((n) => n.startsWith(`${key} `));
      const rest = name?.slice(key.length + 1).split(' ') ?? [];
      // A mixture of experts' active size ("… 480B A35B", keyed "a 35 b") is a size too.
      const active = (k: number) => rest[k] === 'a' && /^\d/.test(rest[k + 1] ?? '') && /\d/.test(key);
      return rest.length > 0 && rest.every((w, k) => QUALIFIER.test(w) || active(k));
    });
    if (sized.length !== 1 || (ids.size > 1 && len === 1)) return undefined;
    return sized[0];
  }

  /** The longest span at `i` that only starts known names ("gemini flash" of "gemini 2.5 flash"). */
  private familyAt(
    words: string[],
    tokens: Token[],
    text: string,
    i: number,
    chipContext = false,
    counted = false,
  ): DataNames['family'] {
    // A chip family asked in the plural ("google's tpus price") is that family: its last word is read singular.
    const reach = this.reach(words, i) + Number(chipContext);
    for (let len = Math.min(4, reach, words.length - i); len >= 1; len--) {
      const key = words.slice(i, i + len).join(' ');
      const plural = chipContext && /[^s]s$/.test(key);
      const ids =
        this.prefixes.get(key) ?? (plural && /s$/.test(key) ? this.prefixes.get(key.slice(0, -1)) : undefined);
      if (!ids || ids.size < 2) continue;
      // A letter or two alone ("option B", "plan A", "B's price") is a label, never a family of names (B200, B300).
      if (len === 1 && /^[a-z]{1,2}$/.test(key)) continue;
      // Ordinary words ("open model", "training cost") are never a family of model names, unless written as a
      // possessive name ("inflection's").
      const ordinary = key.split(' ').every((w) => isEnglish(w) || w.length < 3);
      const named = len === 1 && writtenAsName(text, tokens[i]!);
      // Only for a word the articles do not know as a name: "palm training cost" stays the articles' PaLM.
      // A short word ("phi") is left to the family reading it had: too many names start with it.
      const figureAfter =
        len === 1 &&
        key.length >= 4 &&
        TRAINING_AFTER.test(words[i + 1] ?? '') &&
        [...(this.aliases.get(key) ?? []), ...ids].every((id) => this.entity(id)?.file.startsWith('generated/'));
      // Organisations sharing a first word ("Chinese Academy…", "Chinese University…") are no family of models.
      const members = this.membersOf(ids);
      // "ascend memory?": an ordinary word starting only chips' names is their family when a chip's figure is asked.
      const chipFamily = chipContext && members.every((e) => e.kind === 'chips');
      if (members.length < 2 || (ordinary && !named && !chipFamily && !counted && !figureAfter)) continue;
      return { text: text.slice(tokens[i]!.start, tokens[i + len - 1]!.end), members: [...members], named };
    }
    return undefined;
  }

  /** The data sets' models and chips among the names a prefix starts, kept by the prefix's set of ids (a question
   * asks at each of its words, and the same words recur). */
  private membersOf(ids: Set<string>): readonly Entity[] {
    let members = this.membersBySet.get(ids);
    if (!members) {
      members = [...ids]
        .map((id) => this.entity(id)!)
        .filter((e) => e?.file.startsWith('generated/') && e.kind !== 'organisations');
      this.membersBySet.set(ids, members);
    }
    return members;
  }

  /** A size typed right after a family name that no name continues, but that members write after a variant word of
   * their own ("nvlm 72b" of NVLM-D 72B, NVLM-X 72B): those members and where the typed name ends. */
  private sizedMembers(
    family: NonNullable<DataNames['family']>,
    words: string[],
    tokens: Token[],
    text: string,
    i: number,
  ): { members: Entity[]; end: number; text: string } | undefined {
    const at = i + phraseKey(family.text).split(' ').length;
    const next = tokens[at];
    if (!next || !/^[\s-]*$/.test(text.slice(tokens[at - 1]!.end, next.start))) return undefined;
    const size = /^\d+(\.\d+)?$/.test(words[at] ?? '') && /^[bmt]$/.test(words[at + 1] ?? '') && next.gluedNext;
    if (!size) return undefined;
    const end = at + 2;
    const key = words.slice(i, end).join(' ');
    if (this.aliases.has(key) || this.prefixes.has(key)) return undefined;
    const typed = ` ${words.slice(at, end).join(' ')} `;
    const head = `${words.slice(i, at).join(' ')} `;
    // The member's name is the family's words, one variant word, then the size: "nvlm d 72 b".
    const members = family.members.filter((e) => {
      const k = nameKey(e);
      if (!k.startsWith(head)) return false;
      const rest = k.slice(head.length).split(' ');
      return rest.length >= 3 && ` ${rest.slice(1).join(' ')} `.startsWith(typed) && !/^\d/.test(rest[0]!);
    });
    if (!members.length) return undefined;
    return { members, end, text: text.slice(tokens[i]!.start, tokens[end - 1]!.end) };
  }

  /** A version number or size typed right after a family name ("grok 5", "gpt-5.7", "qwen 9b") that no known name
   * continues: the typed name and the family's members nearest to it (same major version first). */
  private missingVersion(
    family: NonNullable<DataNames['family']>,
    words: string[],
    tokens: Token[],
    text: string,
    i: number,
  ): DataNames['unknownVariant'] | undefined {
    const at = i + phraseKey(family.text).split(' ').length;
    const next = tokens[at];
    if (!next || !/^[\s-]*$/.test(text.slice(tokens[at - 1]!.end, next.start))) return undefined;
    const size = /^\d+(\.\d+)?$/.test(words[at] ?? '') && /^[bt]$/.test(words[at + 1] ?? '') && next.gluedNext;
    const version = /^\d{1,2}(\.\d+)?$/.test(words[at] ?? '') && !next.gluedNext;
    if (!size && !version) return undefined;
    const end = size ? at + 2 : at + 1;
    const key = words.slice(i, end).join(' ');
    if (this.aliases.has(key) || this.prefixes.has(key)) return undefined;
    return { text: text.slice(tokens[i]!.start, tokens[end - 1]!.end), siblings: this.versionsNear(key, words[at]!) };
  }

  /** The known versions to offer for a version the data lacks: models and chips continuing the family name, those
   * sharing the typed major version first ("gpt 5.7" → GPT-5, GPT-5.1 …), base names before longer variants. */
  versionsNear(typedKey: string, version: string): Entity[] {
    const words = typedKey.split(' ');
    const at = words.indexOf(version);
    const family = (at > 0 ? words.slice(0, at) : words.slice(0, -1)).join(' ');
    const major = /^\d/.test(version) ? `${family} ${version.split('.')[0]}` : undefined;
    const ids = new Set(this.prefixes.get(family) ?? []);
    // The prefix table keeps 50 ids per prefix; the typed major version is searched for by name.
    if (major)
      for (const [key, list] of this.aliasesStartingWith(major))
        if (key === major || key.startsWith(`${major} `) || key.startsWith(`${major}.`))
          for (const id of list) ids.add(id);
    const near = (e: Entity) => {
      const k = nameKey(e);
      if (major && (k === major || k.startsWith(`${major} `) || k.startsWith(`${major}.`))) return 0;
      return k.startsWith(`${family} `) ? 1 : 2;
    };
    const size = (e: Entity) => nameKey(e).split(' ').length;
    const found = [...ids]
      .map((id) => this.entity(id))
      .filter((e): e is Entity => e?.kind === 'models' || e?.kind === 'chips')
      .sort((a, b) => near(a) - near(b) || size(a) - size(b) || nameKey(a).localeCompare(nameKey(b)));
    return found.filter((e, k) => found.findIndex((o) => o.name === e.name) === k).slice(0, 8);
  }

  /** The alias map's entries whose key starts with `prefix`, in the map's order; a range of the sorted keys rather
   * than a scan of every alias. */
  private aliasesStartingWith(prefix: string): Array<[string, string[]]> {
    this.aliasEntries ??= [...this.aliases];
    const entries = this.aliasEntries;
    this.sortedAliasKeys ??= entries
      .map(([key], k) => [key, k] as [string, number])
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const sorted = this.sortedAliasKeys;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]![0] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const at: number[] = [];
    for (let k = lo; k < sorted.length && sorted[k]![0].startsWith(prefix); k++) at.push(sorted[k]![1]);
    return at.sort((a, b) => a - b).map((k) => entries[k]!);
  }

  /** One-word names that are also ordinary words ("falcon", "command", "phi") count only as typed names:
   * capitalised mid-sentence, or followed by a version or size. */
  private countsAsName(key: string, text: string, tokens: Token[], i: number): boolean {
    if (!isEnglish(key) || key.length < 3) return true;
    const raw = text.slice(tokens[i]!.start, tokens[i]!.end);
    const next = tokens[i + 1]?.t ?? '';
    return /^[A-Z]/.test(raw) || /^\d/.test(next);
  }

  /** After "Llama 3.1", a size or variant no known name continues with ("90b") names a model we lack. */
  private leftoverVariant(
    hit: DataMention,
    words: string[],
    tokens: Token[],
    text: string,
  ): DataNames['unknownVariant'] | undefined {
    let end = hit.end;
    // Only what is typed right after the name counts ("Llama 3.2 90B"), not "o1: 10M" or "gpt-4 (8k)".
    const next = tokens[end];
    if (!next || !/^[\s-]*$/.test(text.slice(tokens[end - 1]!.end, next.start))) return undefined;
    const isSize = (k: number) =>
      /^\d+(\.\d+)?$/.test(words[k] ?? '') && /^[bt]$/.test(words[k + 1] ?? '') && tokens[k]!.gluedNext;
    // "BigScience 176B", "Meta's 405B model": a size after an organisation's name describes one of its models.
    if (isSize(end) && hit.ids.every((id) => this.entity(id)?.kind === 'organisations')) return undefined;
    // "Mixtral 8x70B": experts × size, written glued ("8 x 70 b"), the same as a plain size.
    const isExperts = (k: number) =>
      /^\d+$/.test(words[k] ?? '') &&
      words[k + 1] === 'x' &&
      tokens[k]!.gluedNext &&
      tokens[k + 1]!.gluedNext &&
      isSize(k + 2);
    if (isSize(end)) end += 2;
    else if (isExperts(end)) end += 4;
    // "Gemma 2 9B instruct", "Kimi K2 chat": a serving word no known name continues with is the same model served
    // (the canonical key drops it), not a variant we lack.
    else if (servedAfter(text, tokens, end)) return undefined;
    // "max input tokens", "max output" are the limits asked about, not a "Max" variant.
    else if (VARIANT_WORD.test(words[end] ?? '') && !(words[end] === 'max' && LIMIT_WORD.test(words[end + 1] ?? '')))
      end += 1;
    else if (/^\d+(\.\d+)?$/.test(words[end] ?? '') && Number(words[end]) < 20 && !tokens[end]!.gluedNext) end += 1;
    // "mistral-large-2609": a year-month release code (2023-2029) no known name continues is a release we lack.
    else if (/^2[3-9](0[1-9]|1[0-2])$/.test(words[end] ?? '') && !tokens[end]!.gluedNext) end += 1;
    // "Kimi K2.8", "DeepSeek V9": a letter glued to a version number, as the family's known names write theirs
    // (Kimi K2, DeepSeek V3), is a version no known name continues; "Mixtral 8x22B v0.1" is no such code.
    else if (
      isVersionCode(words, tokens, end) &&
      this.prefixes.has(`${words.slice(hit.start, end).join(' ')} ${words[end]}`)
    )
      end += 2;
    if (end === hit.end) return undefined;
    const key = words.slice(hit.start, hit.end).join(' ');
    const siblings = this.prefixes.get(key) ?? this.spokenPrefixes.get(key);
    if (!siblings?.size) return undefined;
    // A version code is searched by its number ("kimi k 2.8" → Kimi K2, K2.5 … first).
    const version =
      end === hit.end + 2 && isVersionCode(words, tokens, hit.end) ? words[hit.end + 1]! : words[hit.end]!;
    return {
      text: text.slice(tokens[hit.start]!.start, tokens[end - 1]!.end),
      siblings: this.versionsNear(words.slice(hit.start, end).join(' '), version),
    };
  }
}

/** A number glued to letters, in the order typed ("4o" → "4 o", "o4" → "o 4"): the order a sorted key loses. */
function codePairs(name: string): Set<string> {
  const out = new Set<string>();
  for (const m of name.toLowerCase().matchAll(/[a-z]+\d+|\d+[a-z]+/g)) {
    const code = m[0];
    // "70b", "8x": a size or a count, the same whichever way the words around it are sorted.
    if (/^\d+[bmktx]$/.test(code)) continue;
    out.add(code.replace(/^([a-z]+)(\d+)$|^(\d+)([a-z]+)$/, (_, a, b, c, d) => (a ? `${a} ${b}` : `${c} ${d}`)));
  }
  return out;
}

/** A letter or two glued to a version number ("k2.8", "v9", "r2"), as model names write versions. */
function isVersionCode(words: string[], tokens: Token[], at: number): boolean {
  return (
    /^[a-z]{1,2}$/.test(words[at] ?? '') &&
    Boolean(tokens[at]?.gluedNext) &&
    /^\d{1,2}(\.\d+)?$/.test(words[at + 1] ?? '') &&
    !tokens[at + 1]?.gluedNext
  );
}

/** Whether any of `flags[from…to)` holds, without copying the span (asked per span length at every word). */
function anyFrom(flags: boolean[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (flags[k]) return true;
  return false;
}
