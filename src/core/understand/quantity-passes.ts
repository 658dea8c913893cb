// Passes over the quantities read from one question: number words as digits, fractions, a unit shared by a
// range, "×" chains and a period named before the first number.

import { trimNumber } from '../format.js';
import type { Dims, Quantity } from './quantities.js';
import {
  adverbPeriod,
  applyOf,
  CAPITAL_WORDS,
  DOWN_AFTER_NEAR,
  DOWN_BEFORE,
  FLEET_ASKED,
  HOURS,
  type PeriodName,
  periodOf,
  type QuantityVocabulary,
} from './quantity-words.js';

/** Number words as digits ("three" → 3); "one" is left out, a word more often than a count. */
export const WORD_NUMBERS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  thousand: 1000,
  dozen: 12,
  twice: 2,
};
const WORD_NUMBER = new RegExp(`\\b(?:a |one )?(${Object.keys(WORD_NUMBERS).join('|')})\\b(?!-)`, 'g');

/** "ten times", "three of us", "a hundred GPUs": number words as digits, padded to the same length so every
 * position still points into the question as written. "one" stays a word ("which one", "one of them"). */
export function numberWords(s: string, ends: Map<number, number>): string {
  return s.replace(WORD_NUMBER, (all, w: string, at: number) => {
    // "a thousand" stays "thousand" after a number ("5 thousand"), where it is a scale.
    if (/\d\s*$/.test(s.slice(Math.max(0, at - 3), at))) return all;
    // "per thousand tokens": a rate's unit, read by the rate reader.
    if (/^(?:thousand|hundred)$/.test(w) && /(?:\bper|\/)\s*$/.test(s.slice(Math.max(0, at - 5), at))) return all;
    ends.set(at, at + all.length);
    return (w === 'twice' ? '2x' : String(WORD_NUMBERS[w])).padEnd(all.length, ' ');
  });
}

const FRACTION_WORDS: Record<string, number> = {
  half: 2,
  third: 3,
  quarter: 4,
  fifth: 5,
  tenth: 10,
  hundredth: 100,
  thousandth: 1000,
};
const FRACTION =
  /(?<![\d.,/])1\s?(?:\/|-of-|\s+of\s+)\s?(\d[\d,]*)(?:st|nd|rd|th)?\b(?!\s*%)|\b(?:a|one) (third|quarter|fifth|tenth|hundredth|thousandth)\b(?= of| as\b| the\b| (?:our|their|its|my|your)\b)|\bhalf\b(?= of| as\b| the\b| that\b| what\b|[- ]price\b|[- ]off\b| (?:our|their|its|my|your)\b)/g;

/** "1/10,000th of GPT-5", "a tenth of the bill", "half the cost", "a 1-of-50 share": a multiple below one. */
export function fractions(text: string, s: string, out: Quantity[], used: Array<[number, number]>): void {
  for (const m of s.matchAll(FRACTION)) {
    const by = m[1] ? Number(m[1].replace(/,/g, '')) : FRACTION_WORDS[m[2] ?? 'half']!;
    if (!(by > 0)) continue;
    const at = m.index ?? 0;
    if (used.some(([a, b]) => at < b && at + m[0].length > a)) continue;
    out.push({ value: 1 / by, dims: { times: 1 }, raw: text.slice(at, at + m[0].length), at, apply: 'share' });
    used.push([at, at + m[0].length]);
  }
  fractionChanges(text, s, out, used);
}

/** A change by a fraction: "cut by a fifth", "grew by two thirds", "a third cheaper", "half again as much". */
const FRACTION_CHANGE =
  /\bby\s+((?:a|one|2|3|4)\s+(?:third|quarter|fifth|tenth)s?|half)\b|\b((?:a|one|2|3|4)\s+(?:third|quarter|fifth|tenth)s?|half)(?=\s+(?:more|less|cheaper|dearer|higher|lower|bigger|smaller|up|down)\b)|\b(half again)\b/g;

/** Changes by a fraction as the percentage they are (a fifth is 20%), applied the way the question words them; "half
 * again" is 1.5 times. */
function fractionChanges(text: string, s: string, out: Quantity[], used: Array<[number, number]>): void {
  for (const m of s.matchAll(FRACTION_CHANGE)) {
    const words = m[1] ?? m[2] ?? m[3]!;
    const at = m.index! + m[0].indexOf(words);
    const end = at + words.length;
    if (used.some(([a, b]) => at < b && end > a)) continue;
    const raw = text.slice(at, end);
    if (m[3]) out.push({ value: 1.5, dims: { times: 1 }, raw, at, apply: 'share' });
    else {
      const [count, part] = words === 'half' ? ['1', 'half'] : words.split(/\s+/);
      const n = /^\d$/.test(count!) ? Number(count) : 1;
      const by = FRACTION_WORDS[part!.replace(/s$/, '')]!;
      out.push({ value: (100 * n) / by, dims: { percent: 1 }, raw, at, apply: applyOf(s, true, at) });
    }
    used.push([at, end]);
  }
}

/** "from $30 to $10 per MTok", "$20-$30/hr": a unit written once after the second number belongs to both. */
export function sharedUnit(s: string, out: Quantity[], written: Map<Quantity, number>): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const [a, b] = [out[i]!, out[i + 1]!];
    const wa = written.get(a);
    const wb = written.get(b);
    // "$3/$15 per million": input and output prices, by the industry's order, the unit written once.
    const pair = /^\s*\/\s*$/.test(s.slice(a.at + a.raw.length, b.at)) && b.dims.usd === 1 && b.dims.token === -1;
    if (pair && wa !== undefined && wb && a.dims.usd === 1 && Object.keys(a.dims).length === 1) {
      a.value = wa * (b.value / wb);
      a.dims = { ...b.dims };
      a.side = 'input';
      b.side = 'output';
      continue;
    }
    if (wa === undefined || !wb || !/^\s*(?:to|-)\s*$/.test(s.slice(a.at + a.raw.length, b.at))) continue;
    const keys = Object.keys(a.dims) as Array<keyof Dims>;
    const within = keys.every((k) => b.dims[k] === a.dims[k]);
    if (!within || Object.keys(b.dims).length <= keys.length) continue;
    a.value = wa * (b.value / wb);
    a.dims = { ...b.dims };
    a.per = b.per;
  }
}

/** Words that set one price against another: "vs", "instead of", "moving to", "switching to". */
const SWITCH_BETWEEN =
  /\b(?:vs\.?|versus|or|instead of|rather than|compared (?:to|with)|against|mov(?:e|es|ed|ing) to|switch(?:es|ed|ing)? to|migrat\w* to)\b/;

/** "we pay 2.8k/mo per gpu on aws, 24 gpus. moving to 1.1k/mo marketplace": a price each period set against one per a
 * counted thing (within 10× of it) is per that thing too, where that count is given; never a flat bill for all. */
export function switchedPer(s: string, out: Quantity[]): void {
  const counts = ['gpu', 'user', 'item'] as const;
  for (const a of out) {
    const d = counts.find((k) => a.dims[k] === -1);
    if (!d || a.dims.usd !== 1 || a.dims.hour !== -1 || Object.keys(a.dims).length !== 3 || a.high !== undefined)
      continue;
    if (!out.some((q) => q.dims[d] === 1 && Object.keys(q.dims).length === 1)) continue;
    for (const b of out) {
      if (b.at <= a.at || b.dims.usd !== 1 || b.dims.hour !== -1 || Object.keys(b.dims).length !== 2) continue;
      if (b.per !== a.per || b.high !== undefined || b.perUnit) continue;
      if (!SWITCH_BETWEEN.test(s.slice(a.at + a.raw.length, b.at))) continue;
      const ratio = b.value / a.value;
      if (!(ratio <= 10 && ratio >= 0.1)) continue;
      b.dims = { ...b.dims, [d]: -1 };
    }
  }
}

const OR_BETWEEN = /^\s*,?\s*(?:vs\.?|versus|or|instead of|rather than|compared (?:to|with)|against)\s*$/;
/** "from $10 per million to $1.2": the second end of a change, in the first's unit. */
const TO_BETWEEN = /^\s*(?:to|->|→)\s*$/;
/** After the bare amount: the clause ends, or what follows is shared by both ("$40 for 200 seats"). */
const CLAUSE_END = /^\s*(?:[,;:?!.)]|[—–]|-\s|$|(?:for|at|across|over|with)\s+~?\d)/;

/** "at $0.07 per million instead of $20", "$2/hr or $3.50": a bare amount set as the alternative to a rate is in the
 * rate's unit. A rate over time alone takes the bare amount only when the two are of a size (within 5×): "$50k vs
 * $4k/mo" is a purchase against rent, not two rents. */
export function parallelUnit(s: string, out: Quantity[], written: Map<Quantity, number>): void {
  const bare = (q: Quantity) => q.dims.usd === 1 && Object.keys(q.dims).length === 1 && q.high === undefined;
  const rate = (q: Quantity) => q.dims.usd === 1 && Object.keys(q.dims).length > 1 && !q.perUnit;
  for (let i = 0; i + 1 < out.length; i++) {
    const [a, b] = [out[i]!, out[i + 1]!];
    const between = s.slice(a.at + a.raw.length, b.at);
    const fromTo = TO_BETWEEN.test(between) && /\bfrom\s*(?:~|about\s)?$/.test(s.slice(Math.max(0, a.at - 8), a.at));
    if (!OR_BETWEEN.test(between) && !fromTo) continue;
    const [plain, priced] = bare(a) && rate(b) ? [a, b] : bare(b) && rate(a) ? [b, a] : [];
    if (!plain || !priced) continue;
    if (plain === b && !CLAUSE_END.test(s.slice(b.at + b.raw.length, b.at + b.raw.length + 12))) continue;
    const wp = written.get(plain);
    const wr = written.get(priced);
    if (wp === undefined || !wr) continue;
    const value = wp * (priced.value / wr);
    const timeOnly = Object.keys(priced.dims).length === 2 && priced.dims.hour === -1;
    if (timeOnly && (value <= 0 || Math.max(value, priced.value) / Math.min(value, priced.value) > 5)) continue;
    plain.value = value;
    plain.dims = { ...priced.dims };
    plain.per = priced.per;
  }
}

/** "2,000 users x 25 chats/day": a quantity next to a multiplication sign is multiplied. */
export function markChained(s: string, out: Quantity[]): void {
  for (const q of out) {
    const after = s.slice(q.at + q.raw.length, q.at + q.raw.length + 4);
    const before = s.slice(Math.max(0, q.at - 4), q.at);
    if (/^\s*(x|×|\*)\s/.test(after) || /\s(x|×|\*)\s*$/.test(before)) q.chained = true;
  }
}

const SPREAD_BEFORE =
  /\b(?:across|among|amongst|between|spread over|shared by|split (?:across|among|between|over)|divided (?:among|between|by))\s*(?:all\s+|our\s+|the\s+|~|about\s)*$/;

/** "1.2B tokens a month across 8k users": the count a total is spread over divides it; the users do not each burn
 * the whole volume. */
export function markSpread(s: string, out: Quantity[]): void {
  for (const q of out) {
    const keys = Object.keys(q.dims);
    if (keys.length !== 1 || !(q.dims.user === 1 || q.dims.gpu === 1 || q.dims.item === 1)) continue;
    if (SPREAD_BEFORE.test(s.slice(Math.max(0, q.at - 30), q.at))) q.spread = true;
  }
}

/** "per day: 2M input tokens …", "daily 30M tokens …": a period named before the first number makes the plain
 * token amounts and counts rates over it. */
export function perLeadingPeriod(s: string, out: Quantity[]): void {
  const first = out[0];
  if (!first) return;
  const lead =
    /\b(?:(?:per|a|an|each|every) (hour|day|week|month|year)|(hourly|daily|weekly|monthly|yearly|annually))\b/.exec(
      s.slice(0, first.at),
    );
  if (!lead) return;
  const per = lead[1] ?? adverbPeriod(lead[2]!);
  if (out.some((q) => q.dims.hour !== undefined && !(q.dims.hour === 1 && Object.keys(q.dims).length === 1))) return;
  // "per day we do 2M requests, each request 900 input and 150 output tokens": tokens written per a thing are that
  // thing's, not the day's.
  const perThing = out.some((q) => q.dims.token === 1 && ((q.dims.item ?? 0) < 0 || (q.dims.user ?? 0) < 0));
  for (const q of out) {
    const keys = Object.keys(q.dims);
    if (keys.length === 1 && ((q.dims.token === 1 && !perThing) || q.dims.item === 1)) {
      q.dims = { ...q.dims, hour: -1 };
      q.value /= HOURS[per]!;
      q.per = per;
    }
  }
}

/** Machines that hold chips: "4 nodes of 8 gpus", "16 servers with 8 H100s", "3 dgx nodes (8 h100 each)". */
const MACHINE_NOUN = /^(?:node|server|box|machine|instance|host|pod|rig|vm|system)$/;
const HOLDING = /^\s*(?:of|with|each with|holding|x|×|\()\s*(?:~|about\s)?$/;
/** A machine named right after its chips, perhaps past one word of its name: "8x a100 node", "8x h100 sxm boxes". */
const MACHINE_AFTER_CHIPS =
  /^[\s-]*(?:(?!(?:at|for|and|or|of|in|on|with|per|each|x)\b)[a-z0-9]+[\s-]+)?(nodes?|servers?|box(?:es)?|machines?|instances?|hosts?|pods?|rigs?|vms?|systems?)\b/;
/** How many of the machine are written right before its chips: "two 8x h100 boxes" (number words are digits by now),
 * "an 8x a100 node", "one 8-gpu server"; no number is one machine. */
const MACHINES_BEFORE = /(?:^|[^\w.,$])(\d{1,4})\s*(?:x\s*)?$/;
/** A price written per one chip, not per the machine: "$2.50/gpu-hr", "$2 per h100 an hour". */
const PER_CHIP =
  /^[^,;.?!]{0,6}?(?:\/|\bper\b|\ban?\b)\s*(?:gpus?|chips?|cards?|accelerators?|tpus?|(?:[abhl]|mi|gb)\d{2,4}x?)\b/;

/** The chips of one machine and how many machines: glued before the machine's name ("two 8x h100 boxes") or held by a
 * count of machines ("4 nodes of 8 gpus"). */
function machinesAndChips(
  s: string,
  out: Quantity[],
):
  | { chips: Quantity; machines?: Quantity; count: number; noun: string; written: string; from: number; to: number }
  | undefined {
  for (let i = 0; i < out.length; i++) {
    const chips = out[i]!;
    const perMachine = chips.dims.item === -1 && Object.keys(chips.dims).length === 2;
    if (chips.dims.gpu !== 1 || !(Object.keys(chips.dims).length === 1 || perMachine)) continue;
    const end = chips.at + chips.raw.length;
    const machines = out[i - 1];
    if (
      machines &&
      machines.dims.item === 1 &&
      Object.keys(machines.dims).length === 1 &&
      machines.noun &&
      MACHINE_NOUN.test(machines.noun.toLowerCase()) &&
      HOLDING.test(s.slice(machines.at + machines.raw.length, chips.at))
    ) {
      const close = /^\s*\)/.exec(s.slice(end, end + 4));
      const to = close ? end + close[0].length : end;
      return {
        chips,
        machines,
        count: machines.value,
        noun: machines.noun,
        written: machines.noun,
        from: machines.at,
        to,
      };
    }
    const named = perMachine ? null : MACHINE_AFTER_CHIPS.exec(s.slice(end, end + 30));
    if (!named) continue;
    const before = MACHINES_BEFORE.exec(s.slice(Math.max(0, chips.at - 12), chips.at));
    const count = before ? Number(before[1]) : 1;
    const from = before ? chips.at - before[0].length + before[0].indexOf(before[1]!) : chips.at;
    const noun = named[1]!.replace(/(?:es|s)$/, '').replace(/^bo$/, 'box');
    return { chips, count, noun, written: before ? noun : named[1]!, from, to: end + named[0].length };
  }
  return undefined;
}

/** "8x a100 node at $14.32/hr", "two 8x h100 boxes at $24/hr each", "4 nodes of 8 gpus, $98/hr per node": chips counted
 * per machine describe the machine when the price is per machine (the machines are counted, never the chips); with
 * a price per chip ("4 nodes of 8 gpus at $2/gpu-hr") they multiply into the chips in all (32). */
/** A cost asked per chip: "per gpu-hr", "$/gpu-hour", "effective cost per gpu". */
const CHIP_ASKED = /(?:\bper|\$\s*\/|\bcost\s*\/)\s*(?:gpu|chip|card|accelerator)s?\b/;
export function machinesOfChips(text: string, s: string, out: Quantity[]): void {
  const found = machinesAndChips(s, out);
  if (!found) return;
  const { chips, machines, count, noun, written: nounWritten, from, to } = found;
  const prices = out.filter(
    (q) =>
      q.dims.usd === 1 &&
      q.high === undefined &&
      Object.entries(q.dims).every(([d, e]) => d === 'usd' || (e === -1 && ['hour', 'gpu', 'item'].includes(d))),
  );
  // The words after the price's number: "/gpu-hr", " per h100 an hour", "/hr each".
  const unitOf = (q: Quantity) => s.slice(q.at, q.at + q.raw.length + 14).replace(/^\D*[\d.,]+/, '');
  const perChip = prices.filter((q) => q.dims.gpu === -1 && PER_CHIP.test(unitOf(q)));
  // Glued before the machine's name, the price is the machine's unless it says per chip; after "4 nodes of 8 gpus"
  // it is the machine's only where it says so ("per node", "/node"), or after chips in brackets ("(8 h100 each)").
  const saysMachine = (q: Quantity) =>
    q.dims.item === -1 ||
    new RegExp(`^\\s*(?:per|/|a|an|each|every)\\s*${noun}`).test(
      s.slice(q.at + q.raw.length, q.at + q.raw.length + 20),
    );
  const bracketed = machines !== undefined && /\(\s*$/.test(s.slice(machines.at, chips.at));
  const perMachine = prices.filter(
    (q) => !perChip.includes(q) && Object.keys(q.dims).length > 1 && (!machines || bracketed || saysMachine(q)),
  );
  const raw = text.slice(from, to);
  const at = Math.min(from, chips.at);
  const rest = out.filter((q) => q !== chips && q !== machines);
  // "8x h100 nodes at $20/hr each" with no number of them: the chips are per machine, the machines left to count.
  const uncounted = !machines && count === 1 && noun !== nounWritten;
  if (perChip.length || !perMachine.length) {
    // Chips in counted machines multiply; glued chips of one machine, or with no price per machine, stay as written.
    // "an 8-gpu server pulls 10.2 kW": a count glued to its chip by a dash names one machine; it counts nothing.
    if (!machines && count === 1 && !perChip.length && /^\d+-/.test(chips.raw)) {
      out.splice(out.indexOf(chips), 1);
      return;
    }
    if ((!machines && count === 1) || (!machines && !perChip.length)) return;
    const all = count * chips.value;
    const shown = `${raw} (= ${all} ${chips.noun ?? 'GPU'}s)`;
    out.splice(0, out.length, ...rest, { value: all, dims: { gpu: 1 }, raw, at, noun: chips.noun, shown });
  } else if (count === 1 && !machines && !uncounted) {
    // One machine: its prices stand as written, the one right after it named by it ("$14.32/hr (8x a100 node)"), so
    // "buy an 8-gpu box for $200k + $1,500/mo power, or rent it at $16/hr" keeps one unit of money per side.
    const next = out.find(
      (q) =>
        q.at >= to &&
        /^\s*(?:(?!(?:and|or|but|vs)\b)[a-z]+\s+){0,2}?(?:at|for|@|is|costs?|,|:)?\s*(?:~|about\s)?$/.test(
          s.slice(to, q.at),
        ),
    );
    const named = next?.dims.usd === 1 ? next : perMachine.length === 1 ? perMachine[0] : undefined;
    if (!named) return;
    // "an 8xh100 box for 14k/mo — per gpu-hr?": a cost asked per chip needs the chips the machine holds.
    if (CHIP_ASKED.test(s.slice(0, from) + s.slice(to).replace(/\d[\d,.]*\s*[kmb]?\s*\/\s*gpu[\w-]*/g, ''))) return;
    for (const q of perMachine) delete q.dims.gpu;
    named.shown = `${named.raw} (${raw.trim()})`;
    out.splice(out.indexOf(chips), 1);
  } else {
    // The price is per machine ("each", "at", "per node" or no word at all after machines of chips): machines count.
    for (const q of perMachine) {
      delete q.dims.gpu;
      q.dims.item = -1;
    }
    // "12 gpu boxes at $30k apiece": a number spaced from its chip word before machines named in the plural counts the
    // machines; "8x h100 nodes", "8-gpu servers" give the chips in each.
    const machinesCounted = uncounted && /^\d[\d,]*\s+(?![x×*]\s)[a-z]/i.test(chips.raw) && /s$/.test(nounWritten);
    const whole: Quantity = machinesCounted
      ? { value: chips.value, dims: { item: 1 }, raw, at, noun }
      : uncounted
        ? { value: chips.value, dims: { gpu: 1, item: -1 }, raw, at, noun: chips.noun }
        : { value: count, dims: { item: 1 }, raw, at, noun };
    out.splice(0, out.length, ...rest, whole);
  }
  out.sort((a, b) => a.at - b.at);
}

/** Things that happen, counted as a volume each period ("460k conversations", "200k messages"), unlike things that
 * stay (users, engineers, GPUs). */
const EVENTS =
  /^(?:requests?|reqs?|queries|query|calls?|messages?|chats?|conversations?|convos?|prompts?|completions?|generations?|images?|documents?|docs?|tickets?|sessions?|transcriptions?|searches|search|jobs?|runs?|inferences?)$/;
/** Words between a money rate and the count of what it paid for: "$2,300 monthly bill over 460k conversations",
 * "$500/day on 200k messages", "$18k a month serving 1.2M requests". */
const PAID_FOR =
  /^\s*(?:[a-z]+\s+){0,2}?(?:on|over|for|across|serving|handling|covering|to serve|to handle)\s+(?:~|about\s+|around\s+|roughly\s+)?$/;

/** "$2,300 monthly llm bill over 460k conversations": a count of things that happen, written as what a money rate paid
 * for, is the volume of the rate's own period, so the money per one of them is the rate over the volume. */
export function volumeOfRate(s: string, out: Quantity[]): void {
  for (const q of out) {
    if (!(q.dims.item === 1 && Object.keys(q.dims).length === 1) || !q.noun || !EVENTS.test(q.noun.toLowerCase()))
      continue;
    const rate = out.filter((p) => p.at < q.at).pop();
    if (!rate?.per || rate.dims.usd !== 1 || rate.dims.hour !== -1 || Object.keys(rate.dims).length !== 2) continue;
    if (!PAID_FOR.test(s.slice(rate.at + rate.raw.length, q.at))) continue;
    q.dims = { item: 1, hour: -1 };
    q.value /= HOURS[rate.per]!;
    q.per = rate.per;
    delete q.loose;
  }
}

/** "one gpu-hour spits out 1.8M tokens", "each day we serve 40k requests": an amount a few words after a period named
 * with "one", "a", "each" or "every" is a rate over that period. */
const LEAD_PERIOD =
  /\b(?:one|a|an|each|every|per)\s+(?:[a-z0-9]+[- ])?(seconds?|minutes?|hours?|hrs?|days?|weeks?|months?)\b((?:\s+(?!(?:ago|later|before|after|for|of|in|from|to|at|and|or|than)\b)[a-z'’]+){1,4}\s*(?:~|about\s|around\s|roughly\s)?)$/;
export function perNamedPeriod(s: string, out: Quantity[]): void {
  for (const q of out) {
    const keys = Object.keys(q.dims);
    if (keys.length !== 1 || !(q.dims.token === 1 || q.dims.item === 1)) continue;
    const lead = LEAD_PERIOD.exec(s.slice(Math.max(0, q.at - 60), q.at));
    if (!lead) continue;
    const per = periodOf(lead[1]!);
    q.dims = { ...q.dims, hour: -1 };
    q.value /= HOURS[per]!;
    q.per = per;
  }
}

/** "40,000 monthly users, each ~300 queries a month": when something is per user per period, "monthly users" is a
 * head count (the users of a month), not users arriving each month; the period is counted once, in the usage. */
export function headCounts(out: Quantity[]): void {
  if (!out.some((q) => q.dims.user === -1 && q.dims.hour === -1)) return;
  for (const q of out)
    if (q.per && q.dims.user === 1 && q.dims.hour === -1 && Object.keys(q.dims).length === 2) {
      q.value *= HOURS[q.per]!;
      q.dims = { user: 1 };
      q.per = undefined;
    }
}

const BUSY =
  /^\s*(?:(?:gpu\s+)?(?:utili[sz]ation|utili[sz]ed|util|load|busy|mfu|occupancy)\b|of\s+the\s+(?:time|hours|month|day)\b|of\s+(?:the\s+|its\s+|their\s+)?(?:[\w.'’-]+\s+){0,5}?(?:peak|theoretical|rated)\b)/;
/** "gpu utilization is only 35%", "utilisation of ~40%": the share named before it. */
const BUSY_BEFORE =
  /\b(?:utili[sz]ation|util|load|occupancy|mfu|duty cycle)\s+(?:(?:is|of|at|runs?|sits?|averages?|only|just|about|around|roughly|~)\s*)*$/;
/** A rate asked per hour: "per useful GPU hour", "an hour", "$/hr", "hourly". */
const HOUR_ASKED = /(?:\bper|\ban?|\/)[\s-]*(?:[a-z]+[\s-]+){0,2}(?:hours?|hrs?)\b|\bhourly\b/;

/** "900 tokens/s at 50% utilisation": a share of the time the hardware works, applied to the throughput written
 * before it (so a cost per token divides by it too). A price paid by the hour asked per useful hour ("effective cost
 * per useful GPU hour", words of the cue `useful-time`) is divided by it: the idle hours are paid for too. */
export function utilisation(s: string, out: Quantity[], useful?: RegExp, idle?: RegExp): void {
  for (const f of out) {
    if (f.dims.percent !== 1 || f.high !== undefined) continue;
    const end = f.at + f.raw.length;
    const after = BUSY.exec(s.slice(end, end + 48));
    const before = after ? null : BUSY_BEFORE.exec(s.slice(Math.max(0, f.at - 40), f.at));
    if (!after && !before) continue;
    f.apply = 'share';
    f.busy = true;
    const rate = out.filter((q) => q.at < f.at && q.dims.token === 1 && q.dims.hour === -1).pop();
    // "312 TFLOP/s at 35% utilisation", "$3/gpu-hour, used 50% of the time": the share scales the rate over time it
    // follows (or the first after it), so a time or a payback worked by dividing by that rate divides by it too.
    const overTime = (q: Quantity) => q.dims.hour === -1 && !q.dims.percent && !q.dims.times;
    const timed =
      rate ?? out.filter((q) => q.at < f.at && overTime(q)).pop() ?? out.find((q) => q.at > f.at && overTime(q));
    if (timed) f.on = timed.at;
    // The asking words, without the amounts and the utilisation's own words ("35% utilized" is no useful hour asked).
    const [from, to] = after ? [f.at, end + after[0].length] : [f.at - before![0].length, end];
    let free = `${s.slice(0, from)}${' '.repeat(Math.max(0, to - from))}${s.slice(to)}`;
    for (const q of out)
      if (q !== f) free = `${free.slice(0, q.at)}${' '.repeat(q.raw.length)}${free.slice(q.at + q.raw.length)}`;
    free = free.replace(/[*_]/g, ' ');
    const throughput = out.some((q) => q.dims.token === 1 && q.dims.hour === -1);
    const paid = out.some((q) => q.dims.usd === 1 && q.dims.hour === -1);
    // "200 GPUs at $2/hr, 45% utilisation, what do we waste a month?" (cue `asks-idle-share`): the money paid for the
    // hours the hardware sits idle is × (1 − 45%), never the 45% it works.
    if (paid && !rate && !throughput && idle?.test(free)) {
      f.apply = 'less';
      continue;
    }
    if (rate || throughput || !paid || !useful) continue;
    if (useful.test(free) && HOUR_ASKED.test(free)) f.apply = 'of-total';
  }
}

/** "each request = 1.5k input tok + 500 output tok", "per user: 2M tokens a month": a thing named before the first
 * number of a sentence makes that sentence's plain token and money amounts per one of it. */
export function perLeadingThing(s: string, out: Quantity[]): void {
  for (const lead of s.matchAll(LEAD_THING)) {
    const at = (lead.index ?? 0) + lead[0].length;
    const stop = s.slice(at).search(/[.;?!](?:\s|$)/);
    const end = stop < 0 ? s.length : at + stop;
    const dim = /^(user|seat|customer|subscriber|employee|person)/.test(lead[1]!) ? 'user' : 'item';
    for (const q of out) {
      const keys = Object.keys(q.dims);
      if (q.at < at || q.at >= end || keys.length !== 1 || !(q.dims.token === 1 || q.dims.usd === 1)) continue;
      q.dims = { ...q.dims, [dim]: -1 };
    }
  }
}
/** "12k prompts x 5 samples", "300 users × 20 chats": a count times a count of other things is that many of the second
 * (each of the first has that many), one count of them. */
export function countsTimesCounts(text: string, s: string, out: Quantity[]): void {
  const counted = (q: Quantity) => {
    const keys = Object.keys(q.dims);
    return keys.length === 1 && (q.dims.user === 1 || q.dims.gpu === 1 || q.dims.item === 1);
  };
  for (let i = 0; i + 1 < out.length; i++) {
    const [a, b] = [out[i]!, out[i + 1]!];
    if (!counted(a) || !counted(b) || b.at <= a.at) continue;
    if (!/^\s*(?:x|×|\*|times)\s*$/.test(s.slice(a.at + a.raw.length, b.at))) continue;
    out.splice(i, 2, {
      ...b,
      value: a.value * b.value,
      raw: text.slice(a.at, b.at + b.raw.length),
      at: a.at,
      loose: undefined,
    });
  }
}

/** "~2M tokens per doc, 300 docs": an amount written "per <thing>" right after it, where the question counts that thing
 * elsewhere, is per one of it; the reader knows only the listed nouns after "per". */
export function perCountedThing(s: string, out: Quantity[]): void {
  for (const c of out) {
    const dim = (['user', 'gpu', 'item'] as const).find((d) => c.dims[d] === 1);
    if (!dim || Object.keys(c.dims).length !== 1 || !c.noun || !/^[a-z0-9]+$/i.test(c.noun)) continue;
    const noun = c.noun.toLowerCase();
    for (const q of out) {
      if (q === c || q.dims.percent !== undefined || q.dims.times !== undefined) continue;
      if (Object.keys(q.dims).some((k) => k === 'user' || k === 'gpu' || k === 'item')) continue;
      if (!(q.dims.token === 1 || q.dims.usd === 1) || (q.dims.hour === 1 && Object.keys(q.dims).length === 1))
        continue;
      const after = s.slice(q.at + q.raw.length, q.at + q.raw.length + 30);
      const per = new RegExp(`^\\s*(?:per|/|a|an|each|every)\\s*${noun}(?:s|es)?\\b`).exec(after);
      if (!per) continue;
      q.dims = { ...q.dims, [dim]: -1 };
      q.raw = `${q.raw}${after.slice(0, per[0].length)}`;
    }
  }
}

/** "users burn 2.4M tokens each a month, 12k users": an amount written "each" right after the thing is named, which
 * the question counts after it, is per one of that thing. */
export function eachOfNamed(s: string, out: Quantity[]): void {
  for (const c of out) {
    const dim = (['user', 'gpu', 'item'] as const).find((d) => c.dims[d] === 1);
    if (!dim || Object.keys(c.dims).length !== 1 || !c.noun || !/^[a-z0-9]+$/i.test(c.noun)) continue;
    const noun = c.noun.toLowerCase();
    for (const q of out) {
      if (q === c || q.at > c.at || !(q.dims.token === 1 || q.dims.usd === 1)) continue;
      if (Object.keys(q.dims).some((k) => k === 'user' || k === 'gpu' || k === 'item' || k === 'percent')) continue;
      const each = /\beach\b/.test(q.raw) || /^\s*each\b/.test(s.slice(q.at + q.raw.length, q.at + q.raw.length + 8));
      const before = s
        .slice(Math.max(0, q.at - 30), q.at)
        .split(/[.;:?!,]/)
        .pop()!;
      if (!each || !new RegExp(`\\b${noun}(?:s|es)?\\b`).test(before)) continue;
      q.dims = { ...q.dims, [dim]: -1 };
    }
  }
}

/** "each node pulls 10.2 kW, we have 12 nodes": an amount right after "each <thing>" is per that thing when the question
 * counts it elsewhere, before or after; the reader only joins "each" to a count written before it. */
export function perNamedThing(s: string, out: Quantity[]): void {
  for (const c of out) {
    const dim = (['user', 'gpu', 'item'] as const).find((d) => c.dims[d] === 1);
    // "90k tickets a month" counts tickets as well as "90k tickets" does.
    const counted = Object.keys(c.dims).length === 1 || (Object.keys(c.dims).length === 2 && c.dims.hour === -1);
    if (!dim || !counted || !c.noun || !/^[a-z0-9]+$/i.test(c.noun)) continue;
    // "per episode" asks a unit ("cost per episode of a $1.2M season"); "each episode costs" names one.
    // "a typical document is 8k tokens", "an average ticket uses": one of them, as it usually is.
    const named = new RegExp(
      `\\b(?:each|every|a single|(?:a|an|the|one)\\s+(?:typical|average|avg|single|usual))\\s+${c.noun.toLowerCase()}\\b`,
      'g',
    );
    for (const m of s.matchAll(named)) {
      const end = (m.index ?? 0) + m[0].length;
      const q = out.find((x) => x.at >= end);
      if (!q || q === c || q.at - end > 40 || /[.,:;?!]/.test(s.slice(end, q.at))) continue;
      const keys = Object.keys(q.dims);
      const counted = keys.some((k) => k === 'user' || k === 'gpu' || k === 'item');
      const plainTime = q.dims.hour === 1 && keys.length === 1;
      // "each ticket is 5 messages of 900 tokens": a plain number of parts is already a multiple per ticket.
      if (counted || plainTime || !keys.length || q.dims.percent !== undefined || q.dims.times !== undefined) continue;
      q.dims = { ...q.dims, [dim]: -1 };
    }
  }
}

/** "1B downloads pay $10 a month", "40k seats at $30/mo", "900 seats x $30/mo", "2,000 members paying $500 a year":
 * money right after a count of something, joined by a word of paying or a times sign, is per one of that thing. */
const PAYING =
  /^\s*(?:(?:who|that|each|all)\s+)?(?:pay|pays|paying|spend|spends|spending|at|@|x|×|\*|times|each paying|buying at)\s*(?:~|about\s|around\s)?$/;
export function payingCount(s: string, out: Quantity[]): void {
  for (const c of out) {
    const dim = (['user', 'item'] as const).find((d) => c.dims[d] === 1);
    if (!dim || Object.keys(c.dims).length !== 1) continue;
    const end = c.at + c.raw.length;
    const q = out.find((x) => x.at >= end);
    if (!q || q.at - end > 30 || q.dims.usd !== 1) continue;
    if (Object.keys(q.dims).some((k) => k === 'user' || k === 'item' || k === 'gpu' || k === 'token')) continue;
    if (!PAYING.test(s.slice(end, q.at))) continue;
    q.dims = { ...q.dims, [dim]: -1 };
    if (c.loose) c.loose = false;
  }
}

/** What one thing costs, in words before the money: "one 7b run costs under", "a fine-tune is about", "each job at". */
const ONE_COSTS_BEFORE =
  /\b(?:one|a|an|each|every|single|per)\s+(?:[\w-]+\s+){0,3}?(?:costs?|is|runs?|comes to|at|for|=|:)\s*(?:under|below|about|around|roughly|~|at most|up to|less than|over|at least)?\s*$/;

/** "one 7b run costs under $1k; 60 of them at most?": a count of "them" after the cost of one of them multiplies it;
 * the money is per one of the things counted. */
export function costOfOneThem(s: string, out: Quantity[]): void {
  const counts = out.filter(
    (c) => c.dims.item === 1 && Object.keys(c.dims).length === 1 && / of (?:them|those|these)$/.test(c.raw),
  );
  if (counts.length !== 1) return;
  const count = counts[0]!;
  const money = out.filter((q) => q.dims.usd === 1);
  if (money.length !== 1 || Object.keys(money[0]!.dims).length !== 1 || money[0]!.at > count.at) return;
  const q = money[0]!;
  if (!ONE_COSTS_BEFORE.test(s.slice(Math.max(0, q.at - 50), q.at))) return;
  q.dims = { usd: 1, item: -1 };
}

/** Money that names who pays it a few words on ("$50/mo cloud customers", "a $20 monthly plan"), or is paid ("paying
 * $30 a month"). */
const PAYERS_AFTER =
  /^\s*(?:[a-z-]+\s+){0,3}?(?:customers?|users?|subscribers?|subs|payers?|seats?|accounts?|clients?|plans?|subscriptions?)\b/;
const PAID_BEFORE = /\b(?:pay|pays|paying|paid|spend|spends|spending|at|@)\s*(?:~|about\s|around\s)?$/;

/** "700M downloads; if 0.1% of those turned into $50/mo cloud customers": beside a share of a count, money naming its
 * payers is per one of the count (the share then picks out the payers). */
export function sharePaying(s: string, out: Quantity[]): void {
  for (const c of out) {
    const dim = (['user', 'item'] as const).find((d) => c.dims[d] === 1);
    if (!dim || Object.keys(c.dims).length !== 1) continue;
    const share = out.find((x) => x.at > c.at && x.dims.percent === 1 && Object.keys(x.dims).length === 1);
    const q = share && out.find((x) => x.at > share.at && x.dims.usd === 1);
    if (!q || out.some((x) => x !== c && x !== share && x !== q && (x.dims.usd !== undefined || x.dims[dim]))) continue;
    if (Object.keys(q.dims).some((k) => k !== 'usd' && k !== 'hour')) continue;
    const after = s.slice(q.at + q.raw.length, q.at + q.raw.length + 40);
    if (!PAYERS_AFTER.test(after) && !PAID_BEFORE.test(s.slice(Math.max(0, q.at - 16), q.at))) continue;
    q.dims = { ...q.dims, [dim]: -1 };
    c.loose = false;
  }
}

/** "gpu-hour is $1.80", "an h100 hour costs $2.20", "one node-day goes for $40": a chip held for a period, named
 * right before its price, makes that money a rental rate per the chip and the period. */
const TIMED_THING_PRICED =
  /\b(gpu|h100|a100|h200|b200|chip|card|accelerator|node|instance|server)[- ]?(hour|hr|day|week|month)s?\s*(?:is|are|costs?|runs?|goes for|=|:|@|at|rents? (?:for|at)|priced at)\s*(?:~|about\s|around\s|roughly\s)?$/;
export function perTimedThing(s: string, out: Quantity[]): void {
  for (const q of out) {
    if (q.dims.usd !== 1 || Object.keys(q.dims).length !== 1) continue;
    const m = TIMED_THING_PRICED.exec(s.slice(Math.max(0, q.at - 40), q.at));
    if (!m) continue;
    const per = periodOf(m[2]!);
    const dim = /^(node|instance|server)$/.test(m[1]!) ? 'item' : 'gpu';
    q.dims = { usd: 1, [dim]: -1, hour: -1 };
    q.value /= HOURS[per]!;
    q.per = per;
    if (dim === 'gpu') q.noun = /\d/.test(m[1]!) ? m[1]!.toUpperCase() : 'GPU';
  }
}

/** "one gpu serves 2,400 tok/s", "each card draws 700 W", "a single H100 does 990 TFLOP/s": a rate of work or power
 * written right after one chip named is that chip's, whatever count the question asks for. */
const ONE_CHIP =
  /\b(?:one|a|an|each|every|per|a single)\s+(?:gpu|card|chip|accelerator|(?:[abhl]|mi|gb)\d{2,4}x?)\b(?:\s+(?!(?:and|or|for|at|with|to)\b)[a-z]+){0,2}\s*(?:~|about\s|around\s|roughly\s)?$/;
export function perOneChip(s: string, out: Quantity[]): void {
  // Only where chips are counted too (given, or asked): "one gpu pushes 1,200 tok/s, rents at $2.50/hr" is all one GPU.
  const counted = out.some((q) => q.dims.gpu !== undefined) || FLEET_ASKED.test(s);
  if (!counted) return;
  for (const q of out) {
    const keys = Object.keys(q.dims);
    const work =
      (q.dims.token === 1 || q.dims.kwh === 1 || q.dims.flop === 1 || q.dims.item === 1) && q.dims.hour === -1;
    // "each gpu runs 12 concurrent streams", "one H100 holds 32 requests at once": the things one chip has in flight.
    const held = q.dims.item === 1 && keys.length === 1;
    if (!(work && keys.length === 2) && !held) continue;
    if (ONE_CHIP.test(s.slice(Math.max(0, q.at - 40), q.at))) q.dims = { ...q.dims, gpu: -1 };
  }
}

/** What joins a chip count to its power ("8 gpus x 700W", "8 H100s at 700 W each"). */
const CHIPS_AT = /^\s*(?:x|×|\*|at|@|of|drawing|pulling)\s*$/;
/** What adds the rest of a machine's draw ("plus 2.4 kW", "+ 1.5 kW"). */
const PLUS = /^\s*(?:each\s*)?(?:\+|plus|and)\s*$/;
/** The machine the draws add up to: "for the rest of each server", "per node", "overhead per box". */
const MACHINE =
  /^[^.;?!]{0,40}?\b(?:each|every|per|a|one|the|of the)\s+(server|node|box|machine|rack|host|chassis|system)\b/;

/**
 * "8 gpus x 700W plus 2.4 kW for the rest of each server, … how many servers can a 1 MW facility feed": one machine's
 * draw written as its chips' power plus the rest, summed into one draw per machine. Only when a larger supply is given
 * to divide by it: without one the parts stay apart.
 */
export function machineDraw(s: string, out: Quantity[]): void {
  const power = (q: Quantity | undefined) =>
    q !== undefined && q.dims.kwh === 1 && q.dims.hour === -1 && q.dims.usd === undefined;
  for (let i = 0; i + 2 < out.length; i++) {
    const [count, chip, rest] = [out[i]!, out[i + 1]!, out[i + 2]!];
    if (count.dims.gpu !== 1 || Object.keys(count.dims).length !== 1 || !power(chip) || !power(rest)) continue;
    if (Object.keys(rest.dims).length !== 2) continue;
    const end = rest.at + rest.raw.length;
    if (!CHIPS_AT.test(s.slice(count.at + count.raw.length, chip.at))) continue;
    if (!PLUS.test(s.slice(chip.at + chip.raw.length, rest.at)) || !MACHINE.test(s.slice(end))) continue;
    const value = count.value * chip.value + rest.value;
    const supply = out.some(
      (q) => q !== chip && q !== rest && power(q) && Object.keys(q.dims).length === 2 && q.value > value,
    );
    if (!supply) continue;
    const shown = `(${count.raw} × ${chip.raw} + ${rest.raw} = ${trimNumber(value, 2)} kW)`;
    out.splice(i, 3, { value, dims: { kwh: 1, hour: -1 }, raw: s.slice(count.at, end), at: count.at, shown });
    return;
  }
}

// "each request = …", "a chat uses …", "prompts average …", "avg request generates …": the sentence's subject is one
// of the things counted.
const LEAD_THING =
  /(?:^|[.;:!?]\s+|,\s*|\b(?:and|but|while|where|whereas)\s+)(?:(?:each|every|per|a single|one|an?|the average|the typical|average|avg|typical|mean|our|your|my) )?(?:(?:paying|paid|active|new|free|extra) )?(requests?|quer(?:y|ies)|calls?|messages?|prompts?|conversations?|chats?|responses?|completions?|users?|seats?|customers?|subscribers?|employees?|persons?)\b\s*(?:=|:|is|are|has|have|uses?|takes?|costs?|averages?|needs?|with|having|containing|consum(?:es|ing)|generates?|produces?|outputs?|returns?|emits?)\s*/g;

/** "ARR is $7.2M", "$7.2M ARR", "annualized revenue of $14B": money named by a word for a period is money each period. */
export function namedPeriods(s: string, out: Quantity[], names: PeriodName[]): void {
  const plain = (q: Quantity) => q.dims.usd === 1 && Object.keys(q.dims).length === 1;
  // Beside other plain amounts ("ARR $6M; costs $2.1M", "ARR went from 2M to 9M") every amount is of one kind, so
  // none is made a rate; only an amount alone of its kind is one.
  if (out.filter(plain).length !== 1 || out.some((q) => q.dims.percent !== undefined || q.dims.times !== undefined))
    return;
  for (const q of out) {
    if (!plain(q)) continue;
    const before = s.slice(Math.max(0, q.at - 40), q.at);
    const after = s.slice(q.at + q.raw.length, q.at + q.raw.length + 30);
    const named = names.find(
      ({ words }) =>
        [...before.matchAll(words)].some((m) =>
          /^[\s\w]{0,12}?\s*(?:is|of|was|=|:|at|around|about|near|hit|hits|reached|~)?\s*(?:~|about\s|around\s)?$/.test(
            before.slice((m.index ?? 0) + m[0].length),
          ),
        ) || new RegExp(`^\\s*(?:${words.source})`).test(after),
    );
    if (!named) continue;
    q.dims = { usd: 1, hour: -1 };
    q.value /= HOURS[named.per]!;
    q.per = named.per;
  }
}

/** "30-day months", "assume 730 hrs in a month", "(720h month)", "a month is 30 days": how long the user's month is. */
export const MONTH_DEF =
  /\b(\d+)[- ]?(day|d)[- ]months?\b|\b(\d+)\s*(days|d|h|hrs?|hours)\s+(?:in|per|to)\s+(?:a|the|one)\s+month\b|\b(\d+)\s*(h|hrs?|hours)[- ]months?\b|\b(?:a |one |the )?month (?:is|=|of|has) (\d+)\s*(days|d|h|hrs?|hours)\b|\bmonths?\s*\(\s*(?:=\s*)?(\d+)\s*(days|d|h|hrs?|hours)\s*\)/;
const IN_MONTHS = /\b(?:months?|mos?)\b/;

/** A month defined by the user is a definition, not an amount: "16 GPUs … for 3 months (30-day months)" runs 3 × 720
 * hours, "$1,800/mo, per hour? assume 730 hrs in a month" divides by 730. The definition is dropped and amounts in
 * months are counted with it, when another amount is in months; alone ("for a 30 day month") it is the duration. */
export function monthLength(s: string, out: Quantity[]): void {
  const def = MONTH_DEF.exec(s);
  if (!def) {
    monthHours(s, out);
    return;
  }
  const at = def.index;
  const defined = out.find((q) => q.at >= at && q.at < at + def[0].length && q.dims.hour === 1);
  if (!defined) return;
  const n = Number(def[1] ?? def[3] ?? def[5] ?? def[7] ?? def[9]);
  const hours = /^d/.test(def[2] ?? def[4] ?? def[6] ?? def[8] ?? def[10] ?? '') ? n * 24 : n;
  if (!(hours >= 24 * 28 && hours <= 24 * 31)) return;
  const monthly = out.filter(
    (q) => q !== defined && (q.per === 'month' || (q.dims.hour === 1 && IN_MONTHS.test(q.raw.toLowerCase()))),
  );
  // "payback months? (730h months)": the month every answer in months is counted in already defines the unit asked.
  // "per month (730h)": the month named with its hours in brackets is the one asked.
  const asked = def[9] !== undefined || IN_MONTHS.test(`${s.slice(0, at)} ${s.slice(at + def[0].length)}`);
  if (!monthly.length && hours === HOURS.month && asked) out.splice(out.indexOf(defined), 1);
  if (!monthly.length) return;
  out.splice(out.indexOf(defined), 1);
  for (const q of monthly) q.value *= q.per === 'month' ? HOURS.month! / hours : hours / HOURS.month!;
}

/** "$9,500/month, 8 gpus — effective $/gpu-hr, 730 hrs": a month's hours (720 or 730) written alone beside amounts
 * per month, when an amount per hour is asked and nothing is priced by the hour, are the month's length (the
 * conversion asked), not a time run: dropped, the monthly amounts counted with it. */
function monthHours(s: string, out: Quantity[]): void {
  const isSpan = (q: Quantity) => q.dims.hour === 1 && Object.keys(q.dims).length === 1;
  const spans = out.filter((q) => isSpan(q) && /\d\s*(?:h|hrs?|hours)\b/.test(q.raw.toLowerCase()));
  const monthly = out.filter((q) => q.per === 'month' && q.dims.hour === -1);
  if (spans.length !== 1 || !monthly.length || out.some((q) => isSpan(q) && q !== spans[0])) return;
  const span = spans[0]!;
  if (span.value !== 720 && span.value !== HOURS.month) return;
  if (out.some((q) => q.dims.hour === -1 && q.per !== 'month')) return;
  const words = s.slice(0, span.at) + s.slice(span.at + span.raw.length);
  if (!HOUR_ASKED.test(words.replace(/\d[\d,.]*\s*[kmb]?\s*\/\s*(?:hr|hour)\b/g, ''))) return;
  out.splice(out.indexOf(span), 1);
  for (const q of monthly) q.value *= HOURS.month! / span.value;
}

/** "at a 2.5x annual rate", "30% annual growth", "20% yearly": a multiple or percentage named by a yearly adjective is
 * a rate of change per year, compounded over a duration; "a 20% annual discount" is a share of a yearly price. */
const ANNUAL_AFTER =
  /^\s*(?:annual|annualized|annualised|yearly|year-on-year|year-over-year)\b(?!\s+(?:discount|plan|subscription|contract|billing|fees?|prepay\w*|commitment)\b)/;
const MULTIPLE_EACH_YEAR = /^\s*(?:more|higher|bigger|larger|costlier|pricier|over)\s+(?:each|every|a|per)\s+year\b/;
export function annualFactors(s: string, out: Quantity[]): void {
  for (const q of out) {
    if (q.dims.hour !== undefined || !(q.dims.percent === 1 || q.dims.times === 1) || Object.keys(q.dims).length !== 1)
      continue;
    const after = s.slice(q.at + q.raw.length, q.at + q.raw.length + 40);
    // "2-3x more each year": a multiple a year, written with the word that says it grows.
    if (!ANNUAL_AFTER.test(after) && !(q.dims.times === 1 && MULTIPLE_EACH_YEAR.test(after))) continue;
    q.dims = { ...q.dims, hour: -1 };
    q.per = 'year';
    q.apply = 'compound';
  }
}

const MONTHS = [
  'jan(?:uary)?',
  'feb(?:ruary)?',
  'mar(?:ch)?',
  'apr(?:il)?',
  'may',
  'june?',
  'july?',
  'aug(?:ust)?',
  'sep(?:t|tember)?',
  'oct(?:ober)?',
  'nov(?:ember)?',
  'dec(?:ember)?',
];
/** A month named as the time now ("in january", "as of march", "this june"). */
const MONTH_NOW = new RegExp(`\\b(?:in|as of|this|since|from|at|for|during)\\s+(${MONTHS.join('|')})\\b`);
/** The month asked about after it ("by next january", "until june", "to next march"). */
const MONTH_THEN = new RegExp(
  `\\b(?:by|until|till|to|through|thru|in|come|before|->|→)\\s+(next\\s+)?(${MONTHS.join('|')})\\b`,
  'g',
);
const monthIndex = (w: string) => MONTHS.findIndex((m) => new RegExp(`^(?:${m})$`).test(w));

/** "100M tokens/mo in january … what volume by next january?": the time from one named month to a later one, as a
 * duration (a year from a month to the same month next year), when the question gives no other duration. */
export function monthSpan(s: string, out: Quantity[]): void {
  if (out.some((q) => q.dims.hour === 1 && Object.keys(q.dims).length === 1)) return;
  const now = MONTH_NOW.exec(s);
  if (!now) return;
  const then = [...s.matchAll(MONTH_THEN)].find((m) => (m.index ?? 0) > now.index);
  if (!then) return;
  const [a, b] = [monthIndex(now[1]!), monthIndex(then[2]!)];
  if (a < 0 || b < 0) return;
  const months = (b - a + 12) % 12 || (then[1] || a === b ? 12 : 0);
  if (!months) return;
  const at = then.index ?? 0;
  out.push({
    value: months * HOURS.month!,
    dims: { hour: 1 },
    raw: then[0],
    at,
    shown: `${months} months (${now[1]} to ${then[1] ?? ''}${then[2]})`,
  });
}

const ORDINAL_WORDS: Record<string, number> = { first: 1, one: 1, second: 2, two: 2, third: 3, three: 3 };
/** A period by its number: "month 1", "month-12", "year 5", "the first month", "the 3rd quarter". */
const NUMBERED_PERIOD =
  /\b(?:(month|year|quarter|week)[\s-]?(\d{1,3}|one|two|three)\b(?![.,]?\d)|(first|second|third|\d{1,3}(?:st|nd|rd|th))\s+(month|year|quarter|week)\b)/g;

/** "$40k in month 1, grows 15% every month — the month-12 bill?": the periods between two numbered periods of the
 * rate's own period (11 months), as the duration it compounds over, when the question gives no other duration. */
export function numberedSpan(s: string, out: Quantity[]): void {
  if (out.some((q) => q.dims.hour === 1 && Object.keys(q.dims).length === 1)) return;
  const rates = out.filter((q) => (q.dims.percent === 1 || q.dims.times === 1) && q.dims.hour === -1 && q.per);
  if (rates.length !== 1) return;
  const per = rates[0]!.per!;
  const marks = [...s.matchAll(NUMBERED_PERIOD)].map((m) => {
    const unit = m[1] ?? m[4]!;
    const word = m[2] ?? m[3]!;
    const n = ORDINAL_WORDS[word] ?? Number.parseInt(word, 10);
    return { unit, n, at: m.index ?? 0, raw: m[0] };
  });
  // Exactly two numbered periods, both of the rate's period: the start and the one asked.
  if (marks.length !== 2 || marks.some((m) => m.unit !== per || !(m.n >= 1))) return;
  const [from, to] = marks[0]!.n <= marks[1]!.n ? [marks[0]!, marks[1]!] : [marks[1]!, marks[0]!];
  const periods = to.n - from.n;
  if (!(periods > 0)) return;
  out.push({
    value: periods * HOURS[per]!,
    dims: { hour: 1 },
    raw: to.raw,
    at: to.at,
    shown: `${periods} ${per}${periods === 1 ? '' : 's'} (${from.raw} to ${to.raw})`,
  });
}

/** "1,200 in / 300 out tokens per turn", "each ~800 in + 250 out": two sides of one pair are per the same thing, the
 * per-word written once, before or after both. */
export function pairedSidesPer(s: string, out: Quantity[]): void {
  const side = (q: Quantity) => q.dims.token === 1 && q.dims.usd === undefined;
  const counts = ['user', 'gpu', 'item'] as const;
  for (let i = 0; i + 1 < out.length; i++) {
    const [a, b] = [out[i]!, out[i + 1]!];
    if (!side(a) || !side(b) || !/^\s*(?:[,/+&]|and|plus)\s*~?\s*$/.test(s.slice(a.at + a.raw.length, b.at))) continue;
    const perA = counts.filter((d) => a.dims[d] === -1);
    const perB = counts.filter((d) => b.dims[d] === -1);
    if (perA.length && !perB.length) for (const d of perA) b.dims = { ...b.dims, [d]: -1 };
    else if (perB.length && !perA.length) for (const d of perB) a.dims = { ...a.dims, [d]: -1 };
  }
}

/** "6-turn conversations", "1,000 ten-message chats": a count of one thing per another written as the other's
 * describing word. */
const PART_COUNT = new RegExp(
  `(?<![\\w.,$-])(\\d+|${Object.keys(WORD_NUMBERS).join('|')})(-)([a-z]{3,})(?=\\s+(?:[a-z]+\\s+)?[a-z]{3,}s\\b|\\s+[a-z]{3,}\\b(?<=(?:\\ba|\\ban|\\bone|\\beach|\\bevery|\\bper)\\s+\\S+\\s+[a-z]{3,}))`,
  'g',
);
/** Things a hyphened count never counts as parts: time, sizes and units ("30-day month", "7b-param model"). */
const NOT_PART =
  /^(?:hours?|days?|weeks?|months?|quarters?|years?|minutes?|seconds?|mins?|hrs?|tokens?|bits?|bytes?|params?|parameters?|gpus?|chips?|cards?|nodes?|person|people|users?|seats?|members?|way|fold|times|percent|layers?|billion|million|thousand|point|star|compan(?:y|ies)|firms?|labs?|partners?|countr(?:y|ies)|teams?|orgs?|organi[sz]ations?|backers?|sponsors?|investors?|universit(?:y|ies))$/;

/** Reads each part count as a plain multiple per the thing it describes, and returns the text with its number
 * written over, so the count before it ("1,000 6-turn conversations") reads past it to its own noun. */
export function partCounts(text: string, s: string, out: Quantity[], used: Array<[number, number]>): string {
  let written = s;
  for (const m of s.matchAll(PART_COUNT)) {
    const value = /^\d/.test(m[1]!) ? Number(m[1]) : WORD_NUMBERS[m[1]!]!;
    if (NOT_PART.test(m[3]!) || m[1] === 'twice' || !(value > 0)) continue;
    const at = m.index ?? 0;
    const end = at + m[0].length;
    out.push({
      value,
      dims: {},
      raw: text.slice(at, end),
      at,
      noun: m[3]!,
      chained: true,
      nested: true,
    });
    used.push([at, end]);
    written = `${written.slice(0, at)}${'q'.repeat(m[1]!.length)}${written.slice(at + m[1]!.length)}`;
  }
  return written;
}

/** Words right before a bare amount per period that make it more of a thing, not money: "users grow 200/mo". */
const GROWS_BEFORE =
  /\b(?:grow(?:s|ing)?|grew|add(?:s|ing|ed)?|gain(?:s|ing|ed)?|more|new|up|increas\w*|ris(?:e|es|ing)|climb\w*|sign(?:s|ing)? up|join(?:s|ing)?|churn\w*|los(?:e|es|ing)|drop\w*|fall(?:s|ing)?|declin\w*)\s*(?:by\s*)?(?:~|about\s|around\s)?$/;

/** "buy for 95k with 400/month upkeep", "25k each plus 300/mo each for power": beside amounts of money, a bare number
 * per period (perhaps per one of a count) is money per period too, as if written with a "$". */
export function bareFlowsBesideMoney(s: string, out: Quantity[]): void {
  if (!out.some((q) => q.dims.usd === 1 && /\$|\d\s?(?:k|m|mn|b|bn)\b/i.test(q.raw))) return;
  for (const q of out) {
    const keys = Object.keys(q.dims);
    if (q.dims.hour !== -1 || !q.per || q.noun || /\$/.test(q.raw)) continue;
    const counted = keys.filter((k) => k !== 'hour');
    if (counted.length > 1 || (counted.length === 1 && !['gpu', 'user', 'item'].includes(counted[0]!))) continue;
    if (counted.length === 1 && q.dims[counted[0] as 'gpu'] !== -1) continue;
    if (GROWS_BEFORE.test(s.slice(Math.max(0, q.at - 24), q.at))) continue;
    q.dims = { ...q.dims, usd: 1 };
  }
}

/** A unit named before "=": "TB = 1000 GB", "(1 TB = 1,000 GB)", "1 kWh = 3.6 MJ". */
const DEFINED_AFTER = /^\s*(?:[a-z]{1,6}\s*)?(?:=|equals)/i;
const DEFINED_BEFORE = /(?:^|[\s(,;])(?:1\s*)?([a-z]{1,6})\s*(?:=|equals)\s*$/i;

/**
 * "180 TB/mo egress at $0.05/GB, TB = 1000 GB": a unit defined by another is how to convert, not an amount of the
 * calculation. The reader converts the units it knows already, so the definition's numbers are dropped; amounts on
 * both sides of "=" that are the same size in one unit ("1 TB = 1,000 GB") go too.
 */
export function unitDefinitions(s: string, out: Quantity[]): void {
  for (let i = out.length - 1; i >= 0; i--) {
    const q = out[i];
    if (!q) continue;
    const before = s.slice(Math.max(0, q.at - 16), q.at);
    const m = DEFINED_BEFORE.exec(before);
    if (!m || Object.keys(q.dims).length !== 1) continue;
    // "TB = 1000 GB": the word before "=" is a unit of the same kind (a size, an energy), so the two name one amount.
    const left = out.find((o) => o !== q && o.at + o.raw.length <= q.at && o.at >= q.at - 16 && sameKind(o, q));
    const named = left ? left.value === q.value : UNIT_OF_KIND[Object.keys(q.dims)[0]!]?.test(m[1]!) === true;
    if (!named) continue;
    out.splice(i, 1);
    if (left) out.splice(out.indexOf(left), 1);
  }
}

/** Unit words of a kind of amount, which a definition may name without a number. */
const UNIT_OF_KIND: Record<string, RegExp> = {
  gb: /^(?:[kmgtp]b|[kmgtp]ib|bytes?)$/i,
  kwh: /^(?:[kmg]wh|mj|gj)$/i,
  token: /^(?:tokens?|words?|chars?|characters?)$/i,
};

const sameKind = (a: Quantity, b: Quantity) =>
  Object.keys(a.dims).length === 1 && Object.keys(a.dims)[0] === Object.keys(b.dims)[0];

/** Whether a number at `at` is one side of a unit definition ("TB = 1000 GB", "1 TB = 1,000 GB"): a conversion the
 * reader knows, placed by the units it converts, never an amount left out of a calculation. */
export function inUnitDefinition(s: string, at: number, raw: string): boolean {
  const before = s.slice(Math.max(0, at - 16), at);
  const after = s.slice(at + raw.length, at + raw.length + 16);
  // "TB = 1000 GB": a unit before "=", and one after the number (in its words or right after them).
  if (DEFINED_BEFORE.test(before) && (/\d\s*[a-z]{1,6}$/i.test(raw.trim()) || /^\s*[a-z]{1,6}\b/i.test(after)))
    return true;
  // "1 TB = …": the left side, a single unit.
  return /^1(?:\s*[a-z]{1,6})?$/i.test(raw.trim()) && DEFINED_AFTER.test(after);
}

/** A compounding percentage that takes away each period ("prices fall 20% a year", "5% monthly logo churn",
 * "attrition of 2% monthly") is marked so: it compounds as (1 − p) each period. */
export function fallingRates(s: string, out: Quantity[], words: QuantityVocabulary): void {
  for (const q of out) {
    if (q.apply !== 'compound' || q.dims.percent !== 1) continue;
    const before = s.slice(Math.max(0, q.at - 30), q.at);
    const after = s.slice(q.at + q.raw.length, q.at + q.raw.length + 24);
    if (
      DOWN_BEFORE.test(before) ||
      DOWN_AFTER_NEAR.test(after) ||
      words.churnAfter?.test(after) ||
      words.churnBefore?.test(before)
    )
      q.falls = true;
  }
}

const GROWS = /\b(?:grow\w*|grew|ris(?:e|es|ing)|rose|increas\w*|inflat\w*|escalat\w*|compound\w*|cagr|more)\b/;
const ASKING = /\b(?:what|how much|whats|what's)\b/;
/** Words asking for a whole with its upkeep: "total", "all-in", "TCO", "cost of ownership", "overall". */
const WHOLE_ASKED =
  /\b(?:total|totals|all[- ]in|tco|(?:cost|costs) of ownership|overall|altogether|in all|combined|grand|including|incl)\b/;

/** "$2M data centre with 10% yearly upkeep over 5 years", "maintenance is 8% a year": a rate per period named by a word
 * of upkeep is that share of the price paid each period, added over the years, not a growth that compounds. Asked
 * alone ("how much maintenance over 4 years?"), it is the upkeep without the price. */
export function upkeepRates(s: string, out: Quantity[], words: QuantityVocabulary): void {
  for (const q of out) {
    if (q.apply !== 'compound' || q.dims.percent !== 1 || q.falls || q.high !== undefined) continue;
    const before = s.slice(Math.max(0, q.at - 30), q.at);
    const after = s.slice(q.at + q.raw.length, q.at + q.raw.length + 30);
    // Named further off ("maintenance over 5 years on a $2M cluster at 10% a year"), when nothing grows.
    const named = words.upkeepAfter?.test(after) || words.upkeepBefore?.test(before);
    if (!named && !(words.upkeepWord?.test(s) && !GROWS.test(s))) continue;
    q.apply = 'upkeep';
    const asked = ASKING.exec(s);
    if (asked && words.upkeepWord?.test(s.slice(asked.index)) && !WHOLE_ASKED.test(s)) q.upkeepAlone = true;
  }
}

/** "3.6M gpu cluster on a 3-yr life plus 40k/mo opex", "our 50k gpu order, 30% due upfront": a scaled number before a
 * chip word that describes a thing bought is its price when the question writes the sum off, buys it or pays part of it
 * up front, and nothing is priced per chip; "a 100k gpu cluster at $2/gpu-hr" still counts chips. */
export function chipsBoughtAsMoney(s: string, out: Quantity[], describing: ReadonlySet<Quantity>): void {
  if (!describing.size || !CAPITAL_WORDS.test(s)) return;
  const chips = out.filter((q) => q.dims.gpu !== undefined);
  if (chips.some((q) => !describing.has(q)) || chips.length !== 1) return;
  const q = chips[0]!;
  q.dims = { usd: 1 };
  delete q.noun;
  q.raw = q.raw.replace(/\s*[a-z][\w-]*$/i, '');
}

/** A period's adjective, up to two words naming a sum, then the sum: "annual contract is $240k", "our monthly bill:
 * $8k", "the yearly licence costs $50k". */
const PERIOD_NAMED_BEFORE =
  /\b(daily|weekly|monthly|quarterly|yearly|annual|annually)\s+(?:(?!(?:and|or|but|if|then|for|of|at|per|vs)\b)[a-z-]+\s+)?(?:contracts?|licen[cs]es?|subscriptions?|plans?|commit(?:ment)?s?|bills?|fees?|retainers?|leases?|rent|invoices?)\s+(?:is|was|are|of|costs?|runs?|comes to|totals?|at|=|:)?\s*(?:~|about\s|around\s|roughly\s)?$/;

/** "annual contract is $240k. vendor offers 15% off if we prepay 2 years": money named by a period's adjective before
 * it is money each such period, as "$240k annual contract" is. */
export function periodNamedMoney(s: string, out: Quantity[]): void {
  for (const q of out) {
    if (q.dims.usd !== 1 || Object.keys(q.dims).length !== 1 || q.high !== undefined || q.at < 0) continue;
    const before = s.slice(Math.max(0, q.at - 40), q.at);
    const m = PERIOD_NAMED_BEFORE.exec(before);
    if (!m || /[\d.;?!]/.test(before.slice(m.index))) continue;
    const per = m[1] === 'annual' || m[1] === 'annually' ? 'year' : adverbPeriod(m[1]!);
    q.dims = { usd: 1, hour: -1 };
    q.value /= HOURS[per]!;
    q.per = per;
  }
}
