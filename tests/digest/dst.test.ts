import { describe, expect, it } from 'vitest';
import { harness, instantOf, subscription, wall } from './support/harness.js';
import { MemoryPoster } from './support/memory-poster.js';

/** Runs one week with a 10-minute tick and returns each channel's posts on its own wall clock. */
async function week(start: string, subs: Array<Parameters<typeof subscription>>) {
  const slack = new MemoryPoster('slack');
  const discord = new MemoryPoster('discord');
  const h = await harness([slack, discord], { start: new Date(start) });
  for (const s of subs) await h.add(subscription(...s));
  await h.store.setLastTick(h.clock.now);
  await h.runUntil(new Date(new Date(start).getTime() + 7 * 86_400_000));
  const byChannel: Record<string, string[]> = {};
  for (const p of [...slack.posted, ...discord.posted]) {
    const tz = subs.find((s) => s[1] === p.channelId)![3];
    byChannel[p.channelId] ??= [];
    byChannel[p.channelId]!.push(wall(instantOf(p.key), tz));
  }
  await h.store.close();
  return byChannel;
}

describe('GIVEN a controlled clock across daylight-saving changes', () => {
  it('GIVEN the Berlin spring-forward week THEN 09:00 posts seven times at 09:00 local and 02:30 runs once on the short night, at 03:30', async () => {
    const posts = await week('2026-03-26T00:00:00Z', [
      ['slack', 'ber9', '0 9 * * *', 'Europe/Berlin'],
      ['slack', 'ber0230', '30 2 * * *', 'Europe/Berlin'],
      ['discord', 'berSun', '30 2 * * 0', 'Europe/Berlin'],
      ['slack', 'berWeekdays', '0 9 * * 1-5', 'Europe/Berlin'],
    ]);
    expect(posts.ber9).toEqual([
      'Thu 26 09:00',
      'Fri 27 09:00',
      'Sat 28 09:00',
      'Sun 29 09:00',
      'Mon 30 09:00',
      'Tue 31 09:00',
      'Wed 01 09:00',
    ]);
    expect(posts.ber0230).toEqual([
      'Thu 26 02:30',
      'Fri 27 02:30',
      'Sat 28 02:30',
      'Sun 29 03:30',
      'Mon 30 02:30',
      'Tue 31 02:30',
      'Wed 01 02:30',
    ]);
    expect(posts.berSun).toEqual(['Sun 29 03:30']);
    expect(posts.berWeekdays).toEqual(['Thu 26 09:00', 'Fri 27 09:00', 'Mon 30 09:00', 'Tue 31 09:00', 'Wed 01 09:00']);
  });

  it('GIVEN the Berlin fall-back week THEN 02:30 on the long night posts once, not twice', async () => {
    const posts = await week('2026-10-22T00:00:00Z', [
      ['slack', 'ber9', '0 9 * * *', 'Europe/Berlin'],
      ['slack', 'ber0230', '30 2 * * *', 'Europe/Berlin'],
    ]);
    expect(posts.ber9).toEqual([
      'Thu 22 09:00',
      'Fri 23 09:00',
      'Sat 24 09:00',
      'Sun 25 09:00',
      'Mon 26 09:00',
      'Tue 27 09:00',
      'Wed 28 09:00',
    ]);
    expect(posts.ber0230).toEqual([
      'Thu 22 02:30',
      'Fri 23 02:30',
      'Sat 24 02:30',
      'Sun 25 02:30',
      'Mon 26 02:30',
      'Tue 27 02:30',
      'Wed 28 02:30',
    ]);
  });

  it('GIVEN the New York spring-forward week THEN 09:00 seven times and 02:30 once on the short night', async () => {
    const posts = await week('2026-03-05T12:00:00Z', [
      ['discord', 'ny9', '0 9 * * *', 'America/New_York'],
      ['discord', 'ny0230', '30 2 * * *', 'America/New_York'],
    ]);
    expect(posts.ny9).toEqual([
      'Thu 05 09:00',
      'Fri 06 09:00',
      'Sat 07 09:00',
      'Sun 08 09:00',
      'Mon 09 09:00',
      'Tue 10 09:00',
      'Wed 11 09:00',
    ]);
    expect(posts.ny0230).toEqual([
      'Fri 06 02:30',
      'Sat 07 02:30',
      'Sun 08 03:30',
      'Mon 09 02:30',
      'Tue 10 02:30',
      'Wed 11 02:30',
      'Thu 12 02:30',
    ]);
  });

  it('GIVEN the New York fall-back week THEN 01:30 on the long night posts once', async () => {
    const posts = await week('2026-10-29T12:00:00Z', [
      ['discord', 'ny9', '0 9 * * *', 'America/New_York'],
      ['slack', 'ny0130', '30 1 * * *', 'America/New_York'],
    ]);
    expect(posts.ny9).toEqual([
      'Thu 29 09:00',
      'Fri 30 09:00',
      'Sat 31 09:00',
      'Sun 01 09:00',
      'Mon 02 09:00',
      'Tue 03 09:00',
      'Wed 04 09:00',
    ]);
    expect(posts.ny0130).toEqual([
      'Fri 30 01:30',
      'Sat 31 01:30',
      'Sun 01 01:30',
      'Mon 02 01:30',
      'Tue 03 01:30',
      'Wed 04 01:30',
      'Thu 05 01:30',
    ]);
  });
});
