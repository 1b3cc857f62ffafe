import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftPathFromArgs } from '../../src/main/args';
import { CONTENT_SECURITY_POLICY, isAllowedRequest } from '../../src/main/security-policy';
import { tempDir } from './helpers';

describe('offline: request filter', () => {
  it.each(['https://example.com/', 'http://localhost:5173/', 'ws://localhost:1/', 'wss://x.y/', 'ftp://x/', 'not a url'])('blocks %s', (url) => {
    expect(isAllowedRequest(url)).toBe(false);
  });
  it.each(['file:///app/out/renderer/index.html', 'devtools://devtools/bundled/inspector.html', 'data:image/png;base64,AA', 'blob:file:///1234'])('allows %s', (url) => {
    expect(isAllowedRequest(url)).toBe(true);
  });
  it('allows the built-in PDF viewer (printing) but no other extension', () => {
    expect(isAllowedRequest('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html')).toBe(true);
    expect(isAllowedRequest('chrome-extension://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/index.html')).toBe(false);
  });

  it('allows only the dev server, in development', () => {
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', 'http://localhost:5173')).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAllowedRequest('https://localhost:5173/', 'http://localhost:5173')).toBe(false);
    expect(isAllowedRequest('http://example.com/', 'http://localhost:5173')).toBe(false);
  });
});

describe('content security policy', () => {
  it('allows no eval, no inline script and no remote origin', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/default-src 'none'/);
  });
});

describe('file arguments', () => {
  it('finds the .olive file a second launch was given, ignoring flags and missing files', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'd'));
    await writeFile(join(dir, 'd', 'card.olive'), '{}');
    expect(draftPathFromArgs(['/usr/bin/olive', '--flag', 'd/card.olive'], dir)).toBe(join(dir, 'd', 'card.olive'));
    expect(draftPathFromArgs(['/usr/bin/olive', 'd/missing.olive'], dir)).toBeUndefined();
    expect(draftPathFromArgs(['/usr/bin/olive', '--inspect=x.olive'], dir)).toBeUndefined();
  });
});
