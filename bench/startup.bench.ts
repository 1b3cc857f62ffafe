/**
 * Start-up, as whole processes (interleaved, CPU and wall time): `olive --help` against bare Node,
 * `olive lint` on the 200-word letter against write-good's own script, with the cache folder warm
 * (spelling forms and, on Node before 22.1, the lint script's code cache), without a cache folder,
 * without the code cache (dist/cli.mjs, the module path), and with --no-spelling; `npx olive`
 * against `node bin/olive.mjs`.
 * Then where the time of `olive lint` goes, measured inside fresh processes: importing the
 * linter, compiling the phrase trie, the first lint (the language model loads then), and the
 * dictionary with and without its cache. Targets (issue 13): --help <= 2x bare Node;
 * lint <= 2x write-good's script.
 */
import { spawnSync } from 'node:child_process';
import module from 'node:module';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli, ROOT } from './build';
import { LETTER } from './lint.bench';
import {
  interleave,
  medianCost,
  ratio,
  row,
  rowsFor,
  timeProcess,
  verdict,
  type BenchOptions,
  type Row,
  type Sample,
} from './util';

const OLIVE = join(ROOT, 'bin/olive.mjs');
/** The CLI as ES modules, which bin/olive.mjs skips for `olive lint` on Node before 22.1. */
const CLI_MODULE = join(ROOT, 'dist/cli.mjs');
const WRITE_GOOD = join(ROOT, 'node_modules/write-good/bin/write-good.js');
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/** Timings inside one fresh process, printed as JSON: what each step of `olive lint` costs. */
const PHASES = `
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const [dist, file, cacheDir] = process.argv.slice(1);
const { readFileSync } = await import('node:fs');
const text = readFileSync(file, 'utf8');
const out = {};
let c = cpu();
const lap = (name) => { const now = cpu(); out[name] = now - c; c = now; };
const lib = await import(dist + '/lint.mjs'); lap('import the linter (language model module included)');
lib.prepareLinter(); lap('compile the phrase trie');
lib.lint(text, { kind: 'letter' }); lap('first lint (model instantiated, sentences tagged)');
lib.lint(text, { kind: 'letter' }); lap('second lint (warm)');
await lib.loadEnglishSpeller([], cacheDir ? { cacheDir } : {});
lap(cacheDir ? 'dictionary, from its cache' : 'dictionary, built (no cache)');
process.stderr.write(JSON.stringify(out));
`;

function phases(letterFile: string, cacheDir: string | undefined): Record<string, number> {
  const run = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', PHASES, join(ROOT, 'dist'), letterFile, cacheDir ?? ''],
    { encoding: 'utf8' },
  );
  return JSON.parse(run.stderr.trim().split('\n').pop() ?? '{}') as Record<string, number>;
}

export async function run({ rounds, notes }: BenchOptions): Promise<Row[]> {
  buildCli();
  const work = mkdtempSync(join(tmpdir(), 'olive-startup-'));
  try {
    const letter = join(work, 'letter.txt');
    writeFileSync(letter, LETTER);
    const warmCache = join(work, 'cache-warm');
    const noCache = join(work, 'no-cache-file');
    writeFileSync(noCache, 'a file where the cache folder would be, so nothing is cached');
    const env = (cache: string): NodeJS.ProcessEnv => ({ ...process.env, XDG_CACHE_HOME: cache });
    timeProcess(process.execPath, [OLIVE, 'lint', letter], { env: env(warmCache) }); // fills the cache

    const node =
      (args: string[], cache = warmCache) =>
      (): Sample =>
        timeProcess(process.execPath, args, { env: env(cache) });
    const samples = await interleave(
      {
        'node -e 0 (bare Node)': node(['-e', '0']),
        'olive --help': node([OLIVE, '--help']),
        "write-good's script, 200-word letter": node([WRITE_GOOD, letter]),
        'olive lint, 200-word letter': node([OLIVE, 'lint', letter]),
        'olive lint, no cache folder': node([OLIVE, 'lint', letter], noCache),
        'olive lint, no code cache (dist/cli.mjs)': node([CLI_MODULE, 'lint', letter]),
        'olive lint --no-spelling': node([OLIVE, 'lint', '--no-spelling', letter]),
        'npx olive --help': () =>
          timeProcess(NPX, ['--no-install', 'olive', '--help'], { cwd: ROOT, env: env(warmCache) }),
      },
      { rounds },
    );
    const cost = (name: keyof typeof samples): number => medianCost(samples[name]);
    const bare = cost('node -e 0 (bare Node)');
    const wg = cost("write-good's script, 200-word letter");
    const rows: Row[] = [];
    for (const [name, s] of Object.entries(samples) as [keyof typeof samples, Sample[]][]) {
      const note =
        name === 'olive --help'
          ? `${ratio(cost(name), bare)} bare Node (target <= 2x: ${verdict(cost(name) <= 2 * bare)})`
          : name === 'olive lint, 200-word letter'
            ? `${ratio(cost(name), wg)} write-good (target <= 2x: ${verdict(cost(name) <= 2 * wg)})`
            : name.startsWith('olive lint')
              ? `${ratio(cost(name), wg)} write-good`
              : name === 'npx olive --help'
                ? `${ratio(cost(name), cost('olive --help'))} node bin/olive.mjs --help`
                : undefined;
      rows.push(...rowsFor('startup', name, s, note));
    }

    // Where the lint time goes: fresh processes, alternating cached and uncached dictionary.
    const parts = new Map<string, number[]>();
    for (let i = 0; i < rounds; i++) {
      for (const measured of [phases(letter, join(warmCache, 'olive-branch')), phases(letter, undefined)]) {
        for (const [name, ms] of Object.entries(measured)) parts.set(name, [...(parts.get(name) ?? []), ms]);
      }
    }
    for (const [name, values] of parts) rows.push(row('startup', `olive lint step: ${name}`, 'cpu ms', values));
    notes.push(
      'startup: CPU time is the process\'s own (user + system, from wait4); "olive lint step" rows are ' +
        'measured inside fresh processes (the library, dist/lint.mjs).',
      typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function'
        ? `startup: Node ${process.version} keeps its own compile cache: olive lint runs as modules.`
        : `startup: Node ${process.version}: olive lint runs dist/lint-cli.cjs with a V8 code cache ` +
            'in the cache folder.',
    );
    return rows;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
