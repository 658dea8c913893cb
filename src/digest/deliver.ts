// Exactly-once delivery of one slot: claim in the Store → post with the slot key → mark sent with the message id.
// A claim that was never marked (crash, outage) is looked up in the channel before anything is re-posted.
import type { ChannelPoster } from '../app/channel-poster.js';
import { log } from '../log.js';
import type { Platform, SlotRecord, Store } from '../storage/store.js';

/** Retry timing; tests shrink it. Retry-After from the platform wins over the computed delay. */
export interface Backoff {
  baseMs: number;
  maxMs: number;
  /** After this long past the scheduled instant a digest is stale: recorded as skipped, not posted. */
  giveUpAfterMs: number;
}

/** Production timing: 1 s doubling to 5 min, for up to a day. */
export const DEFAULT_BACKOFF: Backoff = { baseMs: 1_000, maxMs: 5 * 60_000, giveUpAfterMs: 24 * 60 * 60_000 };

/**
 * How long a claim stays another process's to leave alone without renewal. Each step of a delivery renews it,
 * and every platform call times out well inside it, so only a crashed or hung owner's claim ever expires.
 */
export const DEFAULT_LEASE_MS = 2 * 60_000;

/** How far before the claim findPosted looks, for clock skew between us and the platform. */
const FIND_MARGIN_MS = 10 * 60_000;

/** What delivery needs from its surroundings. */
export interface DeliveryDeps {
  store: Store;
  posterFor: (platform: Platform) => ChannelPoster | undefined;
  clock: () => Date;
  /** Missed-slot grace: a slot found later than this after its instant (after a restart) is skipped, not posted. */
  graceMs: number;
  backoff?: Backoff;
  sleep?: (ms: number) => Promise<void>;
  /** This process's name on claims it holds. */
  owner: string;
  leaseMs?: number;
}

/** Slack Web API platform errors (`data.error`) that are worth retrying; any other platform error is permanent. */
const TRANSIENT_SLACK_ERRORS = new Set([
  'ratelimited',
  'fatal_error',
  'internal_error',
  'service_unavailable',
  'request_timeout',
]);

/**
 * Whether a posting error is worth retrying. Posters signal with `status` (HTTP), `retryAfterMs`, `permanent`,
 * or a Node network `code`; 429, 408, 5xx, network errors and unknown errors retry, other 4xx do not.
 */
export function classifyPostError(err: unknown): { retry: boolean; retryAfterMs?: number; reason: string } {
  const e = (err ?? {}) as {
    status?: unknown;
    statusCode?: unknown;
    retryAfterMs?: unknown;
    retryAfter?: unknown;
    permanent?: unknown;
    code?: unknown;
    message?: unknown;
    data?: { error?: unknown };
  };
  const status = typeof e.status === 'number' ? e.status : typeof e.statusCode === 'number' ? e.statusCode : undefined;
  // @slack/web-api's rate-limit error carries retryAfter in seconds.
  const slackRetryAfter =
    e.code === 'slack_webapi_rate_limited_error' && typeof e.retryAfter === 'number' ? e.retryAfter * 1000 : undefined;
  const retryAfterMs = typeof e.retryAfterMs === 'number' && e.retryAfterMs >= 0 ? e.retryAfterMs : slackRetryAfter;
  const reason =
    [
      status,
      typeof e.code === 'string' ? e.code : undefined,
      typeof e.message === 'string' ? e.message.slice(0, 120) : undefined,
    ]
      .filter((x) => x !== undefined)
      .join(' ') || 'unknown error';
  if (e.permanent === true) return { retry: false, reason };
  if (e.code === 'slack_webapi_platform_error')
    return { retry: TRANSIENT_SLACK_ERRORS.has(String(e.data?.error)), reason: `${reason} ${String(e.data?.error)}` };
  if (status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429)
    return { retry: false, reason };
  return { retry: true, retryAfterMs, reason };
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref?.());

/** Delay before retry `attempt` (0-based): exponential with jitter in [½, 1] of the step, capped. */
export function backoffDelay(attempt: number, b: Backoff, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, b.maxMs);
  const step = Math.min(b.maxMs, b.baseMs * 2 ** attempt);
  return Math.round(step / 2 + (Math.random() * step) / 2);
}

/** What became of a slot; `lost`: another process took the claim over (this one stalled past its lease). */
export type DeliveryOutcome = 'sent' | 'found' | 'skipped' | 'no-poster' | 'lost';

/**
 * Takes a claimed slot to sent or skipped. With `recovering` (the claim predates this process, or an earlier
 * attempt may have landed), the channel is searched for the key first; an unfound slot older than the grace
 * is skipped rather than posted late. Failures retry with backoff until `giveUpAfterMs`.
 */
export async function deliverClaimed(
  record: SlotRecord,
  deps: DeliveryDeps,
  recovering: boolean,
): Promise<DeliveryOutcome> {
  const { store, clock } = deps;
  const backoff = deps.backoff ?? DEFAULT_BACKOFF;
  const sleep = deps.sleep ?? realSleep;
  const leaseMs = deps.leaseMs ?? DEFAULT_LEASE_MS;
  // Holding the lease before each platform call is what keeps a second process from posting the same slot.
  let heldUntil = record.owner === deps.owner ? (record.leaseUntil?.getTime() ?? 0) : 0;
  const hold = async (extraMs = 0): Promise<boolean> => {
    const now = clock().getTime();
    // A lease with more than half its time left is still ours (nobody may take it before it ends): no write.
    if (extraMs === 0 && heldUntil - now > leaseMs / 2) return true;
    const until = now + leaseMs + extraMs;
    if (!(await store.renewLease(record.key, { owner: deps.owner, until: new Date(until) }))) return false;
    heldUntil = until;
    return true;
  };
  const poster = deps.posterFor(record.platform);
  if (!poster) return 'no-poster';
  if (!record.reply) {
    await store.markSkipped(record.key, 'empty', clock());
    return 'skipped';
  }
  let mayHaveLanded = recovering;
  for (let attempt = 0; ; attempt++) {
    try {
      if (!(await hold())) return 'lost';
      if (mayHaveLanded) {
        const found = await poster.findPosted(
          record.channelId,
          record.key,
          new Date(Math.min(record.claimedAt.getTime(), record.scheduledAt.getTime()) - FIND_MARGIN_MS),
        );
        if (found) {
          await store.markSent(record.key, found, clock());
          log.info('digest slot found already posted', { slot: record.key, messageId: found });
          return 'found';
        }
        if (recovering && attempt === 0 && clock().getTime() - record.scheduledAt.getTime() > deps.graceMs) {
          await store.markSkipped(record.key, 'missed', clock());
          log.info('digest slot missed beyond grace', { slot: record.key });
          return 'skipped';
        }
      }
      if (!(await store.getSubscription(record.subscriptionId))) {
        await store.markSkipped(record.key, 'unsubscribed', clock());
        return 'skipped';
      }
      if (!(await hold())) return 'lost';
      const messageId = await poster.post(record.channelId, record.reply, record.key);
      await store.markSent(record.key, messageId, clock());
      await postChartOnce(poster, record, messageId);
      return 'sent';
    } catch (err) {
      const c = classifyPostError(err);
      const age = clock().getTime() - record.scheduledAt.getTime();
      if (!c.retry || age > backoff.giveUpAfterMs) {
        await store.markSkipped(record.key, `failed: ${c.reason}`, clock());
        log.error('digest post failed for good', { slot: record.key, reason: c.reason, attempts: attempt + 1 });
        return 'skipped';
      }
      // A timeout or 5xx may still have posted: look before posting again.
      mayHaveLanded = true;
      const delay = backoffDelay(attempt, backoff, c.retryAfterMs);
      if (!(await hold(delay))) return 'lost';
      log.warn('digest post failed, retrying', {
        slot: record.key,
        reason: c.reason,
        attempt: attempt + 1,
        delayMs: delay,
      });
      await sleep(delay);
    }
  }
}

/**
 * A weekly digest's chart, after its text is posted and marked sent, by the one delivery whose post landed: a
 * recovered slot ('found') never posts it, so a chart is posted at most once, and a chart that fails (no
 * permission, upload refused, a timeout) is logged and leaves the sent digest alone — never retried, never a
 * reason to post the text again.
 */
async function postChartOnce(poster: ChannelPoster, record: SlotRecord, messageId: string): Promise<void> {
  const chart = record.reply?.chart;
  if (!chart || !poster.postChart) return;
  try {
    await poster.postChart(record.channelId, chart, record.key, messageId);
  } catch (err) {
    log.warn('digest chart not posted; the digest stands', { slot: record.key, reason: classifyPostError(err).reason });
  }
}
