// A token bill given per period ("15M input + 5M output tokens a day") over the durations and periods the question
// asks ("per 365-day year", "52-week cost", "monthly"): one line per asked span, the multiplier shown.
import { formatMoney } from '../format.js';
import { HOURS, parseQuantities } from '../understand/quantities.js';
import { adverbPeriod } from '../understand/quantity-words.js';

const PER =
  /\b(?:an?|per|each|every)\s+(hour|day|week|month|year)\b|\/\s*(hour|hr|day|week|month|year)\b|\b(hourly|daily|weekly|monthly|yearly|annually|annual)\b/g;

/** The period named by one match of PER. */
const periodOf = (m: RegExpMatchArray) =>
  (m[1] ?? m[2])?.replace(/^hr$/, 'hour') ?? (m[3] === 'annual' ? 'year' : adverbPeriod(m[3]!));

/** "for a month", "over a year": a span asked, never the period the tokens are given per. */
const isSpan = (q: string, m: RegExpMatchArray) => /\b(?:for|over|in|within)\s+$/.test(q.slice(0, m.index));

/** Lines for each span asked beyond the period the tokens are given per; none when the tokens have no period. */
export function periodLines(q: string, total: number): string[] {
  const all = [...q.matchAll(PER)];
  const first = all.find((m) => !isSpan(q, m));
  if (!first) return [];
  const per = periodOf(first);
  const named = [first, ...all.filter((m) => m !== first)];
  const spans: Array<{ label: string; times: number }> = [];
  for (const d of parseQuantities(q))
    if (d.dims.hour === 1 && Object.keys(d.dims).length === 1)
      spans.push({
        label: d.raw.replace(/^(?:for|over)\s+/, '').replace(/-(hour|day|week|month|year)\b/, ' $1s'),
        times: d.value / HOURS[per]!,
      });
  for (const m of named.slice(1)) {
    const p = periodOf(m);
    if (p !== per) spans.push({ label: `a ${p}`, times: HOURS[p]! / HOURS[per]! });
  }
  const seen = new Set<number>();
  const lines: string[] = [];
  for (const { label, times } of spans) {
    const key = Math.round(times * 1e6);
    if (!(times > 0) || seen.has(key)) continue;
    seen.add(key);
    const n = Number(times.toFixed(2));
    lines.push(
      `Over ${label}: ${formatMoney(total)} ${per === 'hour' ? 'an' : 'a'} ${per} × ${n} = ${formatMoney(total * times)}`,
    );
  }
  return lines;
}

/** "; ≈16.7×": how many times the dearer of two bills is the cheaper, when both are above zero. */
export function ratioOf(a: number, b: number): string {
  const [low, high] = [Math.min(a, b), Math.max(a, b)];
  return low > 0 ? `; ≈${Number((high / low).toFixed(1))}×` : '';
}
