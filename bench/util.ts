/** Shared timing helpers for the benchmarks: warm up, then take the median of many runs. */
export interface Timing {
  median: number;
  p95: number;
  runs: number;
}

export async function measure(fn: () => unknown, options: { runs?: number; warmup?: number; minMs?: number } = {}): Promise<Timing> {
  const warmup = options.warmup ?? 5;
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  const minRuns = options.runs ?? 30;
  const started = performance.now();
  while (samples.length < minRuns || performance.now() - started < (options.minMs ?? 0)) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number): number => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95), runs: samples.length };
}

export function ms(value: number): string {
  return value < 1 ? `${(value * 1000).toFixed(0)} µs` : `${value.toFixed(2)} ms`;
}

export function printTable(rows: Record<string, string | number>[]): void {
  console.table(rows);
}
