// The engine: parse → resolve → answer or compute → Reply. Pure and synchronous after construction;
// adapters, the terminal and the digest all call `answer`.

import { articleView, KnowledgeIndex } from '../knowledge/index.js';
import type { Knowledge } from '../knowledge/load.js';
import type { Entity } from '../knowledge/schema.js';
import { chartAnswer } from './chart-answer.js';
import { type CommandSpec, ENGINE_COMMANDS } from './commands.js';
import { COMPARE_WORDS, compareAnswer } from './compare.js';
import type { ConversationContext } from './conversation/context.js';
import { describeTurn, resolveFollowUp } from './conversation/follow-up.js';
import { bestCandidate, entityAnswer, isFigureRequest, topicAnswer } from './lookup.js';
import { ownFigureAnswer, similarFigures } from './own-figures.js';
import { rankingAnswer } from './ranking.js';
import { PRONOUN, vagueReferent } from './referents.js';
import { clarifyReply, emptyReply, helpReply, noMatchReply, unknownReply } from './replies.js';
import { type Mention, type Resolution, resolveQuery } from './resolve.js';
import { MAX_QUERY_CHARS, sanitizeQuery } from './safe-text.js';
import { scenarioAnswer } from './scenarios.js';
import type { Engine, Query, Reply } from './types.js';

/** Options: extra command specs (e.g. digest) shown in help. */
export interface EngineOptions {
  extraCommands?: () => CommandSpec[];
}

/** Most distinct questions whose replies are kept. */
const MEMO_SIZE = 2_000;
/** Measures no article quantifies; asked for, they get a plain "not in my sources" rather than a dollar figure. */
const UNTRACKED_MEASURE =
  /\b(electricity|energy use|energy consumption|power consumption|kwh|mwh|gwh|megawatts?|gigawatts?|carbon|co2|emissions|water use|employees|headcount|staff count)\b/;
const HELP = /^\s*(help|\?|commands|usage|what can you do\??|how do i use (you|this)\??)\s*$/i;
const LEADING_COMMAND = /^\s*\/?(?:aiecon\s+)?(ask|compare|calc)\b[:\s]*/i;

/** Builds the engine over validated knowledge. */
export function createEngine(
  knowledge: Knowledge,
  options: EngineOptions = {},
): Engine & { index: KnowledgeIndex; answerFresh(query: Query): Reply } {
  // The article engine sees the hand-written knowledge only: data-set entities (thousands of them) are answered
  // by the data-set answerers and must not shift how article questions resolve or rank.
  const index = new KnowledgeIndex(articleView(knowledge));
  const specs = () => [...ENGINE_COMMANDS, ...(options.extraCommands?.() ?? [])];
  const examples = () => specs().flatMap((s) => s.examples);

  // Answers depend only on the question text and the knowledge, so repeated questions (a channel asking
  // the same thing, a digest, a load test) are served from a bounded memo. Replies are never mutated.
  const memo = new Map<string, Reply>();
  function answer(query: Query, context?: ConversationContext): Reply {
    const raw = typeof query.text === 'string' ? query.text : '';
    // A follow-up ("and revenue?") is answered as the whole question it stands for; the rest is as without context.
    if (context) {
      const followed = resolveFollowUp(index, sanitizeQuery(raw), context);
      if (followed) return answer({ ...query, text: followed });
    }
    // Keyed by the text as received (cheap) and by its sanitised form (so variants share one answer).
    const rawHit = raw.length <= MAX_QUERY_CHARS ? memo.get(raw) : undefined;
    if (rawHit) return rawHit;
    const text = sanitizeQuery(raw);
    const reply = memo.get(text) ?? about(text, compute(text));
    remember(text, reply);
    if (raw !== text && raw.length <= MAX_QUERY_CHARS) remember(raw, reply);
    return reply;
  }

  /** Records what the reply was about, so the next turn of a conversation can follow on from it. */
  function about(text: string, reply: Reply): Reply {
    if (reply.kind === 'help' || reply.kind === 'error') return reply;
    const turn = describeTurn(index, text, reply);
    return turn.subjects.length || turn.named ? { ...reply, about: turn } : reply;
  }

  function remember(key: string, reply: Reply): void {
    if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
    memo.set(key, reply);
  }

  function compute(text: string): Reply {
    if (!/[\p{L}\p{N}]/u.test(text)) return emptyReply(examples());
    if (HELP.test(text)) return helpReply(specs());
    const command = LEADING_COMMAND.exec(text)?.[1]?.toLowerCase();
    const body = command ? text.replace(LEADING_COMMAND, '') : text;
    if (!/[\p{L}\p{N}]/u.test(body)) return emptyReply(examples());

    // "How much electricity…": a measure no article quantifies (but "which study covers emissions?" is a citation question).
    const untracked = UNTRACKED_MEASURE.exec(body.toLowerCase());
    if (
      untracked &&
      /\bhow (much|many)\b|\bwhat (is|was|are|were)\b|\bwhat'?s\b/i.test(body) &&
      !/\b(cite|cites|cited|study|paper|source)\b/i.test(body)
    )
      return unknownReply(index, [untracked[1]!], { nearest: [] });
    const res = resolveQuery(index, body);
    const chart = chartAnswer(index, res);
    if (chart) return chart;
    const scenario = scenarioAnswer(index, res, command === 'calc' ? `calc ${body}` : body);
    if (scenario) return scenario;
    return answerResolved(body, res, command === 'compare');
  }

  function answerResolved(text: string, res: Resolution, forceCompare: boolean): Reply {
    const lowered = res.words.join(' ');
    const named = res.mentions.filter((m) => m.via === 'alias' || m.via === 'fuzzy' || m.via === 'family');
    const specific = named.filter((m) => m.ids.length === 1 && m.via !== 'family');
    // "DeepSeek … V3": the model is meant; its organisation is context.
    for (let k = specific.length - 1; k >= 0; k--)
      if (specific.some((o) => isParentOf(specific[k]!.ids[0]!, o.ids[0]!))) specific.splice(k, 1);
    const preface = res.unknownNames.length
      ? [`I don't have anything on ${res.unknownNames.map((n) => `“${n}”`).join(' or ')} in my sources.`]
      : [];

    // Across entities: "which model cost the most?", "which models cost more than $100M?".
    const ranked = rankingAnswer(index, res, text, lowered);
    if (ranked) return withPreface(ranked, preface);

    // A family name followed by a version we lack ("Llama 3.2"): say so, list the versions we have.
    const badVersion = named.find((m) => m.versionUnknown);
    if (badVersion && !specific.some((m) => !m.versionUnknown)) {
      const members = badVersion.ids.map((id) => index.entity(id)!).filter(Boolean);
      const family = members.flatMap((e) =>
        [...index.kb.entities.values()].filter(
          (x) => x.id !== e.id && ((e.family && x.family === e.family) || (x.kind === 'models' && x.org === e.id)),
        ),
      );
      return unknownReply(index, [badVersion.text], { nearest: [...members, ...family] });
    }
    // Only unknown names and nothing we know, named or described: decline plainly.
    if (res.unknownNames.length && !named.length && !res.mentions.some((m) => m.via === 'cue' || m.via === 'number')) {
      return unknownReply(index, res.unknownNames, { nearest: nearestTo(res) });
    }

    // Two or more things named with a comparison in mind.
    const explicit = forceCompare || COMPARE_WORDS.test(lowered);
    const candidates = orderedCandidates(res, explicit);
    const namedSingles = candidates.filter((m) => m.via === 'alias' || m.via === 'fuzzy');
    // "If Meta and DeepSeek give models away, how do they make money?" asks for reasons, not a ratio.
    const asksWhy =
      /\bwhy\b|\bhow (do|does|did|can|could|would|will) (they|it|we|you|these|those|both)\b|\bwho (owns|made|makes|built|runs|is behind)\b/.test(
        lowered,
      );
    if (
      candidates.length >= 2 &&
      ((explicit && !/\bwho (owns|made|makes|built|runs|is behind)\b/.test(lowered)) ||
        (namedSingles.length >= 2 && res.metrics.length && !asksWhy))
    ) {
      const cmp = compareAnswer(index, res, candidates, lowered, explicit);
      if (cmp) return withPreface(cmp, preface);
    }

    // A topic word ("H100s", "open-washing") next to a described company or model: the company is the subject.
    const strongCue = res.mentions.find(
      (m) =>
        m.via === 'cue' &&
        (m.strength ?? 0) >= 2 &&
        ['organisations', 'models'].includes(index.entity(m.ids[0]!)!.kind),
    );
    if (
      specific.length &&
      strongCue &&
      specific.every((m) => ['concepts', 'markets'].includes(index.entity(m.ids[0]!)!.kind))
    ) {
      return entityAnswer(index, res, index.entity(strongCue.ids[0]!)!, lowered, preface);
    }
    if (specific.length) {
      // Of several named things, lead with one that has the figure asked for ("how many H100s does Meta have").
      const hasAsked = (m: Mention) =>
        res.metrics.some((metric) => index.ownMetric(index.entity(m.ids[0]!)!, metric) !== undefined);
      // …else with a company or model rather than a topic ("which cloud providers was Stability AI paying?").
      const isThing = (m: Mention) => ['organisations', 'models'].includes(index.entity(m.ids[0]!)!.kind);
      const lead = specific.find(hasAsked) ?? specific.find(isThing) ?? specific[0]!;
      specific.splice(specific.indexOf(lead), 1);
      specific.unshift(lead);
      let first = index.entity(specific[0]!.ids[0]!)!;
      // "the Stable Diffusion company", "the GLM lab": a model's name followed by a company word means its maker.
      const after = res.words[specific[0]!.end];
      const before = res.words.slice(Math.max(0, specific[0]!.start - 6), specific[0]!.start).join(' ');
      const makerWord = /^(company|companies|lab|labs|firm|startup|maker|makers|developer|team|people)$/;
      // …and so does "the company that open-sourced Qwen".
      const makerBefore =
        /\b(company|lab|firm|startup|maker|developer|people)\b(?: \w+)? (that|which|who|behind)\b/.test(before);
      if (first.kind === 'models' && first.org && ((after && makerWord.test(after)) || makerBefore))
        first = index.entity(first.org) ?? first;
      if (res.unknownNames.length && res.metrics.length) {
        // "How much has Microsoft invested in OpenAI?": the subject is the unknown name.
        return unknownReply(index, res.unknownNames, { about: first, nearest: nearestTo(res) });
      }
      const own = ownFigureAnswer(index, res, first, lowered) ?? similarFigures(index, res, first, lowered);
      if (own) return withPreface(own, preface);
      // A topic named by its alias but asked for a figure it lacks ("how fast are frontier training costs
      // growing?"): the fact with that figure elsewhere answers better.
      if (
        (first.kind === 'concepts' || first.kind === 'markets') &&
        isFigureRequest(res, lowered) &&
        res.metrics.length &&
        !res.metrics.some((m) => index.ownMetric(first, m))
      ) {
        const elsewhere = topicAnswer(index, res, lowered, true);
        // A pronoun ("how many H100s do they have?") makes a list of candidates the right answer too.
        if (elsewhere && (elsewhere.kind === 'answer' || (elsewhere.kind === 'clarify' && PRONOUN.test(lowered))))
          return withPreface(elsewhere, preface);
      }
      const more = specific
        .slice(1)
        .map((m) => index.entity(m.ids[0]!)!)
        .filter((e) => e.id !== first.id);
      const reply = entityAnswer(index, res, first, lowered, preface);
      return more.length
        ? appendOthers(
            reply,
            more.map((e) => entityAnswer(index, res, e, lowered)),
          )
        : reply;
    }

    // A family ("Llama") or an alias several entities share.
    const ambiguous = named.find((m) => m.ids.length > 1 || m.via === 'family');
    if (ambiguous) return familyAnswer(text, res, ambiguous, lowered, preface);

    // "How much did the startup raise?": a bare referent outranks a weak description.
    if (
      PRONOUN.test(lowered) &&
      !res.mentions.some((m) => m.via === 'number' || (m.via === 'cue' && (m.strength ?? 0) >= 2))
    ) {
      const referent = vagueReferent(index, res, lowered);
      if (referent) return referent;
    }
    // Described, not named: cue phrases and quoted figures. Several equally good descriptions of things that
    // all have the asked figure ("the chinese model") are a question to ask back.
    const described = res.mentions.filter((m) => m.via === 'cue' || m.via === 'number');
    const cues = described.filter((m) => m.via === 'cue');
    const topStrength = Math.max(0, ...cues.map((m) => m.strength ?? 0));
    const tied = cues.filter((m) => m.strength === topStrength).map((m) => index.entity(m.ids[0]!)!);
    const tiedWithMetric = tied.filter((e) => e.figures.some((f) => res.metrics.includes(f.metric)));
    if (
      !described.some((m) => m.via === 'number') &&
      tiedWithMetric.length >= 2 &&
      res.metrics.some((m) => index.isMoney(m))
    )
      return clarifyReply(index, text, tiedWithMetric, res.metrics, preface);
    if (described.length) {
      const best = bestCandidate(index, res, described, lowered);
      // A short description is a hint, not a name: a fact elsewhere that fits the question better wins.
      const weakOnly = described.every((m) => m.via === 'cue' && (m.strength ?? 0) <= 2);
      if (best && weakOnly) {
        // Word overlap alone (no metric bonus), so a stray "behind" or "cost" does not outvote the hint.
        const own = Math.max(0, ...(index.factsByEntity.get(best.id) ?? []).map((f) => index.score(f, res.terms)));
        const global = Math.max(0, ...index.facts.map((f) => index.score(f, res.terms)));
        if (global > own * 1.25)
          return topicAnswer(index, res, lowered) ?? entityAnswer(index, res, best, lowered, preface);
      }
      if (best) return entityAnswer(index, res, best, lowered, preface);
    }
    // "what license is it under?", "their revenue", "the 2024 model": a referent we cannot see.
    const referent = vagueReferent(index, res, lowered);
    if (referent) return referent;
    return topicAnswer(index, res, lowered) ?? noMatchReply(text, examples());
  }

  function familyAnswer(text: string, res: Resolution, m: Mention, lowered: string, preface: string[]): Reply {
    const members = m.ids.map((id) => index.entity(id)!).filter(Boolean);
    const metrics = res.metrics.length ? res.metrics : [];
    const withMetric = members.filter((e) => e.figures.some((f) => metrics.includes(f.metric)));
    if (withMetric.length >= 2) return clarifyReply(index, m.text, withMetric, metrics, preface);
    if (withMetric.length === 1) return entityAnswer(index, res, withMetric[0]!, lowered, preface);
    // Not a per-model figure ("is llama open source?"): the members' licences and organisations may answer better.
    const around = new Set(m.ids);
    for (const e of members) {
      if (e.kind === 'models' && e.licence) around.add(e.licence);
      if (e.kind === 'models' && e.org) around.add(e.org);
    }
    const best = bestCandidate(index, res, [{ ...m, ids: [...around] }], lowered);
    return best ? entityAnswer(index, res, best, lowered, preface) : noMatchReply(text, examples());
  }

  /** Distinct single entities in the order the question names them; described ones only if fewer than two are named. */
  function orderedCandidates(res: Resolution, explicit: boolean): Mention[] {
    const pick = (ms: Mention[]) => {
      const out: Mention[] = [];
      for (const m of [...ms].sort((a, b) => a.start - b.start)) {
        if (m.ids.length !== 1 || m.via === 'family') continue;
        if (out.some((o) => o.ids[0] === m.ids[0])) continue;
        out.push(m);
      }
      return out;
    };
    // Named things, plus things described clearly (two or more telling words), in the order the question gives them.
    const chosen = pick(
      res.mentions.filter(
        (m) =>
          m.via === 'alias' || m.via === 'fuzzy' || m.via === 'number' || (m.via === 'cue' && (m.strength ?? 0) >= 2),
      ),
    );
    // Unless a comparison was asked for, an organisation next to one of its own models ("how did DeepSeek
    // train V3?") is the same thing, not a second side.
    return explicit ? chosen : chosen.filter((m) => !chosen.some((o) => o !== m && isParentOf(m.ids[0]!, o.ids[0]!)));
  }

  function isParentOf(parentId: string, childId: string): boolean {
    const child = index.entity(childId);
    return Boolean(child && child.kind === 'models' && child.org === parentId);
  }

  function nearestTo(res: Resolution): Entity[] {
    const seen = new Map<string, Entity>();
    for (const m of res.mentions) for (const id of m.ids) seen.set(id, index.entity(id)!);
    if (seen.size < 3) {
      const ranked = index.facts
        .map((f) => ({ e: f.entity, s: index.score(f, res.terms) }))
        .filter((x) => x.s > 0)
        .sort((a, b) => b.s - a.s);
      for (const r of ranked) {
        if (seen.size >= 4) break;
        seen.set(r.e.id, r.e);
      }
    }
    return [...seen.values()].filter(Boolean);
  }

  /** The same answer without the memo: what benchmarks time. */
  const answerFresh = (query: Query) => compute(sanitizeQuery(typeof query.text === 'string' ? query.text : ''));
  return { answer, answerFresh, index };
}

function withPreface(reply: Reply, preface: string[]): Reply {
  return preface.length ? { ...reply, lines: [...preface, ...reply.lines] } : reply;
}

/** Several named entities without a comparison: the first answer, then one line per other entity. */
function appendOthers(first: Reply, others: Reply[]): Reply {
  const lines = [...first.lines];
  const sources = [...first.sources];
  for (const o of others) {
    lines.push(o.lines[0] ?? o.title);
    for (const s of o.sources) if (!sources.some((x) => x.id === s.id)) sources.push(s);
  }
  return { ...first, lines, sources };
}
