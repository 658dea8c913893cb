// One name, several entities: a price list's "Mistral Large 3" and the index's graded release, a chip code several
// chips share ("P100"), two lists' copies of one model. The entity holding what the question asks for answers;
// a named entity lacking it gives way to the one namesake that has it.
import { isGenerated } from '../../knowledge/index.js';
import { nameKey, phraseKey } from '../../knowledge/normalize.js';
import type { Entity } from '../../knowledge/schema.js';
import { CHIP_METRICS } from './chip-answers.js';
import { baseNamesFirst } from './choices.js';
import { createFamilies } from './family-members.js';
import { dataFigures } from './figures.js';
import type { DataIntent } from './intent.js';
import type { DataNameIndex } from './names.js';
import { modelPrices } from './price-answers.js';
import { trainingAsked } from './training-answers.js';

/** Intents about token prices. */
const PRICED = new Set<DataIntent>(['price', 'token-cost', 'cheapest-provider']);

/** What narrowing reads: the name index, entities, and the metrics and data sets a question names. */
export interface NarrowContext {
  names: DataNameIndex;
  entity: (id: string) => Entity | undefined;
  metricsIn: (q: string) => string[];
  sourcesOf: (q: string) => Set<string>;
}

/** Builds `narrowTo(candidates, intent, question, typed name)`. */
export function createNarrower(ctx: NarrowContext) {
  /** The chip specs a question asks for ("what did a P100 list for": its list price). */
  function specsAsked(q: string): string[] {
    const want = ctx.metricsIn(q).filter((m) => CHIP_METRICS.has(m));
    if (/\b(price|priced|cost|list|msrp)\b/.test(q) && !want.includes('release_price')) want.push('release_price');
    return want;
  }
  const hasSpec = (e: Entity, m: string) => (e.data ?? []).some((f) => f.metric === m);
  // What one question asks, read once for it: `holds` checks it against every member of a family, every namesake.
  let read: { q: string; specs?: string[]; training?: string[] } | undefined;
  const readOf = (q: string) => {
    if (read?.q !== q) read = { q };
    return read;
  };
  const specsOf = (q: string) => {
    const r = readOf(q);
    r.specs ??= specsAsked(q);
    return r.specs;
  };
  const trainingOf = (q: string) => {
    const r = readOf(q);
    r.training ??= trainingAsked(q).filter((m) => m !== 'access' && m !== 'organisation');
    return r.training;
  };

  /** Whether an entity holds what an intent answers with. */
  function holds(e: Entity, intent: DataIntent, q: string): boolean {
    if (e.kind === 'chips') {
      // "what did a P100 list for": of the chips named P100, the one with a list price.
      const want = specsOf(q);
      return want.length === 0 || want.some((m) => hasSpec(e, m));
    }
    if (e.kind !== 'models') return intent !== 'chip';
    if (intent === 'openness') {
      const src = ctx.sourcesOf(q);
      if (src.has('mot')) return Boolean(e.components?.length);
      if (src.has('osai-index')) return Boolean(e.openness);
      // "its weights' access terms in epoch": Epoch's accessibility label is what is asked.
      if (src.has('epoch-models')) return Boolean(e.access);
      return Boolean(e.openness || e.components?.length);
    }
    if (PRICED.has(intent)) return modelPrices(e, ctx.entity).length > 0;
    if (intent === 'training') {
      const want = trainingOf(q);
      if (!want.length) return (e.data ?? []).some((f) => f.source === 'epoch-models') || Boolean(e.org_as_written);
      return want.some((m) => dataFigures(e, m).length > 0 || (m === 'hardware' && Boolean(e.chip)));
    }
    return true;
  }

  /** One mention's candidates narrowed to those holding the intent's answer: the one, or the one named exactly as
   * typed; a lone generated candidate lacking it gives way to the one namesake that has it. */
  function narrowTo(cands: Entity[], intent: DataIntent, q: string, typed: string): Entity[] {
    if (cands.length === 1) {
      const e = cands[0]!;
      // "mixtral's licence in MOT" where "mixtral" is an alias of the articles' "Mistral models": with a data set
      // named, the releases it lists under the typed name are what is asked about, not the article entity's row.
      const releases = e.kind === 'models' && !isGenerated(e) ? releasesUnder(typed, e, intent, q) : [];
      if (releases.length >= 2) return releases;
      if (e.kind !== 'models' || holds(e, intent, q)) return cands;
      // An article model keeps the articles' answer unless a data set is named as the source ("Stable Diffusion's
      // licences in MOT"): then the family's members listed there are what is asked about.
      if (!isGenerated(e)) {
        if (!ctx.sourcesOf(q).size) return cands;
        const members = familyHolders(typed || e.name, e, intent, q);
        return members.length ? members : cands;
      }
      const namesakes = [e.name, ...e.aliases]
        // The index's system name ("gpt-oss", "Mistral Large 3") stands for its graded release only for openness.
        .flatMap((n) => ctx.names.idsFor(n, intent === 'openness'))
        .filter((id, k, all) => id !== e.id && all.indexOf(id) === k)
        .map((id) => ctx.entity(id))
        .filter((x): x is Entity => x?.kind === 'models' && holds(x, intent, q));
      if (namesakes.length === 1) return namesakes;
      // "Falcon" graded by the index as one system, asked for its MOT licence: the MOT lists Falcon-40B and
      // Falcon-180B. The family's members that hold what is asked stand in for the name: one is answered, several
      // are asked about.
      const members = familyHolders(typed || e.name, e, intent, q);
      // "mistral large param count": a model named exactly that Epoch tracks as a run of its own, lacking the figure,
      // is not its one sibling that has it (Mistral Large 2); both are offered. A name without a row of its own
      // ("BLOOM") stands for its one member that has one (BLOOM-176B).
      const ownRow = (e.data ?? []).some((f) => f.source === 'epoch-models');
      if (members.length === 1 && intent === 'training' && ownRow && nameKey(e) === phraseKey(typed))
        return [...members, e];
      return members.length ? members : cands;
    }
    // An article entity among them keeps the articles' way of asking which (or answering).
    if (cands.some((e) => !isGenerated(e))) return cands;
    // "a100 40gb launch price + bf16 tflops": of the chips that fit the name, the one holding every spec asked.
    const want = cands.every((e) => e.kind === 'chips') ? specsAsked(q) : [];
    const complete = want.length >= 2 ? cands.filter((e) => want.every((m) => hasSpec(e, m))) : [];
    if (complete.length === 1) return complete;
    const have = cands.filter((e) => holds(e, intent, q));
    // A series stem's chips ("Ascend 910" → 910, 910A, 910C) are different chips: the one holding the figure is not
    // the one asked about, so they are all kept and the family's answer lists or asks.
    const codes = new Set(cands.map((e) => (e.kind === 'chips' ? ctx.names.chipCode(e.id) : undefined)));
    if (codes.size > 1 && cands.every((e) => e.kind === 'chips')) return cands;
    if (have.length === 1) return have;
    // None holds the figure asked ("training cost of nemotron 3 ultra": Epoch's row has no cost, a price list's
    // namesake has no training row at all): the one holding any of this kind of data is the one asked about, to
    // answer with what it lacks, not an ask-back between it and a namesake that could never answer.
    if (!have.length) {
      const ofKind = cands.filter((e) => holds(e, intent, ''));
      return ofKind.length === 1 ? ofKind : cands;
    }
    const typedKey = phraseKey(typed);
    const exact = have.filter((e) => nameKey(e) === typedKey);
    return exact.length === 1 ? exact : have;
  }

  /** An article model's alias asked of the Model Openness Tool or Epoch ("mixtral" of "Mistral models"): the
   * releases that data set lists under the typed name, when the rows merged into the article model are named
   * otherwise (Mistral 7B's). The index grades a family as one system, so its questions keep the family. */
  function releasesUnder(typed: string, e: Entity, intent: DataIntent, q: string): Entity[] {
    const src = ctx.sourcesOf(q);
    const t = phraseKey(typed);
    if (!t || !(src.has('mot') || src.has('epoch-models')) || src.has('osai-index')) return [];
    if (phraseKey(e.name).startsWith(t) || e.aliases.some((a) => phraseKey(a).startsWith(`${t} `))) return [];
    families ??= createFamilies([...ctx.names.kb.entities.values()].filter((x) => x.kind === 'models'));
    return baseNamesFirst(families.membersOf(typed).filter((x) => x.id !== e.id && holds(x, intent, q)));
  }

  let families: ReturnType<typeof createFamilies> | undefined;
  /** Generated models whose names continue the typed name ("pythia" → pythia-1b, pythia-12b…) and hold what the
   * intent answers with, one per name, base names first. */
  function familyHolders(typed: string, e: Entity, intent: DataIntent, q: string): Entity[] {
    families ??= createFamilies([...ctx.names.kb.entities.values()].filter((x) => x.kind === 'models'));
    const of = (name: string) => families!.membersOf(name).filter((x) => x.id !== e.id && holds(x, intent, q));
    const found = of(typed);
    // Every member, base names first: a reply about all of them ("all ten under Apache-2.0") must count them all.
    const all = found.length ? found : of(e.name);
    const first = baseNamesFirst(all);
    return [...first, ...all.filter((x) => !first.includes(x) && !first.some((f) => f.name === x.name))];
  }

  // The index grades one representative release per family ("Phi" graded as Phi-4-reasoning): its systems by the
  // words of their system name and graded release, built on the first openness question.
  let systems: Array<{ e: Entity; system: string; graded: string; base: string }> | undefined;

  /** The entity holding the index's grades for a typed model name: the system whose name the typed name extends
   * ("Phi 4" → Phi, "Gemma 3" → Gemma) or whose graded release extends it ("DeepSeek V3" → DeepSeek V3.2, "qwen3.5"
   * → Qwen's Qwen3.5-397B). The longest system name wins. */
  function osaiFamily(typed: string, all: Iterable<Entity>, tuned = false): Entity | undefined {
    systems ??= [...all].flatMap((e) =>
      e.kind === 'models' && e.openness
        ? [
            {
              e,
              system: phraseKey(e.openness.system),
              graded: phraseKey(e.openness.graded ?? ''),
              base: phraseKey(e.openness.base ?? ''),
            },
          ]
        : [],
    );
    const t = phraseKey(typed);
    if (!t) return undefined;
    // "v3" is extended by "v3.2": a version word continued by a dot.
    const extends_ = (long: string, short: string) =>
      long === short || long.startsWith(`${short} `) || long.startsWith(`${short}.`);
    // The family whose name the typed name extends first ("Gemma 2" → Gemma, not Gemma Japanese graded as a Gemma
    // 2 derivative), then a system extending the typed name, then a graded release extending it.
    // Last, a system named after the typed model it was tuned from ("bloom" → BLOOMZ, graded on a fine-tune of BLOOM).
    const tunedFrom = (system: string, base: string) =>
      base && (extends_(t, base) || extends_(base, t)) && system.startsWith(base.split(' ')[0]!);
    const rank = ({ system, graded, base }: { system: string; graded: string; base: string }) =>
      system && extends_(t, system)
        ? 4
        : system && extends_(system, t)
          ? 3
          : graded && extends_(graded, t)
            ? 2
            : tuned && tunedFrom(system, base)
              ? 1
              : 0;
    const hits = systems.filter((x) => rank(x) > 0);
    hits.sort((a, b) => rank(b) - rank(a) || b.system.length - a.system.length);
    return hits[0]?.e;
  }

  return { narrowTo, osaiFamily };
}
