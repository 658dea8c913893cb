// How numbers and figures read in replies: "$5.6M", "~$79M", "$100M+", "$60–640M", "60–75%", "≈17.9×".
import type { Figure } from '../knowledge/schema.js';

/** How each basis reads in a reply. */
export const BASIS_WORDS: Record<Figure['basis'], string> = {
  reported: 'reported',
  estimate: 'estimate',
  projection: 'projection',
  claim: 'claim',
  'computed-by-source': 'computed by the source',
};

const SCALES: Array<[number, string]> = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'K'],
];

/** What a formatter prints for NaN or ±Infinity; callers check their inputs first and reply with a sentence. */
export const NO_NUMBER = 'n/a';

/** Trims a number to at most `digits` significant decimals without trailing zeros. */
export function trimNumber(n: number, maxDecimals = 2): string {
  if (!Number.isFinite(n)) return NO_NUMBER;
  const clean = denoised(n);
  const abs = Math.abs(clean);
  const decimals = abs >= 100 ? 0 : abs >= 10 ? Math.min(1, maxDecimals) : maxDecimals;
  return grouped(decimals).format(roundHalfUp(clean, decimals));
}

/** Rounds as the decimal written rounds: 1.295 to two places is 1.30, though the double nearest 1.295 is 1.29499…. */
function roundHalfUp(n: number, decimals: number): number {
  const sign = n < 0 ? -1 : 1;
  return sign * Number(`${Math.round(Number(`${Math.abs(n)}e${decimals}`))}e-${decimals}`);
}

/**
 * A result without the binary noise of the arithmetic that made it: $150K ÷ $8K a month reached through hourly
 * rates is 18.749999… months, which rounds to 18.7 where the exact 18.75 rounds to 18.8.
 */
export function denoised(n: number): number {
  return Number(n.toPrecision(12));
}

/** One formatter per number of decimals: toLocaleString builds a new one on every call, which is slow. */
const formatters = new Map<number, Intl.NumberFormat>();
export function grouped(maxDecimals: number): Intl.NumberFormat {
  let f = formatters.get(maxDecimals);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { maximumFractionDigits: maxDecimals });
    formatters.set(maxDecimals, f);
  }
  return f;
}

function scaled(n: number): [number, string] {
  const abs = Math.abs(n);
  for (const [size, suffix] of SCALES) if (abs >= size) return [n / size, suffix];
  return [n, ''];
}

/** "$5.6M", "$294K", "$0.07", "¥2.96B"; numbers under 10,000 keep their digits ("$1,100"). */
export function formatMoney(n: number, currency: string = 'USD'): string {
  if (!Number.isFinite(n)) return NO_NUMBER;
  const sign = currency === 'CNY' ? '¥' : '$';
  const neg = n < 0 ? '-' : '';
  const abs = Math.abs(denoised(n));
  if (abs < 10_000) return `${neg}${sign}${abs < 1 ? Number(abs.toPrecision(3)).toString() : grouped(2).format(abs)}`;
  const [v, suffix] = scaled(abs);
  return `${neg}${sign}${trimNumber(v, 2)}${suffix}`;
}

/** A count: 1,000 / 100K / 700M / 1.2B. */
/** The whole things a budget buys: floored, after a relative tolerance so that $200 ÷ $10 per million tokens (which
 * floating point makes 19,999,999.999…) buys 20,000,000, not 19,999,999. */
export function floorCount(n: number): number {
  return Math.floor(n + Math.max(1e-9, Math.abs(n) * 1e-12));
}

export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return NO_NUMBER;
  if (Math.abs(n) < 100_000) return grouped(2).format(n);
  const [v, suffix] = scaled(n);
  return `${trimNumber(v, 2)}${suffix}`;
}

/** A ratio: "≈17.9×", "≈1,083×", "≈2.4×". */
export function formatRatio(r: number): string {
  if (!Number.isFinite(r)) return NO_NUMBER;
  const digits = r >= 100 ? 0 : r >= 1.5 ? 1 : 2;
  return `≈${grouped(digits).format(Number(r.toFixed(digits)))}×`;
}

/** A percentage from a fraction or a percent value: 0.9 → "90%" when `fraction`. */
export function formatPercent(p: number): string {
  if (!Number.isFinite(p)) return NO_NUMBER;
  // "0.066%", "0.0037%": a small share keeps two decimals, or two significant digits below 0.01%, rather than rounding
  // to a "0%" that is no answer.
  if (p !== 0 && Math.abs(p) < 0.01) return `${Number(p.toPrecision(2))}%`;
  return `${trimNumber(p, Math.abs(p) < 1 ? 2 : 1)}%`;
}

function formatScalar(f: Figure, n: number): string {
  switch (f.unit) {
    case 'money':
      return formatMoney(n, f.currency);
    case 'money/month':
      return `${formatMoney(n, f.currency)}/month`;
    case 'money/year':
      return `${formatMoney(n, f.currency)}/year`;
    case 'money/Mtok':
      return `${formatMoney(n, f.currency)} per million tokens`;
    case 'money/second':
      return `${formatMoney(n, f.currency)} per second of audio`;
    case 'money/image':
      return `${formatMoney(n, f.currency)} per image`;
    case 'money/character':
      return `${formatMoney(n, f.currency)} per character`;
    case 'money/query':
      return `${formatMoney(n, f.currency)} per query`;
    case 'percent':
      return `${trimNumber(n, 1)}%`;
    case 'multiple':
      return `${trimNumber(n, 2)}×`;
    case 'points':
      return `${trimNumber(n, 2)} pt`;
    case 'months':
      return `${trimNumber(n, 1)} months`;
    case 'years':
      return `${trimNumber(n, 1)} years`;
    case 'count':
      return formatCount(n);
    case 'FLOP':
      return `${formatScientific(n)} FLOP`;
    case 'FLOP/s':
      // Chip sheets quote TFLOP/s; both forms, so "989 TFLOP/s" and "9.89×10^14" are each findable. At least three
      // significant figures: "82.6 TFLOP/s", never "83".
      return n >= 1e12
        ? `${formatScientific(n)} FLOP/s (${formatCount(n >= 1e14 ? Math.round(n / 1e12) : Number((n / 1e12).toPrecision(3)))} TFLOP/s)`
        : `${formatScientific(n)} FLOP/s`;
    case 'tokens':
      return `${formatCount(n)} tokens`;
    case 'hours':
      return n >= 48
        ? `${formatCount(Math.round(n * 10) / 10)} hours (~${trimNumber(n / 24, 0)} days)`
        : `${trimNumber(n, 1)} hours`;
    case 'bytes':
      return formatBytes(n, '');
    case 'bytes/s':
      return formatBytes(n, '/s');
    case 'watts':
      // A training cluster draws megawatts; a chip's TDP is a few hundred watts.
      return n >= 1e6 ? `${trimNumber(n / 1e6, 2)} MW` : `${formatCount(n)} W`;
  }
}

/** "2.1e25" reads badly in chat; "2.1×10^25" is what the data sets print. */
export function formatScientific(n: number): string {
  if (!Number.isFinite(n)) return NO_NUMBER;
  if (n === 0) return '0';
  const exp = Math.floor(Math.log10(Math.abs(n)));
  if (exp < 6) return formatCount(n);
  const mant = n / 10 ** exp;
  return `${Number(mant.toFixed(2))}×10^${exp}`;
}

/** Decimal units as chip sheets use them: 80 GB, 3.35 TB/s. */
function formatBytes(n: number, tail: string): string {
  const units: Array<[number, string]> = [
    [1e15, 'PB'],
    [1e12, 'TB'],
    [1e9, 'GB'],
    [1e6, 'MB'],
  ];
  for (const [size, u] of units) if (n >= size) return `${trimNumber(n / size, 2)} ${u}${tail}`;
  return `${formatCount(n)} B${tail}`;
}

/** Splits a formatted value into number part and unit tail so ranges read "$60–640M", "60–75%". */
function rangeText(f: Figure, lo: number, hi: number): string {
  const a = formatScalar(f, lo);
  const b = formatScalar(f, hi);
  if (f.unit.startsWith('money')) {
    const [, sa] = scaled(Math.abs(lo));
    const [, sb] = scaled(Math.abs(hi));
    const tail = b.replace(/^[$¥][\d.,]+[KMBT]?/, '');
    if (sa === sb && sa !== '' && tail === a.replace(/^[$¥][\d.,]+[KMBT]?/, ''))
      return `${a.replace(/[KMBT](?=\D*$|$)/, '').replace(tail, '')}–${b.replace(/^[$¥]/, '')}`;
    return `${a.replace(tail, '')}–${b}`;
  }
  const unitTail = b.replace(/^[\d.,]+/, '');
  return `${a.replace(unitTail, '')}–${b}`;
}

/** The value of a figure as users read it: "~$79M", "$100M+", "$60–640M", "60–75%", "~1,000 V100 GPUs". */
export function formatFigureValue(f: Figure): string {
  let text = f.range ? rangeText(f, f.range[0], f.range[1]) : formatScalar(f, f.value!);
  if (f.bound === 'at-least') text = `${text}+`;
  else if (f.bound === 'about') text = `~${text}`;
  else if (f.bound === 'at-most') text = `under ${text}`;
  if (f.of && (f.unit === 'count' || f.unit === 'multiple')) text = `${text} ${f.of}`;
  return text;
}

/** The numbers a figure stands for, for arithmetic: [value] or [low, high]. */
export function figureNumbers(f: Figure): number[] {
  return f.range ? [f.range[0], f.range[1]] : [f.value!];
}

/** A single representative number: the value, or the low end of a range (stated as such by callers). */
export function figureLow(f: Figure): number {
  return f.range ? f.range[0] : f.value!;
}
