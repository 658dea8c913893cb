// A chip's list price or TDP from Epoch's hardware data worked with the user's numbers: "Meta's 600K H100s at Epoch's
// launch price — fleet worth?", "how many MI300X for the price of 100 H100s?", "1,000 H100s at TDP for a month at
// $0.10/kWh", "buy an H100 at Epoch's release price or rent at $1,100/mo — months to break even?", and a model's run
// (Epoch's chips × hours) at its chip's TDP. Each spec is a quantity per chip that keeps its source; a count of that
// chip multiplies it, and the one unit solver does the rest. Variants of a code that differ are worked side by side.
import { phrasePattern } from '../../knowledge/cues.js';
import type { Knowledge } from '../../knowledge/load.js';
import type { Entity } from '../../knowledge/schema.js';
import { Citer } from '../cite.js';
import { askedGapLines, gapAsked } from '../datasets/chip-compare.js';
import type { DataNameIndex } from '../datasets/names.js';
import { floorCount, formatFigureValue } from '../format.js';
import { calculationReply, dataUnknownReply, variantsLine } from '../replies.js';
import { againstAsked, againstLines, setAgainst } from '../run-against.js';
import { HOURS, type Quantity } from '../understand/quantities.js';
import { RENT_WORD } from '../understand/quantity-words.js';
import type { Question } from '../understand/question.js';
import {
  type ChipSpec,
  chipQuantity,
  modelWithRun,
  rentalRates,
  runInputs,
  type SourcedQuantity,
} from '../understand/sourced-quantities.js';
import { sameDims, solve, type Worked } from '../units.js';
import { chipBreakEven } from './chip-break-even.js';
import { sourcedBudgetAsked, sourcedBudgets, userBudgetAsked } from './chip-budget.js';
import type { Answerer } from './context.js';
import { money, workCases } from './units.js';

/** The count right after the cue `price-by-count`'s words ("price of" 100, 1.5k, an, one): structure, not words. */
const COUNT_AFTER = '\\s(?:\\d[\\d,.]*\\s*(?:k|m)?|an?|one)\\s';
/** Renting named beside a chip's price: a buy-or-rent question. */
const RENT_WORDS = new RegExp(`\\b(?:${RENT_WORD})\\b`);
/** A spec's name in a decline. */
const SPEC_NAME: Record<ChipSpec, string> = {
  release_price: 'release price',
  tdp: 'thermal design power',
  memory: 'memory',
};
/** Most variants of one code worked side by side. */
const MAX_VARIANTS = 3;

/** Whether the question may ask for a chip's spec in a calculation: the intent row's condition. The words of a price
 * named by a count ("the price of …") hold it; the answerer checks the count after them (`priceByCount`). */
export function chipSpecAsked(q: Question): boolean {
  return (
    q.cues.has('chip-price') ||
    q.cues.has('chip-power') ||
    // "the price of an H100 on AWS" is its rent, which the rent answer prices; not its list price.
    (q.cues.has('price-by-count') && !q.cues.has('rental-rate')) ||
    sourcedBudgetAsked(q) ||
    userBudgetAsked(q)
  );
}

/** The cue `price-by-count`'s words followed by a count, per knowledge (the pattern is built once). */
const priceByCountOf = new WeakMap<Knowledge, RegExp | null>();

/** "for the price of 100 H100s", "the cost of an H100": a chip's price named by a count of it. */
function priceByCount(q: Question, kb: Knowledge): boolean {
  let pattern = priceByCountOf.get(kb);
  if (pattern === undefined) {
    const words = phrasePattern(kb.cues.get('price-by-count')?.phrases ?? []);
    pattern = words ? new RegExp(`${words}${COUNT_AFTER}`) : null;
    priceByCountOf.set(kb, pattern);
  }
  return pattern?.test(q.plain) ?? false;
}

interface NamedChip {
  code: string;
  variants: Entity[];
}

/** The chips the question names by code (the chip-name reader's), each with all its variants in the data sets. */
function chipsNamed(plain: string, names: DataNameIndex): NamedChip[] {
  const out: NamedChip[] = [];
  const found = names.find(plain, true, true, true);
  // "H100 PCIe 94GB": a variant no chip of that code has is the data sets' to decline, never a sibling's figure.
  if (found.unknownVariant) return out;
  const isChip = (id: string) => names.entity(id)?.kind === 'chips';
  for (const code of names.chipCodes(plain)) {
    // The qualifiers typed with the code ("A100 80GB", "H100 SXM5") narrow it to the variants they fit; a code
    // written twice narrows to the variants both mentions fit ("600K H100s at the H100 SXM5 80GB price").
    const typed = found.mentions
      .filter((m) => m.ids.length && m.ids.every(isChip) && m.ids.some((id) => codeOf(names, id, code)))
      .map((m) => m.ids);
    const both = typed.reduce((acc, ids) => acc.filter((id) => ids.includes(id)), typed[0] ?? []);
    // Read as a chip ("H100" is also the articles' rental-price entity's name): the chip-context lookup.
    const ids = both.length
      ? both
      : typed.length
        ? typed.flat()
        : [...names.find(code, true, true, true).mentions.flatMap((x) => x.ids), ...names.idsFor(code)];
    const variants = [...new Set(ids)].map((id) => names.entity(id)).filter((e): e is Entity => e?.kind === 'chips');
    if (variants.length) out.push({ code, variants });
  }
  // "Ascend 910C", "Gaudi 3", "Maia 200": a chip whose name has no letters-and-digits code, named by its alias; a
  // family's name ("Blackwell", several chips) or a name of a chip read already is no other chip.
  for (const m of names.find(plain, true, true, true).mentions) {
    const variants = m.ids.map((id) => names.entity(id)).filter((e): e is Entity => e?.kind === 'chips');
    const seen = variants.some((v) => out.some((c) => c.variants.includes(v)));
    if (variants.length && variants.length === m.ids.length && variants.length <= MAX_VARIANTS && !seen)
      out.push({ code: m.text.toLowerCase(), variants });
  }
  return out;
}

/** Whether a chip's code is the one read ("v7" of "tpu v7"). */
function codeOf(names: DataNameIndex, id: string, code: string): boolean {
  const own = names.chipCode(id);
  return own !== undefined && (own === code || code.endsWith(` ${own}`));
}

/** The variants holding the spec, one per distinct value, the run's own chip alone when it is one of them; the one
 * Epoch describes most fully (the flagship form: H100 SXM5, not PCIe or NVL) first. */
function variantsWith(chip: NamedChip, spec: ChipSpec, runChip?: string): Entity[] {
  const held = chip.variants
    .filter((v) => (v.data ?? []).some((f) => f.metric === spec && f.value))
    .sort((a, b) => (b.data?.length ?? 0) - (a.data?.length ?? 0));
  // The run's own chip by its full name ("NVIDIA A100 SXM4 80 GB", not the "NVIDIA A100" its name starts with).
  const ran = runChip?.toLowerCase().replace(/\s+chips?$/, '');
  const exact = ran ? held.filter((v) => ran === v.name.toLowerCase()) : [];
  const own = exact.length
    ? exact
    : runChip
      ? held.filter((v) => runChip.toLowerCase().includes(v.name.toLowerCase()))
      : [];
  if (own.length) return own.slice(0, 1);
  const byValue = new Map<number, Entity>();
  for (const v of held) {
    const value = (v.data ?? []).find((f) => f.metric === spec)!.value!;
    if (!byValue.has(value)) byValue.set(value, v);
  }
  return [...byValue.values()].slice(0, MAX_VARIANTS);
}

/** A count of the chip the user gives ("600K H100s"), or of GPUs when one chip is named. */
function countOf(user: Quantity[], code: string, only: boolean): Quantity | undefined {
  const counts = user.filter((x) => x.dims.gpu === 1 && Object.keys(x.dims).length === 1);
  return (
    counts.find((x) => x.noun?.toLowerCase() === code.replace(/\s+/g, '')) ??
    (only && counts.length === 1 && !/\d/.test(counts[0]!.noun ?? '') ? counts[0] : undefined)
  );
}

/** The spec times the count of that chip: one amount ("600K H100s × H100's release price"). */
function times(count: Quantity, spec: SourcedQuantity): Quantity {
  const dims = { ...spec.dims };
  delete dims.gpu;
  return { value: count.value * spec.value, dims, raw: `${count.raw} × ${spec.raw}`, at: count.at };
}

export const answerSourcedChips: Answerer = (q, ctx) => {
  if (!ctx.names || !chipSpecAsked(q)) return undefined;
  const kb = ctx.names.kb as Knowledge;
  const byCount = priceByCount(q, kb);
  const chips = chipsNamed(q.plain, ctx.names);
  // "how many B300s could llama 4's training cost buy": a sum an article gives, at the chip's release price.
  if (sourcedBudgetAsked(q) && chips.length === 1) return budgetChips(q, ctx, chips[0]!, kb);
  const userBudget = userBudgetAsked(q);
  if (!q.cues.has('chip-price') && !q.cues.has('chip-power') && !byCount && !userBudget) return undefined;
  // A price or a power the user gives per chip ("at the $33,600 list price", "at 700 W each") is theirs to use.
  const ownPrice = q.quantities.some((x) => x.dims.usd === 1 && x.dims.gpu === -1 && x.dims.hour === undefined);
  const ownPower = q.quantities.some((x) => x.dims.kwh === 1 && x.dims.hour === -1);
  const specs: ChipSpec[] = [
    // …unless it is set against the chip's own ("our $40k each — what % below Epoch's list price?").
    ...((q.cues.has('chip-price') || byCount || userBudget) && (!ownPrice || gapAsked(q.plain))
      ? (['release_price'] as const)
      : []),
    ...(q.cues.has('chip-power') && !ownPower ? (['tdp'] as const) : []),
    // "… how many cards, and how much HBM is that in TB?": the chips' memory, when an amount of memory is asked.
    ...([q.target, ...(q.parts ?? []).map((p) => p.target)].some((t) => t && sameDims(t.dims, { gb: 1 }))
      ? (['memory'] as const)
      : []),
  ];
  if (!specs.length) return undefined;
  const citer = new Citer(kb);
  // A model's final run, when its chips and hours are what the power is asked of.
  const model = runModel(q, ctx.names);
  const run = model ? runInputs(model, citer) : undefined;
  const runChip = run && 'chips' in run ? run.chipsOf : undefined;
  // The run's own chip ("NVIDIA H100 SXM5 80GB"), by its first code.
  if (runChip && !chips.length) chips.push(...chipsNamed(runChip.toLowerCase(), ctx.names).slice(0, 1));
  // "buy an H100 at Epoch's price or rent it at the marketplace rate — months to break even?": the articles' H100
  // rates are the rent when the user gives none, one case per rate.
  const ownRent = q.quantities.some((x) => x.dims.usd === 1 && x.dims.hour === -1);
  const rents =
    !ownRent &&
    !run &&
    specs.includes('release_price') &&
    RENT_WORDS.test(q.plain) &&
    chips.some((c) => c.code === 'h100')
      ? rentalRates(kb, q.plain, citer)
      : [];
  if (!chips.length) return undefined;
  // "buy 8 H100s at Epoch's price or rent them at the marketplace rate, owning costs $150/mo — breakeven?": the price
  // is paid once, the count multiplies it and the rent alike.
  const price = specs.includes('release_price') && !run && chips.length === 1 && RENT_WORDS.test(q.plain);
  const bought = price ? variantsWith(chips[0]!, 'release_price')[0] : undefined;
  const sq = bought && chipQuantity(bought, 'release_price', chips[0]!.code.toUpperCase(), citer);
  const even =
    sq &&
    chipBreakEven(
      q.plain,
      { ...sq, at: Math.max(0, q.plain.indexOf(chips[0]!.code)) },
      q.quantities,
      ctx.index,
      chips[0]!.code === 'h100',
    );
  if (even)
    return Array.isArray(even.lines)
      ? {
          ...calculationReply(even.lines),
          title: `${bought!.name} — calculation`,
          sources: [...citer.sources(), ...(even.citer?.sources() ?? [])],
        }
      : even.lines;
  if (!chips.length || (!q.quantities.length && !run && !rents.length)) return undefined;
  // "what share of the $1,100/mo rent would be electricity": that amount is what the result is set against.
  const against = againstAsked(q.cues, q.plain)
    ? q.quantities.find((x) => x.dims.usd === 1 && setAgainst(q.plain, x.at))
    : undefined;
  const mine = q.quantities.filter((x) => x !== against);
  let inputs: Quantity[] = run && 'chips' in run ? [run.chips, run.hours, ...mine] : [...mine];
  // A sum of money alone beside two chips' prices asks what it buys of each; beside one, "how many" counts that chip.
  const budget = inputs.length > 0 && inputs.every((x) => sameDims(x.dims, { usd: 1 })) && specs[0] === 'release_price';
  const howMany = !q.target && budget && HOW_MANY.test(q.plain) ? chipTarget({ dims: { gpu: 1 } }) : undefined;
  // Each chip's spec enters once, from its main variant; the other variants of the first that differ are worked apart.
  let specsUsed: Array<{ chip: NamedChip; spec: ChipSpec; variants: Entity[] }> = chips.flatMap((chip) =>
    specs.map((spec) => ({ chip, spec, variants: variantsWith(chip, spec, runChip) })).filter((x) => x.variants.length),
  );
  // A chip named without the spec ("at Epoch's B200 price", which Epoch lacks) is declined by the data sets' answer;
  // another chip's spec never stands in for it.
  if (!specsUsed.length) return undefined;
  // "100 B200s at release price plus TDP power": a spec asked that a chip lacks is declined, never left out of the sum.
  for (const chip of chips)
    for (const spec of specs)
      if (!specsUsed.some((x) => x.chip === chip && x.spec === spec))
        return dataUnknownReply(chip.variants[0]!.name, [SPEC_NAME[spec]]);
  // "as many RTX 4090s as $100k buys at list — combined TDP?": the budget buys whole chips at the list price, and the
  // other spec is of those chips; the solver, left to it, would multiply the price into the power.
  if (
    budget &&
    !run &&
    !rents.length &&
    chips.length === 1 &&
    specsUsed.length > 1 &&
    !countAsked(q.target ?? howMany)
  ) {
    const bought = wholeChips(inputs[0]!, specsUsed, citer);
    if (!bought || q.parts?.some((p) => countAsked(p.target))) return undefined;
    inputs = [bought.count];
    specsUsed = specsUsed.filter((x) => x !== bought.used);
  }
  // "$1.3B for 50k H100s — how many % cheaper than Epoch's H100 price?": the user's per-chip amount against the spec.
  const gap =
    !run && !rents.length && chips.length === 1 && specsUsed.length === 1
      ? userGap(q, inputs, specsUsed[0]!, citer)
      : undefined;
  if (gap)
    return {
      ...calculationReply(gap),
      title: `${specsUsed[0]!.variants[0]!.name} — calculation`,
      sources: citer.sources(),
    };
  const build = (swap?: { at: number; variant: Entity }) => {
    let quantities = [...inputs];
    specsUsed.forEach(({ chip, spec, variants }, i) => {
      const variant = swap?.at === i ? swap.variant : variants[0]!;
      const sq = chipQuantity(variant, spec, chip.code.toUpperCase(), citer)!;
      const count = countOf(quantities, chip.code, chips.length === 1);
      const asked = q.target?.noun?.toLowerCase().replace(/\s+/g, '') === chip.code.replace(/\s+/g, '');
      // Two chips: each count is multiplied by its own chip's spec first, so the solver cannot pair them crosswise.
      const merged = count && chips.length > 1;
      // "how many cards, and their combined TDP": a count asked in any part counts this chip.
      const perChip =
        count ||
        asked ||
        countAsked(q.target ?? howMany) ||
        q.parts?.some((p) => countAsked(p.target)) ||
        run ||
        rents.length;
      // Neither counted nor asked: one chip ("buy an H100 at Epoch's price or rent").
      const used: Quantity = merged
        ? times(count, sq)
        : perChip
          ? sq
          : { ...sq, dims: Object.fromEntries(Object.entries(sq.dims).filter(([k]) => k !== 'gpu')) };
      quantities = [...quantities.filter((x) => !merged || x !== count), used];
    });
    return quantities;
  };
  // "$5M: how many TPU v7 vs H100 at Epoch's prices?": two chips and nothing counted are two cases, one per chip,
  // each with its own spec; one sum of the two would pair the budget with either price.
  const counted = inputs.some((x) => x.dims.gpu === 1 && Object.keys(x.dims).length === 1);
  const apart = chips.length > 1 && !counted && specs.length === 1 && specsUsed.length === chips.length;
  // "the AWS rate ($2,800 per H100-month, …)": each rate named by where it is charged.
  const rentNamed = rents.map((r) => ({ ...r, raw: r.raw.replace(/^on (?:a |the )?(.*?) \(/, 'the $1 rate (') }));
  // A count of chips rents as many: "8 H100s … rent them" pays eight rents.
  const rentCount = rents.length ? countOf(inputs, 'h100', true) : undefined;
  const rentOf = (r: SourcedQuantity): Quantity =>
    rentCount
      ? { ...r, value: r.value * rentCount.value, dims: { usd: 1, hour: -1 }, raw: `(${rentCount.raw} × ${r.raw})` }
      : r;
  const cases = rents.length
    ? rentNamed.map((r) => ({ label: r.raw, quantities: [...build(), rentOf(r)] }))
    : apart
      ? specsUsed.map(({ chip, spec, variants }) => ({
          label: variants[0]!.name,
          quantities: [...inputs, chipQuantity(variants[0]!, spec, chip.code.toUpperCase(), citer)!],
        }))
      : [{ quantities: build() }];
  const target = rents.length
    ? { dims: { hour: 1 }, per: 'month' }
    : apart
      ? chipTarget(q.target ?? (budget ? { dims: { gpu: 1 } } : undefined))
      : (q.target ?? howMany);
  // "how many, and how much left over?": the budget's whole chips and what remains.
  const remainder = budget && !apart ? q.plan.remainder : undefined;
  // "8 H100s at Epoch's price plus a year of power at TDP — total?": the price is paid once, the power bill runs; the
  // two are worked apart and added (the words after a colon list what is added, not parts asked apart).
  const owned = !rents.length && !apart && cases.length === 1 ? ownership(q, cases[0]!.quantities) : undefined;
  const worked = owned
    ? workCases({ cases: [{ quantities: [owned] }] }, { dims: { usd: 1 } })
    : workCases({ cases, remainder }, target, apart || rents.length ? undefined : q.parts);
  if (!Array.isArray(worked)) return undefined;
  // "H100" is three chips in Epoch's list: the others' results in one line, each with its own figure.
  const others = specsUsed.findIndex((x) => x.variants.length > 1);
  const alternatives =
    others < 0
      ? []
      : specsUsed[others]!.variants.slice(1).flatMap((variant) => {
          const w = solve(build({ at: others, variant }), q.target);
          if (typeof w === 'string' || w.high !== undefined) return [];
          const per = q.target?.per ?? w.steps.find((x) => x.q.per && x.q.dims.hour === -1)?.q.per ?? 'month';
          const shown = sameDims(w.dims, { usd: 1 })
            ? money(w.value)
            : sameDims(w.dims, { usd: 1, hour: -1 })
              ? `${money(w.value * HOURS[per]!)} a ${per}`
              : undefined;
          const f = (variant.data ?? []).find((x) => x.metric === specsUsed[others]!.spec)!;
          return shown ? [`${variant.name} (${formatFigureValue(f)}): ${shown}`] : [];
        });
  const main = specsUsed[0]!.variants[0]!;
  const set = against && cases.length === 1 ? againstWorked(build(), against, q) : [];
  return {
    ...calculationReply([...worked, ...set, ...(alternatives.length ? [variantsLine(alternatives)] : [])]),
    title: `${(model ?? main).name} — calculation`,
    sources: citer.sources(),
  };
};

/** The result set against the user's amount: a total against a total, or a rate over the result's own hours ("the
 * $1,100/mo rent" over 720 h). */
function againstWorked(inputs: Quantity[], against: Quantity, q: Question): string[] {
  const w = solve(inputs, { dims: { usd: 1 } });
  if (typeof w === 'string' || w.high !== undefined) return [];
  const hours = inputs.find((x) => sameDims(x.dims, { hour: 1 }));
  const perHour = sameDims(against.dims, { usd: 1, hour: -1 });
  if (!sameDims(against.dims, { usd: 1 }) && !(perHour && hours)) return [];
  // A rate per month against about a month (720 h, 730 h): the month's amount as written.
  const period = perHour && against.per ? HOURS[against.per] : undefined;
  const whole = period !== undefined && Math.abs(hours!.value - period) <= period * 0.03;
  const value = perHour ? against.value * (whole ? period! : hours!.value) : against.value;
  const raw = perHour && !whole ? `${against.raw} over ${hours!.raw} (${money(value)})` : against.raw;
  return againstLines(q.plain, w.value, money(w.value), [{ value, raw }]);
}

/** Words that add a chip's price and its power bill into one cost. */
const OWNERSHIP_SUM = /\+|\bplus\b|\bon top of\b|\bincluding\b|\bincl\b|\ball[- ]in\b|\btco\b|\bownership\b|\btotal\b/;

/** The formula of a worked part, as its inputs are written. */
const formulaOf = (w: Worked) => w.steps.map((x, i) => `${i ? (x.sign === 1 ? ' × ' : ' ÷ ') : ''}${x.q.raw}`).join('');

/** A chip's release price and its power at TDP summed: the price times the count, and every other input (the same
 * count, a duration, $/kWh, a PUE) worked into a bill; undefined unless money is asked, both parts work cleanly and
 * a word adds them ("plus", "total", "all-in"). */
function ownership(q: Question, inputs: Quantity[]): Quantity | undefined {
  if ((q.target && !sameDims(q.target.dims, { usd: 1 })) || !OWNERSHIP_SUM.test(q.plain)) return undefined;
  const spec = (x: Quantity) => ('figure' in x ? (x as SourcedQuantity).figure.metric : undefined);
  const price = inputs.find((x) => spec(x) === 'release_price');
  const power = inputs.find((x) => spec(x) === 'tdp');
  if (!price || !power) return undefined;
  const count = inputs.find((x) => x.dims.gpu === 1 && Object.keys(x.dims).length === 1);
  const clean = (w: ReturnType<typeof solve>): w is Worked =>
    typeof w !== 'string' && w.high === undefined && !w.factors.length;
  const bought = solve(count ? [count, price] : [price], { dims: { usd: 1 } });
  const rest = inputs.filter((x) => x !== price);
  const run = solve(rest, { dims: { usd: 1 } });
  // Every input of the bill is used (a stray amount would be silently dropped).
  if (!clean(bought) || typeof run === 'string' || run.high !== undefined) return undefined;
  if (rest.some((x) => !run.steps.some((st) => st.q === x) && !run.factors.includes(x))) return undefined;
  if (!count && run.steps.some((st) => st.q.dims.gpu === 1)) return undefined;
  return {
    value: bought.value + run.value,
    dims: { usd: 1 },
    raw: `(${formulaOf(bought)} + ${formulaOf(run)}${run.factors.map((f) => ` × ${f.raw}`).join('')})`,
    at: count?.at ?? 0,
  };
}

/** The user's own numbers worked into one value per chip, set against the chip's spec by the gap asked (a difference,
 * % lower, % higher); undefined unless a gap is asked and every number the user gives combines into the spec's unit. */
function userGap(
  q: Question,
  inputs: Quantity[],
  used: { chip: NamedChip; spec: ChipSpec; variants: Entity[] },
  citer: Citer,
): string[] | undefined {
  if (!gapAsked(q.plain) || !inputs.length || used.variants.length !== 1) return undefined;
  const sq = chipQuantity(used.variants[0]!, used.spec, used.chip.code.toUpperCase(), citer);
  if (!sq) return undefined;
  const w = solve(inputs, { dims: sq.dims });
  if (typeof w === 'string' || w.high !== undefined || w.factors.length) return undefined;
  const show = used.spec === 'tdp' ? (v: number) => `${Math.round(v * 1000).toLocaleString('en-US')} W` : money;
  const label = used.spec === 'tdp' ? 'power per chip' : 'price per chip';
  // Multiplied inputs first: "$1.3B ÷ 50k H100s", never "50k H100s × $1.3B".
  const steps = [...w.steps].sort((a, b) => b.sign - a.sign);
  const formula = steps.map((x, i) => `${i ? (x.sign === 1 ? ' × ' : ' ÷ ') : ''}${x.q.raw}`).join('');
  const yours = { name: `your ${label} (${show(w.value)})`, value: w.value };
  const theirs = { name: sq.raw, value: sq.value };
  const [hi, lo] = yours.value >= theirs.value ? [yours, theirs] : [theirs, yours];
  const lines = askedGapLines(q.plain, undefined, hi, lo, show);
  return lines.length ? [`Your ${label}: ${formula} = ${show(w.value)}.`, ...lines] : undefined;
}

/** The whole chips a budget buys at the one list price its chip has, as a count ("62 cards ($100k ÷ …, rounded
 * down)"); undefined when the chip has several list prices or the budget buys none. */
function wholeChips(
  budget: Quantity,
  specsUsed: Array<{ chip: NamedChip; spec: ChipSpec; variants: Entity[] }>,
  citer: Citer,
): { count: Quantity; used: (typeof specsUsed)[number] } | undefined {
  const used = specsUsed.find((x) => x.spec === 'release_price');
  if (used?.variants.length !== 1) return undefined;
  const price = chipQuantity(used.variants[0]!, 'release_price', used.chip.code.toUpperCase(), citer);
  const n = price ? floorCount(budget.value / price.value) : 0;
  if (n < 1) return undefined;
  const raw = `${n.toLocaleString('en-US')} cards (${budget.raw} ÷ ${price!.raw}, rounded down)`;
  return { count: { value: n, dims: { gpu: 1 }, raw, at: budget.at, noun: 'card' }, used };
}

/** "how many can we buy", "how many and how much left": a count asked with no noun after it. */
const HOW_MANY = /\bhow many\b/;

/** Whole chips each sum an article gives buys at the chip's release price, one case per figure of the sum. */
function budgetChips(q: Question, ctx: Parameters<Answerer>[1], chip: NamedChip, kb: Knowledge) {
  const citer = new Citer(kb);
  const budgets = sourcedBudgets(q, ctx.index, citer);
  const variant = variantsWith(chip, 'release_price')[0];
  if (!budgets.length) return undefined;
  // A chip Epoch gives no price for is declined, never priced by a sibling.
  if (!variant) return dataUnknownReply(chip.variants[0]!.name, ['release price']);
  const price = chipQuantity(variant, 'release_price', chip.code.toUpperCase(), citer)!;
  const cases = budgets.map((b) => ({
    label: budgets.length > 1 ? b.raw : undefined,
    quantities: [
      { ...b, at: 0 },
      { ...price, at: 1 },
    ],
  }));
  // "H100s", "MI300Xs"; a version code ("v7") reads as the chip's shortest name.
  const noun = /^[a-z]+\d/.test(chip.code) && !/^v\d/.test(chip.code) ? chip.code.toUpperCase() : shortName(variant);
  const worked = workCases({ cases }, { dims: { gpu: 1 }, noun });
  if (!Array.isArray(worked)) return undefined;
  return { ...calculationReply(worked), title: `${variant.name} — calculation`, sources: citer.sources() };
}

/** A chip's shortest name ("TPU v7 Ironwood" of "Google TPU v7 Ironwood"). */
const shortName = (e: Entity) => [e.name, ...e.aliases].sort((a, b) => a.length - b.length)[0]!;

/** Whether a unit asked is a count of chips. */
const countAsked = (target?: Question['target']) => target?.dims.gpu === 1 && Object.keys(target.dims).length === 1;

/** The target of one chip's case: a count asked of either chip is a count of chips. */
function chipTarget(target: Question['target']): Question['target'] {
  return target?.dims.gpu === 1 && Object.keys(target.dims).length === 1 ? { ...target, noun: 'chip' } : target;
}

/** A model named with its run ("llama 3.1 405b's run", "GPT-4's training") whose chips and hours Epoch holds. */
function runModel(q: Question, names: DataNameIndex): Entity | undefined {
  if (!/\b(?:run|runs|training|trained|train)\b/.test(q.plain)) return undefined;
  for (const m of names.find(q.plain, true).mentions) {
    const e = m.ids.length === 1 ? names.entity(m.ids[0]!) : undefined;
    if (e?.kind === 'models') return modelWithRun(e, (t) => names.extensions(t));
  }
  return undefined;
}
