/**
 * The installer's payload, as `npm run dist:check` packages it (electron-builder against a
 * stand-in Electron folder, after a fresh build of out/): app.asar, the fonts and templates beside
 * it, and the whole. Targets (issue 13): app.asar <= 15 MB, fonts <= 25 MB. A size is one
 * measurement, not a timing: rounds do not apply.
 */
import { distCheck, LIMITS } from '../scripts/dist-check.mjs';
import { buildApp } from './build';
import { row, verdict, type BenchOptions, type Row } from './util';

const MB = 1024 * 1024;

export async function run({ notes }: BenchOptions): Promise<Row[]> {
  buildApp();
  const { failures, asarBytes, fontBytes, templateBytes } = await distCheck({ build: false, quiet: true });
  const mb = (bytes: number) => bytes / MB;
  if (failures.length > 0) notes.push(`payload: dist:check fails: ${failures.join('; ')}`);
  return [
    row('payload', 'app.asar', 'MB', [mb(asarBytes)], `<= 15 MB: ${verdict(asarBytes <= LIMITS.asar)}`),
    row('payload', 'fonts beside it', 'MB', [mb(fontBytes)], `<= 25 MB: ${verdict(fontBytes <= LIMITS.fonts)}`),
    row('payload', 'templates beside it', 'MB', [mb(templateBytes)]),
    row('payload', 'in all', 'MB', [mb(asarBytes + fontBytes + templateBytes)], '87.5 MB when issue 13 was filed'),
  ];
}
