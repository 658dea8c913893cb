// The typed result of understanding a question: built once by `understand`, read by the intent table and
// the answerers. Nothing after understanding reads the raw text again.
import type { Entity } from '../../knowledge/schema.js';
import type { Amount } from '../calc.js';
import type { DataResult } from '../datasets/answer.js';
import type { Mention, Resolution } from '../resolve.js';
import type { Target } from '../units.js';
import type { AskedPart } from './asked-parts.js';
import type { CalcPlan } from './calc-plan.js';
import type { ModelSize } from './model-size.js';
import type { Quantity } from './quantities.js';

/** The engine commands a platform may name explicitly (Slack text "compare …", Discord /aiecon compare). */
export type EngineCommand = 'ask' | 'compare' | 'calc';

/** What kind of question this is; each has one answerer in src/core/answer/. */
/** The small-talk cues, the strongest first: "ok thanks" is thanks, "lol ok" an acknowledgement. */
export const SMALL_TALK_CUES = ['thanks', 'farewell', 'greeting', 'acknowledgement'] as const;

export type Intent =
  | 'data-set'
  | 'empty'
  | 'help'
  | 'about-bot'
  | 'smalltalk'
  | 'untracked'
  | 'future-year'
  | 'cost-reading'
  | 'programme-spend'
  | 'chart'
  | 'arithmetic'
  | 'model-size'
  | 'units'
  | 'sourced-change'
  | 'sourced-units'
  | 'data-worked'
  | 'sourced-what-if'
  | 'sourced-reach'
  | 'sourced-currency'
  | 'sourced-count'
  | 'currency'
  | 'sourced-factor'
  | 'sourced-run'
  | 'sourced-chips'
  | 'sourced-pair'
  | 'split'
  | 'tokens'
  | 'self-host'
  | 'rent'
  | 'uncombined'
  | 'rank'
  | 'unknown-version'
  | 'unknown-name'
  | 'compare'
  | 'described-company'
  | 'unknown-subject'
  | 'article-subjects'
  | 'article'
  | 'asked-topic'
  | 'own-figures'
  | 'figure-elsewhere'
  | 'entity'
  | 'family'
  | 'referent'
  | 'clarify-described'
  | 'described'
  | 'topic'
  | 'no-match';

/** One question, understood. */
export interface Question {
  /** The question as read: sanitised, leading command word removed. Kept for quoting back, not for parsing. */
  text: string;
  /** The question lower-cased (with "calc " in front for the calc command): what calculators read units from. */
  plain: string;
  /** Corrected words joined by single spaces: what answerers' phrase checks read. */
  lowered: string;
  /** Whether the question holds any letter or digit. */
  hasContent: boolean;
  command?: EngineCommand;
  /** Two sides the platform gave separately (Discord `/aiecon compare a:… b:…`). */
  sides?: [string, string];
  /** Ids of the cues (knowledge/cues.yaml) the question contains. */
  cues: Set<string>;
  /** Ids of the qualifier cues (cues.yaml with `held_by`) that narrow the metric asked: "standalone", "pre-IPO". */
  qualifiers: string[];
  /** Words, mentions, metrics and years found by the resolver. */
  res: Resolution;
  /** Things named in the question (alias, family or typo-corrected name). */
  named: Mention[];
  /** Named single entities, the one to answer about first. */
  specific: Mention[];
  /** The entity to answer about when something specific is named (a model's maker when the maker is meant). */
  lead?: Entity;
  /** The lead has a figure (or a near-synonym) for a metric asked. */
  leadHasAsked: boolean;
  /** Every named single thing is a concept or market, not a company or model. */
  topicsOnly: boolean;
  /** Sides for a comparison, in the order named. */
  candidates: Mention[];
  /** The question asks for a comparison in words, or the platform said so. */
  explicitCompare: boolean;
  /** A family or model name followed by a version or size the knowledge lacks ("Llama 3.2", "Llama 3.1 70B"),
   * with no other company or model named beside it. */
  badVersion?: Mention;
  /** A strong description of a company or model next to a named topic ("H100s" + "the quant fund's lab"). */
  strongCue?: Mention;
  /** A family or an alias several entities share. */
  ambiguous?: Mention;
  /** Things described (cue phrases) or quoted by a figure, not named. */
  described: Mention[];
  /** Names the knowledge does not know, as typed. */
  unknownNames: string[];
  /** Metrics asked for, strongest first. */
  metrics: string[];
  years: string[];
  /** A year asked that lies past the knowledge: after every source's date, and named by no figure or point. */
  futureYear?: string;
  /** Metrics the question states a sum for ("the startup that raised $3.05B"): given, to describe or to work with,
   * not asked. */
  givenMetrics: string[];
  /** The thing "how many" counts, as typed, when no metric names it ("how many researchers" → researchers). */
  countNoun?: string;
  /** The thing "how much" measures, as typed, when no metric names it ("how much cash does MiniMax have" → cash). */
  amountNoun?: string;
  /** The count "how many" asks for by name ("how many GPUs" → hardware), when a metric word follows it. */
  countAsked?: string;
  /** A money metric (metrics.yaml class: money) is asked for. */
  moneyAsked: boolean;
  /** The whole question is a bare arithmetic expression (or follows "calc"): the expression. */
  expression?: string;
  /** Numbers as written, with the word after each. */
  amounts: Amount[];
  /** The user's numbers with their units (money, tokens, GPUs, durations, rates). */
  quantities: Quantity[];
  /** How the quantities go together: cases side by side, sums, blends, a margin or a loss asked. */
  plan: CalcPlan;
  /** A model's size worked with the user's numbers: 6·N·D training FLOP, or its weights' memory at a precision. */
  modelSize?: ModelSize;
  /** The unit the question asks its answer in ("per month", "how many GPUs"), when it says. */
  target?: Target;
  /** Several things asked in order ("monthly bill and cost per user"), each with its unit and its own numbers. */
  parts?: AskedPart[];
  /** Asks for a number rather than an explanation. */
  figureRequest: boolean;
  /** A pronoun or bare "the startup" stands for the subject. */
  pronoun: boolean;
  /** The question asks for a chart (src/core/chart-answer.ts). */
  chartAsked: boolean;
  /** A measure no article quantifies ("electricity"), when asked for as an amount. */
  untracked?: string;
  /** The untracked measure is a person asked for by role ("who is the CEO of…"), not a figure. */
  untrackedWho?: boolean;
  /** The untracked measure is one the data sets lack too (cues.yaml `before_data`): declined before they answer. */
  untrackedBeforeData?: boolean;
  /** What the data sets make of the question: a whole reply, or figures to add under the articles' answer. Set
   * by the engine after the calculations that come first, so a calculation never pays for the data-set search. */
  data?: DataResult;
}
