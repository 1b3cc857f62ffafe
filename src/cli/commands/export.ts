import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { isOliveError, OliveError } from '../../core/errors';
import { writeFileAtomic } from '../../core/files/atomic';
import { exportPdf, PRINT_TIP } from '../../core/pdf/export';
import { DEFAULT_DESIGN, DESIGN_IDS, PALETTE_IDS, parseDesign } from '../../core/pdf/designs/catalog';
import { ENVELOPE_SIZES, type PdfOptions } from '../../core/pdf/types';
import { foldFor, layoutProblem } from '../../core/pieces/layouts';
import { LAYOUTS, PAPERS } from '../../core/types';
import { oneOf, parse } from '../args';
import { EXIT, UsageError, type CliIo, type Command } from '../io';
import { loadSource } from '../shared';

const HELP = `Usage: olive export DRAFT.olive --out FILE.pdf [--layout LAYOUT] [--paper letter|a4] [--force]
       olive export --template ID --sample --out FILE.pdf [--layout LAYOUT] [--paper letter|a4] [--force]

Writes a printable PDF of a draft, or of a template filled with its sample values.

Options:
  --out FILE.pdf       where to write (required); an existing file is never replaced without --force
  --layout LAYOUT      ${LAYOUTS.join(', ')}: only those that suit the piece
                       (default: the draft's choice; for a sample, the usual one for its kind)
  --paper letter|a4    sheet size (default: the draft's choice, or letter)
  --envelope SIZE      print the envelope, of this size: ${ENVELOPE_SIZES.join(', ')}
                       (--layout envelope alone picks the size the piece fits)
  --design ID[:PALETTE]  the card's front: ${DESIGN_IDS.join(', ')};
                       palettes ${PALETTE_IDS.join(', ')} (default: ${DEFAULT_DESIGN.design}:${DEFAULT_DESIGN.palette})
  --creation-date ISO  date stamped in the PDF, for byte-identical output (SOURCE_DATE_EPOCH also works)
  --force              replace FILE.pdf if it already exists
  --template ID        export a template instead of a draft
  --sample             fill it with the template's sample values
  --templates DIR      also load your own templates from DIR
  -h, --help           show this help

Print at actual size, not fit to page: the card only folds right at its real size.
Exit status: 0 written, 1 the text does not fit the layout or has a character no font
can draw, 2 bad usage or unreadable input.
`;

async function checkTarget(out: string, force: boolean): Promise<void> {
  const info = await stat(out).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw new UsageError(`cannot check ${out} (${error.code ?? 'error'})`);
  });
  if (info?.isDirectory()) throw new UsageError(`--out ${out} is a folder; give a file name such as card.pdf`);
  if (info && !force) throw new UsageError(`${out} already exists; add --force to replace it`);
  const folder = await stat(dirname(out)).catch(() => undefined);
  if (!folder?.isDirectory()) throw new UsageError(`the folder for --out does not exist: ${dirname(out)}`);
}

function kilobytes(n: number): string {
  return `${Math.max(1, Math.round(n / 1024))} KB`;
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv, {
    out: { type: 'string', short: 'o' },
    layout: { type: 'string' },
    paper: { type: 'string' },
    force: { type: 'boolean' },
    template: { type: 'string' },
    sample: { type: 'boolean' },
    templates: { type: 'string' },
    envelope: { type: 'string' },
    design: { type: 'string' },
    'creation-date': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new UsageError('export takes one draft file at a time');
  if (!values.out) throw new UsageError('--out FILE.pdf is required (where to write the PDF)');
  const envelope = oneOf('envelope', values.envelope, ENVELOPE_SIZES);
  const layout = oneOf('layout', values.layout, LAYOUTS) ?? (envelope ? 'envelope' : undefined);
  if (envelope && layout !== 'envelope')
    throw new UsageError(`--envelope prints the envelope; it cannot go with --layout ${layout ?? ''}`);
  const paper = oneOf('paper', values.paper, PAPERS);
  const design = values.design === undefined ? undefined : parseDesign(values.design);
  if (typeof design === 'string') throw new UsageError(`--design: ${design}`);
  const creationDate = creationDateOf(values['creation-date'], io.env?.SOURCE_DATE_EPOCH);
  const out = resolve(io.cwd, values.out);
  const force = values.force === true;
  await checkTarget(out, force);

  const { doc, draft, template } = await loadSource(io, {
    file: positionals[0],
    template: values.template,
    sample: values.sample,
    templates: values.templates,
  });
  const kind = template.meta.kind;
  // A draft's stored fold that does not suit its kind (an old folded note) falls back to the usual one.
  const pieceLayout = foldFor(kind, draft?.layout.fold);
  if (layout) {
    const problem = layoutProblem(kind, layout);
    if (problem) throw new UsageError(`--layout ${layout}: ${problem}`);
  }
  const options: PdfOptions = {
    layout: layout ?? pieceLayout,
    paper: paper ?? draft?.layout.paper ?? 'letter',
    foldGuides: draft?.layout.foldGuides ?? true,
    addresses: { recipient: draft?.recipient.address, sender: draft?.sender.address },
    // An envelope is sized for the piece as the draft prints it (a half-fold card needs a bigger one).
    pieceLayout,
    ...(envelope ? { envelope } : {}),
    ...(design ? { design } : draft?.layout.design ? { design: draft.layout.design } : {}),
    ...(creationDate ? { creationDate } : {}),
  };
  const result = await exportPdf(doc, options);
  try {
    // Untouched or complete, never partial; without --force an existing file is never replaced.
    await writeFileAtomic(out, result.bytes, { backup: false, replace: force });
  } catch (error) {
    if (isOliveError(error) && error.code === 'io/exists')
      throw new UsageError(`${out} already exists; add --force to replace it`);
    if (isOliveError(error)) throw error;
    throw new OliveError(
      'export/write',
      `cannot write the PDF (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      out,
    );
  }
  for (const warning of result.warnings) io.stderr(`olive export: warning: ${warning}\n`);
  const pages = `${result.pages} page${result.pages === 1 ? '' : 's'}`;
  io.stdout(
    `Wrote ${values.out} (${options.layout}, ${options.paper}, ${pages}, ${kilobytes(result.bytes.length)}).\n`,
  );
  const steps = (result.instructions ?? [PRINT_TIP]).filter((s) => s !== PRINT_TIP);
  io.stdout(`Tip: ${PRINT_TIP.charAt(0).toLowerCase()}${PRINT_TIP.slice(1)}\n`);
  for (const step of steps) io.stdout(`  - ${step}\n`);
  return EXIT.ok;
}

/** Problems with the writer's text or choice that a change of words or envelope fixes: exit 1. */
const FINDINGS = new Set(['pdf/too-long', 'pdf/cannot-draw', 'pdf/envelope-too-small']);

/**
 * The date stamped in the PDF: --creation-date (ISO 8601) or SOURCE_DATE_EPOCH (seconds, the
 * reproducible-builds convention); without either, now. The same input and date give the same bytes.
 */
export function creationDateOf(option: string | undefined, epoch: string | undefined): Date | undefined {
  if (option !== undefined) {
    const date = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(option)
      ? new Date(option)
      : new Date(Number.NaN);
    if (Number.isNaN(date.getTime()))
      throw new UsageError(
        `--creation-date must be a date such as 2026-02-14 or 2026-02-14T09:30:00Z (got "${option}")`,
      );
    return date;
  }
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d{1,12}$/.test(epoch))
      throw new UsageError(`SOURCE_DATE_EPOCH must be whole seconds since 1970 (got "${epoch}")`);
    return new Date(Number(epoch) * 1000);
  }
  return undefined;
}

/**
 * `olive export`. Errors are printed here as one line (the same form the dispatcher uses), so the
 * command behaves the same when called directly: 2 for usage and unreadable input, 1 when the
 * text is too long for the chosen layout.
 */
export const exportCommand: Command = async (argv, io) => {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`olive export: ${error.message}\n`);
      return EXIT.usage;
    }
    if (isOliveError(error)) {
      io.stderr(`olive export: ${error.toLine()}\n`);
      return FINDINGS.has(error.code) ? EXIT.findings : EXIT.usage;
    }
    throw error;
  }
};
