// The user's numbers with their units: money, tokens, GPUs, users, durations and rates ("$0.50/M",
// "10M tokens a day", "$2/hr", "for a year"). One left-to-right pass; values are kept in base units
// (single tokens, hours) so quantities multiply and divide by their dimensions.
import { SUFFIX } from '../calc.js';

/** Base dimensions a quantity may carry, each with an exponent (USD·token⁻¹ is a price per token). */
export type Dimension = 'usd' | 'token' | 'gpu' | 'hour' | 'user' | 'item' | 'percent' | 'times';
export type Dims = Partial<Record<Dimension, number>>;

/** A number the user gave, in base units (hours for time, single tokens), with its dimensions. */
export interface Quantity {
  value: number;
  dims: Dims;
  /** As written ("$0.50/M", "30 days", "for a year"). */
  raw: string;
  /** Where it starts in the question. */
  at: number;
  /** What a count counts, as the user called it ("H100", "GPU", "user", "company"). */
  noun?: string;
  /** For a rate over time, the period it was written per ("day" in "10M tokens a day"). */
  per?: string;
  /** A range's upper end ("40-50%"), in the same units as `value`. */
  high?: number;
  /** How a percentage or a multiple applies: a share of the amount, less by it, more by it, the amount is that
   * share of a total (divide), or compounding per year over a duration given. */
  apply?: 'share' | 'less' | 'more' | 'of-total' | 'compound';
}

const LESS =
  /\b(save|saves|saving|savings|cut|cuts|less|reduc\w*|off|discount\w*|lower|cheaper|drops?|dropped|fall|falls|fell|collapse\w*|declin\w*|shrink\w*|apply)\b/;
const MORE =
  /\b(grows?|growing|grew|increase\w*|more|up|rise|rises|rose|raise\w*|higher|bigger|jump\w*|markup|premium)\b/;
const TOTAL = /\b(total|implied|whole|overall|entire)\b/;
const RANGE = /^(\d+(?:\.\d+)?)\s?(?:-|to)\s?(\d+(?:\.\d+)?)\s?(%|percent\b|x\b|×|times\b)/;

/** Hours in each period: a month is a twelfth of a 365-day year. */
export const HOURS: Record<string, number> = {
  minute: 1 / 60,
  hour: 1,
  day: 24,
  week: 168,
  month: 730,
  quarter: 2190,
  year: 8760,
};
/** Most quantities read from one question; more are ignored (the solver tries every sign per quantity). */
export const MAX_QUANTITIES = 6;

const NUMBER =
  /(?<![a-z\d.,])(\$|usd ?|us\$)?(\d[\d,]*(?:\.\d+)?|\.\d+)(?:(\s?)(thousand|grand|million|billion|trillion|mn|mm|bn|tn|k|m|b|t)(?![a-z]))?/g;
const PERIOD = '(minutes?|mins?|hours?|hrs?|h|days?|workdays?|weeks?|wks?|months?|mos?|quarters?|years?|yrs?)';
const NOUN_WORDS = {
  token: 'tokens?|toks?',
  gpu: 'gpus?|h100s?|h200s?|a100s?|b200s?|chips?|accelerators?|cards?',
  user: 'users?|customers?|seats?|subscribers?|employees|staff|people',
  party: 'companies|company|firms?|labs?|members?|partners?|countries|organi[sz]ations?|ways|teams?',
  request: 'requests?|queries|query|calls?|messages?|msgs?|prompts?',
};
const ANY_NOUN = `${Object.values(NOUN_WORDS).join('|')}|${PERIOD.slice(1, -1)}|at|for|per|a|an|of|in|on|to|and|or|x|each`;
const NOUN = new RegExp(
  // One describing word may sit between the number and its noun ("8 nvidia h100s", "50 consortium members").
  `^[\\s-]*(usd|dollars?|bucks)?\\s*(?:(?:(?!(?:${ANY_NOUN})\\b)[a-z]+[\\s-])?(?:(${NOUN_WORDS.token})|(${NOUN_WORDS.gpu})|(${NOUN_WORDS.user})|${PERIOD}\\b|(${NOUN_WORDS.party})|(${NOUN_WORDS.request})|(%|percent\\b)|(x\\b|×|times\\b|-?fold\\b)))?`,
);
const RATE = new RegExp(
  `^\\s*(?:(?:/|per\\b|an?\\b|each\\b|every\\b)\\s*(?:(1\\s?)?(m|mtok|million|1m|k|thousand)\\b(?:\\s?(?:input |output )?tokens?)?|(tokens?)|(gpu|h100)[- ]?(hours?|hrs?|h)\\b|${PERIOD}\\b|(gpus?|h100s?|users?|seats?|members?|compan(?:y|ies)|requests?|quer(?:y|ies))\\b)|(hourly|daily|weekly|monthly|quarterly|yearly|annually)\\b)`,
);
const DURATION =
  /\b(for|over|during|across|within|lasting)\s+(?:a|an|one|the|a full|a whole|an entire)\s+(hour|day|week|month|quarter|year)\b/g;

/** Dimension of a period word, singular: "hrs" → hour. */
function periodOf(word: string): string {
  if (/^mi/.test(word)) return 'minute';
  if (/^h/.test(word)) return 'hour';
  if (/^(d|workd)/.test(word)) return 'day';
  if (/^w/.test(word)) return 'week';
  if (/^q/.test(word)) return 'quarter';
  if (/^y/.test(word)) return 'year';
  return 'month';
}

function add(dims: Dims, d: Dimension, by: number): void {
  const v = (dims[d] ?? 0) + by;
  if (v === 0) delete dims[d];
  else dims[d] = v;
}

/**
 * Quantities written in a question, in order. `skip` lists character ranges that belong to names
 * ("Llama 3.1 405B") whose numbers are not amounts. Bare numbers without a unit are left out, except a
 * scaled one ("5.6M") in a question about money.
 */
export function parseQuantities(text: string, skip: Array<[number, number]> = []): Quantity[] {
  const s = text.toLowerCase().replace(/[\u2212\u2013\u2014]/g, '-');
  const out: Quantity[] = [];
  const used: Array<[number, number]> = [];
  const moneyTalk = /\$|\b(cost|costs|spend|spent|price|paid|pay|budget|bill|revenue|dollars?|usd)\b|\//.test(s);
  for (const m of s.matchAll(NUMBER)) {
    if (out.length >= MAX_QUANTITIES) break;
    const at = m.index ?? 0;
    if (skip.some(([a, b]) => at >= a && at < b) || used.some(([a, b]) => at >= a && at < b)) continue;
    let value = Number(m[2]!.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    const scale = m[4];
    if (scale) value *= SUFFIX[scale]!;
    const dims: Dims = {};
    let end = at + m[0].length;
    // "40-50%", "100-1,000x": one quantity with both ends.
    const range = m[1] || scale ? null : RANGE.exec(s.slice(at, at + 30).replace(/,/g, ''));
    if (range) {
      const share = /%|percent/.test(range[3]!);
      const rawEnd = s.indexOf(range[3]!, at + range[1]!.length) + range[3]!.length;
      out.push({
        value: Number(range[1]),
        high: Number(range[2]),
        dims: { [share ? 'percent' : 'times']: 1 },
        raw: text.slice(at, rawEnd).trim(),
        at,
        apply: applyOf(s, share),
      });
      used.push([at, rawEnd]);
      continue;
    }
    let noun: string | undefined;
    let per: string | undefined;
    const n = NOUN.exec(s.slice(end, end + 40))!;
    const money = Boolean(m[1] || n[1]);
    if (money) dims.usd = 1;
    if (n[2]) add(dims, 'token', 1);
    else if (n[3]) {
      add(dims, 'gpu', 1);
      noun = /^h100|^h200|^a100|^b200/.test(n[3]) ? n[3].replace(/s$/, '').toUpperCase() : 'GPU';
    } else if (n[4]) {
      add(dims, 'user', 1);
      noun = n[4].replace(/s$/, '');
    } else if (n[5]) {
      add(dims, 'hour', 1);
      value *= HOURS[periodOf(n[5])]!;
    } else if (n[6]) {
      add(dims, 'item', 1);
      noun = n[6] === 'companies' ? 'company' : n[6] === 'ways' ? 'share' : n[6].replace(/s$/, '');
    } else if (n[7]) {
      add(dims, 'item', 1);
      noun = n[7] === 'queries' ? 'query' : n[7].replace(/s$/, '');
    } else if (n[8]) add(dims, 'percent', 1);
    else if (n[9]) add(dims, 'times', 1);
    end += n[0].length;
    // "800 tokens each": per the thing counted before (each request, each user).
    const each = /^\s*each\b/.exec(s.slice(end, end + 10));
    const counted = [...out].reverse().find((q) => ['user', 'gpu', 'item'].some((d) => q.dims[d as Dimension] === 1));
    if (each && counted && Object.keys(dims).length && !dims.usd) {
      add(dims, (['user', 'gpu', 'item'] as const).find((d) => counted.dims[d] === 1)!, -1);
      end += each[0].length;
    }
    const r = RATE.exec(s.slice(end, end + 40));
    if (r) {
      if (r[2]) value /= SUFFIX[r[2] === 'mtok' || r[2] === '1m' ? 'm' : r[2]]!;
      if (r[2] || r[3]) add(dims, 'token', -1);
      if (r[4]) {
        add(dims, 'gpu', -1);
        add(dims, 'hour', -1);
        per = 'hour';
      }
      if (r[6] || r[8]) {
        add(dims, 'hour', -1);
        per = r[8] ? adverbPeriod(r[8]) : periodOf(r[6]!);
        // "3x a year", "20% a year": a rate of change, kept as written and compounded over a duration.
        if (!dims.times && !dims.percent) value /= HOURS[per]!;
      }
      if (r[7]) add(dims, /^(gpu|h100)/.test(r[7]) ? 'gpu' : /^(user|seat)/.test(r[7]) ? 'user' : 'item', -1);
      end += r[0].length;
      const eachAfter = /^\s*each\b/.exec(s.slice(end, end + 10));
      const d = counted && (['user', 'gpu', 'item'] as const).find((x) => counted.dims[x] === 1);
      if (eachAfter && d && !dims.usd && dims[d] === undefined) {
        add(dims, d, -1);
        end += eachAfter[0].length;
      }
    }
    // "180B" glued, without a currency or a noun, is a model size, not an amount.
    if (!Object.keys(dims).length && scale === 'b' && !m[3]) continue;
    if (!Object.keys(dims).length) {
      // A bare scaled number ("5.6M") in a question about money is money; other bare numbers are not amounts.
      if (!scale || !moneyTalk) continue;
      dims.usd = 1;
    }
    const apply =
      dims.percent === 1 || dims.times === 1
        ? dims.times === 1 && dims.hour === -1
          ? 'compound'
          : dims.percent === 1 && dims.hour === -1
            ? 'compound'
            : applyOf(s, dims.percent === 1)
        : undefined;
    out.push({ value, dims, raw: text.slice(at, end).trim(), at, noun, per, apply });
    used.push([at, end]);
  }
  // "doubles every year", "triples each year": a multiple per year without a number.
  for (const d of s.matchAll(/\b(doubl|tripl)\w*(?: in \w+)?\s+(?:every|each|a|per)\s+(year|month)\b/g)) {
    if (out.length >= MAX_QUANTITIES) break;
    const at = d.index ?? 0;
    out.push({
      value: d[1] === 'doubl' ? 2 : 3,
      dims: { times: 1, hour: -1 },
      raw: text.slice(at, at + d[0].length),
      at,
      per: d[2],
      apply: 'compound',
    });
    used.push([at, at + d[0].length]);
  }
  for (const d of s.matchAll(DURATION)) {
    const at = d.index ?? 0;
    if (out.length >= MAX_QUANTITIES || used.some(([a, b]) => at < b && at + d[0].length > a)) continue;
    out.push({ value: HOURS[d[2]!]!, dims: { hour: 1 }, raw: text.slice(at, at + d[0].length), at });
  }
  // "for a year (365 days)": the same duration said twice counts once.
  const sorted = out.sort((a, b) => a.at - b.at);
  return sorted.filter(
    (q, i) =>
      !(q.dims.hour === 1 && Object.keys(q.dims).length === 1) ||
      !sorted.slice(0, i).some((p) => p.dims.hour === 1 && Object.keys(p.dims).length === 1 && p.value === q.value),
  );
}

/** How the question applies a percentage or a multiple, from its wording. */
function applyOf(s: string, share: boolean): Quantity['apply'] {
  if (LESS.test(s)) return 'less';
  if (share && TOTAL.test(s)) return 'of-total';
  if (MORE.test(s)) return 'more';
  return 'share';
}

function adverbPeriod(word: string): string {
  return { hourly: 'hour', daily: 'day', weekly: 'week', monthly: 'month', quarterly: 'quarter' }[word] ?? 'year';
}

/** What unit the question asks for, read from the words the quantities did not use; undefined when it does
 * not say (the solver then picks the most sensible unit). */
export function askedTarget(
  text: string,
  quantities: Quantity[],
): { dims: Dims; per?: string; noun?: string } | undefined {
  let free = text.toLowerCase();
  for (const q of quantities)
    free = `${free.slice(0, q.at)}${' '.repeat(q.raw.length)}${free.slice(q.at + q.raw.length)}`;
  const many =
    /\bhow many (gpus|h100s|chips|accelerators|cards|tokens|users|customers|subscribers|hours|days|weeks|months|years)\b/.exec(
      free,
    );
  if (many) {
    const w = many[1]!;
    if (/^(tokens)$/.test(w)) return { dims: { token: 1 } };
    if (/^(users|customers|subscribers)$/.test(w)) return { dims: { user: 1 } };
    if (/^(hours|days|weeks|months|years)$/.test(w)) return { dims: { hour: 1 }, per: periodOf(w) };
    return { dims: { gpu: 1 }, noun: /^h100/.test(w) ? 'H100' : w.replace(/s$/, '').replace(/^gpu$/, 'GPU') };
  }
  if (/\bhow long\b|\bbreak[- ]?even\b|\bpay ?back\b|\bpays? (for )?itself\b|\brecoup\b/.test(free))
    return { dims: { hour: 1 }, per: 'month' };
  const each =
    /\b(?:per|each|every|a) (gpu|h100|card|chip|user|seat|customer|subscriber|company|member|partner|firm|lab|token)\b/.exec(
      free,
    );
  if (each && quantities.some((q) => q.dims.usd === 1)) {
    const w = each[1]!;
    const d = /^(gpu|h100|card|chip)$/.test(w)
      ? 'gpu'
      : /^(user|seat|customer|subscriber)$/.test(w)
        ? 'user'
        : w === 'token'
          ? 'token'
          : 'item';
    return { dims: { usd: 1, [d]: -1 } };
  }
  const rate =
    /\b(?:per|a|an|each|every) (hour|day|week|month|quarter|year)\b|\b(hourly|daily|weekly|monthly|quarterly|yearly|annually|annual)\b/.exec(
      free,
    );
  if (rate && quantities.some((q) => q.dims.usd === 1))
    return { dims: { usd: 1, hour: -1 }, per: rate[1] ?? (rate[2] === 'annual' ? 'year' : adverbPeriod(rate[2]!)) };
  return undefined;
}
