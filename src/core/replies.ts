// User-facing wording for help, clarifications, unknowns and bad input: one place, so every surface says
// the same thing.
import type { KnowledgeIndex } from '../knowledge/index.js';
import type { Entity, Point } from '../knowledge/schema.js';
import type { CalcError } from './calc.js';
import { Citer, HEADLINE_MAX } from './cite.js';
import type { CommandSpec } from './commands.js';
import type { ValueGroup } from './datasets/family-figures.js';
import { quoteSnippet } from './safe-text.js';
import type { Reply } from './types.js';

function reply(kind: Reply['kind'], title: string, lines: string[], extra: Partial<Reply> = {}): Reply {
  return { kind, title, lines, fields: [], notes: [], sources: [], suggestions: [], ...extra };
}

/** Help generated from the command specs themselves. */
export function helpReply(specs: CommandSpec[]): Reply {
  const lines = [
    'I answer questions about the economics of AI from five sourced articles and licensed data sets (Epoch AI, the European Open Source AI Index, the Model Openness Tool, LiteLLM, genai-prices), and do the arithmetic inline.',
  ];
  for (const s of specs)
    lines.push(
      `• ${s.name}${s.usage ? ` ${s.usage}` : ''} — ${s.summary} e.g. ${s.examples.map((e) => `“${e}”`).join(', ')}`,
    );
  lines.push(
    'Every figure comes with what it covers (compute-only or total, estimate or reported, which year) and its source; where sources disagree I show both.',
  );
  return reply('help', 'aiecon — what I can do', lines, {
    suggestions: specs.flatMap((s) => s.examples.slice(0, 1)).slice(0, 3),
  });
}

/** "are you a bot?", "who made you?": who the bot is, in one line, and how to see what it does. */
export function botIdentityReply(): Reply {
  return reply(
    'help',
    'I’m aiecon, a bot',
    [
      'I answer questions about the economics of AI from five sourced articles and licensed data sets (Epoch AI, the European Open Source AI Index, the Model Openness Tool, LiteLLM, genai-prices), each figure with its source. Type “help” for what I can do.',
    ],
    {},
  );
}

/** Several entities fit the question: list each with its figures and ask which one. */
export function clarifyReply(
  index: KnowledgeIndex,
  asked: string,
  candidates: Entity[],
  metrics: string[],
  preface: string[] = [],
): Reply {
  const citer = new Citer(index.kb);
  // A bare referent ("that", from "how much did they raise?") reads better unquoted.
  const referent = /^(that|it|they|one)$/i.test(asked);
  const lines = [
    ...preface,
    `${referent ? 'That' : `“${asked}”`} could mean several things — which one do you mean? Here is what I have for each candidate:`,
  ];
  for (const e of candidates.slice(0, 8)) {
    const figs = e.figures.filter((f) => metrics.includes(f.metric));
    const shown = figs.length ? figs.map((f) => citer.figure(f)).join('; ') : e.description;
    lines.push(`• ${e.name}: ${shown}`);
  }
  return reply('clarify', referent ? 'Which one do you mean?' : `Which ${asked.replace(/^the /i, '')}?`, lines, {
    sources: citer.sources(),
    suggestions: candidates
      .slice(0, 3)
      .map((e) => `${e.name} ${index.kb.metrics.get(metrics[0] ?? '')?.label ?? ''}`.trim()),
  });
}

/** "What does GPT-5 cost": its training run or its price per token — which, with what the sources give for each. */
export function costReadingsReply(name: string, training: string, tokens: string, sources: Reply['sources']): Reply {
  const lines = [
    `“${name}${name.endsWith('s') ? '’' : '’s'} cost” could mean two things — which one do you mean?`,
    `• To train it: ${training}`,
    `• To use it (token price): ${tokens}`,
  ];
  return reply('clarify', `Which cost of ${name}?`, lines, {
    sources,
    suggestions: [`what did ${name} cost to train`, `${name} price per million tokens`],
  });
}

/** The knowledge has nothing for it: one sentence declines; at most one line follows, what it has nearby, labelled as
 * not what was asked. A figure the user did not ask for never leads. */
export function unknownReply(
  index: KnowledgeIndex,
  names: string[],
  opts: {
    about?: Entity;
    nearest?: Entity[];
    preface?: string[];
    points?: Point[];
    notFigure?: boolean;
    /** What the sources have instead, each "what it is: figure", said after the decline as not what was asked. */
    instead?: string[];
  } = {},
): Reply {
  const what = names.map((n) => `“${quoteSnippet(n, 50)}”`).join(' or ');
  // "who is Mistral's CEO" asks for a name, not a figure.
  const decline = opts.notFigure
    ? `I don't have ${what} in my sources, so I won't guess.`
    : `I don't have a sourced figure for ${what}, so I won't guess.`;
  const lines = [...(opts.preface ?? []), decline];
  const citer = new Citer(index.kb);
  const nearest = (opts.nearest ?? []).filter((e) => e.id !== opts.about?.id).slice(0, 4);
  const near = opts.instead?.length
    ? `Not what you asked — what my sources have: ${opts.instead.join('; ')}.`
    : opts.about
      ? aboutLine(citer, opts.about, opts.points ?? [])
      : undefined;
  if (near) lines.push(near);
  else if (nearest.length) lines.push(`Nearest things I know: ${nearest.map((e) => e.name).join(', ')}.`);
  return reply('unknown', `Not in my sources: ${names.map((n) => quoteSnippet(n, 40)).join(', ')}`, lines, {
    sources: citer.sources(),
    suggestions: nearest.slice(0, 3).map((e) => `tell me about ${e.name}`),
  });
}

/** One line of what the knowledge does have on the thing asked about: a point bearing on the question first, else
 * its figures (as many as fit a chat preview), else what it is. */
function aboutLine(citer: Citer, about: Entity, points: Point[]): string | undefined {
  const head = `Not what you asked, but on ${about.name}: `;
  const point = points[0] ?? (about.figures.length ? undefined : about.points[0]);
  if (point) return `${head}${point.text} [${citer.nameOf(point.source)}]`;
  const parts: string[] = [];
  for (const f of about.figures) {
    const part = `${citer.metricLabel(f)} ${citer.brief(f)}`;
    if (parts.length && head.length + [...parts, part].join('; ').length > HEADLINE_MAX) break;
    parts.push(part);
  }
  return parts.length ? `${head}${parts.join('; ')}.` : undefined;
}

/** Single models' training runs offered after declining a spend on their whole family: not a total. */
export function programmeRunsLine(runs: string[]): string {
  return `single training runs, not a total — ${runs.join('; ')}`;
}

/** Said first when a question names things the knowledge does not know, before what it does know. */
export function unknownNamesPreface(names: string[]): string {
  return `I don't have anything on ${names.map((n) => `“${quoteSnippet(n, 50)}”`).join(' or ')} in my sources.`;
}

/** Said first when the user's numbers asked for a calculation that no answerer could work: what follows is what the
 * knowledge has on the thing named, not the result. */
export function unworkedPreface(inputs: string[]): string {
  return `I can't work out that calculation from ${inputs.map((i) => `“${quoteSnippet(i, 30)}”`).join(', ')}, so I won't guess a figure; here is what I have instead.`;
}

/** Said first when the thing asked about has no figure for the metric asked: what follows is something else. */
export function missingFigurePreface(name: string, metricLabel: string, nameless = false): string {
  // Nothing was named: the topic shown is only the nearest match, not the thing whose figure was asked.
  if (nameless)
    return `I don't have a figure for the ${metricLabel} asked in my sources; the nearest I have is on ${name}.`;
  return `I don't have a figure for ${name}'s ${metricLabel} in my sources; here is what I do have on ${name}.`;
}

/** The subject has the metric, but none of its figures covers the narrower part asked ("revenue on its own"). */
export function unheldQualifierPreface(name: string, metricLabel: string, qualifier: string): string {
  return `I don't have a figure for ${name}'s ${metricLabel} ${qualifier} in my sources; what follows is another measure.`;
}

/** The metric exists for the subject, but not for the year asked; the years it has follow, without figures. */
export function missingYearPreface(name: string, metricLabel: string, year: string, periods: string[]): string {
  const have = [...new Set(periods)].join(', ');
  return `I don't have ${name}'s ${metricLabel} for ${year} — my sources give it for ${have} only; here is that, not ${year}.`;
}

/** The figure found is for another model size than the one asked ("a 70B model" answered for 7B): said first. */
export function otherSizePreface(metricLabel: string, asked: string, shown: string): string {
  return `I don't have a ${metricLabel} for a ${asked} model in my sources; what follows is for a ${shown} model, not ${asked}.`;
}

/** Nothing in the question matched anything. */
export function noMatchReply(text: string, examples: string[]): Reply {
  return reply(
    'unknown',
    'No match in my sources',
    [
      `I couldn't match “${quoteSnippet(text)}” to anything in my knowledge base — I don't have information on it.`,
      'I cover training costs, company finances, licences, prices and market sizes from five articles on open-AI economics.',
    ],
    { suggestions: examples.slice(0, 3) },
  );
}

/** The kinds of small talk (knowledge/cues.yaml ids) and the one line each gets back. */
export const SMALL_TALK: Record<string, string> = {
  greeting: 'Hi — ask me about training costs, revenues, licences, prices or market sizes in open AI.',
  thanks: 'You’re welcome — ask me anything else about the economics of open AI.',
  farewell: 'Bye — ask again any time.',
  acknowledgement: 'Okay — ask me anything else about the economics of open AI.',
};

/** "thanks", "hi", "ok": one short line back; nothing was searched. */
export function smallTalkReply(kind: string, examples: string[]): Reply {
  return reply('notice', SMALL_TALK[kind] ?? SMALL_TALK.acknowledgement!, [], { suggestions: examples.slice(0, 2) });
}

/** Empty message. */
export function emptyReply(examples: string[]): Reply {
  return reply(
    'error',
    'Ask me something about the economics of open AI',
    ['Type a question, or “help” for what I can do.'],
    { suggestions: examples.slice(0, 3) },
  );
}

const CALC_WORDS: Record<CalcError, string> = {
  empty: 'there is no expression to work out',
  syntax: 'I could not read that as arithmetic',
  'divide-by-zero': 'it divides by zero',
  'too-large': 'the numbers are too large to mean anything (over 10^18)',
  'too-deep': 'the brackets are nested too deeply',
  'too-long': 'the expression is too long',
};

/** A calculation that could not be done, and why. */
export function calcErrorReply(expr: string, error: CalcError): Reply {
  return reply('error', 'Cannot calculate that', [
    `I can't work out “${quoteSnippet(expr, 40)}”: ${CALC_WORDS[error]}.`,
    'Use numbers with k/M/B/T, $, %, + − × ÷ and brackets, e.g. “($191M − $5.6M) / $5.6M”.',
  ]);
}

/** Why a worked calculation was refused: each reads after "I can't work out “…”:". */
export type UnitsError =
  | 'divide-by-zero'
  | 'too-large'
  | 'nothing-to-count'
  | 'not-positive'
  | 'no-loss'
  | 'never-reaches'
  | 'never-breaks-even'
  | 'never-pays-back'
  | 'never-runs-out'
  | 'never-equal'
  | 'falls-to-nothing'
  | 'no-unit-margin';
const UNITS_WORDS: Record<UnitsError, string> = {
  'divide-by-zero': 'it would divide by zero',
  'too-large': 'the result is too large to mean anything (over 10^18)',
  'nothing-to-count': 'there is nothing to count — give a count of at least one and a time above zero',
  'not-positive': 'a rate of change needs a start above zero and a span of time above zero',
  'no-loss': 'spending a dollar or less per dollar earned is no loss, so no revenue follows from it',
  'never-reaches': 'at that rate it never gets there',
  'never-pays-back':
    'what comes in each month is no more than what it costs, so the up-front amount is never paid back',
  'never-breaks-even': 'the alternative costs no more each month than running it, so paying up front never pays back',
  'never-runs-out': 'what comes in covers what goes out, so the cash never runs out at these rates',
  'never-equal': 'the option with the fixed fee costs no less per unit, so the two never cost the same',
  'falls-to-nothing': 'a fall of 100% or more a period leaves nothing to compound',
  'no-unit-margin': 'each customer costs at least what they pay, so no number of them covers the fixed cost',
};

/** The user's quantities could not be worked, and why, in a sentence (never "NaN"). */
export function unitsErrorReply(inputs: string[], error: UnitsError): Reply {
  return reply('error', 'Cannot calculate that', [
    `I can't work out ${inputs.map((i) => `“${quoteSnippet(i, 30)}”`).join(', ')}: ${UNITS_WORDS[error]}.`,
  ]);
}

/** Numbers read whose combination for what was asked could not be worked out: no figure rather than a wrong one. */
export function uncombinedReply(inputs: string[], unconverted: string[] = []): Reply {
  // "12M words at $3/M tokens": text in words, pages or bytes that nothing given turns into tokens.
  if (unconverted.length)
    return reply('error', 'Cannot combine those numbers', [
      `I read ${inputs.map((i) => `“${quoteSnippet(i, 30)}”`).join(', ')}, but I can't tell from them how ${unconverted.map((i) => `“${quoteSnippet(i, 30)}”`).join(', ')} turns into tokens, so I won't guess a figure.`,
      'Say how they convert and I will work it out, e.g. “~4 bytes per token”, “1,000 tokens is about 750 words”, “500 words a page”.',
    ]);
  return reply('error', 'Cannot combine those numbers', [
    `I read ${inputs.map((i) => `“${quoteSnippet(i, 30)}”`).join(', ')}, but I can't work out how they combine for what you asked, so I won't guess a figure.`,
    'Write the arithmetic out and I will do it, e.g. “calc $85k / ($9,500 − $2k)”.',
  ]);
}

/** What each kind of asked figure is called when a worked answer does not give it. */
const ASKED_LABEL: Record<string, string> = {
  rate: 'growth rate or percentage',
  count: 'count',
  time: 'length of time',
  share: 'share of the total',
};

/** A worked figure held back: it left out amounts the user wrote, or it is not the kind of figure asked. */
export function unsoundReply(inputs: string[], { unused, asked }: { unused: string[]; asked?: string }): Reply {
  const quote = (xs: string[]) => xs.map((i) => `“${quoteSnippet(i, 30)}”`).join(', ');
  const why = unused.length
    ? `I can't work out where ${quote(unused)} ${unused.length > 1 ? 'go' : 'goes'} in what you asked`
    : `I can't work out the ${ASKED_LABEL[asked ?? ''] ?? 'figure'} you asked for from ${inputs.length > 1 ? 'them' : 'it'}`;
  const first = inputs.length ? `I read ${quote(inputs)}, but ${why}` : `${why[0]!.toUpperCase()}${why.slice(1)}`;
  return reply('error', 'Cannot work that out', [
    `${first}, so I won't guess a figure.`,
    'Write the arithmetic out and I will do it, e.g. “calc $85k / ($9,500 − $2k)”.',
  ]);
}

/** A part of a total named whose share is of a narrower total no source gives ("government revenue" is a share of
 * enterprise revenue): no figure rather than the share applied to the whole. */
export function unheldBaseReply(name: string, part: string, base: string): Reply {
  return reply('error', 'Cannot work that out', [
    `My sources give ${name}'s ${part} only as a share of its ${base}, and no figure for its ${base}, so I can't work that out and won't guess a figure.`,
  ]);
}

/** A time asked of a rate that is zero: it never comes ("saves $0/month: the $40k never pays back"). */
export function neverLine(zero: string, others: string[]): string {
  const rest = others.length ? ` ${others.map((o) => `“${quoteSnippet(o, 30)}”`).join(', ')}` : ' it';
  return `Never: at “${quoteSnippet(zero, 30)}” each period adds or uses nothing, so${rest} is never paid back or used up.`;
}

/** A worked calculation: the result first, then how it was computed. */
export function calculationReply(lines: string[]): Reply {
  return reply('calculation', 'Calculation', lines);
}

/** A sourced input that is only a bound ("under $1,000"): the result is a bound too, not an estimate. */
export function boundNote(figure: string, bound: 'at-most' | 'at-least'): string {
  return `${figure} is ${bound === 'at-most' ? 'an upper' : 'a lower'} bound in the source, so the result is a bound too.`;
}

/** The user's amount used in place of a sourced one ("35M a month" for the ~$47M/month burn). */
export function insteadLine(user: string, sourced: string[]): string {
  return `Your ${user} is used in place of ${sourced.join(' and ')}.`;
}

/** The result of the user's numbers. */
export function totalLine(result: string): string {
  return `That comes to ${result}.`;
}

/** The fewest cards whose memory holds a model's weights, and what the count leaves out. */
export function cardsToHoldLine(cards: string, card: string, sum: string): string {
  return `At least ${cards} of ${card} to hold them (${sum}, rounded up): the weights alone, before activations and the KV cache.`;
}

/** The result of one of several things asked in one question ("Cost per user: $0.30 a month per user."). */
export function partLine(asked: string, result: string): string {
  return `${asked.charAt(0).toUpperCase()}${asked.slice(1)}: ${result}.`;
}

/** One of several things asked that no combination of the numbers gives: said, with no figure. */
export function unworkedPartLine(asked: string): string {
  return `${asked.charAt(0).toUpperCase()}${asked.slice(1)}: I can't see how your numbers combine into that, so I won't guess a figure.`;
}

/** The result for one of several alternatives or shares the user gave. */
export function caseLine(label: string, result: string): string {
  return `With ${label}: ${result}.`;
}

/** The formula with the user's inputs; `base` is the amount before percentages or multiples apply. */
export function computedLine(formula: string, base: string | undefined, result: string): string {
  return `Computed: ${base !== undefined ? formula.replace('\u0000', `${base}, then`) : formula} = ${result}.`;
}

/** The user's total against a sourced figure of the thing named. */
export function againstLine(gap: string, more: boolean, sourced: string, times?: string): string {
  return `That is ${gap} ${more ? 'more' : 'less'} than ${sourced}${times ? ` (≈${times}× it)` : ''}.`;
}

/** Two alternatives' results apart. */
export function differenceLine(gap: string, times?: string, relative?: string): string {
  const aside = [relative, times ? `≈${times}` : undefined].filter(Boolean).join('; ');
  return `Difference: ${gap}${aside ? ` (${aside})` : ''}.`;
}

/** The gap between before and after, when it is what was asked ("how much more does each pay?"). */
export function gapLine(gap: string, more: boolean): string {
  return `${more ? 'Up' : 'Down'} by ${gap}.`;
}

/** A ratio at the sourced figures, before the question's changes. */
export function beforeChangeLine(formula: string, result: string): string {
  return `Before the change: ${formula} = ${result}.`;
}

/** The spend behind a loss or profit worked from a spend per dollar of revenue. */
export function spendLine(spend: string, revenue: string): string {
  return `Spend: ${spend} on ${revenue} of revenue.`;
}

/** Spending per dollar earned: what is lost on the revenue. */
export function lossLine(loss: string, revenue: string): string {
  return `Loss: ${loss} (spend minus the ${revenue} revenue).`;
}

/** The percentage change from one amount to another. */
export function changeLine(from: string, to: string, pct: string, up: boolean, times: string, gap?: string): string {
  const by = gap ? `${up ? '+' : '−'}${gap}; ` : '';
  return `From ${from} to ${to}: ${up ? 'up' : 'down'} ${pct}% (${by}${up ? `≈${times}× the start` : `≈${times}× lower`}).`;
}

/** A straight-line write-off after a time: the book value and what has been written off, the one asked first. */
/** The straight-line write-off each period, down to what it is still worth at the end. */
export function writeOffEachLine(each: string, per: string, life: string, kept?: string, also?: string): string {
  return `Depreciation: ${each} a ${per}${also ? `, ${also}` : ''} (straight line over ${life}${kept ? `, leaving ${kept} at the end` : ''}).`;
}

export function bookValueLine(after: string, left: string, off: string, offFirst: boolean, pastLife?: string): string {
  const how = pastLife ? `straight line; past its ${pastLife} life, so fully written off` : 'straight line';
  return offFirst
    ? `Written off after ${after}: ${off}, leaving ${left} on the books (${how}).`
    : `Book value after ${after}: ${left}, with ${off} written off (${how}).`;
}

/** A move between two percentages, in percentage points and relative to where it started. */
export function pointsLine(from: string, to: string, points: string, pct: string, up: boolean): string {
  const word = up ? 'increase' : 'decrease';
  return `From ${from} to ${to}: ${up ? 'up' : 'down'} ${points} percentage point${points === '1' ? '' : 's'}, a ${pct}% relative ${word}.`;
}

/** The change of a product of two amounts when one goes from A to B and the other changes by a percentage. */
export function productChangeLine(from: string, to: string, other: string, pct: string, up: boolean): string {
  if (pct === '0') return `No change overall: ${from} → ${to}, then × ${other}, leaves the total where it was.`;
  return `It goes ${up ? 'up' : 'down'} ${pct}% overall: ${from} → ${to}, then × ${other}.`;
}

/** The compound rate per period implied by two amounts some periods apart. */
export function compoundLine(
  pct: string,
  up: boolean,
  per: string,
  factor: string,
  periods: string,
  span?: string,
): string {
  return `Compound rate: ${up ? '+' : '−'}${pct}% a ${per} (${factor}× each ${per}) over ${periods} ${per}${periods === '1' ? '' : 's'}${span ? ` (${span})` : ''}.`;
}

/** The revenue a loss implies at a spending per dollar earned. */
export function impliedRevenueLine(revenue: string, spend: string): string {
  return `Implied revenue: ${revenue} (spending ${spend}).`;
}

/** When an amount growing by a factor each period passes a goal. */
export function reachLine(
  start: string,
  growth: string,
  goal: string,
  periods: string,
  per: string,
  whole: number,
  after: string,
  year?: { from: number; at: number },
): string {
  if (year)
    return `From ${start} in ${year.from}, growing ${growth}, it first passes ${goal} in ${year.at}: after ${periods} ${per}s, in ${per} ${whole} (${after} by then).`;
  return `From ${start}, growing ${growth}, it passes ${goal} after ${periods} ${per}s — in ${per} ${whole} (${after} by then).`;
}

/** A level growing by a fixed amount each period, and when it passes a goal. */
export function linearReachLine(
  start: string,
  added: string,
  goal: string,
  periods: string,
  whole: number,
  per: string,
): string {
  return `${periods}: from ${start}, adding ${added}, it reaches ${goal} in ${per} ${whole}.`;
}

/** An amount after compounding at a rate per period: "After 3 years at −40% a year: $2.16 per million tokens." */
export function growthLine(periods: string, rate: string, result: string): string {
  return `After ${periods} at ${rate}: ${result}.`;
}

/** The sum of a growing flow over every period, and the last period alone. */
export function growthTotalLine(periods: string, total: string, last: string): string {
  return `Total over ${periods}: ${total} (the last ${last}).`;
}

/** A price per counted thing applied to a count: "At $0.35/user: $16,191 a month." */
export function priceAppliedLine(price: string, result: string): string {
  return `At ${price}: ${result}.`;
}

/** The same amount added each period when a change is spread evenly: "$37.7B a year". */
export function linearLine(from: string, to: string, each: string, per: string, periods: string): string {
  return `From ${from} to ${to}, added evenly: ${each} a ${per} over ${periods} ${per}s.`;
}

/** A split where some pay a multiple of a regular share. */
export function weightedSplitLine(regular: string, heavy: string, times: string): string {
  return `Each regular share is ${regular}; each of those paying ${times}× pays ${heavy}.`;
}

/** The power a fleet draws, from a draw per unit and a count. */
export function powerLine(total: string, formula: string, energy?: string): string {
  return `Power draw: ${total} (${formula})${energy ? `; energy used: ${energy}` : ''}.`;
}

/** What the percentages saved against the amount before them. */
/** A blended price against sending everything to one of its options: the share saved (or paid extra) and the gap. */
export function blendAgainstLine(option: string, pct: string, gap: string, less: boolean): string {
  return `Against all at ${option}: ${pct}% ${less ? 'less' : 'more'} (${gap} ${less ? 'saved' : 'extra'}).`;
}

/** What is left of a budget after the spends, and the share of it used. */
export function budgetLeftLine(left: string, under: boolean, budget: string, spent: string, used?: string): string {
  const share = used !== undefined ? ` (${used}% used)` : '';
  return under
    ? `Left: ${left} of ${budget}, after ${spent} spent${share}.`
    : `Over budget by ${left}: ${spent} spent against ${budget}${share}.`;
}

/** The share of a budget used, when that is what is asked, and what the spends leave. */
export function budgetUsedLine(used: string, spent: string, budget: string, left: string): string {
  return `${used}% used: ${spent} spent of ${budget}, ${left.startsWith('-') ? `over by ${left.slice(1)}` : `${left} left`}.`;
}

export function savingLine(saved: string, before: string): string {
  return `Saving: ${saved} (against ${before} without it).`;
}

/** What is left to pay after a saving. */
export function leftToPayLine(left: string): string {
  return `Left to pay: ${left}.`;
}

/** The volume that holds revenue where it was after a price change. */
export function keepFlatLine(change: string, times: string, held: string, more: boolean): string {
  return more
    ? `Volume must rise ${change} (${times} today's) to keep ${held} flat.`
    : `Volume can fall ${change} (${times} today's) and keep ${held} flat.`;
}

/** Several cuts one after another, as the one cut they add up to ("20% then 25% off is 40% off in all"). */
export function stackedCutLine(cuts: string, total: string): string {
  return `Together ${cuts} take ${total} off in all (each cut applies to the price the one before left).`;
}

/** Whole units a budget covers and the money left after them. */
export function remainderLine(whole: string, noun: string, left: string): string {
  return `That is ${whole} full ${noun}, with ${left} left over.`;
}

/** When paying up front has cost less than the monthly alternative. */
export function breakEvenLine(months: string, whole: number, saving: string): string {
  return `Buying breaks even after ${months} months — in month ${whole} (it saves ${saving} a month after that).`;
}

/** When work paid once (by the hour) costs the same as paying more each month. */
export function oneOffLine(total: string, months: string, whole: number, saving: string): string {
  return `Paying ${total} once breaks even after ${months} months — in month ${whole} (it saves ${saving} a month after that).`;
}

/** When an up-front amount is earned back from what comes in each month less what it costs. */
export function paybackLine(months: string, whole: number, net: string): string {
  return `It pays back after ${months} months — in month ${whole} (${net} a month comes back, net of costs).`;
}

/** Two ways of paying over a time: which costs more, by how much, and each total. */
export function periodTotalsLine(over: string, dear: string, cheap: string, gap: string, totals: string): string {
  return `Over ${over}, ${dear} costs ${gap} more than ${cheap}: ${totals}.`;
}

/** Two ways of paying that come to the same over the time. */
export function periodTotalsEvenLine(over: string, total: string): string {
  return `Over ${over}, both come to ${total}.`;
}

/** When paying up front has cost less, in the periods asked ("12,953 hours", "539.7 days" at 24/7). */
export function breakEvenSpanLine(times: string[], saving: string): string {
  return `Buying breaks even after ${times.join(', or ')} of use around the clock (it saves ${saving} after that).`;
}

/** Hours of use where buying a thing that lasts a while costs what renting does; or that its life never gets there. */
export function usageLine(
  hours: string,
  life: string,
  other: string | undefined,
  share: string | undefined,
  saving: string,
  never = false,
): string {
  if (never)
    return `Buying would break even only after ${hours}, more than its ${life} life holds: renting stays cheaper.`;
  return `Buying breaks even at ${hours} (${other} over its ${life} life, ${share}); above that it saves ${saving} an hour of use.`;
}

/** How long cash lasts when spending exceeds income. */
export function runwayLine(time: string, net: string): string {
  return `The cash lasts ${time} (net burn ${net}).`;
}

/** What one customer is worth over their life, and how it was worked; `ofRevenue` when no margin was given. */
export function lifetimeValueLine(ltv: string, formula: string, lifetime: string, ofRevenue: boolean): string {
  return `LTV: ${ltv} per customer${ofRevenue ? ' (of revenue: no margin given)' : ''} — ${formula}; a customer stays ${lifetime} on average.`;
}

/** A customer's lifetime value against what acquiring them costs. */
export function ltvToCacLine(ratio: string, ltv: string, cac: string): string {
  return `LTV:CAC: ${ratio} — ${ltv} ÷ ${/\b(?:cac|acqui)/i.test(cac) ? cac : `${cac} CAC`}.`;
}

/** The time a customer's margin takes to pay back what acquiring them cost. */
export function cacPaybackLine(time: string, cac: string, each: string): string {
  return `CAC payback: ${time} — ${cac} ÷ ${each}.`;
}

/** The volume at which a fixed fee plus a unit price costs the same as a unit price alone. */
export function volumeBreakEvenLine(volume: string, cost: string, cheaper: string): string {
  return `They cost the same at ${volume} (${cost} either way); above that, ${cheaper} is cheaper.`;
}

/** The customers whose margin covers a fixed cost. */
export function unitBreakEvenLine(count: string, margin: string, fixed: string): string {
  return `Break-even at ${count}: each brings in ${margin} over its cost, against ${fixed} fixed.`;
}

/** Spending per dollar that comes in, and what is lost or kept on each dollar. */
export function perDollarLine(each: string, cost: string, revenue: string, gap: string, loss: boolean): string {
  return `${cost} against ${revenue} is ${each} spent per dollar of revenue (${loss ? 'a loss' : 'a margin'} of ${gap} on each dollar).`;
}

/** A total split by a written list of shares, each share's amount in order. */
export function listedSharesLine(total: string, written: string, each: string[]): string {
  const listed = each.length > 1 ? `${each.slice(0, -1).join(', ')} and ${each[each.length - 1]}` : each[0];
  return `${total} split ${written}: ${listed}.`;
}

/** A revenue less a cost: a profit, or a loss when the cost is larger. */
export function profitLine(amount: string, profit: boolean, revenue: string, cost: string): string {
  return `${profit ? 'Profit' : 'Loss'}: ${amount} (${revenue} revenue against ${cost} costs).`;
}

/** What one paying thing (or one period) earns less what serving it costs, with the margin that leaves. */
export function unitProfitLine(profit: boolean, amount: string, revenue: string, cost: string, pct: string): string {
  return `${profit ? 'Profit' : 'Loss'}: ${amount} — ${revenue} charged less ${cost} of costs (a ${pct}% margin).`;
}

/** How the revenue and the costs of a unit profit were worked from the user's numbers. */
export function unitProfitWorkings(revenue: string, cost: string): string {
  return `Revenue: ${revenue}. Costs: ${cost}.`;
}

/** One amount as a percentage of another. */
export function shareLine(part: string, whole: string, pct: string): string {
  return `${part} is ${pct}% of ${whole}.`;
}

/** How long one thing's spending pace takes to reach another's total. */
export function paceLine(whole: string, duration: string, pace: string): string {
  return `${whole} equals ${duration} of ${pace} at that pace.`;
}

/** How many times one amount is another. */
export function timesLine(big: string, small: string, times: string): string {
  return `${big} is ≈${times}× ${small}.`;
}

/** A gross margin of the user's revenue and cost (a net margin when the costs are all the costs, asked as net). */
export function marginLine(pct: string, revenue: string, cost: string, profit?: string, net?: boolean): string {
  const kind = net ? 'net' : 'gross';
  const head = `${net ? 'Net' : 'Gross'} margin: ${pct}% — (${revenue} − ${cost}) ÷ ${revenue}`;
  return `${head}${profit ? `; ${kind} profit ${profit}` : ''}.`;
}

/** A chart was asked for a metric the sources give no figures for. */
export function chartNoDataReply(metricLabel: string, chartable: string[]): Reply {
  return reply(
    'unknown',
    `No data to chart: ${metricLabel}`,
    [
      `I have no sourced figures of ${metricLabel} for that, so there is nothing to chart — I won't draw made-up numbers.`,
      `I can chart: ${chartable.slice(0, 8).join(', ')}.`,
    ],
    { suggestions: chartable.slice(0, 2).map((m) => `chart ${m} of the most expensive models`) },
  );
}

/** A chart was asked for, but of nothing the sources measure. */
export function chartNoMetricReply(asked: string, chartable: string[]): Reply {
  const what = asked.replace(/^.*?\b(chart|plot|graph|visuali[sz]e|draw)\b\s*(the\s+)?/, '').trim() || asked;
  return reply(
    'unknown',
    'No data to chart',
    [
      `I have no sourced figures to chart for “${quoteSnippet(what, 60)}”.`,
      `I can chart: ${chartable.slice(0, 8).join(', ')}.`,
    ],
    { suggestions: chartable.slice(0, 2).map((m) => `chart ${m} of the most expensive models`) },
  );
}

/** Caveats printed under a chart's figures. */
export function chartNotes(opts: { log: boolean; cut: number; undated: number }): string[] {
  const notes = [
    'Figures of different scope (compute-only vs total, estimate vs reported) sit side by side, as each source states them.',
  ];
  if (opts.log) notes.push('The value axis is logarithmic: each gridline is ten times the one before.');
  if (opts.cut > 0) notes.push(`${opts.cut} more figures of this kind are in my sources but not on this chart.`);
  if (opts.undated > 0) notes.push(`${opts.undated} figures without a date are left out of the timeline.`);
  return notes;
}

/** Reasons a voter can give for a 👎, in the order the buttons show them. */
export const FEEDBACK_REASONS = [
  { id: 'wrong_figure', label: 'Wrong figure' },
  { id: 'wrong_thing', label: 'Answered the wrong thing' },
  { id: 'missing', label: 'Something is missing' },
  { id: 'other', label: 'Other' },
] as const;

/** Wording around feedback buttons. */
export const FEEDBACK_TEXT = {
  up: '👍',
  down: '👎',
  upLabel: 'Helpful',
  downLabel: 'Not helpful',
  thanks: 'Thanks — noted.',
  askReason: 'Thanks — what was wrong with it? (optional)',
  reasonNoted: (label: string) => `Thanks — noted: ${label.toLowerCase()}.`,
  expired: 'That answer is too old to rate now; ask again and rate the new answer.',
} as const;

/** One voted-down answer as `/aiecon feedback` lists it. */
export interface DownvoteLine {
  question: string;
  intent: string;
  figures: Array<{ label: string; value: string }>;
  reason?: string;
}

/** A voted-down answer as a list line: the question, why, what kind of answer it was and what it showed. */
export function downvoteLine(d: DownvoteLine): string {
  const reason = FEEDBACK_REASONS.find((r) => r.id === d.reason)?.label ?? 'no reason given';
  const shown = d.figures.length
    ? `; showed ${d.figures
        .slice(0, 2)
        .map((f) => `${f.label}: ${quoteSnippet(f.value, 40)}`)
        .join(', ')}`
    : '';
  return `• “${quoteSnippet(d.question, 80)}” — ${reason.toLowerCase()} (${d.intent}${shown})`;
}

/** The --gaps digest's heading over the channel's voted-down answers. */
export const digestDownvotesHeading = (since: string) => `Answers voted down in this channel since ${since}:`;

/** `/aiecon feedback`: this channel's voted-down answers and unanswered questions, for whoever keeps the knowledge. */
export function feedbackListReply(
  downvotes: DownvoteLine[],
  misses: Array<{ text: string; count: number }>,
  days: number,
): Reply {
  const lines: string[] = [];
  if (downvotes.length) lines.push('Answers voted down:');
  for (const d of downvotes) lines.push(downvoteLine(d));
  if (misses.length) lines.push('Questions I could not answer:');
  for (const m of misses) lines.push(`• “${quoteSnippet(m.text, 80)}” — asked ${m.count}×`);
  if (!lines.length)
    lines.push(`No answer here was voted down and every question was answered in the last ${days} days.`);
  return reply('notice', `Feedback in this channel — last ${days} days`, lines, {
    notes: ['Questions asked in a DM or another channel are listed only there.'],
  });
}

/** Said in place of a chart where the bot may not attach files. */
export function chartNeedsAttachFiles(): string {
  return 'A chart of these figures is not shown here: I need the Attach Files permission in this channel.';
}

/** Which of a data set's methods a chart draws, since they are never mixed; and how to see the others. */
export function chartMethodNote(method: string, others: string[]): string {
  const more = others.length ? ` Name another to see it: ${others.map((m) => `“${m}”`).join(', ')}.` : '';
  return `Data-set figures here are of one method only: ${method}.${more}`;
}

/** Said when each model's bar is its cheapest provider. */
export function chartCheapestProviderNote(): string {
  return "Each model's bar is its lowest price among the providers a source lists; ask about one model for every provider.";
}

/** A data-set question the data sets cannot answer: one sentence declines, never with a sibling's figure; what they do
 * have follows, each line saying what it is. */
export function dataUnknownReply(subject: string, missing: string[], have: string[] = []): Reply {
  const what = missing.length ? `${subject}'s ${missing.join(' or ')}` : subject;
  return reply('unknown', `Not in my sources: ${what}`, [
    `I don't have a sourced figure for “${what}”, so I won't guess.`,
    ...have,
  ]);
}

/** A figure the data sets lack for a model they do have: declined first, then, on one line, the figures they give
 * instead. */
export function dataMissingFigureReply(
  subject: string,
  missing: string[],
  others: string[],
  sources: Reply['sources'],
): Reply {
  const declined = dataUnknownReply(subject, missing);
  if (!others.length) return declined;
  const head = `Other figures I have for ${subject} (not the one asked): `;
  const parts: string[] = [];
  for (const o of others.map(unbulleted)) {
    if (parts.length && head.length + [...parts, o].join('; ').length > HEADLINE_MAX) break;
    parts.push(o);
  }
  return { ...declined, lines: [...declined.lines, `${head}${parts.join('; ')}`], sources };
}

const unbulleted = (line: string) => line.replace(/^• /, '');

/** Said first when part of what was asked is missing ("the release price of Amazon Trainium2"): the rest follows. */
export function partlyMissingLine(missing: string[]): string {
  return `I don't have the ${missing.join(' or the ')} in my sources; what follows is what I do have.`;
}

/** A size or version the data sets lack ("Llama 3.2 90B"): declined, with the versions they do have. */
export function dataUnknownVariantReply(typed: string, siblings: string[]): Reply {
  return reply('unknown', `Not in my sources: ${typed}`, [
    `I don't have “${typed}” in my sources, and I won't answer with another size or version.`,
    ...(siblings.length ? [`Versions I do know: ${siblings.join(', ')}.`] : []),
  ]);
}

/** Most candidates an ask-back lists, so that with its question it stays within a chat reply's five lines. */
export const MAX_CANDIDATES = 4;
/** Most further candidates an ask-back names without their figures. */
const MAX_NAMED_ONLY = 8;

/** One candidate of an ask-back: its name, and the figure asked when it has one ("input $3 · output $15 …"). */
export interface Candidate {
  name: string;
  figure?: string;
}

/** A family name that fits several data-set models: ask which one, each candidate with its figure for what was
 * asked when there is one, so the ask-back is also the answer for whichever was meant. */
export function dataClarifyReply(
  typed: string,
  members: Array<string | Candidate>,
  what: 'models' | 'chips' = 'models',
  sources: Reply['sources'] = [],
): Reply {
  const all = members.map((m) => (typeof m === 'string' ? { name: m } : m));
  const shown = all.slice(0, MAX_CANDIDATES);
  const more = members.length - shown.length;
  const count = more > 0 ? ` (${members.length}; the first ${shown.length} here)` : '';
  const figures = shown.some((c) => c.figure) ? ', each with what I have' : '';
  // The candidates past those shown are named too, so the one meant can be picked even when it is not listed first.
  const rest = all.slice(shown.length, shown.length + MAX_NAMED_ONLY).map((c) => c.name);
  const beyond = more - rest.length;
  const also = rest.length ? ` Also: ${rest.join(', ')}${beyond > 0 ? ` and ${beyond} more` : ''}.` : '';
  return reply(
    'clarify',
    `Which ${typed}?`,
    [
      `“${typed}” could mean several ${what}${count} — which one do you mean${figures}?${also}`,
      ...shown.map((c) => `• ${c.name}${c.figure ? `: ${c.figure}` : ''}`),
    ],
    { sources },
  );
}

/** Several members of a family that all give the same figure for what was asked: the figure once, the members named
 * under it, instead of asking which one was meant. */
export function membersAgreeReply(
  typed: string,
  what: 'models' | 'chips',
  agreed: ValueGroup,
  sources: Reply['sources'],
): Reply {
  const n = agreed.names.length;
  const all = n === 2 ? 'Both' : `All ${n}`;
  return dataReply(
    `${typed} — ${all.toLowerCase()} ${what} agree`,
    [`${all} “${typed}” ${what} I have give the same: ${agreed.figure}`],
    sources,
    [`They are ${agreed.names.join(', ')}.`],
  );
}

/** One or two chip codes' variants asked for a spec ("A100 vs H100 — memory by variant"). */
export function chipVariantsReply(typed: string[], label: string, lines: string[], sources: Reply['sources']): Reply {
  return dataReply(`${typed.join(' vs ')} — ${label} by variant`, lines, sources);
}

/** A chip code's variants on one spec ("thermal design power by H100 variant"), grouped by value: one line when they
 * agree, a line per value otherwise; `inline` puts it all on one bullet, for a reply giving two specs. `from` is the
 * figure's source note, `lacking` the variants listed without the spec. */
export function variantValueLines(
  typed: string,
  label: string,
  from: string,
  groups: ValueGroup[],
  lacking: number,
  inline: boolean,
): string[] {
  const without = lacking ? ` (${lacking} more listed without one)` : '';
  const each = groups.map((g) => `${g.figure}: ${g.names.join(', ')}`);
  if (inline) return [`• ${label} ${from}: ${each.join(' · ')}${without}`];
  if (groups.length === 1) return [`${label} of each ${typed} variant ${from}: ${each[0]}${without}`];
  return [`${label} by ${typed} variant ${from}${without}:`, ...each.map((g) => `• ${g}`)];
}

/** A candidate's figure shortened to fit beside others on one line: the value, what it covers (up to its first
 * colon) and the source ("~$5.01M (final training run, Epoch AI models)"). */
export function shortFigure(figure: string): string {
  const m = /^(.*?)\s*\[([^\]]*)\]\s*\.?$/.exec(figure);
  // A price list's line names its provider first and a cached-input price last: the provider joins the source.
  const sold = /^([^:$]+): (input .*)$/.exec((m ? m[1]! : figure).replace(/\.$/, ''));
  const body = (sold ? sold[2]! : (m ? m[1]! : figure).replace(/\.$/, '')).replace(/ · cached input \S+/, '');
  const source = [sold?.[1], m ? m[2]!.split(' · ').pop() : undefined].filter(Boolean).join(', ');
  const [value, covers] = body.split(' — ');
  const what = [covers?.split(/: |; /)[0], source].filter(Boolean).join(', ');
  return what ? `${value} (${what})` : value!;
}

/** Under an answer about one model of a family: asks which was meant, naming the family's other members, each with
 * its figure for what was asked when it has one. */
export function familyLine(typed: string, others: Candidate[], more: number): string {
  // "Epoch's publication date for Claude 2: 2023-07-11" → "Claude 2: 2023-07-11 (Epoch's publication date)".
  const own = (c: Candidate) => {
    const [label, value] = c.figure!.split(` for ${c.name}: `);
    return value ? `${value.replace(/\.$/, '')} (${label})` : shortFigure(c.figure!);
  };
  const named = others.map((c) => (c.figure ? `${c.name}: ${own(c)}` : c.name));
  const sep = others.some((c) => c.figure) ? '; ' : ', ';
  const list = more > 0 ? `${named.join(sep)} and ${more} more` : named.join(sep);
  return `“${typed}” could mean several models — which one do you mean? Others: ${list}.`;
}

/** The other versions and sizes of a model answered by its own name ("Kimi K2" beside Kimi K2 Thinking), one line
 * after its answer, each with its figure where it has one: the answer stands, the line points to the others. */
export function otherVersionsLine(others: Candidate[], more: number): string {
  // The value alone ("~260 billion parameters"): its source is the answer's, cited above.
  const value = (figure: string) => shortFigure(figure).split(' (')[0];
  const named = others.map((c) => (c.figure ? `${c.name} (${value(c.figure)})` : c.name));
  const list = more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
  return `Other versions: ${list}.`;
}

/** What the articles say of a model's openness, leading a reply that then gives the data sets' grades: how open they
 * call it, under which licence, and whether that licence passes the author's test of truly open. */
export function articleOpennessLine(
  model: string,
  open: string,
  licence?: { name: string; description: string; trulyOpen: boolean },
  passing: string[] = [],
): string {
  if (!licence) return `The articles call ${model} ${open}; the data sets grade it as follows.`;
  const test = passing.length ? ` (only ${passing.join(' and ')} pass)` : '';
  if (licence.trulyOpen)
    return `The articles call ${model} ${open} under the ${licence.name}, truly open by the author’s test.`;
  return `The articles call ${model} ${open} under the ${licence.name}, not truly open by the author’s test${test}: ${licence.description}`;
}

/** The articles' test of openness over the licences they discuss: which pass, and what the others restrict. */
export function licenceTestLines(passing: string[], failing: Array<{ name: string; description: string }>): string[] {
  return [
    `Only ${passing.join(' and ')} count as truly open by the author’s test; every other licence comes with strings.`,
    ...failing.map((l) => `• Not truly open: ${l.name} — ${l.description}`),
  ];
}

/** A price tier asked ("batch", "priority", "long prompts") that no price list gives for a model. */
export function noTierPriceLine(model: string, tiers: string[]): string {
  const names: Record<string, string> = {
    batch: 'Batch API',
    priority: 'priority',
    flex: 'flex',
    above: 'long-prompt',
  };
  const what = tiers.map((t) => names[t] ?? t).join(' or ');
  return `The price lists give no ${what} price for ${model}; its standard prices are:`;
}

/** Providers named as sellers ("what does groq charge for …") that no price list gives for a model: said first, so
 * another provider's price is not read as theirs. */
export function noSellerPriceLine(model: string, sellers: string[]): string {
  return `I don't have a price for ${model} from ${sellers.join(' or ')} in the price lists; other providers:`;
}

/** A model only one of the two price lists has (newer than LiteLLM's snapshot, or one genai-prices alone tracks): said
 * first, so that a price from one list is not read as both lists agreeing — and a name a reader thinks unreleased is
 * seen to come from one source only. */
export function oneListPriceLine(model: string, several = false): string {
  return `LiteLLM's price map (Jul 2026) has no entry for ${model}; only genai-prices (2 Dec 2026) lists ${several ? 'them' : 'it'}.`;
}

/** Under Epoch's figures for a model whose versions it gives other values for: the version the figures above are of,
 * the others' values, and which one was meant. */
export function datedVersionsLine(model: string, shown: string | undefined, others: string[]): string {
  const above = shown ? ` The figures above are for ${shown};` : '';
  return `${VERSIONS_OPENING} ${model}.${above} other versions: ${others.join('; ')}. Which one do you mean?`;
}

const VERSIONS_OPENING = 'Epoch lists several versions of';

/** Whether a line is `datedVersionsLine`'s: a note under a figure, not the figure. */
export function isVersionsLine(line: string): boolean {
  return line.startsWith(VERSIONS_OPENING);
}

/** Releases of one family that the Model Openness Tool lists with one licence for their weights. */
export function familyLicenceLine(releases: string[], licence: string, what = 'weights'): string {
  return `The Model Openness Tool lists ${releases.length} releases, all with ${what} under ${licence} [mot]: ${releases.join(', ')}.`;
}

/** A data-set answer: title, lines, and the sources cited. */
export function dataReply(title: string, lines: string[], sources: Reply['sources'], notes: string[] = []): Reply {
  return reply('answer', title, lines, { sources, notes });
}

/** Wording of the Slack App Home tab (src/adapters/slack/home.ts lays it out). */
export const HOME_TEXT = {
  title: 'aiecon — the economics of open AI, with sources',
  intro:
    'Ask me about training costs, prices, revenues, licences and markets of open and closed AI models. Mention me in a channel, write to me here in Messages, or use /aiecon. Follow up in the thread: I remember what it is about. Every figure names its source.',
  examplesNote: 'Click an example and I answer it in our direct messages.',
  digestsTitle: 'Digests in your channels',
  noDigests: 'None of your channels has a digest yet. In a channel, type /aiecon digest daily 09:00 Europe/Berlin.',
  digestsUnavailable: 'I could not look up your channels just now, so I cannot list their digests.',
  moreDigests: (n: number) => `…and ${n} more.`,
  digestLine: (channel: string, schedule: string, gaps: boolean) =>
    `• ${channel} — ${schedule}${gaps ? ', with the questions I could not answer' : ''}`,
  footer: '/aiecon help lists every command. 👍/👎 under an answer tells the people who keep the knowledge.',
} as const;

/** Wording of the `gaps` command (src/digest/gaps.ts). */
export const GAPS_TEXT = {
  channelTitle: 'Gaps are per channel',
  workspaceTitle: 'Gaps are workspace-wide',
  channelLine:
    'A digest with --gaps lists the questions I could not answer in its own channel. Questions asked in DMs or private channels never show anywhere else.',
  workspaceLine:
    'A digest with --gaps lists the questions I could not answer in any public channel, with how often each was asked — never who asked or where. DMs and private channels are never included.',
  /** Who may switch, in each platform's words: a Discord server's admins are those with Manage Server. */
  howToSwitch: (platform: 'slack' | 'discord') =>
    platform === 'discord'
      ? 'Someone with Manage Server switches this with: /aiecon gaps workspace:on  /  workspace:off'
      : 'A workspace admin or owner switches this with: gaps workspace on  /  gaps workspace off',
  usageTitle: 'Use gaps, gaps workspace on or gaps workspace off.',
  adminsOnly: (platform: 'slack' | 'discord') =>
    platform === 'discord'
      ? 'Only someone with Manage Server can change this.'
      : 'Only a workspace admin or owner can change this.',
  adminsOnlyLine: (platform: 'slack' | 'discord') =>
    `Nothing was changed. Ask ${platform === 'discord' ? 'someone who manages this server' : 'an admin of this workspace'} to run it.`,
  turnedOn: 'Workspace-wide gaps are on',
  turnedOff: 'Gaps are per channel again',
  badSurface: 'Gaps can only be set from Slack or Discord.',
  workspaceSection: (since: string) =>
    `Questions I could not answer in the workspace's public channels since ${since} (counts only):`,
} as const;

/** What a described subject was read as: "Read “the quant fund's reasoning model” as DeepSeek R1." */
export function readAsNote(read: Array<{ phrase: string; name: string }>): string {
  return `Read ${read.map((r) => `“${quoteSnippet(r.phrase)}” as ${r.name}`).join(', ')}.`;
}

/** A gap the source states as a range, put before the gap its rounded rates work out to. */
export function sourcedGapLine(figure: string): string {
  return `${figure} — the source's own range; its two rates below give the exact gap.`;
}

/** Who made a model and where the maker is based; a collaboration's countries joined ("France and Germany"). */
export function makerCountryLine(model: string, maker: string, country: string, source?: string): string {
  const parts = country.split(/,\s*/);
  const where = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : country;
  const by = parts.length > 1 ? "; its developers' countries:" : ', based in';
  return `${model} is by ${maker}${by} ${where}${source ? ` [${source}]` : ''}.`;
}

/** A company asked a figure only a company it owns has: whose figure follows. */
export function ownedHolderLine(owner: string, owned: string): string {
  return `${owner} owns ${owned}; the figure is ${owned}'s.`;
}

/** A maker's country asked where no source gives one. */
export function noCountryNote(maker: string): string {
  return `I don't have a sourced country for ${maker}.`;
}

/** One of Epoch's cost estimates asked beside a run's GPU-hours, as Epoch gives it. */
export function epochEstimateLine(raw: string): string {
  return `Epoch's estimate: ${raw}.`;
}

/** The same calculation with a chip's other variants ("NVIDIA H100 PCIe (350 W): $25,550"). */
export function variantsLine(results: string[]): string {
  return `With the other variants: ${results.join('; ')}.`;
}

/** A side of a comparison of ratios that lacks an input: said plainly, never filled with another side's figure. */
export function noRatioInput(name: string, lacks: string[], num: string, den: string): string {
  return `• I don't have ${lacks.join(' or ')} for ${name}, so no ${num} ÷ ${den} for it.`;
}

/** A side of a comparison that lacks the figure asked: said plainly, the other side still shown. */
export function noSideFigure(name: string, what: string): string {
  return `• I don't have ${what} for ${name}.`;
}

/** "I don't have GPT-4o's token prices for 2023": a year before every cited source, said before today's figures. */
export function pastYearPreface(title: string, year: string, asOf: string): string {
  const [subject, measure] = title.split(' — ');
  const what = measure ? `${subject}'s ${measure}` : subject;
  return `I don't have ${what} for ${year}: the figures below are as of ${asOf}, not ${year}'s.`;
}

/** A figure asked for a year past every source's date, which no source forecasts: declined, never today's figure. */
export function futureYearReply(what: string, year: string, present: number, retry?: string): Reply {
  const lines = [
    `I don't have ${what} for ${year}: my sources end in ${present} and none of them forecasts it, so I won't guess.`,
  ];
  lines.push(`The figures I have are as of ${present} or earlier${retry ? ` — ask “${retry}” for those` : ''}.`);
  return reply('unknown', `Not in my sources: ${quoteSnippet(what, 40)} for ${year}`, lines, {
    suggestions: retry ? [retry] : [],
  });
}
