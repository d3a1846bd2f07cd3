import { z } from 'zod';

/**
 * The on-disk shape of a corpus: `corpus.json` beside an `articles/` folder of verbatim article texts.
 * Every type the core uses for corpus data is derived from these schemas with `z.infer`, so the schema
 * and the types cannot drift. Loading (see `corpus/load-corpus.ts`) checks these shapes first, then the
 * cross-references and offsets that a schema cannot express.
 */

/** The sides every topic has: for the debated proposition, against it, and the undecided or both-ways voices. */
export const SIDES = ['for', 'against', 'mixed'] as const;
export const SideSchema = z.enum(SIDES);
export type Side = z.infer<typeof SideSchema>;

const id = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'lower-case letters, digits, ".", "_" or "-"');

const word = z.string().trim().min(1).max(80);

export const SideDefinitionSchema = z.strictObject({
  /** How the side is named to readers, e.g. "Supporters of school resource officers". */
  label: z.string().min(1).max(120),
  /** Words and phrases people use for this side or its stance ("supporters", "in favor", "oppose"). */
  words: z.array(word),
});
export type SideDefinition = z.infer<typeof SideDefinitionSchema>;

export const TopicSchema = z.strictObject({
  id,
  /** The debated yes/no question; `for` means yes. */
  question: z.string().min(1).max(300),
  /** One sentence on what the corpus covers, shown when nothing matched. */
  summary: z.string().max(500).nullable().default(null),
  sides: z.strictObject({ for: SideDefinitionSchema, against: SideDefinitionSchema, mixed: SideDefinitionSchema }),
  /**
   * Words that turn the proposition around ("remove", "ban", "out of"): "supporters of removing police"
   * are against police in schools.
   */
  reversals: z.array(word).default([]),
  /**
   * What the proposition takes away, when it takes something away ("letter grades" in "Should middle schools
   * replace letter grades with pass/fail?"): "supporters of letter grades" are against it, but "supporters of
   * removing letter grades" are for it, and so keeping it ("keep letter grades") reverses a side in a question.
   * Optional, not defaulted: a corpus written before it reads back unchanged.
   */
  removes: z.array(word).optional(),
  /** Words that say a question is about this topic at all, but are too general to rank quotes by. */
  keywords: z.array(word).default([]),
  /** Sets of interchangeable terms ("SRO", "school resource officer"); each set is searched as one. */
  synonyms: z.array(z.array(word).min(2)).default([]),
  /** Questions to suggest when nothing matched. */
  suggestions: z.array(z.string().min(1).max(200)).default([]),
});
export type Topic = z.infer<typeof TopicSchema>;

export const GroupSchema = z.strictObject({
  id,
  /** Plural display label, e.g. "Parents". */
  label: z.string().min(1).max(80),
  /** Words that name the group in a question ("parents", "moms", "law enforcement"). */
  words: z.array(word),
});
export type Group = z.infer<typeof GroupSchema>;

export const SpeakerSchema = z.strictObject({
  id,
  /** The name as the articles give it in full. */
  name: z.string().min(1).max(200),
  kind: z.enum(['person', 'organization', 'group']).default('person'),
  /** Other ways a question may name the speaker: surname, titled forms, acronyms. */
  aliases: z.array(word).default([]),
  /** Role or affiliation as the articles give it, or null when they give none. */
  role: z.string().max(300).nullable().default(null),
  /** The organization (itself a speaker entry) the speaker belongs to or speaks for. */
  organization: id.nullable().default(null),
  groups: z.array(id).default([]),
});
export type Speaker = z.infer<typeof SpeakerSchema>;

export const QuoteKindSchema = z.enum(['direct', 'paraphrase']);
export type QuoteKind = z.infer<typeof QuoteKindSchema>;

export const QuoteRecordSchema = z.strictObject({
  id,
  /** Offsets (JavaScript string indices) into the article text: `text === body.slice(start, end)`. */
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: z.string().min(1),
  speaker: id,
  side: SideSchema,
  kind: QuoteKindSchema,
  /** Whether a person has checked span, speaker and side. Unreviewed quotes are labelled when shown. */
  reviewed: z.boolean(),
  /** The quote this one carries on from when it has no attribution of its own; shown together. */
  continues: id.nullable().default(null),
  /** Why the side was proposed, for reviewers (set by the extractor). */
  stanceBasis: z.string().max(500).nullable().default(null),
});
export type QuoteRecord = z.infer<typeof QuoteRecordSchema>;

export const ArticleSchema = z.strictObject({
  id,
  topic: id,
  /** Path of the verbatim text, relative to the corpus folder. */
  file: z
    .string()
    .min(1)
    .regex(/^articles\/[A-Za-z0-9._-]+\.txt$/, 'a file inside articles/, ending in .txt'),
  /** SHA-256 of the text, so that a changed article is caught even where offsets still fit. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  title: z.string().max(300).nullable().default(null),
  outlet: z.string().max(120).nullable().default(null),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
    .nullable()
    .default(null),
  place: z.string().max(120).nullable().default(null),
  /** Only http(s): the link is shown to readers and sent to Discord and Slack, which accept nothing else. */
  url: z.url({ protocol: /^https?$/, error: 'an http(s) URL' }).nullable().default(null),
  quotes: z.array(QuoteRecordSchema),
});
export type Article = z.infer<typeof ArticleSchema>;

export const CorpusSettingsSchema = z.strictObject({
  /** When true, quotes nobody has reviewed are left out of answers. */
  requireReview: z.boolean().default(false),
});

export const CorpusFileSchema = z.strictObject({
  version: z.literal(1),
  /** A short name for footers and reports, e.g. "counterpoint seed corpus". */
  name: z.string().min(1).max(120),
  settings: CorpusSettingsSchema.default({ requireReview: false }),
  topics: z.array(TopicSchema).min(1),
  groups: z.array(GroupSchema).default([]),
  speakers: z.array(SpeakerSchema),
  articles: z.array(ArticleSchema),
});
export type CorpusFile = z.infer<typeof CorpusFileSchema>;
/** What a writer may leave out: the defaults fill it in. */
export type CorpusFileInput = z.input<typeof CorpusFileSchema>;
