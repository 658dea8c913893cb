// Row ↔ value mapping shared by the SQLite and Postgres stores: both keep times as integer milliseconds and
// JSON as text, so one mapping serves both (Postgres BIGINT arrives as a string, booleans as booleans).
import type { Reply } from '../core/types.js';
import type { DigestState, Feedback, FeedbackReason, GapScope, Platform, SlotRecord, Subscription } from './store.js';

/** A database row by column name. */
export type Row = Record<string, unknown>;

/** next_run_at of a subscription whose pattern never fires again: after every instant a tick can have. */
export const NEVER = Number.MAX_SAFE_INTEGER;

/** Event ids recorded between two sweeps of expired ones. */
export const EVENT_PRUNE_EVERY = 500;

export const num = (v: unknown): number | undefined =>
  typeof v === 'number'
    ? v
    : typeof v === 'bigint'
      ? Number(v)
      : typeof v === 'string' && v !== '' && Number.isFinite(Number(v))
        ? Number(v)
        : undefined;
export const date = (v: unknown): Date | undefined => (num(v) === undefined ? undefined : new Date(num(v)!));
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Lower-cases and trims a question so "What is X?" and "what is x" count as one gap. */
export function normaliseMiss(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s?!.]+$/, '')
    .trim();
}

export function toSubscription(r: Row): Subscription {
  return {
    id: String(r.id),
    platform: r.platform as Platform,
    channelId: String(r.channel_id),
    schedule: {
      kind: r.kind as Subscription['schedule']['kind'],
      pattern: String(r.pattern),
      timezone: String(r.timezone),
      label: String(r.label),
    },
    options: { gaps: r.gaps === 1 || r.gaps === true, skipEmpty: r.skip_empty === 1 || r.skip_empty === true },
    createdBy: str(r.created_by),
    createdAt: date(r.created_at)!,
    teamId: str(r.team_id),
    enterpriseId: str(r.enterprise_id),
    nextRunAt: (num(r.next_run_at) ?? 0) > 0 && num(r.next_run_at)! < NEVER ? date(r.next_run_at) : undefined,
  };
}

export function stateToJson(s: DigestState): string {
  return JSON.stringify({ snapshotHash: s.snapshotHash, lastSentAt: s.lastSentAt?.getTime(), shown: s.shown });
}

export function stateFromJson(json: string): DigestState {
  const o = JSON.parse(json) as { snapshotHash?: string; lastSentAt?: number; shown?: string[] };
  return {
    snapshotHash: o.snapshotHash,
    lastSentAt: o.lastSentAt === undefined ? undefined : new Date(o.lastSentAt),
    shown: o.shown ?? [],
  };
}

export function toSlot(r: Row): SlotRecord {
  return {
    key: String(r.key),
    subscriptionId: String(r.subscription_id),
    platform: r.platform as Platform,
    channelId: String(r.channel_id),
    scheduledAt: date(r.scheduled_at)!,
    status: r.status as SlotRecord['status'],
    claimedAt: date(r.claimed_at)!,
    reply: str(r.reply) ? (JSON.parse(str(r.reply)!) as Reply) : undefined,
    nextState: str(r.next_state) ? stateFromJson(str(r.next_state)!) : undefined,
    messageId: str(r.message_id),
    reason: str(r.reason),
    doneAt: date(r.done_at),
    owner: str(r.owner),
    leaseUntil: date(r.lease_until),
  };
}

/** Named parameters of a gap scope: one channel, or (channel null) every public channel of the platform. */
export function scopeParams(since: Date, scope: GapScope) {
  return { platform: scope.platform, since: since.getTime(), channel: 'channelId' in scope ? scope.channelId : null };
}

/** scopeParams plus the workspace a workspace-wide list keeps to (null: any, a single-workspace deployment). */
export function missScopeParams(since: Date, scope: GapScope) {
  return { ...scopeParams(since, scope), team: 'teamId' in scope ? (scope.teamId ?? null) : null };
}

/** A feedback row. */
export function toFeedback(r: Row): Feedback {
  return {
    platform: r.platform as Platform,
    channelId: str(r.channel_id),
    private: r.private === 1 || r.private === true,
    question: String(r.question),
    intent: String(r.intent),
    figures: JSON.parse(String(r.figures)) as Feedback['figures'],
    vote: num(r.vote) === 1 ? 1 : -1,
    reason: str(r.reason) as FeedbackReason | undefined,
    at: date(r.at)!,
  };
}
