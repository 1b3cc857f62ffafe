import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findElectronBinary, MISSING_ELECTRON } from '../../scripts/electron-binary.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'olive-electron-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('finding the Electron binary', () => {
  it('takes ELECTRON_EXEC_PATH when that file exists, and reports none when it does not', () => {
    const exe = join(dir, 'electron');
    writeFileSync(exe, '');
    expect(findElectronBinary({ ELECTRON_EXEC_PATH: exe })).toBe(exe);
    expect(findElectronBinary({ ELECTRON_EXEC_PATH: join(dir, 'missing') })).toBeUndefined();
  });

  it('looks in ELECTRON_OVERRIDE_DIST_PATH', () => {
    expect(findElectronBinary({ ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'nowhere') })).toBeUndefined();
  });
});

describe('npm start without the Electron binary', () => {
  it('says so in one line with the fix, no stack trace, and builds nothing', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/electron-vite.mjs'), 'preview'], {
      cwd: ROOT,
      env: { ...process.env, ELECTRON_EXEC_PATH: join(dir, 'missing') },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`${MISSING_ELECTRON}\n`);
    expect(run.stderr).toContain('npx install-electron');
    expect(run.stdout).toBe('');
  });

  it('hands over to electron-vite when the binary is there', () => {
    // A stand-in binary: electron-vite's --help answers before it would start anything.
    const exe = join(dir, 'stand-in-electron');
    writeFileSync(exe, '#!/bin/sh\nexit 0\n');
    chmodSync(exe, 0o755);
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/electron-vite.mjs'), '--help'], {
      cwd: ROOT,
      env: { ...process.env, ELECTRON_EXEC_PATH: exe },
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('electron-vite');
  });
});
