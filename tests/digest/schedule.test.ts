import { describe, expect, it } from 'vitest';
import { parseDigestCommand } from '../../src/digest/parse.js';
import { canonicalTimezone, parseSchedule, runsBetween, tokenize } from '../../src/digest/schedule.js';

const parse = (text: string, tz = 'UTC') => parseSchedule(tokenize(text), tz);

describe('parseSchedule', () => {
  it('GIVEN daily 09:00 Europe/Berlin THEN a daily cron in Berlin', () => {
    expect(parse('daily 09:00 Europe/Berlin')).toEqual({
      ok: true,
      value: {
        schedule: { kind: 'daily', pattern: '0 9 * * *', timezone: 'Europe/Berlin', label: 'daily 09:00' },
        timezoneGiven: true,
      },
    });
  });
  it('GIVEN weekly monday 9:05 in lower-case timezone THEN canonical timezone and day number', () => {
    expect(parse('weekly Monday 9:05 america/new_york')).toMatchObject({
      ok: true,
      value: { schedule: { pattern: '5 9 * * 1', timezone: 'America/New_York', label: 'weekly mon 09:05' } },
    });
  });
  it('GIVEN a cron pattern in straight, curly or no quotes THEN the same five fields', () => {
    for (const text of ['cron "0 9 * * 1-5" UTC', 'cron “0 9 * * 1-5” UTC', 'cron 0 9 * * 1-5 UTC'])
      expect(parse(text)).toMatchObject({
        ok: true,
        value: { schedule: { kind: 'cron', pattern: '0 9 * * 1-5', timezone: 'UTC', label: 'cron "0 9 * * 1-5"' } },
      });
  });
  it('GIVEN no timezone THEN the default is used and marked as not given', () => {
    expect(parse('daily 07:30', 'Asia/Tokyo')).toMatchObject({
      ok: true,
      value: { schedule: { timezone: 'Asia/Tokyo' }, timezoneGiven: false },
    });
  });
  it.each([
    ['daily 25:00 UTC', 'bad-time'],
    ['daily 9 UTC', 'bad-time'],
    ['daily', 'bad-time'],
    ['weekly mox 09:00 UTC', 'bad-day'],
    ['weekly mon UTC', 'bad-time'],
    ['cron "0 9 * *" UTC', 'bad-cron'],
    ['cron "0 9 * * 8" UTC', 'bad-cron'],
    ['cron "0 0 9 * * *" UTC', 'bad-cron'],
    ['cron "*/5 * * * *" UTC', 'too-frequent'],
    ['cron "0,30 9 * * *" UTC', 'too-frequent'],
    ['cron "0 0 30 2 *" UTC', 'never-runs'],
    ['daily 09:00 Mars/Olympus', 'unknown-timezone'],
    ['daily 09:00 Berlin', 'unknown-timezone'],
    ['daily 09:00 <!channel>', 'unknown-timezone'],
    ['daily 09:00 Europe/Berlin please', 'extra-words'],
    ['hourly', 'missing-schedule'],
  ])('GIVEN "%s" THEN refused with %s', (text, error) => {
    expect(parse(text)).toMatchObject({ ok: false, error });
  });
  it('GIVEN an hourly cron THEN accepted (the minimum interval)', () => {
    expect(parse('cron "0 * * * *" UTC').ok).toBe(true);
  });
});

describe('runsBetween', () => {
  const berlin = { kind: 'daily' as const, pattern: '30 2 * * *', timezone: 'Europe/Berlin', label: '' };
  it('GIVEN 02:30 Berlin across the spring gap THEN one run that day, at 03:30 local', () => {
    const runs = runsBetween(berlin, new Date('2026-03-28T12:00:00Z'), new Date('2026-03-29T12:00:00Z'));
    expect(runs.map((r) => r.toISOString())).toEqual(['2026-03-29T01:30:00.000Z']);
  });
  it('GIVEN the last check fell after the gap but before the shifted run THEN the 03:30 run is still due (croner alone would skip it)', () => {
    const runs = runsBetween(berlin, new Date('2026-03-29T01:10:00Z'), new Date('2026-03-29T01:40:00Z'));
    expect(runs.map((r) => r.toISOString())).toEqual(['2026-03-29T01:30:00.000Z']);
  });
  it('GIVEN 02:30 Berlin across the autumn overlap THEN one run that day, not two', () => {
    const runs = runsBetween(berlin, new Date('2026-10-24T12:00:00Z'), new Date('2026-10-25T12:00:00Z'));
    expect(runs).toHaveLength(1);
  });
  it('GIVEN a bound THEN runs are after it exclusive and up to now inclusive', () => {
    const s = { kind: 'daily' as const, pattern: '0 9 * * *', timezone: 'UTC', label: '' };
    expect(
      runsBetween(s, new Date('2026-01-01T09:00:00Z'), new Date('2026-01-02T09:00:00Z')).map((r) => r.toISOString()),
    ).toEqual(['2026-01-02T09:00:00.000Z']);
  });
  it('GIVEN junk timezones THEN canonicalTimezone says no', () => {
    expect(canonicalTimezone('Europe/Berlin')).toBe('Europe/Berlin');
    expect(canonicalTimezone('')).toBeUndefined();
    expect(canonicalTimezone('Not/AZone')).toBeUndefined();
  });
});

describe('parseDigestCommand', () => {
  it('GIVEN flags anywhere, even as em dashes THEN they are read', () => {
    expect(parseDigestCommand('daily 09:00 —gaps UTC --skip-empty')).toEqual({
      ok: true,
      value: { action: 'subscribe', scheduleTokens: ['daily', '09:00', 'UTC'], gaps: true, skipEmpty: true },
    });
  });
  it('GIVEN list, preview --gaps, off, nothing THEN the matching action', () => {
    expect(parseDigestCommand('list')).toMatchObject({ value: { action: 'list' } });
    expect(parseDigestCommand('preview --gaps')).toMatchObject({ value: { action: 'preview', gaps: true } });
    expect(parseDigestCommand(' OFF ')).toMatchObject({ value: { action: 'off' } });
    expect(parseDigestCommand('')).toMatchObject({ value: { action: 'help' } });
  });
  it('GIVEN an unknown flag, action or trailing words THEN an error code', () => {
    expect(parseDigestCommand('daily 09:00 --loud')).toMatchObject({
      ok: false,
      error: 'unknown-flag',
      detail: '--loud',
    });
    expect(parseDigestCommand('monthly 1 09:00')).toMatchObject({ ok: false, error: 'unknown-action' });
    expect(parseDigestCommand('list everything')).toMatchObject({ ok: false, error: 'extra-words' });
  });
});
