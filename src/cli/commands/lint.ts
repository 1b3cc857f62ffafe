import { lint } from '../../core/lint';
import { ruleListings, rulesAsText } from '../../core/lint/catalogue';
import type { Diagnostic, LintResult, Speller } from '../../core/lint';
import { loadCachedPhrases } from '../../core/lint-node/phrase-cache';
import { loadEnglishSpeller } from '../../core/lint-node/speller';
import { verdictForText } from '../../core/verdict';
import { INTENTS, KINDS } from '../../core/types';
import { oneOf, outputFormat, parse } from '../args';
import { readLintInput, type LintInput } from '../input';
import { EXIT, UsageError, type Command } from '../io';

const HELP = `Usage: olive lint [options] FILE... | -
       olive lint --rules [--format text|json]

Checks wording for needy, pressuring or ambiguous phrasing. "-" reads standard input.
A .olive draft is checked as the text it prints, with its own kind and intent.
Each input may be up to 1 MB.

Options:
  --kind card|note|letter|message   the piece being written (guessed from the text if not given)
  --intent friendship|romantic      the intent you chose for it
  --format text|json                output for people (default) or machines
  --no-spelling                     skip the offline spelling advice (faster)
  --rules                           list every rule, with examples it flags and lets pass
  -h, --help                        show this help

Exit status: 0 no errors, 1 some error-level findings, 2 bad usage or unreadable input.
`;

export interface LintFileResult extends LintResult {
  file: string;
}

function countWord(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : word === 'info' ? '' : 's'}`;
}

export function formatText(results: LintFileResult[]): string {
  let out = '';
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const r of results) {
    const name = r.file === '-' ? '<stdin>' : r.file;
    for (const d of r.diagnostics as Diagnostic[]) {
      out +=
        `${name}:${d.line}:${d.column}  ${d.severity.padEnd(7)}  ${d.category.padEnd(16)}  ${d.message} ` +
        `(${d.rule})\n`;
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
      else infos++;
    }
  }
  const total = errors + warnings + infos;
  const files = countWord(results.length, 'file');
  out +=
    total === 0
      ? `No problems found in ${files}.\n`
      : `${errors > 0 ? '✖' : '•'} ${countWord(total, 'problem')} (${countWord(errors, 'error')}, ` +
        `${countWord(warnings, 'warning')}, ${infos} info) in ${files}.\n`;
  return out;
}

export const lintCommand: Command = async (argv, io) => {
  const { values, positionals } = parse(argv, {
    kind: { type: 'string' },
    intent: { type: 'string' },
    format: { type: 'string' },
    'no-spelling': { type: 'boolean' },
    rules: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (values.rules) {
    const format = outputFormat(values.format);
    io.stdout(format === 'json' ? `${JSON.stringify(ruleListings(), null, 2)}\n` : rulesAsText());
    return EXIT.ok;
  }
  const kind = oneOf('kind', values.kind, KINDS);
  const intent = oneOf('intent', values.intent, INTENTS);
  const format = outputFormat(values.format);
  if (positionals.length === 0) throw new UsageError('give one or more files to check, or "-" for standard input');
  if (positionals.filter((p) => p === '-').length > 1)
    throw new UsageError('"-" (standard input) can be given only once');

  const inputs: LintInput[] = [];
  for (const file of positionals) inputs.push(await readLintInput(file, io));
  // The compiled phrase lists, from the cache on disk when a previous run left them there.
  loadCachedPhrases(io.cacheDir, io.buildDir);
  const speller: Speller | undefined = values['no-spelling']
    ? undefined
    : await loadEnglishSpeller([], io.cacheDir === undefined ? {} : { cacheDir: io.cacheDir });

  const results: LintFileResult[] = positionals.map((file, i) => {
    const input = inputs[i] ?? { text: '' };
    const kindOf = kind ?? input.kind;
    const intentOf = intent ?? input.intent;
    const result = lint(input.text, {
      ...(kindOf ? { kind: kindOf } : {}),
      ...(intentOf ? { intent: intentOf } : {}),
      ...(speller ? { speller } : {}),
    });
    // `ready` is the desk's verdict on the same words (src/core/verdict): every check of the kind passes.
    return { file, ...result, ready: verdictForText(input.text, result).ready };
  });
  io.stdout(format === 'json' ? `${JSON.stringify(results, null, 2)}\n` : formatText(results));
  return results.every((r) => !r.diagnostics.some((d) => d.severity === 'error')) ? EXIT.ok : EXIT.findings;
};
