/**
 * The bench's framework (`npm run bench`, scripts/bench.ts). What it holds itself to:
 * - systems that are compared run interleaved, one of each per round, in an order that rotates,
 *   so a neighbour's burst of load falls on all of them alike;
 * - every figure is the median over N rounds with its spread (the 25th to 75th percentile); no
 *   best-of, nothing dropped;
 * - CPU time is reported beside wall time (in-process: this process's user + system time; a
 *   whole process: its own rusage), since on a shared machine wall time measures the neighbours;
 * - each bench returns rows, and the runner prints them all as one table.
 */
import { spawnSync } from 'node:child_process';

/** What the runner hands each bench. */
export interface BenchOptions {
  rounds: number;
  /** Lines printed under the table (targets, what was skipped and why). */
  notes: string[];
}

/** One line of the table. */
export interface Row {
  bench: string;
  case: string;
  /** What was measured and in which unit: "cpu ms", "wall ms", "KB". */
  measure: string;
  median: number;
  /** 25th and 75th percentile; equal to the median for a single value. */
  p25: number;
  p75: number;
  rounds: number;
  /** A ratio, a target and whether it was met, or other context. */
  note?: string;
}

export interface Sample {
  wallMs: number;
  /** CPU time (user + system) of the work, when it can be known. */
  cpuMs?: number;
}

export interface Summary {
  median: number;
  p25: number;
  p75: number;
  n: number;
}

/** Median and quartiles (linear interpolation between closest ranks). */
export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const at = (q: number): number => {
    if (sorted.length === 0) return Number.NaN;
    const pos = (sorted.length - 1) * q;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo);
  };
  return { median: at(0.5), p25: at(0.25), p75: at(0.75), n: sorted.length };
}

/** Wall and CPU time of one call in this process. */
export async function timeInProcess(fn: () => unknown): Promise<Sample> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/**
 * Python's os.wait4 gives a child's own rusage in microseconds; Node has no way to read it. The
 * wrapper's own start-up is outside both figures: it times only fork/exec to exit.
 */
const RUSAGE_WRAPPER = `
import os, sys, time, json
t0 = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
        os.execvp(sys.argv[1], sys.argv[1:])
    finally:
        os._exit(127)
_, status, ru = os.wait4(pid, 0)
wall = time.perf_counter() - t0
cpu = (ru.ru_utime + ru.ru_stime) * 1000
code = os.waitstatus_to_exitcode(status)
sys.stderr.write("\\n" + json.dumps({"wall": wall * 1000, "cpu": cpu, "code": code}) + "\\n")
`;

let python: string | null | undefined;
function pythonForRusage(): string | null {
  if (python === undefined) {
    python = null;
    for (const candidate of ['python3', 'python']) {
      const probe = spawnSync(candidate, ['-c', 'import os; os.wait4; os.waitstatus_to_exitcode'], { stdio: 'ignore' });
      if (probe.status === 0) {
        python = candidate;
        break;
      }
    }
  }
  return python;
}

/**
 * One whole process: wall time from start to exit, and its CPU time (user + system) where Python
 * can report it (Linux and macOS). Standard output is discarded; a failure to start throws.
 */
export function timeProcess(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Sample & { code: number } {
  const py = pythonForRusage();
  if (py) {
    const run = spawnSync(py, ['-c', RUSAGE_WRAPPER, command, ...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const last = run.stderr.trim().split('\n').pop() ?? '';
    const parsed = JSON.parse(last) as { wall: number; cpu: number; code: number };
    if (parsed.code === 127) throw new Error(`bench: could not run ${command}: ${run.stderr.split('\n')[0]}`);
    return { wallMs: parsed.wall, cpuMs: parsed.cpu, code: parsed.code };
  }
  const t0 = performance.now();
  const run = spawnSync(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (run.error) throw run.error;
  return { wallMs: performance.now() - t0, code: run.status ?? 1 };
}

/**
 * Runs each system once per round, `rounds` times, after `warmup` unrecorded rounds; the order
 * rotates every round. Returns every sample of every system.
 */
export async function interleave<K extends string>(
  systems: Record<K, () => Sample | Promise<Sample>>,
  { rounds, warmup = 1 }: { rounds: number; warmup?: number },
): Promise<Record<K, Sample[]>> {
  const names = Object.keys(systems) as K[];
  const samples = Object.fromEntries(names.map((n) => [n, [] as Sample[]])) as Record<K, Sample[]>;
  for (let round = -warmup; round < rounds; round++) {
    const offset = ((round % names.length) + names.length) % names.length;
    const order = [...names.slice(offset), ...names.slice(0, offset)];
    for (const name of order) {
      const sample = await systems[name]();
      if (round >= 0) samples[name].push(sample);
    }
  }
  return samples;
}

/** Rows for one system's samples: CPU time when known, and wall time. */
export function rowsFor(bench: string, name: string, samples: readonly Sample[], note?: string): Row[] {
  const rows: Row[] = [];
  const cpu = samples.map((s) => s.cpuMs).filter((v): v is number => v !== undefined);
  if (cpu.length === samples.length && cpu.length > 0) rows.push(row(bench, name, 'cpu ms', cpu, note));
  rows.push(
    row(
      bench,
      name,
      'wall ms',
      samples.map((s) => s.wallMs),
      cpu.length === samples.length ? undefined : note,
    ),
  );
  return rows;
}

export function row(bench: string, name: string, measure: string, values: readonly number[], note?: string): Row {
  const s = summarize(values);
  return {
    bench,
    case: name,
    measure,
    median: s.median,
    p25: s.p25,
    p75: s.p75,
    rounds: s.n,
    ...(note ? { note } : {}),
  };
}

/** Median of the CPU times (or wall times when CPU is unknown) of a system. */
export function medianCost(samples: readonly Sample[]): number {
  const cpu = samples.map((s) => s.cpuMs);
  return summarize(cpu.every((v) => v !== undefined) ? (cpu as number[]) : samples.map((s) => s.wallMs)).median;
}

export function ratio(a: number, b: number): string {
  return `${(a / b).toFixed(1)}x`;
}

export function verdict(ok: boolean): string {
  return ok ? 'met' : 'MISSED';
}

function figure(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (value >= 100) return value.toFixed(0);
  if (value >= 1) return value.toFixed(1);
  return value.toFixed(3);
}

/** The one table: a fixed-width text table, so it reads the same in a terminal and in a log. */
export function formatTable(rows: readonly Row[]): string {
  const header = ['bench', 'case', 'measure', 'median', 'p25-p75', 'n', 'note'];
  const lines = rows.map((r) => [
    r.bench,
    r.case,
    r.measure,
    figure(r.median),
    r.p25 === r.p75 ? '' : `${figure(r.p25)}-${figure(r.p75)}`,
    String(r.rounds),
    r.note ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const format = (cells: string[]): string =>
    cells
      .map((c, i) => (i >= 3 && i <= 5 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(format)].join('\n');
}
