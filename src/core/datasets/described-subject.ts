// Where a described model enters the data-set answerers: a question that names no model ("the saudi oil giant's
// LLM"), or names one that the organisation it also names did not make ("LLM360's K2", "AI21's … SSM-transformer"),
// or names one lacking the data set it asks ("bigscience's BLOOM in the osai index"), is resolved by description.
import type { Knowledge } from '../../knowledge/load.js';
import { phraseKey } from '../../knowledge/normalize.js';
import type { Entity } from '../../knowledge/schema.js';
import { dataClarifyReply, dataUnknownReply } from '../replies.js';
import type { Reply } from '../types.js';
import { createDescribedResolver } from './described.js';
import { dataFigures } from './figures.js';
import type { DataMention } from './names.js';
import { modelPrices } from './price-answers.js';
import { trainingAsked } from './training-answers.js';

/** What the hook decides: a reply (ask which, or decline), or the model to answer about as if named. */
export type DescribedSubject =
  /** `several`: the models the description fits alike, newest first, for an ask-back that gives each one's figure. */
  | { reply: Reply; several?: { text: string; candidates: Entity[] } }
  /** `read`: the description as typed and the model it was read as, said beside the answer. */
  | { mentions: DataMention[]; asked: string; read: { phrase: string; name: string } }
  | undefined;

/** Words that ask for a token price or limit rather than a training figure. */
const PRICE_ASK = /\b(price|pricing|per[- ]?m\b|per million|mtok|input|output|context|api)\b/;

const escapeRegex = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Longest question, in characters, read for a description. */
const MAX_DESCRIBED = 400;

/** Words asking about a company or an article's argument rather than a model's data-set row. */
const COMPANY_ASK =
  /\b(revenue|valuation|valued|raised?|funding|rounds?|margin|losses|profit\w*|users?|mau|monthly active|employees|ipo|burn|invest\w*|ceo|founder|chapter|essay|wiki|article|author)\b/;

/** chipAttribute's patterns by name as typed: names recur across questions, and a pattern is compiled once. */
const CHIP_ATTRIBUTE = new Map<string, RegExp>();

/** Whether a chip's name is written as something counted or trained on: "how many A100s", "H100 count". */
function chipAttribute(q: string, name: string): boolean {
  // Both forms hold the name as written: a question without it is not searched.
  if (!q.includes(name.toLowerCase())) return false;
  let pattern = CHIP_ATTRIBUTE.get(name);
  if (!pattern) {
    const n = escapeRegex(name.toLowerCase());
    pattern = new RegExp(
      `\\b(how many|number of|count of|train(ed|ing)? on)( \\w+)? ${n}|\\b${n}s? (count|cluster|chips|gpus|quantity)\\b`,
    );
    if (CHIP_ATTRIBUTE.size >= 512) CHIP_ATTRIBUTE.clear();
    CHIP_ATTRIBUTE.set(name, pattern);
  }
  return pattern.test(q);
}

/** The description itself, without the question around it: "what was google's 2023 flagship model's training
 * compute" → "google's 2023 flagship model's". */
function describedPhrase(text: string): string {
  const noun =
    /^.*\b(model|llm|flagship|release|one|chip|gpu|tpu|accelerator|biggest|largest|newest|latest)\b(['’]s)?/i.exec(
      text,
    );
  const head = noun ? noun[0] : text;
  return head.replace(/^(what|which|how)\b.*?\b(is|was|are|were|does|did|do)\s+(the\s+)?/i, '').trim() || text;
}

/** Builds the hook over the knowledge. */
export function createDescribedSubject(kb: Knowledge, entity: (id: string) => Entity | undefined) {
  const resolver = createDescribedResolver(kb);
  /** Whether a model carries the data set a question names (or any, when none is named). */
  const carries = (m: Entity, sources: Set<string>) =>
    m.kind === 'models' &&
    (!sources.has('osai-index') || Boolean(m.openness)) &&
    (!sources.has('mot') || Boolean(m.components?.length)) &&
    (!sources.has('epoch-models') || (m.data ?? []).some((f) => f.source === 'epoch-models') || Boolean(m.access)) &&
    (!sources.has('litellm') || modelPrices(m, entity).length > 0);

  /** Resolves a described subject; `sourceKeys` are the phrases that name data sets (not descriptions). */
  return function describedSubject(
    text: string,
    mentions: DataMention[],
    sources: Set<string>,
    sourceKeys: string[],
  ): DescribedSubject {
    // A description is a phrase in a question, not an essay: longer input is left to the name index alone.
    if (text.length > MAX_DESCRIBED) return undefined;
    const q = text.toLowerCase();
    // A company's own figures ("meta's ad revenue", "what the CEO said") are the articles', not a model's.
    if (COMPANY_ASK.test(q)) return undefined;
    const named = mentions.flatMap((m) => m.ids.map((id) => entity(id)).filter((e): e is Entity => Boolean(e)));
    // Chips counted or trained on ("how many A100s", "the H100 count") are what is asked of the model, not the subject.
    const attributes = new Set(
      mentions.flatMap((m) => {
        const chips = m.ids.filter((id) => entity(id)?.kind === 'chips');
        // Only a mention holding a chip can be one counted; the pattern is built and run for those alone.
        return chips.length && chipAttribute(q, m.text) ? chips : [];
      }),
    );
    const things = named.filter((e) => e.kind === 'models' || (e.kind === 'chips' && !attributes.has(e.id)));
    if (things.length && !resolver.related(text)) {
      // A model named: only worth a second look when the organisation named beside it did not make it, or when it
      // lacks the data set asked and its maker has another model that holds it.
      let rest = ` ${phraseKey(text)} `;
      for (const m of mentions)
        if (m.ids.some((id) => things.some((e) => e.id === id))) rest = rest.replace(` ${phraseKey(m.text)} `, ' ');
      const d = resolver.describe(rest, sourceKeys);
      if (!d.orgs.size || things.some((e) => e.kind === 'chips')) return undefined;
      // A model whose maker is not known may well be the organisation's ("alibaba's qwq-plus").
      const orgMade = things.some((e) => e.kind === 'models' && (!e.org || d.orgs.has(e.org)));
      const lacks = sources.size > 0 && !things.some((e) => carries(e, sources));
      if (orgMade && !lacks) return undefined;
    }
    const want = trainingAsked(q);
    const priceAsked = PRICE_ASK.test(q);
    const r = resolver.resolve(text, {
      cut: sourceKeys,
      named: mentions.filter((m) => m.ids.some((id) => things.some((e) => e.id === id))).map((m) => m.text),
      pool: (m) => carries(m, sources),
      // A figure the articles give the model counts as much as a data set's ("moonshot's trillion-param open model
      // cost to train": Kimi K2's $4.6M, which its 1T siblings lack).
      fits: (m) =>
        priceAsked
          ? modelPrices(m, entity).length > 0
          : want.some((metric) => dataFigures(m, metric).length > 0 || m.figures.some((f) => f.metric === metric)),
    });
    if (!r) return undefined;
    // A model named keeps its name unless the description clearly picks another.
    if (things.length && r.kind !== 'one') return undefined;
    if (r.kind === 'one') {
      // The words that described the model ("open-weights", "coding") are not what the question asks.
      let asked = q;
      for (const p of r.traitPhrases)
        asked = asked.replace(new RegExp(`\\b${p.split(' ').map(escapeRegex).join("[\\s'’-]+")}\\b`, 'g'), ' ');
      return {
        mentions: [{ ids: [r.entity.id], start: 0, end: 0, text: r.entity.name }],
        asked,
        read: { phrase: describedPhrase(r.text), name: r.entity.name },
      };
    }
    if (r.kind === 'several') {
      // "openai's open-weight model": of several alike, the newest is the likeliest meant; it comes first.
      const dated = (e: Entity) => (e.kind === 'models' ? (e.released ?? (e.year ? `${e.year}` : '')) : '');
      const candidates = [...r.candidates].sort((a, b) => dated(b).localeCompare(dated(a)));
      return {
        reply: {
          ...dataClarifyReply(
            r.text,
            candidates.map((e) => e.name),
          ),
          because: 'describes several models alike',
        },
        several: { text: r.text, candidates },
      };
    }
    // Nothing fits: declined, never handed to an unrelated entity.
    return { reply: { ...dataUnknownReply(r.text, []), because: 'describes a model the data sets lack' } };
  };
}
