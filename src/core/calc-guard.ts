// The last check on a worked figure: a calculation the user reads must have used every number they wrote and must
// give the kind of figure they asked for. "$120M with 5 partners weighted 4:3:3:1:1" worked as $24M each dropped the
// weights; "how many times X is $630k" answered "$630,000 a year" restated an input; "CAGR?" answered with a product.
// Each is a confident wrong figure, and "I can't work that out" with the numbers read is better.
import { type Amount, findAmounts } from './calc.js';
import type { Reply } from './types.js';
import { HOURS, periodOf } from './understand/quantities.js';
import type { Question } from './understand/question.js';
import { labelAmount } from './understand/unplaced.js';

/** What a question asks for, read from its asking words: a ratio ("how many times", "how many x"), a growth rate
 * ("CAGR", "growth rate"), a share ("what %", "what share of") or a count ("how many GPUs"). */
export type AskedKind = 'ratio' | 'rate' | 'share' | 'count' | 'hours' | 'days' | 'weeks' | 'months' | 'years';

const RATIO_ASKED =
  /\bhow many (?:times|x)\b|\bhow many-?fold\b|\bwhat multiple\b|\b(?:as|is) a multiple\b|\bwhat(?:'s|’s| is)? the (?:multiple|ratio)\b/;
const RATE_ASKED =
  /\bcagr\b|\bcompound(?:ed)? (?:annual )?(?:growth|rate)\b|\bgrowth rate\b|\b(?:implied|average|annual|yearly) growth\b/;
const SHARE_ASKED =
  /\bwhat (?:%|percent(?:age)?|share|fraction|proportion|portion)\b|\bhow many percent\b|\bas a (?:%|percent(?:age)?|share|fraction)\b|\bin (?:%|percent)\b|\bwhat pct\b/;
/** "how many GPUs": a count of things; time ("how many months"), money, rates and words that are no noun are not. */
const COUNT_ASKED = /\bhow many\s+([a-z][a-z0-9-]*)/;
const NOT_COUNTED =
  /^(?:times|x|percent|more|fewer|less|of|do|does|did|can|could|will|would|should|are|is|were|was|we|i|you|they|it|after|before|in|on|at|for|per|each|seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|mos?|years?|yrs?|quarters?|dollars?|bucks|usd|eur|euros?|pounds?|yuan|rmb|yen|cents?|[a-z0-9]+-(?:hours?|hrs?|days?|months?|years?)|tokens?|words?|flops?|gb|tb|kwh|mwh|gwh)$/;

/** The kinds of figure asked, in the order they are read (a question may ask two things). */
export function askedKinds(lowered: string): AskedKind[] {
  const out: AskedKind[] = [];
  if (RATIO_ASKED.test(lowered)) out.push('ratio');
  if (RATE_ASKED.test(lowered)) out.push('rate');
  if (SHARE_ASKED.test(lowered)) out.push('share');
  const count = COUNT_ASKED.exec(lowered);
  if (count && !NOT_COUNTED.test(count[1]!)) out.push('count');
  // "how many gpu-hours", "how many months": a time, in the period asked.
  const period = count && /(?:^|-)(hours?|hrs?|days?|weeks?|months?|years?|yrs?)$/.exec(count[1]!)?.[1];
  if (period) out.push(`${periodOf(period)}s` as AskedKind);
  return out;
}

/** The results of the reply's worked lines ("Computed: … = $24M per partner."), or its first line. */
function results(reply: Reply): string[] {
  const worked = reply.lines.filter((l) => /^Computed: /.test(l)).map((l) => l.slice(l.lastIndexOf(' = ') + 3));
  return worked.length ? worked : reply.lines.slice(0, 1);
}

const RATIO_SHOWN = /\d\s?(?:×|x\b|-fold\b|\s?fold\b|[\s-]?times\b)/i;
const PERCENT_SHOWN = /(\d[\d,]*(?:\.\d+)?)\s?(?:%|percent\b|pp\b|percentage points?\b)/gi;
const MONEY_SHOWN = /[$€£¥]\s?\d|\d\s?(?:usd|dollars?)\b/i;

/** Whether the reply gives the kind of figure asked. */
function gives(kind: AskedKind, reply: Reply, text: string, written: readonly Amount[]): boolean {
  if (kind === 'ratio') return RATIO_SHOWN.test(text);
  if (kind === 'rate' || kind === 'share') {
    // A percentage the reply worked out, not one of the user's own restated.
    const own = written.filter((a) => /^\s*(?:%|percent)/.test(a.after ?? '') || /%/.test(a.raw)).map((a) => a.value);
    return [...text.matchAll(PERCENT_SHOWN)].some((m) => !own.includes(Number(m[1]!.replace(/,/g, ''))));
  }
  const worked = reply.lines.filter((l) => /^Computed: /.test(l));
  if (!worked.length) return true;
  // A count asked is answered by a number of things, not a sum of money.
  if (kind === 'count') return !results(reply).every((r) => MONEY_SHOWN.test(r));
  // A time asked is answered in it: GPU-hours in hours, a span in days, weeks, months or years.
  const unit = kind === 'hours' ? '(?:hours?|hrs?|h)' : '(?:days?|weeks?|months?|mos?|years?|yrs?)';
  const timed = new RegExp(`\\d[\\d,.]*\\s?[kmb]?\\s?(?:[a-z0-9]+[- ])?${unit}\\b`, 'i');
  return [reply.lines[0] ?? '', ...results(reply)].some((r) => timed.test(r));
}

const close = (a: number, b: number) => Math.abs(a - b) <= Math.abs(b) * 1e-6 + 1e-12;

/** The hours a duration's words stand for ("36 months", "3yr"), if it is one. */
function hoursOf(a: Amount): number | undefined {
  const word = /^[a-z]+/.exec(a.next.replace(/-/g, ''))?.[0];
  if (!word || !/^(?:h|hr|hrs|hours?|d|days?|w|wks?|weeks?|mo|mos|months?|y|yr|yrs|years?|quarters?)$/.test(word))
    return undefined;
  const hours = HOURS[periodOf(word)];
  return hours === undefined ? undefined : a.value * hours;
}

/** Standard lengths of a day, a week, a month and a year in hours, with the period word that names each. */
const PERIODS: [number, number, RegExp][] = [
  [24, 24, /\bday\b|\bdaily\b/],
  [168, 168, /\bweek\b|\bweekly\b/],
  [672, 744, /\bmonth\b|\bmonthly\b|\/mo\b/],
  [8640, 8784, /\byear\b|\byearly\b|\bannual\b|\/yr\b/],
];

/** A number the reply shows in another form: a percentage as its decimal or complement ("cut 20%": × 0.8), a
 * multiple as a percentage ("drops 10x": −90%), a duration in other periods ("36 months": 3yr) or as the period it
 * defines ("a 730h month": a month). */
function shownAs(a: Amount, numbers: readonly number[], shownDurations: readonly number[], text: string): boolean {
  const v = a.value;
  if (/%|percent/.test(`${a.raw}${(a.after ?? '').slice(0, 9)}`))
    return numbers.some((n) => close(n, v / 100) || close(n, 1 - v / 100) || close(n, 100 - v));
  if (/^\s*(?:x|×|times|-fold|fold)\b/.test(a.after ?? '') || /x$/.test(a.raw))
    return numbers.some((n) => close(n, 100 * (1 - 1 / v)) || close(n, 100 * (v - 1)));
  // "2.5x (the middle of 2-3x)": a range's end, when its other end or its middle is shown.
  const other = /^\s?(?:-|to)\s?\$?(\d[\d,]*(?:\.\d+)?)/.exec(a.after ?? '') ?? /(\d[\d,]*(?:\.\d+)?)\s?(?:-|to)\s?\$?$/.exec(a.before ?? '');
  if (other) {
    const o = Number(other[1]!.replace(/,/g, ''));
    if (numbers.some((n) => close(n, o) || close(n, (o + v) / 2))) return true;
  }
  const hours = hoursOf(a);
  if (hours === undefined) return false;
  if (shownDurations.some((h) => close(h, hours))) return true;
  const lowered = text.toLowerCase();
  return PERIODS.some(([low, high, word]) => hours >= low && hours <= high && word.test(lowered));
}

/** Whether a number is the sum of two or three of the numbers shown: a total written beside its parts ("50 members,
 * 10 anchors and the other 40"), or split by tiers ("750M tokens": 100M + 400M + 250M). */
function sumOfShown(v: number, numbers: readonly number[]): boolean {
  const parts = [...new Set(numbers.filter((n) => n > 0 && n < v))];
  for (let i = 0; i < parts.length; i++)
    for (let j = i; j < parts.length; j++) {
      const two = parts[i]! + parts[j]!;
      if (close(two, v)) return true;
      for (let k = j; k < parts.length && two < v; k++) if (close(two + parts[k]!, v)) return true;
    }
  return false;
}

/** Words before a number that make it a label: "ch 15", "option 2", "tier 3", "gen 5", "v2". */
const LABEL_BEFORE =
  /\b(?:ch|chap|chapter|section|sec|page|pg|p|table|fig|figure|part|step|option|tier|phase|round|series|gen|generation|version|ver|v|no|number|#|q|top)\.?\s*$/;
/** Words after a number that quote a figure to say which is meant ("their $5.6M number", "the $1B figure"). */
const QUOTED_AFTER = /^\s*(?:number|figure|estimate|headline|claim|price tag)\b/;
/** A previous value set beside the one used ("$1.10 per dollar, down from 1.35"). */
const PRIOR_BEFORE = /\b(?:down|up) from\s*(?:\$|usd\s?)?$/;
/** Text a rate converts ("600 tokens/page", "1.3 tokens per word"): the quantity it converts carries it. */
const CONVERSION = /^(?:tokens?|words?|pages?|bytes?|chars?|characters?)$/;
/** A share, a margin or a multiple worked from totals: the count of things they are totals of changes nothing. */
const SCALE_FREE = /^(?:[A-Z][\w ]*: )?[−-]?\d[\d,.]*\s?(?:%|×)|^(?:Gross|Net|Operating) margin: /;

/** Why a number the user wrote need not appear in the computation: it describes rather than counts. */
function describing(q: Question, a: Amount, reply: Reply): boolean {
  const before = a.before ?? '';
  const after = a.after ?? '';
  if (LABEL_BEFORE.test(before) || QUOTED_AFTER.test(` ${a.next}${after}`) || PRIOR_BEFORE.test(before)) return true;
  if (CONVERSION.test(a.next) && /^\s*(?:\/|per\b|a\b|an\b|each\b)\s*[a-z]/.test(after)) return true;
  const counted = !a.money && !/%/.test(a.raw) && !/^\s*%/.test(after);
  // "an 8-gpu box", "our 3-person team": a count joined to its noun describes the thing; a duration so written ("a
  // 3-yr commit") only beside another duration that the run lasts.
  if (counted && /^\d[\d.,]*$/.test(a.raw) && /^-[a-z]/.test(after)) {
    const duration = /^-(?:h|hr|hour|d|day|w|wk|week|mo|month|y|yr|year|quarter)s?\b/.test(after);
    if (!duration) return true;
    if (q.quantities.some((x) => x.dims.hour === 1 && Object.keys(x.dims).length === 1 && !x.raw.includes(a.raw)))
      return true;
  }
  // "8 gpus for $250k", "$180k on 4 servers": the things a total is paid for.
  const things = /^[a-z]{3,}s$/.test(a.next) || /^[a-z]{3,}s$/.test(a.nextAfter ?? '');
  if (counted && things && (/^\s*(?:for|at)\s+(?:\$|usd)/.test(after) || /\$[\d.,]+\s?[kmb]?\s+on\s+$/.test(before)))
    return true;
  // "5 partners splitting 40/20/20/10/10": the count of the shares listed.
  if (counted && q.plan.listedShares?.shares.length === a.value) return true;
  // A share or a margin does not depend on how many things its totals are of ("18k users at $29/mo: margin?").
  if (counted && !hoursOf(a) && results(reply).every((r) => SCALE_FREE.test(r))) return true;
  return false;
}

/** Why a worked reply was held back: the user's numbers it left out, the kind of figure asked that it does not give,
 * or the words pointing at a sourced figure it never cites. */
export interface Unsound {
  unshown: string[];
  asked?: AskedKind;
  pointed?: string;
}

/** A number of the user's, not glued to a name ("H100"). */
const NUMBER = /(?<![a-z\d.])[$€£¥]?\d/;

/** Words pointing at a sourced figure with no number of the user's beside them ("meta's H100 count from the paradox
 * chapter, say 1 kW …", "new monthly bill at list prices?"): a number just before, or after in the same clause, is the
 * user quoting the figure ("4.6M per the wiki", "openai reportedly spends $1.35"). */
function unplacedPointer(plain: string, pointer?: RegExp): string | undefined {
  if (!pointer) return undefined;
  for (const m of plain.matchAll(new RegExp(pointer.source, 'g'))) {
    const before = plain.slice(Math.max(0, m.index - 40), m.index);
    const after = plain.slice(m.index + m[0].length, m.index + m[0].length + 40).split(/[,;.?!—()]/)[0]!;
    // Quoted with the words that say which figure: "H100 count from the paradox".
    const which = before.split(/[,;.?!—(]/).pop()!.trim().split(/\s+/).slice(-4).join(' ');
    if (!NUMBER.test(before) && !NUMBER.test(after)) return `${which} ${m[0]}`.trim();
  }
  return undefined;
}

/** The reply as the user reads it, without the follow-up suggestions. */
const shownText = (reply: Reply) =>
  [reply.title, ...reply.lines, ...reply.fields.map((f) => `${f.label}: ${f.value}`), ...reply.notes].join('\n');

/** Why a worked reply must not stand: the user's numbers it never used (as written), or the kind of figure asked that
 * it does not give. Undefined when it stands. `named` gives the data sets' names a text holds ("sonnet 4.5"), whose
 * numbers are no amounts. */
export function unsoundCalculation(
  q: Question,
  reply: Reply,
  named: (text: string) => string[] = () => [],
  pointer?: RegExp,
): Unsound | undefined {
  if (reply.kind !== 'calculation') return undefined;
  const pointed = reply.sources.length ? undefined : unplacedPointer(q.plain, pointer);
  if (pointed) return { unshown: [], pointed };
  const text = shownText(reply);
  const amounts = findAmounts(text);
  const numbers = amounts.map((a) => a.value);
  const durations = amounts.map(hoursOf).filter((h): h is number => h !== undefined);
  const written = q.amounts.filter((a) => !labelAmount(q, a));
  let unshown = written.filter(
    (a) =>
      !numbers.some((n) => close(n, a.value)) &&
      !shownAs(a, numbers, durations, text) &&
      !sumOfShown(a.value, numbers) &&
      !describing(q, a, reply),
  );
  if (unshown.length) {
    const names = named(q.plain).map((n) => n.toLowerCase());
    unshown = unshown.filter((a) => {
      const number = /\d+(?:,\d{3})*(?:\.\d+)?/.exec(a.raw)?.[0] ?? a.raw;
      return !names.some((n) => new RegExp(`(?<![\\d.])${literal(number)}(?![\\d.])`).test(n));
    });
  }
  const asked = askedKinds(q.plain).find((k) => !gives(k, reply, text, written));
  return unshown.length || asked ? { unshown: unshown.map((a) => a.raw), asked } : undefined;
}

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
