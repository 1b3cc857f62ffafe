import { mkdir, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { draftSchema, MAX_DRAFT_BYTES, type Draft } from '../../core/draft/schema';
import { readBoundedFile } from '../../core/files/read';
import { writeFileAtomic } from '../../core/files/atomic';

/** A recovery copy: the unsaved state of one open document, written while the writer types. */
export const recoveryRecordSchema = z.object({
  format: z.literal('olive-branch/recovery'),
  version: z.literal(1),
  docId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  path: z.string().nullable(),
  savedAt: z.iso.datetime({ offset: true }),
  draft: draftSchema,
});
export type RecoveryRecord = z.infer<typeof recoveryRecordSchema>;

const SUFFIX = '.recovery.json';
/** A draft at its size limit plus the record around it. */
const MAX_RECOVERY_BYTES = MAX_DRAFT_BYTES + 64 * 1024;

export class RecoveryFolder {
  constructor(readonly folder: string) {}

  fileFor(docId: string): string {
    return join(this.folder, `${docId}${SUFFIX}`);
  }

  async write(docId: string, path: string | null, draft: Draft, savedAt: Date): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    const record: RecoveryRecord = {
      format: 'olive-branch/recovery',
      version: 1,
      docId,
      path,
      savedAt: savedAt.toISOString(),
      draft,
    };
    // No .bak: a recovery copy is itself the fallback; the atomic rename keeps the last whole one.
    // Private to the writer: it holds the unsaved letter.
    await writeFileAtomic(this.fileFor(docId), JSON.stringify(record), { backup: false, mode: 0o600 });
  }

  async read(docId: string): Promise<RecoveryRecord | undefined> {
    try {
      // Size and type first: a planted huge file or device is skipped, not read.
      const bytes = await readBoundedFile(this.fileFor(docId), MAX_RECOVERY_BYTES);
      const parsed = recoveryRecordSchema.safeParse(JSON.parse(bytes.toString('utf8')));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  /** Every readable recovery copy, newest first. Unreadable ones are skipped, not deleted. */
  async list(): Promise<RecoveryRecord[]> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch {
      return [];
    }
    const records = await Promise.all(
      names.filter((n) => n.endsWith(SUFFIX)).map((n) => this.read(n.slice(0, -SUFFIX.length))),
    );
    return records
      .filter((r): r is RecoveryRecord => r !== undefined)
      .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  async remove(docId: string): Promise<void> {
    await unlink(this.fileFor(docId)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
}
