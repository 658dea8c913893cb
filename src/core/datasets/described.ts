// Models described instead of named: "tsinghua's 130B bilingual model from 2022", "the saudi oil giant's LLM",
// "google's 2023 successor to its 540B model". The question's attributes (organisation, country, size, year,
// traits from knowledge/descriptors.yaml, words of model names, the data set named) score every data-set model;
// one clear winner answers, a tie asks which, and a description nothing fits is declined rather than handed
// to an unrelated entity.

import { phrasePattern } from '../../knowledge/cues.js';
import type { Knowledge } from '../../knowledge/load.js';
import { nameKey, phraseKey, STOPWORDS } from '../../knowledge/normalize.js';
import type { DescriptorEntry, Entity } from '../../knowledge/schema.js';
import { isEnglish } from '../../knowledge/wordlists.js';
import { ANY_SIZE_BEFORE, nameWords, ORDINALS, wordFit, wordFits } from '../description-fit.js';

/** What a description resolves to. */
export type Described =
  | { kind: 'one'; entity: Entity; text: string; traitPhrases: string[] }
  | { kind: 'several'; text: string; candidates: Entity[] }
  | { kind: 'none'; text: string };

/** The attributes read from a question. */
export interface Description {
  orgs: Set<string>;
  /** The phrase that named the organisation or country, as typed (for replies). */
  orgText?: string;
  countries: Set<string>;
  traits: DescriptorEntry[];
  /** The phrases that named the traits ("open weights"): description, not what is asked. */
  traitPhrases: string[];
  paramsB?: number;
  /** The size follows "a", "an" or "any" ("a 70B model"): any model of that size, not one picked out. */
  anySize?: boolean;
  year?: number;
  month?: number;
  words: string[];
  first: boolean;
  /** "second-gen", "gen-5": the generation number a name carries ("TPU v2", "Sonnet 5"). */
  generation?: number;
  /** A chip noun ("chip", "TPU", "accelerator") without a model noun: chips are the candidates. */
  chipNoun: boolean;
  latest: boolean;
  /** "biggest", "largest" (`size`), "flagship" (`flagship`): the largest of the models the rest describes. */
  largest?: 'size' | 'flagship';
  /** A model noun ("model", "LLM", "chatbot") was written. */
  modelNoun: boolean;
}

type Model = Entity & { kind: 'models' };
/** A model or a chip: what a description can pick. */
type Thing = Entity & { kind: 'models' | 'chips' };

/** Words that say a model is meant. */
const MODEL_NOUN =
  /\b(?<!(business|pricing|revenue|cost|economic|operating|open[- ]source|subscription|licensing|api) )(model|llm|lm|chatbot|network|transformer|gpt)\b|\bthe \w+ one\b/;
/** "its open-weight 120B release", "the 70B open release": a release with a size is a model. */
const SIZED_RELEASE = /\b\d+(?:\.\d+)?\s?(?:b|t|bn)\b(?:[\s-]+[a-z-]+){0,2}[\s-]+release\b/;
/** "trained on huawei silicon": an organisation named for the hardware, not the model's maker. */
const TRAINED_ON = /\btrain(ed|s|ing)? (on|with) [^:;,?]+/g;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** "2023 USD", "2023-dollar", "in 2023 dollars": the money's year, not the model's. */
const YEAR =
  /\b(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?((?:19|20)\d\d)\b(?![- ]?(?:usd|us\$|dollars?|\$))/g;
/** "130B", "1.2-trillion-parameter", "a trillion-param": a size in parameters ($ amounts excluded; "8x7B" is a name's
 * experts × size, not a 7B model). */
const PARAMS =
  /(?<![$\d.,]|\d[x×])(\d+(?:\.\d+)?)\s?-?\s?(b|bn|billion|t|tn|trillion|m|million)\b(?![- ]?(?:tokens?|usd|dollars?|flop))/g;
/** One chip meant ("the second-gen TPU"); plural chips ("which GPUs") are the ones a model trained on. */
const CHIP_NOUN = /\b(chip|tpu|gpu|accelerator|asic|npu)\b/;
const GENERATION =
  /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))[- ]gen(?:eration)?\b|\bgen(?:eration)?[- ]?(\d+)\b/;
const MONEY = /(?:us)?\$\s?\d[\d,.]*\s?(?:k|m|mn|b|bn|t|thousand|million|billion|trillion)?\b/g;
const BARE_TRILLION = /\b(?<!\d[\s-]?)(?:a |one )?trillion[- ]param/;
/** "successor to its 540B model", "variant of its trillion-param K2": the thing the answer is related to. */
const RELATION = /\b(successor|follow[- ]?up|variant|version)\s+(?:to|of)\s+([^:;,?()]+)/;
/** Words that mark a served variant or a dated release of a model rather than a different model. */
const SERVING_WORD = /^(\d{4}|[bmkt]|instruct|chat|base|preview|latest|turbo|fast|hf|it|exp|v\d+)$/;
/** An order over the models a description names: by date (`first`, `latest`) or by size (`size`, `flagship`). */
type Order = 'first' | 'latest' | 'size' | 'flagship';
/** The cues (knowledge/cues.yaml) whose words order a maker's models rather than name one ("google's newest model",
 * "meta's biggest llama"), and the order each reads as. */
const ORDER_CUES: ReadonlyArray<{ cue: string; order: Order; afterMaker?: boolean }> = [
  { cue: 'order-earliest', order: 'first' },
  { cue: 'order-latest', order: 'latest' },
  { cue: 'order-largest', order: 'size' },
  { cue: 'order-largest-after-maker', order: 'size', afterMaker: true },
  { cue: 'order-flagship', order: 'flagship' },
];
/** The order words as patterns over a lower-cased question: "first" only when it does not start "first-gen"; a word
 * that orders only after a maker's possessive ("meta's big model") only there. */
function orderWords(kb: Knowledge): Array<{ words: RegExp; order: Order }> {
  const out: Array<{ words: RegExp; order: Order }> = [];
  for (const o of ORDER_CUES) {
    const source = phrasePattern(kb.cues.get(o.cue)?.phrases ?? []);
    if (!source) continue;
    const words = o.afterMaker ? `['’]s ${source.replace(/^\\b/, '')}` : source;
    out.push({ words: new RegExp(`${words}\\b(?![- ]gen)`), order: o.order });
  }
  return out;
}
/** The order words that are never words of a name either (date and size superlatives). */
const SUPERLATIVE = /^(newest|latest|earliest|biggest|largest|recent)$/;
/** Question words that are never model-name words, however names are spelled. */
const ASK_WORDS = new Set(
  `model models llm llms train trained training cost costs amortised amortized usd dollars epoch epochs compute
  flop flops hardware chip chips gpu gpus accelerator accelerators param params parameter parameters size count
  licence license index osai mot price prices token tokens context window open openness time hours days
  estimate estimates based lab labs company maker s`.split(/\s+/),
);

/** Builds the resolver over the knowledge's models and descriptors. */
export function createDescribedResolver(kb: Knowledge) {
  const models = [...kb.entities.values()].filter((e): e is Model => e.kind === 'models');
  const chips = [...kb.entities.values()].filter((e): e is Thing => e.kind === 'chips');
  const orders = orderWords(kb);
  /** The orders a lower-cased question asks for. */
  const ordersIn = (low: string) => new Set(orders.filter((o) => o.words.test(low)).map((o) => o.order));
  // Organisation phrases: names, aliases and cues of every organisation, then the descriptors' phrases.
  const orgPhrases: Array<{ key: string; orgs: string[]; country?: string }> = [];
  for (const e of kb.entities.values())
    if (e.kind === 'organisations')
      for (const n of [e.name, ...e.aliases, ...e.cues, ...(e.dataAliases ?? [])]) {
        const key = phraseKey(n);
        if (key.length >= 2) orgPhrases.push({ key, orgs: [e.id] });
      }
  // The first word of a longer organisation name, when no other organisation's name starts with it and it is no
  // English word: "Tsinghua" for Tsinghua University, "Acme" for Acme Labs.
  const firsts = new Map<string, string[]>();
  for (const e of kb.entities.values())
    if (e.kind === 'organisations') {
      const words = phraseKey(e.name).split(' ');
      if (words.length >= 2 && words[0]!.length >= 4 && !/\d/.test(words[0]!) && !isEnglish(words[0]!))
        firsts.set(words[0]!, [...(firsts.get(words[0]!) ?? []), e.id]);
    }
  for (const [key, ids] of firsts) if (ids.length === 1) orgPhrases.push({ key, orgs: ids });
  const traitPhrases: Array<{ key: string; d: DescriptorEntry }> = [];
  for (const d of kb.descriptors.values())
    for (const p of d.phrases) {
      const key = phraseKey(p);
      if (d.orgs || d.country) orgPhrases.push({ key, orgs: d.orgs ?? [], country: d.country });
      else traitPhrases.push({ key, d });
    }
  // One row per phrase, its organisations joined ("bigscience": the organisation's own name and a descriptor's);
  // longest phrases first, so "saudi oil giant" wins over "saudi".
  const byKey = new Map<string, { key: string; orgs: string[]; country?: string }>();
  for (const p of orgPhrases) {
    const had = byKey.get(p.key);
    if (!had) byKey.set(p.key, { ...p, orgs: [...p.orgs] });
    else {
      for (const o of p.orgs) if (!had.orgs.includes(o)) had.orgs.push(o);
      had.country ??= p.country;
    }
  }
  orgPhrases.splice(0, orgPhrases.length, ...byKey.values());
  orgPhrases.sort((a, b) => b.key.length - a.key.length);
  traitPhrases.sort((a, b) => b.key.length - a.key.length);
  // Phrases by their first word: a question is checked only against the phrases its own words can start.
  const orgsByFirst = byFirstWord(orgPhrases);
  const traitsByFirst = byFirstWord(traitPhrases);

  // Countries per organisation, from any of its rows ("AI Sweden" rows without one borrow a sibling's).
  const orgCountries = new Map<string, Set<string>>();
  const countriesOf = (m: Thing) =>
    (m.kind === 'models' ? (m.country ?? '') : '')
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean);
  for (const m of models)
    if (m.org) for (const c of countriesOf(m)) orgCountries.set(m.org, (orgCountries.get(m.org) ?? new Set()).add(c));
  // Keys of the organisation names models and chips carry as written, worked out once per name.
  const writtenKeys = new Map<string, string>();
  const writtenKey = (text: string) => {
    let key = writtenKeys.get(text);
    if (key === undefined) {
      key = phraseKey(text);
      writtenKeys.set(text, key);
    }
    return key;
  };
  const orgKeyOf = new Map<string, string>();
  for (const e of kb.entities.values()) if (e.kind === 'organisations') orgKeyOf.set(e.id, phraseKey(e.name));
  // The points each description word earns each model and chip (wordFit), indexed once rather than worked out per model.
  const fitted = new Set<Entity>([...models, ...chips]);
  const fitsOf = wordFits([...fitted]);
  // The serving words of each name ("instruct", "2512"), worked out once per model rather than per description.
  const servingWords = new Map<string, string[]>();
  const servingWordsOf = (m: Thing) => {
    let w = servingWords.get(m.id);
    if (!w) {
      w = nameKey(m)
        .split(' ')
        .filter((x) => SERVING_WORD.test(x));
      servingWords.set(m.id, w);
    }
    return w;
  };

  /** Reads the attributes of a question (`cut`: phrases to ignore, such as a data set's name). */
  function describe(text: string, cut: string[] = []): Description {
    const low = text.toLowerCase();
    const orders = ordersIn(low);
    let key = ` ${phraseKey(text)} `;
    for (const c of cut) key = key.replace(c, ' ');
    const d: Description = {
      orgs: new Set(),
      countries: new Set(),
      traits: [],
      traitPhrases: [],
      words: [],
      first: orders.has('first'),
      chipNoun: CHIP_NOUN.test(low),
      latest: orders.has('latest'),
      largest: orders.has('size') ? 'size' : orders.has('flagship') ? 'flagship' : undefined,
      modelNoun: MODEL_NOUN.test(low) || SIZED_RELEASE.test(low),
    };
    // Removing a phrase never adds a word, so the phrases the first key's words start are all that can match.
    const present = new Set(key.split(' '));
    for (const p of candidates(orgPhrases, orgsByFirst, present)) {
      if (!key.includes(` ${p.key} `)) continue;
      for (const o of p.orgs) d.orgs.add(o);
      if (p.country) d.countries.add(p.country);
      d.orgText ??= p.key;
      key = key.replace(` ${p.key} `, ' ');
    }
    for (const p of candidates(traitPhrases, traitsByFirst, present)) {
      if (!key.includes(` ${p.key} `)) continue;
      if (!d.traits.includes(p.d)) d.traits.push(p.d);
      d.traitPhrases.push(p.key);
      key = key.replace(` ${p.key} `, ' ');
    }
    for (const m of low.matchAll(YEAR)) {
      d.year = Number(m[2]);
      if (m[1]) d.month = MONTHS.indexOf(m[1]) + 1;
    }
    for (const m of low.matchAll(PARAMS)) {
      const unit = m[2]![0];
      const near = low.slice(Math.max(0, m.index - 3), m.index);
      if (near.includes('$')) continue;
      d.paramsB = Number(m[1]) * (unit === 't' ? 1000 : unit === 'm' ? 0.001 : 1);
      d.anySize = ANY_SIZE_BEFORE.test(low.slice(Math.max(0, m.index - 40), m.index));
    }
    if (d.paramsB === undefined && BARE_TRILLION.test(low)) d.paramsB = 1000;
    const gen = GENERATION.exec(low);
    if (gen) d.generation = gen[2] ? Number(gen[2]) : ORDINALS.indexOf(gen[1]!) + 1 || Number.parseInt(gen[1]!, 10);
    if (gen) key = key.replace(` ${phraseKey(gen[0])} `, ' ');
    // A size already read is not also a name word ("15B" would favour names that spell "15 B").
    for (const m of low.matchAll(PARAMS)) key = key.replace(` ${phraseKey(m[0])} `, ' ');
    // Sums of money ("Google's $191M model") describe by a figure, which is the articles' to match.
    for (const m of low.matchAll(MONEY)) key = key.replace(` ${phraseKey(m[0])} `, ' ');
    d.words = key
      .trim()
      .split(' ')
      .filter(
        (w) =>
          (w.length > 1 || /\d/.test(w)) &&
          !STOPWORDS.has(w) &&
          !ASK_WORDS.has(w) &&
          !SUPERLATIVE.test(w) &&
          !/^(19|20)\d\d$/.test(w),
      );
    // "the biggest": a size superlative picks by measured size, not by "large" or "max" in a name.
    if (d.largest === 'size') {
      const at = d.traits.findIndex((t) => t.id === 'large');
      if (at >= 0) d.traits.splice(at, 1);
    }
    return d;
  }

  const sizeOf = (m: Thing): number | undefined => {
    if (m.kind !== 'models') return undefined;
    if (m.params_b) return m.params_b;
    const f = [...m.figures, ...(m.data ?? [])].find((x) => x.metric === 'parameters' && x.value);
    if (f?.value) return f.value / 1e9;
    const s = /\b(\d+(?:\.\d+)?) ?([bt])\b/.exec(nameKey(m));
    return s ? Number(s[1]) * (s[2] === 't' ? 1000 : 1) : undefined;
  };
  /** Training compute in FLOP as the data sets give it, for comparing sizes where parameters are unknown. */
  const computeOf = (m: Thing): number | undefined =>
    m.kind === 'models' ? (m.data ?? []).find((f) => f.metric === 'training_compute' && f.value)?.value : undefined;
  const yearOf = (m: Thing) => (m.released ? Number(m.released.slice(0, 4)) : m.kind === 'models' ? m.year : undefined);
  // A chip's maker is written as a name ("Amazon AWS"): it counts when it holds the organisation's name.
  const inOrg = (m: Thing, orgs: Set<string>): boolean =>
    m.kind === 'chips'
      ? [...orgs].some((o) => {
          const k = orgKeyOf.get(o);
          return k !== undefined && ` ${writtenKey(m.manufacturer ?? '')} `.includes(` ${k} `);
        })
      : (m.org !== undefined && orgs.has(m.org)) ||
        [...orgs].some((o) => {
          const k = orgKeyOf.get(o);
          return k !== undefined && ` ${writtenKey(m.org_as_written ?? '')} `.includes(` ${k} `);
        });
  // Models by organisation id, by each word of the organisation name they carry as written, and by country, built on
  // the first description that names one: such a description scores only the models that can be its organisation's
  // or country's (in model order, as a scan would meet them) instead of every model of a 100k-model folder.
  let orgIndex: { byOrg: Map<string, Model[]>; byWritten: Map<string, Model[]>; byCountry: Map<string, Model[]> };
  const position = new Map<Thing, number>();
  function indexOrgs() {
    const add = (map: Map<string, Model[]>, key: string, m: Model) => {
      const list = map.get(key);
      if (list) list.push(m);
      else map.set(key, [m]);
    };
    orgIndex = { byOrg: new Map(), byWritten: new Map(), byCountry: new Map() };
    models.forEach((m, i) => {
      position.set(m, i);
      if (m.org) add(orgIndex.byOrg, m.org, m);
      for (const w of new Set(writtenKey(m.org_as_written ?? '').split(' '))) add(orgIndex.byWritten, w, m);
      const own = countriesOf(m);
      for (const c of new Set(own.length ? own : [...(m.org ? (orgCountries.get(m.org) ?? []) : [])]))
        add(orgIndex.byCountry, c, m);
    });
    return orgIndex;
  }
  /** The models a description's organisations or countries can pick (a superset `score` checks exactly), in model
   * order; every model when it names neither. */
  function modelsFor(d: Description): Thing[] {
    if (!d.orgs.size && !d.countries.size) return models;
    const { byOrg, byWritten, byCountry } = orgIndex ?? indexOrgs();
    const found = new Set<Model>();
    const addAll = (list: Model[] | undefined) => {
      for (const m of list ?? []) found.add(m);
    };
    for (const o of d.orgs) {
      addAll(byOrg.get(o));
      const k = orgKeyOf.get(o);
      if (k !== undefined) addAll(byWritten.get(k.split(' ')[0]!));
    }
    for (const c of d.countries) addAll(byCountry.get(c));
    return [...found].sort((a, b) => position.get(a)! - position.get(b)!);
  }
  const inCountry = (m: Thing, countries: Set<string>) => {
    const own = countriesOf(m);
    const org = m.kind === 'models' ? m.org : undefined;
    const all = own.length ? own : [...(org ? (orgCountries.get(org) ?? []) : [])];
    return all.some((c) => countries.has(c));
  };
  const showsTrait = (m: Thing, t: DescriptorEntry) =>
    (t.name_words ?? []).some((w) => nameWords(m).includes(w)) ||
    (m.kind === 'models' &&
      ((t.tasks ?? []).some((x) => (m.tasks ?? []).some((y) => y.includes(x))) ||
        (t.access !== undefined && (m.access ?? '').startsWith(t.access))));

  /** Scores candidates by a description; hard attributes (organisation, country, size, year) filter. `holds`: the
   * model holds what is asked (a training figure, a price), worth a point. */
  function score(d: Description, pool: Thing[], holds?: (m: Thing) => boolean): Array<{ m: Thing; s: number }> {
    const out: Array<{ m: Thing; s: number }> = [];
    const said = new Set([...d.words, ...d.traits.flatMap((t) => t.name_words ?? [])]);
    // Each word's points per model, looked up rather than worked out per model; words no model fits are skipped.
    const fits = d.words.map(fitsOf).filter((f) => f.size > 0);
    for (const m of pool) {
      if ((d.orgs.size || d.countries.size) && !(inOrg(m, d.orgs) || (d.countries.size && inCountry(m, d.countries))))
        continue;
      // A generation asked is a number the name carries ("second-gen TPU" → TPU v2), not a near one.
      // Its own name only: aliases spell versions apart ("claude-3-5-sonnet" would carry a 5).
      if (d.generation !== undefined && !nameKey(m).split(' ').includes(String(d.generation))) continue;
      let s = d.generation !== undefined ? 2 : 0;
      if (d.paramsB !== undefined) {
        const p = sizeOf(m);
        if (p !== undefined && Math.abs(p - d.paramsB) / d.paramsB > 0.1) continue;
        s += p === undefined ? -1 : 2;
      }
      if (d.year !== undefined) {
        const y = yearOf(m);
        if (y !== undefined && y !== d.year) continue;
        s += y === undefined ? -1 : 1;
        if (d.month && m.released && Number(m.released.slice(5, 7)) === d.month) s += 1;
      }
      for (const t of d.traits) if (showsTrait(m, t)) s += 2;
      // Points are whole numbers, so summing them in any order gives the same score.
      if (fitted.has(m)) for (const f of fits) s += f.get(m) ?? 0;
      else for (const w of d.words) s += wordFit(m, w);
      if (holds?.(m)) s += 1;
      // Serving words, sizes and dates the question does not say ("Turbo", "123B Instruct 2512") count a little
      // against a name: only enough to prefer the plain release over its served variants.
      let extra = 0;
      for (const w of servingWordsOf(m)) if (!said.has(w)) extra++;
      out.push({ m, s: s - extra * 0.25 });
    }
    return out.sort((a, b) => b.s - a.s);
  }

  /** The one model a description means, the tied candidates, or none; undefined when it describes no model. */
  function resolve(
    text: string,
    opts: { cut?: string[]; pool?: (m: Thing) => boolean; fits?: (m: Thing) => boolean; named?: string[] } = {},
  ): Described | undefined {
    const low = text.toLowerCase();
    const rel = RELATION.exec(low);
    const main = (rel ? low.replace(rel[0], ' ') : low).replace(TRAINED_ON, ' ');
    const d = describe(main, opts.cut);
    // "its successor to the 540B model": the model noun may sit in the related part.
    d.modelNoun ||= MODEL_NOUN.test(low);
    const hard = d.orgs.size + d.countries.size > 0;
    // "fine-tune a 70B model": a size alone, with an indefinite article, describes any model of that size; models that
    // merely share it are not candidates to choose between.
    if (d.anySize && !hard && d.year === undefined && d.generation === undefined && !rel) return undefined;
    // A year alone with an organisation is a company question ("meta's spend in 2025"); "the lab's models" in the
    // plural, with nothing singling one out, asks about them all.
    const singles =
      Number(d.paramsB !== undefined) + d.traits.length + Number(rel !== null) + Number(d.generation !== undefined);
    const plural = /\bmodels\b/.test(low) && !/\bmodel\b/.test(low);
    if (plural && singles === 0 && !opts.named) return undefined;
    const many = singles + Number(d.year !== undefined);
    // `named`: a name is written too ("LLM360's K2"), which is attribute enough beside an organisation.
    // A chip noun ("google's second-generation TPU") picks among chips instead of models.
    const chipsAsked = d.chipNoun && !d.modelNoun;
    // A size is said only of a model ("openai's open-weight 120b"): it stands for the noun. Only a size in billions or
    // more does: "1.2M" beside "aws" is a budget or a count, not a model's size.
    const enough =
      d.modelNoun ||
      chipsAsked ||
      d.generation !== undefined ||
      (d.paramsB !== undefined && d.paramsB >= 1 && !d.anySize) ||
      Boolean(opts.named?.length);
    if (!(hard && enough) && !(d.modelNoun && many >= 2)) return undefined;
    // Only an organisation and "model": one model by it answers; several are the articles' to talk about.
    const ordered = d.latest || d.first || d.largest !== undefined;
    const telling = many > 0 || d.words.length > 0 || Boolean(opts.named?.length) || ordered;
    const typed = describedText(text);
    let pool: Thing[] = chipsAsked ? chips : modelsFor(d).filter((m) => !opts.pool || opts.pool(m));
    if (rel && !chipsAsked) {
      // The related model first ("its 540B model"), with the organisation the question names.
      const base = describe(rel[2]!, opts.cut);
      for (const o of d.orgs) base.orgs.add(o);
      for (const c of d.countries) base.countries.add(c);
      const ranked = score(base, modelsFor(base));
      if (!ranked.length) return { kind: 'none', text: typed };
      const top = ranked.filter((r) => r.s === ranked[0]!.s).map((r) => r.m);
      // Tied bases ("K2", "K2 Thinking" for a trillion-param K2): the shortest name is the family's base.
      const b = top.sort((x, y) => x.name.length - y.name.length)[0]!;
      const stem = nameKey(b);
      const first = stem.split(' ')[0]!;
      pool = pool.filter((m) => {
        const k = nameKey(m);
        if (m.id === b.id) return false;
        if (rel[1] === 'variant' || rel[1] === 'version') return k.startsWith(`${stem} `);
        const maker = b.kind === 'models' ? (b.org ?? '') : '';
        return k.split(' ')[0] === first && (m.released ?? '') > (b.released ?? '') && inOrg(m, new Set([maker]));
      });
    }
    const ranked = score(d, pool, opts.fits);
    // A chip described by a maker that makes none ("DeepSeek's GPU") is no chip description.
    if (chipsAsked && !ranked.length) return undefined;
    if (!ranked.length) return telling ? { kind: 'none', text: typed } : undefined;
    // What the description itself says of the best candidates, without the bonus for holding the figure asked.
    const said = score(
      d,
      ranked.slice(0, 12).map((r) => r.m),
    );
    if (ranked.length > 1 && !((said[0]!.s > 0 || ordered) && telling)) return undefined;
    let top = ranked.filter((r) => r.s === ranked[0]!.s).map((r) => r.m);
    // A successor is the next generation of the name ("PaLM" → "PaLM 2") where one exists.
    if (top.length > 1 && rel?.[1] === 'successor') {
      const next = top.filter((m) => /^\S+ \d+(\.\d+)?$/.test(nameKey(m)));
      if (next.length) top = next;
    }
    // "meta's biggest llama", "google's 2023 flagship": the one with the largest known size (parameters, else
    // training compute); a tie or no size known leaves them tied.
    if (d.largest) {
      // Served variants' small penalty ("Base 2512") does not hide the biggest release, nor does lacking the figure
      // asked: the biggest is the biggest whatever the data sets hold for it.
      const all = score(
        d,
        ranked.map((r) => r.m),
      );
      const near = all.filter((r) => r.s > all[0]!.s - 1).map((r) => r.m);
      if (near.length > 1) top = near;
    }
    if (top.length > 1 && d.largest) {
      // Parameters where any candidate has them, else training compute: one measure for all compared.
      const measure = top.some((m) => sizeOf(m) !== undefined) ? sizeOf : computeOf;
      const known = top.filter((m) => measure(m) !== undefined);
      const max = Math.max(...known.map((m) => measure(m)!));
      const biggest = known.filter((m) => measure(m) === max);
      if (biggest.length) top = biggest;
    }
    if (top.length > 1 && (d.first || d.latest || rel?.[1] === 'successor')) {
      const byDate = top.filter((m) => m.released).sort((a, b) => a.released!.localeCompare(b.released!));
      // The newest only among dated candidates all: an undated one (a price list's row) may be newer.
      const pick = d.latest ? (byDate.length === top.length ? byDate.at(-1) : undefined) : byDate[0];
      if (pick) top = [pick];
    }
    // A name typed beside another maker's ("minimax m4") stands unless the winner carries it ("LLM360's K2" → K2
    // Think V2) or the description says more than the name (a size, a year, a trait).
    const carriesName = (m: Thing) => (opts.named ?? []).some((n) => ` ${nameKey(m)}`.includes(` ${phraseKey(n)}`));
    if (opts.named?.length && many === 0 && !top.some(carriesName)) return undefined;
    if (top.length === 1) return { kind: 'one', entity: top[0]!, text: typed, traitPhrases: d.traitPhrases };
    // Asking which anyway: a release that trails only by words the question does not say ("gpt-oss-120b" beside
    // "GPT-2" for "openai's open-weight model") is as much a choice as they are.
    const near = ranked.filter((r) => r.s > ranked[0]!.s - 0.5).map((r) => r.m);
    if (near.length <= 8 && !d.largest && !d.latest && !d.first) top = near;
    // Many alike means the description tells them apart too little to list.
    if (top.length > 8) return undefined;
    return { kind: 'several', text: typed, candidates: top };
  }

  return { resolve, describe, related: (text: string) => RELATION.test(text.toLowerCase()) };
}

/** Indexes of phrases by their first word (phrases keep their order: longest first). */
function byFirstWord(phrases: Array<{ key: string }>): Map<string, number[]> {
  const out = new Map<string, number[]>();
  phrases.forEach((p, i) => {
    const first = p.key.split(' ')[0]!;
    const list = out.get(first);
    if (list) list.push(i);
    else out.set(first, [i]);
  });
  return out;
}

/** The phrases whose first word is present, in their list's order. */
function candidates<T>(phrases: T[], byFirst: Map<string, number[]>, present: Set<string>): T[] {
  const at: number[] = [];
  for (const w of present) for (const i of byFirst.get(w) ?? []) at.push(i);
  return at.sort((a, b) => a - b).map((i) => phrases[i]!);
}

/** The described part of a question, for replies: up to the first colon, dash or question mark. */
function describedText(text: string): string {
  const head = text.split(/[:?]|\s[-–—]\s/)[0]!.trim();
  return head.length > 80 ? `${head.slice(0, 77)}…` : head;
}
