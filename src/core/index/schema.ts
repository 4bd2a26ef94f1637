import { z } from 'zod';

/**
 * The schema of data/*.yaml (documented in data/README.md). zod gives one place for the shape, the
 * error messages and the TypeScript type; the same schema validates index update files at run time.
 */
const url = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL where the fact was seen' });
const year = z.number().int().min(1850).max(2100);
const lang = z.enum(['en', 'fr', 'es', 'ar', 'zh', 'ru']);
const id = z
  .string()
  .regex(
    /^(?:ITU\/(?:PP|COUNCIL|WTDC|WTSA|RA|WRC)\/(?:RES|DEC|REC)\/\d{1,4}|[AES]\/[A-Z0-9./()\- ]+)$/,
    'not a canonical id (data/README.md)',
  );

export const versionSchema = z.strictObject({
  year,
  place: z.string().min(2).optional(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  revisionIndex: z.number().int().min(0).max(30).optional(),
  conference: z.string().optional(),
  source: url,
});

export const entrySchema = z
  .strictObject({
    id,
    kind: z.enum(['resolution', 'decision', 'recommendation', 'report', 'other']),
    number: z.string().min(1),
    titles: z
      .array(z.strictObject({ lang, text: z.string().min(3), from: year.optional(), source: url }))
      .optional(),
    versions: z.array(versionSchema).optional(),
    historyComplete: z.boolean(),
    adoptionUnknown: z.boolean().optional(),
    status: z.enum(['in-force', 'abrogated', 'superseded', 'unknown']),
    statusSource: url.optional(),
    supersededBy: id.optional(),
    related: z.array(id).optional(),
    aliases: z.array(z.string().min(1)).optional(),
    note: z.string().optional(),
  })
  .refine((e) => e.status === 'unknown' || e.statusSource !== undefined, {
    message: 'a known status needs its statusSource',
    path: ['statusSource'],
  })
  .refine((e) => !e.historyComplete || (e.versions?.length ?? 0) > 0, {
    message: 'historyComplete needs versions',
    path: ['historyComplete'],
  })
  .refine((e) => (e.versions ?? []).every((v, i, all) => i === 0 || v.year >= (all[i - 1]?.year ?? 0)), {
    message: 'versions must be in chronological order',
    path: ['versions'],
  });

export const dataFileSchema = z.strictObject({ entries: z.array(entrySchema) });
export type DataEntry = z.infer<typeof entrySchema>;
