// Subjects described instead of named: an owner and a trait ("the quant fund's reasoning model", "google's ultra",
// "the facebook parent's biggest 3.1 model", "reasoning model from the chinese lab"), a company by its place and kind
// ("the Hangzhou lab", "the french startup") or a person by their role ("anthropic's boss"). Each is read through the
// knowledge (an organisation's aliases, cues, country, based_in, people and the companies it owns; a model's name,
// aliases, cues, description, year and size) and, when exactly one thing fits, the question is read with its name,
// so every answerer downstream (the data sets' included) sees the subject as if it had been named. Nothing fits, or
// several do: the question is left as typed.

import { expandPhrase } from '../knowledge/cues.js';
import { allCues } from '../knowledge/descriptors.js';
import type { KnowledgeIndex } from '../knowledge/index.js';
import { stem } from '../knowledge/index.js';
import { STOPWORDS, tokenize } from '../knowledge/normalize.js';
import type { Entity } from '../knowledge/schema.js';
import { nameWords, ordinalNumber, wordFit } from './description-fit.js';
import { type Resolution, resolveQuery } from './resolve.js';

/** One description read as a name: what was typed and what it stands for. */
export interface NamedReading {
  phrase: string;
  name: string;
}

/** Nouns that end a description of a model: "the quant fund's reasoning model", "openai's 2023 flagship". */
const MODEL_NOUN = /^(model|flagship|llm|reasoner|release|one)$/;
/** Words of a description that describe any model, so they only break ties between candidates. */
const SOFT = new Set(
  'model flagship llm one release gen generation open weight weights closed source new own famous big ai top frontier'.split(
    ' ',
  ),
);
/** A role that names the person leading an organisation: "anthropic's boss" (the knowledge says "CEO"). */
const ROLE = /^(boss|chief|head|leader)$/;
/** A kind of organisation a description names after its place: "the hangzhou lab", "the french startup". */
const KIND_TYPES: Record<string, readonly string[]> = {
  lab: ['lab', 'research'],
  startup: ['startup'],
  fund: ['fund'],
  chipmaker: ['chipmaker'],
};
/** Country adjectives as users type them, per country as the knowledge writes it. */
const COUNTRY_WORDS: Record<string, readonly string[]> = {
  China: ['chinese', 'china'],
  France: ['french', 'france'],
  US: ['american', 'us', 'u.s'],
  UK: ['british', 'uk'],
};
/** The one-word order cues (knowledge/cues.yaml) a description's traits are read with: "biggest", "newest", "first". */
interface OrderWords {
  largest: Set<string>;
  newest: Set<string>;
  earliest: Set<string>;
}
const orderCache = new WeakMap<KnowledgeIndex, OrderWords>();
function orderWords(index: KnowledgeIndex): OrderWords {
  let out = orderCache.get(index);
  if (!out) {
    const words = (id: string) =>
      new Set((index.kb.cues.get(id)?.phrases ?? []).flatMap(expandPhrase).filter((p) => !p.includes(' ')));
    out = { largest: words('order-largest'), newest: words('order-latest'), earliest: words('order-earliest') };
    orderCache.set(index, out);
  }
  return out;
}
const POSSESSIVE_PRONOUN = /^(its|their)$/;

let last: { index: KnowledgeIndex; text: string; res: Resolution } | undefined;

/** The resolution of a question, kept for the one question being answered: a question with no description is
 * resolved once, here and when it is understood. */
export function resolveOnce(index: KnowledgeIndex, text: string): Resolution {
  if (last?.index === index && last.text === text) return last.res;
  const res = withoutExcluded(resolveQuery(index, text));
  last = { index, text, res };
  return res;
}

/** Words that set a name aside rather than ask about it: "trained w/o Nvidia", "instead of Nvidia". */
const EXCLUDING = /(?:^| )(?:without|w o|instead of|rather than|excluding|except|except for|apart from|other than)$/;

/** The resolution without names the question sets aside: they are no subject of it. A question made only of such
 * names keeps them (there is nothing else to answer about). */
function withoutExcluded(res: Resolution): Resolution {
  const excluded = (m: Resolution['mentions'][number]) =>
    m.via !== 'number' && EXCLUDING.test(res.words.slice(Math.max(0, m.start - 3), m.start).join(' '));
  const kept = res.mentions.filter((m) => !excluded(m));
  if (kept.length === res.mentions.length || !kept.some((m) => m.via !== 'number')) return res;
  return { ...res, mentions: kept };
}

/** Longest question searched for descriptions. */
const MAX_DESCRIBED_CHARS = 400;
/** Words without which no description below can be present: a possessive, "its", an owner after the noun, a kind of
 * company or a model noun. */
const MAY_DESCRIBE = /['’]s\b|\b(its|their|from|by|lab|labs|startup|fund|model|flagship|llm|one|version)\b/i;

interface Owner {
  start: number;
  end: number;
  orgs: Entity[];
  /** Described as one company ("the hangzhou lab"), not named: the description alone is read as its name. */
  alone?: boolean;
}

/** The question with each described subject read as its name, or undefined when nothing described fits one thing. */
export function nameDescribed(index: KnowledgeIndex, text: string): { text: string; read: NamedReading[] } | undefined {
  // Descriptions live in chat-length questions; a long message is not read twice for them.
  if (text.length > MAX_DESCRIBED_CHARS || !MAY_DESCRIBE.test(text)) return undefined;
  const tokens = tokenize(text);
  if (tokens.length < 2) return undefined;
  const res = resolveOnce(index, text);
  const words = res.words;
  const { models } = entityLists(index);
  const owners = findOwners(index, res);
  const orders = orderWords(index);
  // A comma, colon or dash between two words ends a description.
  const breakAfter = (k: number) =>
    /[,;:!?()]|\s[-–—]\s/.test(text.slice(tokens[k]!.end, tokens[k + 1]?.start ?? text.length));
  // "V3": a letter glued to a number is a name's part, not the stopword "v".
  const isStop = (k: number) =>
    STOPWORDS.has(words[k]!) && !tokens[k]?.gluedNext && !(k > 0 && tokens[k - 1]?.gluedNext);
  const ownerEndingAt = (k: number) => owners.find((o) => o.end - 1 === k);
  const lastOwnerBefore = (k: number) => owners.filter((o) => o.end <= k).at(-1);
  const edits: Array<{ start: number; end: number; name: string }> = [];
  /** The model is already named inside the description ("Meta's 405B model", "deepseek v3"): nothing to read. */
  const namedWithin = (start: number, end: number, model: Entity) =>
    res.mentions.some(
      (m) => (m.via === 'alias' || m.via === 'fuzzy') && m.ids.includes(model.id) && m.start < end && m.end > start,
    );
  const taken = (s: number, e: number) => edits.some((x) => s < x.end && e > x.start);

  for (let k = 0; k < words.length; k++) {
    // "anthropic's boss": the person leading the organisation.
    // "anthropic's boss": the person leading it, as the knowledge's facts name them ("CEO Dario Amodei").
    const roleOwner = ROLE.test(words[k]!) ? ownerEndingAt(k - 1) : undefined;
    if (roleOwner && roleOwner.orgs.length === 1 && !taken(roleOwner.start, k + 1)) {
      edits.push({ start: roleOwner.start, end: k + 1, name: `${roleOwner.orgs[0]!.name}'s CEO` });
      continue;
    }
    if (!MODEL_NOUN.test(words[k]!)) continue;
    // Traits run back from the noun to the owner ("google's ultra model") or to a stopword ("reasoning model from…").
    let j = k - 1;
    while (j >= 0 && !isStop(j) && !ownerEndingAt(j) && !breakAfter(j) && k - j <= 4) j--;
    let owner = j >= 0 ? ownerEndingAt(j) : undefined;
    let start = j + 1;
    let end = k + 1;
    if (!owner && j >= 0 && POSSESSIVE_PRONOUN.test(words[j]!)) {
      const before = lastOwnerBefore(j);
      if (before) owner = { ...before, start: j, end: j + 1 };
    }
    if (owner) start = owner.start;
    else if (/^(from|by|of|at)$/.test(words[k + 1] ?? '') && !breakAfter(k)) {
      // "reasoning model from the chinese lab": the owner follows.
      const at = words[k + 2] === 'the' ? k + 3 : k + 2;
      const after = owners.find((o) => o.start === at);
      if (after) {
        owner = after;
        end = after.end;
      }
    }
    if (!owner || taken(start, end)) continue;
    // The traits lie between the owner and the noun, or before the noun when the owner follows it.
    const traits = owner.end <= k ? words.slice(owner.end, k) : words.slice(start, k);
    const model = pickModel(
      models.filter((m) => m.kind === 'models' && owner!.orgs.some((o) => o.id === m.org)),
      traits,
      words[k]!,
      orders,
    );
    const at = owner.end <= k ? owner.end : start;
    if (!model || !traits.some((_w, i) => !isStop(at + i))) continue;
    const from = Math.min(owner.start, start);
    if (namedWithin(from, end, model)) continue;
    const variant = variantBefore(from, end, model);
    edits.push(variant ?? { start: from, end, name: model.name });
  }

  /** "openai's turbo version of <GPT-4>": the model whose name is the described one's with the trait added. */
  function variantBefore(
    at: number,
    end: number,
    model: Entity,
  ): { start: number; end: number; name: string } | undefined {
    if (!/^(version|variant|edition)$/.test(words[at - 2] ?? '') || words[at - 1] !== 'of') return undefined;
    let j = at - 3;
    while (j >= 0 && !isStop(j) && !ownerEndingAt(j) && at - 3 - j < 3) j--;
    const traits = words.slice(j + 1, at - 2);
    const head = `${tokenize(model.name)
      .map((t) => t.t)
      .join(' ')} `;
    const fit = models.filter(
      (m) =>
        tokenize(m.name)
          .map((t) => t.t)
          .join(' ')
          .startsWith(head) && traits.every((w) => nameWords(m).includes(w)),
    );
    if (!traits.length || fit.length !== 1) return undefined;
    const owner = j >= 0 ? ownerEndingAt(j) : undefined;
    return { start: owner ? owner.start : j + 1, end, name: fit[0]!.name };
  }

  // "google's ultra", "google's 540B one" without a noun: the word or two after the owner name one model, and the
  // description ends there ("meta's second-gen MTIA", "moonshot's kimi k2.5" go on to name something else).
  const endsAt = (k: number) =>
    k >= words.length ||
    isStop(k) ||
    MODEL_NOUN.test(words[k]!) ||
    breakAfter(k - 1) ||
    index.metricWords.has(words[k]!) ||
    index.metricStems.has(stem(words[k]!));
  for (const owner of owners) {
    for (const n of [1, 2]) {
      const traits = words.slice(owner.end, owner.end + n);
      if (traits.length < n || traits.some((w, i) => isStop(owner.end + i) || MODEL_NOUN.test(w))) break;
      if (n === 2 && breakAfter(owner.end)) break;
      // "$5B", "3-year": a sum or a span, not a name; a number names a model only glued to letters ("V3").
      if (/\$\s*$/.test(text.slice(0, tokens[owner.end]!.start))) break;
      const glued = (i: number) => tokens[i]!.gluedNext || Boolean(tokens[i - 1]?.gluedNext);
      if (traits.some((w, i) => /^\d/.test(w) && !glued(owner.end + i))) break;
      if (!endsAt(owner.end + n) || tokens[owner.end + n - 1]!.gluedNext || taken(owner.start, owner.end + n)) continue;
      const model = pickModel(
        models.filter((m) => m.kind === 'models' && owner.orgs.some((o) => o.id === m.org)),
        traits,
        '',
        orders,
        true,
      );
      if (model) {
        if (!namedWithin(owner.start, owner.end + n, model))
          edits.push({ start: owner.start, end: owner.end + n, name: model.name });
        break;
      }
    }
  }

  // "the hangzhou lab", "the french startup": a place and a kind that fit one organisation.
  for (const owner of owners) {
    if (!owner.alone || owner.orgs.length !== 1 || taken(owner.start, owner.end)) continue;
    edits.push({ start: owner.start, end: owner.end, name: owner.orgs[0]!.name });
  }

  if (!edits.length) return undefined;
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  const read: NamedReading[] = [];
  for (const e of edits) {
    let from = tokens[e.start]!.start;
    // "the quant fund's reasoning model" → "DeepSeek R1", not "the DeepSeek R1".
    const lead = /\bthe\s+$/i.exec(text.slice(at, from));
    if (lead) from -= lead[0].length;
    const to = tokens[e.end - 1]!.end + (/^['’]s\b/.test(text.slice(tokens[e.end - 1]!.end)) ? 2 : 0);
    const possessive = /^['’]s\b/.test(text.slice(tokens[e.end - 1]!.end, to));
    out += text.slice(at, from) + e.name + (possessive ? "'s" : '');
    read.push({ phrase: text.slice(from, to).trim(), name: e.name });
    at = to;
  }
  out += text.slice(at);
  return { text: out, read };
}

/** Organisations the question names or describes, with the companies they own ("the quant fund" owns DeepSeek), and
 * places with a kind of organisation ("the hangzhou lab"). An owner followed by a kind ("the quant fund's lab", "the
 * hedge-fund-backed lab") is the one company of that kind among them, and stands for that company alone (`alone`). */
function findOwners(index: KnowledgeIndex, res: Resolution): Owner[] {
  const lists = entityLists(index);
  const out: Owner[] = [];
  const words = res.words;
  const withOwned = (e: Entity): Entity[] => {
    const owned = e.kind === 'organisations' ? (e.owns ?? []) : [];
    return [e, ...owned.map((id) => index.entity(id)).filter((x): x is Entity => x !== undefined)];
  };
  /** The owner with a kind word after it ("…'s lab", "…-backed lab") narrowed to the one company of that kind. */
  const withKind = (o: Owner): Owner => {
    let at = o.end;
    if (/^(backed|owned|funded|run)$/.test(words[at] ?? '')) at++;
    if (words[at] === 'ai') at++;
    const kind = KIND_TYPES[words[at] ?? ''];
    const fit = kind ? o.orgs.filter((e) => e.kind === 'organisations' && kind.includes(e.type)) : [];
    // "the quant fund" is the fund itself; only a company it owns is told apart by a kind word.
    return fit.length === 1 && fit[0] !== o.orgs[0] ? { start: o.start, end: at + 1, orgs: fit, alone: true } : o;
  };
  for (const m of res.mentions) {
    if (m.ids.length !== 1) continue;
    if (m.via === 'cue' && (m.strength ?? 0) < 2) continue;
    const e = index.entity(m.ids[0]!);
    if (e?.kind !== 'organisations') continue;
    // A cue mention marks where its words start; it runs on over the words of the entity's cues ("quant fund").
    let end = m.end;
    if (m.via === 'cue') {
      const cueWords = new Set(allCues(e).flatMap((c) => tokenize(c.phrase).map((t) => t.t)));
      while (end < words.length && cueWords.has(words[end]!) && !STOPWORDS.has(words[end]!)) end++;
    }
    out.push(withKind({ start: m.start, end, orgs: withOwned(e) }));
  }
  // Names the resolver folded into a longer cue ("openai's 2023 flagship" read as a cue of GPT-4) still name an owner.
  // Only aliases whose first word the question holds can match, tried in the aliases' order as a scan of all would.
  const tried = new Set<number>();
  for (const w of words) for (const n of lists.aliasesByFirst.get(w) ?? []) tried.add(n);
  for (const n of [...tried].sort((a, b) => a - b)) {
    const [key, e] = lists.aliases[n]!;
    for (let k = 0; k + key.length <= words.length; k++) {
      if (key.every((w, i) => words[k + i] === w) && !out.some((o) => o.start === k))
        out.push(withKind({ start: k, end: k + key.length, orgs: withOwned(e) }));
    }
  }
  for (let k = 0; k < words.length; k++) {
    const byPlace = lists.byPlace.get(words[k]!);
    if (!byPlace) continue;
    const at = words[k + 1] === 'ai' || words[k + 1] === 'based' ? k + 2 : k + 1;
    const kind = KIND_TYPES[words[at] ?? ''];
    if (!kind) continue;
    const fit = byPlace.filter((o) => o.kind === 'organisations' && kind.includes(o.type));
    if (fit.length) out.push({ start: k, end: at + 1, orgs: fit, alone: fit.length === 1 });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The one model of the candidates every trait fits: numbers as a size, year, version or generation; "biggest",
 * "newest" and "first" as the largest, latest or earliest; other words in its name, aliases, cues or description.
 * Soft words ("flagship") only break a tie. `named`: the traits must hit the model's name or aliases ("google's
 * ultra"). */
function pickModel(
  candidates: Entity[],
  traitWords: string[],
  noun: string,
  orders: OrderWords,
  named = false,
): Entity | undefined {
  if (!candidates.length) return undefined;
  let pool = candidates;
  const soft: string[] = noun && noun !== 'one' ? [noun] : [];
  let hard = 0;
  const ordering = (w: string) => orders.largest.has(w) || orders.newest.has(w) || orders.earliest.has(w);
  // Superlatives pick among what the other traits leave: "the biggest 3.1 model", "meta's original llama".
  const ordered = [...traitWords.filter((w) => !ordering(w)), ...traitWords.filter(ordering)];
  for (let i = 0; i < ordered.length; i++) {
    const w = ordered[i]!;
    if (STOPWORDS.has(w)) continue;
    const next = ordered[i + 1];
    if (/^\d+(\.\d+)?$/.test(w)) {
      hard++;
      const n = Number(w);
      if (next === 'b' || next === 'billion') {
        pool = pool.filter((m) => m.kind === 'models' && m.params_b === n);
        i++;
      } else if (n >= 2015 && n <= 2030) pool = pool.filter((m) => m.kind === 'models' && m.year === n);
      else pool = pool.filter((m) => nameWords(m).includes(w));
    } else if (orders.largest.has(w)) {
      hard++;
      const sizes = pool.map((m) => (m.kind === 'models' ? m.params_b : undefined));
      if (pool.length > 1 && sizes.some((x) => x === undefined)) return undefined;
      const top = Math.max(...sizes.map((x) => x ?? -1));
      pool = pool.filter((m) => m.kind === 'models' && m.params_b === top);
    } else if (orders.earliest.has(w)) {
      // The articles hold a maker's recent models only: its first model is for the data sets' fuller list to find.
      return undefined;
    } else if (orders.newest.has(w)) {
      hard++;
      // Only when every candidate is dated (an undated one may be the newest or the first), by release date where a
      // data set gives one, else by year; models of the same date stay tied.
      const dates = pool.map(dateOf);
      if (pool.length > 1 && dates.some((d) => d === undefined)) return undefined;
      const sorted = (dates as string[]).slice().sort();
      const pick = sorted.at(-1)!;
      // A year alone ties with every date in that year: "2023" may be before or after "2023-02-24".
      pool = pool.filter((_m, n) => dates[n]!.startsWith(pick) || pick.startsWith(dates[n]!));
    } else if (ordinalNumber(w) !== undefined) {
      hard++;
      const n = String(ordinalNumber(w));
      pool = pool.filter((m) => nameWords(m).includes(n));
    } else if (SOFT.has(w) || w.length < 2) {
      soft.push(w);
    } else {
      hard++;
      pool = pool.filter((m) => wordFit(m, w, named) > 0);
    }
    if (!pool.length) return undefined;
  }
  if (named && !hard) return undefined;
  if (pool.length === 1) return hard || candidates.length === 1 ? pool[0] : undefined;
  // Several fit the hard traits: a soft word found in one only ("openai's 2023 flagship") decides.
  const scored = pool.map((m) => ({ m, n: soft.filter((w) => wordFit(m, w) > 0).length }));
  const best = Math.max(...scored.map((x) => x.n));
  const top = scored.filter((x) => x.n === best);
  return best > 0 && top.length === 1 ? top[0]!.m : undefined;
}

/** When a model came out, as text that sorts by date: its release date, else its year. */
function dateOf(m: Entity): string | undefined {
  if (m.kind !== 'models') return undefined;
  return m.released ?? (m.year !== undefined ? String(m.year) : undefined);
}

const aliasCache = new WeakMap<KnowledgeIndex, Array<[string[], Entity]>>();

/** Every organisation's name and aliases as word sequences (a few dozen organisations). */
/** What every question's scan for owners reads, built once per index rather than once per question. */
interface EntityLists {
  models: Entity[];
  aliases: Array<[string[], Entity]>;
  /** Positions in `aliases` by the alias's first word. */
  aliasesByFirst: Map<string, number[]>;
  /** Organisations based in a place or country a word names ("hangzhou", "chinese"), in the knowledge's order. */
  byPlace: Map<string, Entity[]>;
}
const listsCache = new WeakMap<KnowledgeIndex, EntityLists>();

function entityLists(index: KnowledgeIndex): EntityLists {
  let lists = listsCache.get(index);
  if (lists) return lists;
  const all = [...index.kb.entities.values()];
  const aliases = orgAliases(index);
  const aliasesByFirst = new Map<string, number[]>();
  aliases.forEach(([key], n) => {
    const list = aliasesByFirst.get(key[0]!);
    if (list) list.push(n);
    else aliasesByFirst.set(key[0]!, [n]);
  });
  const byPlace = new Map<string, Entity[]>();
  for (const o of all) {
    if (o.kind !== 'organisations') continue;
    const placeWords = new Set([
      ...(o.based_in ?? []).map((p) => p.toLowerCase()),
      ...(o.country !== undefined ? (COUNTRY_WORDS[o.country] ?? []) : []),
    ]);
    for (const w of placeWords) byPlace.set(w, [...(byPlace.get(w) ?? []), o]);
  }
  lists = { models: all.filter((e) => e.kind === 'models'), aliases, aliasesByFirst, byPlace };
  listsCache.set(index, lists);
  return lists;
}

function orgAliases(index: KnowledgeIndex): Array<[string[], Entity]> {
  let out = aliasCache.get(index);
  if (!out) {
    out = [...index.kb.entities.values()]
      .filter((e) => e.kind === 'organisations')
      .flatMap((e) => [e.name, ...e.aliases].map((a) => [tokenize(a).map((t) => t.t), e] as [string[], Entity]))
      .filter(([key]) => key.length > 0 && !(key.length === 1 && STOPWORDS.has(key[0]!)));
    aliasCache.set(index, out);
  }
  return out;
}
