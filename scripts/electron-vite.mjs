#!/usr/bin/env node
/**
 * `npm start` and `npm run dev`: electron-vite, after checking that the Electron binary is there.
 * Without it electron-vite fails with "Error: Electron uninstall" and a stack trace; this says what
 * happened and the fix in one line instead, before anything is built.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findElectronBinary, MISSING_ELECTRON } from './electron-binary.mjs';

if (!findElectronBinary()) {
  process.stderr.write(`${MISSING_ELECTRON}\n`);
  process.exit(1);
}
const cli = fileURLToPath(new URL('../node_modules/electron-vite/bin/electron-vite.js', import.meta.url));
const child = spawn(process.execPath, [cli, ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
