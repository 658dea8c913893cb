// The unit a question asks its answer in ("per month", "how many GPUs", "break even"), read from the words the
// user's quantities did not use.
import { inverse, sameDims } from '../units.js';
import { adverbPeriod, type Dims, periodOf, type Quantity } from './quantities.js';
import { MONTH_DEF } from './quantity-passes.js';
import { FLEET_ASKED, NOT_COUNTED, type PeriodName, periodOf as periodWord } from './quantity-words.js';

/** A period named in an asked unit, abbreviations too: "per second", "per min", "/gpu-hr". */
const PERIOD_ASKED = '(sec(?:ond)?|min(?:ute)?|hour|hr|day|week|wk|month|mo|quarter|qtr|year|yr|annum)';
/** Up to two words describing the time before its period ("per *useful* gpu hour", "per audio minute"); never a word
 * that starts another part of the sentence. */
const DESCRIBED =
  '(?:(?!(?:and|or|for|in|of|to|the|at|on|with|than|over|from|by|per|a|an|each|every)\\b)[a-z]+[\\s-]+){0,2}';

const SPLIT =
  /\b(?:split|splits|splitting|share|shares|shared|sharing|divide|divided|divvy|chip(?:ped|ping)? in|pool(?:ed|ing)?|each pays?|pays each|would each|does each|do each|each owe|per head|apiece)\b/;

/** What unit the question asks for, read from the words the quantities did not use; undefined when it does
 * not say (the solver then picks the most sensible unit). */
export function askedTarget(
  text: string,
  quantities: Quantity[],
): { dims: Dims; per?: string; noun?: string; alsoPer?: string; unit?: string; perCount?: number } | undefined {
  // "per *useful* hour": emphasis marks are no part of the words.
  let free = text.toLowerCase().replace(/[*_]/g, ' ');
  for (const q of quantities)
    for (const [a, b] of [[q.at, q.at + q.raw.length], ...(q.covers ?? [])] as Array<[number, number]>)
      free = `${free.slice(0, a)}${' '.repeat(b - a)}${free.slice(b)}`;
  // "assume 730 hrs in a month": how long a month is, not a period asked.
  // "per month (730h)": the brackets define the month; the month itself is still asked.
  free = free.replace(MONTH_DEFS, (m) =>
    /^months?\s*\(/.test(m) ? m.replace(/\(.*$/, (b) => ' '.repeat(b.length)) : ' '.repeat(m.length),
  );
  // The sentence that asks ("… 40k chats a day. daily cost?") says the unit; "each chat = …" before it only
  // describes an input. The whole text is read when the asking sentence names no unit.
  const pieces = free.split(/(?<=[.;:!?])\s+|\s[—–-]\s/).filter((p) => /[a-z]/.test(p));
  const asking = pieces.length >= 2 ? pieces[pieces.length - 1]! : undefined;
  // The asking sentence keeps its place in the text, so each quantity's position still points into it.
  const placed = asking ? `${' '.repeat(free.lastIndexOf(asking))}${asking}` : undefined;
  const found =
    (placed && targetIn(placed, quantities, true)) ||
    targetIn(free, quantities, !asking) ||
    grownCount(free, quantities);
  return scaledPer(free, quantities, found) ?? found ?? levelAsked(free, quantities);
}

/** "where are we after 6 months?", "what will it be in a year", "how big by then": the level reached is asked. */
const LEVEL_ASKED =
  /\bwhere (?:are|will|would) (?:we|they|it|you)\b|\bwhat (?:will|would|does|do) (?:it|that|we|they|this) (?:be|look like|reach|hit|end up)\b|\bhow (?:big|large|high) (?:will|would|is|are)\b|\b(?:end|ending) (?:up|level)\b|\bhow many (?:after|in|by|then|will|would)\b/;

/** "MAU at 50k growing 12% a month — where are we after 6 months?": one level that compounds, asked where it ends, is
 * asked in its own unit. */
function levelAsked(free: string, quantities: Quantity[]): { dims: Dims; noun?: string } | undefined {
  if (!LEVEL_ASKED.test(free) || !quantities.some((q) => q.apply === 'compound')) return undefined;
  const levels = quantities.filter(
    (q) => !(q.dims.percent || q.dims.times) && !(q.dims.hour === 1 && Object.keys(q.dims).length === 1),
  );
  const [level] = levels;
  if (levels.length !== 1 || !level) return undefined;
  return { dims: { ...level.dims }, ...(level.noun ? { noun: level.noun } : {}) };
}

/** "20k MAU growing 15% monthly. MAU after 12 months?": a count compounding, asked again by its own word, is that count
 * after the time. */
function grownCount(free: string, quantities: Quantity[]): { dims: Dims; noun?: string } | undefined {
  // One compounding rate and no other share: "growing 10% and churning 2%" is no single rate to compound.
  const factors = quantities.filter((q) => q.dims.percent !== undefined || q.dims.times !== undefined);
  if (factors.length !== 1 || factors[0]!.apply !== 'compound') return undefined;
  const counts = quantities.filter(
    (q) => Object.keys(q.dims).length === 1 && (q.dims.user === 1 || q.dims.item === 1 || q.dims.gpu === 1),
  );
  const count = counts[0];
  const word = count ? /([a-z]{2,})$/.exec(count.raw.toLowerCase())?.[1] : undefined;
  if (counts.length !== 1 || !count || !word) return undefined;
  const stem = word.replace(/s$/, '');
  return new RegExp(`\\b${stem}s?\\b`).test(free) ? { dims: count.dims, noun: count.noun } : undefined;
}

/** "per 1k requests", "per thousand calls", "per billion tokens", "per 10,000 users": money asked per so many of a
 * thing. */
const SCALED_PER =
  /\bper\s+(?:(?:a|one)\s+)?(?:(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(k|m|b|thousand|million|billion)?|(hundred|thousand|million|billion))\s+([a-z]+)\b/g;
const SCALE_WORD: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  b: 1e9,
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
};
/** The things a cost is asked per, by the dimension each counts in. */
const SCALED_THING: Record<string, 'item' | 'user' | 'gpu' | 'token'> = {
  token: 'token',
  tok: 'token',
  request: 'item',
  req: 'item',
  call: 'item',
  query: 'item',
  message: 'item',
  chat: 'item',
  conversation: 'item',
  convo: 'item',
  image: 'item',
  document: 'item',
  page: 'item',
  generation: 'item',
  user: 'user',
  seat: 'user',
  customer: 'user',
  subscriber: 'user',
  gpu: 'gpu',
};

/** A cost asked per so many of a thing ("cost per request and per thousand requests?"): the amount per one, shown per
 * that many too. Only where money is given and nothing else is asked. */
function scaledPer(
  free: string,
  quantities: Quantity[],
  found: ReturnType<typeof targetIn>,
): ReturnType<typeof targetIn> | undefined {
  if (!quantities.some((q) => q.dims.usd !== undefined)) return undefined;
  for (const m of free.matchAll(SCALED_PER)) {
    const count = m[1] ? Number(m[1].replace(/,/g, '')) * (m[2] ? SCALE_WORD[m[2]]! : 1) : SCALE_WORD[m[3]!]!;
    const thing = [m[4]!, m[4]!.replace(/s$/, ''), m[4]!.replace(/ies$/, 'y')].find((w) => SCALED_THING[w]) ?? '';
    const d = SCALED_THING[thing];
    if (!d || !(count > 1)) continue;
    const dims: Dims = { usd: 1, [d]: -1 };
    // "monthly bill … what's that per 1k queries": per the things asked, whatever period the money was given in.
    const timed = found && sameDims(found.dims, { usd: 1, hour: -1 });
    if (found && !timed && !sameDims(found.dims, dims)) return undefined;
    const noun = d === 'token' ? undefined : thing === 'req' ? 'request' : thing;
    return { ...(timed ? {} : found), dims, ...(noun ? { noun } : {}), perCount: count };
  }
  return undefined;
}

/** A time asked by its unit: "hours to equal the purchase", "days of rental before buying wins", "break even in
 * hours", "how long in weeks". */
const DURATION_UNIT_ASKED =
  /\b(hours|days|weeks|months|years)\s+(?:of\s+(?:use|usage|rental|renting|running|runtime)\s+)?(?:to|until|till|before|needed|required)\b|\b(?:break[- ]?even|pay ?back|recoup\w*|how long|time)\b[^.?!]{0,30}?\bin (hours|days|weeks|months|years)\b/;
/** A period alone as the asking sentence: "days?", "in weeks?", "so, hours?". */
const BARE_PERIOD =
  /^\s*(?:(?:so|and|ok|then|roughly|about)[,\s]+)?(?:in\s+)?(hours|days|weeks|months|years)\s*\??\s*$/;
/** Accelerator time named by its chip and period: "gpu-hours", "chip-hours", "H100 GPU-days", "tpu-months". */
const CHIP_TIME =
  '(?:gpu|h100|h800|h200|a100|b200|b300|accelerator|chip|tpu|card)s?[- ]?(hours?|hrs?|days?|weeks?|months?|years?)\\b';
/** Accelerator time counted: "how many gpu-hours", "total GPU hours", "number of h100 gpu-days". */
const CHIP_TIME_COUNTED = new RegExp(`\\b(?:how many|total|number of|in) (?:[a-z0-9-]+ )?${CHIP_TIME}`);
/** Accelerator time asked at the end ("— gpu-hours needed?"); "… per gpu hour?" asks a rate per that time, not the
 * time. */
const CHIP_TIME_ASKED = new RegExp(
  `(?<!\\b(?:per|a|an|each|every)\\s|\\b(?:per|each|every)\\s+${DESCRIBED}|\\/\\s?)${CHIP_TIME}\\s*(?:needed|required|would|will|does|do|is|are|for|to|\\?|$)`,
);
/** Accelerator time opening the asking sentence, what does it after it: "— gpu-hours on mi300x at its peak?". */
const CHIP_TIME_OPENS = new RegExp(`^\\s*${CHIP_TIME}\\s+(?:on|at|with|using)\\b`);
/** Every "730 hrs in a month" in a text: how long a month is, not a period asked. */
const MONTH_DEFS = new RegExp(MONTH_DEF.source, 'g');
/** Compute asked in FLOP: "how many FLOP", "total flops", "in petaflop/s-days", "FLOP?" at the end, "FLOP/s needed". */
const FLOP_ASKED =
  /\b(?:how many|total|in|many|of)\s+(?:[a-z]+\s+)?((?:kilo|mega|giga|tera|peta|exa|[kmgtpe])?flops?)(\/s(?:ec)?)?(-days?)?(?![a-z])|\b((?:kilo|mega|giga|tera|peta|exa|[kmgtpe])?flops?)(\/s(?:ec)?)?(-days?)?\s*(?:total|needed|required|would|will|does|is|\?|$)/;
/** Compute opening the question, what does it after it: "flop in 3 days on 64 h100s", "total flop from …". */
const FLOP_OPENS =
  /^\s*(?:total\s+)?((?:kilo|mega|giga|tera|peta|exa|[kmgtpe])?flops?)(\/s(?:ec)?)?(-days?)?\s+(?:in|over|from|done|delivered|on)\b/;
/** Petaflop/s-days named with no number before them: "in pf-days", "pfs-days?", "how many petaflop-days". */
const PF_DAYS_ASKED = /(?<![\d.,]\s?)\b(?:pf|pfs|pflops?|petaflops?)(?:\/s(?:ec)?)?[- ]?days?\b/;
/** A time asked, which a FLOP word beside it does not change: "how many days for 1e24 FLOP". */
const TIME_ASKED =
  /\bhow long\b|\bhow many (?:[a-z0-9-]+ )?(?:seconds|minutes|hours|hrs|days|weeks|wks|months|mos|years|yrs)\b/;

/** A period something runs through whole: "all year", "the whole month long", "year-round". */
const ALL_PERIOD =
  /\b(?:all|the whole|the entire|the full) (day|week|month|quarter|year)(?: long)?\b(?![- ](?:old|ago))|\b(year)[- ]round\b/;

/** Things a cost is asked per only in the asking sentence: "per call: 1.2k tokens … 1M calls cost?" describes a call. */
const ASKED_THINGS =
  /^(?:request|query|call|message|chat|conversation|convo|prompt|image|document|page|ticket|task|session)$/;

/** A share of one amount in another of its kind asked: "whats our utilisation", "what MFU did we get", "utilization?",
 * "what share of the 2025 run rate is that" ("what share of the $1,100/mo rent", an amount of the user's right after
 * "of", is read elsewhere, as a share of that amount). Shown as a percentage; "at 60% utilisation" describes an input, not the asking. */
const SHARE_ASKED =
  /\b(?:what(?:'s|s| is| was| were)?|how (?:much|high|low|good)|calculate|compute|work out|find|get)\b(?:\s+(?:our|the|my|their|its|your|actual|real|effective|overall|average|avg))*\s+(?:utili[sz]ation|mfu|hfu|model flops? utili[sz]ation|fraction|share|percentage)\b(?!\s+(?:cost|price|bill|spend))(?!\s+of\s+(?:the\s+|our\s+|a\s+|an\s+)?\s{3})|(?:^|[.;:,—–-]\s*)(?:(?:our|the|gpu|cluster|fleet|actual|effective|average|avg)\s+)*(?:utili[sz]ation|mfu)(?:\s+(?:rate|%|percent(?:age)?|in\s+%|as\s+a\s+%))?\s*\??\s*$|\bwhat\s+(?:percent(?:age)?|%|share|fraction)\s+(?:of\s+(?:the\s+|our\s+)?(?:time|capacity|hours?|paid\s+hours?)\s+)?(?:(?:is|was|are|were|did|do)\s+)?(?:(?:we|they|it|the\s+gpus|the\s+cluster)\s+)?(?:utili[sz]ed|used|busy|idle|in\s+use)\b/;

/** A mass of carbon dioxide asked, its unit named when it is: "tonnes of CO2", "how much co2", "emissions in kg". */
/** Memory asked as an amount: "in TB", "total HBM", "combined VRAM in GB", "how much memory". */
const MEMORY_ASKED =
  /\b(?:in|into|how many|total|combined|aggregate)\s+(gb|tb|pb|gigabytes|terabytes|petabytes)\b|\b(?:total|combined|aggregate|how much|sum of(?: the)?)\s+(?:[a-z]+\s+)?(?:memory|hbm|vram)\b|\b(?:memory|hbm|vram)\s+(?:in total|total|combined|altogether)\b/;
const CO2_ASKED =
  /\b(?:how many\s+)?(tonnes?|tons?|kgs?|kilograms?|t)\s+(?:of\s+)?co(?:2|₂)e?\b|\b(?:how much|total|what)\s+(?:co(?:2|₂)e?|carbon|emissions?)\b|\b(?:co(?:2|₂)e?|carbon)\s+(?:emitted|emissions?|footprint)\b|\bemissions?\b(?:\s+in\s+(tonnes|tons|kg|kilograms))?/;

/** Things served each period, per chip when said: "requests per gpu per day", "queries a second", "images/hour". */
const SERVED_ASKED =
  /\b(requests|queries|calls|images|completions|responses|generations|jobs|conversations|chats|messages|videos)\s+(?:(?:per|a|an|each|every|\/)\s*(gpu|card|chip|h100|accelerator)\s+)?(?:per|a|an|each|every|\/)\s?(second|sec|s|minute|min|hour|hr|day|week|month)\b/;

function targetIn(
  free: string,
  quantities: Quantity[],
  asking: boolean,
): { dims: Dims; per?: string; noun?: string; alsoPer?: string; unit?: string; perCount?: number } | undefined {
  // "how many gpu-hours", "total GPU hours?", "— gpu-hours needed?", "tpu chip-hours for a 1e23 FLOP job", "how many
  // h100 gpu-days": accelerator time asked, in the period named.
  const chipTime =
    CHIP_TIME_COUNTED.exec(free) ?? CHIP_TIME_ASKED.exec(free) ?? (asking ? CHIP_TIME_OPENS.exec(free) : null);
  if (chipTime) {
    const per = periodWord(chipTime[1]!);
    return per === 'hour' ? { dims: { gpu: 1, hour: 1 } } : { dims: { gpu: 1, hour: 1 }, per };
  }
  if (SHARE_ASKED.test(free)) return { dims: {}, unit: '%' };
  // "avg tokens per request" beside "1.2M requests": tokens per the thing the user counted, not money per it.
  const tokensPer = /\btokens?\s+(?:per|each|every|a|\/)\s*([a-z]+?)(?:e?s)?\b/.exec(free);
  const tokensOf = tokensPer
    ? quantities.find((q) => q.dims.item === 1 && Object.keys(q.dims).length === 1 && q.noun === tokensPer[1])
    : undefined;
  if (tokensOf) return { dims: { token: 1, item: -1 }, noun: tokensOf.noun };
  // "requests per day?", "how many signups a year", "requests per 30-day month": the count a rate of the user's counts,
  // over the period asked, or in all over the duration written there.
  const counted = countOverPeriod(free, quantities);
  if (counted) return counted;
  // "requests per gpu per day", "how many queries a second": a count of things served each period (per chip), asked
  // of a throughput, not of a bill.
  const served = SERVED_ASKED.exec(free);
  if (
    served &&
    (asking || /\bhow many\s*$/.test(free.slice(0, served.index))) &&
    !/\b(?:per|each|every|a|\/)\s*$/.test(free.slice(0, served.index)) &&
    !quantities.some((q) => q.dims.usd !== undefined) &&
    // "12 req/s per replica, 8 replicas": a count of things the reading has no unit for would be dropped.
    !quantities.some((q) => q.loose)
  ) {
    const noun = served[1]!.replace(/ies$/, 'y').replace(/s$/, '');
    const per = periodWord(served[3]!);
    return served[2] ? { dims: { item: 1, gpu: -1, hour: -1 }, per, noun } : { dims: { item: 1, hour: -1 }, per, noun };
  }
  // "tonnes of CO2?", "how much co2 is that", "emissions in kg": a mass of the gas, when the user gives a rate of it.
  const co2 = CO2_ASKED.exec(free);
  if (co2 && quantities.some((q) => q.dims.co2 !== undefined))
    return { dims: { co2: 1 }, unit: /^(?:kg|kilo)/.test(co2[1] ?? co2[2] ?? '') ? 'kg' : 't' };
  // "in pf-days", "how many petaflop-days": compute asked in petaflop/s-days, not a number of them written.
  if (PF_DAYS_ASKED.test(free) && !TIME_ASKED.test(free)) return { dims: { flop: 1 }, unit: 'PF-days' };
  // "… = how many FLOP", "total flop?", "in petaflop/s-days?": an amount of compute asked; "FLOP/s needed" its rate.
  const flop = FLOP_ASKED.exec(free) ?? FLOP_OPENS.exec(free);
  if (flop && !TIME_ASKED.test(free)) {
    if (flop[3] ?? flop[6]) return { dims: { flop: 1 }, unit: 'PF-days' };
    return (flop[2] ?? flop[5]) ? { dims: { flop: 1, hour: -1 } } : { dims: { flop: 1 } };
  }
  // "how many tokens per dollar", "tokens for a buck": what one dollar buys, before "how many tokens" reads a volume.
  if (
    /\btok(?:en)?s? (?:per|a|for (?:a|one|each|every)|\/) ?(?:dollar|buck|\$ ?1(?![\d.,]))\b|\bhow many tok(?:en)?s? (?:[a-z']+ ){0,4}?(?:for|per|with|from) (?:a|one|each|every|1) (?:dollar|buck)\b|\bhow many tok(?:en)?s? (?:does|do|will|would|can) (?:a|one|each|every|1) (?:dollar|buck)\b/.test(
      free,
    )
  )
    return { dims: { token: 1, usd: -1 } };
  // "energy in kWh?", "how many MWh", "total GWh", "… for 90 days. MWh?": an amount of energy, when no money is asked,
  // shown in the unit named.
  const energy = /\b(kwh|mwh|gwh|twh)\b/.exec(free);
  // "how many MWh, and the cost at $65/MWh": energy counted by its unit is asked even beside a price.
  const energyCounted = /\bhow many (?:kwh|mwh|gwh|twh)\b/.test(free);
  if (
    (energy || /\b(?:how much|total) (?:energy|electricity)\b(?! (?:cost|bill|price))/.test(free)) &&
    ((!/\b(?:cost|costs|bill|spend|price|pay|\$)\b/.test(free) && !quantities.some((q) => q.dims.usd !== undefined)) ||
      energyCounted)
  )
    return energy
      ? { dims: { kwh: 1 }, unit: `${energy[1]![0]!.toUpperCase()}Wh`.replace('KWh', 'kWh') }
      : { dims: { kwh: 1 } };
  // "min gpus?", "gpus needed", "number of cards required": a count of accelerators asked without "how many".
  const fleet = FLEET_ASKED.exec(free);
  if (fleet && !/\bhow many\b/.test(free)) {
    const w = (fleet[1] ?? fleet[2])!.replace(/s$/, '');
    return { dims: { gpu: 1 }, noun: /^(?:[abhlv]|mi|gb)\d/.test(w) ? w.toUpperCase() : w.replace(/^gpu$/, 'GPU') };
  }
  // "three of us split a $1,240 monthly bill": the money per party, over the money's own period.
  // "200 startups chipped in equally": a count of a thing no unit list names is a party too when a split is asked.
  const split = SPLIT.test(free);
  const party = quantities.find(
    (q) => (q.dims.user === 1 || q.dims.item === 1) && Object.keys(q.dims).length === 1 && (!q.loose || split),
  );
  const sum = quantities.filter((q) => q.dims.usd === 1 && (Object.keys(q.dims).length === 1 || q.dims.hour === -1));
  if (party && sum.length === 1 && split) {
    const d = party.dims.user ? 'user' : 'item';
    return { dims: { ...sum[0]!.dims, [d]: -1 }, per: sum[0]!.per, noun: party.noun };
  }
  // "… for DeepSeek V3's training bill, how much would each pay?": the sum is a sourced one, money per party.
  if (party && !sum.length && split && !quantities.some((q) => q.dims.token !== undefined))
    return { dims: { usd: 1, [party.dims.user ? 'user' : 'item']: -1 }, noun: party.noun };
  // "what's 250GB of text in tokens?", "convert 3M words to tokens": an amount asked in tokens.
  if (
    /\b(?:in|into|to|as)\s+tokens\s*(?:[?.!,;:]|$|(?:if|when|assuming|given|with|at)\b)|[:,;—–-]\s*(?:total\s+)?tokens\s*\?/.test(
      free,
    ) &&
    !quantities.some((q) => q.dims.usd !== undefined)
  )
    return { dims: { token: 1 } };
  const manyOf =
    /\bhow many\s+(?:(?:rental|more|extra|additional|billable|gpu|training|total|whole|full|paying|paid|active|new)\s+)?(gpus|(?:[abhlv]|mi|gb)\d{2,4}x?s?|tpus?(?: v\d+[a-z]?s?)?|chips|accelerators|cards|tokens|users|customers|subscribers|hours|hrs|days|weeks|wks|months|mos|years|yrs)\b/.exec(
      free,
    );
  // "how many google tpu v7 ironwood", "how many nvidia b200s": a chip's maker or line before its code.
  const many =
    manyOf ??
    /\bhow many\s+(?:(?!(?:of|the|more|extra|dollars|bucks|hours|days|months|years)\b)[a-z]+\s+){1,2}((?:[abhlv]|mi|gb)\d{2,4}x?s?|tpus?(?: v\d+[a-z]?s?)?|gpus|chips|accelerators)\b/.exec(
      free,
    );
  if (many) {
    const w = many[1]!;
    // "how many tokens per day", "how many users a month": a count over a period.
    const every =
      /^\s*(?:(?:do|does|is|are|will|would|can|could|that|this|it|we|you|they|get|make|be|in|of)\s+){0,3}(?:(?:per|a|an|each|every)\s+(hour|day|week|month|quarter|year)\b|(hourly|daily|weekly|monthly|quarterly|yearly|annually)\b)/.exec(
        free.slice((many.index ?? 0) + many[0].length),
      );
    const per = every ? (every[1] ?? adverbPeriod(every[2]!)) : undefined;
    if (per && w === 'tokens') return { dims: { token: 1, hour: -1 }, per };
    if (/^(tokens)$/.test(w)) return { dims: { token: 1 } };
    if (/^(users|customers|subscribers)$/.test(w)) return { dims: { user: 1 } };
    // "A100s at 1.5 an hour: how many hours?" with no chip count: the hours are chip-hours.
    const perChip = quantities.some((q) => q.dims.gpu === -1 && q.dims.hour === -1);
    if (w === 'hours' && perChip && !quantities.some((q) => (q.dims.gpu ?? 0) > 0))
      return { dims: { gpu: 1, hour: 1 } };
    if (/^(hours|hrs|days|weeks|wks|months|mos|years|yrs)$/.test(w)) return { dims: { hour: 1 }, per: periodOf(w) };
    // "how many A100s", "how many MI300X": the chip's code, as it is written in capitals.
    const chip = /^(?:[abhlv]|mi|gb)\d/.test(w) ? w.replace(/s$/, '').toUpperCase() : undefined;
    return { dims: { gpu: 1 }, noun: chip ?? w.replace(/s$/, '').replace(/^gpu$/, 'GPU') };
  }
  // "how many runs would $100M cover": a plain number of the thing named.
  // "how many $40M runs": the amount written there is blanked, so words may sit several spaces apart.
  // "how many L4s does $50k buy": a code with digits is the thing counted, not the verb after it.
  const times = /\bhow many\s+(?:[a-z0-9.'’-]+\s+){0,4}?([a-z][a-z0-9]*(?:-[a-z0-9]+)*s)\b/.exec(free);
  // "how many megawatts": a power, read below, not a count of things.
  if (
    times &&
    !/^(tokens|users|gpus|hours|hrs|days|weeks|wks|months|mos|years|yrs|times|dollars|bucks|(?:kilo|mega|giga)?watts)$/.test(
      times[1]!,
    ) &&
    // "how many L4s does $50k buy": a verb after the thing counted is not the thing ("20 does").
    !NOT_COUNTED.test(times[1]!)
  ) {
    // "how many L4s": a chip's code, as it is written in capitals.
    const w = times[1]!.replace(/s$/, '');
    return { dims: {}, noun: /^[a-z]{1,3}\d+[a-z]?$/.test(w) ? w.toUpperCase() : w };
  }
  // "what monthly revenue would it need": an amount per period, even to break even.
  const flow =
    /\b(?:what|how much)\b(?: \w+)? (hourly|daily|weekly|monthly|quarterly|yearly|annual) (?:revenue|income|sales|spend|spending|cost|bill|budget|payment|burn|profit|loss)\b/.exec(
      free,
    );
  if (flow) return { dims: { usd: 1, hour: -1 }, per: flow[1] === 'annual' ? 'year' : adverbPeriod(flow[1]!) };
  // "at what monthly token volume do they break even": the volume, not the time.
  const volume = /\bwhat (?:(hourly|daily|weekly|monthly|quarterly|yearly|annual) )?(?:token )?volume\b/.exec(free);
  if (volume)
    return volume[1]
      ? { dims: { token: 1, hour: -1 }, per: volume[1] === 'annual' ? 'year' : adverbPeriod(volume[1]) }
      : { dims: { token: 1 } };
  // "what user count is breakeven", "the number of customers at breakeven": a count of people, not a time.
  if (/\b(?:user|customer|subscriber) (?:count|number|base)\b|\bnumber of (?:users|customers|subscribers)\b/.test(free))
    return { dims: { user: 1 } };
  // "break-even queries a month?", "breakeven number of users": a count of the thing that balances two costs.
  // "customers needed to break even", "how many subscribers to break even": the same count, named before.
  const evenAt =
    /\bbreak[- ]?even (?:at )?(?:(?:number|count|#) of |volume of )?(queries|requests|calls|users|customers|subscribers|seats|tokens|messages|chats|conversations|images|documents|gpus)\b/.exec(
      free,
    ) ??
    /\b(queries|requests|calls|users|customers|subscribers|seats|messages|chats|conversations|images|documents|gpus) (?:(?:are |is |do we |would we |we'?d )?(?:needed|required|need|necessary) )?(?:to|till|until|before (?:we|you) )\s*break[- ]?even\b/.exec(
      free,
    );
  if (evenAt) {
    const w = evenAt[1]!;
    if (w === 'tokens') return { dims: { token: 1 } };
    if (w === 'gpus') return { dims: { gpu: 1 }, noun: 'GPU' };
    if (/^(users|customers|subscribers|seats)$/.test(w)) return { dims: { user: 1 }, noun: w.replace(/s$/, '') };
    return { dims: { item: 1 }, noun: w.replace(/ies$/, 'y').replace(/s$/, '') };
  }
  // "… on 2k gpus at 300 TFLOP/s — days?": a period alone as the asking words asks a time in it.
  const bare = asking ? BARE_PERIOD.exec(free) : null;
  if (bare) return { dims: { hour: 1 }, per: periodOf(bare[1]!) };
  // "rental hours to equal the purchase", "break-even in days", "how long, in hours": a time asked in the unit named.
  const unit = DURATION_UNIT_ASKED.exec(free);
  if (unit) return { dims: { hour: 1 }, per: periodOf((unit[1] ?? unit[2])!) };
  // "how long does 5e23 FLOP take", "3.6B tokens at 25k tok/s — how long?": a run's length, in the period that suits
  // it; a payback (money over money a month) is in months.
  if (
    /\bhow long\b/.test(free) &&
    (quantities.some((q) => q.dims.flop !== undefined) || !quantities.some((q) => q.dims.usd !== undefined))
  )
    return { dims: { hour: 1 } };
  if (
    /\bhow long\b|\bbreak(?:s|ing)?[- ]?even\b|\bpay ?back\b|\bpays? (for )?itself\b|\brecoup\b|\brunway\b/.test(free)
  )
    return { dims: { hour: 1 }, per: 'month' };
  // "what's a full year cost running nonstop": the period asked, before "for a gpu" reads as per GPU.
  // "running all year", "year-round", "all month long": the same, said of the running.
  const whole = /\b(?:a|an|one|the) (?:full|whole|entire) (hour|day|week|month|quarter|year)\b/.exec(free);
  if (whole && quantities.some((q) => q.dims.usd === 1 && q.dims.hour === -1))
    return { dims: { usd: 1, hour: -1 }, per: whole[1]! };
  // "running all year", "year-round", "all month long": the period the running lasts, whatever the rate is per
  // ("9c/kWh" is per energy, not per month).
  const all = ALL_PERIOD.exec(free);
  if (all && quantities.some((q) => q.dims.usd === 1)) return { dims: { usd: 1, hour: -1 }, per: (all[1] ?? all[2])! };
  // "total HBM in TB", "combined VRAM of 16 H200s": an amount of memory, when no money is asked (in the part that
  // asks it: "$5M on H20s: how many cards, and how much HBM in TB?"), in the unit named.
  const memory = MEMORY_ASKED.exec(free);
  if (memory && !/\b(?:cost|costs|bill|spend|price|prices|pay)\b|\$/.test(free)) {
    const unit = (memory[1] ?? /\bin\s+(gb|tb|pb)\b/.exec(free)?.[1])?.[0];
    return { dims: { gb: 1 }, unit: unit === 't' ? 'TB' : unit === 'p' ? 'PB' : 'GB' };
  }
  // "total megawatts?", "power draw": a fleet's draw, when no money is asked.
  // A unit of power named as the one asked ("in MW", "how many kilowatts") is asked even beside a budget's words.
  const power = /\b(?:(megawatts?|mw)|(kilowatts?|kw)|(gigawatts?|gw)|power draw|draws?|wattage)\b/.exec(free);
  const named = /\b(?:in|how many|total|combined)\s+(?:megawatts?|mw|kilowatts?|kw|gigawatts?|gw)\b/.test(free);
  if (power && (named || !/\b(?:cost|costs|bill|spend|price|\$)\b/.test(free))) {
    // "how many kW": shown in the unit named.
    const unit = power[1] ? 'MW' : power[2] ? 'kW' : power[3] ? 'GW' : undefined;
    return unit ? { dims: { kwh: 1, hour: -1 }, unit } : { dims: { kwh: 1, hour: -1 } };
  }
  // "per GPU" before "a GPU": "A lab spends $840M … cost per GPU?" asks per GPU, not per lab.
  const each =
    // "$/gpu-hr": a slash after the money asks per the thing too.
    [
      ...free.matchAll(
        new RegExp(
          `(?:\\b(?:per|each|every)[ -]+${DESCRIBED}|\\$\\s?\\/\\s?)(gpu|h100|card|chip|user|seat|customer|subscriber|[dwm]au|company|member|partner|firm|lab|token|request|query|call|message|chat|conversation|convo|prompt|image|document|page|ticket|task|session)\\b`,
          'g',
        ),
      ),
    ].find((m) => !describesInput(free, m, quantities)) ??
    // "what does it cost a user", but not "a company spends …": "a" names the unit only after a cost word.
    /\b(?:cost|costs|price|pay|pays|much|for)\s+(?:us\s+|them\s+|you\s+)?a (gpu|h100|card|chip|user|seat|customer|subscriber|[dwm]au|company|member|partner|firm|lab|token)\b(?=\s*(?:$|[,.;:?!)]|(?:per|a|an|each|every|over|for|in|on|at|to|if|when|with|and|or|is|would|will|hourly|daily|weekly|monthly|yearly|annually)\b))/.exec(
      free,
    );
  // "average raise per round" beside "7 rounds": per the thing the user counted.
  const perLoose = /\b(?:per|each|every|a)[ -]([a-z]+)\b/g;
  for (const m of free.matchAll(perLoose)) {
    const counted = quantities.find(
      (q) => (q.loose || (q.dims.item === 1 && Object.keys(q.dims).length === 1)) && q.noun === m[1],
    );
    // "… over 100M paying subs — cost per sub?": money asked per the thing counted, of a sum the user need not give.
    const costAsked = /\b(?:cost|costs|price|bill|spend|share|pays?|much)\s*$/.test(free.slice(0, m.index));
    if (!counted || !(costAsked || quantities.some((q) => q.dims.usd === 1)) || describesInput(free, m, quantities))
      continue;
    // "per engineer per month": per the thing and per the period.
    const per = periodAfter(free, (m.index ?? 0) + m[0].length);
    return per
      ? { dims: { usd: 1, item: -1, hour: -1 }, per, noun: counted.noun }
      : { dims: { usd: 1, item: -1 }, noun: counted.noun };
  }
  // Money is asked when the user gives money, or gives no amount of tokens (a sourced sum may be the money).
  const money =
    quantities.some((q) => q.dims.usd === 1) || !quantities.some((q) => q.dims.token !== undefined && !q.dims.usd);
  // "cost per million tokens": a price per token, shown per million.
  if (money && /\b(?:per|a|\/) ?(?:(?:1 ?)?(?:m|million|mtok)\b(?: ?tokens?)?|tokens?\b)/.test(free))
    return { dims: { usd: 1, token: -1 } };
  if (each && money && (asking || !ASKED_THINGS.test(each[1]!))) {
    const w = each[1]!;
    const d = /^(gpu|h100|card|chip)$/.test(w)
      ? 'gpu'
      : /^(user|seat|customer|subscriber|[dwm]au)$/.test(w)
        ? 'user'
        : w === 'token'
          ? 'token'
          : 'item';
    const per = periodAfter(free, each.index + each[0].length);
    // "cost per query": said per the thing asked, not per "unit".
    const noun = d === 'item' && ASKED_THINGS.test(w) ? { noun: w } : {};
    return per ? { dims: { usd: 1, [d]: -1, hour: -1 }, per, ...noun } : { dims: { usd: 1, [d]: -1 }, ...noun };
  }
  // "tokens a month?": a count of tokens over the period, whatever money was given.
  const tokens = /\btokens? (?:a|per|each|every) (hour|day|week|month|quarter|year)\b/.exec(free);
  if (tokens) return { dims: { token: 1, hour: -1 }, per: tokens[1]! };
  // The last period named is the one asked ("every month 100M tokens … yearly cost?").
  const rates = [
    ...free.matchAll(
      // "per cluster-hour", "per node-hour": the whole fleet for a period; "per annum": a year; "per-second".
      new RegExp(
        `\\b(?:per|a|an|each|every)[\\s-]+${DESCRIBED}${PERIOD_ASKED}\\b|\\b(hourly|daily|weekly|monthly|quarterly|yearly|annually|annual)\\b`,
        'g',
      ),
    ),
  ];
  const rate = rates.pop();
  const periodOfMatch = (r: RegExpExecArray | RegExpMatchArray) =>
    r[1] ? periodWord(r[1]) : r[2] === 'annual' ? 'year' : adverbPeriod(r[2]!);
  // "savings per month and per year", "monthly and annual cost": both periods asked, the first shown first.
  const before = rates.pop();
  const both =
    rate &&
    before &&
    /^\s*(?:,|and|&|\/|plus|as well as)\s*(?:also\s+)?$/.test(
      free.slice((before.index ?? 0) + before[0].length, rate.index ?? 0),
    ) &&
    periodOfMatch(before) !== periodOfMatch(rate);
  // "total for a year: $120k/yr of fees + $2,500/month": a sum of money, over the duration given.
  if (
    !rate &&
    money &&
    quantities.some((q) => q.dims.usd !== undefined) &&
    /\b(?:total|altogether|all[- ]in)\b/.test(free) &&
    /\b(?:costs?|spend\w*|bill|budget|fees?|pay|paid|price|outlay|expenses?)\b/.test(free) &&
    !/\bhow many\b/.test(free)
  )
    return { dims: { usd: 1 } };
  if (rate && money)
    return both
      ? { dims: { usd: 1, hour: -1 }, per: periodOfMatch(before), alsoPer: periodOfMatch(rate) }
      : { dims: { usd: 1, hour: -1 }, per: periodOfMatch(rate) };
  return undefined;
}

/** "requests per day", "signups a year", "requests per 30-day month" (the duration blanked to spaces): a thing, then
 * the period it is counted per. */
const THING_PER_PERIOD = new RegExp(`\\b([a-z]+)\\s+(?:per|a|an|each|every|\\/)(\\s+)${PERIOD_ASKED}s?\\b`, 'g');

/** A count of the thing a rate of the user's counts ("12 req/s", "50 signups a day"), asked per a period or over a
 * duration written in the asking words. */
function countOverPeriod(free: string, quantities: Quantity[]): { dims: Dims; per?: string; noun: string } | undefined {
  for (const q of quantities) {
    const d = q.dims.item === 1 ? 'item' : q.dims.user === 1 ? 'user' : undefined;
    if (!d || !q.noun || q.dims.hour !== -1 || Object.keys(q.dims).length !== 2) continue;
    // "12 req/s per replica, 8 replicas": another count multiplies the rate; that is worked elsewhere, if at all.
    if (quantities.some((x) => x !== q && !(x.dims.hour === 1 && Object.keys(x.dims).length === 1))) return undefined;
    for (const m of free.matchAll(THING_PER_PERIOD)) {
      const w = m[1]!;
      // Named as asked: "requests", not the "req" of "12 req/s".
      const noun = w.replace(/ies$/, 'y').replace(/s$/, '');
      if (!(w.startsWith(q.noun) || noun === q.noun) || w.length < 3) continue;
      // "requests per 30-day month": a duration written there is how long the count runs.
      if (m[2]!.length > 3 && quantities.some((x) => x.dims.hour === 1 && Object.keys(x.dims).length === 1))
        return { dims: { [d]: 1 }, noun };
      return { dims: { [d]: 1, hour: -1 }, per: periodWord(m[3]!), noun };
    }
  }
  return undefined;
}

/** "each server draws 1.5 kW": "each <thing>" right before an amount per that thing names the amount, not the unit
 * asked. */
function describesInput(free: string, m: RegExpMatchArray, quantities: Quantity[]): boolean {
  const end = (m.index ?? 0) + m[0].length;
  const next = quantities.find((q) => q.at >= end);
  if (!next || next.at - end > 40 || /[.;?!,]/.test(free.slice(end, next.at))) return false;
  // "a convo is 6 turns": a count said of one of the thing is per it too.
  return next.nested === true || (['user', 'gpu', 'item', 'token'] as const).some((d) => (next.dims[d] ?? 0) < 0);
}

/** The period a "per <thing>" is also per: "per user per year", "per GPU-hour", "per gpu hour", or an adverb anywhere
 * ("per-user monthly cost"). */
function periodAfter(free: string, end: number): string | undefined {
  const period =
    new RegExp(`^[- ]${PERIOD_ASKED}s?\\b`).exec(free.slice(end)) ??
    new RegExp(`\\b(?:per|a|an|each|every) ${PERIOD_ASKED}\\b`).exec(free.slice(end));
  if (period) return periodWord(period[1]!);
  const adverb = /\b(hourly|daily|weekly|monthly|quarterly|yearly|annual)\b/.exec(free);
  return adverb ? (adverb[1] === 'annual' ? 'year' : adverbPeriod(adverb[1]!)) : undefined;
}

/** One rate of the user's asked per another period ("$65B a year … per day", "1,200 tokens/s — per day?"), or a
 * price per tokens written per another number of tokens ("$0.006 per 1k tokens — per million?"). */
/** One rate asked turned over: "tokens per dollar at $0.25/M". */
export function isReciprocal(quantities: Quantity[], target?: { dims: Dims }): boolean {
  return quantities.length === 1 && target !== undefined && sameDims(target.dims, inverse(quantities[0]!.dims));
}

export function isPeriodChange(quantities: Quantity[], target?: { dims: Dims; per?: string; unit?: string }): boolean {
  const [only] = quantities;
  if (quantities.length !== 1 || !target || !sameDims(only!.dims, target.dims)) return false;
  // "3e23 FLOP in petaflop/s-days?", "6.9M kWh in GWh": one amount shown in the unit named.
  if (target.unit) return true;
  if (only!.dims.hour === -1) return target.per !== undefined && target.per !== only!.per;
  // Shown per million tokens: worth saying only when written per some other number of tokens.
  return (
    only!.dims.token === -1 && !/\/\s*(?:1\s?)?(?:m|mtok)\b|\bper\s+(?:1\s?)?(?:m|mtok|million)\b/i.test(only!.raw)
  );
}

const OWN_BEFORE =
  /^[\s\w]{0,12}?\s*(?:is|of|was|=|:|at|around|about|near|hit|hits|reached|~)?\s*(?:~|about\s|around\s)?$/;

/** "… annualized that's?", "ARR is $7.2M. MRR?": the period named last by a word for one (not one of the user's
 * amounts' own words) is the period asked, for money. */
export function namedPeriodTarget(
  text: string,
  quantities: Quantity[],
  names: PeriodName[],
): { dims: Dims; per: string } | undefined {
  if (!quantities.some((q) => q.dims.usd === 1)) return undefined;
  const s = text.toLowerCase();
  let last: { at: number; per: string } | undefined;
  for (const { per, words } of names)
    for (const m of s.matchAll(words)) {
      const at = m.index ?? 0;
      // A name right before or after an amount is that amount's own ("ARR is $7.2M").
      const end = at + m[0].length;
      // "$50k a month annualised": an amount already written per another period is converted, not named.
      const own = quantities.some(
        (q) =>
          (q.per === undefined || q.per === per) &&
          ((end <= q.at && OWN_BEFORE.test(s.slice(end, q.at))) ||
            (at >= q.at + q.raw.length && /^\s*$/.test(s.slice(q.at + q.raw.length, at)))),
      );
      if (!own && (!last || at > last.at)) last = { at, per };
    }
  return last ? { dims: { usd: 1, hour: -1 }, per: last.per } : undefined;
}

/** "at the oct-2024 gpt-3.5-level price", "at gpt-4o's launch pricing", "at the book's per-token rate": a price the
 * question names by words alone. */
const PRICE_IN_WORDS =
  /\bat\s+(?:the|its|their|[a-z0-9.-]+'s)\s+(?:[a-z0-9.'-]+\s+){0,4}?(?:price|prices|pricing|rate|rates|list price)\b/;

/** Tokens to be priced at a price named in words, with no money of the user's: the bill needs the sourced price. */
export function pricedInWords(text: string, quantities: Quantity[]): boolean {
  return (
    PRICE_IN_WORDS.test(text) &&
    quantities.some((q) => q.dims.token === 1) &&
    !quantities.some((q) => q.dims.usd !== undefined)
  );
}
