// "what does GPT-5 cost", "how expensive is GPT-4": a bare cost asked of a model the articles give a training cost
// for and the price lists price per token has two readings. Which one, each with what the sources have.
import { editDistance } from '../../knowledge/normalize.js';
import { Citer } from '../cite.js';
import { pricesByProvider } from '../datasets/figures.js';
import { makerNames, providerLine } from '../datasets/price-answers.js';
import { costReadingsReply } from '../replies.js';
import type { Question } from '../understand/question.js';
import type { Answerer } from './context.js';

/** Words that say which cost is meant: a run (training, building, a compute bill, a past run), or a price per use. */
const COST_NAMED =
  /\b(train\w*|run|runs|ran|build|built|building|develop\w*|make|made|compute|bill|budget|spent|spend\w*|invest\w*|did|was|were|had|price\w*|per|api|tokens?|mtok|input|output|subscription|plan|rent\w*|host\w*|self|serve|serving|inference|month\w*|year\w*|hour\w*)\b/;

/** The cost asked in a word or two: "what does X cost", "X cost?", "how expensive is X", "how much does X cost". */
const BARE_COST = /\b(cost|costs|expensive|pricey)\b/;

/** "its run price", "the run cost": a training run's or the price of running it, the words alone cannot tell. */
const RUN_COST = /(?<!\b(training|final|compute|rental|gpu)\s)\brun (price|cost)s?\b/;

/** Words besides "run" that say which: a training word, a price per use, a period or a place it runs. */
const RUN_NAMED =
  /\b(train\w*|per|api|tokens?|mtok|input|output|rent\w*|host\w*|self|serve|serving|inference|month\w*|year\w*|hour\w*|gpus?|chips?)\b/;

/** A word at most two edits from a training word ("traning", "trainig", "trianed"). */
const nearTraining = (w: string) =>
  w.length >= 5 && ['training', 'trained', 'train'].some((t) => editDistance(w, t) <= (t.length > 5 ? 2 : 1));

/** A bare cost asked of one article model: nothing else asked, no numbers, no year, no second subject. */
export function bareModelCost(q: Question): boolean {
  if (
    q.lead?.kind !== 'models' ||
    q.specific.length !== 1 ||
    q.quantities.length ||
    q.years.length ||
    q.expression !== undefined ||
    q.cues.has('compare') ||
    q.cues.has('reasons')
  )
    return false;
  const read = q.lowered;
  // "traning cost", "trainig cost": a word a typo away from training names the training too.
  if (read.split(/\W+/).some(nearTraining)) return false;
  if (RUN_COST.test(read)) return !RUN_NAMED.test(read);
  return q.metrics.length === 1 && q.metrics[0] === 'training_cost' && BARE_COST.test(read) && !COST_NAMED.test(read);
}

/** Asks which cost: the training cost the articles give and the price lists' token price, one line each. */
export const answerCostReading: Answerer = (q, { index }) => {
  const model = q.lead;
  if (!model || !bareModelCost(q)) return undefined;
  const runs = model.figures.filter((f) => f.metric === 'training_cost');
  const rows = pricesByProvider(
    model,
    makerNames(model, (id) => index.entity(id)),
  );
  if (!runs.length || !rows.length) return undefined;
  const citer = new Citer(index.kb);
  const training = runs
    .slice(0, 2)
    .map((f) => citer.figure(f))
    .join('; ');
  return costReadingsReply(model.name, training, providerLine(rows[0]!, citer, []), citer.sources());
};
