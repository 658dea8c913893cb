// The registry: one answerer per intent. The intent table (../intents.ts) decides which runs.
import type { Intent } from '../understand/question.js';
import { answerArithmetic } from './arithmetic.js';
import { answerArticle } from './article.js';
import { answerArticleSubjects } from './article-subjects.js';
import { answerAskedTopic } from './asked-topic.js';
import { answerChart } from './chart.js';
import { answerClarifyDescribed } from './clarify-described.js';
import { answerCompare } from './compare.js';
import type { Answerer } from './context.js';
import { answerCostReading } from './cost-reading.js';
import { answerDataWorked } from './data-worked.js';
import { answerDescribed } from './described.js';
import { answerDescribedCompany } from './described-company.js';
import { answerEmpty } from './empty.js';
import { answerEntity } from './entity.js';
import { answerFamily } from './family.js';
import { answerFigureElsewhere } from './figure-elsewhere.js';
import { answerFutureYear } from './future-year.js';
import { answerHelp } from './help.js';
import { answerModelSize } from './model-size.js';
import { answerNoMatch } from './no-match.js';
import { answerOwnFigures } from './own-figures.js';
import { withPastYear } from './past-year.js';
import { answerProgrammeSpend } from './programme-spend.js';
import { answerRank } from './rank.js';
import { answerReferent } from './referent.js';
import { answerRent } from './rent.js';
import { answerSelfHost } from './self-host.js';
import { answerSmallTalk } from './smalltalk.js';
import { answerSourcedChange } from './sourced-change.js';
import { answerSourcedChips } from './sourced-chips.js';
import { answerSourcedCount } from './sourced-count.js';
import { answerSourcedCurrency } from './sourced-currency.js';
import { answerSourcedFactor } from './sourced-factor.js';
import { answerSourcedPair } from './sourced-pair.js';
import { answerSourcedReach } from './sourced-reach.js';
import { answerSourcedRun } from './sourced-run.js';
import { answerSourcedUnits } from './sourced-units.js';
import { answerSourcedWhatIf } from './sourced-what-if.js';
import { answerSplit } from './split.js';
import { answerTokens } from './tokens.js';
import { answerTopic } from './topic.js';
import { answerUncombined } from './uncombined.js';
import { answerUnits } from './units.js';
import { answerUnknownName } from './unknown-name.js';
import { answerUnknownSubject } from './unknown-subject.js';
import { answerUnknownVersion } from './unknown-version.js';
import { answerUntracked } from './untracked.js';
import { answerUserCurrency } from './user-currency.js';

/** Every intent's answerer. A new intent needs a row in INTENTS and an entry here (the type checks both). */
export const ANSWERERS: Record<Intent, Answerer> = {
  'data-set': (q) => (q.data && 'reply' in q.data ? withPastYear(q, q.data.reply) : undefined),
  empty: answerEmpty,
  help: answerHelp,
  'about-bot': answerHelp,
  smalltalk: answerSmallTalk,
  untracked: answerUntracked,
  'future-year': answerFutureYear,
  'cost-reading': answerCostReading,
  'programme-spend': answerProgrammeSpend,
  chart: answerChart,
  arithmetic: answerArithmetic,
  'model-size': answerModelSize,
  units: answerUnits,
  'sourced-change': answerSourcedChange,
  'sourced-units': answerSourcedUnits,
  'data-worked': answerDataWorked,
  'sourced-what-if': answerSourcedWhatIf,
  'sourced-reach': answerSourcedReach,
  'sourced-currency': answerSourcedCurrency,
  'sourced-count': answerSourcedCount,
  currency: answerUserCurrency,
  'sourced-factor': answerSourcedFactor,
  'sourced-run': answerSourcedRun,
  'sourced-chips': answerSourcedChips,
  'sourced-pair': answerSourcedPair,
  split: answerSplit,
  tokens: answerTokens,
  'self-host': answerSelfHost,
  rent: answerRent,
  uncombined: answerUncombined,
  rank: answerRank,
  'unknown-version': answerUnknownVersion,
  'unknown-name': answerUnknownName,
  compare: answerCompare,
  'described-company': answerDescribedCompany,
  'unknown-subject': answerUnknownSubject,
  'article-subjects': answerArticleSubjects,
  article: answerArticle,
  'asked-topic': answerAskedTopic,
  'own-figures': answerOwnFigures,
  'figure-elsewhere': answerFigureElsewhere,
  entity: answerEntity,
  family: answerFamily,
  referent: answerReferent,
  'clarify-described': answerClarifyDescribed,
  described: answerDescribed,
  topic: answerTopic,
  'no-match': answerNoMatch,
};
