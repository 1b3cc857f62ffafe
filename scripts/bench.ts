/**
 * `npm run bench`: every bench in bench/, printed as one table (bench/util.ts says how it
 * measures). `npm run bench -- lint startup` runs some; `--rounds N` sets the rounds (default 15).
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { formatTable, type BenchOptions, type Row } from '../bench/util';

const { values, positionals } = parseArgs({ options: { rounds: { type: 'string' } }, allowPositionals: true });
const rounds = Number(values.rounds ?? 15);
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error('bench: --rounds takes a whole number of at least 1');
  process.exit(2);
}
const dir = join(import.meta.dirname, '..', 'bench');
const names = (await readdir(dir))
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''))
  .sort();
const unknown = positionals.filter((p) => !names.includes(p));
if (unknown.length > 0) {
  console.error(`bench: no bench named ${unknown.join(', ')} (there are: ${names.join(', ')})`);
  process.exit(2);
}
const rows: Row[] = [];
const options: BenchOptions = { rounds, notes: [] };
for (const name of names) {
  if (positionals.length > 0 && !positionals.includes(name)) continue;
  console.error(`bench: ${name}...`);
  const mod = (await import(pathToFileURL(join(dir, `${name}.bench.ts`)).href)) as {
    run: (o: BenchOptions) => Promise<Row[]>;
  };
  rows.push(...(await mod.run(options)));
}
console.log(formatTable(rows));
if (options.notes.length > 0) console.log(`\n${options.notes.join('\n')}`);
