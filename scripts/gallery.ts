/**
 * Writes docs/gallery: every card design in every palette (the front, as the design picker shows
 * it) and every layout, rendered from the real PDFs to PNG with poppler's pdftoppm, and a page
 * that shows them. Run: npx tsx scripts/gallery.ts (needs pdftoppm, from poppler-utils).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DESIGN_IDS,
  DESIGNS,
  exportPdf,
  PALETTE_IDS,
  PALETTES,
  renderDesignFront,
  type PdfOptions,
} from '../src/core/pdf';
import { documentFromBlocks } from '../src/core/pdf/documentFromBlocks';
import type { RenderedDocument } from '../src/core/templates/types';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'docs', 'gallery');
const work = join(tmpdir(), `olive-gallery-${process.pid}`);
const DATE = new Date('2026-02-14T09:30:00Z');

function png(pdf: Uint8Array, name: string, dpi: number): string[] {
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), file, join(out, name)]);
  return readdirSync(out)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))
    .sort();
}

function doc(kind: RenderedDocument['kind'], blocks: Record<string, string>, recipient: string): RenderedDocument {
  return documentFromBlocks(kind, blocks, { recipient });
}

const CARD = doc(
  'card',
  {
    front: 'Thinking of you',
    inside:
      'Hi Ελένη,\n\nYou came to mind this week, so here is a small hello. The lilacs outside the library are ' +
      'out again, and I remembered how you always stopped to smell them on the way past.\n\nI hope the new ' +
      'flat has good light. 🌿\n\nElena',
    back: 'Made with care in Leeds',
  },
  'Ελένη',
);
const NOTE = doc(
  'note',
  {
    body:
      'Hi 김민준,\n\nI heard that you and Ji-woo are together now. I’m glad for you both, and I’m genuinely fine ' +
      'with it.\n\nThese two movie passes are for you and Ji-woo, for a night out together.\n\nElena',
  },
  '김민준',
);
/** Said three times in the right-to-left letter, to fill a page. */
const PARAGRAPH =
  'I have thought a great deal about the way things ended between us, and about the part I played in it. ' +
  'I was careless with something that mattered, and I did not listen when you told me what you needed. ';
const LETTER = doc(
  'letter',
  {
    body:
      `Dear ` +
      `فاطمة,\n\n${PARAGRAPH.repeat(3)}\n\nI ` +
      `would like us to be friends again, if you would like that too. There is no need to answer this.\n\nElena`,
  },
  'فاطمة',
);

async function main(): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  mkdirSync(work, { recursive: true });
  const lines = [
    '# Gallery',
    '',
    'Every card design in every palette, and every layout, rendered from the PDFs the app prints',
    '(`npx tsx scripts/gallery.ts` writes this page). All art is drawn in code (src/core/pdf/designs).',
    '',
    '## Card fronts',
    '',
    `| Design | ${PALETTE_IDS.map((p) => PALETTES[p].name).join(' | ')} |`,
    `| --- | ${PALETTE_IDS.map(() => '---').join(' | ')} |`,
  ];
  for (const design of DESIGN_IDS) {
    const cells: string[] = [];
    for (const palette of PALETTE_IDS) {
      const [file] = png(
        await renderDesignFront({ design, palette }, { creationDate: DATE }),
        `front-${design}-${palette}`,
        40,
      );
      cells.push(`![${DESIGNS[design].name}, ${PALETTES[palette].name}](${file ?? ''})`);
    }
    lines.push(`| **${DESIGNS[design].name}** | ${cells.join(' | ')} |`);
  }
  lines.push(
    '',
    '## Layouts',
    '',
    'As printed on US Letter (A4 is laid out the same way); the card inside is upside down on purpose: it ' +
      'reads upright once folded.',
    '',
  );
  const layouts: [string, RenderedDocument, PdfOptions][] = [
    [
      'Quarter-fold card (olive branch, sage)',
      CARD,
      { layout: 'quarter-fold', paper: 'letter', design: { design: 'olive-branch', palette: 'sage' } },
    ],
    [
      'Half-fold card (hills, sea), outside and inside',
      CARD,
      { layout: 'half-fold', paper: 'letter', design: { design: 'landscape', palette: 'sea' } },
    ],
    [
      'Quarter-fold card on A4 (wildflowers, dusk)',
      CARD,
      { layout: 'quarter-fold', paper: 'a4', design: { design: 'botanical', palette: 'dusk' } },
    ],
    ['Note with the movie passes', NOTE, { layout: 'note', paper: 'letter' }],
    ['Letter', LETTER, { layout: 'letter', paper: 'letter' }],
    [
      'Envelope (A2, for the quarter-fold card)',
      CARD,
      {
        layout: 'envelope',
        paper: 'letter',
        addresses: {
          recipient: 'Ελένη Παπαδοπούλου\nΟδός Αθηνάς 12\n105 51 Αθήνα\nGreece',
          sender: 'Elena Ruiz\n4 Vine Street\nLeeds LS2 7AB',
        },
      },
    ],
  ];
  for (const [title, source, options] of layouts) {
    const name = `layout-${options.layout}-${options.paper}`;
    const files = png((await exportPdf(source, { ...options, creationDate: DATE })).bytes, name, 40);
    lines.push(`### ${title}`, '', files.map((f) => `![${title}](${f})`).join(' '), '');
  }
  writeFileSync(join(out, 'README.md'), `${lines.join('\n')}\n`);
  rmSync(work, { recursive: true, force: true });
}

await main();
