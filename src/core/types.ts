// Platform-neutral shapes that flow through the engine. No chat SDK is imported anywhere under core/.
import type { ConversationContext, TurnAbout } from './conversation/context.js';

/** Where a question came from; adapters fill what they know. */
export type Surface = 'slack' | 'discord' | 'terminal' | 'digest';

/** One question as the engine sees it, after the adapter stripped platform syntax it understands. */
export interface Query {
  text: string;
  surface?: Surface;
  userId?: string;
  channelId?: string;
  /** A command whose parts the platform already separated (Discord slash options), so the engine does not
   * re-parse text an adapter flattened. `text` still holds a readable form of the whole question. */
  command?: StructuredCommand;
}

/** An engine command with its options as the platform gave them. */
export interface StructuredCommand {
  name: 'ask' | 'compare' | 'calc';
  /** compare: `a` and `b`; ask: `question`; calc: `expression`. */
  options: Readonly<Record<string, string>>;
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
  /** The figure answers the metric asked: the short plain text shows it; other fields are related and fold. */
  answers?: boolean;
}

/** A cited article or data set, by its short name; a data set also carries the credit line its licence asks for. */
export interface SourceRef {
  id: string;
  /** The name its readers know it by ("Open Source Paradox"); replies cite by this, never by id. */
  name?: string;
  title: string;
  asOf: string;
  credit?: string;
  /** Where to read it: the data set's page (articles have none unless knowledge/sources.yaml gives one). */
  link?: string;
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
  /** A chart of the figures in `lines`, for surfaces that can show an image; the text stays complete without it. */
  chart?: Chart;
  /** What the engine read the question as (subjects, metrics, the question a follow-up stood for). */
  about?: TurnAbout;
  /** Which intent answered (src/core/intents.ts) and the rule that chose it: for logs and `ask --jsonl`. */
  intent?: string;
  because?: string;
}

/** One plotted figure and where it comes from. */
export interface ChartPoint {
  /** Row or point label: the entity, plus what distinguishes its figures ("GPT-4 · paradox"). */
  label: string;
  entityId: string;
  /** The plotted number (a range's geometric middle); `low`/`high` when the source gives a range. */
  value: number;
  low?: number;
  high?: number;
  /** The value as users read it: "~$79M", "$60–640M". */
  display: string;
  /** Colour group: the source, or the asked grouping ("open-weight" / "closed"). */
  group: string;
  /** Year on a time axis. */
  year?: number;
  /** Ids of the sources this value comes from (several when sources agree). */
  sources: string[];
  /** The same sources by the names readers know ("Epoch AI models"), as the chart prints them. */
  sourceNames?: string[];
}

/** A platform-neutral chart: a Vega-Lite spec with its data inlined, described for those who cannot see it. */
export interface Chart {
  title: string;
  /** Vega-Lite v6 spec; `data.values` are the points. Rendered by src/chart, never inside core. */
  spec: Record<string, unknown>;
  points: ChartPoint[];
  /** What the image shows, for screen readers and text-only surfaces. */
  alt: string;
  /** One line citing every source plotted. */
  caption: string;
}

/** The one entry point adapters and the digest call. */
export interface Engine {
  /** `context`: the conversation so far, which a follow-up ("and revenue?") is read against. */
  answer(query: Query, context?: ConversationContext): Reply;
  /** Whether `answer(query)` (no context) returns a remembered reply at once instead of computing one. */
  isMemoized?(query: Query): boolean;
  /** Model and company names starting with what was typed, for autocomplete; at most `limit`. */
  completeNames?(typed: string, limit: number): Array<{ name: string; id: string }>;
}
