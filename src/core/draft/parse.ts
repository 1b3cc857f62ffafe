import type { z } from 'zod';
import { OliveError } from '../errors';
import { formatSize } from '../files/size';
import { migrateV1 } from './migrate';
import { DRAFT_FORMAT, DRAFT_VERSION, MAX_DRAFT_BYTES, draftSchema, draftV1Schema, type Draft } from './schema';

/** "line 3, column 5" for a UTF-16 offset into `text`. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** The first problem zod found, said as "at recipient.name: expected a string". */
export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'the data does not have the expected shape';
  const path = issue.path.length ? issue.path.map(String).join('.') : '(top level)';
  const more =
    error.issues.length > 1
      ? ` (and ${error.issues.length - 1} more problem${error.issues.length > 2 ? 's' : ''})`
      : '';
  return `at ${path}: ${issue.message}${more}`;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const at = position ? lineColumnAt(text, Number(position[1])) : undefined;
    const place = at ? ` (line ${at.line}, column ${at.column})` : '';
    throw new OliveError('draft/broken-json', `this draft is damaged: it is not valid JSON${place}`, where);
  }
}

/**
 * The one size rule for drafts, the same at save, autosave and load: a draft file (UTF-8, as
 * written) may be at most MAX_DRAFT_BYTES. Throws `draft/too-large` past it.
 */
export function checkDraftSize(bytes: number, where = 'draft'): void {
  if (bytes > MAX_DRAFT_BYTES) {
    throw new OliveError(
      'draft/too-large',
      `this draft is ${formatSize(bytes)}, larger than the ${MAX_DRAFT_BYTES / 1024 / 1024} MB a draft may be; ` +
        `shorten it or split it into two pieces`,
      where,
    );
  }
}

/**
 * checkDraftSize for text, encoded only when its length leaves the answer open (UTF-8 is at most 3 bytes a UTF-16
 * unit).
 */
function checkTextSize(text: string, where: string): void {
  if (text.length * 3 > MAX_DRAFT_BYTES) checkDraftSize(new TextEncoder().encode(text).length, where);
}

/**
 * Turns the text of a `.olive` file into a current Draft: checks size, JSON, format marker and
 * version, migrates older versions, validates the shape. Throws only OliveError.
 */
export function parseDraft(raw: string, where = 'draft'): Draft {
  checkTextSize(raw, where);
  if (stripBom(raw).trim() === '') throw new OliveError('draft/empty', 'this file is empty: it holds no draft', where);
  const data = parseJson(stripBom(raw), where);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new OliveError('draft/foreign', 'this is not an Olive Branch draft (expected a JSON object)', where);
  }
  const record = data as Record<string, unknown>;
  if (record.format !== DRAFT_FORMAT) {
    throw new OliveError(
      'draft/foreign',
      `this is not an Olive Branch draft (no "format": "${DRAFT_FORMAT}" marker)`,
      where,
    );
  }
  const version = record.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new OliveError('draft/bad-version', 'this draft has no valid version number', where);
  }
  if (version > DRAFT_VERSION) {
    throw new OliveError(
      'draft/future-version',
      `this draft was saved by a newer Olive Branch (file version ${version}, this app reads up to ` +
        `${DRAFT_VERSION}); please update the app to open it`,
      where,
    );
  }
  if (version === 1) {
    const old = draftV1Schema.safeParse(data);
    if (!old.success)
      throw new OliveError('draft/invalid', `this draft is damaged ${describeZodError(old.error)}`, where);
    return migrateV1(old.data);
  }
  const result = draftSchema.safeParse(data);
  if (!result.success)
    throw new OliveError('draft/invalid', `this draft is damaged ${describeZodError(result.error)}`, where);
  return result.data;
}

/** Stable, readable file text: two-space JSON with a trailing newline; refuses a draft too large to load again. */
export function serializeDraft(draft: Draft, where = 'draft'): string {
  const text = `${JSON.stringify(draftSchema.parse(draft), null, 2)}\n`;
  checkTextSize(text, where);
  return text;
}
