// Finds what a question is about: exact aliases first (no fuzzy work on the common path), then typo
// correction and fuse.js for names that missed, then descriptive cues and figures quoted in the question.

import { expandPhrase } from '../knowledge/cues.js';
import type { KnowledgeIndex } from '../knowledge/index.js';
import { prefixReach, stem, stemLight } from '../knowledge/index.js';
import { STOPWORDS, type Token, tokenize } from '../knowledge/normalize.js';
import { COMMON, GENERIC_CUE_WORDS, isEnglish, isNumeric, SLANG, TECH } from '../knowledge/wordlists.js';
import { findAmounts } from './calc.js';
import { ANY_SIZE_BEFORE } from './description-fit.js';

/** A stretch of the question that names (or describes) one or more entities. */
export interface Mention {
  ids: string[];
  start: number;
  end: number;
  via: 'alias' | 'family' | 'fuzzy' | 'cue' | 'number';
  /** For family mentions: the family key ("llama"). */
  family?: string;
  /** Tokens of the question this mention covers, as typed. */
  text: string;
  /** Cue mentions: how many cue words matched. */
  strength?: number;
  /** Family mentions followed by a version the knowledge lacks ("Llama 3.2"). */
  versionUnknown?: boolean;
}

/** A question after resolution. */
export interface Resolution {
  tokens: Token[];
  /** Tokens after typo correction (same length as tokens). */
  words: string[];
  /** Stemmed content words, for retrieval. */
  terms: string[];
  mentions: Mention[];
  /** Names the knowledge does not know ("Falcon 180B", "Microsoft"), as typed. */
  unknownNames: string[];
  /** Metrics the question asks for, strongest first. */
  metrics: string[];
  /** Whether a metric word comes within the first six words ("what's the price…", not "what is routing and how does it save money"). */
  metricEarly: boolean;
  /** Memo for isFigureRequest (lookup.ts). */
  figureRequest?: boolean;
  /** Years written in the question. */
  years: string[];
  corrections: Array<[string, string]>;
  /** Articles the question names as its source ("per the econ essay", "the wiki's table"): their facts rank first. */
  articles?: string[];
}

/** Each index's company words (cue `maker-word`), built on first need. */
const makerWordsOf = new WeakMap<KnowledgeIndex, ReadonlySet<string>>();

/** Whether a word is a company word, which right after a model's name means its maker ("the Stable Diffusion
 * company", "the GLM shop"): the words are the knowledge's cue `maker-word`. */
export function isMakerWord(index: KnowledgeIndex, word: string): boolean {
  let words = makerWordsOf.get(index);
  if (!words) {
    words = new Set(index.kb.cues.get('maker-word')?.phrases.flatMap(expandPhrase) ?? []);
    makerWordsOf.set(index, words);
  }
  return words.has(word);
}

/** Each index's one-word names of sources and data sets ("osai", "epochai"), built on first need. */
const sourceWordsOf = (index: KnowledgeIndex): ReadonlySet<string> => {
  let words = sourceWordsCache.get(index);
  if (!words) {
    // A data set named by its short name is that data set, never a typo of a company's alias ("osai" is not "oai").
    words = new Set(
      [...index.kb.sources.values()].flatMap((s) => (s.aliases ?? []).filter((a) => /^[a-z\d]+$/.test(a))),
    );
    sourceWordsCache.set(index, words);
  }
  return words;
};
const sourceWordsCache = new WeakMap<KnowledgeIndex, ReadonlySet<string>>();

/** Longest word that may be a name or a typo of one; longer runs of letters are noise, not worth a fuzzy search. */
const MAX_NAME_CHARS = 40;
/** Words searched for typos and fuzzy names: the longest real questions have under 40 words, and past this a message
 * is a pasted wall of text whose later words are matched exactly only, so its cost stays small. */
export const MAX_FUZZY_WORDS = 64;

/** A year: "2024", or "'22" / "’24" after a month or a word that dates ("nov '22", "from '22 to '24"). */
/** Sums a number written like a model size may be of: "157B valuation". */
const MONEY_AFTER =
  /^(?:valuation|revenues?|funding|raise|budget|capex|spend|spending|loss|losses|sales|commitment|investment|arr|deal|market)$/;
const YEAR_WRITTEN =
  /\b(20[1-4]\d)\b|(?<=\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s|\b(?:from|to|in|since|by|until|till|vs|and|through|of)\s)['’]([1-4]\d)(?![\d%.,]\d|[\d%a-z])/gi;

/** Resolves a question against the index. Never throws. */
export function resolveQuery(index: KnowledgeIndex, text: string): Resolution {
  const tokens = tokenize(text);
  const corrections: Array<[string, string]> = [];
  // Whether the question has anything we recognise besides word i: short near-misses need that context.
  const extraTerms: string[] = [];
  // Counted once, on first need: asked per unknown word, a scan each time would be quadratic in a long question.
  let context: boolean[] | undefined;
  let contextCount = 0;
  const contextBesides = (i: number) => {
    if (!context) {
      context = tokens.map(
        (x) => !STOPWORDS.has(x.t) && (isNumeric(x.t) || (index.vocab.has(x.t) && !index.cueOnly.has(x.t))),
      );
      contextCount = context.filter(Boolean).length;
    }
    return contextCount - (context[i] ? 1 : 0) > 0;
  };
  const wordsOut = tokens.map((tok, i) => {
    const t = tok.t;
    // Real English words are not typos; only unknown words are corrected towards the knowledge's vocabulary.
    if (
      index.vocab.has(t) ||
      STOPWORDS.has(t) ||
      SLANG.has(t) ||
      TECH.has(t) ||
      isNumeric(t) ||
      t.length < 4 ||
      t.length > MAX_NAME_CHARS ||
      COMMON.has(t) ||
      index.otherNames.has(t) ||
      sourceWordsOf(index).has(t)
    )
      return t;
    // A capitalised or possessive word is a name someone typed on purpose ("Cohere's"), not a typo.
    if (i >= MAX_FUZZY_WORDS || isCapitalisedName(text, tok) || /^['’]s\b/.test(text.slice(tok.end, tok.end + 3)))
      return t;
    // Two known words typed as one ("swebench", "openweights") are known, and searched as both words.
    const split = t.length >= 6 ? splitKnown(index, t) : undefined;
    if (split) {
      extraTerms.push(...split);
      return t;
    }
    const fixed = t.length <= 5 && !contextBesides(i) ? undefined : index.correct(t);
    if (fixed && fixed !== t) {
      corrections.push([t, fixed]);
      return fixed;
    }
    return t;
  });

  const mentions: Mention[] = [];
  /** Words of a one-word name typed apart ("deep seek"), searched as the name instead. */
  const gluedApart = new Set<number>();
  const covered = new Array<boolean>(tokens.length).fill(false);
  const surface = (i: number, j: number) => text.slice(tokens[i]!.start, tokens[j - 1]!.end);

  // 0. Sources named ("the who-pays essay", "the wiki's table", "the OSAI index"): where to look, not what about.
  const sourceAt = sourcesNamed(index, wordsOut);
  for (const i of sourceAt.at) covered[i] = true;

  // 1. Exact aliases and family names, longest first, only on whole words.
  for (let i = 0; i < wordsOut.length; ) {
    let matched = 0;
    // Spans longer than the longest run that starts a name can be no name; one word may still be a glued alias.
    const top = Math.max(1, prefixReach(index.namePrefixes, wordsOut, i, index.maxAliasTokens));
    for (let len = Math.min(top, wordsOut.length - i); len >= 1; len--) {
      if (sourceAt.at.has(i)) break;
      if (sourceAt.at.has(i + len - 1)) continue;
      if (tokens[i + len - 1]!.gluedNext) continue;
      if (i > 0 && tokens[i - 1]!.gluedNext) break;
      const key = wordsOut.slice(i, i + len).join(' ');
      if (len === 1 && STOPWORDS.has(key)) continue;
      // "swebench", "openweights": a glued form of a spaced alias.
      const ids = index.aliases.get(key) ?? (len === 1 ? index.gluedAliases.get(key) : undefined);
      const family = index.families.get(key);
      if (ids || family) {
        // "deep seek", "mini max": a one-word name typed apart is searched as that name, not as two ordinary words.
        const glued = key.replaceAll(' ', '');
        if (ids && len >= 2 && [...ids].every((id) => index.entity(id)?.name.toLowerCase() === glued)) {
          extraTerms.push(glued);
          for (let k = i; k < i + len; k++) gluedApart.add(k);
        }
        mentions.push({
          ids: ids ? [...ids] : family!,
          start: i,
          end: i + len,
          via: ids ? 'alias' : 'family',
          family: family ? key : undefined,
          text: surface(i, i + len),
        });
        matched = len;
        break;
      }
    }
    if (matched) {
      covered.fill(true, i, i + matched);
      i += matched;
    } else i++;
  }

  const anySize = indefiniteSizeAt(wordsOut);
  const terms = [
    ...wordsOut.filter(
      (w, i) => !STOPWORDS.has(w) && !SLANG.has(w) && !sourceAt.at.has(i) && !anySize.has(i) && !gluedApart.has(i),
    ),
    // "A100s", "v100": a chip code whose letter is a stopword is one word, as the cues hold it.
    ...wordsOut.flatMap((w, i) =>
      STOPWORDS.has(w) && tokens[i]!.gluedNext && wordsOut[i + 1] ? [w + wordsOut[i + 1]] : [],
    ),
    ...extraTerms,
  ].map(stem);
  const termSet = new Set(terms);

  // 2. Descriptive cues: all content words of a short cue, or most of a long one.
  const cueHits = new Map<string, { n: number; at: number }>();
  // A version number typed right after a name ("gemma 3") is that name's, not a telling word of a cue on another
  // model ("llama 3 not 3.1" read into "was gemma 3 cheaper than llama 3.1").
  const versionAfter = (m: Mention) => (/^\d{1,2}(\.\d+)?$/.test(wordsOut[m.end] ?? '') ? 1 : 0);
  const namedStems = new Set(mentions.flatMap((m) => wordsOut.slice(m.start, m.end + versionAfter(m)).map(stem)));
  const stems = wordsOut.map(stem);
  // Only cues sharing a word with the question can match: a cue none of whose words it holds never does.
  // Per cue, how many of its distinct words the question holds: a cue short of the words it needs is not read.
  const distinct = cueCounter(index);
  const touched: number[] = [];
  for (const t of termSet) for (const n of index.cuesByWord.get(t) ?? []) if (distinct[n]!++ === 0) touched.push(n);
  const repeats = cuesWithRepeatedWords(index);
  const needOf = (words: string[]) => (words.length <= 2 ? words.length : Math.ceil(words.length * 0.75));
  const reachable: number[] = [];
  for (const n of touched) {
    if (repeats.has(n) || distinct[n]! >= needOf(index.cues[n]!.words)) reachable.push(n);
    distinct[n] = 0;
  }
  for (const n of reachable.sort((a, b) => a - b)) {
    const cue = index.cues[n]!;
    if (cue.words.length === 0) continue;
    const matched = cue.words.filter((w) => termSet.has(w));
    const got = matched.length;
    const need = needOf(cue.words);
    // Words any cost question has ("model", "cost", "train") do not make a description on their own.
    // …and at least one telling word must lie outside the names already matched ("cheaper GPT-4" names GPT-4,
    // it does not describe GPT-4 Turbo).
    if (got < need || !matched.some((w) => !isGeneric(index, w) && !namedStems.has(w))) continue;
    // A cue's number is what it hangs on: "175 billion parameter" does not describe "a 70 billion parameter model".
    const cueNumbers = cue.words.filter((w) => /^\d/.test(w));
    if (cueNumbers.length && !cueNumbers.some((w) => termSet.has(w)) && terms.some((w) => /^\d/.test(w))) continue;
    // A name in the cue is what it hangs on: "meta's 70b model" does not describe "a 70B model" without Meta.
    if (got < cue.words.length && cue.words.some((w) => !termSet.has(w) && nameStemsOf(index).has(w))) continue;
    const at = stems.findIndex((w) => cue.words.includes(w));
    const prev = cueHits.get(cue.id);
    const weight = got + (got === cue.words.length ? cue.bonus : 0);
    if (!prev || weight > prev.n) cueHits.set(cue.id, { n: weight, at });
  }
  // An alias inside a longer descriptive phrase ("the AWS playbook", "zero Nvidia dependency") names the
  // thing described, not the alias: the cue wins.
  for (const [id, hit] of cueHits) {
    const cueWords = cuesOf(index, id).map((c) => c.words);
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k]!;
      if ((m.via !== 'alias' && m.via !== 'family') || m.ids.includes(id)) continue;
      const mWords = wordsOut.slice(m.start, m.end).map(stem);
      // The whole cue must sit around the alias, not be scattered over the sentence.
      const around = (cw: string[]) => {
        const lo = Math.max(0, m.start - cw.length - 1);
        const window = new Set(stems.slice(lo, m.end + cw.length + 1));
        return cw.every((w) => window.has(w));
      };
      // …and must add a telling word of its own ("playbook", "dependency"), not just "model".
      const adds = (cw: string[]) => cw.some((w) => !mWords.includes(w) && !isGeneric(index, w));
      if (
        hit.n > mWords.length &&
        cueWords.some(
          (cw) => cw.length > mWords.length && mWords.every((w) => cw.includes(w)) && adds(cw) && around(cw),
        )
      )
        mentions.splice(k, 1);
    }
  }
  // The words of every cue that matched, built on first need: few words are asked about (a possessive that is no
  // English word, a cue-only word), and a long question matches many cues.
  let cueWordsHit: Set<string> | undefined;
  const cueCovered = (w: string) => {
    cueWordsHit ??= new Set([...cueHits.keys()].flatMap((id) => cuesOf(index, id).flatMap((c) => c.words)));
    return cueWordsHit.has(stem(w));
  };

  // Names after "apart from", "besides", "other than" are what the question is NOT about; so are descriptions.
  const excluded: Array<[number, number]> = [];
  for (const ex of text.matchAll(
    /\b(apart from|aside from|besides|other than|except|excluding|not counting)\b[^,;?]*/gi,
  )) {
    const from = ex.index ?? 0;
    const to = from + ex[0].length;
    excluded.push([from, to]);
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k]!;
      if (tokens[m.start] && tokens[m.start]!.start >= from && tokens[m.start]!.start < to) {
        covered.fill(true, m.start, m.end);
        mentions.splice(k, 1);
      }
    }
  }

  // 3. Names that missed: fuse.js over aliases for out-of-vocabulary words (typos, odd spacing).
  const unknownAt: number[] = [];
  for (let i = 0; i < wordsOut.length; i++) {
    const w = wordsOut[i]!;
    // Plurals of known words ("TPUs") are known too.
    const vocabHas = (x: string) =>
      index.vocab.has(x) || (x.length > 3 && x.endsWith('s') && index.vocab.has(x.slice(0, -1)));
    // A well-known name the knowledge lacks ("grok", "falcon"): unknown, whatever it resembles.
    if (!covered[i] && index.otherNames.has(w)) {
      unknownAt.push(i);
      const gap = tokens[i + 1] ? text.slice(tokens[i]!.end, tokens[i + 1]!.start) : '';
      const end = /^[\s-]*$/.test(gap) ? versionEnd(tokens, i + 1, index, []) : i + 1;
      for (let k = i + 1; k < end; k++) if (!covered[k]) unknownAt.push(k);
      continue;
    }
    // The cheap reasons to pass a word first: every test here is pure, so their order does not matter.
    if (
      covered[i] ||
      i >= MAX_FUZZY_WORDS ||
      STOPWORDS.has(w) ||
      SLANG.has(w) ||
      TECH.has(w) ||
      isNumeric(w) ||
      w.length < 3 ||
      w.length > MAX_NAME_CHARS
    )
      continue;
    // "coreweave's revenue": a name the articles only mention in passing, written as the possessive subject, is a
    // subject the knowledge has no entry for, not a known word.
    const passingName =
      /^['’]s\b/.test(text.slice(tokens[i]!.end, tokens[i]!.end + 3)) && !isEnglish(w) && !cueCovered(w);
    const known =
      !passingName &&
      ((vocabHas(w) && !(index.cueOnly.has(w) && !cueCovered(w))) || splitKnown(index, w) !== undefined);
    if (known) continue;
    // An ordinary English word of six letters or more ("lambda", "equally") is that word, not a typo for a name one
    // letter off (LaMDA, Equall); short ones ("lama") stay open to correction.
    // A common word of any length ("apply", "shop") is never a typo either: "apply" is not Apple.
    const ordinary =
      ((w.length >= 6 && isEnglish(w)) || COMMON.has(w)) &&
      !isCapitalisedName(text, tokens[i]!) &&
      !/^['’]s\b/.test(text.slice(tokens[i]!.end, tokens[i]!.end + 3));
    if (ordinary) continue;
    const windows: Array<[number, number]> = [
      [i, i + 2],
      [i, i + 1],
      [i - 1, i + 1],
    ];
    let hit: Mention | undefined;
    for (const [a, b] of windows) {
      if (a < 0 || b > wordsOut.length || covered.slice(a, b).some(Boolean)) continue;
      const phrase = wordsOut.slice(a, b).join(' ');
      const found = phrase.length >= 4 ? index.fuzzyAlias(phrase) : undefined;
      // A short word one letter off a name ("qwer" ~ "qwen") counts only inside a question that has
      // something else we recognise; alone it is more likely noise than a typo.
      const shortGuess = phrase.length <= 5 && !contextBesides(i);
      if (found && !shortGuess && Math.abs(found.key.length - phrase.length) <= 3) {
        hit = { ids: [found.id], start: a, end: b, via: 'fuzzy', text: surface(a, b) };
        break;
      }
    }
    if (hit) {
      mentions.push(hit);
      covered.fill(true, hit.start, hit.end);
    } else if (
      (looksLikeName(text, tokens, i) || isSubject(index, wordsOut, i)) &&
      // "the GLM shop's revenue": a company word right after a name is its maker, not another name.
      !(i > 0 && covered[i - 1] && isMakerWord(index, w))
    )
      unknownAt.push(i);
  }

  // A version or variant right after a model, family or maker name that no alias covers ("Llama 3.2",
  // "GPT 4o", "PaLM 2", "Qwen 2.5", "DeepSeek R2", "Mistral Large") names a model the knowledge lacks.
  for (const m of mentions) {
    const kinds = m.ids.map((id) => index.entity(id)?.kind);
    if (m.via !== 'family' && !kinds.some((k) => k === 'models' || k === 'organisations')) continue;
    // Only what is typed right after the name counts ("Qwen 2.5", "GLM-4.5"), not "V3's $5.6M".
    let gap = tokens[m.end] ? text.slice(tokens[m.end - 1]!.end, tokens[m.end]!.start) : '';
    // "Llama-3.1-405B-Instruct", "Kimi K2 chat": a serving word is part of the model's name, neither a variant nor
    // an unknown name.
    if (/^[\s-]*$/.test(gap) && /^(instruct|chat)$/.test(tokens[m.end]?.t ?? '') && !covered[m.end]) {
      covered[m.end] = true;
      const at = unknownAt.indexOf(m.end);
      if (at >= 0) unknownAt.splice(at, 1);
      m.end += 1;
      m.text = surface(m.start, m.end);
      gap = tokens[m.end] ? text.slice(tokens[m.end - 1]!.end, tokens[m.end]!.start) : '';
    }
    // A version, a variant and a size may follow one another ("Gemini 1.5 Pro", "Qwen 2.5 72B").
    let end = m.end;
    for (let k = 0; k < 3 && /^[\s-]*$/.test(gap); k++) {
      const next = versionEnd(tokens, end, index, sizesOf(index, m.ids), ownCodes(index, m.ids));
      if (next === end || covered.slice(end, next).some(Boolean)) break;
      end = next;
    }
    if (end > m.end && !covered.slice(m.end, end).some(Boolean)) {
      // "Llama 2" is the start of a known name ("Llama 2 70B"): that model, not an unknown one.
      const key = wordsOut.slice(m.start, end).join(' ');
      const completions = index.aliasPrefixes.get(key) ?? new Set<string>();
      if (completions.size === 1) {
        m.ids = [...completions];
        m.via = 'alias';
        m.end = end;
        m.text = surface(m.start, end);
        covered.fill(true, m.start, end);
        continue;
      }
      if (completions.size > 1) continue;
      // "company behind GLM-5", "70B Llama 2": the version belongs to a known name that ends inside the mention.
      let tailKnown = false;
      for (let k = m.start + 1; k < m.end && !tailKnown; k++) {
        const tail = wordsOut.slice(k, end).join(' ');
        tailKnown = index.aliases.has(tail) || index.aliasPrefixes.has(tail);
      }
      if (tailKnown) continue;
      unknownAt.push(...Array.from({ length: end - m.end }, (_, k) => m.end + k));
      m.text = surface(m.start, end);
      m.versionUnknown = true;
    }
  }
  // Chip or model codes like "B200" or "MI300" (a few letters glued to a number) that no alias covered.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const tok = tokens[i]!;
    if (covered[i] || covered[i + 1] || !tok.gluedNext || !/^[a-z]{1,3}$/.test(tok.t) || !isNumeric(tokens[i + 1]!.t))
      continue;
    if (
      index.codes.has(`${tok.t}${tokens[i + 1]!.t}`) ||
      SLANG.has(tok.t) ||
      SLANG.has(`${tok.t}${tokens[i + 1]!.t}`) ||
      TECH.has(tok.t) ||
      // "bf16", "CO2", "int4": shorthand glued to its number is a word, not a chip's code.
      TECH.has(`${tok.t}${tokens[i + 1]!.t}`)
    )
      continue;
    if (i > 0 && tokens[i - 1]!.gluedNext) continue;
    unknownAt.push(i, i + 1);
  }
  // Model-size tokens like "180B" or "4o" that no alias covered point at an unknown model.
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || unknownAt.includes(i)) continue;
    const tok = tokens[i]!;
    // "$2B" is money, never a model size.
    // …and so is "157B valuation", "11.6B revenue": a size is of a model, never of a sum named right after it.
    const money =
      /[$¥]\s?$/.test(text.slice(Math.max(0, tok.start - 2), tok.start)) ||
      MONEY_AFTER.test(wordsOut.slice(i + 2, i + 3).join(' '));
    if (
      !money &&
      isNumeric(tok.t) &&
      tok.gluedNext &&
      /^[bo]$/.test(tokens[i + 1]?.t ?? '') &&
      !tokens[i + 1]!.gluedNext
    ) {
      const prev = wordsOut[i - 1];
      // "Wombat-R 5B", "Ibex-M 11B": a size after a hyphenated name no alias covered is that unknown model's size.
      const compound = hyphenNameBefore(text, tokens, i, covered);
      if (compound !== undefined) for (let k = compound; k < i; k++) if (!unknownAt.includes(k)) unknownAt.push(k);
      const prevUnknown =
        unknownAt.includes(i - 1) ||
        (i > 0 && !covered[i - 1] && prev !== undefined && !STOPWORDS.has(prev) && !index.vocab.has(prev)) ||
        compound !== undefined;
      // "a 13B model" when no model has 13B parameters: a size the knowledge lacks, not any model's figure.
      // …but "a 7B domain fine-tune" is the size a source prices fine-tunes of, when a fine-tune is what follows.
      // …and so is "to finetune a 7b on local data": the fine-tune named just before the size.
      const priced =
        (FINE_TUNE_AFTER.test(wordsOut.slice(i + 2, i + 5).join(' ')) ||
          FINE_TUNE_BEFORE.test(wordsOut.slice(Math.max(0, i - 4), i).join(' '))) &&
        index.scopesSize(Number(tok.t));
      const unsized =
        /^(a|an|any)$/.test(prev ?? '') && tokens[i + 1]!.t === 'b' && !index.hasModelSize(Number(tok.t)) && !priced;
      if (prevUnknown || unsized) unknownAt.push(i, i + 1, ...(/^models?$/.test(wordsOut[i + 2] ?? '') ? [i + 2] : []));
    }
  }

  const named = new Set(mentions.flatMap((m) => m.ids));
  const strongest = Math.max(0, ...[...cueHits.values()].map((h) => h.n));
  for (const [id, hit] of [...cueHits].sort((a, b) => b[1].n - a[1].n)) {
    // Weak partial cues next to a strong one are noise ("model trained on" fits many models).
    if (hit.n < strongest * 0.6) continue;
    const at = tokens[hit.at]?.start ?? -1;
    if (excluded.some(([from, to]) => at >= from && at < to)) continue;
    if (!named.has(id))
      mentions.push({
        ids: [id],
        start: hit.at,
        end: hit.at + 1,
        via: 'cue',
        text: index.entity(id)?.name ?? id,
        strength: hit.n,
      });
  }

  // 4. Figures quoted in the question ("raised $3.05B", "100K chips", "the 175B model").
  const namedIds = new Set(mentions.flatMap((m) => m.ids));
  const namedValues = new Set(
    [...namedIds]
      .flatMap((id) => index.entity(id)?.figures.flatMap((f) => (f.range ? f.range : [f.value!])) ?? [])
      .map((v) => Number(v.toPrecision(3))),
  );
  const unknownChars = unknownAt.filter((i) => tokens[i]).map((i) => [tokens[i]!.start, tokens[i]!.end]);
  for (const amount of findAmounts(text)) {
    if (amount.value < 100) continue;
    // "70B" in "Llama 3.1 70B" is part of an unknown name, not a figure that describes something.
    if (unknownChars.some(([a, b]) => amount.index >= a! && amount.index < b!)) continue;
    // "280 times cheaper" about a named topic that has the 280× figure points at that topic, not at another holder.
    if (namedValues.has(Number(amount.value.toPrecision(3)))) continue;
    // "a 70B model", "any 13B model": a size with an indefinite article is any model of that size, not the one the
    // articles happen to hold ("the 175B model" is one).
    if (ANY_SIZE_BEFORE.test(text.slice(Math.max(0, amount.index - 40), amount.index)) && SIZE_WORD.test(amount.raw))
      continue;
    for (const id of index.entitiesWithValue(amount.value)) {
      if (!mentions.some((m) => m.ids.includes(id)))
        mentions.push({ ids: [id], start: tokens.length, end: tokens.length, via: 'number', text: amount.raw });
    }
  }

  // A version the knowledge lacks is named whole ("Llama 3.1 70B", not "70B").
  const runs = groupRuns(unknownAt, tokens, text).map(
    (n) => mentions.find((m) => m.versionUnknown && m.text.toLowerCase().endsWith(n.toLowerCase()))?.text ?? n,
  );
  // "davinci-era GPT-3": a name made a time by "era" beside a named subject says when, not what.
  const asTime = (n: string) =>
    text.toLowerCase().includes(`${n.toLowerCase()}-era`) || text.toLowerCase().includes(`${n.toLowerCase()} era`);
  const unknownNames = mentions.length ? runs.filter((n) => !asTime(n)) : runs;
  const years = [...text.matchAll(YEAR_WRITTEN)].map((m) => m[1] ?? `20${m[2]!}`);
  const metrics = detectMetrics(index, wordsOut);
  const metricEarly = metrics.length > 0 && detectMetrics(index, wordsOut.slice(0, 6)).length > 0;
  const articles = sourceAt.ids.filter((id) => index.kb.sources.get(id)?.file !== undefined);
  return { tokens, words: wordsOut, terms, mentions, unknownNames, metrics, metricEarly, years, corrections, articles };
}

/** A fine-tune named within two words after a size: "7B fine-tune", "7B domain fine-tuning". */
const FINE_TUNE_AFTER = /^(?:[a-z]+ )?fine(?: |-)?tun/;
/** A fine-tune named within the few words before a size ("finetune a 7b", "fine tuning our own 7B"). */
const FINE_TUNE_BEFORE = /\bfine(?: |-)?tun\w*(?: [a-z]+){0,2}$/;

/** Word positions of a size read as any model's ("a 70 billion parameter model" → 70, billion, parameter): a
 * description of no model, so its words match no fact ("175 billion parameters" is GPT-3's). */
function indefiniteSizeAt(words: string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 1; i + 1 < words.length; i++) {
    if (!/^(a|an|any)$/.test(words[i - 1]!) || !/^\d+(\.\d+)?$/.test(words[i]!)) continue;
    if (!/^(b|bn|billion)$/.test(words[i + 1]!)) continue;
    out.add(i).add(i + 1);
    if (/^param(eter)?s?$/.test(words[i + 2] ?? '')) out.add(i + 2);
  }
  return out;
}

/** A parameter count as written ("70B", "70 billion parameter"). */
const SIZE_WORD = /^\d[\d.,]*\s?(b|bn|billion)\b/i;

/** The sources a question names, longest names first, and the word positions that name them. */
function sourcesNamed(index: KnowledgeIndex, words: string[]): { ids: string[]; at: Set<number> } {
  const ids = new Set<string>();
  const at = new Set<number>();
  for (let i = 0; i < words.length; ) {
    let len = prefixReach(index.sourcePrefixes, words, i, index.maxSourceTokens);
    for (; len >= 1; len--) {
      const found = index.sourceNames.get(words.slice(i, i + len).join(' '));
      if (!found) continue;
      // "the consortium essay": a word setting one article apart, right before a name several share, picks it.
      const q = found.length > 1 ? qualifierBefore(index, words, i) : undefined;
      for (const id of q ? [q.id] : found) ids.add(id);
      for (let k = q?.at ?? i; k < i + len; k++) at.add(k);
      break;
    }
    // "lambert's consortium argument": a qualifier before a word short names end in, with no name matched.
    if (len === 0 && index.sourceNouns.has(words[i]!)) {
      const q = qualifierBefore(index, words, i);
      if (q) {
        ids.add(q.id);
        for (let k = q.at; k <= i; k++) at.add(k);
      }
    }
    i += Math.max(len, 1);
  }
  return { ids: [...ids], at };
}

/** The article a qualifier word within two words before `i` names ("consortium", "lambert's"), and where it is. */
function qualifierBefore(index: KnowledgeIndex, words: string[], i: number): { id: string; at: number } | undefined {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const id = index.sourceQualifiers.get(words[k]!);
    if (id) return { id, at: k };
    if (words[k] !== 's' && !index.sourceQualifiers.has(words[k]!) && k < i - 1) break;
  }
  return undefined;
}

/** Where a hyphenated name ends right before token `i` ("Ibex-M 11B": the start of "Ibex-M"), when none of it is a
 * known name: a capitalised word joined by a hyphen to a short code or number is written like a model's name. */
function hyphenNameBefore(text: string, tokens: Token[], i: number, covered: boolean[]): number | undefined {
  if (i < 2 || !/^\s+$|^-$/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) return undefined;
  let start = i - 1;
  while (start > 0 && text.slice(tokens[start - 1]!.end, tokens[start]!.start) === '-') start--;
  if (start === i - 1 || covered.slice(start, i).some(Boolean)) return undefined;
  return /^[A-Z]/.test(text.slice(tokens[start]!.start, tokens[start]!.end)) ? start : undefined;
}

/** An unknown word reads as a name when it is not English, or is capitalised mid-sentence, possessive
 * ("cohere's"), or followed by a model size or version ("falcon 180b", "phi 3"). */
function looksLikeName(text: string, tokens: Token[], i: number): boolean {
  const tok = tokens[i]!;
  if (!isEnglish(tok.t)) return true;
  if (isCapitalisedName(text, tok)) return true;
  if (/^['’]s\b/.test(text.slice(tok.end, tok.end + 3))) return true;
  const next = tokens[i + 1];
  return Boolean(
    next &&
      !tok.gluedNext &&
      isNumeric(next.t) &&
      (next.gluedNext || /^\d{1,3}$/.test(next.t)) &&
      i + 1 < tokens.length,
  );
}

const SUBJECT_BEFORE = new Set(['did', 'does', 'do', 'was', 'is', 'about', 'on']);
/** "how much did bloom cost", "bloom training cost": an unknown word in the subject slot before a metric word. */
function isSubject(index: KnowledgeIndex, wordsIn: string[], i: number): boolean {
  const before = wordsIn[i - 1];
  const after = wordsIn[i + 1];
  const isMetric = (w: string | undefined) =>
    w !== undefined && (index.metricWords.has(w) || index.metricWords.has(stemLight(w)));
  // Only after "did/does/is…": a first word before a metric is as often an adjective ("rough cost") as a name.
  const slot = before !== undefined && SUBJECT_BEFORE.has(before);
  if (slot && (after === undefined || isMetric(after))) return true;
  // "the revenue of a unicorn": the thing after "<metric> of (a|the)".
  let j = i - 1;
  while (j >= 0 && /^(a|an|the)$/.test(wordsIn[j]!)) j--;
  return wordsIn[j] === 'of' && isMetric(wordsIn[j - 1]);
}

const NAME_STEMS = new WeakMap<KnowledgeIndex, Set<string>>();
/** Stems of one-word names of companies and models ("meta", "nvidia"): the words a description cannot drop. */
function nameStemsOf(index: KnowledgeIndex): Set<string> {
  let out = NAME_STEMS.get(index);
  if (!out) {
    out = new Set();
    for (const [key, ids] of index.aliases)
      if (
        !key.includes(' ') &&
        [...ids].some((id) => ['organisations', 'models'].includes(index.entity(id)?.kind ?? ''))
      )
        out.add(stem(key));
    NAME_STEMS.set(index, out);
  }
  return out;
}

const REPEATS = new WeakMap<KnowledgeIndex, Set<number>>();
/** Cues that name a word twice: for them a count of distinct words says less than the count of words. */
function cuesWithRepeatedWords(index: KnowledgeIndex): Set<number> {
  let out = REPEATS.get(index);
  if (!out) {
    out = new Set();
    index.cues.forEach((c, n) => {
      if (new Set(c.words).size !== c.words.length) out!.add(n);
    });
    REPEATS.set(index, out);
  }
  return out;
}

const CUE_COUNTERS = new WeakMap<KnowledgeIndex, Uint16Array>();
/** One counter per cue, shared by every question and left all zero after each: a long question touches hundreds of
 * cues, and a map of them per question is what resolving allocated most. */
function cueCounter(index: KnowledgeIndex): Uint16Array {
  let out = CUE_COUNTERS.get(index);
  if (!out) {
    out = new Uint16Array(index.cues.length);
    CUE_COUNTERS.set(index, out);
  }
  return out;
}

const CUES_BY_ID = new WeakMap<KnowledgeIndex, Map<string, KnowledgeIndex['cues']>>();
/** An entity's cues, in the index's order; grouped once, since a long question can hit many cues. */
function cuesOf(index: KnowledgeIndex, id: string): KnowledgeIndex['cues'] {
  let byId = CUES_BY_ID.get(index);
  if (!byId) {
    byId = new Map();
    for (const c of index.cues) {
      const list = byId.get(c.id);
      if (list) list.push(c);
      else byId.set(c.id, [c]);
    }
    CUES_BY_ID.set(index, byId);
  }
  return byId.get(id) ?? [];
}

const GENERIC_STEMS = new Set([...GENERIC_CUE_WORDS].map(stem));
/** A cue word (stemmed) too generic to describe anything by itself: "model", "open", "source", "cost". */
function isGeneric(index: KnowledgeIndex, w: string): boolean {
  return GENERIC_CUE_WORDS.has(w) || GENERIC_STEMS.has(w) || index.metricWords.has(w) || index.metricStems.has(w);
}

// "instruct" is how a model is served, not another model ("Llama-3.1-405B-Instruct" is Llama 3.1 405B).
const VARIANT =
  /^(large|medium|small|mini|pro|max|plus|turbo|flash|nano|lite|coder|vision|sonnet|opus|haiku|next|preview)$/;
/** Where a version or variant that follows position `at` ends, or `at` when none follows. Years, percentages,
 * multiples and amounts are not versions ("Meta 2025", "Nvidia 60-75%", "DeepSeek 50,000 GPUs"). */
function versionEnd(
  tokens: Token[],
  at: number,
  index: KnowledgeIndex,
  sizes: number[],
  codes: ReadonlySet<string> = index.codes,
): number {
  const next = tokens[at];
  if (!next) return at;
  // A parameter count ("70B") that is not the named model's own size names another model.
  if (isNumeric(next.t) && next.gluedNext && tokens[at + 1]?.t === 'b' && !tokens[at + 1]!.gluedNext)
    return sizes.includes(Number(next.t)) ? at : at + 2;
  if (VARIANT.test(next.t)) return at + 1;
  // Glued letter+digits ("r2", "v4") that the knowledge does not mention.
  if (
    /^[a-z]{1,2}$/.test(next.t) &&
    next.gluedNext &&
    isNumeric(tokens[at + 1]?.t ?? '') &&
    !codes.has(`${next.t}${tokens[at + 1]!.t}`)
  )
    return at + 2;
  if (!isNumeric(next.t) || /^(19|20)\d\d$/.test(next.t) || Number(next.t) > 20) return at;
  let end = at + 1;
  while (tokens[end - 1]?.gluedNext && end < tokens.length) end++; // "4o", "70b"
  return end;
}

/** Letter+number codes each entity's own texts use, worked out once per index. */
const OWN_CODES = new WeakMap<KnowledgeIndex, Map<string, Set<string>>>();

/** The codes the named entities' own name, aliases, description and points use: after "DeepSeek", "V5" is a version
 * only if DeepSeek's texts say "V5" (the "v5" of Gemini's "TPU v5p" does not make "DeepSeek V5" known). */
function ownCodes(index: KnowledgeIndex, ids: string[]): Set<string> {
  const byId = OWN_CODES.get(index) ?? new Map<string, Set<string>>();
  OWN_CODES.set(index, byId);
  const out = new Set<string>();
  for (const id of ids) {
    let codes = byId.get(id);
    if (!codes) {
      codes = new Set();
      const e = index.entity(id);
      const texts = e ? [e.name, e.description, ...e.aliases, ...e.cues, ...e.points.map((p) => p.text)] : [];
      for (const text of texts) {
        const toks = tokenize(text);
        toks.forEach((t, i) => {
          if (t.gluedNext && toks[i + 1]) codes!.add(`${t.t}${toks[i + 1]!.t}`);
        });
      }
      byId.set(id, codes);
    }
    for (const c of codes) out.add(c);
  }
  return out;
}

/** Parameter counts (billions) of the models a mention names; a size after the name that is one of these is
 * the same model. */
function sizesOf(index: KnowledgeIndex, ids: string[]): number[] {
  return ids.flatMap((id) => {
    const e = index.entity(id);
    return e?.kind === 'models' && e.params_b ? [e.params_b] : [];
  });
}

/** Two vocabulary words of 3+ letters glued together, or undefined. */
function splitKnown(index: KnowledgeIndex, word: string): [string, string] | undefined {
  if (index.vocab.has(word) || !/^[a-z]+$/.test(word)) return undefined;
  for (let k = 3; k <= word.length - 3; k++) {
    const a = word.slice(0, k);
    const b = word.slice(k);
    if (index.vocab.has(a) && index.vocab.has(b) && !STOPWORDS.has(a) && !STOPWORDS.has(b)) return [a, b];
  }
  return undefined;
}

function isCapitalisedName(text: string, tok: Token): boolean {
  if (!/^[A-Z]/.test(text.slice(tok.start, tok.start + 1))) return false;
  // Sentence-initial capitals say nothing. The character before is found by stepping back over white space, not by
  // trimming the text before (quadratic over a long question's capitalised words).
  let k = tok.start - 1;
  while (k >= 0 && /\s/.test(text[k]!)) k--;
  return k >= 0 && !/[.!?:]/.test(text[k]!);
}

function groupRuns(positions: number[], tokens: Token[], text: string): string[] {
  const sorted = [...new Set(positions)].sort((a, b) => a - b);
  const out: string[] = [];
  let runStart = -1;
  let prev = -2;
  for (const p of [...sorted, -1]) {
    if (p === prev + 1) {
      prev = p;
      continue;
    }
    if (runStart >= 0) out.push(text.slice(tokens[runStart]!.start, tokens[prev]!.end));
    runStart = p;
    prev = p;
  }
  return out;
}

/** Every metric phrase found in the words, longest phrases first, with where it starts. A question word
 * matches a keyword as typed or without its plural/-ing ending ("growing" → grow), never the reverse
 * ("fund" ≠ funding). */
function scanMetrics(index: KnowledgeIndex, wordsIn: string[]): Array<{ metric: string; at: number; len: number }> {
  const raw = wordsIn.filter(Boolean);
  const light = raw.map(stemLight);
  // Each phrase's first occurrence, listed in phrase order (longest first), as a scan per phrase would give.
  const first = new Map<number, { metric: string; at: number; len: number }>();
  // Every word is looked up as typed, then lightly stemmed when that differs (no array or closure per word: this
  // runs over every word of every question, twice).
  const scan = (phrases: MetricPhrase[] | undefined, i: number) => {
    for (const { parts, metric, order } of phrases ?? []) {
      if (first.has(order) || i + parts.length > raw.length) continue;
      let all = true;
      for (let j = 0; j < parts.length && all; j++) all = raw[i + j] === parts[j] || light[i + j] === parts[j];
      if (all) first.set(order, { metric, at: i, len: parts.length });
    }
  };
  for (let i = 0; i < raw.length; i++) {
    scan(index.metricPhrasesByFirst.get(raw[i]!), i);
    if (light[i] !== raw[i]) scan(index.metricPhrasesByFirst.get(light[i]!), i);
  }
  const hits = [...first].sort((a, b) => a[0] - b[0]).map(([, hit]) => hit);
  // "market share": a metric named as a whole (metrics.yaml `whole`) leaves the words inside it no other metric.
  const wholes = hits.filter((h) => h.len > 1 && index.kb.metrics.get(h.metric)?.whole);
  if (!wholes.length) return hits;
  return hits.filter((h) => !wholes.some((w) => w.metric !== h.metric && h.at >= w.at && h.at + h.len <= w.at + w.len));
}

type MetricPhrase = NonNullable<ReturnType<KnowledgeIndex['metricPhrasesByFirst']['get']>>[number];

/** Every metric phrase the words name, with where it starts and how many words it takes, in word order. */
export function metricHits(
  index: KnowledgeIndex,
  wordsIn: string[],
): Array<{ metric: string; at: number; len: number }> {
  return scanMetrics(index, wordsIn).sort((a, b) => a.at - b.at || b.len - a.len);
}

/** Metric ids in the order the question names them (the earliest phrase; longer phrases win ties). */
export function metricsInOrder(index: KnowledgeIndex, wordsIn: string[]): string[] {
  const first = new Map<string, number>();
  for (const { metric, at } of scanMetrics(index, wordsIn))
    if (!first.has(metric) || at < first.get(metric)!) first.set(metric, at);
  return [...first].sort((a, b) => a[1] - b[1]).map(([m]) => m);
}

/** Words that ask for a sum of money without saying which: "what does it cost to fine-tune" asks the fine-tuning
 * cost, not a training cost beside it. */
const BARE_MONEY = new Set(['cost', 'costs']);

/** Metric ids named by the question's words, longest phrases first. A money metric named only by a bare "cost" gives
 * way to another money metric named right beside that word ("cost to fine-tune", "cost per million tokens"); one
 * named elsewhere in the question ("405B's cost vs Meta's AI spend") is another part of it. */
export function detectMetrics(index: KnowledgeIndex, wordsIn: string[]): string[] {
  const hits = scanMetrics(index, wordsIn);
  const words = wordsIn.filter(Boolean);
  // Kept per metric: asked again for every hit beside every bare one, a long question's scans were cubic.
  const bare = new Map<string, number[] | undefined>();
  const bareAt = (m: string) => {
    if (bare.has(m)) return bare.get(m);
    const at = hits.every((h) => h.metric !== m || (h.len === 1 && BARE_MONEY.has(words[h.at] ?? '')))
      ? hits.filter((h) => h.metric === m).map((h) => h.at)
      : undefined;
    bare.set(m, at);
    return at;
  };
  const namedBeside = (m: string, at: number[]) =>
    hits.some(
      (h) =>
        h.metric !== m &&
        bareAt(h.metric) === undefined &&
        index.isMoney(h.metric) &&
        at.some((a) => Math.abs(h.at - a) <= 3),
    );
  return [...new Set(hits.map((h) => h.metric))].filter((m) => {
    const at = index.isMoney(m) ? bareAt(m) : undefined;
    return !(at && namedBeside(m, at));
  });
}
