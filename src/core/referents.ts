// Questions whose subject is a referent rather than a name: "what license is it under?", "their revenue",
// "the 2024 model", "the chinese model". Answers by listing the candidates (or the one that fits).
import type { KnowledgeIndex } from '../knowledge/index.js';
import { entityAnswer } from './lookup.js';
import { clarifyReply } from './replies.js';
import type { Resolution } from './resolve.js';
import type { Reply } from './types.js';

/** A pronoun or bare "the startup" standing for the thing asked about ("how much did they raise?"). */
export const PRONOUN =
  /\b(is|was|did|does|do|are|were|has|have) (it(?! (cost|costs|take|takes|mean|matter|work)\b)|they|the (startup|company|lab|firm|model))\b|\b(its|their) (revenue|valuation|margins?|gross margin|licen[cs]e|funding|costs?|price|ipo|loss|spend|h ?100s?|gpus)\b|\b(this|that) (model|company|startup|lab)\b|^\s*(how much|what) did (it|they|the (startup|company|lab|firm))\b/;
const NATIONS: Record<string, string> = {
  chinese: 'China',
  american: 'US',
  us: 'US',
  french: 'France',
  british: 'UK',
  taiwanese: 'Taiwan',
};
const NATIONALITY = /\b(chinese|american|us|french|british|taiwanese)\b/;

/** A sum of money only companies and models hold (a raise, a burn rate), none of the topics: asked of no one, it
 * has no general answer. */
export function ownFigureOnly(index: KnowledgeIndex, metric: string): boolean {
  return (
    index.isMoney(metric) &&
    ![...index.kb.entities.values()].some(
      (e) => (e.kind === 'concepts' || e.kind === 'markets') && e.figures.some((f) => f.metric === metric),
    )
  );
}

/** Words asking for a sum of money: "how much did the model trained on TPUs cost" asks the cost, not the chips. */
const COST_WORD = /\b(cost|costs|costed|price|priced|spend|spent|pay|paid|expensive|cheap|how much)\b/;

/** A metric some model or company holds and no topic or market does (a training run's hardware). */
function heldOnlyByThings(index: KnowledgeIndex, metric: string): boolean {
  const holders = [...index.kb.entities.values()].filter((e) => e.figures.some((f) => f.metric === metric));
  return holders.length > 0 && holders.every((e) => e.kind === 'models' || e.kind === 'organisations');
}

/** Candidates for a referent the question leaves open, or undefined when the question has none. */
export function vagueReferent(
  index: KnowledgeIndex,
  res: Resolution,
  lowered: string,
  pronoun = PRONOUN.test(lowered),
): Reply | undefined {
  const year = res.years[0];
  if (year && /\bmodels?\b/.test(lowered) && res.metrics.length) {
    const models = [...index.kb.entities.values()].filter(
      (e) =>
        e.kind === 'models' &&
        (e.year === Number(year) || e.figures.some((f) => res.metrics.includes(f.metric) && f.period === year)),
    );
    const priced = models.filter((e) => e.figures.some((f) => res.metrics.includes(f.metric)));
    if (priced.length >= 2) return clarifyReply(index, `the ${year} model`, priced, res.metrics);
    if (priced.length === 1) return entityAnswer(index, res, priced[0]!, lowered);
  }
  const nation = NATIONALITY.exec(lowered);
  if (nation && /\b(models?|labs?|compan(y|ies)|startups?|firms?)\b/.test(lowered)) {
    const country = NATIONS[nation[1]!]!;
    const fromThere = [...index.kb.entities.values()].filter((e) => {
      const org = e.kind === 'models' && e.org ? index.entity(e.org) : e;
      return (
        org?.kind === 'organisations' &&
        org.country === country &&
        (e.kind === 'models') === /\bmodels?\b/.test(lowered)
      );
    });
    const wanted = res.metrics.length
      ? fromThere.filter((e) => e.figures.some((f) => res.metrics.includes(f.metric)))
      : fromThere;
    if (wanted.length >= 2)
      return clarifyReply(
        index,
        `the ${nation[1]} ${/\bmodels?\b/.test(lowered) ? 'model' : 'company'}`,
        wanted,
        res.metrics,
      );
    if (wanted.length === 1) return entityAnswer(index, res, wanted[0]!, lowered);
  }
  if (!pronoun) return undefined;
  if (/\blicen[cs]e/.test(lowered)) {
    const licences = [...index.kb.entities.values()].filter((e) => e.kind === 'licences');
    return clarifyReply(index, 'that', licences, []);
  }
  // "How big was the raise?": the money figure only companies and models hold ("raise"), not one a topic has too ("big").
  // "What chips was it trained on?": a figure of another kind asked first (the hardware), which only models and
  // companies hold, is the one asked; "trained" reading as a training cost too does not make it a cost question.
  const first = res.metrics[0];
  const metric =
    first && !index.isMoney(first) && !COST_WORD.test(lowered) && heldOnlyByThings(index, first)
      ? first
      : (res.metrics.find((m) => ownFigureOnly(index, m)) ?? res.metrics.find((m) => index.isMoney(m)));
  if (!metric) return undefined;
  // Near-synonyms count: "how much did the startup raise?" covers Mistral's rounds and Zhipu's IPO.
  const holders = [...index.kb.entities.values()].filter(
    (e) => e.kind !== 'concepts' && index.ownMetric(e, metric) !== undefined,
  );
  // "How much was raised?" names the figure, not a pronoun: the clarification asks "which money raised?".
  const asked = PRONOUN.test(lowered) ? 'that' : (index.kb.metrics.get(metric)?.label ?? 'that');
  return holders.length >= 2
    ? clarifyReply(index, asked, holders, [metric, ...holders.map((e) => index.ownMetric(e, metric)!)])
    : undefined;
}
