import { z } from 'zod';
import { INTENTS, KINDS } from '../types';

export const FIELD_TYPES = ['short', 'long', 'choice'] as const;

export const templateFieldSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'field ids are camelCase letters and digits'),
    label: z.string().min(1).max(80),
    hint: z.string().max(300).default(''),
    type: z.enum(FIELD_TYPES),
    required: z.boolean().default(false),
    default: z.string().max(5000).default(''),
    /** For type "choice": the allowed values. */
    choices: z.array(z.object({ value: z.string().min(1), label: z.string().min(1) })).optional(),
    /** Soft limit shown to the writer; the PDF layout has the hard one. */
    maxWords: z.number().int().positive().optional(),
  })
  .refine((f) => f.type !== 'choice' || (f.choices?.length ?? 0) > 0, 'a choice field needs choices');
export type TemplateField = z.infer<typeof templateFieldSchema>;

export const sampleSchema = z.object({
  recipient: z.object({ name: z.string(), pronouns: z.enum(['he', 'she', 'they']) }),
  sender: z.string(),
  partnerName: z.string().optional(),
  fields: z.record(z.string(), z.string()),
});
export type TemplateSample = z.infer<typeof sampleSchema>;

export const templateMetaSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'template ids are lowercase words joined by hyphens'),
  kind: z.enum(KINDS),
  /** The guide step this piece serves (1-5). */
  step: z.number().int().min(1).max(5),
  title: z.string().min(1).max(80),
  description: z.string().min(1).max(400),
  /** The intent the piece is written for; cards and notes are always friendship. */
  intent: z.enum(INTENTS),
  /** For messages: how it is sent. */
  channel: z.enum(['text', 'email', 'post']).default('post'),
  /** A word for the tone, shown in the picker ("light", "warm", "reflective"). */
  tone: z.string().max(40).optional(),
  /** Block ids in print order; the source fills each with {{#block "id"}}. */
  blocks: z.array(z.string().regex(/^[a-z]+$/)).min(1),
  fields: z.array(templateFieldSchema),
  sample: sampleSchema,
});
export type TemplateMeta = z.infer<typeof templateMetaSchema>;
