// Lookup structures built once at load: an exact alias map (the common path, no fuzzy search), a fuse.js
// index over names and aliases for typos, cue phrases for descriptions, and a BM25 index over facts.
import Fuse from 'fuse.js';
import { expandPhrase } from './cues.js';
import { allCues } from './descriptors.js';
import type { Knowledge } from './load.js';
import { cueWords, editDistance, phraseKey, STOPWORDS, tokenize, words } from './normalize.js';
import type { Entity, Figure, Point } from './schema.js';
import { isEnglish } from './wordlists.js';

/** A figure or a point, with the entity it belongs to and the words that find it. */
export interface Fact {
  entity: Entity;
  figure?: Figure;
  point?: Point;
  /** Term → weight for BM25 (topics and metric keywords weigh more than prose). */
  terms: Map<string, number>;
  length: number;
}

/** An alias phrase and the entity it names. */
interface AliasEntry {
  key: string;
  id: string;
}

/** A question's distinct terms (first-occurrence order), how often each occurs, its idf, and each one's place. */
interface QueryScoring {
  terms: string[];
  times: number[];
  idfs: number[];
  order: Map<string, number>;
}

/** A cue phrase's content words. */
export interface Cue {
  id: string;
  words: string[];
  /** Counted on top of the words matched when the whole cue matches: a proper name describes more than words. */
  bonus: number;
}

/** Light stemming so "costs"/"cost", "margins"/"margin", "licenses"/"licence" meet. */
export function stem(w: string): string {
  let s = STEMS.get(w);
  if (s === undefined) {
    if (STEMS.size >= MAX_STEMS) STEMS.clear();
    s = stemOnce(w);
    STEMS.set(w, s);
  }
  return s;
}

/** Bound on the idf memo (question words are unbounded); cleared when full. */
const MAX_IDF_MEMO = 50_000;

/** A long question's hits on one fact, by the question term's place, reused by every `score` call. */
const HIT_AT: number[] = [];
const HIT_VALUE: number[] = [];

/** Stems already worked out: a question stems each of its words many times over (cues, facts, mentions). */
const STEMS = new Map<string, string>();
/** Bound on the stem memo: a few times the knowledge's vocabulary; cleared when full. */
const MAX_STEMS = 50_000;

function stemOnce(w: string): string {
  let s = w.replace(/^licen[cs]e/, 'licence');
  if (s.length > 4 && s.endsWith('ies')) s = `${s.slice(0, -3)}y`;
  else if (s.length > 3 && s.endsWith('s') && !s.endsWith('ss') && !s.endsWith('us')) s = s.slice(0, -1);
  if (s.length > 5 && s.endsWith('ing')) s = s.slice(0, -3);
  else if (s.length > 4 && s.endsWith('ed')) s = s.slice(0, -2);
  // "cutting" → cut, "pricing"/"price" → pric, "caching"/"cache" → cach: both sides of a match fold the same way.
  if (s.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(s) && !/(ll|ss|zz)$/.test(s)) s = s.slice(0, -1);
  if (s.length > 4 && s.endsWith('e')) s = s.slice(0, -1);
  return s;
}

/** Plural and -ing only: metric keywords must not fold "funded" into "fund". */
export function stemLight(w: string): string {
  let s = w;
  if (s.length > 5 && s.endsWith('ing')) s = s.slice(0, -3);
  else if (s.length > 4 && s.endsWith('ies')) s = `${s.slice(0, -3)}y`;
  else if (s.length > 3 && s.endsWith('s') && !s.endsWith('ss') && !s.endsWith('us')) s = s.slice(0, -1);
  return s;
}

function addTerms(terms: Map<string, number>, text: string | undefined, weight: number): void {
  if (!text) return;
  for (const w of words(text)) {
    if (STOPWORDS.has(w)) continue;
    const k = stem(w);
    terms.set(k, Math.max(terms.get(k) ?? 0, weight));
  }
}

/** An entity's name and aliases as retrieval words. An alias that only spells a one-word name apart ("mini max" for
 * MiniMax, "deep seek") adds no words: its pieces are ordinary words ("max fine under the AI act") that are no part
 * of the name; the alias itself still resolves as typed. */
function nameWords(e: Entity): string[] {
  const name = words(e.name);
  if (name.length !== 1) return [e.name, ...e.aliases];
  return [e.name, ...e.aliases.filter((a) => words(a).length < 2 || words(a).join('') !== name[0])];
}

/** Everything the resolver and answerer look up, built once per knowledge load. */
export class KnowledgeIndex {
  readonly aliases = new Map<string, Set<string>>();
  /** Multi-word aliases with the spaces removed ("swe bench" → "swebench"), for names typed glued. */
  readonly gluedAliases = new Map<string, Set<string>>();
  /** Every leading run of words of a multi-word alias ("llama 2" of "llama 2 70b") → the ids it can complete to. */
  readonly aliasPrefixes = new Map<string, Set<string>>();
  readonly families = new Map<string, string[]>();
  /** Every leading run of words of every alias and family name, the whole name included: a run of a question's words
   * outside it starts no name, so the resolver stops widening a span there. */
  readonly namePrefixes = new Set<string>();
  /** Every leading run of words of every source name, the whole name included. */
  readonly sourcePrefixes = new Set<string>();
  /** A stemmed cue word → the positions in `cues` of the cues holding it, ascending: a question weighs only the cues
   * it shares a word with. */
  readonly cuesByWord = new Map<string, number[]>();
  readonly cues: Cue[] = [];
  readonly vocab = new Set<string>();
  /** Words that occur only in cue phrases: known when their cue fires, otherwise possibly an unknown name. */
  readonly cueOnly = new Set<string>();
  /** Well-known names the knowledge lacks (cues.yaml `other-names`): never corrected towards a known name. */
  readonly otherNames = new Set<string>();
  /** Letter+number codes the knowledge mentions ("v100", "h100", "k2"), so they are not taken for unknown chips. */
  readonly codes = new Set<string>();
  /** Single words that ask for a metric ("cost", "revenue"), for spotting "X cost" subjects. */
  readonly metricWords = new Set<string>();
  /** The same words stemmed, to compare with stemmed cue words. */
  readonly metricStems = new Set<string>();
  /** Vocabulary words by length, for typo correction. */
  readonly vocabByLength = new Map<number, string[]>();
  readonly facts: Fact[] = [];
  /** Content-word stems of each entity's name. */
  readonly nameStems = new Map<string, string[]>();
  /** Facts grouped by entity id. */
  readonly factsByEntity = new Map<string, Fact[]>();
  readonly docFreq = new Map<string, number>();
  /** idf per term, worked out once: facts and their counts are fixed after the constructor. */
  private readonly idfMemo = new Map<string, number>();
  /** Query terms made ready for scoring, per terms array (they live as long as the question that holds them). */
  private readonly scorings = new WeakMap<string[], QueryScoring>();
  readonly avgLength: number;
  readonly metricPhrases: Array<{ key: string; metric: string }> = [];
  /** The same phrases split into words and filed under their first word, with their place in `metricPhrases`,
   * so a question is scanned once instead of once per phrase. */
  readonly metricPhrasesByFirst = new Map<string, Array<{ parts: string[]; metric: string; order: number }>>();
  readonly maxAliasTokens: number;
  /** How questions name a source ("the wiki", "the who-pays essay", "osai") → source ids (sources.yaml aliases).
   * An entity's own name wins: "Epoch AI" stays the organisation the articles quote. */
  readonly sourceNames = new Map<string, string[]>();
  readonly maxSourceTokens: number;
  /** Words that set one article apart in its short names ("consortium", "lambert"): "the consortium essay" is the
   * team-sport piece even though "essay" alone could be either essay. */
  readonly sourceQualifiers = new Map<string, string>();
  /** The words short names end in ("essay", "piece", "argument"): what a qualifier must come before. */
  readonly sourceNouns = new Set<string>();
  /** Metric ids of each class (metrics.yaml `class`): money, ratio, trend, share, count, other. */
  private readonly metricsByClass = new Map<string, Set<string>>();
  /** Rounded figure values (and model sizes) → entity ids, for "the startup that raised $3.05B". */
  private readonly valueIndex = new Map<string, Set<string>>();
  /** One small fuse.js index per first letter: typos rarely change the first letter, and small indexes are fast. */
  private readonly fuseByLetter = new Map<string, Fuse<AliasEntry>>();
  /** Memo of fuzzy lookups and corrections; chat traffic repeats itself. */
  private readonly memo = new Map<string, unknown>();

  constructor(readonly kb: Knowledge) {
    const aliasEntries: AliasEntry[] = [];
    const addAlias = (text: string, id: string) => {
      const key = phraseKey(text);
      // "0.6" of "π0.6" (its letter lost in the key): a key without a letter is a number, never a name.
      if (!key || !/\p{L}/u.test(key)) return;
      if (!this.aliases.has(key)) this.aliases.set(key, new Set());
      this.aliases.get(key)!.add(id);
      aliasEntries.push({ key, id });
      const parts = key.split(' ');
      for (let n = 1; n < parts.length; n++) {
        const prefix = parts.slice(0, n).join(' ');
        if (!this.aliasPrefixes.has(prefix)) this.aliasPrefixes.set(prefix, new Set());
        this.aliasPrefixes.get(prefix)!.add(id);
      }
      if (key.includes(' ')) {
        const glued = key.replace(/ /g, '');
        if (!this.gluedAliases.has(glued)) this.gluedAliases.set(glued, new Set());
        this.gluedAliases.get(glued)!.add(id);
      }
    };
    for (const e of kb.entities.values()) {
      const generated = isGenerated(e);
      // A data-set name that is one ordinary word ("Falcon", "Writer", "Command") names nothing on its own.
      const add = (text: string) => {
        if (generated && isOrdinaryWord(text)) return;
        addAlias(text, e.id);
      };
      add(e.name);
      add(e.id.replace(/[-_.]/g, ' '));
      for (const a of e.aliases) add(a);
      if (e.family) {
        const fk = phraseKey(e.family);
        this.families.set(fk, [...(this.families.get(fk) ?? []), e.id]);
      }
      const cues = allCues(e);
      for (const c of cues)
        this.cues.push({
          id: e.id,
          words: cueWords(c.phrase).map(stem),
          bonus: c.bonus,
        });
      for (const text of generated ? [e.name, ...e.aliases] : [e.name, e.description, ...e.aliases])
        for (const w of words(text)) this.vocab.add(w);
      for (const c of cues) for (const w of words(c.phrase)) this.cueOnly.add(w);
      for (const p of e.points) for (const w of words(`${p.text} ${p.topics.join(' ')}`)) this.vocab.add(w);
      for (const text of [
        e.name,
        e.description,
        ...e.aliases,
        ...e.cues,
        ...e.points.map((p) => p.text),
        ...e.figures.map((f) => `${f.scope} ${f.of ?? ''}`),
      ]) {
        const toks = tokenize(text);
        toks.forEach((t, i) => {
          if (t.gluedNext && toks[i + 1]) this.codes.add(`${t.t}${toks[i + 1]!.t}`);
        });
      }
      for (const f of e.figures)
        for (const w of words(`${f.scope} ${f.of ?? ''} ${f.note ?? ''} ${f.period}`)) this.vocab.add(w);
    }
    // "chip layer" for "chips layer", "closed models layer" for "closed model layer": a hand-written alias of several
    // words also answers with an inner word's plural "s" added or dropped, where that names nothing else.
    for (const e of kb.entities.values()) {
      if (isGenerated(e)) continue;
      for (const a of [e.name, ...e.aliases])
        for (const key of numberVariants(phraseKey(a)))
          if (!this.aliases.has(key) && !this.families.has(key)) addAlias(key, e.id);
    }
    for (const m of kb.metrics.values()) {
      // Data-set metrics are asked for through the data-set answerers, which read their keywords themselves.
      if (m.data) continue;
      for (const k of [m.label, ...m.keywords]) {
        // Stemmed, so "growing" finds "grow" and "margins" finds "margin".
        const key = phraseKey(k);
        if (key) this.metricPhrases.push({ key, metric: m.id });
        for (const w of words(k)) this.vocab.add(w);
        if (words(k).length === 1) this.metricWords.add(words(k)[0]!);
      }
    }
    for (const w of this.metricWords) this.metricStems.add(stem(w));
    // "per the econ essay", "what does the wiki say": words naming an article are known words, not unknown names.
    // Data sets are named to the data-set answerers, which read their own names.
    for (const s of kb.sources.values())
      if (s.file)
        for (const w of words(`${s.id} ${s.name ?? ''} ${s.title} ${s.kind} ${s.author ?? ''}`)) this.vocab.add(w);
    // "ARPU $30/mo, CAC $300 — LTV?": business terms the user defines with numbers are words, not unknown names.
    for (const cue of kb.cues.values())
      if (cue.terms) for (const w of cue.phrases.flatMap(expandPhrase).flatMap(words)) this.vocab.add(w);
    for (const phrase of kb.cues.get('other-names')?.phrases.flatMap(expandPhrase) ?? []) {
      const key = phraseKey(phrase);
      if (key && !this.aliases.has(key)) this.otherNames.add(key);
    }
    for (const m of kb.metrics.values()) {
      if (!this.metricsByClass.has(m.class)) this.metricsByClass.set(m.class, new Set());
      this.metricsByClass.get(m.class)!.add(m.id);
    }
    for (const w of this.cueOnly) {
      if (this.vocab.has(w)) this.cueOnly.delete(w);
      else this.vocab.add(w);
    }
    this.metricPhrases.sort((a, b) => b.key.length - a.key.length);
    this.metricPhrases.forEach(({ key, metric }, order) => {
      const parts = key.split(' ');
      if (!this.metricPhrasesByFirst.has(parts[0]!)) this.metricPhrasesByFirst.set(parts[0]!, []);
      this.metricPhrasesByFirst.get(parts[0]!)!.push({ parts, metric, order });
    });
    for (const w of this.vocab) {
      if (!/^[a-z]+$/.test(w)) continue;
      const list = this.vocabByLength.get(w.length) ?? [];
      list.push(w);
      this.vocabByLength.set(w.length, list);
    }
    // A loop, not Math.max(...spread): spreading 100k aliases overflows the call stack.
    let maxTokens = 1;
    for (const k of this.aliases.keys()) maxTokens = Math.max(maxTokens, k.split(' ').length);
    this.maxAliasTokens = maxTokens;
    let maxSource = 1;
    // An article's own name, as replies cite it ("per Foundation Model Economics"), names it too.
    for (const src of kb.sources.values())
      for (const a of [...(src.file ? [src.name] : []), ...(src.aliases ?? [])]) {
        const key = phraseKey(a ?? '');
        if (!key || this.aliases.has(key)) continue;
        this.sourceNames.set(key, [...new Set([...(this.sourceNames.get(key) ?? []), src.id])]);
        maxSource = Math.max(maxSource, key.split(' ').length);
      }
    this.maxSourceTokens = maxSource;
    for (const key of this.aliases.keys()) addLeadingRuns(this.namePrefixes, key);
    for (const key of this.families.keys()) addLeadingRuns(this.namePrefixes, key);
    for (const key of this.sourceNames.keys()) addLeadingRuns(this.sourcePrefixes, key);
    this.cues.forEach((cue, n) => {
      for (const w of new Set(cue.words)) {
        const list = this.cuesByWord.get(w);
        if (list) list.push(n);
        else this.cuesByWord.set(w, [n]);
      }
    });
    const owners = new Map<string, Set<string>>();
    for (const src of kb.sources.values()) {
      if (!src.file) continue;
      for (const a of src.aliases ?? []) {
        const ws = words(a);
        if (ws.length > 1) this.sourceNouns.add(ws.at(-1)!);
        for (const w of ws.slice(0, -1))
          if (!STOPWORDS.has(w)) owners.set(w, new Set([...(owners.get(w) ?? []), src.id]));
      }
    }
    for (const [w, ids] of owners)
      if (ids.size === 1 && !this.sourceNouns.has(w)) this.sourceQualifiers.set(w, [...ids][0]!);
    const byLetter = new Map<string, AliasEntry[]>();
    const seenKeys = new Set<string>();
    for (const entry of aliasEntries) {
      const dedupe = `${entry.key}\u0000${entry.id}`;
      if (seenKeys.has(dedupe)) continue;
      seenKeys.add(dedupe);
      const letter = entry.key[0]!;
      const list = byLetter.get(letter);
      if (list) list.push(entry);
      else byLetter.set(letter, [entry]);
    }
    for (const [letter, entries] of byLetter)
      this.fuseByLetter.set(
        letter,
        new Fuse(entries, {
          keys: ['key'],
          includeScore: true,
          threshold: 0.3,
          ignoreLocation: true,
          minMatchCharLength: 3,
        }),
      );

    // Facts for retrieval: names weigh most, topics and metric keywords next, prose least. Data-set entities
    // carry no article facts; leaving them out keeps the articles' term weights as they were.
    for (const e of kb.entities.values()) {
      if (isGenerated(e)) continue;
      const nameTerms = new Map<string, number>();
      addTerms(nameTerms, nameWords(e).join(' '), 1.5);
      addTerms(nameTerms, e.cues.join(' '), 1.2);
      for (const figure of e.figures) {
        const terms = new Map(nameTerms);
        const metric = kb.metrics.get(figure.metric);
        addTerms(terms, metric ? [metric.label, ...metric.keywords].join(' ') : figure.metric, 1.2);
        addTerms(terms, `${figure.scope} ${figure.of ?? ''} ${figure.note ?? ''}`, 1);
        this.facts.push({ entity: e, figure, terms, length: terms.size });
      }
      for (const point of e.points) {
        const terms = new Map(nameTerms);
        addTerms(terms, point.text, 1);
        addTerms(terms, point.topics.join(' '), 2);
        this.facts.push({ entity: e, point, terms, length: terms.size });
      }
      const about = new Map(nameTerms);
      addTerms(about, e.description, 1);
      this.facts.push({ entity: e, terms: about, length: about.size });
    }
    for (const e of kb.entities.values()) {
      const values = e.figures.flatMap((f) => (f.range ? f.range : [f.value!]));
      if (e.kind === 'models' && e.params_b) values.push(e.params_b * 1e9);
      for (const v of values) {
        const key = valueKey(v);
        if (!this.valueIndex.has(key)) this.valueIndex.set(key, new Set());
        this.valueIndex.get(key)!.add(e.id);
      }
    }
    for (const e of kb.entities.values())
      this.nameStems.set(
        e.id,
        words(e.name)
          .filter((w) => !STOPWORDS.has(w))
          .map(stem),
      );
    for (const f of this.facts) {
      const list = this.factsByEntity.get(f.entity.id);
      if (list) list.push(f);
      else this.factsByEntity.set(f.entity.id, [f]);
    }
    let total = 0;
    for (const f of this.facts) {
      total += f.length;
      for (const t of f.terms.keys()) this.docFreq.set(t, (this.docFreq.get(t) ?? 0) + 1);
    }
    this.avgLength = total / Math.max(1, this.facts.length);
  }

  /** Whether a metric is a sum of money (a missing one is declined plainly rather than answered with prose). */
  isMoney(metric: string): boolean {
    return this.metricsByClass.get('money')?.has(metric) ?? false;
  }

  /** Whether a metric is a count of things (GPUs, users, parameters): "how many" asks for it outright. */
  isCount(metric: string): boolean {
    return this.metricsByClass.get('count')?.has(metric) ?? false;
  }

  /** Whether a metric is already a ratio (growth, price drop, cost ratio): never divided by something else. */
  isRatio(metric: string): boolean {
    return this.metricsByClass.get('ratio')?.has(metric) ?? false;
  }

  /** Whether a metric describes a trend or topic rather than one company's or model's own number. */
  isGeneral(metric: string): boolean {
    return this.kb.metrics.get(metric)?.general ?? false;
  }

  /** The metric itself when the entity has it, else its first near-synonym the entity has (metrics.yaml `near`). */
  ownMetric(entity: Entity, metric: string): string | undefined {
    const has = (m: string) => entity.figures.some((f) => f.metric === m);
    return has(metric) ? metric : this.kb.metrics.get(metric)?.near.find(has);
  }

  /** Metrics in the order a comparison prefers them when the question names none (metrics.yaml `compare_rank`). */
  comparableOrder(): string[] {
    return [...this.kb.metrics.values()]
      .filter((m) => m.compare_rank !== undefined)
      .sort((a, b) => a.compare_rank! - b.compare_rank!)
      .map((m) => m.id);
  }

  /** Entities with a figure equal (to three significant digits) to `value`. */
  /** Whether a model of this many billion parameters is known. */
  /** Whether a figure's scope speaks of models of this size ("fine-tuning one 7B model"): a size the sources price. */
  scopesSize(billions: number): boolean {
    return [...this.kb.entities.values()].some((e) =>
      e.figures.some((f) => [...f.scope.matchAll(/\b(\d+(?:\.\d+)?)B\b/g)].some((m) => Number(m[1]) === billions)),
    );
  }

  hasModelSize(billions: number): boolean {
    return [...this.kb.entities.values()].some((e) => e.kind === 'models' && e.params_b === billions);
  }

  entitiesWithValue(value: number): string[] {
    return [...(this.valueIndex.get(valueKey(value)) ?? [])];
  }

  entity(id: string): Entity | undefined {
    return this.kb.entities.get(id);
  }

  /** Inverse document frequency of a stemmed term. */
  idf(term: string): number {
    let v = this.idfMemo.get(term);
    if (v === undefined) {
      const n = this.facts.length;
      const df = this.docFreq.get(term) ?? 0;
      v = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      if (this.idfMemo.size >= MAX_IDF_MEMO) this.idfMemo.clear();
      this.idfMemo.set(term, v);
    }
    return v;
  }

  /** BM25 score of a fact for stemmed query terms. Iterates the smaller side, so a long question costs no
   * more per fact than the fact's own terms. */
  score(fact: Fact, queryTerms: string[]): number {
    const k1 = 1.2;
    const b = 0.5;
    let s = 0;
    const query = this.scoringOf(queryTerms);
    const norm = k1 * (1 - b + (b * fact.length) / this.avgLength);
    // Every fact is scored per question: plain arrays, no iterator or closure per call, and the same arithmetic in
    // the same order (the question's distinct terms in first-occurrence order).
    const { terms, times, idfs } = query;
    if (terms.length <= fact.terms.size) {
      for (let k = 0; k < terms.length; k++) {
        const w = fact.terms.get(terms[k]!);
        if (w) s += times[k]! * idfs[k]! * ((w * (k1 + 1)) / (w + norm));
      }
      return s;
    }
    // A long question: the fact's few terms are looked up instead, then summed in the question's order, as above
    // (floating-point sums depend on their order, and a tie between facts must break the same way).
    // The hits go in order into two arrays kept between calls (each term once, so no two share a place): no pair is
    // made per term of every fact scored.
    let n = 0;
    for (const [t, w] of fact.terms) {
      const k = query.order.get(t);
      if (k === undefined || !w) continue;
      const v = times[k]! * idfs[k]! * ((w * (k1 + 1)) / (w + norm));
      let j = n++;
      for (; j > 0 && HIT_AT[j - 1]! > k; j--) {
        HIT_AT[j] = HIT_AT[j - 1]!;
        HIT_VALUE[j] = HIT_VALUE[j - 1]!;
      }
      HIT_AT[j] = k;
      HIT_VALUE[j] = v;
    }
    for (let j = 0; j < n; j++) s += HIT_VALUE[j]!;
    return s;
  }

  /** A question's terms made ready to score facts against: each distinct term once, in first-occurrence order, with
   * how often it occurs and its idf. Worked out once per terms array (answerers score every fact against it). */
  private scoringOf(queryTerms: string[]): QueryScoring {
    let query = this.scorings.get(queryTerms);
    if (!query) {
      const counts = termCounts(queryTerms);
      const terms = [...counts.keys()];
      query = {
        terms,
        times: terms.map((t) => counts.get(t)!),
        idfs: terms.map((t) => this.idf(t)),
        order: new Map(terms.map((t, k) => [t, k])),
      };
      this.scorings.set(queryTerms, query);
    }
    return query;
  }

  /** Closest vocabulary word to a misspelt one, or undefined when nothing is close enough. */
  correct(word: string): string | undefined {
    if (word.length < 4 || !/^[a-z]+$/.test(word)) return undefined;
    return this.remember(`c:${word}`, () => this.closestWord(word));
  }

  private closestWord(word: string): string | undefined {
    const max = word.length <= 5 ? 1 : 2;
    let best: string | undefined;
    let bestD = max + 1;
    for (let len = word.length - max; len <= word.length + max; len++) {
      for (const v of this.vocabByLength.get(len) ?? []) {
        if (v[0] !== word[0] && word.length < 7) continue;
        const d = editDistance(word, v, bestD - 1);
        if (d < bestD) {
          bestD = d;
          best = v;
        }
      }
    }
    return best;
  }

  /** Fuzzy alias search (fuse.js) for a phrase that missed the exact map. */
  fuzzyAlias(phrase: string): { id: string; key: string; score: number } | undefined {
    return this.remember(`f:${phrase}`, () => {
      const hit = this.fuseByLetter.get(phrase[0] ?? '')?.search(phrase, { limit: 1 })[0];
      if (!hit || hit.score === undefined || hit.score > 0.3) return undefined;
      return { id: hit.item.id, key: hit.item.key, score: hit.score };
    });
  }

  private remember<T>(key: string, compute: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const value = compute();
    if (this.memo.size >= 10_000) this.memo.clear();
    this.memo.set(key, value);
    return value;
  }
}

/** The knowledge without the importer's entities (their data-set figures stay on hand-written entities). */
export function articleView(kb: Knowledge): Knowledge {
  const entities = new Map([...kb.entities].filter(([, e]) => !isGenerated(e)));
  // Not the whole knowledge, so not its cache key either.
  return { ...kb, entities, cache: undefined };
}

/** Whether an entity comes from the importer (knowledge/generated/) rather than the hand-written files. */
export function isGenerated(e: Entity): boolean {
  return e.file.startsWith('generated/');
}

/** Adds "a", "a b" and "a b c" for the key "a b c". */
function addLeadingRuns(set: Set<string>, key: string): void {
  const parts = key.split(' ');
  for (let n = 1; n <= parts.length; n++) set.add(parts.slice(0, n).join(' '));
}

/** How many words from `i` on form a run in `prefixes` (a set closed under shortening), at most `max`. */
export function prefixReach(prefixes: ReadonlySet<string>, words: string[], i: number, max: number): number {
  let key = '';
  let n = 0;
  for (let len = 1; len <= Math.min(max, words.length - i); len++) {
    key = len === 1 ? words[i]! : `${key} ${words[i + len - 1]}`;
    if (!prefixes.has(key)) break;
    n = len;
  }
  return n;
}

function isOrdinaryWord(text: string): boolean {
  const ws = words(text);
  return ws.length === 1 && /^[a-z]+$/.test(ws[0]!) && isEnglish(ws[0]!);
}

/** How often each term occurs, memoised on the array (answerers score every fact against the same terms). */
const countsMemo = new WeakMap<string[], Map<string, number>>();
function termCounts(terms: string[]): Map<string, number> {
  let counts = countsMemo.get(terms);
  if (!counts) {
    counts = new Map();
    for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
    countsMemo.set(terms, counts);
  }
  return counts;
}

/** Whether every term is among the question's terms; a set lookup, not a scan of a long question's terms. */
export function hasAllTerms(queryTerms: string[], wanted: string[]): boolean {
  const counts = termCounts(queryTerms);
  return wanted.every((w) => counts.has(w));
}

function valueKey(v: number): string {
  return Number(v.toPrecision(3)).toString();
}

/** A multi-word key with one inner word's plural "s" toggled ("chips layer" → "chip layer"); the last word, digits and
 * short words are left as they are. */
export function numberVariants(key: string): string[] {
  const parts = key.split(' ');
  if (parts.length < 2) return [];
  const out: string[] = [];
  for (let i = 0; i < parts.length - 1; i++) {
    const w = parts[i]!;
    if (!/^[a-z]{4,}$/.test(w)) continue;
    const other = w.endsWith('s') ? (w.endsWith('ss') ? undefined : w.slice(0, -1)) : `${w}s`;
    if (other) out.push([...parts.slice(0, i), other, ...parts.slice(i + 1)].join(' '));
  }
  return out;
}
