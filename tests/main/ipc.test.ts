import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/main/handlers';
import { createSenderCheck, wrapAll, type IpcEventLike } from '../../src/main/ipc/wrap';
import { createNodeContext } from './node-context';
import { buildOliveApi } from '../../src/shared/bridge';
import { API_METHODS, channelName, contract } from '../../src/shared/ipc';
import { newCard, setup, tempDir } from './helpers';

const APP_URL = 'app://olive/index.html';
const check = createSenderCheck({ rendererUrl: () => APP_URL, webContentsId: () => 7 });
const ours: IpcEventLike = { sender: { id: 7 }, senderFrame: { url: `${APP_URL}#/editor`, parent: null } };

describe('sender check', () => {
  it.each<[string, IpcEventLike]>([
    ['another page', { sender: { id: 7 }, senderFrame: { url: 'https://evil.example/index.html', parent: null } }],
    ['another local file', { sender: { id: 7 }, senderFrame: { url: 'file:///tmp/evil.html', parent: null } }],
    ['a subframe of our page', { sender: { id: 7 }, senderFrame: { url: APP_URL, parent: {} } }],
    ['another window', { sender: { id: 8 }, senderFrame: { url: APP_URL, parent: null } }],
    ['a frame that is gone', { sender: { id: 7 }, senderFrame: null }],
  ])('refuses %s', (_name, event) => {
    expect(check(event)).toBe(false);
  });

  it('accepts our own page (hash and query ignored) and, in development, the dev server origin', () => {
    expect(check(ours)).toBe(true);
    const dev = createSenderCheck({ rendererUrl: () => 'http://localhost:5173', webContentsId: () => 1 });
    expect(dev({ sender: { id: 1 }, senderFrame: { url: 'http://localhost:5173/#x', parent: null } })).toBe(true);
    expect(dev({ sender: { id: 1 }, senderFrame: { url: 'http://localhost:5174/', parent: null } })).toBe(false);
  });
});

describe('wrapped channels', () => {
  async function table(allowDirectPaths = true) {
    const dataDir = await tempDir();
    const ctx = { ...createNodeContext({ dataDir }), allowDirectPaths };
    const { handlers } = createHandlers(ctx);
    return { invoke: wrapAll(handlers, check), handlers, ctx };
  }

  it('covers every channel of the contract, and nothing else', async () => {
    const { invoke } = await table();
    const expected = Object.entries(API_METHODS).flatMap(([g, ms]) => ms.map((m) => channelName(g, m)));
    expect([...invoke.keys()].sort()).toEqual(expected.sort());
    expect(Object.keys(contract).sort()).toEqual(Object.keys(API_METHODS).sort());
  });

  it('refuses a foreign sender before looking at the payload or running the handler', async () => {
    const { invoke, ctx } = await table();
    const result = await invoke.get('olive:window.confirmClose')?.(
      { sender: { id: 7 }, senderFrame: { url: 'https://evil.example/', parent: null } },
      undefined,
    );
    expect(result).toEqual({ ok: false, error: { code: 'ipc/forbidden-sender', message: expect.any(String) } });
    expect(ctx.record.closeConfirmed).toBe(0);
  });

  it.each([
    ['olive:settings.set', { paper: 'a3' }],
    ['olive:settings.set', { paper: 'a4', __proto__: { polluted: true }, extra: 1 }],
    ['olive:drafts.open', { path: 'relative/file.olive' }],
    ['olive:drafts.save', { docId: '../../etc', path: '/tmp/x.olive', draft: {} }],
    ['olive:recovery.restore', { docId: '../escape' }],
    ['olive:guide.recommend', { unanswered: -1, heard: 'unknown', want: 'friendship' }],
    ['olive:templates.render', 'not an object'],
    ['olive:shell.reveal', { path: '/tmp/a\u0000b' }],
  ])('refuses an invalid payload on %s', async (channel, payload) => {
    const { invoke } = await table();
    const result = await invoke.get(channel)?.(ours, payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc/invalid-payload' } });
  });

  it('answers with ok/value on success and a typed error (never a throw) on failure', async () => {
    const { invoke } = await table();
    const settings = await invoke.get('olive:settings.get')?.(ours, undefined);
    expect(settings).toMatchObject({ ok: true, value: { paper: 'letter' } });
    const missing = await invoke.get('olive:drafts.open')?.(ours, { path: '/nonexistent/folder/x.olive' });
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'draft/unreadable', where: '/nonexistent/folder/x.olive' },
    });
  });

  it('in the app, refuses paths the writer never chose; allows them once chosen in a dialog', async () => {
    const { invoke, ctx, handlers } = await table(false);
    const { docId, draft } = await newCard(handlers);
    // Outside the app's own folder (Documents/Olive Branch, which is granted as a whole).
    const path = join(ctx.paths.userData, '..', 'Desktop', 'chosen.olive');
    ctx.answerDialogs(null); // the writer does not confirm the place in the Save dialog
    const refused = await invoke.get('olive:drafts.save')?.(ours, { docId, path, draft });
    expect(refused).toMatchObject({ ok: false, error: { code: 'path/not-allowed' } });
    const reveal = await invoke.get('olive:shell.reveal')?.(ours, { path: '/etc/passwd' });
    expect(reveal).toMatchObject({ ok: false, error: { code: 'path/not-allowed' } });
    expect(ctx.record.revealed).toEqual([]);
    ctx.answerDialogs(path);
    expect(await invoke.get('olive:drafts.saveAs')?.(ours, { docId, draft, path: '/tmp/ignored.olive' })).toMatchObject(
      { ok: true, value: { path } },
    );
    expect(await invoke.get('olive:drafts.save')?.(ours, { docId, path, draft })).toMatchObject({ ok: true });
    expect(await invoke.get('olive:shell.reveal')?.(ours, { path })).toEqual({ ok: true, value: null });
    expect(ctx.record.revealed).toEqual([path]);
  });
});

describe('preload bridge', () => {
  it('exposes exactly the contract methods, each invoking its channel with the payload', async () => {
    const calls: [string, unknown][] = [];
    const api = buildOliveApi(
      async (channel, payload) => {
        calls.push([channel, payload]);
        return { ok: true, value: null };
      },
      () => () => undefined,
    );
    for (const [group, methods] of Object.entries(API_METHODS)) {
      expect(Object.keys((api as unknown as Record<string, object>)[group] ?? {}).sort()).toEqual([...methods].sort());
    }
    await api.settings.set({ paper: 'a4' });
    await api.templates.list();
    expect(calls).toEqual([
      ['olive:settings.set', { paper: 'a4' }],
      ['olive:templates.list', undefined],
    ]);
    expect(() => api.on('nope' as 'command', () => undefined)).toThrow(/unknown event/);
  });
});

describe('window and app channels', () => {
  it('reports the document state and confirms close after flushing', async () => {
    const { handlers, ctx, services } = await setup({ autosaveDelayMs: 60_000 });
    const { docId, draft } = await newCard(handlers, 'pending');
    await handlers.recovery.autosave({ docId, path: null, draft });
    await handlers.window.setDocumentState({ dirty: true, title: 'Card to Sam' });
    expect(ctx.record.documentState).toEqual([{ dirty: true, title: 'Card to Sam' }]);
    await handlers.window.confirmClose(undefined);
    expect(ctx.record.closeConfirmed).toBe(1);
    expect((await services.recovery.list()).map((r) => r.draft.fields.message)).toEqual(['pending']);
  });

  it('app info has versions, locale and the documents folder', async () => {
    const { handlers, docs } = await setup();
    expect(await handlers.app.info(undefined)).toMatchObject({
      name: 'Olive Branch',
      locale: 'en-US',
      documentsFolder: docs,
      notices: [],
    });
  });
});
