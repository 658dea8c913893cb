// Worked calculations people ask for in words: splitting a cost, tokens × price, GPU rental over time,
// self-hosting vs API, and bare arithmetic. Rates not given by the user come from sourced figures.
import { cuePattern, cueWords, phrasePattern, spaceCountX } from '../knowledge/cues.js';
import type { KnowledgeIndex } from '../knowledge/index.js';
import type { Entity, Figure } from '../knowledge/schema.js';
import { type Amount, evaluate } from './calc.js';
import { Citer } from './cite.js';
import { floorCount, formatCount, formatMoney, formatRatio, trimNumber } from './format.js';
import { calcErrorReply, unitsErrorReply, unknownReply } from './replies.js';
import type { Resolution } from './resolve.js';
import type { Reply } from './types.js';
import { HOURS } from './understand/quantities.js';
import { leavingCount } from './understand/weighted-split.js';

const SPLIT_WORDS =
  /\b(split|splits|splitting|share|shared|sharing|chip in|chipped in|pool|pooled|divide|divided|each|per (company|member|partner|firm))\b/;
/** Words that count the parties sharing a cost. */
export const PARTY_NOUN =
  /^(companies|company|firms?|labs?|members?|partners?|countries|country|people|teams?|orgs?|organi[sz]ations?|businesses|players|ways|backers|funders|participants|startups|nations|universities)$/;
const SWITCH_ASK = /\b(save|saves|saved|saving|savings|switch|switching|moving|move|migrat\w*|difference|cheaper by)\b/;
const TOKEN_NOUN = /^(tokens?|toks?|mtok|mtoks)$/;

function calcReply(
  title: string,
  lines: string[],
  citer?: Citer,
  notes: string[] = [],
  fields: Reply['fields'] = [],
): Reply {
  return { kind: 'calculation', title, lines, fields, notes, sources: citer?.sources() ?? [], suggestions: [] };
}

/** Money amount, count-with-noun pairs found in a question. */
function parties(amounts: Amount[]): Amount | undefined {
  return amounts.find((a) => !a.money && PARTY_NOUN.test(a.next) && a.value >= 1 && Number.isInteger(a.value));
}

/** "if 50 companies split a $1B model how much does each pay" → $1B ÷ 50 = $20M each. */
export function splitCost(
  index: KnowledgeIndex,
  res: Resolution | undefined,
  lowered: string,
  amounts: Amount[],
): Reply | undefined {
  if (!SPLIT_WORDS.test(lowered)) return undefined;
  let who = parties(amounts);
  // "a 2.5B training run", "3B instead": a scaled number that counts no parties or tokens and names no model ("falcon
  // 180b") is the sum split.
  const inName = (a: Amount) =>
    [...(res?.unknownNames ?? []), ...(res?.mentions ?? []).map((m) => m.text)].some((n) =>
      n.toLowerCase().includes(a.raw.toLowerCase().split(/\s/)[0]!),
    );
  let money = amounts.find(
    (a) =>
      a.money ||
      /^(model|run|training|bill|budget)$/.test(a.next) ||
      (a !== who && a.value >= 1e6 && !TOKEN_NOUN.test(a.next) && !PARTY_NOUN.test(a.next) && !inName(a)),
  );
  // "In the consortium idea, how much would each company chip in?": the sum and the head count come from
  // the sourced figures of the thing named.
  if ((!who || !money) && res) {
    // "1B tokens at …" quotes no sum: a thing found by a number the user did not write as money is not meant.
    const meant = res.mentions.filter(
      (m) => m.via !== 'number' || amounts.some((a) => a.money && m.text.toLowerCase().startsWith(a.raw.toLowerCase())),
    );
    // "a GPT-5-class run split across a 50-member consortium": with the head count the user's, the sum is the one
    // thing named that holds a money figure; two such things (GPT-5's run, the consortium's $1B) are no pick here.
    const sums = new Set(
      meant
        .filter((m) => index.entity(m.ids[0]!)?.figures.some((f) => f.unit === 'money' && f.value))
        .map((m) => m.ids[0]),
    );
    if (!money && sums.size > 1) return undefined;
    for (const m of meant) {
      const e = index.entity(m.ids[0]!);
      const total = e?.figures.find((f) => f.unit === 'money' && f.value);
      const count = e?.figures.find(
        (f) => f.unit === 'count' && f.value && /compan|firm|member|partner/i.test(`${f.of ?? ''} ${f.scope}`),
      );
      if (total && count) {
        money ??= { value: total.value!, money: true, next: '', index: 0, raw: '' };
        who ??= { value: count.value!, money: false, next: 'companies', index: 0, raw: '' };
        break;
      }
    }
  }
  if (!who || !money || money === who) return undefined;
  // "…but eight of them back out": the parties left split it; how many left unsaid gives no sum.
  const leaves = phrasePattern(index.kb.cues.get('count-leaves')?.phrases ?? []);
  const left = leavingCount(lowered, leaves ? new RegExp(`^${leaves}\\b`) : undefined);
  if (left && (left.vague || left.n >= who.value)) return undefined;
  const leftOut = left ? ` (${formatCount(who.value)} less the ${formatCount(left.n)} who leave)` : '';
  // "12 drop out — the shortfall?": what the leavers' shares came to, before the rest cover it.
  const before = money.value / who.value;
  const shortfall =
    left && SHORTFALL_ASKED.test(lowered)
      ? [
          `Shortfall: ${formatMoney(left.n * before)} — the ${formatCount(left.n)} who leave × ${formatMoney(before)} each (${formatMoney(money.value)} ÷ ${formatCount(who.value)}).`,
        ]
      : [];
  if (left) who = { ...who, value: who.value - left.n };
  // "with 25 members or 40?": a second head count set as the alternative is split too.
  const party = who;
  const others = amounts.filter(
    (a) =>
      a !== party &&
      a !== money &&
      !a.money &&
      Number.isInteger(a.value) &&
      a.value >= 1 &&
      a.value < 1e6 &&
      a.index > party.index &&
      (a.next === '' || PARTY_NOUN.test(a.next)) &&
      !inName(a),
  );
  // "…and if 20 more firms joined?": the count with the joiners added is split too.
  const joined = joiners(index, lowered);
  const counts =
    others.length === 1 && /\b(?:or|vs\.?|versus)\b/.test(lowered)
      ? [who, others[0]!]
      : joined && !left
        ? [who, { ...who, value: who.value + joined, raw: '', index: -1 }]
        : [who];
  const lines = counts.flatMap((c) => {
    const each = money.value / c.value;
    return [
      `${formatMoney(money.value)} split ${formatCount(c.value)} ways is ${formatMoney(each)} each.`,
      `Inputs: total ${formatMoney(money.value)}, ${formatCount(c.value)} ${c.next || who.next}${c === who ? leftOut : c.index === -1 ? ` (${formatCount(who.value)} + ${formatCount(joined ?? 0)} who join)` : ''}; ${formatMoney(money.value)} ÷ ${formatCount(c.value)} = ${formatMoney(each)}.`,
    ];
  });
  // "…what % of an $80M annual budget is one share?": one share set against the user's other sum.
  const against = amounts.find((a) => a.money && a !== money && a.value > 0);
  const share =
    against && counts.length === 1 && SHARE_OF_ASKED.test(lowered)
      ? [
          `One share (${formatMoney(money.value / who.value)}) is ${trimNumber((money.value / who.value / against.value) * 100, 3)}% of ${formatMoney(against.value)}: ${formatMoney(money.value / who.value)} ÷ ${formatMoney(against.value)}.`,
        ]
      : [];
  return calcReply('Cost split', [...shortfall, ...lines, ...share]);
}

/** How many more parties join, written "N more (firms) join": undefined when none is written. */
function joiners(index: KnowledgeIndex, lowered: string): number | undefined {
  const joins = phrasePattern(index.kb.cues.get('count-joins')?.phrases ?? []);
  if (!joins) return undefined;
  const m = new RegExp(`\\b(\\d[\\d,]*) more\\s+(?:[a-z]+\\s+){0,2}?${joins}\\b`).exec(lowered);
  const n = m ? Number(m[1]!.replace(/,/g, '')) : 0;
  return n > 0 ? n : undefined;
}

/** The gap the leavers leave, asked. */
const SHORTFALL_ASKED = /\bshort(?:fall|age)?\b|\bgap\b|\bmissing\b|\buncovered\b|\bhole\b/;
/** A share asked of another sum: "what % of our budget", "as a share of". */
const SHARE_OF_ASKED = /(?:%|\bper ?cent\w*|\bshare|\bfraction|\bportion)\s+of\b/;

/** "100M tokens at $0.07 per million" → $7. Without a price, uses sourced per-million-token prices. */
export function tokensTimesPrice(
  index: KnowledgeIndex,
  res: Resolution,
  lowered: string,
  amounts: Amount[],
  /** How the volume was worked out, when it is a rate over a span ("5B tokens a day × 30 days"). */
  worked?: string,
): Reply | undefined {
  const tokens = amounts.find((a) => !a.money && TOKEN_NOUN.test(a.next));
  if (!tokens) return undefined;
  const perMillion = /per (1 ?m|million|mtok|1,000,000)|\/ ?(1 ?m|mtok|million)|per m\b/.test(lowered);
  const perThousand = /per (1 ?k|thousand|1,000)\b|\/ ?(1 ?k|thousand)/.test(lowered);
  const perToken = /per token\b/.test(lowered) && !perMillion;
  const price = amounts.find((a) => a.money && a !== tokens);
  if (price) {
    const unit = perThousand ? 1e3 : perToken ? 1 : 1e6;
    const cost = (tokens.value / unit) * price.value;
    const per = unit === 1e6 ? 'per million tokens' : unit === 1e3 ? 'per thousand tokens' : 'per token';
    return calcReply('Tokens × price', [
      `${formatCount(tokens.value)} tokens at ${formatMoney(price.value)} ${per} cost ${formatMoney(cost)}.`,
      `Inputs: ${formatCount(tokens.value)} tokens ÷ ${formatCount(unit)} × ${formatMoney(price.value)} = ${formatMoney(cost)}.`,
    ]);
  }
  // No price given: price the volume at every sourced per-million-token price that fits the question.
  const citer = new Citer(index.kb);
  const named = new Set(res.mentions.flatMap((m) => m.ids));
  let rates = ratesWithUnit(index, 'money/Mtok');
  // One price held in two places (a chart and the model it prices) is one price.
  const seen = new Set<string>();
  const focused = rates.filter((r) => {
    const key = `${r.figure.value ?? r.figure.range?.join('-')} ${r.figure.period} ${r.figure.source}`;
    if (!named.has(r.entity.id) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // Each thing named keeps the prices of the dates the question names ("gpt-4 at launch vs turbo": both things).
  if (focused.length)
    rates = [...new Set(focused.map((r) => r.entity))].flatMap((e) =>
      dated(
        focused.filter((r) => r.entity === e),
        lowered,
      ),
    );
  if (!rates.length) return undefined;
  const volume = `${formatCount(tokens.value)} tokens${worked ? ` (${worked})` : ''}`;
  const lines = [`${volume} at the sourced per-million-token prices:`];
  for (const r of rates.slice(0, 6)) {
    const v = r.figure.value ?? r.figure.range![0];
    lines.push(
      `• ${r.entity.name}, ${r.figure.scope} (${r.figure.period}): ${formatMoney(v)}/M tokens → ${formatMoney((tokens.value / 1e6) * v)} [${citer.provenance(r.figure)}]`,
    );
  }
  // Two named prices and a switch or a saving asked: what moving from one to the other saves on these tokens.
  if (rates.length === 2 && (SWITCH_ASK.test(lowered) || LESS_ASK.test(lowered))) {
    const [a, b] = rates.map((r) => (tokens.value / 1e6) * (r.figure.value ?? r.figure.range![0])) as [number, number];
    const times = Math.min(a, b) > 0 ? ` (${formatRatio(Math.max(a, b) / Math.min(a, b))})` : '';
    lines.push(`Difference: ${formatMoney(Math.abs(a - b))}${times}.`);
  }
  return calcReply('Tokens × price', lines, citer, [
    'Give a price to use your own: “100M tokens at $0.07 per million”.',
  ]);
}

/** "how much less", "how much more", "vs": the two prices' bills set against each other. */
const LESS_ASK = /\bhow much (?:less|more|cheaper|dearer)\b|\b(?:vs\.?|versus)\b/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The prices whose period the question names ("at the oct 2024 price": Oct 2024, not Nov 2022), all when it names
 * none or each equally. A month counts by its first three letters, a year or a word ("launch") as written. */
function dated<T extends { figure: Figure }>(rates: T[], lowered: string): T[] {
  const asked = new Set(lowered.split(/[^a-z0-9]+/).map((w) => (MONTHS.includes(w.slice(0, 3)) ? w.slice(0, 3) : w)));
  const named = (r: T) =>
    r.figure.period
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 2 || /^\d+$/.test(w))
      .map((w) => (MONTHS.includes(w.slice(0, 3)) ? w.slice(0, 3) : w))
      .filter((w) => asked.has(w)).length;
  const best = Math.max(0, ...rates.map(named));
  return best > 0 ? rates.filter((r) => named(r) === best) : rates;
}

/** Sourced figures with a given unit, with their entities. */
/** The sourced H100 rental rates, per GPU per month: the figures a rental calculation uses. */
export function h100Rates(index: KnowledgeIndex): Array<{ entity: Entity; figure: Figure }> {
  return ratesWithUnit(index, 'money/month').filter((r) =>
    /h100|gpu/i.test(`${r.entity.name} ${r.figure.scope} ${r.figure.of ?? ''}`),
  );
}

function ratesWithUnit(index: KnowledgeIndex, unit: Figure['unit']): Array<{ entity: Entity; figure: Figure }> {
  const out: Array<{ entity: Entity; figure: Figure }> = [];
  for (const e of index.kb.entities.values())
    for (const f of e.figures) if (f.unit === unit) out.push({ entity: e, figure: f });
  return out;
}

function months(lowered: string): number | undefined {
  // "for half a year", "a year and a half": halves of a period.
  const half = /\bhalf (?:a|an) (year|month|week|day)\b|\ban? (year|month) and a half\b/.exec(lowered);
  if (half) {
    const unit = half[1] ?? half[2]!;
    const of: Record<string, number> = { year: 12, month: 1, week: 7 / 30.4, day: 1 / 30.4 };
    return of[unit]! * (half[1] ? 0.5 : 1.5);
  }
  const m =
    /(?<![a-z\d.])(\d+(?:\.\d+)?|a|an|one|two|three|six|twelve)\s*[- ]?(?:(?:full|whole|entire|single)[- ])?(years?|yrs?|months?|mos?|weeks?|days?|hours?|hrs?)\b/.exec(
      lowered,
    );
  if (!m)
    return /\b(annual|annually|yearly|per (?:year|yr|annum)|an? (?:year|yr))\b|\/\s?yr\b/.test(lowered)
      ? 12
      : /\b(monthly|per month|a month)\b/.test(lowered)
        ? 1
        : undefined;
  const words: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, six: 6, twelve: 12 };
  const n = words[m[1]!] ?? Number(m[1]);
  const unit = m[2]!;
  if (unit.startsWith('y')) return n * 12;
  if (unit.startsWith('mo')) return n;
  if (unit.startsWith('w')) return (n * 7) / 30.4;
  if (unit.startsWith('d')) return n / 30.4;
  return n / (30.4 * 24);
}

/** "H100 for a year: marketplace vs AWS", "8 H100s for 3 months", "how many H100-months for $1M". */
/** Power or energy in the question: a draw in watts, kWh, an electricity bill. */
const POWER_ASKED = /\d\s?(?:k|m)?w\b|\b(?:kwh|mwh|gwh|watts?|kilowatts?|megawatts?|energy|electricity|power)\b/;

/** Words that ask what renting costs, beside a host or terms the sources do not price. */
const RENT_PRICE =
  /\b(rent|rental|renting|price|prices|pricing|priced|cost|costs|charge|charges|charged|pay|rate|rates|per[- ](hour|month)|hourly|monthly)\b/;

export function gpuRental(
  index: KnowledgeIndex,
  res: Resolution | undefined,
  lowered: string,
  amounts: Amount[],
  /** The GPUs counted, when understanding read them ("Meta's 600K-H100 fleet"). */
  counted?: number,
  /** Lines setting one rental bill against a sourced amount the question names ("vs their headline number"). */
  against?: (total: number, shown: string) => string[],
): Reply | undefined {
  lowered = spaceCountX(lowered);
  // The sourced rates are one GPU marketplace and AWS on demand: another host, or a reserved or spot price, is a
  // different figure, declined rather than answered with these two. The hosts and terms are cues.yaml's
  // unpriced-gpu-host and unpriced-gpu-terms, read on the words ("vast.ai" → "vast ai").
  // A host written as the owner ("coreweave's H100 rate") is the host: its possessive "s" dropped.
  const words = cueWords(lowered.replace(/([a-z0-9])['’]s\b/g, '$1')).join(' ');
  const elsewhere =
    cuePattern(index.kb.cues, 'unpriced-gpu-host')?.exec(words) ??
    cuePattern(index.kb.cues, 'unpriced-gpu-terms')?.exec(words);
  const priceAsked = RENT_PRICE.test(lowered) || HOURLY.test(lowered);
  // Only H100 rental rates are sourced; another chip's rent is not something to borrow the H100 figure for.
  // A chip code the knowledge does not know ("H200", "B300") is another chip too, whatever its letters.
  const unknownChip = res?.unknownNames.find((n) => /^[a-z]{1,3}\s?\d{2,4}[a-z]?$/i.test(n.trim()));
  // "MI 300", "GB200"; a lone letter is a chip's only when glued ("a 70B model" is no "A70").
  const other = unknownChip
    ? ['', unknownChip]
    : /\b((?!h100)(?:a|b|h|v|l)\d{2,3}[a-z]?|(?:mi|gb)\s?\d{2,3}[a-z]?|tpus?)\b/.exec(lowered);
  if (
    other &&
    !/\bh ?100\b/.test(lowered) &&
    // A period or a place to rent from ("a month of a B200 on a GPU marketplace") asks a rent as much as "rent" does.
    (/\b(rent|rental|renting|per (hour|month)|hourly|monthly|months?|weeks?|marketplace|aws|cloud)\b/.test(lowered) ||
      HOURLY.test(lowered) ||
      (elsewhere && priceAsked))
  ) {
    const h100 = ratesWithUnit(index, 'money/month').map((r) => r.entity);
    const where = elsewhere ? ` (${elsewhere[0]})` : '';
    // "a100s": the chip, not its plural.
    const chip = other[1]!
      .toUpperCase()
      .replace(/\s/g, '')
      .replace(/(\d)S$/, '$1');
    return unknownReply(index, [`${chip} rental prices${where}`], {
      nearest: [...new Set(h100)],
    });
  }
  // "64 cards on AWS for 6 months": a count of accelerators the question reads rents as GPUs do.
  if (!/\b(h ?100s?|gpus?)\b/.test(lowered) && counted === undefined) return undefined;
  // "4,096 gpus x 400 W for 50 days — energy in kWh?": power, not rent, unless renting is asked too.
  if (POWER_ASKED.test(lowered) && !/\b(rent|rental|renting|marketplace|aws)\b/.test(lowered)) return undefined;
  if (elsewhere && priceAsked) {
    // What the sources do rent an H100 for follows, each with where, labelled as not the place asked.
    const citer = new Citer(index.kb);
    const instead = ratesWithUnit(index, 'money/month')
      .filter((r) => /h100/i.test(`${r.entity.name} ${r.figure.scope}`))
      .map((r) => `${r.figure.scope} ${citer.brief(r.figure)}`);
    return unknownReply(index, [`H100 rental prices (${elsewhere[0]})`], { instead });
  }
  const all = ratesWithUnit(index, 'money/month').filter((r) =>
    /h100|gpu/i.test(`${r.entity.name} ${r.figure.scope} ${r.figure.of ?? ''}`),
  );
  // "marketplace pricing", "aws credits": the one place named is the rate; both named, or neither, are both.
  const placed = PLACES.filter((p) => p.word.test(lowered));
  const rates = placed.length === 1 ? all.filter((r) => placed[0]!.scope.test(r.figure.scope)) : all;
  if (!rates.length) return undefined;
  // A budget in dollars; a sourced bill of something named is the sourced-run answer's ("R1's bill in H100-months").
  const renting = /\b(rent|rental|renting|months?|buy|buys|afford|budget|credits)\b/.test(lowered);
  const budget = renting ? amounts.find((a) => a.money) : undefined;
  const dur = months(lowered);
  const gpus = counted ?? amounts.find((a) => !a.money && /^(h|gpus?|x)$/.test(a.next) && a.value !== 100)?.value ?? 1;
  const citer = new Citer(index.kb);
  // "$250k of AWS credits: how many H100s can we keep running for 6 months": the budget over the rent of one GPU for
  // that long, in whole GPUs.
  if (budget && dur !== undefined && dur > 0 && GPUS_ASKED.test(lowered)) {
    const span = `${trimNumber(dur, 2)} month${dur === 1 ? '' : 's'}`;
    const worked = rates.map((r) => {
      const rate = r.figure.value ?? r.figure.range![0];
      const n = budget.value / (rate * dur);
      const whole = `${formatCount(floorCount(n))} H100s`;
      const shown = (Math.floor(n * 10) / 10).toLocaleString('en-US');
      const formula = `${formatMoney(budget.value)} ÷ (${formatMoney(rate)}/month × ${span}) = ${shown} [${citer.provenance(r.figure)}]`;
      return { r, rate, whole, formula };
    });
    const lines =
      worked.length === 1
        ? [
            `${worked[0]!.whole} for the full ${span}, at ${formatMoney(worked[0]!.rate)} per H100-month${placeOf(worked[0]!.r.figure)}.`,
            `Computed: ${worked[0]!.formula}.`,
          ]
        : [
            `What ${formatMoney(budget.value)} keeps running for ${span}:`,
            ...worked.map((w) => `• ${w.r.figure.scope}: ${w.whole} — ${w.formula}`),
          ];
    return calcReply('GPUs a budget keeps running', lines, citer);
  }
  // "a $30k purchase vs renting": how many months of rent the price would pay for, whatever period is named.
  if (
    budget &&
    (dur === undefined || /how many|\b(purchase|purchasing|buying|pay ?back|break[- ]?even)\b/.test(lowered))
  ) {
    const what = formatMoney(budget.value);
    const lines = [`${what} buys this many H100-months at the sourced rates:`];
    for (const r of rates) {
      const rate = r.figure.value ?? r.figure.range![0];
      lines.push(
        `• ${r.figure.scope}: ${formatMoney(rate)}/month → ${trimNumber(budget.value / rate, 1)} GPU-months [${citer.provenance(r.figure)}]`,
      );
    }
    return calcReply('GPU-months for a budget', lines, citer);
  }
  if (!budget && HOURLY.test(lowered)) return hourlyRates(rates, lowered, citer);
  if (dur === undefined && !/\b(rent|rental|renting|marketplace|aws|month|year)\b/.test(lowered)) return undefined;
  const m = dur ?? 1;
  // No GPUs or no time costs nothing and has no cheaper option: a sentence instead of "$0 (NaN% less)".
  if (!(gpus > 0 && m > 0)) {
    const zero = [...(gpus > 0 ? [] : [`${formatCount(gpus)} GPUs`]), ...(m > 0 ? [] : [`${trimNumber(m, 2)} months`])];
    return unitsErrorReply(zero, 'nothing-to-count');
  }
  const costs = rates.map((r) => ({
    r,
    rate: r.figure.value ?? r.figure.range![0],
    total: (r.figure.value ?? r.figure.range![0]) * m * gpus,
  }));
  const what = `${gpus === 1 ? 'One H100' : `${formatCount(gpus)} H100s`} for ${m === 12 ? 'a year' : `${trimNumber(m, 2)} month${m === 1 ? '' : 's'}`}`;
  // One place named: its bill first, then how it was worked.
  if (costs.length === 1) {
    const c = costs[0]!;
    const total = exactMoney(c.total);
    const lines = [
      `${what}${placeOf(c.r.figure)}: ${total}.`,
      `Computed: ${formatMoney(c.rate)} per H100-month × ${trimNumber(m, 2)} month${m === 1 ? '' : 's'}${gpus > 1 ? ` × ${formatCount(gpus)} H100s` : ''} = ${total} [${citer.provenance(c.r.figure)}].`,
      ...(against ? against(c.total, total) : []),
    ];
    return calcReply('GPU rental', lines, citer, [
      'Rates are per GPU per month as the source states them; real quotes vary with commitment and region.',
    ]);
  }
  const lines = [`${what}:`];
  for (const c of costs)
    lines.push(
      `• ${c.r.figure.scope}: ${formatMoney(c.rate)}/month × ${trimNumber(m, 2)}${gpus > 1 ? ` × ${formatCount(gpus)}` : ''} = ${formatMoney(c.total)} [${citer.provenance(c.r.figure)}]`,
    );
  if (costs.length >= 2) {
    const sorted = [...costs].sort((a, b) => a.total - b.total);
    const lo = sorted[0]!;
    const hi = sorted[sorted.length - 1]!;
    lines.push(
      `Difference: ${formatMoney(hi.total - lo.total)} (${trimNumber((1 - lo.total / hi.total) * 100, 0)}% less on the cheaper option; ${formatRatio(hi.total / lo.total)}).`,
    );
  }
  return calcReply('GPU rental', lines, citer, [
    'Rates are per GPU per month as the source states them; real quotes vary with commitment and region.',
  ]);
}

/** Where the sourced rates are charged, by the words that name it. */
const PLACES = [
  { word: /\b(?:marketplace|marketplaces)\b/, scope: /marketplace/i, label: 'on a GPU marketplace' },
  { word: /\b(?:aws|amazon)\b/, scope: /\baws\b/i, label: 'on AWS' },
];
/** Money shown exactly below a million ("$105,600"), scaled above. */
const exactMoney = (n: number) => (Math.abs(n) >= 1e6 ? formatMoney(n) : `$${Math.round(n).toLocaleString('en-US')}`);
/** Where a sourced rate is charged, as a reply says it (" on AWS"). */
const placeOf = (f: Figure) => {
  const label = PLACES.find((p) => p.scope.test(f.scope))?.label;
  return label ? ` ${label}` : '';
};
/** A number of GPUs asked ("how many H100s can we keep running"). */
const GPUS_ASKED = /\bhow many (?:\w+ )?(?:h ?100s?|gpus?|cards|chips|accelerators)\b|\bnumber of (?:h ?100s|gpus)\b/;

// "an H100 hour", "per GPU-hour", "one A100-hour": a single hour of a chip, named or not.
const HOURLY =
  /\b(hourly|per hour|an hour|per gpu[- ]hour)\b|\b(?:a|an|one|per|each)\s+(?:[a-z]\w*[- ])?hour\b|\/\s?(?:hr|hour)\b|\bover \d[\d,]* hours\b/;

/** "the hourly rate of a marketplace H100", "monthly price divided over 730 hours": each sourced monthly rate per
 * hour, over the hours in a month the user gives (730 by default, a twelfth of 8,760). */
function hourlyRates(rates: Array<{ figure: Figure }>, lowered: string, citer: Citer): Reply {
  // The digits must stand alone: "an H100 hour" names a chip, not 100 hours.
  const given = /(?<![\w.])(\d[\d,]*)\s*(?:hours?|hrs?)\b/.exec(lowered);
  const hours = given ? Number(given[1]!.replace(/,/g, '')) : 730;
  if (!(hours > 0)) return unitsErrorReply([given![0]], 'divide-by-zero');
  const lines = [`One H100 per hour, over ${formatCount(hours)} hours a month:`];
  for (const r of rates) {
    const rate = r.figure.value ?? r.figure.range![0];
    lines.push(
      `• ${r.figure.scope}: ${formatMoney(rate)}/month ÷ ${formatCount(hours)} hours = ${formatMoney(rate / hours)}/hour [${citer.provenance(r.figure)}]`,
    );
  }
  return calcReply('GPU rental per hour', lines, citer, [
    'Rates are per GPU per month as the source states them; real quotes vary with commitment and region.',
  ]);
}

/** "self-hosting vs API at 10M users": sourced annual costs, savings, and linear scaling for other user counts. */
export function selfHostVsApi(index: KnowledgeIndex, lowered: string, amounts: Amount[]): Reply | undefined {
  const selfHosting = /self[- ]?host|on[- ]?prem|own (gpus|servers|infrastructure)|run (it|them) ourselves/.test(
    lowered,
  );
  const apiAtScale = /hyperscaler/.test(lowered) && /\busers?\b/.test(lowered);
  // "self-hosted open models for 10M users — per user per month?": the sourced scenario asked per user.
  const perUser = selfHosting && /\bper (?:user|head|person|seat)\b/.test(lowered);
  if (!(selfHosting && /\bapi|hyperscaler/.test(lowered)) && !apiAtScale && !perUser) return undefined;
  const yearly = ratesWithUnit(index, 'money/year').filter((r) =>
    /user/i.test(`${r.figure.scope} ${r.figure.of ?? ''} ${r.figure.note ?? ''}`),
  );
  const api = yearly.find((r) => /api|hyperscaler/i.test(`${r.figure.scope} ${r.figure.of ?? ''}`));
  const self = yearly.find((r) => /self|open/i.test(`${r.figure.scope} ${r.figure.of ?? ''}`) && r !== api);
  if (!api || !self) return undefined;
  const citer = new Citer(index.kb);
  const baseUsers =
    Number(
      /(\d+(?:\.\d+)?)\s?m\b|(\d+(?:\.\d+)?)\s?million/i
        .exec(`${api.figure.scope} ${api.figure.of ?? ''}`)
        ?.slice(1)
        .find(Boolean) ?? 10,
    ) * 1e6;
  // "using the numbers for 10M users … at 2M users": the count that is not the sources' own is the user's.
  const counts = amounts.filter((a) => /^users?$/.test(a.next));
  const asked = counts.find((a) => a.value !== baseUsers) ?? counts[0];
  const users = asked?.value ?? baseUsers;
  // Under one user the per-user costs divide by zero or read "At 0 users": a sentence instead.
  if (!(users >= 1)) return unitsErrorReply([asked?.raw ?? `${users} users`], 'nothing-to-count');
  const scale = users / baseUsers;
  const years = amounts.find((x) => !x.money && x.value > 0 && /^(?:years?|yrs?)$/.test(x.next));
  const a = (api.figure.value ?? api.figure.range![0]) * scale;
  const s = (self.figure.value ?? self.figure.range![0]) * scale;
  const lines = [
    ...(perUser ? [perUserLine(a / users, s / users, lowered)] : []),
    `At ${formatCount(users)} users: hyperscaler API ≈ ${formatMoney(a)}/year vs self-hosted open models ≈ ${formatMoney(s)}/year — saving ${formatMoney(a - s)}/year (${trimNumber((1 - s / a) * 100, 0)}% less; API costs ${formatRatio(a / s)} as much).`,
    // "save over 3 yrs": the yearly costs and saving over the years asked.
    ...(years && years.value !== 1
      ? [
          `Over ${formatCount(years.value)} years: saving ${formatMoney((a - s) * years.value)} (${formatMoney(a)} vs ${formatMoney(s)} a year, × ${formatCount(years.value)}).`,
        ]
      : []),
    ...(perUser ? [] : [perUserLine(a / users, s / users, lowered)]),
    `Sourced inputs: API ${citer.figure(api.figure)}; self-hosted ${citer.figure(self.figure)}.`,
  ];
  // "we spend $1.8M a year on APIs": the user's own API bill at the sourced self-hosted-to-API cost ratio.
  const spend = amounts.find((a) => a.money && a.value > 0);
  if (spend && /\bapis?\b|hyperscaler/.test(lowered) && /\bratio\b|\bsame (?:load|usage|traffic)\b/.test(lowered))
    lines.unshift(
      `Your ${formatMoney(spend.value)} of API spend at that ratio: self-hosting ≈ ${formatMoney(spend.value * (s / a))} (${formatMoney(spend.value)} × ${formatMoney(s)} ÷ ${formatMoney(a)}).`,
    );
  const notes =
    scale !== 1
      ? [
          `The sources give costs at ${formatCount(baseUsers)} users; I scaled them linearly to ${formatCount(users)}, which ignores fixed costs and volume discounts.`,
        ]
      : [];
  return calcReply('Self-hosting vs API', lines, citer, notes);
}

/** Per user per year, or per the shorter period asked ("per user per month"). */
function perUserLine(api: number, self: number, lowered: string): string {
  const asked = /\b(?:per|a|each) (month|week|day)\b|\b(monthly|weekly|daily)\b/.exec(lowered);
  const per = asked ? (asked[1] ?? { monthly: 'month', weekly: 'week', daily: 'day' }[asked[2]!]!) : 'year';
  const share = HOURS[per]! / HOURS.year!;
  // "saving per user per year?": the difference per user too.
  const saving =
    /\bsav(?:e|es|ed|ing|ings)\b|\bdifference\b|\bgap\b/.test(lowered) &&
    /\bper (?:user|head|person|seat)\b/.test(lowered)
      ? `, saving ${formatMoney((api - self) * share)} per user`
      : '';
  return `Per user per ${per}: ${formatMoney(api * share)} on the API vs ${formatMoney(self * share)} self-hosted${saving}.`;
}

/** Bare arithmetic ("(191-5.6)/5.6", "calc $1B/50", "10% of $5B"), given the expression part. */
export function arithmetic(src: string): Reply {
  const r = evaluate(src);
  if (!r.ok) return calcErrorReply(src, r.error);
  const shown = r.money
    ? formatMoney(r.value)
    : Math.abs(r.value) >= 1e4
      ? `${formatCount(r.value)} (${r.value.toLocaleString('en-US', { maximumFractionDigits: 4 })})`
      : trimNumber(r.value, 4);
  return calcReply('Calculation', [`${src.trim()} = ${shown}`]);
}
