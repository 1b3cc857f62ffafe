import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/main/handlers';
import { wrapAll } from '../../src/main/ipc/wrap';
import { createNodeContext } from './node-context';
import type { ZodType } from 'zod';
import { contract, resultSchema, type Group } from '../../src/shared/ipc';
import { tempDir } from './helpers';

const root = resolve(import.meta.dirname, '../..');

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory()
        ? sourceFiles(join(dir, e.name))
        : Promise.resolve(/\.(ts|tsx|mjs|js)$/.test(e.name) ? [join(dir, e.name)] : []),
    ),
  );
  return nested.flat();
}

describe('the IPC fence', () => {
  it('only register.ts touches ipcMain and only the preload touches ipcRenderer', async () => {
    const offenders: string[] = [];
    for (const file of await sourceFiles(join(root, 'src'))) {
      const text = await readFile(file, 'utf8');
      const rel = relative(root, file).split('\\').join('/');
      // An import from electron naming it, or a property access such as require('electron').ipcMain.
      const uses = (name: string) =>
        new RegExp(`import\\s*(type\\s*)?\\{[^}]*\\b${name}\\b[^}]*\\}\\s*from\\s*['"]electron['"]`).test(text) ||
        new RegExp(`\\.${name}\\b`).test(text);
      if (uses('ipcMain') && rel !== 'src/main/ipc/register.ts') offenders.push(`${rel} (ipcMain)`);
      if (uses('ipcRenderer') && rel !== 'src/preload/index.ts') offenders.push(`${rel} (ipcRenderer)`);
    }
    expect(offenders).toEqual([]);
  });
});

describe('results match their schemas', () => {
  it('every answer of a whole session parses with its channel result schema', async () => {
    const dataDir = await tempDir();
    const ctx = createNodeContext({ dataDir, autosaveDelayMs: 5, pdfCreationDate: new Date('2026-03-01T00:00:00Z') });
    const { handlers, services } = createHandlers(ctx);
    const table = wrapAll(handlers, () => true);
    const event = { sender: { id: 1 }, senderFrame: { url: 'file:///x', parent: null } };
    const seen = new Set<string>();
    const call = async (group: Group, method: string, payload?: unknown) => {
      const channel = `olive:${group}.${method}`;
      const answer = await table.get(channel)?.(event, payload);
      const schema = (contract[group] as Record<string, { result: ZodType }>)[method]?.result;
      if (!schema) throw new Error(`no schema for ${channel}`);
      const parsed = resultSchema(schema).safeParse(answer);
      expect(parsed.success, `${channel}: ${JSON.stringify(parsed.error?.issues?.[0])}`).toBe(true);
      expect(answer, channel).toMatchObject({ ok: true });
      seen.add(channel);
      return (answer as unknown as { value: never }).value;
    };
    await call('app', 'info');
    await call('templates', 'list');
    await call('settings', 'get');
    await call('settings', 'set', { senderName: 'Alex' });
    const { docId, draft } = await call('drafts', 'create', {
      templateId: 'card-thinking-of-you',
      recipientName: 'Sam',
      fields: { message: 'Hi.' },
    });
    await call('templates', 'render', { draft });
    await call('recovery', 'autosave', { docId, path: null, draft });
    await services.autosaver.flush();
    await call('recovery', 'list');
    const restored = await call('recovery', 'restore', { docId });
    const path = join(ctx.paths.documents, 'a.olive');
    const saved = await call('drafts', 'saveAs', { docId: (restored as { docId: string }).docId, draft, path });
    await call('drafts', 'save', { docId, path, draft });
    await call('drafts', 'open', { path });
    await call('recent', 'list');
    const renamed = await call('drafts', 'rename', { path: (saved as { path: string }).path, newName: 'b' });
    await call('shell', 'reveal', { path: (renamed as { path: string }).path });
    await call('pdf', 'preview', { draft });
    await call('pdf', 'export', { draft, path: join(ctx.paths.documents, 'a.pdf') });
    await call('pdf', 'print', { draft });
    await call('guide', 'recommend', { unanswered: 1, heard: 'unknown', want: 'friendship' });
    await call('lint', 'spelling', { text: 'The lilacs are beautifull.', kind: 'card' });
    await call('contacts', 'append', { recipient: 'Sam', channel: 'text', direction: 'sent' });
    await call('contacts', 'markMailed', { docId, path: (renamed as { path: string }).path, draft });
    await call('contacts', 'get');
    await call('recovery', 'autosave', { docId, path: null, draft });
    await call('recovery', 'discard', { docId });
    await call('recent', 'forget', { path: (renamed as { path: string }).path });
    await call('drafts', 'delete', { path: (renamed as { path: string }).path });
    await call('window', 'setDocumentState', { dirty: false });
    await call('window', 'confirmClose');
    await call('window', 'takeOpenRequests');
    const all = Object.entries(contract).flatMap(([g, ms]) => Object.keys(ms).map((m) => `olive:${g}.${m}`));
    expect([...seen].sort()).toEqual(all.sort());
  });
});
