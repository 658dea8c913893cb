// Platform-neutral shapes that flow through the engine. No chat SDK is imported anywhere under core/.

/** Where a question came from; adapters fill what they know. */
export type Surface = 'slack' | 'discord' | 'terminal' | 'digest';

/** One question as the engine sees it, after the adapter stripped platform syntax it understands. */
export interface Query {
  text: string;
  surface?: Surface;
  userId?: string;
  channelId?: string;
}

/** What kind of reply this is; renderers may style each differently. */
export type ReplyKind =
  | 'answer' // sourced facts about one entity or topic
  | 'comparison' // two or more figures side by side, with computed ratio/difference
  | 'calculation' // arithmetic on figures or on numbers the user gave
  | 'clarify' // the question matched several things; lists candidates
  | 'unknown' // the knowledge has nothing for it; offers nearest things
  | 'help'
  | 'digest' // a scheduled digest (composed by src/digest)
  | 'notice' // a short status message: subscription saved, etc.
  | 'error'; // bad input (nonsense, malformed expression, hostile text)

/** A labelled figure for the fields area (Slack fields, embed fields). */
export interface ReplyField {
  label: string;
  value: string;
}

/** A cited article, by its short name. */
export interface SourceRef {
  id: string;
  title: string;
  asOf: string;
}

/** Platform-neutral reply. Every string is plain text with no markup and no mass mentions. */
export interface Reply {
  kind: ReplyKind;
  /** Short headline: "DeepSeek V3 — training cost". */
  title: string;
  /** The answer, one paragraph per entry; bullet lines start with "• ". */
  lines: string[];
  /** Figures as label → value, each value already carrying scope, basis, period and source. */
  fields: ReplyField[];
  /** Caveats: disagreements between sources, what a figure leaves out, inputs a calculation used. */
  notes: string[];
  /** Articles cited anywhere in the reply. */
  sources: SourceRef[];
  /** Follow-up questions the user could ask next. */
  suggestions: string[];
}

/** The one entry point adapters and the digest call. */
export interface Engine {
  answer(query: Query): Reply;
}
