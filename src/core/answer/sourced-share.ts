// The user's sum as a share of a thing's sourced sum: "our $400k fine-tune program vs DeepSeek V3's training bill —
// what percent?" is $400k ÷ $5.6M. The sourced sum is the whole unless the question puts the user's amount right after
// "of" ("what % of our $2M budget is V3's bill?").
import type { Entity, Figure } from '../../knowledge/schema.js';
import type { Citer } from '../cite.js';
import { formatFigureValue } from '../format.js';
import { PARTY_NOUN } from '../scenarios.js';
import { HOURS, type Quantity } from '../understand/quantities.js';
import type { Question } from '../understand/question.js';
import { changeLines } from './change.js';
import { money } from './units.js';

/** A percentage or a share asked. */
const SHARE_ASKED = /%|\bper ?cent(?:age)?\b|\bshare\b|\bfraction\b|\bproportion\b/;
/** Words that ask how the two differ, not what share one is of the other. */
const CHANGE_WORD =
  /\b(?:more|less|bigger|smaller|larger|higher|lower|cheaper|pricier|increas\w*|decreas\w*|chang\w*|grow\w*|grew|rise|fall|drop\w*|cut|differ\w*|gap|sav(?:e|es|ed|ing|ings)|over|under|above|below|growth|left|remain\w*)\b/;
/** How much less, or more, one is than the other, in %. */
const LESS = /\b(?:cheaper|less|lower|smaller|sav(?:e|es|ed|ing|ings))\b/;
const MORE = /\b(?:more|pricier|dearer|costlier|bigger|higher|larger)\b/;
/** The sum divided between parties. */
const SPLIT = /\bsplit\b|\bshared?\b|\bdivided\b|\beach\b|\bper (?:company|firm|member|party|partner)\b/;
/** "of" followed by the whole: "what % of our $2M budget". */
const OF_BEFORE = /\bof\s+(?:(?:a|an|the|our|my|their|its|your|total)\s+)?$/;

/** The share lines, or undefined when the question asks no share of one sum of the user's against one sourced sum. */
export function userShareLines(
  q: Question,
  e: Entity,
  figures: Figure[],
  user: Quantity[],
  citer: Citer,
): string[] | undefined {
  if (user.length !== 1 || q.target !== undefined) return undefined;
  // "the $1B model split across 50 companies: one share as a % of our budget": a count the sum is divided by first
  // (even the thing's own count) leaves this sum no whole to set the user's against.
  if (SPLIT.test(q.plain) && q.amounts.some((a) => !a.money && PARTY_NOUN.test(a.next))) return undefined;
  const written = user[0]!;
  // "as a % of our $2.4M annual budget": a budget each period is, beside a one-off sum, one period's worth.
  const period = written.dims.hour === -1 && written.per ? HOURS[written.per] : undefined;
  const mine = period ? { ...written, value: written.value * period, dims: { usd: 1 } } : written;
  if (Object.keys(mine.dims).length !== 1 || mine.dims.usd !== 1 || mine.at < 0) return undefined;
  let free = q.plain;
  for (const x of q.quantities)
    free = `${free.slice(0, x.at)}${' '.repeat(x.raw.length)}${free.slice(x.at + x.raw.length)}`;
  if (!SHARE_ASKED.test(free)) return undefined;
  const less = LESS.test(free);
  const more = MORE.test(free);
  if (CHANGE_WORD.test(free) && less === more) return undefined;
  const sums = figures.filter((f) => f.unit === 'money' && f.currency === 'USD' && f.value !== undefined);
  // Two sources giving one value are one figure; two different values are two answers, never a pick.
  const values = new Set(sums.map((f) => f.value));
  if (values.size !== 1) return undefined;
  const f = sums[0]!;
  const sourced: Quantity = {
    value: f.value!,
    dims: { usd: 1 },
    raw: `${e.name}'s ${citer.metricLabel(f)} (${formatFigureValue(f)}, ${citer.sourceOf(f.source)})`,
    at: -1,
  };
  // "how much cheaper in %": the change from the dearer to the cheaper; "how much more": from the cheaper.
  const [small, big] = mine.value <= sourced.value ? [mine, sourced] : [sourced, mine];
  const userWhole = OF_BEFORE.test(q.plain.slice(0, mine.at));
  const lines = changeLines(
    less || more
      ? { kind: 'change', from: less ? big : small, to: less ? small : big }
      : userWhole
        ? { kind: 'share', from: mine, to: sourced }
        : { kind: 'share', from: sourced, to: mine },
    money,
  );
  return Array.isArray(lines) ? lines : undefined;
}
