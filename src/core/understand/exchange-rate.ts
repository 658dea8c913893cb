// An amount the user writes in one currency and the exchange rate they give to another: "€45k compute credit,
// eur/usd 1.08" is €45k × 1.08 = $48,600; "¥2.96B at 7.1 CNY/USD" is ¥2.96B ÷ 7.1 = $416.9M. The rate's direction
// must be written (a pair "EUR/USD 1.08", a unit "7.1 CNY/USD", "7.2 yuan to the dollar", "1 EUR = 1.08 USD"); a bare
// "at 1.08" could go either way, so it converts nothing.
import { SUFFIX } from '../calc.js';
import { formatMoney } from '../format.js';
import type { Quantity } from './quantities.js';

export type Currency = 'USD' | 'EUR' | 'GBP' | 'CNY' | 'JPY';

/** A currency's code, sign or name as written. */
const CURRENCY = '(usd|us\\$|\\$|dollars?|bucks|eur|€|euros?|gbp|£|pounds?|sterling|cny|rmb|¥|yuan|renminbi|jpy|yen)';
function currencyOf(w: string): Currency {
  if (/^(?:eur|€)/.test(w)) return 'EUR';
  if (/^(?:gbp|£|pound|sterling)/.test(w)) return 'GBP';
  if (/^(?:cny|rmb|¥|yuan|renminbi)/.test(w)) return 'CNY';
  if (/^(?:jpy|yen)/.test(w)) return 'JPY';
  return 'USD';
}
export const NAME: Record<Currency, [string, string]> = {
  USD: ['dollar', 'dollars'],
  EUR: ['euro', 'euros'],
  GBP: ['pound', 'pounds'],
  CNY: ['yuan', 'yuan'],
  JPY: ['yen', 'yen'],
};
const SIGN: Record<Currency, string> = { USD: '$', EUR: '€', GBP: '£', CNY: '¥', JPY: 'JP¥' };

const NUM = '(\\d[\\d,]*(?:\\.\\d+)?)';
const SCALE = '(?:\\s?(thousand|million|billion|trillion|mn|bn|k|m|b|t)(?![a-z]))?';
/** "€45k", "¥2.96B", "£3 million", "eur 20k". */
const SIGNED_AMOUNT = new RegExp(
  `(?<![\\w.])(\\$|usd\\s?|€|£|¥|eur\\s?|gbp\\s?|cny\\s?|rmb\\s?|jpy\\s?)${NUM}${SCALE}`,
  'g',
);
/** "45k euros", "2.96B yuan", "3 million pounds". */
const NAMED_AMOUNT = new RegExp(
  `(?<![\\w.$€£¥])${NUM}${SCALE}\\s*(euros?|eur|pounds?|gbp|yuan|rmb|cny|yen|jpy)\\b(?!\\s*(?:/|per\\b|to\\b|=|a\\s+(?:dollar|usd)))`,
  'g',
);

export interface Rate {
  /** One unit of `base` is `value` of `quote`. */
  base: Currency;
  quote: Currency;
  value: number;
  at: number;
  end: number;
}

/** The ways a rate's direction is written, each giving which currency is one unit. */
const RATE_FORMS: Array<{ rx: RegExp; read: (m: RegExpExecArray) => Omit<Rate, 'at' | 'end'> }> = [
  // "eur/usd 1.08", "EURUSD at 1.08", "usd/cny = 7.1", "eur→usd at 1.08", "eur to usd 1.08": a quoted pair, one of the
  // first in the second.
  {
    rx: new RegExp(
      `\\b${CURRENCY}\\s*(?:/|→|->|=>|\\bto\\b|\\binto\\b)?\\s*${CURRENCY}\\s*(?:rate\\s*)?(?:of|at|=|is|:|@)?\\s*${NUM}(?![\\d%])`,
      'g',
    ),
    read: (m) => ({ base: currencyOf(m[1]!), quote: currencyOf(m[2]!), value: num(m[3]!) }),
  },
  // "1 EUR = 1.08 USD", "€1 = $1.08", "$1 = ¥7.1".
  {
    rx: new RegExp(
      `(?:\\b1\\s*${CURRENCY}|${CURRENCY}\\s*1)(?![\\d.,])\\s*(?:=|is|buys|gets)\\s*${CURRENCY}?\\s*${NUM}\\s*${CURRENCY}?`,
      'g',
    ),
    read: (m) => ({ base: currencyOf(m[1] ?? m[2]!), quote: currencyOf(m[3] ?? m[5] ?? ''), value: num(m[4]!) }),
  },
  // "7.1 CNY/USD", "7.1 yuan per dollar", "7.2 to the dollar", "0.92 eur = $1": so many of the first per one of the
  // second (the first left unnamed is the amount's own currency).
  {
    rx: new RegExp(
      `(?<![\\w.$€£¥])${NUM}\\s*${CURRENCY}?\\s*(?:/|per|to(?:\\s+the|\\s+one|\\s+a)?|=|a|for(?:\\s+one|\\s+a|\\s+each)?)\\s*(?:1\\s*)?${CURRENCY}(?![\\w])`,
      'g',
    ),
    read: (m) => ({ base: currencyOf(m[3]!), quote: m[2] ? currencyOf(m[2]) : 'USD', value: num(m[1]!) }),
  },
];

function num(raw: string): number {
  return Number(raw.replace(/,/g, ''));
}

/** The first exchange rate written outside `skip` (the amount's own text), with the currencies it joins; undefined
 * when none, or when its direction is unwritten. */
function rateIn(s: string, amount: Currency, skip: [number, number] | Array<[number, number]>): Rate | undefined {
  const skips = (typeof skip[0] === 'number' ? [skip] : skip) as Array<[number, number]>;
  for (const { read, at, end, unnamed } of writtenRates(s)) {
    if (skips.some(([a, b]) => at < b && end > a)) continue;
    // "7.2 to the dollar": the currency left unnamed is the amount's.
    const rate = { ...read, quote: unnamed ? amount : read.quote, at, end };
    if (rate.base !== rate.quote && rate.value > 0) return rate;
  }
  return undefined;
}

interface WrittenRate {
  read: Omit<Rate, 'at' | 'end'>;
  at: number;
  end: number;
  /** Written with its first currency left unnamed ("7.2 to the dollar"). */
  unnamed: boolean;
}

let lastRates: { s: string; rates: WrittenRate[] } | undefined;

/** Every rate the text writes, form after form, each form's in the order written: what `rateIn` reads, whatever it
 * skips. Kept for the last text, which is read once per amount it holds. */
function writtenRates(s: string): WrittenRate[] {
  if (lastRates?.s === s) return lastRates.rates;
  const rates = RATE_FORMS.flatMap((form) =>
    [...s.matchAll(form.rx)].map((m) => {
      const at = m.index ?? 0;
      return { read: form.read(m), at, end: at + m[0].length, unnamed: form === RATE_FORMS[2] && !m[2] };
    }),
  );
  lastRates = { s, rates };
  return rates;
}

/** The yuan-per-dollar rate written, either way round ("7.2 CNY/USD", "usd/cny 7.2", "7.2 to the dollar", "7.2 per
 * $", "$1 = ¥7.2"): a bare number before "to the dollar" is yuan, as the figure to convert is. */
export function yuanPerDollar(text: string): { value: number; raw: string; at: number } | undefined {
  const s = text.toLowerCase();
  const rate = rateIn(s, 'CNY', [0, 0]);
  if (!rate || [rate.base, rate.quote].sort().join('/') !== 'CNY/USD') return undefined;
  const value = rate.base === 'USD' ? rate.value : 1 / rate.value;
  return { value, raw: text.slice(rate.at, rate.end).trim(), at: rate.at };
}

/** The rate from dollars into the currency asked ("in euros at 0.92 eur per usd", "in GBP at 0.79 pounds per dollar",
 * "in yen at 150 to the dollar", "in GBP at 0.79"): so many of it per dollar, and where the rate is written. */
export function perDollarAsked(
  text: string,
): { to: Currency; value: number; raw: string; at: number; end: number } | undefined {
  const s = text.toLowerCase();
  const asked = ASKED.exec(s) ?? PER_DOLLAR_NAMED.exec(s);
  const to = asked ? currencyOf(asked[1]!) : undefined;
  if (!to || to === 'USD') return undefined;
  const written = rateIn(s, to, [0, 0]);
  const joins = written && [written.base, written.quote].sort().join('/') === [to, 'USD'].sort().join('/');
  const rate = joins ? written : bareRate(s, to, []);
  if (!rate) return undefined;
  const value = rate.base === 'USD' ? rate.value : 1 / rate.value;
  return { to, value, raw: text.slice(rate.at, rate.end).trim(), at: rate.at, end: rate.end };
}

/** A currency named as so many per dollar, when no "in …" asks it: "at 0.92 eur per usd". */
const PER_DOLLAR_NAMED = new RegExp(
  `\\d\\s*${CURRENCY}\\s*(?:/|per|to(?:\\s+the|\\s+one|\\s+a)?|=|for(?:\\s+one|\\s+a|\\s+each)?)\\s*(?:1\\s*)?(?:usd|us\\$|\\$|dollars?|bucks)(?![\\w])`,
);

/** The currency asked for: "in dollars", "how many dollars", "to usd", "in euros". */
const ASKED = new RegExp(`\\b(?:in|into|to|how many|as|convert(?:ed)?\\s+to)\\s+(?:us\\s+)?${CURRENCY}(?![\\w])`);

export interface Conversion {
  value: number;
  raw: string;
  /** Where the amount is written: [start, end). */
  span: [number, number];
  from: Currency;
  to: Currency;
  rate: Rate;
}

/** The one amount in a currency and the exchange rate to another that every other currency amount belongs to. */
export function conversionIn(text: string): Conversion | undefined {
  const s = text.toLowerCase();
  // "¥75,000 (JPY) at 150 yen per dollar": the sign yuan and yen share is yen when the text names yen and never yuan.
  const yen = /\b(?:jpy|yen)\b/.test(s) && !/\b(?:cny|rmb|yuan|renminbi)\b/.test(s);
  const signed = (w: string): Currency => (w === '¥' && yen ? 'JPY' : currencyOf(w));
  const amounts = [
    ...[...s.matchAll(SIGNED_AMOUNT)].map((m) => ({ m, cur: signed(m[1]!.trim()), n: m[2]!, scale: m[3] })),
    ...[...s.matchAll(NAMED_AMOUNT)].map((m) => ({ m, cur: currencyOf(m[3]!), n: m[1]!, scale: m[2] })),
  ];
  // The amount is the one whose rate holds every other currency amount written ("€1 = $1.08" is the rate).
  // Asked once, on first need: not once per amount of a long message.
  let currencyAsked: boolean | undefined;
  const asksCurrency = () => {
    currencyAsked ??= ASKED.test(s);
    return currencyAsked;
  };
  const found = amounts.flatMap((a) => {
    const at = a.m.index ?? 0;
    const rate =
      rateIn(s, a.cur, [at, at + a.m[0].length]) ??
      (asksCurrency() && a.cur !== 'USD' ? bareRate(s, a.cur, [[at, at + a.m[0].length]]) : undefined);
    const others = amounts.filter((o) => o !== a);
    return rate && others.every((o) => (o.m.index ?? 0) >= rate.at && (o.m.index ?? 0) < rate.end) ? [{ a, rate }] : [];
  });
  if (found.length !== 1) return undefined;
  const [{ a, rate }] = found as [(typeof found)[0]];
  const { m, cur, n, scale } = a;
  if (rate.base !== cur && rate.quote !== cur) return undefined;
  const to = rate.base === cur ? rate.quote : rate.base;
  const asked = ASKED.exec(s);
  if (asked && currencyOf(asked[1]!) !== to) return undefined;
  const at = m.index ?? 0;
  const end = at + m[0].length;
  const value = num(n) * (scale ? SUFFIX[scale]! : 1);
  return { value, raw: text.slice(at, end).trim(), span: [at, end], from: cur, to, rate };
}

/** The amount converted into the rate's other currency. */
export function converted(c: Conversion): number {
  return c.rate.base === c.from ? c.value * c.rate.value : c.value / c.rate.value;
}

/** "€45k, eur/usd 1.08, split 3 ways": an amount in another currency, with the rate to dollars, enters a calculation
 * in dollars ("€45k at 1.08 dollars per euro"), and the rate is no input of its own. */
export function inDollars(text: string, quantities: Quantity[]): Quantity[] {
  const c = conversionIn(text);
  if (c?.to !== 'USD') return convertedAll(text, quantities) ?? quantities;
  const inside = (x: Quantity, [a, b]: [number, number]) => x.at >= a && x.at < b;
  const amount = quantities.find((x) => inside(x, c.span) && x.dims.usd === 1);
  // "€2.20/hr" and other rates: every amount converted, the units kept.
  if (!amount || amount.dims.hour !== undefined || Object.keys(amount.dims).length !== 1)
    return convertedAll(text, quantities) ?? quantities;
  const raw = `${c.raw} at ${rateWords(c.rate)}`;
  return quantities
    .filter((x) => x === amount || !inside(x, [c.rate.at, c.rate.end]))
    .map((x) => (x === amount ? { ...x, value: converted(c), raw, currency: undefined } : x));
}

/** "in usd @ 1.08", "at a rate of 0.79": a bare exchange rate, read the way such rates are quoted. Euros and pounds
 * are worth about a dollar or more, so a rate of 1 or more is dollars per one of them, below 1 so many of them per
 * dollar; yuan and yen are quoted so many per dollar. */
const BARE_RATE =
  /(?:@|\bat(?: a rate of)?|\b(?:fx|exchange)?\s*rate(?: of| is|:)?)\s*(\d+(?:\.\d+)?)(?![\d,]|\.\d|\s*(?:%|\/|per\b|x\b|×|[kmb]\b|thousand|million|billion|an?\s|each|hour|hr|h\b|month|mo\b|year|yr|day|gpu|tok))/g;
function bareRate(s: string, foreign: Currency, skips: Array<[number, number]>): Rate | undefined {
  for (const m of s.matchAll(BARE_RATE)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    if (skips.some(([a, b]) => at < b && end > a)) continue;
    const value = num(m[1]!);
    if (!(value > 0)) continue;
    const perDollar = foreign === 'CNY' || foreign === 'JPY' ? true : value < 1;
    return perDollar
      ? { base: 'USD', quote: foreign, value, at, end }
      : { base: foreign, quote: 'USD', value, at, end };
  }
  return undefined;
}

/** "€2.40/gpu-hr in usd @ 1.08", "€1,200 a month at 1.1 usd per eur — a year in dollars?", "45k USD, in GBP at 0.79
 * — per day?": every amount in one currency, rates too, converted at the rate written into the currency the question
 * works in (dollars, or the one asked), the rate no input of its own. */
export function convertedAll(text: string, quantities: Quantity[]): Quantity[] | undefined {
  const s = text.toLowerCase();
  const money = quantities.filter((q) => q.dims.usd === 1);
  const curs = [...new Set(money.flatMap((q) => (q.currency ? [q.currency as Currency] : [])))];
  if (curs.length > 1) return undefined;
  const asked = ASKED.exec(s);
  const want = asked ? currencyOf(asked[1]!) : 'USD';
  // Amounts in another currency go into dollars (or the one asked); dollar amounts into the one asked.
  const from: Currency = curs[0] ?? 'USD';
  if (from === want) return undefined;
  const other = from === 'USD' ? want : from;
  const span = (q: Quantity) => [q.at, q.at + q.raw.length] as [number, number];
  const skips = money.filter((q) => (q.currency ?? 'USD') === from && q.currency !== undefined).map(span);
  const written = rateIn(s, other, from === 'USD' ? money.map(span) : skips);
  const joins = (r?: Rate) => r && [r.base, r.quote].includes(other) && [r.base, r.quote].includes('USD');
  // A bare rate ("@ 1.08") only when a currency is asked, and never a number of the user's amounts.
  const rate = joins(written) ? written : asked ? bareRate(s, other, money.map(span)) : undefined;
  if (!rate) return undefined;
  const to: Currency = rate.base === from ? rate.quote : rate.base;
  const factor = rate.base === from ? rate.value : 1 / rate.value;
  const inRate = (x: Quantity) => x.at >= rate.at && x.at < rate.end;
  const words = `at ${rateWords(rate)}`;
  const converted = quantities.filter((x) => !inRate(x));
  if (!converted.some((x) => x.dims.usd === 1 && (x.currency ?? 'USD') === from)) return undefined;
  return converted.map((x) =>
    x.dims.usd === 1 && (x.currency ?? 'USD') === from
      ? {
          ...x,
          value: x.value * factor,
          ...(x.high !== undefined ? { high: x.high * factor } : {}),
          shown: `(${x.raw} ${words})`,
          covers: [...(x.covers ?? []), [rate.at, rate.end] as [number, number]],
          currency: to === 'USD' ? undefined : (to as Quantity['currency']),
        }
      : x,
  );
}

/** "1.08 dollars per euro". */
export function rateWords(rate: Rate): string {
  return `${Number(rate.value.toPrecision(6))} ${NAME[rate.quote][1]} per ${NAME[rate.base][0]}`;
}

/** Dollar signs in a shown amount put in the currency the user wrote ("€1,200 a month"); as is for dollars. */
export function inCurrencyOf(shown: string, c: Currency | undefined): string {
  return c && c !== 'USD' ? shown.replace(/\$/g, SIGN[c]) : shown;
}

export function moneyIn(n: number, c: Currency): string {
  return formatMoney(n, 'USD').replace('$', SIGN[c]);
}
