import { extname, resolve } from 'node:path';
import { readBoundedFile, UnreadableFile } from '../core/files/read';
import { formatSize } from '../core/files/size';
import { decodeStrictUtf8 } from '../core/files/utf8';
import type { Intent, Kind } from '../core/types';
import { UsageError, type CliIo } from './io';

/**
 * The most text `olive lint` reads from one input: fifty times the longest letter. Linting grows
 * linearly with the text, about a second per megabyte on a busy machine (npm run bench), so a
 * file at the limit still answers within a second or two.
 */
export const MAX_LINT_BYTES = 1024 * 1024;

export interface LintInput {
  text: string;
  /** From a draft file: its kind and intent, unless the command line says otherwise. */
  kind?: Kind;
  intent?: Intent;
}

const REASONS: Record<UnreadableFile['reason'], string> = {
  missing: 'no such file',
  folder: 'it is a folder',
  'not-a-file': 'not a regular file',
  'no-permission': 'permission denied',
  'too-large': '',
  error: 'unreadable',
};

function decodeText(bytes: Uint8Array, label: string): string {
  const text = decodeStrictUtf8(bytes);
  if (text === undefined) throw new UsageError(`cannot read ${label} (not UTF-8 text)`);
  return text;
}

/**
 * A `.olive` draft is linted as the text it prints: its template filled with its fields. The draft
 * schema and Handlebars are imported here, so linting plain text never loads them.
 */
async function readDraftForLint(path: string, io: CliIo): Promise<LintInput> {
  const [{ readDraftFile }, { findTemplate, loadTemplates }, { draftInput, renderTemplate }] = await Promise.all([
    import('../core/draft/file'),
    import('../core/templates/load'),
    import('../core/templates/render'),
  ]);
  const draft = await readDraftFile(path);
  const template = findTemplate(await loadTemplates(io.templatesDir), draft.templateId);
  return { text: renderTemplate(template, draftInput(draft)).text, kind: draft.kind, intent: draft.intent };
}

/**
 * One input of `olive lint`: "-" (standard input), a `.olive` draft, or a text file. Size and file
 * type are checked before any work (a device such as /dev/zero, a pipe or a 50 MB file is refused
 * at once with exit 2), and the text must be UTF-8.
 */
export async function readLintInput(name: string, io: CliIo): Promise<LintInput> {
  if (name === '-') {
    const bytes = await io.readStdin(MAX_LINT_BYTES);
    if (bytes.length > MAX_LINT_BYTES)
      throw new UsageError(
        `standard input is larger than ${formatSize(MAX_LINT_BYTES)}, the most olive lint reads at once`,
      );
    return { text: decodeText(bytes, 'standard input') };
  }
  const path = resolve(io.cwd, name);
  if (extname(name).toLowerCase() === '.olive') return readDraftForLint(path, io);
  try {
    return { text: decodeText(await readBoundedFile(path, MAX_LINT_BYTES), name) };
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    const why =
      error.reason === 'too-large'
        ? `it is ${formatSize(error.size ?? MAX_LINT_BYTES + 1)}; olive lint reads at most ` +
          `${formatSize(MAX_LINT_BYTES)}`
        : error.reason === 'error'
          ? (error.errno ?? REASONS.error)
          : REASONS[error.reason];
    throw new UsageError(`cannot read ${name} (${why})`);
  }
}
