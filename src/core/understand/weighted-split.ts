// A cost split where some parties pay a multiple of the others' share: "five companies split $191M, but one pays
// double", "50 members, but 10 of them pay double shares". Shares = the others + the heavy payers × their multiple.
import { sameDims } from '../units.js';
import type { Quantity } from './quantities.js';
import { WORD_NUMBERS } from './quantity-passes.js';
import type { QuantityVocabulary } from './quantity-words.js';

/** A total shared by a count of parties, some of whom pay `times` a regular share. */
export interface WeightedSplit {
  total: Quantity;
  parties: Quantity;
  /** How many pay the larger share, and how many times a regular share they pay. */
  heavy: number;
  times: number;
}

const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, ten: 10, half: 0 };
const MULTIPLE: Record<string, number> = { double: 2, twice: 2, triple: 3, treble: 3 };
/** "one pays double", "10 of them pay 3x", "the 5 biggest pay a double share", "5 large members pay twice as much",
 * "10 anchors pay twice": up to two words of whatever the parties are called between the count and the paying. */
const WEIGHT =
  /\b(one|two|three|four|five|six|ten|\d+)\s+(?:of (?:them|those|us)\s+)?(?:(?!(?:each|pays?|paying|contributes?|puts?|covers?|of)\b)[a-z]+\s+){0,2}(?:each\s+)?(?:pays?|paying|contributes?|puts? in|covers?)\s+(?:an?\s+)?(double|twice|triple|treble|(\d+(?:\.\d+)?)\s?(?:x|×|times))\b/;
const COUNTS = ['user', 'item', 'gpu'] as const;
/** Between a multiple and the count it is a multiple of: "double what each of", "twice as much as the". */
const OTHERS_AFTER = /^\s*(?:what|as much as|the (?:share|amount|cheque|check) of)\s+(?:each of\s+)?(?:the\s+)?$/;

/** The weighted split a question describes, or undefined. */
export function weightedSplitOf(text: string, qs: Quantity[]): WeightedSplit | undefined {
  const s = text.toLowerCase();
  const m = WEIGHT.exec(s);
  if (!m) return undefined;
  const heavy = WORDS[m[1]!] ?? Number(m[1]);
  const times = MULTIPLE[m[2]!] ?? Number(m[3]);
  const inside = (q: Quantity) => q.at >= m.index && q.at < m.index + m[0].length;
  const rest = qs.filter((q) => !inside(q));
  const totals = rest.filter((q) => q.dims.usd === 1 && Object.keys(q.dims).length === 1);
  const parties = rest.filter((q) => COUNTS.some((d) => q.dims[d] === 1) && Object.keys(q.dims).length === 1);
  if (totals.length !== 1 || parties.length !== 1 || rest.length !== 2) return undefined;
  // "10 big members each pay double what each of 30 small members pays": the count after is the others alone.
  const others = parties[0]!;
  const against = others.at >= m.index + m[0].length && OTHERS_AFTER.test(s.slice(m.index + m[0].length, others.at));
  const all = against ? { ...others, value: others.value + heavy, raw: `${heavy} + ${others.raw}` } : others;
  if (!(heavy > 0) || !(times > 0) || heavy > all.value) return undefined;
  return { total: totals[0]!, parties: all, heavy, times };
}

/** A total and the percentages it is split by, as the list was written ("50/30/20"). */
export interface ListedShares {
  total: Quantity;
  shares: number[];
  written: string;
  /** The list as weights ("by headcount 120/80/40"): each share is its weight over their sum. */
  weights?: number[];
  /** Who each weight is ("team a used 420 gpu-h, team b 780"), in order, when every one is named. */
  labels?: string[];
}

/** Weights written as one list: "120 / 80 / 40", "3:2:1", "1.5k/500". */
const WEIGHT_LIST =
  /(?<![\d.$/:])(\d[\d,]*(?:\.\d+)?k?)((?:\s*[/:]\s*\d[\d,]*(?:\.\d+)?k?){1,7})(?![\d.]|\s*[/:]\s*\d|\s*%)/;
/** Words just before a list that make it weights: "by headcount", "in a 3:2:1 ratio", "pro rata", "weighted by". */
const WEIGHTED_BY =
  /\b(?:by|per|on|according to|proportional(?:ly)? to|in proportion to|weighted by|pro[- ]rata(?: to| by)?|in (?:an?|the) ratio(?: of)?|ratio(?: of)?)\s+(?:their\s+|the\s+|its\s+)?(?:[a-z-]+\s+){0,2}(?:of\s+)?$/;
const RATIO_AFTER = /^\s*(?:ratio|split|weights?|proportions?)\b/;

/** Shares written as one list: "50/30/20", "60:40", "40/35/25%". */
const SHARE_LIST = /(?<![\d.$/:])(\d{1,2}(?:\.\d+)?)%?((?:\s*[/:]\s*\d{1,2}(?:\.\d+)?%?){1,5})(?!\.?\d|\s*[/:]\s*\d)/;
/** "what if only 35 sign up", "what if it's 25 labs", "and if just 40 join": the count the question asks the same
 * thing again with, the first number after the words. */
const WHAT_IF =
  /\b(?:what if|and if|if instead|or if|what about)\b[^\d$.;?]{0,20}?(\d[\d,]*)(?![\d.,]*\s*(?:%|x\b|×|\$|[kmb]\b))/;
/\b(?:what if|and if|if instead|or if|what about if)\s+(?:only |just |we get |there are )?(\d[\d,]*)(?![\d.,]*\s*(?:%|x|×|\$|[kmb]\b))/;

/** A total split by shares written as one list ("between 3 partners 50/30/20"): the shares as percentages of the
 * total, the count of parties (when it matches the shares) dropped; undefined when there is no such list. */
export function listedSharesOf(text: string, qs: Quantity[]): ListedShares | undefined {
  const s = text.toLowerCase();
  const m = SHARE_LIST.exec(s);
  if (!m) return listedWeightsOf(s, qs) ?? usageSharesOf(s, qs) ?? relativeUseOf(s, qs);
  const values = [m[1]!, ...m[2]!.split(/[/:]/).slice(1)].map((v) => Number(v.replace('%', '').trim()));
  const sum = values.reduce((t, v) => t + v, 0);
  // Percentages add up to the whole; anything else is not a split of it ("24/7", "1/3 of").
  if (values.length < 2 || Math.abs(sum - 100) > 0.5 || values.some((v) => !(v > 0)))
    return listedWeightsOf(s, qs) ?? usageSharesOf(s, qs);
  const totals = qs.filter((q) => q.dims.usd === 1 && !Object.keys(q.dims).some((k) => k !== 'usd' && k !== 'hour'));
  const parties = qs.filter((q) => COUNTS.some((d) => q.dims[d] === 1) && Object.keys(q.dims).length === 1);
  if (totals.length !== 1 || qs.length !== totals.length + parties.length || parties.length > 1) return undefined;
  if (parties[0] && parties[0].value !== values.length) return undefined;
  return { total: totals[0]!, shares: values, written: m[0].trim() };
}

/** A total split in proportion to a written list of weights ("split $2.4M across 3 BUs by headcount 120 / 80 / 40",
 * "$90k in a 3:2:1 ratio"): each share is its weight over their sum. The list counts as weights only when a word
 * before it says so ("by …", "ratio", "pro rata") or the count of parties matches it. */
function listedWeightsOf(s: string, qs: Quantity[]): ListedShares | undefined {
  const m = WEIGHT_LIST.exec(s);
  // "leave it on 24/7": every hour of every day, not two weights.
  if (!m || /^24\s*\/\s*7\b(?!\.?\d)/.test(m[0].trim())) return undefined;
  const weights = [m[1]!, ...m[2]!.split(/[/:]/).slice(1)].map((v) => {
    const t = v.trim().replace(/,/g, '');
    return t.endsWith('k') ? Number(t.slice(0, -1)) * 1000 : Number(t);
  });
  const sum = weights.reduce((t, v) => t + v, 0);
  if (weights.length < 2 || weights.some((v) => !(v > 0) || !Number.isFinite(v))) return undefined;
  const inside = (q: Quantity) => q.at >= m.index && q.at < m.index + m[0].length;
  const rest = qs.filter((q) => !inside(q));
  const totals = rest.filter((q) => q.dims.usd === 1 && !Object.keys(q.dims).some((k) => k !== 'usd' && k !== 'hour'));
  const parties = rest.filter((q) => COUNTS.some((d) => q.dims[d] === 1) && Object.keys(q.dims).length === 1);
  if (totals.length !== 1 || rest.length !== totals.length + parties.length || parties.length > 1) return undefined;
  if (parties[0] && parties[0].value !== weights.length) return undefined;
  const named =
    WEIGHTED_BY.test(s.slice(Math.max(0, m.index - 40), m.index)) || RATIO_AFTER.test(s.slice(m.index + m[0].length));
  // "3 BUs … 120 / 80 / 40": a count of parties written in words the quantities do not hold still matches the list.
  const counted = new RegExp(`\\b${weights.length}\\s+[a-z]`).test(s.slice(0, m.index));
  if (!named && !parties[0] && !counted) return undefined;
  return { total: totals[0]!, shares: weights.map((w) => (100 * w) / sum), written: m[0].trim(), weights };
}

/** Sharing one amount out: "split", "divide", "allocate", "charge back", "what does each owe". */
const SHARED_OUT =
  /\b(?:split|splitting|divide|dividing|allocate|allocating|apportion\w*|charge ?back|bill back|share out|prorate|pro[- ]rate|each (?:owe|pay|get)s?|(?:owes?|pays?|gets?) each)\b/;
/** Shares in proportion to use: "by usage", "in proportion to the hours", "pro rata", "team a used 420 gpu-h". */
const BY_USE =
  /\b(?:usage|use|used|uses|consumption|consumed|pro[- ]rata|in proportion|proportional(?:ly)?|weighted by|ran|logged)\b/;
/** A number as written, with its scale ("1,100", "2.5k", "1.8B", "600M"), and a unit word after it, if any. */
const USE_NUMBER = /(?<![\w.$])(?<!\d,)(\d{1,3}(?:,\d{3})+(?![\d])|\d+)(\.\d+)?((?:k|m|mn|b|bn)\b)?(\s*[a-z][a-z-]*)?/g;
const USE_SCALE: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9 };
/** A number that names a party rather than its use: "team 2", "project 3", "#4". */
const PARTY_NUMBER =
  /(?:#|\b(?:team|group|project|dept|department|customer|client|tenant|unit|bu|lab|squad|no|number|option|tier|region))\s?$/;
/** Words between a party's name and its use: "used", "ran", "had", "with", "at". */
const USE_VERB =
  /(?:\s+(?:used|uses|use|ran|runs|run|consumed|consumes|logged|had|has|took|takes|burned|burnt|with|at|was|were|is|are|on|about|around|~))+\s*$/;

/** The sum of money at the start of a total's words ("$27,600 gpu invoice"). */
const MONEY_ONLY = /^\$?[\d,.]+\s?(?:k|m|b|bn|mn)?(?=\s+[a-z])/i;

/** A total split by what each party used ("split a $27,600 invoice by usage: team a used 420 gpu-h, team b 780, team
 * c 1,100"): each pays the total × its own use ÷ the sum. Only a money total and numbers of use, nothing else: a
 * rate, a percentage or a second sum of money leaves it to other readings. */
function usageSharesOf(s: string, qs: Quantity[]): ListedShares | undefined {
  if (!SHARED_OUT.test(s) || !BY_USE.test(s)) return undefined;
  const totals = qs.filter((q) => sameDims(q.dims, { usd: 1 }) && q.high === undefined);
  if (totals.length !== 1 || qs.some((q) => q.dims.percent !== undefined)) return undefined;
  const written = totals[0]!;
  // "$27,600 gpu invoice": the sum alone is what is split.
  const moneyOnly = MONEY_ONLY.exec(written.raw)?.[0];
  const total = moneyOnly ? { ...written, raw: moneyOnly } : written;
  let uses: Use[] = [];
  for (const m of s.matchAll(USE_NUMBER)) {
    const at = m.index;
    if (at >= written.at && at < written.at + written.raw.length) continue;
    if (PARTY_NUMBER.test(s.slice(Math.max(0, at - 12), at))) continue;
    // A year, or a number joined to letters ("h100", "a100"), is no use.
    if (/^(?:19|20)\d\d$/.test(m[1]!) || /[a-z]$/.test(s.slice(Math.max(0, at - 1), at))) continue;
    const digits = m[1]! + (m[2] ?? '');
    const value = Number(digits.replace(/,/g, '')) * (m[3] ? USE_SCALE[m[3]]! : 1);
    if (!(value > 0)) return undefined;
    const unit = m[4]?.trim();
    const end = at + digits.length + (m[3]?.length ?? 0);
    uses.push({ value, at, end, unit: LIST_WORD.test(unit ?? '') ? undefined : unit });
  }
  // "among 3 teams in proportion to usage: 10, 20 and 70": the count of parties is no use of its own.
  const parties = uses.find((u) => u.unit && !USE_UNIT.test(u.unit) && u.value === uses.length - 1);
  if (parties) uses = uses.filter((u) => u !== parties);
  // …or written as a word ("three teams"), read as a count.
  const partyWord = qs.find(
    (q) => COUNTS.some((d) => q.dims[d] === 1) && Object.keys(q.dims).length === 1 && q.value === uses.length,
  );
  // Every use counts the same thing, in a unit of use ("4 people, 2 of them used more" counts no use).
  const units = new Set(uses.map((u) => u.unit && unitOf(u.unit)));
  units.delete(undefined);
  if (uses.length < 2 || uses.length > 8 || units.size > 1 || uses.some((u) => u.unit && !USE_UNIT.test(u.unit)))
    return undefined;
  // Every other quantity the reading found is one of the uses ("420 gpu-h" read as GPUs): nothing else to place.
  const within = (q: Quantity, u: Use | undefined) => u && q.at >= u.at && q.at < u.end;
  if (qs.some((q) => q !== written && q !== partyWord && !within(q, parties) && !uses.some((u) => within(q, u))))
    return undefined;
  const labels = usageLabels(s, uses, total);
  // Unnamed uses are one list ("10, 20 and 70 gpu-hours"), nothing written between them but commas and "and".
  const listed = uses.every((u, i) => i === 0 || LIST_GAP.test(s.slice(uses[i - 1]!.end, u.at)));
  if (!labels && !listed) return undefined;
  const sum = uses.reduce((t, u) => t + u.value, 0);
  return {
    total,
    shares: uses.map((u) => (100 * u.value) / sum),
    written: 'by usage',
    weights: uses.map((u) => u.value),
    ...(labels ? { labels } : {}),
  };
}

/** Multiples written as words: "twice", "double", "three times", "half". */
const MULTIPLE_WORDS: Record<string, number> = {
  twice: 2,
  double: 2,
  triple: 3,
  thrice: 3,
  treble: 3,
  half: 0.5,
  'two times': 2,
  'three times': 3,
  'four times': 4,
  'five times': 5,
};
/** One party's use as a multiple of another's: "team a uses 3x team b", "infra used twice what research did", "ml
 * burns three times as much as data". Group 1 the first party, 2 the multiple, 3 the second party. "3x more than" is
 * left alone: it reads as 3× or 4×. */
const RELATIVE_USE =
  /(?:^|[,;:.—–]\s*|\s-\s+|\b(?:and|but|where|while|if|since|because)\s+)((?:the\s+)?[a-z][\w'&-]*(?:\s+[a-z\d][\w'&-]*)?)\s+(?:uses?|used|using|consumes?|consumed|runs?|ran|burns?|burned|burnt|does|did|accounts for|is|was)\s+(?:about\s+|~|roughly\s+)?(\d+(?:\.\d+)?\s?(?:x|×|times)|twice|double|triple|thrice|treble|half|(?:two|three|four|five) times)\s+(?:as much as\s+|what\s+|the (?:usage|use|share|amount) of\s+|that of\s+)?((?:the\s+)?[a-z][\w'&-]*(?:\s+(?!does|did|uses?|used|do)[a-z\d][\w'&-]*)?)(?:\s+(?:does|did|uses?|used|do))?\s*(?:$|[,;:.?!)]|\s(?:and|so|but|then|how|what|who)\b)/;

/** A total split between two parties, one using a multiple of the other ("split the $5k bill by usage; team a uses 3x
 * team b"): the shares m : 1, never the total times the multiple. */
function relativeUseOf(s: string, qs: Quantity[]): ListedShares | undefined {
  if (!SHARED_OUT.test(s) && !/\bby (?:usage|use)\b/.test(s)) return undefined;
  const m = RELATIVE_USE.exec(s);
  if (!m) return undefined;
  const written = m[2]!.replace(/\s+/g, ' ');
  const times = MULTIPLE_WORDS[written] ?? Number(/^\d+(?:\.\d+)?/.exec(written)?.[0]);
  if (!(times > 0) || times === 1) return undefined;
  const totals = qs.filter((q) => sameDims(q.dims, { usd: 1 }) && q.high === undefined);
  const at = m.index + m[0].indexOf(m[2]!);
  const others = qs.filter((q) => !totals.includes(q) && !(q.at >= at && q.at < at + m[2]!.length));
  if (totals.length !== 1 || others.length) return undefined;
  const [a, b] = [m[1]!, m[3]!].map((x) => x.replace(/^the\s+/, '').trim());
  if (!a || !b || a === b || /\b(?:it|they|that|this|we|us|one)\b/.test(`${a} ${b}`)) return undefined;
  // "$9k gpu bill": the sum alone is what is split.
  const moneyOnly = MONEY_ONLY.exec(totals[0]!.raw)?.[0];
  return {
    total: moneyOnly ? { ...totals[0]!, raw: moneyOnly } : totals[0]!,
    shares: [(100 * times) / (times + 1), 100 / (times + 1)],
    written: `by usage (${a} ${trimmed(times)}× ${b})`,
    weights: [times, 1],
    labels: [a, b],
  };
}

const trimmed = (n: number) => String(Math.round(n * 100) / 100);

/** One party's use as written: its number, where it is, and the unit word after it ("gpu-h"), if any. */
interface Use {
  value: number;
  at: number;
  end: number;
  unit?: string;
}
/** Units a use is counted in: GPU-hours, hours, node-hours, requests, tokens. */
const USE_UNIT =
  /^(?:gpu[- ]?h(?:ours?|rs?)?|h|hrs?|hours?|node[- ]?h(?:ours?|rs?)?|gpu[- ]?days?|days?|units?|tokens?|requests?|reqs?|calls?|queries|credits?|jobs?|runs?|gb|tb)$/;
/** Words after a use that end it, no unit: "10 and 20", "300 each". */
const LIST_WORD = /^(?:and|each|apiece|respectively|or)$/;
/** Between two uses of one list: commas, "and", a unit, a slash. */
const LIST_GAP = /^\s*(?:[a-z-]+\s*)?(?:,|\/|;|,?\s*and)\s*$/;
/** A unit of use by its stem: "hrs", "hours" and "h" are one. */
const unitOf = (u: string) => (/^(?:h|hrs?|hours?)$/.test(u) ? 'hour' : u.replace(/s$/, ''));

/** Who each use is, from the words just before it ("team a used", ", team b"): undefined unless every use has a
 * short name of its own. */
function usageLabels(s: string, uses: Use[], total: Quantity): string[] | undefined {
  const labels = uses.map((u, i) => {
    const from = Math.max(i ? uses[i - 1]!.end : 0, total.at < u.at ? total.at + total.raw.length : 0);
    const piece =
      s
        .slice(from, u.at)
        .split(/[,;:.(]|\s[-—–]\s|\band\b/)
        .pop() ?? '';
    return piece.replace(USE_VERB, '').trim();
  });
  const ok = labels.every(
    (l) => /^[a-z][\w'&-]*(?:\s+[\w'&-]+){0,2}$/.test(l) && !/\b(?:by|usage|split|divide|bill|invoice)\b/.test(l),
  );
  return ok && new Set(labels).size === labels.length ? labels : undefined;
}

/** The same question asked again with another count ("split among 50; what if only 35?"): the count replaced. */
export function whatIfCount(
  text: string,
  qs: Quantity[],
  words: QuantityVocabulary = {},
): { count: Quantity; instead: Quantity; rest: Quantity[] } | undefined {
  const s = text.toLowerCase();
  const m = WHAT_IF.exec(s);
  if (!m) return undefined;
  const counts = qs.filter(
    (q) => COUNTS.some((d) => q.dims[d] === 1) && Object.keys(q.dims).length === 1 && q.at < m.index,
  );
  const said = Number(m[1]!.replace(/,/g, ''));
  if (counts.length !== 1 || !(said > 0)) return undefined;
  const count = counts[0]!;
  // "and if 20 of them bail?", "what if 10 more join?": a change of the count, not the new count.
  const after = s.slice(m.index + m[0].length, m.index + m[0].length + 40).replace(/^\s+/, '');
  // The words after the number, with "of them", "more" or the count's noun skipped: "20 companies bail".
  const next = [after, after.replace(/^(?:of (?:them|those|us|the \w+)|more|extra|other|additional|[a-z]+)\s*/, '')];
  const said_ = (v?: RegExp) => Boolean(v && next.some((x) => v.test(x)));
  // "what if only 20 join?" names the new count; joining adds only when "more" says so.
  const only = /\b(?:only|just)\s*$/.test(s.slice(m.index, m.index + m[0].length - m[1]!.length));
  const more = /^(?:more|extra|additional|other)\b/.test(after) || /\banother\s*$/.test(m[0].slice(0, -m[1]!.length));
  const by = only ? 0 : said_(words.countLeaves) ? -said : more && said_(words.countJoins) ? said : 0;
  const value = by ? count.value + by : said;
  if (by && value <= 0) return undefined;
  if (value === count.value) return undefined;
  const noun = count.raw.replace(/^[\d,.]+(?:[kmb]\b)?\s*/i, '');
  const at = m.index + m[0].length - m[1]!.length;
  // The new count said with a noun ("6 chip in") is the same number, not another input.
  const rest = qs.filter((q) => q.at !== at);
  const written = by ? String(value) : m[1]!;
  return { count, instead: { ...count, value, raw: noun ? `${written} ${noun}` : written, at }, rest };
}

/** Number words a count of parties that leave is written with ("if two of them bail"). */
const COUNT_WORDS: Record<string, number> = { one: 1, ...WORD_NUMBERS };
/** Words of a sum shared out between parties. */
const SHARED =
  /\b(?:split|splits|splitting|share|shares|shared|sharing|chip in|chipping in|pool|pooled|divide|divided|evenly|equally|each|cheques?|checks?|funds?|funding|contribut\w*)\b/;
/** A count of parties, as digits or a word: "10", "two", "some". */
const LEAVERS =
  /(?<![\w.$,])(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|some|several|a few|a couple|a handful|half)\b/g;
/** Words between a count and the word saying they leave: "of them", a noun ("2 labs"), "then", "later". */
const WHOM = /^(?:of (?:them|those|us|these|the [a-z]+)\s+|[a-z]+\s+)/;
const WHEN_WORD = /^(?:then|later|eventually|also|subsequently|suddenly|would|will|might|each)\s+/;

/** Parties that leave a count said before: "$1B split across 50 companies; if 10 of them bail", "12 labs, 2 drop
 * out". `vague` when how many is not said ("some of them pull out"). */
export function leavingCount(
  text: string,
  countLeaves: RegExp | undefined,
): { n: number; at: number; end: number; vague: boolean } | undefined {
  if (!countLeaves) return undefined;
  const s = text.toLowerCase();
  for (const m of s.matchAll(LEAVERS)) {
    const after = s.slice(m.index + m[0].length).replace(/^\s+/, '');
    const whom = [after, after.replace(WHOM, '')];
    const said = [...whom, ...whom.map((x) => x.replace(WHEN_WORD, ''))];
    const hit = said.find((x) => countLeaves.test(x));
    if (hit === undefined) continue;
    // "what if 10 of them bail?" asks the split again with the new count, read elsewhere.
    if (/\b(?:what if|and if|if instead|or if|what about)\b[^\d]{0,20}$/.test(s.slice(0, m.index))) continue;
    const n = COUNT_WORDS[m[1]!] ?? Number(m[1]!.replace(/,/g, ''));
    const vague = !(n > 0);
    return { n: vague ? 0 : n, at: m.index, end: s.length - hit.length, vague };
  }
  return undefined;
}

/** The user's quantities with a count taken down by the parties that leave it ("50 companies … 10 of them bail" is 50
 * − 10 companies), the number that leaves no longer an input; undefined when nothing leaves, or `'vague'` when how
 * many is not said or does not fit the count. */
export function afterLeavers(
  text: string,
  qs: Quantity[],
  words: QuantityVocabulary = {},
): Quantity[] | 'vague' | undefined {
  // Only a sum shared out loses parties this way; "10 users churn a month" is a rate, read elsewhere.
  if (!SHARED.test(text.toLowerCase()) || qs.some((q) => q.dims.hour !== undefined)) return undefined;
  const left = leavingCount(text, words.countLeaves);
  if (!left) return undefined;
  const isCount = (q: Quantity) => COUNTS.some((d) => q.dims[d] === 1) && Object.keys(q.dims).length === 1;
  const counts = qs.filter((q) => isCount(q) && q.at < left.at);
  if (left.vague || counts.length !== 1 || counts[0]!.high !== undefined || counts[0]!.value <= left.n) return 'vague';
  const count = counts[0]!;
  const rest = qs.filter((q) => q.at < left.at || q.at >= left.end);
  return rest.map((q) =>
    q === count ? { ...count, value: count.value - left.n, raw: `(${count.raw} − ${left.n})` } : q,
  );
}

/** A share some parties pay each, the others splitting what is left: "two of them pay 30% each, the other three
 * split the rest", "one covers 40%, the remaining three share the rest evenly". */
export interface FixedShares {
  total: Quantity;
  /** How many pay the fixed share, and the share each pays. */
  heavy: number;
  share: Quantity;
  /** The share is the group's, split equally among them ("cover half between them"), not each one's. */
  jointly?: boolean;
  /** How many split what is left, and the noun they are counted by. */
  others: number;
  noun?: string;
  /** The noun the others alone are counted by ("the other 27 members"). */
  othersNoun?: string;
  /** The fixed payers are asked ("what do the two big ones pay?"), not the others. */
  heavyAsked: boolean;
}

const PAYS =
  '(?:pays?|paying|covers?|covering|puts? in|putting in|contributes?|contributing|takes?|taking|funds?|chips? in)';
/** "two of them pay 30% each", "one covers 40%", "the 2 anchors each put in 25%". */
const FIXED = new RegExp(
  `\\b(one|two|three|four|five|six|\\d+)\\s+(?:of (?:them|those|us|the [a-z]+)\\s+)?(?:[a-z]+\\s+){0,2}?(?:each\\s+)?${PAYS}\\s+(?:for\\s+)?(\\d+(?:\\.\\d+)?)\\s?%(\\s*(?:each|apiece|a piece|of it each|each of it))?`,
);
/** "the other three split the rest", "the remaining 3 share it evenly", "the rest is split by the other four". */
const OTHERS =
  /\b(?:the\s+)?(?:other|others|remaining|rest of the|rest)\b\s*(one|two|three|four|five|six|seven|eight|nine|ten|\d+)?/;
/** The question asks about the fixed payers: "what do the big two pay", "the larger ones". */
const HEAVY_ASKED = /\b(?:big|bigger|biggest|large|larger|largest|anchor|anchors|lead|main|major)\b/;

/** "3 anchor backers cover half between them equally", "two founders put in 40% together": one share for the group,
 * each of them paying an equal part of it. */
const JOINT = new RegExp(
  `\\b(one|two|three|four|five|six|\\d+)\\s+(?:[a-z]+\\s+){0,2}?${PAYS}\\s+(?:for\\s+)?(half|a third|one third|a quarter|one quarter|two thirds|(\\d+(?:\\.\\d+)?)\\s?%)(?:\\s+of\\s+(?:it|the\\s+[a-z]+))?\\s+(?:between them(?:selves)?|among them(?:selves)?|together|jointly|combined|collectively)(?:,?\\s+(?:equally|evenly))?`,
);
const FRACTION_WORDS: Record<string, number> = {
  half: 50,
  'a third': 100 / 3,
  'one third': 100 / 3,
  'a quarter': 25,
  'one quarter': 25,
  'two thirds': 200 / 3,
};

/** The fixed shares a question describes; `'vague'` when it has them but not every count fits. */
export function fixedSharesOf(text: string, qs: Quantity[]): FixedShares | 'vague' | undefined {
  const s = text.toLowerCase();
  const joint = JOINT.exec(s);
  const m = joint ?? FIXED.exec(s);
  if (!m) return undefined;
  const after = s.slice(m.index + m[0].length);
  const o = OTHERS.exec(after);
  if (!o || !/\b(?:rest|remainder|remaining|what'?s left|balance|split|share|divide)\b/.test(after)) return undefined;
  const heavy = COUNT_WORDS[m[1]!] ?? Number(m[1]);
  const pct = joint ? (FRACTION_WORDS[m[2]!] ?? Number(m[3])) : Number(m[2]);
  const written = qs.find((q) => q.dims.percent === 1 && q.at > m.index && q.at < m.index + m[0].length);
  // "cover half between them": the group's share in words is a share as a percentage would be.
  const share =
    joint && !m[3]
      ? { value: pct, dims: { percent: 1 }, raw: m[2]!, at: m.index + m[0].indexOf(m[2]!), apply: 'share' as const }
      : written;
  // "two of them pay 30%": together or each is not said.
  if (!joint && heavy > 1 && !m[3] && !/\beach\b/.test(m[0])) return 'vague';
  const whole = joint ? pct : heavy * pct;
  if (!share || Math.abs(share.value - pct) > 1e-9 || share.high !== undefined || !(heavy > 0) || whole >= 100)
    return 'vague';
  const isCount = (q: Quantity) => COUNTS.some((d) => q.dims[d] === 1) && Object.keys(q.dims).length === 1;
  const oAt = m.index + m[0].length + o.index;
  const within = (q: Quantity, a: number, b: number) => q.at >= a && q.at < b;
  const said = o[1] ? (COUNT_WORDS[o[1]] ?? Number(o[1])) : undefined;
  // Counts said again after the shares ("each of the three small ones") name the parties already counted.
  const again = (q: Quantity) => isCount(q) && q.at > m.index && (q.value === heavy || q.value === said);
  const rest = qs.filter(
    (q) =>
      q !== share &&
      !again(q) &&
      !within(q, m.index, m.index + m[1]!.length + 1) &&
      !within(q, oAt, oAt + o[0].length + 1) &&
      // "cover a third of it jointly": the group's share in words, whatever reading the fraction had.
      !(joint && !m[3] && within(q, share.at, share.at + m[2]!.length)),
  );
  const totals = rest.filter((q) => q.dims.usd === 1 && Object.keys(q.dims).length === 1);
  const parties = rest.filter(isCount);
  if (totals.length !== 1 || parties.length > 1 || rest.length !== totals.length + parties.length) return 'vague';
  const all = parties[0];
  // "the other 27 members": what the others are called, when written with their count.
  const othersCount = qs.find((q) => isCount(q) && within(q, oAt, oAt + o[0].length + 1) && q.value === said);
  const others = said ?? (all ? all.value - heavy : undefined);
  if (!others || !(others > 0) || (all && all.value !== heavy + others)) return 'vague';
  const asked = s.slice(Math.max(0, s.search(/\b(?:what|how much)\b[^?]*\??\s*$/)));
  return {
    total: totals[0]!,
    heavy,
    share,
    ...(joint ? { jointly: true } : {}),
    others,
    ...(othersCount?.noun && /^[a-z]{3,}$/.test(othersCount.noun) ? { othersNoun: othersCount.noun } : {}),
    ...(all?.noun ? { noun: all.noun } : {}),
    heavyAsked: HEAVY_ASKED.test(asked) && !/\b(?:other|others|remaining|small|smaller)\b/.test(asked),
  };
}
