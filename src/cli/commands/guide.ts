import { recommend, type GuideResult } from '../../core/guide';
import { MAX_UNANSWERED } from '../../core/draft/schema';
import { HEARD, INTENTS, KINDS } from '../../core/types';
import { oneOf, outputFormat, parse } from '../args';
import { EXIT, UsageError, type Command } from '../io';

const HELP =
  'Usage: olive guide --unanswered N --heard new-relationship|still-hurt|unknown --want friendship|romantic\n' +
  '                   [--mailed DATE [--mailed-kind message|card|note|letter]] [--pronouns he|she|they] ' +
  `[--format text|json]

Recommends the piece to write next, following the five steps of the guide, with the reasons
and the cautions that go with it.

Options:
  --unanswered N       texts, emails or calls that went unanswered so far (0 or more)
  --heard WHAT         what mutual friends said: new-relationship, still-hurt or unknown
  --want WHAT          what you hope for: friendship or romantic
  --mailed DATE        when you posted your last piece (YYYY-MM-DD)
  --mailed-kind KIND   what that piece was (default: card)
  --pronouns WHICH     he, she or they (default they), for how the advice speaks of them
  --today DATE         count days from DATE instead of today
  --format text|json   output for people (default) or machines
  -h, --help           show this help
`;

/** The earliest year a date here may name: the guide counts days since a letter was posted. */
const EARLIEST_YEAR = 1900;

function parseDate(name: string, value: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = new Date(Number.NaN);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 1900-1999.
  if (match) date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (match) date.setUTCHours(0, 0, 0, 0);
  if (!match || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`--${name} must be a date like 2026-11-26 (got "${value}")`);
  }
  if (date.getUTCFullYear() < EARLIEST_YEAR)
    throw new UsageError(`--${name} ${value} is before ${EARLIEST_YEAR}; give the real date`);
  return date;
}

function toText(result: GuideResult): string {
  const r = result.recommendation;
  const lines: string[] = [];
  lines.push(r.kind === 'wait' ? `Recommended: wait (step ${r.step})` : `Recommended: a ${r.kind} (step ${r.step})`);
  if (r.templates.length) lines.push(`Templates: ${r.templates.join(', ')}`);
  lines.push('', 'Why:');
  for (const reason of result.reasons) lines.push(`  - ${reason.text} (step ${reason.step})`);
  if (result.cautions.length) {
    lines.push('', 'Keep in mind:');
    for (const caution of result.cautions) lines.push(`  - ${caution.text} (step ${caution.step})`);
  }
  if (result.alternatives.length) {
    lines.push('', 'Other choices:');
    for (const alt of result.alternatives) {
      const templates = alt.templates.length ? `: ${alt.templates.join(', ')}` : '';
      const caution = alt.caution ? ` — ${alt.caution}` : '';
      lines.push(`  - a ${alt.kind} (step ${alt.step})${templates}${caution}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export const guideCommand: Command = async (argv, io) => {
  const { values, positionals } = parse(argv, {
    unanswered: { type: 'string' },
    heard: { type: 'string' },
    want: { type: 'string' },
    mailed: { type: 'string' },
    'mailed-kind': { type: 'string' },
    today: { type: 'string' },
    pronouns: { type: 'string' },
    format: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (positionals.length) throw new UsageError(`guide takes no file arguments (got "${positionals[0]}")`);
  const format = outputFormat(values.format);
  if (values.unanswered === undefined) throw new UsageError('--unanswered N is required (0 if none)');
  if (!/^\d{1,9}$/.test(values.unanswered) || Number(values.unanswered) > MAX_UNANSWERED) {
    throw new UsageError(
      `--unanswered must be a whole number from 0 to ${MAX_UNANSWERED} (got "${values.unanswered}")`,
    );
  }
  const heard = oneOf('heard', values.heard, HEARD);
  if (!heard) throw new UsageError(`--heard is required: ${HEARD.join(', ')}`);
  const want = oneOf('want', values.want, INTENTS);
  if (!want) throw new UsageError(`--want is required: ${INTENTS.join(', ')}`);
  const now = values.today ? parseDate('today', values.today) : new Date();
  const mailedKind = oneOf('mailed-kind', values['mailed-kind'], KINDS);
  if (mailedKind && !values.mailed) throw new UsageError('--mailed-kind needs --mailed DATE');
  let mailed: { date: Date; kind: (typeof KINDS)[number] } | undefined;
  if (values.mailed) {
    const date = parseDate('mailed', values.mailed);
    if (date.getTime() > now.getTime()) throw new UsageError(`--mailed ${values.mailed} is in the future`);
    mailed = { date, kind: mailedKind ?? 'card' };
  }
  const pronouns = oneOf('pronouns', values.pronouns, ['he', 'she', 'they'] as const) ?? 'they';
  const result = recommend({
    unanswered: Number(values.unanswered),
    heard,
    want,
    now,
    pronouns,
    ...(mailed ? { mailed } : {}),
  });
  io.stdout(format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : toText(result));
  return EXIT.ok;
};
