// Hand-built Questions for testing intent rows and answerers directly, without the understanding stage.
import type { AnswerContext } from '../../../src/core/answer/context.js';
import { ENGINE_COMMANDS } from '../../../src/core/commands.js';
import { INTENTS } from '../../../src/core/intents.js';
import type { Mention, Resolution } from '../../../src/core/resolve.js';
import { planCalculation } from '../../../src/core/understand/calc-plan.js';
import type { Intent, Question } from '../../../src/core/understand/question.js';
import { KnowledgeIndex } from '../../../src/knowledge/index.js';
import { loadKnowledge } from '../../../src/knowledge/load.js';

let shared: KnowledgeIndex | undefined;
/** The real knowledge, indexed once per test file. */
export function realContext(): AnswerContext {
  shared ??= new KnowledgeIndex(loadKnowledge());
  return { index: shared, specs: () => ENGINE_COMMANDS, examples: () => ENGINE_COMMANDS.flatMap((s) => s.examples) };
}

/** A mention of one entity, named by alias unless said otherwise. */
export function mention(id: string, over: Partial<Mention> = {}): Mention {
  return { ids: [id], start: 0, end: 1, via: 'alias', text: id, ...over };
}

/** A question with nothing in it but what the test gives; `words` fills the resolver's word list. */
export function question(over: Partial<Question> & { words?: string } = {}): Question {
  const words = over.words?.split(' ').filter(Boolean) ?? [];
  const res: Resolution = {
    tokens: [],
    words,
    terms: words,
    mentions: [],
    unknownNames: over.unknownNames ?? [],
    metrics: over.metrics ?? [],
    metricEarly: false,
    years: over.years ?? [],
    corrections: [],
    ...over.res,
  };
  const { words: _w, ...rest } = over;
  return {
    text: over.words ?? '',
    plain: over.words ?? '',
    lowered: over.words ?? '',
    hasContent: true,
    cues: new Set(),
    qualifiers: [],
    res,
    named: [],
    specific: [],
    leadHasAsked: false,
    topicsOnly: false,
    candidates: [],
    explicitCompare: false,
    described: [],
    unknownNames: [],
    metrics: [],
    years: [],
    moneyAsked: false,
    givenMetrics: [],
    amounts: [],
    quantities: [],
    plan: planCalculation(over.words ?? '', over.quantities ?? []),
    figureRequest: false,
    chartAsked: false,
    pronoun: false,
    ...rest,
  };
}

/** The first row of the intent table whose condition holds. */
export function firstIntent(q: Question): Intent {
  return INTENTS.find((r) => r.when(q))!.intent;
}
