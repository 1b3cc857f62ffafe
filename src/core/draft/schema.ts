import { z } from 'zod';
import { designChoiceSchema } from '../pdf/designs/catalog';
import { HEARD, INTENTS, KINDS, LAYOUTS, PAPERS } from '../types';

/** Marker in every draft file, so a foreign JSON file is told apart from a damaged draft. */
export const DRAFT_FORMAT = 'olive-branch/draft';
/** The version this build writes. Older versions are migrated on load; newer ones are refused. */
export const DRAFT_VERSION = 2;
/** Drafts are a few KB; anything this large is not a draft and is refused before parsing. */
export const MAX_DRAFT_BYTES = 5 * 1024 * 1024;

/** The most unanswered attempts a draft, the guide channel and `olive guide` accept. */
export const MAX_UNANSWERED = 1000;

const isoDate = z.iso.datetime({ offset: true });
const shortText = z.string().max(200);

export const pronounSetSchema = z.strictObject({
  subject: z.string().min(1).max(20),
  object: z.string().min(1).max(20),
  possessive: z.string().min(1).max(20),
  possessivePronoun: z.string().min(1).max(20),
  reflexive: z.string().min(1).max(30),
  /** Verb agreement: "they are" is plural, "he is" / "ze is" singular. */
  plural: z.boolean(),
});
export type PronounSet = z.infer<typeof pronounSetSchema>;

export const pronounsSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.enum(['he', 'she', 'they']) }),
  z.strictObject({ kind: z.literal('custom'), set: pronounSetSchema }),
]);
export type Pronouns = z.infer<typeof pronounsSchema>;

export const situationSchema = z.strictObject({
  /** Texts, emails and calls that went unanswered so far (guide step 1). */
  unanswered: z.number().int().min(0).max(MAX_UNANSWERED),
  /** What mutual friends said (guide step 3). */
  heard: z.enum(HEARD),
  /** The new partner's name, when known (guide step 4). */
  partnerName: shortText.optional(),
});
export type Situation = z.infer<typeof situationSchema>;

export const addressSchema = z.string().max(500);

export const layoutChoiceSchema = z.strictObject({
  paper: z.enum(PAPERS),
  fold: z.enum(LAYOUTS),
  /** Dotted fold guides on the printed sheet. */
  foldGuides: z.boolean(),
  /** The card's front design and palette (src/core/pdf/designs); absent: the default design. */
  design: designChoiceSchema.optional(),
});
export type LayoutChoice = z.infer<typeof layoutChoiceSchema>;

/**
 * Findings the writer chose to keep: ignored ones follow their words (rule, field, text), and
 * switched-off checks by rule id or category. The verdict shows them as kept on purpose.
 */
export const keptSchema = z.strictObject({
  ignored: z
    .array(
      z.strictObject({
        rule: z.string().min(1).max(100),
        field: z.string().max(100).nullable(),
        text: z.string().max(2000),
      }),
    )
    .max(500),
  off: z.array(z.string().min(1).max(100)).max(200),
});
export type Kept = z.infer<typeof keptSchema>;

/**
 * A current draft. Strict at every level: a file or a request with a key this version does not
 * know is refused, not silently trimmed (what is saved is exactly what was read).
 */
export const draftSchema = z.strictObject({
  format: z.literal(DRAFT_FORMAT),
  version: z.literal(DRAFT_VERSION),
  kind: z.enum(KINDS),
  templateId: z.string().min(1).max(100),
  recipient: z.strictObject({
    name: shortText,
    pronouns: pronounsSchema,
    address: addressSchema.optional(),
  }),
  sender: z.strictObject({
    name: shortText,
    address: addressSchema.optional(),
  }),
  intent: z.enum(INTENTS),
  situation: situationSchema,
  /** The writer's words, by template field id. */
  fields: z.record(z.string().max(100), z.string().max(100_000)),
  layout: layoutChoiceSchema,
  createdAt: isoDate,
  updatedAt: isoDate,
  /** Set once the piece has been posted; the guide then recommends waiting. */
  mailedAt: isoDate.optional(),
  /** Wording findings kept on purpose (absent: none). */
  kept: keptSchema.optional(),
});
export type Draft = z.infer<typeof draftSchema>;

/**
 * Version 1 drafts (the first prototype) kept the recipient flat, had a single pronoun string and
 * no situation or layout. They are migrated, never written.
 */
export const draftV1Schema = z.object({
  format: z.literal(DRAFT_FORMAT),
  version: z.literal(1),
  kind: z.enum(KINDS),
  template: z.string().min(1).max(100),
  recipientName: shortText,
  pronouns: z.enum(['he', 'she', 'they']),
  senderName: shortText,
  intent: z.enum(INTENTS),
  fields: z.record(z.string().max(100), z.string().max(100_000)),
  paper: z.enum(PAPERS).optional(),
  created: isoDate,
  modified: isoDate,
});
export type DraftV1 = z.infer<typeof draftV1Schema>;
