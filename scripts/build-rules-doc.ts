/**
 * Writes docs/rules.md from the rules' metadata (`npm run docs:rules`); with --check, exits 1 when
 * the file is out of date instead.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rulesAsMarkdown } from '../src/core/lint/catalogue';

const target = join(import.meta.dirname, '..', 'docs', 'rules.md');
const text = rulesAsMarkdown();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current !== text) {
    console.error('docs/rules.md is out of date: run npm run docs:rules');
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
