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
  'percent',
  'multiple', // "28x", "280-fold"
  'count', // GPUs, chips, downloads, users, players, rounds…
  'points', // benchmark points
  'months',
  'years',
] as const;
export type Unit = (typeof UNITS)[number];

/** How a figure was arrived at, shown to users so they can weigh it. */
export const BASES = ['reported', 'estimate', 'projection', 'claim', 'computed-by-source'] as const;
export type Basis = (typeof BASES)[number];

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

const entityBase = {
  id,
  name: z.string().min(1).max(60),
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
    open: z.enum(['open-weight', 'closed', 'mixed']),
    licence: id.optional(),
  })
  .strict();

export const organisationEntrySchema = z
  .object({
    ...entityBase,
    type: z.enum(['lab', 'big-tech', 'startup', 'chipmaker', 'cloud', 'platform', 'fund', 'research', 'other']),
    country: z.string().optional(),
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

export const sourceEntrySchema = z
  .object({
    id,
    title: z.string().min(3),
    file: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/),
    as_of: z.string().min(4),
    kind: z.string().min(3),
    author: z.string().optional(),
  })
  .strict();

export const metricEntrySchema = z
  .object({
    id,
    label: z.string().min(2),
    /** Words and phrases that ask for this metric ("cost to train", "bill", "revenue", "make"). */
    keywords: z.array(z.string().min(2)).min(1),
  })
  .strict();

/** Every knowledge file: its kind picks the schema for its entries. */
export const FILE_SCHEMAS = {
  sources: sourceEntrySchema,
  metrics: metricEntrySchema,
  models: modelEntrySchema,
  organisations: organisationEntrySchema,
  licences: licenceEntrySchema,
  concepts: conceptEntrySchema,
  markets: marketEntrySchema,
} as const;
export type FileKind = keyof typeof FILE_SCHEMAS;
export const ENTITY_KINDS = ['models', 'organisations', 'licences', 'concepts', 'markets'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export type SourceEntry = z.infer<typeof sourceEntrySchema>;
export type MetricEntry = z.infer<typeof metricEntrySchema>;
export type ModelEntry = z.infer<typeof modelEntrySchema>;
export type OrganisationEntry = z.infer<typeof organisationEntrySchema>;
export type LicenceEntry = z.infer<typeof licenceEntrySchema>;
export type ConceptEntry = z.infer<typeof conceptEntrySchema>;
export type MarketEntry = z.infer<typeof marketEntrySchema>;

/** Any entity, tagged with the kind of file it came from. */
export type Entity = (
  | ({ kind: 'models' } & ModelEntry)
  | ({ kind: 'organisations' } & OrganisationEntry)
  | ({ kind: 'licences' } & LicenceEntry)
  | ({ kind: 'concepts' } & ConceptEntry)
  | ({ kind: 'markets' } & MarketEntry)
) & { file: string };
