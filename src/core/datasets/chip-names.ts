// Chip names as people type them: a code ("H100", "MI300X", "v5p") and qualifiers in any order and spelling
// ("SXM", "sxm5", "80GB", "80 GB", "PCIe"). Epoch's names carry vendor and series words ("NVIDIA Tesla V100
// SXM2 32 GB", "NVIDIA HGX H20") nobody types, so the exact alias map misses most typed chips. A code with
// qualifiers that fit one chip names it; a bare code that several chips share asks which one; qualifiers no
// chip of that code has ("H100 SXM 40GB", "L40S") name a chip the data lacks, declined rather than answered
// with a sibling.
import { type Token, tokenize } from '../../knowledge/normalize.js';
import type { Entity } from '../../knowledge/schema.js';

/** A word of a name: glued tokens merged ("h100", "sxm5"), a size with its unit ("80gb"). */
interface Word {
  w: string;
  from: number;
  to: number;
}

interface ChipName {
  id: string;
  code: string;
  quals: string[];
  /** Words written before the code ("nvidia", "tesla", "tpu"). */
  before: string[];
  /** The bracketed nickname's words ("blackwell", "ultra" of "NVIDIA B300 (Blackwell Ultra)"): typed after the code,
   * they fit this chip only, and are no qualifier of any other. */
  nick: string[];
}

/** What the chip names found at one position of a question; `code` is the chip code as read ("h100" of "NVIDIA H100s
 * SXM"), with the series word in front when the code alone is also a model word ("tpu v4"). */
export type ChipHit =
  | { kind: 'chips'; code: string; ids: string[]; from: number; to: number }
  | { kind: 'unknown'; code: string; text: string; siblings: string[]; from: number; to: number };

const HAS_CODE = /^[a-z]+\d+[a-z\d]*$/;
/** A code of digits first ("910C" of "Huawei Ascend 910C", "4090" of "GeForce RTX 4090"), never a size ("80gb"). A
 * chip named so is read only after a word its name has before the code ("huawei 910c"). */
const DIGIT_CODE = /^\d{3,}[a-z\d]*$/;
/** A memory size, a count or a power ("80gb", "8x", "700w"); "70b" is a model's size, but three digits and a "b"
 * ("910b" of Huawei Ascend 910B) stay a code. */
const SIZE = /^\d+(gb|tb|gib|mb|k|m|x|w|s)$|^\d{1,2}b$/;
const digitCode = (w: string) => DIGIT_CODE.test(w) && !SIZE.test(w);
/** A memory size or form factor people also write before the code ("the 40GB A100 SXM", "SXM H100"). */
const LEAD_QUAL = /^(\d+gb|sxm\d*|pcie|nvl)$/;
const UNIT = /^(gb|tb|gib)$/;

/** A text's words with glued tokens merged and "80 GB" joined; token ranges kept. */
function mergedWords(tokens: Token[]): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < tokens.length; ) {
    let j = i;
    let w = tokens[i]!.t;
    while (tokens[j]!.gluedNext && j + 1 < tokens.length) w += tokens[++j]!.t;
    out.push({ w, from: i, to: j + 1 });
    i = j + 1;
  }
  // "80 GB" and "80GB" are one qualifier.
  for (let k = out.length - 2; k >= 0; k--)
    if (/^\d+$/.test(out[k]!.w) && UNIT.test(out[k + 1]!.w)) {
      out[k] = { w: `${out[k]!.w}gb`, from: out[k]!.from, to: out[k + 1]!.to };
      out.splice(k + 1, 1);
    }
  for (const x of out) x.w = x.w.replace(/(\d)(gib|tb)$/, '$1gb');
  return out;
}

/** Whether the tokeniser dropped an "s" right after a word ending in digits ("H100s", "L40S"). */
function dropsS(tokens: Token[], text: string, word: Word): boolean {
  const end = tokens[word.to - 1]!.end;
  return /\d$/.test(word.w) && /^[sS](?![a-zA-Z])/.test(text.slice(end, end + 2));
}

/** Whether a typed qualifier fits a name's: equal, or a series without its generation ("sxm" of "sxm5"). */
function fits(typed: string, own: string): boolean {
  if (typed === own) return true;
  // A data set's own misspelling ("NVIDIA L20 PCle" for PCIe): one letter off in a word of four letters or more.
  if (oneLetterOff(typed, own)) return true;
  if (/^[a-z]+$/.test(typed) && own.startsWith(typed) && /^\d+$/.test(own.slice(typed.length))) return true;
  return /^[a-z]+$/.test(own) && typed.startsWith(own) && /^\d+$/.test(typed.slice(own.length));
}

/** Two words of letters alone, four or more, the same but for one letter in one place ("pcie", "pcle"). */
function oneLetterOff(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 4 || !/^[a-z]+$/.test(a) || !/^[a-z]+$/.test(b)) return false;
  let diff = 0;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) diff++;
  return diff === 1;
}

/** Most codes whose family is kept. */
const MAX_FAMILIES = 4096;

/** Chip codes and qualifiers of every chip, built once. */
export class ChipNames {
  private readonly byCode = new Map<string, ChipName[]>();
  private readonly quals = new Set<string>();
  private readonly before = new Set<string>();
  private readonly codeById = new Map<string, string>();
  /** `family` by code: every call scans all codes, and a question asks at each of its words. */
  private readonly families = new Map<string, readonly ChipName[]>();
  /** Chips by a series code no chip's name carries, a family alias of each ("MI350" of MI350X and MI355X). */
  private readonly series = new Map<string, ChipName[]>();

  /** `isModelWord`: whether a code is also a word of model names; such a code ("v4" of DeepSeek V4) counts only
   * after its series word ("TPU v4"). */
  /** `lacked`: codes of chips the data lacks that read like a listed chip's plural ("l40s"), cue `chip-names-lacked`. */
  constructor(
    chips: Entity[],
    private readonly isModelWord: (code: string) => boolean,
    private readonly lacked: ReadonlySet<string> = new Set(),
  ) {
    for (const c of chips) {
      // A name's code is its first letters-and-digits word; words in brackets are a nickname ("(BI-V100)").
      const text = c.name.replace(/\(.*$/, '');
      const tokens = tokenize(text);
      const merged = mergedWords(tokens);
      let at = merged.findIndex((x) => HAS_CODE.test(x.w));
      if (at < 0) at = merged.findIndex((x, k) => k > 0 && digitCode(x.w));
      if (at < 0) continue;
      const words = merged.map((x) => x.w);
      // In a chip's own name an "s" after the digits is part of it ("V100S", "K40s"), never a plural.
      const code = dropsS(tokens, text, merged[at]!) ? `${words[at]}s` : words[at]!;
      const quals = words.slice(at + 1);
      // A memory size the name leaves out ("NVIDIA H100 PCIe" holds 80 GB) is the chip's too: "H100 PCIe 80GB".
      const memory = [...(c.data ?? []), ...c.figures].find((f) => f.metric === 'memory')?.value;
      const gb = memory ? memory / 1e9 : undefined;
      if (gb && Number.isInteger(gb) && !quals.some((q) => /^\d+gb$/.test(q))) quals.push(`${gb}gb`);
      const nick = mergedWords(tokenize(/\((.*)\)/.exec(c.name)?.[1] ?? '')).map((x) => x.w);
      const name: ChipName = { id: c.id, code, quals, before: words.slice(0, at), nick };
      this.codeById.set(c.id, name.code);
      const list = this.byCode.get(name.code) ?? [];
      list.push(name);
      this.byCode.set(name.code, list);
      for (const q of name.quals) this.quals.add(q);
      for (const b of name.before) this.before.add(b);
      for (const alias of c.dataAliases ?? []) {
        const w = mergedWords(tokenize(alias));
        if (w.length !== 1 || !HAS_CODE.test(w[0]!.w)) continue;
        const list = this.series.get(w[0]!.w) ?? [];
        list.push(name);
        this.series.set(w[0]!.w, list);
      }
    }
    // A series code that is also one chip's own ("Trainium2") names that chip; one chip alone is no series.
    for (const [code, list] of this.series) if (this.byCode.has(code) || list.length < 2) this.series.delete(code);
  }

  /** The chip named at token `i` of a question (vendor words, code, qualifiers), if any. */
  at(tokens: Token[], text: string, i: number): ChipHit | undefined {
    // Asked at every token: a lone word with no digit that no chip name starts with is neither a code nor a vendor
    // word before one, so the window below is not built for it.
    const first = tokens[i];
    if (!first || (!first.gluedNext && !/\d/.test(first.t) && !this.before.has(first.t) && !LEAD_QUAL.test(first.t)))
      return undefined;
    const ws = mergedWords(tokens.slice(i, i + 8)).map((x) => ({ ...x, from: x.from + i, to: x.to + i }));
    let k = 0;
    const lead: string[] = [];
    while (k < 2 && ws[k] && LEAD_QUAL.test(ws[k]!.w) && !HAS_CODE.test(ws[k]!.w)) lead.push(ws[k++]!.w);
    const seenBefore: string[] = [];
    while (k < 2 && ws[k] && this.before.has(ws[k]!.w) && !HAS_CODE.test(ws[k]!.w)) seenBefore.push(ws[k++]!.w);
    const head = ws[k];
    if (!head) return undefined;
    // A code of digits ("910c", "4090") names a chip only after a word of that chip's name that is not its maker's
    // alone ("huawei 910c", "rtx 4090"; "meta 300" is no MTIA 300), or after two of them.
    const digits = !HAS_CODE.test(head.w) && digitCode(head.w);
    // "100k ascend chips at the 910B's price": the series word written earlier in the question names it too.
    if (digits && !seenBefore.length)
      seenBefore.push(
        ...new Set(
          tokens
            .slice(0, i)
            .map((t) => t.t)
            .filter((w) => this.before.has(w) && this.family(head.w).some((n) => n.before.indexOf(w) > 0)),
        ),
      );
    if (!HAS_CODE.test(head.w) && !(digits && seenBefore.length)) return undefined;
    const code = this.typedCode(head, tokens, text);
    const family = digits
      ? this.family(code).filter(
          (n) =>
            seenBefore.every((b) => n.before.includes(b)) &&
            (/[a-z]/.test(code) || seenBefore.length > 1 || seenBefore.some((b) => n.before.indexOf(b) > 0)),
        )
      : this.family(code);
    if (digits && !family.length) return undefined;
    if (!family.length) {
      // "L40S" when only the L40 is known: a variant of a known code, named but not in the data.
      const base = code.replace(/[a-z]+$/, '');
      const near = base !== code ? (this.byCode.get(base) ?? []) : [];
      if (!near.length || this.isModelWord(code)) return undefined;
      return {
        kind: 'unknown',
        code,
        text: this.slice(tokens, text, ws[0]!.from, head.to),
        siblings: near.map((n) => n.id),
        from: ws[0]!.from,
        to: head.to,
      };
    }
    // A code that is also a model word ("v4") is a chip only after its series word ("TPU v4").
    const modelWord = this.isModelWord(code);
    const series = modelWord ? seenBefore.filter((b) => family.some((n) => n.before.includes(b))) : [];
    if (modelWord && !series.length) return undefined;
    const named = series.length ? `${series.at(-1)} ${code}` : code;
    const typed: string[] = [...lead];
    let end = head.to;
    // "b300 blackwell ultra": the words of a nickname the code's chips carry read as that chip's.
    const nicks = new Set(family.flatMap((n) => n.nick));
    for (let j = k + 1; ws[j]; j++) {
      const w = ws[j]!.w.replace(/(sxm|pcie|nvl)s$/, '$1');
      if (
        !this.quals.has(w) &&
        !nicks.has(w) &&
        !/^(sxm|pcie|nvl|\d+gb)$/.test(w) &&
        ![...this.quals].some((q) => fits(w, q))
      )
        break;
      typed.push(w);
      end = ws[j]!.to;
    }
    const exact = this.byCode.get(code) ?? [];
    const pool = typed.length ? exact : family;
    const fitting = pool.filter((n) => typed.every((t) => n.nick.includes(t) || n.quals.some((q) => fits(t, q))));
    const from = ws[0]!.from;
    if (!fitting.length)
      return {
        kind: 'unknown',
        code: named,
        text: this.slice(tokens, text, from, end),
        siblings: pool.map((n) => n.id),
        from,
        to: end,
      };
    // "H100 SXM" fits only the SXM5 80GB; "A100 SXM4" fits two and asks which.
    return { kind: 'chips', code: named, ids: fitting.map((n) => n.id), from, to: end };
  }

  /** The code a chip's name is read by ("mi300x" of AMD Instinct MI300X), if it has one. */
  codeOf(id: string): string | undefined {
    return this.codeById.get(id);
  }

  /** The chip codes a text names, in order, each once ("600K H100s or 8 MI300X" → h100, mi300x), a code whose
   * qualifiers fit no chip included. `namesChip`: whether a code that is also a model word, typed without its series
   * word ("B200"), still names a chip (it is a chip's own name). `namesModel`: whether a word names a model, so that
   * a bare code right after it is that model's version ("deepseek v7"), not a chip. */
  codesIn(
    text: string,
    names: { namesChip: (code: string) => boolean; namesModel: (word: string) => boolean },
  ): string[] {
    const tokens = tokenize(text);
    const out: string[] = [];
    for (let i = 0; i < tokens.length; ) {
      // Inside a glued word ("8xh100") no name starts.
      const glued = i > 0 && tokens[i - 1]!.gluedNext;
      const hit = glued ? undefined : this.at(tokens, text, i);
      const bare = glued || hit ? undefined : mergedWords(tokens.slice(i, i + 4))[0];
      // "deepseek v7" is a version; "DeepSeek's H100s" are its chips. Asked only where a code is read.
      const versionOf = () =>
        i > 0 &&
        /^[\s-]+$/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start)) &&
        names.namesModel(tokens[i - 1]!.t);
      const code = hit?.code ?? (bare && this.byCode.has(bare.w) && names.namesChip(bare.w) ? bare.w : undefined);
      if (code && !out.includes(code) && !versionOf()) out.push(code);
      i = hit ? hit.to : bare && code ? i + bare.to : i + 1;
    }
    return out;
  }

  /** Chips of a code; a code no chip has exactly stands for the codes that add a letter to it ("MI325" → MI325X), and
   * so does a code two or more lettered codes extend, a series stem ("MI300" → MI300A, MI300X; "Ascend 910" → 910A,
   * 910C) whose own row is one of them. One lettered code alone is another chip ("L40" is not the L40S). */
  private family(code: string): readonly ChipName[] {
    let out = this.families.get(code);
    if (!out) {
      out = this.familyOnce(code);
      if (this.families.size >= MAX_FAMILIES) this.families.clear();
      this.families.set(code, out);
    }
    return out;
  }

  private familyOnce(code: string): ChipName[] {
    // "mi350": a series the maker sells as one, each of its chips with a code of its own.
    const series = this.series.get(code);
    if (series) return [...series];
    const out = [...(this.byCode.get(code) ?? [])];
    if (!/\d$/.test(code)) return out.length ? [...out, ...this.bins(code)] : out;
    const lettered = [...this.byCode].filter(
      ([c]) => c !== code && c.startsWith(code) && /^[a-z]+$/.test(c.slice(code.length)),
    );
    if (!out.length || lettered.length >= 2) for (const [, list] of lettered) out.push(...list);
    return out;
  }

  /** A code ending in a letter that two or more codes extend by one digit ("910B" → 910B1 … 910B4): those are its
   * bins, variants of the one chip, not other chips. */
  private bins(code: string): ChipName[] {
    if (!/\d[a-z]$/.test(code)) return [];
    const binned = [...this.byCode].filter(
      ([c]) => c.length === code.length + 1 && c.startsWith(code) && /\d$/.test(c),
    );
    return binned.length >= 2 ? binned.flatMap(([, list]) => list) : [];
  }

  /** The code as typed: the tokeniser drops an "s" after digits as a plural ("H100s"), but "L40S" and "V100S"
   * are names: kept when capitalised or when a chip has that code and no count stands before it. */
  private typedCode(head: Word, tokens: Token[], text: string): string {
    // "MI300Xs": a plural "s" after a code's closing letter, which the tokeniser keeps.
    const stem = head.w.slice(0, -1);
    if (/\d[a-z]s$/.test(head.w) && !this.byCode.has(head.w) && this.byCode.has(stem)) return stem;
    if (!dropsS(tokens, text, head)) return head.w;
    const withS = `${head.w}s`;
    const end = tokens[head.to - 1]!.end;
    // In a question typed in capitals ("HOW MANY H100S") a capital S says nothing.
    const capital = text[end] === 'S' && /[a-z]/.test(text);
    // After a count ("1,000 V100s", "8 l40s") a small "s" is a plural.
    const start = tokens[head.from]!.start;
    const counted = /\d[\d,.]*\s*[km]?\s+$/i.test(text.slice(Math.max(0, start - 24), start));
    return capital || (!counted && (this.byCode.has(withS) || this.lacked.has(withS))) ? withS : head.w;
  }

  private slice(tokens: Token[], text: string, from: number, to: number): string {
    const end = tokens[to - 1]!.end;
    const s = /^[sS](?![a-zA-Z])/.test(text.slice(end, end + 2)) ? end + 1 : end;
    return text.slice(tokens[from]!.start, s);
  }
}
