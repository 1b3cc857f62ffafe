/**
 * The wording linter against write-good and alex on the same texts (targets: docs/ARCHITECTURE.md,
 * "The linter"):
 * - a 200-word letter read as new (every sentence tagged: what a pasted or opened draft costs)
 *   <= 0.5 ms median and >= 3x faster than write-good; and re-read unchanged (what most keystrokes
 *   cost, the sentences already tagged);
 * - 20,000 words of varied text read as new, >= 2.5x faster than write-good; 200,000 words
 *   <= 11x the 20,000-word time;
 * - 1 MB adversarial inputs (run-on sentences, repeated triggers and softeners, chats without full
 *   stops, one endless word), each < 1 s.
 *
 * "Read as new" forgets the linter's caches of paragraphs and sentences before each call, and the
 * long texts are generated so that no two sentences are alike (a text made of a few paragraphs
 * repeated would be read once and looked up after). The systems compared run interleaved
 * (bench/util.ts); each sample is the CPU time per call over a batch of about 0.1 s of calls.
 */
import { createRequire } from 'node:module';
import { text as alexText } from 'alex';
import { forgetReadText, lint } from '../src/core/lint';
import { loadEnglishSpeller } from '../src/core/lint-node/speller';
import {
  interleave,
  medianCost,
  ratio,
  rowsFor,
  timeInProcess,
  verdict,
  type BenchOptions,
  type Row,
  type Sample,
} from './util';

const require = createRequire(import.meta.url);
// write-good ships no types: it is a function from text to a list of suggestions.
const writeGood = require('write-good') as (text: string) => unknown[];

/** About 200 words, in the voice of a real draft, with a couple of problems in it. */
export const LETTER = `Dear Noah,

I have started this letter many times. I know I hurt you when I left so suddenly, without a proper
explanation, and I am truly sorry for that. You did not deserve to find out the way you did, and I
have thought a lot about what I did and why.

I am not writing to ask for anything back. I would like us to be friends again, and only friends,
if that is ever something you want. I miss our long walks by the river and the way you always knew
which bakery still had cinnamon buns at six o'clock. I hope the theatre season is going well and
that the new production is everything you hoped it would be.

Please write back when you get this, I really need to hear from you. I can't stop thinking about
how things ended, and I cry every night.

If you would rather not reply, I understand, and I will not reach out again. Whatever you decide,
I wish you a calm autumn, good friends around you, and many full houses.

Take care of yourself.

Ines
`;

const WHO = [
  'my sister',
  'the neighbour',
  'your cousin',
  'our old teacher',
  'the baker',
  'my flatmate',
  'Grandpa',
  'the new intern',
  'a friend from choir',
  'the vet',
];
const DID = [
  'painted',
  'fixed',
  'sold',
  'carried',
  'found',
  'borrowed',
  'cleaned',
  'photographed',
  'measured',
  'planted',
];
const WHAT = [
  'the blue boat',
  'a crooked shelf',
  'the garden gate',
  'an old bicycle',
  'the piano',
  'a box of letters',
  'the kitchen window',
  'three lemon trees',
  'the attic stairs',
  'a rusty kettle',
];
const WHEN = [
  'on Saturday',
  'last spring',
  'before the storm',
  'after lunch',
  'in the rain',
  'at dawn',
  'during the fair',
  'on the way home',
  'for the wedding',
  'over the holidays',
];
const TROUBLE = [
  "I'm begging you, answer your phone.",
  'After everything I did for you, you could at least reply.',
  'Maybe friends, maybe more, who knows where it goes.',
  'I cannot get through a single day without you.',
  'Do you ever miss me?',
  "If you don't answer by Friday I'm done.",
];

/** A deterministic stream of numbers in [0, 1) (a linear congruential generator). */
function stream(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * About `target` words of plain news, one paragraph per five sentences, every sentence different
 * (a number in each, and the slots chosen at random), with one sentence in twenty a problem.
 */
export function variedText(target: number, seed = 7): string {
  const next = stream(seed);
  const pick = (list: readonly string[]): string => list[Math.floor(next() * list.length)] as string;
  const paragraphs: string[] = [];
  let sentences: string[] = [];
  let words = 0;
  for (let n = 1; words < target; n++) {
    const sentence =
      n % 20 === 0
        ? pick(TROUBLE)
        : `${pick(WHO).replace(/^./, (c) => c.toUpperCase())} ${pick(DID)} ${pick(WHAT)} ${pick(WHEN)}, and it ` +
          `took ${n} minutes.`;
    sentences.push(sentence);
    words += sentence.split(' ').length;
    if (sentences.length === 5) {
      paragraphs.push(sentences.join(' '));
      sentences = [];
    }
  }
  if (sentences.length > 0) paragraphs.push(sentences.join(' '));
  return paragraphs.join('\n\n');
}

const count = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** One sample: CPU and wall time per call over a batch of `calls` calls. */
function batch(fn: () => unknown, calls: number): () => Promise<Sample> {
  return async () => {
    const s = await timeInProcess(() => {
      for (let i = 0; i < calls; i++) fn();
    });
    return { wallMs: s.wallMs / calls, ...(s.cpuMs !== undefined ? { cpuMs: s.cpuMs / calls } : {}) };
  };
}

/** How many calls make about `ms` milliseconds of work, from one timed call. */
function callsFor(fn: () => unknown, ms = 100): number {
  const t0 = performance.now();
  fn();
  return Math.max(1, Math.round(ms / Math.max(0.001, performance.now() - t0)));
}

/** Lints `text` as if for the first time. */
function lintNew(text: string, options: Parameters<typeof lint>[1] = { kind: 'letter' }): unknown {
  forgetReadText();
  return lint(text, options);
}

/** Repeats `unit` up to one megabyte. */
const megabyte = (unit: string): string => unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);

export const ADVERSARIAL: Record<string, string> = {
  'run-on: "if you ever want to dm me" with no full stop': megabyte('if you ever want to dm me '),
  'repeated trigger: "I need you, please call me back"': megabyte('I need you, please call me back, '),
  'repeated softeners before one ask': megabyte('maybe, only if you want, no pressure, ') + ' call me.',
  'chat, one line each, no full stops': megabyte('hey\nu there?\nmiss u\nwhy r u ignoring me\n'),
  'one word of 1,000,000 letters': 'a'.repeat(1_000_000),
  'hearts and kisses: "❤️ xx "': megabyte('❤️ xx '),
};

export async function run({ rounds, notes }: BenchOptions): Promise<Row[]> {
  const big = variedText(20_000);
  const huge = variedText(200_000, 11);
  notes.push(
    `lint: letter ${count(LETTER)} words; varied texts ${count(big).toLocaleString('en')} and ` +
      `${count(huge).toLocaleString('en')} words; "new" = caches forgotten before each call; 200,000-word, ` +
      `peers' 20,000-word and adversarial cases run ${Math.min(rounds, 3)} rounds`,
  );

  const speller = await loadEnglishSpeller();
  // Compile the phrase lists, load the language model and let the JIT settle before timing.
  const warmUntil = performance.now() + 2000;
  while (performance.now() < warmUntil) {
    for (let i = 0; i < 20; i++) lintNew(LETTER);
    lintNew(variedText(2_000, 3), { kind: 'letter', speller });
  }

  const letterCases = {
    'olive, new': () => lintNew(LETTER),
    'olive, re-read unchanged': () => lint(LETTER, { kind: 'letter' }),
    'olive + spelling, new': () => lintNew(LETTER, { kind: 'letter', speller }),
    'write-good': () => writeGood(LETTER),
    alex: () => alexText(LETTER),
  };
  const letter = await interleave(
    Object.fromEntries(Object.entries(letterCases).map(([name, fn]) => [name, batch(fn, callsFor(fn))])) as Record<
      keyof typeof letterCases,
      () => Promise<Sample>
    >,
    { rounds },
  );

  const long = await interleave(
    {
      'olive, 20,000 words, new': batch(() => lintNew(big), 1),
      'write-good, 20,000 words': batch(() => writeGood(big), 1),
    },
    { rounds: Math.min(rounds, 5) },
  );
  const longer = await interleave(
    {
      'olive, 200,000 words, new': batch(() => lintNew(huge), 1),
      'alex, 20,000 words': batch(() => alexText(big), 1),
    },
    { rounds: Math.min(rounds, 3), warmup: 0 },
  );

  const adversarial = await interleave(
    Object.fromEntries(
      Object.entries(ADVERSARIAL).map(([name, text]) => [name, batch(() => lintNew(text, { kind: 'card' }), 1)]),
    ),
    { rounds: Math.min(rounds, 3), warmup: 0 },
  );

  const ours = medianCost(letter['olive, new']);
  const wg = medianCost(letter['write-good']);
  const rows: Row[] = [];
  for (const [name, s] of Object.entries(letter)) {
    const note =
      name === 'olive, new'
        ? `target <= 0.5 ms: ${verdict(ours <= 0.5)}`
        : name === 'write-good'
          ? `${ratio(wg, ours)} olive, new (target >= 3x: ${verdict(wg / ours >= 3)})`
          : `${ratio(medianCost(s), ours)} olive, new`;
    rows.push(...rowsFor('lint', `200-word letter, ${name}`, s, note));
  }
  const ours20k = medianCost(long['olive, 20,000 words, new']);
  const wg20k = medianCost(long['write-good, 20,000 words']);
  rows.push(...rowsFor('lint', 'olive, 20,000 words, new', long['olive, 20,000 words, new']));
  rows.push(
    ...rowsFor(
      'lint',
      'write-good, 20,000 words',
      long['write-good, 20,000 words'],
      `${ratio(wg20k, ours20k)} olive (target >= 2.5x: ${verdict(wg20k / ours20k >= 2.5)})`,
    ),
  );
  const growth = medianCost(longer['olive, 200,000 words, new']) / ours20k;
  rows.push(
    ...rowsFor(
      'lint',
      'olive, 200,000 words, new',
      longer['olive, 200,000 words, new'],
      `${growth.toFixed(1)}x the 20,000-word time (target <= 11x: ${verdict(growth <= 11)})`,
    ),
  );
  rows.push(
    ...rowsFor(
      'lint',
      'alex, 20,000 words',
      longer['alex, 20,000 words'],
      `${ratio(medianCost(longer['alex, 20,000 words']), ours20k)} olive`,
    ),
  );
  for (const [name, s] of Object.entries(adversarial)) {
    rows.push(
      ...rowsFor(
        'lint',
        `1 MB: ${name}`,
        s,
        `worst ${Math.round(Math.max(...s.map((x) => x.wallMs)))} ms wall (target < 1 s: ` +
          `${verdict(Math.max(...s.map((x) => x.wallMs)) < 1000)})`,
      ),
    );
  }
  return rows;
}
