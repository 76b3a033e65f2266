import { z } from 'zod';
import { contentLangSchema } from '../i18n/languages.js';
import { implementationStatusSchema, positionSchema, vocabularySchema } from '../vocab/vocabularies.js';

/** Longest text accepted in one language; the longest real recommendation is under 5,000 characters. */
export const MAX_TEXT_LENGTH = 20_000;

const isoDate = z.iso.date();
const shortText = (max: number) => z.string().trim().min(1).max(max);

/**
 * A classification of a recommendation: a term of one vocabulary, by its code; or, straight out of
 * a parser, by a source label (a UHRI theme name, a UPR Info issue, "16.3 - …") that the term
 * resolver turns into a code.
 */
export const recordTermSchema = z.object({
  vocabulary: vocabularySchema,
  code: shortText(100).optional(),
  label: shortText(500).optional(),
});
export type RecordTerm = z.infer<typeof recordTermSchema>;

/**
 * One recommendation as it travels between systems: the draft every import parser produces, and the
 * record of the Tatabbu exchange format. References are natural identifiers (mechanism code, document
 * symbol, ISO 3166 codes, vocabulary codes), never database ids, so two instances can exchange data.
 */
export const recommendationRecordSchema = z
  .object({
    /** Stable key: document symbol + paragraph (`A/HRC/36/6 §144.117`), or the source's own id. */
    key: shortText(300),
    /** Identifier in the system it came from (OHCHR annotation id, UPR Info row id…). */
    externalRef: shortText(200).optional(),
    /** Mechanism code: UPR, CCPR, CEDAW, … (see data/reference/mechanisms.json). */
    mechanism: shortText(40),
    /** ISO 3166-1 alpha-2 of the State the recommendation is addressed to. */
    stateUnderReview: z.string().length(2).optional(),
    /** The State's name as the source gave it, when the parser could not give the code; the resolver maps it. */
    stateUnderReviewName: shortText(200).optional(),
    review: z
      .object({
        cycle: z.number().int().min(1).max(99).optional(),
        session: z.number().int().min(1).max(999).optional(),
      })
      .optional(),
    document: z.object({ symbol: shortText(120), date: isoDate.optional() }).optional(),
    /** Paragraph and sub-paragraph as printed: "144.117", "12(a)". */
    paragraph: shortText(40).optional(),
    text: z
      .object({
        ar: shortText(MAX_TEXT_LENGTH).optional(),
        fr: shortText(MAX_TEXT_LENGTH).optional(),
        en: shortText(MAX_TEXT_LENGTH).optional(),
        es: shortText(MAX_TEXT_LENGTH).optional(),
      })
      .refine((t) => Object.values(t).some(Boolean), { message: 'text_missing' }),
    originalLang: contentLangSchema.optional(),
    /** Recommending States, ISO 3166-1 alpha-2 (a parser may give names; the resolver maps them). */
    recommendingStates: z.array(shortText(200)).default([]),
    position: positionSchema.optional(),
    /** UPR Info action level, 1 (minimal action) … 5 (specific action). */
    actionLevel: z.number().int().min(1).max(5).optional(),
    status: implementationStatusSchema.optional(),
    statusDate: isoDate.optional(),
    /** Date the recommendation was made (adoption of the report or concluding observations). */
    date: isoDate.optional(),
    terms: z.array(recordTermSchema).default([]),
    published: z.boolean().optional(),
    confidential: z.boolean().optional(),
  })
  .meta({ id: 'RecommendationRecord' });
export type RecommendationRecord = z.infer<typeof recommendationRecordSchema>;
/** What a parser builds before validation (defaults not yet applied). */
export type RecommendationDraft = z.input<typeof recommendationRecordSchema>;

/** The Tatabbu exchange format, version 1 (JSON Schema in docs/exchange/). */
export const EXCHANGE_FORMAT = 'tatabbu-exchange';
export const EXCHANGE_VERSION = 1;
export const exchangeDocumentSchema = z
  .object({
    format: z.literal(EXCHANGE_FORMAT),
    version: z.literal(EXCHANGE_VERSION),
    exportedAt: z.iso.datetime({ offset: true }).optional(),
    /** Who produced the file, e.g. the instance name. */
    source: z.string().max(300).optional(),
    licence: z.string().max(500).optional(),
    recommendations: z.array(recommendationRecordSchema),
  })
  .meta({ id: 'ExchangeDocument' });
export type ExchangeDocument = z.infer<typeof exchangeDocumentSchema>;
