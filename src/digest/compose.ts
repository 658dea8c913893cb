// Composes one digest as a neutral Reply of kind 'digest': what changed since the channel's last digest, one
// rotating sourced figure or comparison, and optionally the questions nobody could answer and the answers voted down.
// Pure.

import { sourceRef } from '../core/cite.js';
import { type DownvoteLine, digestDownvotesHeading, downvoteLine, GAPS_TEXT } from '../core/replies.js';
import { quoteSnippet } from '../core/safe-text.js';
import type { Chart, Reply, SourceRef } from '../core/types.js';
import type { Knowledge } from '../knowledge/load.js';
import type { DigestState, MissCount, Subscription } from '../storage/store.js';
import { withoutNames } from './gaps.js';
import { describeFigure, metricLabel, pickRotation, type RotationItem, seedOf } from './rotation.js';
import { isEmptyDiff, type KnowledgeDiff } from './snapshot.js';

/** Chat messages stay readable: more changes than this collapse into "…and N more". */
export const MAX_CHANGE_LINES = 12;
/** Unanswered questions listed per digest; the rest are counted. */
export const MAX_GAP_LINES = 10;

/** Everything one digest is made from. `diff` is undefined when the channel has no baseline yet. */
export interface DigestInput {
  knowledge: Pick<Knowledge, 'entities' | 'metrics' | 'sources'>;
  items: RotationItem[];
  currentHash: string;
  subscription: Subscription;
  state: DigestState;
  diff?: KnowledgeDiff;
  /** `workspace`: counted across the workspace's public channels, so question texts lose any names. */
  gaps?: { top: MissCount[]; groups: number; workspace?: boolean };
  /** With --gaps: answers voted down in this channel since its last digest (never another channel's). */
  downvotes?: DownvoteLine[];
  /** A weekly digest's chart (src/digest/chart.ts); posted after the digest, never in its place. */
  chart?: Chart;
  now: Date;
}

/** The digest to post, the channel state once it is sent, and whether it has nothing new (for --skip-empty). */
export interface ComposedDigest {
  reply: Reply;
  nextState: DigestState;
  empty: boolean;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** "Monday, 2 March 2026" in the subscriber's timezone; formatters are cached because building one costs more than a whole digest. */
function dayInZone(at: Date, timezone: string, withWeekday = true): string {
  const key = `${timezone}|${withWeekday}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone: timezone,
      weekday: withWeekday ? 'long' : undefined,
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    formatters.set(key, f);
  }
  return f.format(at);
}

function changeLines(
  diff: KnowledgeDiff,
  knowledge: DigestInput['knowledge'],
): { lines: string[]; sourceIds: string[]; names: string[] } {
  const all: Array<{ line: string; source?: string; name?: string }> = [
    ...diff.newEntities.map((e) => ({
      line: `• New: ${e.name} — ${e.description}${e.figures.length ? ` (${e.figures.length} figure${e.figures.length === 1 ? '' : 's'})` : ''}`,
      source: e.figures[0]?.source ?? e.points[0]?.source,
      name: e.name,
    })),
    ...diff.changedFigures.map(({ entity, figure, oldText }) => ({
      line: `• Changed: ${entity.name} — ${metricLabel(knowledge, figure.metric)}: ${oldText} → ${describeFigure(figure)}`,
      source: figure.source,
      name: entity.name,
    })),
    ...diff.newFigures.map(({ entity, figure }) => ({
      line: `• New figure: ${entity.name} — ${metricLabel(knowledge, figure.metric)}: ${describeFigure(figure)}`,
      source: figure.source,
      name: entity.name,
    })),
  ];
  const shown = all.slice(0, MAX_CHANGE_LINES);
  const lines = shown.map((c) => c.line);
  if (all.length > shown.length) lines.push(`• …and ${all.length - shown.length} more changes.`);
  return {
    lines,
    sourceIds: shown.flatMap((c) => (c.source ? [c.source] : [])),
    names: shown.flatMap((c) => (c.name ? [c.name] : [])),
  };
}

/** Builds the digest Reply and the state to store once it is posted. */
export function composeDigest(input: DigestInput): ComposedDigest {
  const { knowledge, subscription: sub, state, diff, now } = input;
  const tz = sub.schedule.timezone;
  const since = dayInZone(state.lastSentAt ?? sub.createdAt, tz, false);
  const lines: string[] = [];
  const notes: string[] = [];
  const sourceIds: string[] = [];
  const names: string[] = [];

  if (!diff) lines.push('First digest for this channel: from the next one on, I list what changed in the knowledge.');
  else if (isEmptyDiff(diff)) lines.push(`Nothing new in the knowledge since ${since}.`);
  else {
    const changes = changeLines(diff, knowledge);
    lines.push(`What changed since ${since}:`, ...changes.lines);
    sourceIds.push(...changes.sourceIds);
    names.push(...changes.names);
  }
  if (diff && diff.removedFigures > 0)
    notes.push(
      `${diff.removedFigures} earlier figure${diff.removedFigures === 1 ? ' was' : 's were'} withdrawn or reworded.`,
    );

  const picked = pickRotation(input.items, seedOf(sub.id), state.shown);
  if (picked.item) {
    sourceIds.push(...picked.item.sourceIds);
    names.push(...picked.item.entityNames);
  }

  const gaps = sub.options.gaps ? input.gaps : undefined;
  if (gaps && gaps.top.length > 0) {
    lines.push(gaps.workspace ? GAPS_TEXT.workspaceSection(since) : `Questions I could not answer since ${since}:`);
    for (const g of gaps.top) {
      const text = gaps.workspace ? withoutNames(g.text) : g.text;
      lines.push(`• “${quoteSnippet(text, 80)}” — asked ${g.count}×`);
    }
    if (gaps.groups > gaps.top.length) lines.push(`• …and ${gaps.groups - gaps.top.length} more.`);
    notes.push('Facts added to the knowledge folder answer these next time.');
  }
  const downvotes = sub.options.gaps ? (input.downvotes ?? []) : [];
  if (downvotes.length > 0) lines.push(digestDownvotesHeading(since), ...downvotes.map(downvoteLine));

  const sources: SourceRef[] = [...new Set(sourceIds)].flatMap((id) => {
    const s = knowledge.sources.get(id);
    return s ? [sourceRef(s)] : [];
  });
  const reply: Reply = {
    kind: 'digest',
    title: `aiecon digest — ${dayInZone(now, tz)}`,
    lines,
    fields: picked.item ? [picked.item.field] : [],
    notes,
    sources,
    suggestions: [...new Set(names)].slice(0, 3),
    ...(input.chart ? { chart: input.chart } : {}),
  };
  const empty = diff !== undefined && isEmptyDiff(diff) && !(gaps && gaps.top.length > 0) && downvotes.length === 0;
  return { reply, nextState: { snapshotHash: input.currentHash, lastSentAt: now, shown: picked.shown }, empty };
}
