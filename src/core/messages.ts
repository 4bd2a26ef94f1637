import { z } from 'zod';

/**
 * Every message between content script, popup and background, declared once. The background validates
 * each incoming message with these schemas: a compromised page cannot send it anything else.
 */
const cited = z
  .strictObject({
    place: z.string().max(40).optional(),
    year: z.number().int().optional(),
    rev: z.boolean().optional(),
    modified: z.boolean().optional(),
    revisionIndex: z.number().int().optional(),
    conference: z.string().max(12).optional(),
    garbled: z.literal(true).optional(),
  })
  .optional();

export const citeSchema = z.strictObject({
  id: z.string().max(80),
  cited,
  calledResolution: z.literal(true).optional(),
  symbolCorrected: z.literal(true).optional(),
  ambiguous: z.literal(true).optional(),
  kind: z.enum(['RES', 'DEC', 'REC']).optional(),
  number: z.string().max(20).optional(),
  venueBody: z.enum(['PP', 'COUNCIL', 'WTDC', 'WTSA', 'RA', 'WRC', 'GA', 'ECOSOC', 'SC', 'HRC']).optional(),
});
export type Cite = z.infer<typeof citeSchema>;

export const analyzeRequest = z.strictObject({
  type: z.literal('analyze'),
  lang: z.enum(['en', 'fr', 'es', 'ar', 'zh', 'ru']),
  /** Language of the links, when the user fixed one or chose the interface's (options page). */
  linkLang: z.enum(['en', 'fr', 'es', 'ar', 'zh', 'ru']).optional(),
  /** The reader's interface language: what the card says is written in it. */
  textLang: z.enum(['en', 'fr', 'es', 'ar', 'zh', 'ru']).optional(),
  refs: z.array(citeSchema).max(5000),
});
export type AnalyzeRequest = z.infer<typeof analyzeRequest>;

export const pageReportRequest = z.strictObject({ type: z.literal('page-report') });

export const requestSchema = z.discriminatedUnion('type', [analyzeRequest, pageReportRequest]);
export type Request = z.infer<typeof requestSchema>;
