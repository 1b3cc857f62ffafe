/**
 * What each built entry loads before its first line runs: the static import graph of the bundle
 * scripts/build-cli.mjs writes (esbuild's metafile). Dynamic imports are not followed: they load
 * only when a command runs.
 */
import { isAscii } from 'node:buffer';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/core/lint';
import { phraseFingerprint } from '../../src/core/lint/engine/compile';
import { readLabelledDrafts } from '../fixtures/labelled-drafts';
import { createDraft, serializeDraft } from '../../src/core/draft';

const ROOT = resolve(import.meta.dirname, '../..');

interface Output {
  imports: { path: string; kind: string; external?: boolean }[];
  inputs: Record<string, unknown>;
  entryPoint?: string;
}
interface Meta {
  outputs: Record<string, Output>;
}

/** A stand-in installation: package.json, templates and node_modules as in the project, dist/ built fresh. */
let install = '';
let dir = '';
let meta: Meta;

beforeAll(() => {
  install = mkdtempSync(join(tmpdir(), 'olive-cli-bundle-'));
  copyFileSync(join(ROOT, 'package.json'), join(install, 'package.json'));
  for (const folder of ['templates', 'node_modules'])
    symlinkSync(join(ROOT, folder), join(install, folder), 'junction');
  dir = join(install, 'dist');
  execFileSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs'), '--out', dir, '--no-types'], {
    cwd: ROOT,
    stdio: 'pipe',
  });
  meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as Meta;
}, 60_000);

afterAll(() => rmSync(install, { recursive: true, force: true }));

/** The output holding `source` (an entry point, or the chunk a dynamic import of it became). */
function outputOf(source: string): string {
  const found = Object.entries(meta.outputs).find(
    ([path, o]) => !path.endsWith('.map') && !path.endsWith('.cjs') && (o.entryPoint === source || source in o.inputs),
  );
  if (!found) throw new Error(`no output holds ${source}`);
  return found[0];
}

/** Source files and packages loaded with `output`, following static imports only. */
function staticallyLoaded(output: string): { sources: string[]; packages: string[] } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const sources = new Set<string>();
  const visit = (path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    const o = meta.outputs[path];
    if (!o) return;
    for (const input of Object.keys(o.inputs)) {
      sources.add(input);
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1];
      if (pkg) packages.add(pkg);
    }
    for (const i of o.imports) {
      if (i.kind !== 'import-statement') continue;
      if (i.external) {
        if (!i.path.startsWith('node:')) packages.add(i.path.replace(/^((?:@[^/]+\/)?[^/]+).*/, '$1'));
      } else visit(i.path);
    }
  };
  visit(output);
  return { sources: [...sources], packages: [...packages].sort() };
}

describe('the built CLI loads only what a command uses', () => {
  it('olive --help loads no command and no package', () => {
    const { sources, packages } = staticallyLoaded(outputOf('src/cli/bin.ts'));
    expect(packages).toEqual([]);
    expect(sources.filter((s) => s.includes('src/cli/commands/'))).toEqual([]);
  });

  it('olive lint on a text file loads neither pdfkit, fontkit, Handlebars nor the draft schema', () => {
    const { sources, packages } = staticallyLoaded(outputOf('src/cli/commands/lint.ts'));
    expect(sources).toContain('src/core/lint/lint.ts');
    for (const heavy of ['pdfkit', 'fontkit', 'handlebars', 'zod']) expect(packages).not.toContain(heavy);
    expect(sources.filter((s) => s.startsWith('src/core/pdf/') || s.startsWith('src/core/templates/load'))).toEqual([]);
  });

  it('olive guide loads neither the linter nor pdfkit', () => {
    const { sources, packages } = staticallyLoaded(outputOf('src/cli/commands/guide.ts'));
    expect(packages).not.toContain('pdfkit');
    expect(packages).not.toContain('wink-nlp');
    expect(sources.filter((s) => s.startsWith('src/core/lint/'))).toEqual([]);
  });
});

describe('the library subpaths load only their own part', () => {
  it('olive-branch/lint loads no pdfkit or Handlebars', () => {
    const { packages } = staticallyLoaded(outputOf('src/core/lint-node/index.ts'));
    for (const heavy of ['pdfkit', 'fontkit', 'handlebars']) expect(packages).not.toContain(heavy);
  });

  it('olive-branch/pdf, /templates and /guide load no linter', () => {
    for (const entry of ['src/core/pdf/index.ts', 'src/core/templates/index.ts', 'src/core/guide/index.ts']) {
      const { sources, packages } = staticallyLoaded(outputOf(entry));
      expect(packages, entry).not.toContain('wink-nlp');
      expect(
        sources.filter((s) => s.startsWith('src/core/lint/')),
        entry,
      ).toEqual([]);
    }
  });

  it('every subpath in package.json exports is built, with its types', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      exports: Record<string, { import?: string; types?: string }>;
    };
    const built = Object.keys(meta.outputs).map((p) => p.replace(/^.*\//, ''));
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      if (subpath === './package.json') continue;
      expect(built, subpath).toContain(target.import?.replace(/^.*\//, ''));
      expect(target.types, subpath).toMatch(/^\.\/dist\/types\/core\/.*\.d\.ts$/);
    }
  });
});

describe('the built library reads as the source does', () => {
  it('gives every letter of a regression set the same findings, with its own copy of the language model', () => {
    // The bundle carries the language model in its own form (scripts/wink-model-node.mjs): it must
    // tag, and so lint, exactly as the package does in the source, the tests and the desk.
    const drafts = readLabelledDrafts('lint-regression-frozen-v5.jsonl').filter((d) => d.kind === 'letter');
    const work = mkdtempSync(join(tmpdir(), 'olive-cli-same-'));
    try {
      const input = join(work, 'texts.json');
      writeFileSync(input, JSON.stringify(drafts.map((d) => d.text)));
      const script =
        'const [lib, file] = [await import(process.argv[1]), process.argv[2]];' +
        "const texts = JSON.parse((await import('node:fs')).readFileSync(file, 'utf8'));" +
        "process.stdout.write(JSON.stringify(texts.map((t) => lib.lint(t, { kind: 'letter' }).diagnostics)));";
      const run = spawnSync(
        process.execPath,
        ['--input-type=module', '-e', script, pathToFileURL(join(dir, 'lint.mjs')).href, input],
        { encoding: 'utf8' },
      );
      expect(run.stderr).toBe('');
      const built = JSON.parse(run.stdout) as { rule: string; start: number; end: number }[][];
      expect(built).toHaveLength(drafts.length);
      const seen = (list: readonly { rule: string; start: number; end: number }[]): string[] =>
        list.map((f) => `${f.rule} ${f.start}-${f.end}`);
      drafts.forEach((d, i) =>
        expect(seen(built[i] ?? []), d.id).toEqual(seen(lint(d.text, { kind: 'letter' }).diagnostics)),
      );
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('the phrase data fingerprint is computed at build time', () => {
  it('names the compiled phrase lists the build leaves with the fingerprint of the data in the source', () => {
    // Fails when the value built into the bundle is not the data's (a stale or wrong build-time value).
    expect(readdirSync(dir).filter((f) => f.startsWith('phrases-'))).toEqual([`phrases-${phraseFingerprint()}.bin`]);
  });
});

describe('olive lint as one script with a code cache (Node before 22.1)', () => {
  /** Runs dist/lint-loader.mjs as bin/olive.mjs does for `olive lint ARGS`, with its own cache folder. */
  function runScript(args: string[], cache: string, cwd: string = install) {
    const script =
      "process.argv.splice(1, Infinity, 'olive', ...JSON.parse(process.argv[1]));" +
      `const { runLintScript } = await import(${JSON.stringify(pathToFileURL(join(dir, 'lint-loader.mjs')).href)});` +
      'await runLintScript();';
    return spawnSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(['lint', ...args])], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, XDG_CACHE_HOME: cache, HOME: cache, LOCALAPPDATA: cache },
    });
  }

  it('is ASCII and calls no import() of its own', () => {
    const code = readFileSync(join(dir, 'lint-cli.cjs'));
    expect(isAscii(code)).toBe(true);
    expect(code.toString('latin1')).not.toMatch(/\bimport\s*\(/);
  });

  it('gives every letter of a regression set the findings the source gives, from the cache as without it', () => {
    const drafts = readLabelledDrafts('lint-regression-frozen-v5.jsonl').filter((d) => d.kind === 'letter');
    const work = mkdtempSync(join(tmpdir(), 'olive-cli-script-'));
    try {
      const files = drafts.map((d, i) => {
        const file = join(work, `letter-${i}.txt`);
        writeFileSync(file, d.text);
        return file;
      });
      const cache = join(work, 'cache');
      const args = ['--no-spelling', '--kind', 'letter', '--format', 'json', ...files];
      const expected = drafts.map((d) =>
        lint(d.text, { kind: 'letter' }).diagnostics.map((f) => `${f.rule} ${f.start}-${f.end}`),
      );
      const seen = (stdout: string): string[][] =>
        (JSON.parse(stdout) as { diagnostics: { rule: string; start: number; end: number }[] }[]).map((r) =>
          r.diagnostics.map((f) => `${f.rule} ${f.start}-${f.end}`),
        );

      const first = runScript(args, cache);
      expect(first.stderr).toBe('');
      expect(seen(first.stdout)).toEqual(expected);
      const codeCache = readdirSync(join(cache, 'olive-branch')).filter((f) => f.startsWith('code-lint-cli-'));
      expect(codeCache).toHaveLength(1);
      const made = statSync(join(cache, 'olive-branch', codeCache[0] as string)).mtimeMs;

      const second = runScript(args, cache);
      expect(second.stderr).toBe('');
      expect(second.status).toBe(first.status);
      expect(seen(second.stdout)).toEqual(expected);
      // Read, not rewritten.
      expect(statSync(join(cache, 'olive-branch', codeCache[0] as string)).mtimeMs).toBe(made);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 60_000);

  it('spells with the dictionary, lints a draft, and says one line for bad usage', () => {
    const work = mkdtempSync(join(tmpdir(), 'olive-cli-script-'));
    try {
      const cache = join(work, 'cache');
      writeFileSync(join(work, 'typo.txt'), 'Dear Noah,\nI definately hope you are well.\nInes\n');
      const spelled = runScript(['--format', 'json', 'typo.txt'], cache, work);
      expect(spelled.stderr).toBe('');
      expect(spelled.stdout).toContain('definately');
      expect(existsSync(join(cache, 'olive-branch'))).toBe(true);

      const draft = createDraft({
        kind: 'card',
        templateId: 'card-thinking-of-you',
        recipientName: 'Noah',
        senderName: 'Ines',
        fields: { message: "I'm falling apart without you." },
      });
      writeFileSync(join(work, 'noah.olive'), serializeDraft(draft));
      const drafted = runScript(['--no-spelling', '--format', 'json', 'noah.olive'], cache, work);
      expect(drafted.stderr).toBe('');
      expect(drafted.status).toBe(1);
      const [result] = JSON.parse(drafted.stdout) as { kind: string; diagnostics: { rule: string }[] }[];
      expect(result?.kind).toBe('card');
      expect(result?.diagnostics.map((d) => d.rule)).toContain('needy/suffering');

      writeFileSync(join(work, 'broken.olive'), '{ "format": ');
      const broken = runScript(['broken.olive'], cache, work);
      expect(broken.status).toBe(2);
      expect(broken.stderr).toMatch(/^olive lint: .*broken\.olive: this draft is damaged[^\n]*\n$/);

      const usage = runScript(['--kind', 'sonnet', 'typo.txt'], cache, work);
      expect(usage.status).toBe(2);
      expect(usage.stdout).toBe('');
      expect(usage.stderr.trimEnd().split('\n')).toHaveLength(1);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 60_000);
});
