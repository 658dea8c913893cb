// What every answerer receives besides the question: the knowledge index and the command specs for help.
import type { KnowledgeIndex } from '../../knowledge/index.js';
import type { CommandSpec } from '../commands.js';
import type { DataNameIndex } from '../datasets/names.js';
import type { Reply } from '../types.js';
import type { Question } from '../understand/question.js';

/** Shared, read-only inputs of the answerers. */
export interface AnswerContext {
  index: KnowledgeIndex;
  /** Names over the whole knowledge, data sets included (the index holds the hand-written entities only). */
  names?: DataNameIndex;
  /** Every command spec, the engine's and registered sub-commands' (help is generated from these). */
  specs(): CommandSpec[];
  /** Example questions from the specs, offered when a question cannot be read. */
  examples(): string[];
}

/** Answers one intent; undefined hands the question to the next matching row of the intent table. */
export type Answerer = (q: Question, ctx: AnswerContext) => Reply | undefined;
