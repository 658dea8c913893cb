// The Store: everything the digest keeps between restarts, behind a few async methods so the embedded SQLite
// default (src/storage/sqlite.ts) and Postgres (src/storage/postgres.ts, several replicas) are interchangeable.
import type { ConversationContext } from '../core/conversation/context.js';
import type { Reply } from '../core/types.js';
import type { RetentionCutoffs } from './retention.js';

/** Chat platforms a subscription can post to. */
export type Platform = 'slack' | 'discord' | 'terminal';

/** How often a digest runs: a croner pattern in an IANA timezone, plus the words the user typed. */
export interface DigestSchedule {
  kind: 'daily' | 'weekly' | 'cron';
  /** Five-field cron pattern given to croner. */
  pattern: string;
  timezone: string;
  /** What the user asked for, normalised: "daily 09:00", "weekly mon 09:00", `cron "0 9 * * 1-5"`. */
  label: string;
}

/** Per-subscription switches from `--gaps` and `--skip-empty`. */
export interface DigestOptions {
  gaps: boolean;
  skipEmpty: boolean;
}

/** One channel's digest; a channel has at most one (subscribing again replaces it). */
export interface Subscription {
  /** Stable per channel: `${platform}:${channelId}`. */
  id: string;
  platform: Platform;
  channelId: string;
  schedule: DigestSchedule;
  options: DigestOptions;
  createdBy?: string;
  createdAt: Date;
  /** Slack: the workspace (and Enterprise Grid org) it was made in, whose token posts it; unset before OAuth. */
  teamId?: string;
  enterpriseId?: string;
  /** When the scheduler next has work for it; undefined until it has looked (new or changed subscription). */
  nextRunAt?: Date;
}

/** What a channel's digests remember: the knowledge they last showed and which rotating items it has seen. */
export interface DigestState {
  /** Hash of the knowledge snapshot the last digest (or the subscription) was based on. */
  snapshotHash?: string;
  /** When the last digest was sent; misses since then go into `--gaps`. */
  lastSentAt?: Date;
  /** Ids of rotating items already shown in the current cycle. */
  shown: string[];
}

/** A slot's life: claimed before posting, then sent (with the message id) or skipped (with why). */
export type SlotStatus = 'claimed' | 'sent' | 'skipped';

/** One scheduled run of one subscription. */
export interface Slot {
  /** `${subscriptionId}@${scheduledAt ISO}`: the idempotency key handed to the poster. */
  key: string;
  subscriptionId: string;
  platform: Platform;
  channelId: string;
  scheduledAt: Date;
}

/** Who holds a claim and until when: another process may take the claim over only once `until` has passed. */
export interface Lease {
  owner: string;
  until: Date;
}

/** A claimed slot with what it will post and the state to apply once it is sent, so a re-post after a crash is identical. */
export interface SlotRecord extends Slot {
  status: SlotStatus;
  claimedAt: Date;
  reply?: Reply;
  nextState?: DigestState;
  messageId?: string;
  reason?: string;
  doneAt?: Date;
  /** Holder of the claim; undefined for claims made before leases existed (taken over like expired ones). */
  owner?: string;
  leaseUntil?: Date;
}

/** A question the engine could not answer. */
export interface Miss {
  text: string;
  platform: Platform;
  channelId?: string;
  /** Asked in a DM or a private channel: never shown outside that channel. */
  private?: boolean;
  /** The Slack workspace or Discord server asked in, so a workspace-wide list never shows another's questions. */
  teamId?: string;
  at: Date;
}

/** Whose misses or feedback to show: one channel's (the default), or every public channel of a platform. */
export type GapScope =
  | { platform: Platform; channelId: string }
  | { platform: Platform; publicChannels: true; teamId?: string };

/** Why an answer was voted down, when the voter says. */
export type FeedbackReason = 'wrong_figure' | 'wrong_thing' | 'missing' | 'other';

/** A 👍 or 👎 on one answer, with what the answer was. */
export interface Feedback {
  platform: Platform;
  channelId?: string;
  private?: boolean;
  /** The question as the engine answered it (a follow-up filled in). */
  question: string;
  /** What kind of answer it was (the engine's intent, else the reply kind). */
  intent: string;
  /** The figures the answer showed. */
  figures: Array<{ label: string; value: string }>;
  vote: 1 | -1;
  reason?: FeedbackReason;
  at: Date;
}

/** Misses grouped by their normalised text, most asked first. */
export interface MissCount {
  text: string;
  count: number;
}

/** A Slack installation's owner: one workspace (`teamId`), or a whole Enterprise Grid org (org-wide install). */
export interface SlackWorkspace {
  teamId?: string;
  enterpriseId?: string;
  isEnterpriseInstall?: boolean;
}

/** A Slack installation as Bolt's OAuth flow produced it. */
export interface SlackInstallationRecord extends SlackWorkspace {
  /** Bolt's Installation as JSON: ids, scopes and the bot token (so it never goes into a log). */
  json: string;
  installedAt: Date;
}

/** What an uninstall removed. */
export interface RemovedWorkspace {
  installation: boolean;
  subscriptions: number;
}

/** The row key of an installation: its org for an org-wide install, else its team; undefined when neither is known. */
export function installationKey(w: SlackWorkspace): string | undefined {
  if (w.isEnterpriseInstall && w.enterpriseId) return `enterprise:${w.enterpriseId}`;
  return w.teamId ? `team:${w.teamId}` : undefined;
}

/** Durable storage for subscriptions, slots, knowledge snapshots and misses. */
export interface Store {
  upsertSubscription(sub: Subscription): Promise<void>;
  getSubscription(id: string): Promise<Subscription | undefined>;
  removeSubscription(id: string): Promise<boolean>;
  listSubscriptions(): Promise<Subscription[]>;
  /** Subscriptions whose next run is at or before `upTo`, or not yet worked out; soonest first, at most `limit`. */
  dueSubscriptions(upTo: Date, limit: number): Promise<Subscription[]>;
  /** Records a subscription's next run; undefined when its pattern never fires again. */
  setNextRun(id: string, at: Date | undefined): Promise<void>;

  getState(subscriptionId: string): Promise<DigestState>;
  /** Sets the state only if the subscription has none yet (the baseline taken when subscribing). */
  initState(subscriptionId: string, state: DigestState): Promise<void>;

  /** Claims a slot with what it will post, held under `lease`; false if the slot was claimed before (by anyone, ever). */
  claimSlot(
    slot: Slot,
    reply: Reply | undefined,
    nextState: DigestState | undefined,
    now: Date,
    lease?: Lease,
  ): Promise<boolean>;
  /** Extends a claim still held by `lease.owner`; false once it is sent, skipped or taken over by another owner. */
  renewLease(key: string, lease: Lease): Promise<boolean>;
  /** Takes over, for `lease.owner`, claims whose lease ended by `now` (their owner crashed or hung); returns them. */
  takeOverExpired(now: Date, lease: Lease): Promise<SlotRecord[]>;
  /** Marks a claimed slot sent and applies its next state in one transaction. */
  markSent(key: string, messageId: string, now: Date): Promise<void>;
  /** Records a slot as not posted, with the reason (missed, empty, failed…). */
  markSkipped(key: string, reason: string, now: Date): Promise<void>;
  getSlot(key: string): Promise<SlotRecord | undefined>;
  /** Slots claimed but neither sent nor skipped, live or not. */
  pendingClaims(): Promise<SlotRecord[]>;

  /** When the scheduler last looked for due slots; undefined on the very first start. */
  getLastTick(): Promise<Date | undefined>;
  setLastTick(at: Date): Promise<void>;

  /** A deployment-wide setting (e.g. workspace-wide gaps), shared by every replica; undefined when never set. */
  getSetting(key: string): Promise<string | undefined>;
  putSetting(key: string, value: string): Promise<void>;

  /** Knowledge snapshots by content hash (many channels share one). */
  putSnapshot(hash: string, json: string): Promise<void>;
  getSnapshot(hash: string): Promise<string | undefined>;

  recordMiss(miss: Miss): Promise<void>;
  /** Misses in `scope` since `since`, grouped, at most `limit` groups, plus the number of groups in all. */
  missesSince(since: Date, scope: GapScope, limit: number): Promise<{ top: MissCount[]; groups: number }>;

  /** Stores a vote; returns its id, which a later reason refers to. */
  recordFeedback(feedback: Feedback): Promise<number>;
  /** Adds the voter's reason to a 👎; false when there is no such vote. */
  setFeedbackReason(id: number, reason: FeedbackReason): Promise<boolean>;
  /** 👎 votes in `scope` since `since`, newest first, at most `limit`. */
  downvotesSince(since: Date, scope: GapScope, limit: number): Promise<Feedback[]>;

  /**
   * Records a platform event id (Slack's `event_id`); false when it was already seen less than `ttlMs` ago (a
   * retry or a replay, possibly delivered to another process). Ids older than the TTL are forgotten.
   */
  firstSighting(eventId: string, now: Date, ttlMs: number): Promise<boolean>;

  /** A conversation's context (key: `slack:C1:1700.1`, `discord:123`), unless it expired before `now`. */
  getConversation(key: string, now: Date): Promise<ConversationContext | undefined>;
  /** Saves a conversation's context until `expiresAt` (replacing what was there); drops expired ones. */
  putConversation(key: string, context: ConversationContext, expiresAt: Date): Promise<void>;

  /** Saves a Slack installation, replacing the workspace's (or org's) previous one. */
  putInstallation(record: SlackInstallationRecord): Promise<void>;
  /** The installation for a workspace, or for an org when `isEnterpriseInstall`. */
  getInstallation(workspace: SlackWorkspace): Promise<SlackInstallationRecord | undefined>;
  /** Uninstall: removes the installation and the digest subscriptions made in that workspace (or org), in one transaction. */
  removeInstallation(workspace: SlackWorkspace): Promise<RemovedWorkspace>;

  /**
   * Runs `fn` as one unit where that is cheaper (SQLite: one transaction, one disk sync for a whole tick's
   * claims). Each call inside stays atomic on its own, which is all correctness needs; Postgres just runs it.
   */
  batch<T>(fn: () => Promise<T>): Promise<T>;

  /**
   * Deletes at most `limit` rows of each kind retention lets go (src/storage/retention.ts): done slots before
   * `slotsBefore`, misses before `missesBefore` or beyond the newest `maxMisses`, snapshots created before
   * `snapshotsBefore` other than the newest `keepSnapshots`. Returns how many rows went.
   */
  pruneRetained(cutoffs: RetentionCutoffs, limit: number): Promise<number>;

  /** Whether the database answers a trivial query (readiness). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** The slot key for a subscription's run at `scheduledAt`. */
export function slotKey(subscriptionId: string, scheduledAt: Date): string {
  return `${subscriptionId}@${scheduledAt.toISOString()}`;
}

/** The subscription id of a channel. */
export function subscriptionId(platform: Platform, channelId: string): string {
  return `${platform}:${channelId}`;
}
