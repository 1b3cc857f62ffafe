#!/usr/bin/env node
/**
 * `npm run dist:check`: packages the app as `npm run dist` does (electron-builder with
 * electron-builder.yml, Linux folder target) against a stand-in Electron folder, so nothing is
 * downloaded, and checks the payload:
 *   - app.asar at most 15 MB, nothing unpacked beside it;
 *   - no source files (.ts, .tsx), no source maps;
 *   - node_modules in app.asar are exactly `dependencies` and what they depend on: no renderer-only
 *     package (React, CodeMirror, pdf.js, the language model: Vite bundled those);
 *   - every package the built main, preload and worker import is in app.asar;
 *   - fonts beside app.asar within 25 MB, with their licences; the bundled templates;
 *   - Electron's fuses flipped in the packaged binary as configured (the stand-in carries a fuse
 *     wire like Electron's own, so @electron/fuses flips it for real);
 *   - icons for every platform, made from the one drawing.
 * Prints one table of sizes; exits 1 with one line per failed check. See docs/ARCHITECTURE.md,
 * "The installer". --no-build reuses out/ (after `npx electron-vite build`).
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import asar from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { makeIcons, PNG_SIZES } from './icons.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MB = 1024 * 1024;
export const LIMITS = { asar: 15 * MB, fonts: 25 * MB };
/** Packages the renderer alone uses (Vite bundles them into out/renderer): never in app.asar. */
const RENDERER_ONLY = [
  'react',
  'react-dom',
  'codemirror',
  '@codemirror/view',
  '@codemirror/state',
  '@codemirror/lint',
  '@codemirror/commands',
  'pdfjs-dist',
  '@napi-rs/canvas',
  'wink-nlp',
  'wink-eng-lite-web-model',
  'zod',
  'handlebars',
  'nspell',
];
/** The fuse states electron-builder.yml asks for ('0' off, '1' on), by @electron/fuses option. */
const FUSES = {
  RunAsNode: '0',
  EnableCookieEncryption: '1',
  EnableNodeOptionsEnvironmentVariable: '0',
  EnableNodeCliInspectArguments: '0',
  EnableEmbeddedAsarIntegrityValidation: '1',
  OnlyLoadAppFromAsar: '1',
  GrantFileProtocolExtraPrivileges: '0',
};
/** Electron's own fuse wire as shipped: the marker @electron/fuses looks for, version 1, 8 fuses. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ELECTRON_DEFAULT_WIRE = '10110001';

const failures = [];
const check = (ok, line) => {
  if (!ok) failures.push(line);
};
const mb = (bytes) => `${(bytes / MB).toFixed(2)} MB`;

function folderSize(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? folderSize(path) : statSync(path).size;
  }
  return total;
}

/** A folder shaped like Electron's Linux download, with a fuse wire but no browser in it. */
function standInElectron(dir) {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  const version = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
  const wire = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in Electron: nothing to run"\n'),
    Buffer.from(SENTINEL),
    Buffer.from([1, ELECTRON_DEFAULT_WIRE.length]),
    Buffer.from(ELECTRON_DEFAULT_WIRE),
  ]);
  writeFileSync(join(dir, 'electron'), wire);
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'version'), version);
  writeFileSync(join(dir, 'LICENSE'), 'stand-in');
  writeFileSync(join(dir, 'LICENSES.chromium.html'), 'stand-in');
  return dir;
}

/** `name` and everything it depends on at run time, as installed in node_modules. */
function runtimeClosure(names) {
  const seen = new Set();
  const visit = (name, from) => {
    let dir = from;
    for (;;) {
      const candidate = join(dir, 'node_modules', name, 'package.json');
      if (existsSync(candidate)) {
        if (seen.has(candidate)) return;
        seen.add(candidate);
        const pkg = JSON.parse(readFileSync(candidate, 'utf8'));
        for (const dep of Object.keys(pkg.dependencies ?? {})) visit(dep, dirname(candidate));
        for (const dep of Object.keys(pkg.optionalDependencies ?? {}))
          if (existsSync(join(dirname(candidate), '..', dep))) visit(dep, dirname(candidate));
        return;
      }
      if (dir === root || dir === dirname(dir)) return;
      dir = dirname(dir);
    }
  };
  for (const name of names) visit(name, root);
  return new Set([...seen].map((p) => JSON.parse(readFileSync(p, 'utf8')).name));
}

/** Package names under node_modules in the archive (scoped ones as @scope/name). */
function packagesIn(files) {
  const names = new Set();
  for (const file of files) {
    const parts = file.split('/');
    for (
      let i = parts.lastIndexOf('node_modules');
      i >= 0;
      i = i === 0 ? -1 : parts.lastIndexOf('node_modules', i - 1)
    ) {
      const scoped = parts[i + 1]?.startsWith('@');
      const name = scoped ? (parts[i + 2] === undefined ? undefined : `${parts[i + 1]}/${parts[i + 2]}`) : parts[i + 1];
      if (name) names.add(name);
    }
  }
  return names;
}

/** Bare package names the built JavaScript imports or requires (node: built-ins and electron aside). */
function importedPackages(dir) {
  const names = new Set();
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(c|m)?js$/.test(entry.name)) {
        const code = readFileSync(path, 'utf8');
        // The same quote on both sides, and a spec shaped like a package name: minified code has
        // words such as `after from` inside template strings, which are not imports.
        for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)(["'`])([^"'`./][^"'`]*)\1/g)) {
          const spec = m[2];
          if (!/^(?:@[a-z0-9][\w.~-]*\/)?[a-z0-9][\w.~-]*(?:\/[\w.~/-]*)?$/i.test(spec)) continue;
          if (spec.startsWith('node:') || spec === 'electron') continue;
          names.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
        }
      }
    }
  };
  walk(dir);
  return names;
}

export async function distCheck({ build = true, quiet = false } = {}) {
  if (build)
    execFileSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
      cwd: root,
      stdio: 'inherit',
    });
  await makeIcons();
  const work = mkdtempSync(join(tmpdir(), 'olive-dist-check-'));
  try {
    const electronDist = standInElectron(join(work, 'electron'));
    const output = join(work, 'release');
    execFileSync(
      process.execPath,
      [
        join(root, 'node_modules/electron-builder/cli.js'),
        '--linux',
        'dir',
        '--config',
        'electron-builder.yml',
        `-c.electronDist=${electronDist}`,
        `-c.directories.output=${output}`,
      ],
      {
        cwd: root,
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
      },
    );
    const app = join(output, 'linux-unpacked');
    const resources = join(app, 'resources');
    const archive = join(resources, 'app.asar');
    const files = asar.listPackage(archive).map((f) => f.replaceAll('\\', '/').replace(/^\//, ''));
    const sizeOf = (f) => {
      const entry = asar.statFile(archive, f);
      return 'size' in entry && !('files' in entry) ? entry.size : 0;
    };

    // Size, and nothing left unpacked.
    const asarBytes = statSync(archive).size;
    check(asarBytes <= LIMITS.asar, `app.asar is ${mb(asarBytes)}, over ${mb(LIMITS.asar)}`);
    const unpacked = join(resources, 'app.asar.unpacked');
    check(
      !existsSync(unpacked),
      `files are unpacked beside app.asar: ${existsSync(unpacked) ? readdirSync(unpacked).join(', ') : ''}`,
    );

    // No sources or maps.
    const sources = files.filter((f) => /\.(ts|tsx|mts|cts)$/.test(f) || f.startsWith('src/'));
    const more = sources.length > 5 ? ` and ${sources.length - 5} more` : '';
    check(sources.length === 0, `source files in app.asar: ${sources.slice(0, 5).join(', ')}${more}`);
    const maps = files.filter((f) => f.endsWith('.map'));
    check(maps.length === 0, `source maps in app.asar: ${maps.slice(0, 5).join(', ')}`);

    // Exactly the run-time packages.
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const expected = runtimeClosure(Object.keys(pkg.dependencies ?? {}));
    const shipped = packagesIn(files);
    const extra = [...shipped].filter((n) => !expected.has(n));
    const missing = [...expected].filter((n) => !shipped.has(n));
    check(extra.length === 0, `packages in app.asar that main does not need: ${extra.join(', ')}`);
    check(missing.length === 0, `run-time packages missing from app.asar: ${missing.join(', ')}`);
    const rendererOnly = RENDERER_ONLY.filter((n) => shipped.has(n));
    check(rendererOnly.length === 0, `renderer-only packages in app.asar: ${rendererOnly.join(', ')}`);
    const imported = [...importedPackages(join(root, 'out/main')), ...importedPackages(join(root, 'out/preload'))];
    const unresolved = imported.filter((n) => !shipped.has(n));
    check(
      unresolved.length === 0,
      `the built main or worker imports packages app.asar lacks: ${unresolved.join(', ')}`,
    );
    const notDeclared = imported.filter((n) => !(n in (pkg.dependencies ?? {})));
    check(
      notDeclared.length === 0,
      `the built main or worker imports packages that are not in dependencies: ${notDeclared.join(', ')}`,
    );
    check(
      files.includes('out/main/index.js') &&
        files.includes('out/preload/index.cjs') &&
        files.includes('out/renderer/index.html'),
      'app.asar lacks the built main, preload or renderer',
    );

    // Beside app.asar: fonts (with licences) and templates.
    const fontsDir = join(resources, 'resources', 'fonts');
    const fontFiles = existsSync(fontsDir) ? readdirSync(fontsDir) : [];
    const fontBytes = existsSync(fontsDir) ? folderSize(fontsDir) : 0;
    check(
      fontBytes > 0 && fontBytes <= LIMITS.fonts,
      `fonts beside app.asar take ${mb(fontBytes)} (limit ${mb(LIMITS.fonts)})`,
    );
    for (const face of fontFiles.filter((f) => /\.(ttf|otf)$/.test(f))) {
      const family = face.replace(/-[^-]+\.(ttf|otf)$/, '');
      check(fontFiles.includes(`OFL-${family}.txt`), `font ${face} ships without its licence (OFL-${family}.txt)`);
    }
    const templatesDir = join(resources, 'templates');
    check(
      existsSync(templatesDir) && readdirSync(templatesDir).length > 0,
      'the bundled templates are not beside app.asar',
    );
    const templateBytes = existsSync(templatesDir) ? folderSize(templatesDir) : 0;

    // Fuses, read back from the packaged binary.
    const wire = await getCurrentFuseWire(join(app, 'olive-branch'));
    for (const [name, want] of Object.entries(FUSES)) {
      const got = String.fromCharCode(wire[FuseV1Options[name]]);
      check(
        got === want,
        `fuse ${name} is ${got === '1' ? 'on' : got === '0' ? 'off' : got}, configured ${want === '1' ? 'on' : 'off'}`,
      );
    }

    // Icons.
    const icons = join(root, 'build/icons');
    for (const f of ['icon.ico', 'icon.icns', ...PNG_SIZES.map((s) => `png/${s}x${s}.png`)])
      check(existsSync(join(icons, f)), `icon ${f} was not made`);

    const biggest = new Map();
    for (const f of files) {
      const parts = f.split('/');
      const i = parts.lastIndexOf('node_modules');
      const key =
        i >= 0
          ? `node_modules/${parts[i + 1]?.startsWith('@') ? `${parts[i + 1]}/${parts[i + 2]}` : parts[i + 1]}`
          : parts.slice(0, 2).join('/');
      biggest.set(key, (biggest.get(key) ?? 0) + sizeOf(f));
    }
    const rows = [
      { part: 'app.asar', size: mb(asarBytes), limit: mb(LIMITS.asar) },
      ...[...biggest.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .map(([part, bytes]) => ({ part: `  ${part}`, size: mb(bytes), limit: '' })),
      { part: 'fonts (extra resources)', size: mb(fontBytes), limit: mb(LIMITS.fonts) },
      { part: 'templates (extra resources)', size: mb(templateBytes), limit: '' },
      { part: 'payload in all', size: mb(asarBytes + fontBytes + templateBytes), limit: '' },
    ];
    if (!quiet) {
      console.table(rows);
      console.log(
        `${shipped.size} packages in app.asar (${[...expected].sort().join(', ')}); ${files.length} entries; ` +
          `${Object.keys(FUSES).length} fuses read back from the packaged binary`,
      );
    }
    return { failures, asarBytes, fontBytes, templateBytes };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { failures: failed } = await distCheck({ build: !process.argv.includes('--no-build') });
  if (failed.length > 0) {
    for (const line of failed) console.error(`dist:check: ${line}`);
    process.exit(1);
  }
  console.log('dist:check: the payload is as it should be');
}
