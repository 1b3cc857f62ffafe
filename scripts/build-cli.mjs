// Builds the `olive` CLI and the library's subpath exports (olive-branch/core, /lint, /pdf,
// /templates, /guide) into dist/. Runs in `prepare`, so `npx olive --help` works right after
// `npm install` / `npm ci`.
//
// Code splitting: each entry and each CLI command is its own chunk, so `olive --help` loads no
// command and a lint user never loads pdfkit. Packages listed in `dependencies` stay external
// (they are installed with the package and some read their own data files at run time); every
// other package the core uses is bundled in, so the built CLI needs nothing from devDependencies.
// `olive lint` is also built as one classic script (dist/lint-cli.cjs), which Node 20 compiles
// with a V8 code cache (src/cli/lint-loader.ts).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Script } from 'node:vm';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const runtime = Object.keys(pkg.dependencies ?? {});

// --out DIR builds elsewhere; --no-types skips the declarations. Both for tests of the bundle
// graph (tests/unit/cli-bundle.test.ts), which read DIR/meta.json: esbuild's record of what each
// file imports.
const { values: options } = parseArgs({ options: { out: { type: 'string' }, 'no-types': { type: 'boolean' } } });
const outdir = resolve(root, options.out ?? 'dist');

/** Entry name (dist/NAME.mjs) -> source; the library names match package.json `exports`. */
const ENTRIES = {
  cli: 'src/cli/bin.ts',
  core: 'src/core/index.ts',
  lint: 'src/core/lint-node/index.ts',
  pdf: 'src/core/pdf/index.ts',
  templates: 'src/core/templates/index.ts',
  guide: 'src/core/guide/index.ts',
};

rmSync(outdir, { recursive: true, force: true });

// The language model as scripts/wink-model-node.mjs reads it: the package's core model JSON with
// its base64 lexicon and expansions moved out as raw 32-bit words (little-endian, as the package
// decodes them on every machine Node runs on).
const modelJson = createRequire(import.meta.url).resolve(
  'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json',
);
const core = JSON.parse(readFileSync(modelJson, 'utf8'));
const lexicon = Buffer.from(core.lexicon, 'base64');
const xpansions = Buffer.from(core.xpansions, 'base64');
delete core.lexicon;
delete core.xpansions;
// The lexemes in sorted order (by UTF-16 code units, as `<` compares), each word once with the
// index the package's hash would give it (the last, were a word listed twice): a lookup is then a
// binary search instead of a hash of 87,000 words built in every process.
const list = core.features.lexeme.list;
const last = new Map(list.map((word, k) => [word, k]));
const sorted = Int32Array.from([...last.values()].sort((a, b) => (list[a] < list[b] ? -1 : list[a] > list[b] ? 1 : 0)));
// The words themselves as one UTF-16 text with the start of each (and the end of the last): read
// as one string instead of 87,000 strings parsed from JSON and kept for the whole run.
const starts = new Int32Array(list.length + 1);
for (let k = 0; k < list.length; k++) starts[k + 1] = starts[k] + list[k].length;
const lexemeText = Buffer.from(list.join(''), 'utf16le');
core.features.lexeme.list = [];
core.binary = {
  lexicon: lexicon.length / 4,
  xpansions: xpansions.length / 4,
  sorted: sorted.length,
  lexemes: list.length,
  lexemeChars: lexemeText.length / 2,
};
const bytesOf = (array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength);
mkdirSync(join(outdir, 'wink'), { recursive: true });
writeFileSync(join(outdir, 'wink', 'core.json'), JSON.stringify(core));
writeFileSync(
  join(outdir, 'wink', 'core.bin'),
  Buffer.concat([lexicon, xpansions, bytesOf(sorted), bytesOf(starts), lexemeText]),
);

/** Puts scripts/wink-model-node.mjs in the model package's place (see that file). */
const winkModelForNode = {
  name: 'wink-model-node',
  setup(b) {
    b.onResolve({ filter: /^wink-eng-lite-web-model$/ }, () => ({
      path: join(root, 'scripts', 'wink-model-node.mjs'),
    }));
  },
};
// The phrase data's fingerprint (src/core/lint/engine/compile.ts), computed here once instead of
// in every run: it names the compiled phrase lists on disk (src/core/lint-node/phrase-cache.ts).
// tests/unit/cli-bundle.test.ts checks that the built value is the source's.
const probe = await build({
  stdin: {
    contents: "export { phraseFingerprint } from './src/core/lint/engine/compile';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  write: false,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  absWorkingDir: root,
});
const probeFile = join(outdir, `.fingerprint-${process.pid}.mjs`);
writeFileSync(probeFile, probe.outputFiles[0].contents);
const phraseFingerprint = (await import(pathToFileURL(probeFile).href)).phraseFingerprint();
rmSync(probeFile);
const define = { __OLIVE_PHRASE_FINGERPRINT__: JSON.stringify(phraseFingerprint) };

const result = await build({
  entryPoints: ENTRIES,
  outdir,
  metafile: true,
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: runtime.flatMap((name) => [name, `${name}/*`]),
  define,
  // Bundled CommonJS packages (nspell, handlebars) call require() for Node built-ins.
  banner: {
    js:
      "import { createRequire as __oliveRequire } from 'node:module'; const require = " +
      '__oliveRequire(import.meta.url);',
  },
  // Whitespace and syntax only: names stay, so a stack trace still reads (with the source maps too).
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
  plugins: [winkModelForNode],
});

// `olive lint` as one classic script: CommonJS inside a function that src/cli/lint-loader.ts calls
// with (exports, require, module, __filename, __dirname, __oliveImport, __oliveUrl). A script
// compiled with a code cache cannot call import() itself in Node 20 (no module loader is attached
// to it), so each dynamic import of a package left external becomes __oliveImport, and the build
// fails if any import() is left.
const SCRIPT = 'lint-cli.cjs';

/**
 * The script in ASCII, so the loader reads it as one byte a character instead of decoding UTF-8
 * into a string twice the size. esbuild already escapes strings, templates and names; what is left
 * is in regular expression literals (dashes, quotes, emoji), where `\uXXXX` means the same
 * character (a pair of them, for one beyond the first plane, reads as that character with the u
 * flag as without), as does `\uXXXX` for an escaped `\–`. No code in the script reads such a
 * pattern's `source`, the one thing this changes.
 */
function asciiOnly(code) {
  return code.replace(/(\\*)([^\0-\x7f])/g, (_match, slashes, char) => {
    const escaped = char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return `${slashes.length % 2 === 1 ? slashes.slice(1) : slashes}\\u${escaped}`;
  });
}
const script = await build({
  entryPoints: { 'lint-cli': 'src/cli/lint-script.ts' },
  outdir,
  metafile: true,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  write: false,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: runtime.flatMap((name) => [name, `${name}/*`]),
  define: { ...define, 'import.meta.url': '__oliveUrl' },
  banner: { js: '(function (exports, require, module, __filename, __dirname, __oliveImport, __oliveUrl) {' },
  footer: { js: '})' },
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  absWorkingDir: root,
  plugins: [winkModelForNode],
});
{
  const [output] = script.outputFiles;
  let code = output.text;
  const meta = Object.values(script.metafile.outputs)[0];
  for (const { path, kind, external } of meta.imports) {
    if (kind !== 'dynamic-import' || !external) continue;
    const call = `import(${JSON.stringify(path)})`;
    if (!code.includes(call)) throw new Error(`build-cli: ${SCRIPT}: cannot find ${call}`);
    code = code.replaceAll(call, `__oliveImport(${JSON.stringify(path)})`);
  }
  const left = /\bimport\s*\(/.exec(code);
  if (left) throw new Error(`build-cli: ${SCRIPT} still calls import(): ${code.slice(left.index, left.index + 60)}`);
  code = asciiOnly(code);
  new Script(code, { filename: SCRIPT }); // throws on a syntax error
  writeFileSync(join(outdir, SCRIPT), code);
}
// Its loader, one module that shares no chunk, so bin/olive.mjs loads one file before the script.
const loader = await build({
  entryPoints: { 'lint-loader': 'src/cli/lint-loader.ts' },
  outdir,
  metafile: true,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
});
writeFileSync(
  join(outdir, 'meta.json'),
  JSON.stringify({
    ...result.metafile,
    outputs: { ...result.metafile.outputs, ...script.metafile.outputs, ...loader.metafile.outputs },
  }),
);
// The compiled phrase lists beside the bundle, so no run of the CLI compiles them (src/cli/bin.ts).
execFileSync(
  process.execPath,
  [
    '--input-type=module',
    '-e',
    'const [lint, dir] = [await import(process.argv[1]), process.argv[2]]; lint.loadCachedPhrases(dir);',
    pathToFileURL(join(outdir, 'lint.mjs')).href,
    outdir,
  ],
  { cwd: root, stdio: 'inherit' },
);
// Type declarations for library users.
if (!options['no-types'])
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.lib.json'], {
    cwd: root,
    stdio: 'inherit',
  });
