// One zod schema per kind of knowledge file. Every file is `{ kind, entries }`; the loader picks the
// schema by `kind` and reports failures as file › entry › field.
import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'lower-case id: letters, digits, dots, dashes, underscores');

/** Units a figure may carry; money units need a currency. */
export const UNITS = [
  'money', // a sum of money
  'money/month', // e.g. GPU rental per month
  'money/year', // an annual run rate or yearly cost
  'money/Mtok', // price per million tokens
  'money/second', // price per second of audio
  'money/image', // price per image generated
  'money/character', // price per character of text
  'money/query', // a fee per query (web search)
  'percent',
  'multiple', // "28x", "280-fold"
  'count', // GPUs, chips, downloads, users, players, rounds…
  'points', // benchmark points
  'months',
  'years',
  'FLOP', // total floating-point operations (training compute)
  'FLOP/s', // a chip's throughput at one precision
  'tokens', // dataset sizes and context windows
  'hours', // training time
  'bytes', // chip memory
  'bytes/s', // memory bandwidth
  'watts', // thermal design power; a training cluster's power draw
] as const;
export type Unit = (typeof UNITS)[number];

/** How a figure was arrived at, shown to users so they can weigh it. */
export const BASES = ['reported', 'estimate', 'projection', 'claim', 'computed-by-source'] as const;
export type Basis = (typeof BASES)[number];

/** How sure a data set is of a figure (Epoch's own grading). */
export const CONFIDENCES = ['confident', 'likely', 'speculative'] as const;

export const figureSchema = z
  .object({
    /** Metric id from metrics.yaml (what is measured: training_cost, revenue, margin…). */
    metric: id,
    /** A single value, or a range [low, high]. */
    value: z.number().finite().optional(),
    range: z.tuple([z.number().finite(), z.number().finite()]).optional(),
    /** "at-least" renders "$100M+"; "about" renders "~"; "at-most" renders "<". */
    bound: z.enum(['exact', 'about', 'at-least', 'at-most']).default('about'),
    unit: z.enum(UNITS),
    currency: z.enum(['USD', 'CNY']).optional(),
    /** What is counted, for counts and multiples: "V100 GPUs", "Qwen downloads". */
    of: z.string().min(1).max(80).optional(),
    /** The period the figure describes: "2025", "2024", "Nov 2022–Oct 2024", "3 years from 2025". */
    period: z.string().min(1).max(40),
    /** What the figure covers, in a few words: "compute only (final run)", "total AI capex". */
    scope: z.string().min(1).max(80),
    basis: z.enum(BASES),
    /** Source short name from sources.yaml. */
    source: id,
    /** A short clause of context in our own words. */
    note: z.string().max(240).optional(),
    /** How a data set arrived at it, when it offers several ways (Epoch: amortised, cloud, upfront); never blended. */
    method: id.optional(),
    /** The data set's own confidence in the figure. */
    confidence: z.enum(CONFIDENCES).optional(),
    /** Who charges this price (token prices differ by provider). */
    provider: z.string().min(1).max(60).optional(),
  })
  .strict()
  .refine((f) => (f.value === undefined) !== (f.range === undefined), {
    message: 'give exactly one of value or range',
    path: ['value'],
  })
  .refine((f) => !f.range || f.range[0] < f.range[1], { message: 'range must be [low, high]', path: ['range'] })
  .refine((f) => !f.unit.startsWith('money') || f.currency !== undefined, {
    message: 'money figures need a currency',
    path: ['currency'],
  });
export type Figure = z.infer<typeof figureSchema>;

/** A sourced statement in our own words; `topics` are words a question about it would use. */
export const pointSchema = z
  .object({
    text: z.string().min(8).max(400),
    topics: z.array(z.string().min(2)).default([]),
    source: id,
  })
  .strict();
export type Point = z.infer<typeof pointSchema>;

/** One of a data set's graded openness fields (OSAI index: 12 per system). */
export const opennessGradeSchema = z
  .object({
    field: id,
    grade: z.enum(['open', 'partial', 'closed']),
    link: z.string().url().optional(),
    note: z.string().max(240).optional(),
  })
  .strict();

/** A data set's openness assessment of a model: a score from 0 to 100 and the grade of each field. */
export const opennessSchema = z
  .object({
    source: id,
    /** The system as the data set names it, and the version it graded. */
    system: z.string().min(1).max(80),
    graded: z.string().max(80).optional(),
    /** The base model the graded release was tuned from, as the index names it ("BLOOM" for BLOOMZ). */
    base: z.string().max(80).optional(),
    /** The graded release's licence as the index names it ("Gemma Terms of Use"). */
    licence: z.string().max(80).optional(),
    score: z.number().min(0).max(100),
    grades: z.array(opennessGradeSchema).min(1),
  })
  .strict();
export type Openness = z.infer<typeof opennessSchema>;

/** A released component (weights, code, data, paper…) and its licence, mapped to an SPDX id where one exists. */
export const componentSchema = z
  .object({
    name: z.string().min(1).max(60),
    licence: z.string().min(1).max(80),
    /** SPDX id, or a LicenseRef- id for custom licences; absent when unlicensed or undisclosed. */
    spdx: z.string().max(60).optional(),
    /** open: an OSI/open-data licence; restricted: a custom or non-commercial licence; closed: none given. */
    status: z.enum(['open', 'restricted', 'closed']),
    source: id,
    /** Why the licence claimed is doubtful (another source says the weights were never released). */
    doubt: z.string().max(200).optional(),
  })
  .strict();
export type Component = z.infer<typeof componentSchema>;

/** A dated release of one model (Epoch lists GPT-4o five times); rankings count the model once. */
export const versionSchema = z
  .object({
    name: z.string().min(1).max(80),
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
    /** Epoch's figures for this version where they differ from the model's own (metric → value). */
    differs: z.record(z.string(), z.number()).optional(),
  })
  .strict();

const entityBase = {
  id,
  name: z.string().min(1).max(80),
  /** Other names users type: short forms, glued forms, old names. Matched exactly after normalising. */
  aliases: z.array(z.string().min(1)).default([]),
  /** One line saying what it is. */
  description: z.string().min(8).max(200),
  /** Descriptive words that point at this entity without naming it: "quant fund", "facebook parent". */
  cues: z.array(z.string().min(2)).default([]),
  /** Entities sharing a family are candidates when a question names only the family ("Llama"). */
  family: z.string().optional(),
  figures: z.array(figureSchema).default([]),
  points: z.array(pointSchema).default([]),
  /** Ids of related entities worth offering as follow-ups. */
  related: z.array(id).default([]),
};

export const modelEntrySchema = z
  .object({
    ...entityBase,
    org: id.optional(),
    year: z.number().int().min(2015).max(2030).optional(),
    /** Parameter count in billions, when the sources give it. */
    params_b: z.number().positive().optional(),
    open: z.enum(['open-weight', 'closed', 'mixed', 'unknown']),
    licence: id.optional(),
    /** Release date (YYYY-MM-DD or shorter) when a data set gives it. */
    released: z.string().optional(),
    versions: z.array(versionSchema).optional(),
    /** The chip it was trained on (a chips entity id), joining Epoch's models to its hardware table. */
    chip: id.optional(),
    /** Epoch's accessibility wording ("Open weights (restricted use)", "API access"). */
    access: z.string().max(60).optional(),
    /** The developer as a data set writes it ("Z.ai", "Meta AI") and its country, as Epoch gives them. */
    org_as_written: z.string().max(120).optional(),
    country: z.string().max(120).optional(),
    /** Epoch's domain and task labels, lower-cased ("language", "translation", "code generation"): what a
     * question describing the model without its name ("the bilingual model") is matched against. */
    tasks: z.array(z.string().min(1).max(80)).optional(),
    openness: opennessSchema.optional(),
    components: z.array(componentSchema).optional(),
    /** Where the Model Openness Tool's file disagrees with itself (a release name of another size than its link). */
    components_note: z.string().max(240).optional(),
  })
  .strict();

/** An AI accelerator from a hardware data set; its specs and price are figures. */
export const chipEntrySchema = z
  .object({
    ...entityBase,
    manufacturer: z.string().min(1).max(60).optional(),
    released: z.string().optional(),
    /** GPU, TPU, CPU, Other: the data set's own class. */
    type: z.string().max(20).optional(),
  })
  .strict();

export const organisationEntrySchema = z
  .object({
    ...entityBase,
    type: z.enum(['lab', 'big-tech', 'startup', 'chipmaker', 'cloud', 'platform', 'fund', 'research', 'other']),
    country: z.string().optional(),
    /** Cities it is based in ("Paris"): "the paris-based lab" describes it (knowledge/descriptors.ts). */
    based_in: z.array(z.string().min(2).max(40)).optional(),
    /** Products it owns that are no entity of their own ("Taobao"): "taobao's parent" describes it. */
    products: z.array(z.string().min(2).max(40)).optional(),
    /** People who lead it, full name first ("Mark Zuckerberg", "Zuck"): "zuck's models" describes it. */
    people: z.array(z.string().min(2).max(60)).optional(),
    /** Organisations it owns ("High-Flyer" owns DeepSeek): "the quant fund's reasoning model" is a model of theirs. */
    owns: z.array(id).optional(),
  })
  .strict();

export const licenceEntrySchema = z
  .object({
    ...entityBase,
    /** Whether the sources count it as truly open (paradox: only MIT / Apache-2.0). */
    truly_open: z.boolean(),
  })
  .strict();

export const conceptEntrySchema = z.object({ ...entityBase }).strict();
export const marketEntrySchema = z.object({ ...entityBase }).strict();

/** An article (a seed file) or a licensed data set; a data set carries its publisher, licence and credit line. */
export const sourceEntrySchema = z
  .object({
    id,
    /** How replies name it, as its readers know it: "Open Source Paradox", "Epoch AI models". */
    name: z.string().min(2).max(40).optional(),
    title: z.string().min(3),
    file: z
      .string()
      .regex(/^\d{3}_[0-9a-f]+\.txt$/)
      .optional(),
    as_of: z.string().min(4),
    kind: z.string().min(3),
    author: z.string().optional(),
    publisher: z.string().min(2).optional(),
    licence: z.string().min(2).optional(),
    /** How replies and README credit it: "Epoch AI, Notable AI Models, Jul 2026, CC BY 4.0". */
    credit: z.string().min(8).optional(),
    link: z.string().url().optional(),
    /** How people name a data set in a question ("osai", "the EU open source AI index"): a question naming it
     * asks that data set, and the words are not a subject. */
    aliases: z.array(z.string().min(2).max(60)).max(20).optional(),
    /** The vendored snapshot (under vendor/data) or package it is imported from. */
    snapshot: z.string().optional(),
    /** For prices: the fixed instant every price is read at, so answers never change with the hour. */
    timestamp: z.string().datetime({ offset: true }).optional(),
  })
  .strict()
  .refine((s) => s.file !== undefined || (s.publisher && s.licence && s.credit && s.link), {
    message: 'an article needs `file`; a data set needs publisher, licence, credit and link',
    path: ['file'],
  });

/** What kind of quantity a metric is: a sum of money, a ratio of two things, a trend, a share, a count. */
export const METRIC_CLASSES = ['money', 'ratio', 'trend', 'share', 'count', 'other'] as const;

export const metricEntrySchema = z
  .object({
    id,
    label: z.string().min(2),
    /** Words and phrases that ask for this metric ("cost to train", "bill", "revenue", "make"). */
    keywords: z.array(z.string().min(2)).min(1),
    /** A data-set metric: detected by the data-set answerers only, so it never re-routes an article question. */
    data: z.boolean().optional(),
    /** Money metrics a thing lacks are declined plainly; ratios are computed, not divided again. */
    class: z.enum(METRIC_CLASSES).default('other'),
    /** Near-synonyms tried in order when a thing lacks this metric ("spend" of a company reporting operating cost). */
    near: z.array(id).default([]),
    /** Keywords that ask a different metric by the subject's kind ("how big": an organisation's revenue, a model's
     * parameter count, a market's size), with the metrics they ask of each kind when the subject lacks this one,
     * tried in order like `near`. The metric's other keywords ("parameters", "market") keep their meaning. */
    by_kind: z
      .object({
        words: z.array(z.string().min(2)).min(1),
        near: z.partialRecord(z.enum(['models', 'organisations', 'markets']), z.array(id).min(1)),
      })
      .strict()
      .optional(),
    /** Describes a trend or topic rather than one company's or model's own number. */
    general: z.boolean().default(false),
    /** Named as a whole: the words inside one of its keywords ask no other metric there ("market share" is no market
     * size, "download count" no headcount). */
    whole: z.boolean().default(false),
    /** Preference when two things share several metrics and the question names none (lower first). */
    compare_rank: z.number().int().min(1).optional(),
    /** Ratios of this metric to another asked by a name of their own ("revenue multiple": valuation ÷ revenue),
     * worked per side from each side's own figures. */
    ratios: z.array(z.object({ per: id, words: z.array(z.string().min(2)).min(1) }).strict()).optional(),
  })
  .strict();

/** Words that signal a kind of question ("vs", "thanks", "how much electricity"), matched on whole words.
 * A phrase may hold alternatives in brackets ("how (do|does) (they|it)") and "…" for any words between. */
export const cueEntrySchema = z
  .object({
    id,
    /** What the cue means, for whoever edits the list. */
    means: z.string().min(3),
    phrases: z.array(z.string().min(1)).min(1),
    /** The whole question must be one of the phrases (small talk, help), not just contain one. */
    whole: z.boolean().default(false),
    /** The phrases are business terms the user defines with their own numbers ("ARPU $30/mo", "CAC $300"): known
     * words, never names to look up. */
    terms: z.boolean().default(false),
    /** A qualifier that narrows the metric asked ("standalone", "before its IPO", "on salaries"): a figure answers
     * the question only when its scope, what it counts or its note holds one of these words (lower case). */
    held_by: z.array(z.string().min(2)).min(1).optional(),
    /** The metrics a qualifier narrows (ids), when not every one: "inference" narrows a spend, not a token price. */
    narrows: z.array(z.string().min(2)).min(1).optional(),
    /** How a qualifier reads after a metric's label in a decline ("revenue on its own"). */
    label: z.string().min(2).max(40).optional(),
    /** The phrases ask for a measure no article quantifies, named this way when it is declined ("head count"). */
    declines_as: z.string().min(2).max(40).optional(),
    /** The phrases ask who holds a role ("who is the CEO of…"): a question on their own, declined as a name, not a
     * figure. */
    asks_who: z.boolean().default(false),
    /** The data sets hold no such figure either (no token-speed field in any price list): declined before they answer,
     * so a model's prices never stand in for it. */
    before_data: z.boolean().default(false),
    /** A sum of money the user writes is what the phrases speak of ("$2M for a 10% stake"): a calculation, nothing
     * declined. */
    user_sums: z.boolean().default(false),
    /** The measure sits between two companies and is declined as the first named one's (the buyer's: "Microsoft's
     * stake" in "Microsoft's stake in OpenAI"), not as the company the question reads as its subject. */
    first_named: z.boolean().default(false),
  })
  .strict()
  .refine((c) => (c.held_by === undefined) === (c.label === undefined), {
    message: 'a qualifier needs both held_by and label',
    path: ['held_by'],
  });

/** Words that describe a model without naming it ("the saudi oil giant's LLM", "the bilingual model"): each row
 * points at organisations, a country, or traits a model's data-set row shows (Epoch's task labels, name words,
 * accessibility). The described-model resolver (src/core/datasets/described.ts) reads them. */
export const descriptorEntrySchema = z
  .object({
    id,
    /** What the words mean, for whoever edits the list. */
    means: z.string().min(3),
    phrases: z.array(z.string().min(2)).min(1),
    /** Organisations the phrases name (a parent, an industry, a nickname). */
    orgs: z.array(id).optional(),
    /** A country as Epoch writes it ("Saudi Arabia"): models of organisations based there. */
    country: z.string().min(2).optional(),
    /** Epoch domain or task labels (lower-case, matched as substrings) that show the trait. */
    tasks: z.array(z.string().min(2)).optional(),
    /** Words of a model's name that show the trait ("coder", "thinking"). */
    name_words: z.array(z.string().min(2)).optional(),
    /** Epoch accessibility wording that shows the trait (matched as a prefix, "Open weights"). */
    access: z.string().min(2).optional(),
  })
  .strict()
  .refine((d) => d.orgs || d.country || d.tasks || d.name_words || d.access, {
    message: 'a descriptor needs orgs, country, tasks, name_words or access',
  });

/** Every knowledge file: its kind picks the schema for its entries. */
/** Data-set figures and names for an entity defined elsewhere (the importer adds Epoch's GPT-4 figures to the
 * articles' GPT-4); merged into that entity at load. */
export const additionEntrySchema = z
  .object({
    id,
    aliases: z.array(z.string().min(1)).default([]),
    figures: z.array(figureSchema).default([]),
    released: z.string().optional(),
    versions: z.array(versionSchema).optional(),
    chip: id.optional(),
    access: z.string().max(60).optional(),
    org_as_written: z.string().max(120).optional(),
    country: z.string().max(120).optional(),
    tasks: z.array(z.string().min(1).max(80)).optional(),
    openness: opennessSchema.optional(),
    components: z.array(componentSchema).optional(),
  })
  .strict();
export type AdditionEntry = z.infer<typeof additionEntrySchema>;

/** This module's own URL: the loader hashes its source so that a schema change invalidates cached files. */
export const SCHEMA_MODULE = import.meta.url;

export const FILE_SCHEMAS = {
  sources: sourceEntrySchema,
  metrics: metricEntrySchema,
  cues: cueEntrySchema,
  models: modelEntrySchema,
  organisations: organisationEntrySchema,
  licences: licenceEntrySchema,
  concepts: conceptEntrySchema,
  markets: marketEntrySchema,
  chips: chipEntrySchema,
  additions: additionEntrySchema,
  descriptors: descriptorEntrySchema,
} as const;
export type FileKind = keyof typeof FILE_SCHEMAS;
export const ENTITY_KINDS = ['models', 'organisations', 'licences', 'concepts', 'markets', 'chips'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export type SourceEntry = z.infer<typeof sourceEntrySchema>;
export type MetricEntry = z.infer<typeof metricEntrySchema>;
export type CueEntry = z.infer<typeof cueEntrySchema>;
export type DescriptorEntry = z.infer<typeof descriptorEntrySchema>;
export type ModelEntry = z.infer<typeof modelEntrySchema>;
export type OrganisationEntry = z.infer<typeof organisationEntrySchema>;
export type LicenceEntry = z.infer<typeof licenceEntrySchema>;
export type ConceptEntry = z.infer<typeof conceptEntrySchema>;
export type MarketEntry = z.infer<typeof marketEntrySchema>;
export type ChipEntry = z.infer<typeof chipEntrySchema>;

/** Any entity, tagged with the kind of file it came from. */
export type Entity = (
  | ({ kind: 'models' } & ModelEntry)
  | ({ kind: 'organisations' } & OrganisationEntry)
  | ({ kind: 'licences' } & LicenceEntry)
  | ({ kind: 'concepts' } & ConceptEntry)
  | ({ kind: 'markets' } & MarketEntry)
  | ({ kind: 'chips' } & ChipEntry)
) & {
  file: string;
  /** Figures from data sets (token prices per provider, Epoch's estimates per method, chip specs), kept apart
   * from the articles' `figures` at load: thousands of them would drown the article figures in ranking,
   * retrieval and comparisons, and their methods must never be blended with the articles'. The data-set
   * answerers (src/core/datasets/) read them here. */
  data?: Figure[];
  /** Names the data sets add to a hand-written entity ("openai/gpt-4"), read by the data-set name index only. */
  dataAliases?: string[];
};
