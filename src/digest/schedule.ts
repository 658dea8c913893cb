// Digest schedules: pure parsing of "daily 09:00 Europe/Berlin" / "weekly mon 09:00 TZ" / `cron "…" TZ` into a
// DigestSchedule, and next-run arithmetic on croner in the schedule's timezone (croner handles DST: a time in
// the spring gap runs once, shifted; a time in the autumn overlap runs once).
import { Cron } from 'croner';
import type { DigestSchedule } from '../storage/store.js';

/** A pure parse result: the value, or an error code the command layer turns into wording. */
export type Result<T, E extends string> = { ok: true; value: T } | { ok: false; error: E; detail?: string };

/** Why a schedule was refused. */
export type ScheduleError =
  | 'missing-schedule'
  | 'bad-time'
  | 'bad-day'
  | 'bad-cron'
  | 'too-frequent'
  | 'never-runs'
  | 'unknown-timezone'
  | 'extra-words';

/** A digest more often than hourly would be noise, and each run costs a post in every subscribed channel. */
export const MIN_INTERVAL_MS = 60 * 60 * 1000;

const DAYS: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
const fail = (error: ScheduleError, detail?: string): Result<never, ScheduleError> => ({ ok: false, error, detail });

/** The canonical IANA name of `tz` ("europe/berlin" → "Europe/Berlin"), or undefined if Intl does not know it. */
export function canonicalTimezone(tz: string): string | undefined {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(tz)) return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: tz }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

function parseTime(text: string | undefined): { h: number; m: number } | undefined {
  const m = /^([01]?\d|2[0-3])[:.h]([0-5]\d)$/.exec(text ?? '');
  return m ? { h: Number(m[1]), m: Number(m[2]) } : undefined;
}

function parseDay(text: string | undefined): number | undefined {
  const key = (text ?? '').toLowerCase().slice(0, 3);
  return text && text.length >= 3 && key in DAYS && DAY_NAMES[DAYS[key]!]!.startsWith(key) ? DAYS[key] : undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Splits on whitespace, keeping a quoted cron pattern (straight or curly quotes, as Slack sends them) as one token. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  const rx = /["“”']([^"“”']*)["“”']|‘([^‘’]*)’|(\S+)/g;
  for (let m = rx.exec(text); m; m = rx.exec(text)) out.push(m[1] ?? m[2] ?? m[3]!);
  return out;
}

/**
 * Parses schedule words (flags already removed): `daily 09:00 [TZ]`, `weekly mon 09:00 [TZ]`, `cron "0 9 * * 1-5" [TZ]`.
 * A missing timezone takes `defaultTimezone`; `timezoneGiven` says which it was.
 */
export function parseSchedule(
  tokens: string[],
  defaultTimezone: string,
): Result<{ schedule: DigestSchedule; timezoneGiven: boolean }, ScheduleError> {
  const [kindWord, ...rest] = tokens;
  const word = kindWord?.toLowerCase();
  let kind: DigestSchedule['kind'];
  let pattern: string;
  let label: string;
  let tail: string[];
  if (word === 'daily') {
    kind = 'daily';
    const t = parseTime(rest[0]);
    if (!t) return fail('bad-time', rest[0]);
    pattern = `${t.m} ${t.h} * * *`;
    label = `daily ${pad(t.h)}:${pad(t.m)}`;
    tail = rest.slice(1);
  } else if (word === 'weekly') {
    kind = 'weekly';
    const day = parseDay(rest[0]);
    if (day === undefined) return fail('bad-day', rest[0]);
    const t = parseTime(rest[1]);
    if (!t) return fail('bad-time', rest[1]);
    pattern = `${t.m} ${t.h} * * ${day}`;
    label = `weekly ${DAY_NAMES[day]} ${pad(t.h)}:${pad(t.m)}`;
    tail = rest.slice(2);
  } else if (word === 'cron') {
    kind = 'cron';
    // Quoted: one token holding five fields. Unquoted: the next five tokens.
    const quoted = rest[0]?.trim().split(/\s+/) ?? [];
    const fields = quoted.length > 1 ? quoted : rest.slice(0, 5);
    tail = quoted.length > 1 ? rest.slice(1) : rest.slice(5);
    if (fields.length !== 5)
      return fail('bad-cron', 'a cron pattern has exactly five fields: minute hour day-of-month month day-of-week');
    pattern = fields.join(' ');
    try {
      new Cron(pattern, { paused: true });
    } catch (err) {
      return fail('bad-cron', (err as Error).message.replace(/^CronPattern:\s*/, ''));
    }
    label = `cron "${pattern}"`;
  } else {
    return fail('missing-schedule', kindWord);
  }
  if (tail.length > 1) return fail('extra-words', tail.slice(1).join(' '));
  const timezone = tail[0] ? canonicalTimezone(tail[0]) : defaultTimezone;
  if (!timezone) return fail('unknown-timezone', tail[0]);
  const schedule: DigestSchedule = { kind, pattern, timezone, label };
  const check = checkCadence(schedule);
  if (!check.ok) return check;
  return ok({ schedule, timezoneGiven: tail.length === 1 });
}

/** Refuses patterns that never fire or fire more often than MIN_INTERVAL_MS (checked over the next runs from a fixed instant, so parsing stays pure). */
function checkCadence(schedule: DigestSchedule): Result<true, ScheduleError> {
  const runs = cronFor(schedule).nextRuns(48, new Date('2025-01-01T00:00:00Z'));
  if (runs.length === 0) return fail('never-runs');
  for (let i = 1; i < runs.length; i++)
    if (runs[i]!.getTime() - runs[i - 1]!.getTime() < MIN_INTERVAL_MS) return fail('too-frequent');
  return ok(true);
}

const crons = new Map<string, Cron>();

/** A paused croner job for the schedule, shared by every subscription with the same pattern and timezone. */
export function cronFor(schedule: Pick<DigestSchedule, 'pattern' | 'timezone'>): Cron {
  const key = `${schedule.pattern}|${schedule.timezone}`;
  let cron = crons.get(key);
  if (!cron) {
    cron = new Cron(schedule.pattern, { timezone: schedule.timezone, paused: true });
    crons.set(key, cron);
  }
  return cron;
}

/**
 * Croner shifts a run that falls in a spring-forward gap (02:30 → 03:30) only when it iterates from before the
 * gap; asked from 03:10 it skips to the next day. Iterating from this far back keeps every answer the same.
 */
const GAP_LOOKBACK_MS = 3 * 60 * 60 * 1000;

/** The first run strictly after `after`, or undefined if the pattern never fires again. */
export function nextRunAfter(schedule: DigestSchedule, after: Date): Date | undefined {
  const cron = cronFor(schedule);
  let r = cron.nextRun(new Date(after.getTime() - GAP_LOOKBACK_MS));
  while (r && r.getTime() <= after.getTime()) r = cron.nextRun(r);
  return r ?? undefined;
}

/** Runs r with after < r ≤ upTo, oldest first; at most `limit` (the newest are kept). */
export function runsBetween(schedule: DigestSchedule, after: Date, upTo: Date, limit = 1000): Date[] {
  const cron = cronFor(schedule);
  const out: Date[] = [];
  for (
    let r = cron.nextRun(new Date(after.getTime() - GAP_LOOKBACK_MS));
    r && r.getTime() <= upTo.getTime();
    r = cron.nextRun(r)
  ) {
    if (r.getTime() <= after.getTime()) continue;
    out.push(r);
    if (out.length > limit) out.shift();
  }
  return out;
}

/** "Mon 30 Mar, 09:00 (Europe/Berlin)": an instant as the subscriber's clock shows it. */
export function formatInZone(at: Date, timezone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: timezone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
  return `${parts} (${timezone})`;
}
