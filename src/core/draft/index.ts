export * from './schema';
export { parseDraft, serializeDraft, describeZodError, lineColumnAt } from './parse';
export { migrateV1, defaultFold } from './migrate';
export { createDraft, type NewDraftOptions } from './create';
