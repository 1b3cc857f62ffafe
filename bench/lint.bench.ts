/**
 * The wording linter against write-good and alex on the same texts: a 200-word letter (what the
 * editor re-lints on every keystroke) and a 20,000-word text, then 1 MB-scale adversarial inputs.
 * Targets (issue 3): letter <= 0.2 ms median and >= 8x faster than write-good; 20,000 words
 * <= 20 ms with linear growth; adversarial inputs < 1 s.
 *
 * On bench/util.ts: the linters compared run interleaved, each round a batch of calls (about a
 * tenth of a second of work) whose CPU time per call is one sample.
 */
import { createRequire } from 'node:module';
import { text as alexText } from 'alex';
import { lint } from '../src/core/lint';
import { loadEnglishSpeller } from '../src/core/lint-node/speller';
import { interleave, medianCost, ratio, rowsFor, timeInProcess, verdict, type BenchOptions, type Row, type Sample } from './util';

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

/** The long text: the letter plus clean and problem paragraphs, a mix like a long journal of drafts. */
const PARAGRAPHS = [
  LETTER,
  'I went back to the market on Saturday and the flower stall was still there, with the same old man behind it.',
  'The rehearsal ran late again, so I walked home along the canal and watched the herons fishing under the bridge.',
  'My sister has started learning the cello, and the whole house now sounds like a ship in a storm every evening.',
  'We finally repainted the kitchen a pale green, and the light in the mornings is lovely, softer than before.',
  "You don't have to write back, but I wanted you to know that I think the play was brilliant and the reviews were right.",
  'Please tell your mom hi from me. I loved the photos from the lake, the light was beautiful that evening.',
  "I'm begging you, answer your phone, we need to talk before Friday or it will be too late for both of us.",
  'Maybe we could be friends, maybe more, who knows where it goes. I still think about waking up next to you.',
  'After everything I did for you, you could at least reply. I give it three months with her, honestly.',
];

function wordsOf(target: number): string {
  const out: string[] = [];
  let words = 0;
  for (let i = 0; words < target; i++) {
    const p = PARAGRAPHS[i % PARAGRAPHS.length] as string;
    out.push(p);
    words += p.split(/\s+/).length;
    if (i % 3 === 2) out.push('\n\n');
  }
  return out.join(' ');
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

export async function run({ rounds, notes }: BenchOptions): Promise<Row[]> {
  const big = wordsOf(20_000);
  const tenth = wordsOf(2_000);
  notes.push(`lint: letter ${count(LETTER)} words; long text ${count(big)} words; adversarial and 20,000-word alex/write-good cases run ${Math.min(rounds, 3)} rounds`);

  const speller = await loadEnglishSpeller();
  // Compile the phrase lists and let the JIT settle before anything is timed.
  const warmUntil = performance.now() + 2000;
  while (performance.now() < warmUntil) {
    for (let i = 0; i < 50; i++) lint(LETTER, { kind: 'letter' });
    lint(tenth, { kind: 'letter', speller });
  }

  const letterCases = {
    'olive (no spelling)': () => lint(LETTER, { kind: 'letter' }),
    'olive + spelling': () => lint(LETTER, { kind: 'letter', speller }),
    'write-good': () => writeGood(LETTER),
    alex: () => alexText(LETTER),
  };
  const letter = await interleave(
    Object.fromEntries(Object.entries(letterCases).map(([name, fn]) => [name, batch(fn, callsFor(fn))])) as Record<keyof typeof letterCases, () => Promise<Sample>>,
    { rounds },
  );

  const growth = await interleave(
    {
      'olive, 2,000 words': batch(() => lint(tenth, { kind: 'letter' }), 1),
      'olive, 20,000 words': batch(() => lint(big, { kind: 'letter' }), 1),
      'olive + spelling, 20,000 words': batch(() => lint(big, { kind: 'letter', speller }), 1),
    },
    { rounds },
  );
  const peersBig = await interleave(
    {
      'write-good, 20,000 words': batch(() => writeGood(big), 1),
      'alex, 20,000 words': batch(() => alexText(big), 1),
    },
    { rounds: Math.min(rounds, 3), warmup: 0 },
  );

  const longWord = 'a'.repeat(1_000_000);
  const pleases = 'please '.repeat(100_000);
  const adversarial = await interleave(
    {
      [`one word of ${longWord.length.toLocaleString('en')} letters`]: batch(() => lint(longWord), 1),
      [`"please " x 100,000 (${pleases.length.toLocaleString('en')} chars)`]: batch(() => lint(pleases, { kind: 'card' }), 1),
    },
    { rounds: Math.min(rounds, 3), warmup: 0 },
  );

  const ours = medianCost(letter['olive (no spelling)']);
  const wg = medianCost(letter['write-good']);
  const rows: Row[] = [];
  for (const [name, s] of Object.entries(letter)) {
    const note = name === 'olive (no spelling)' ? `target <= 0.2 ms: ${verdict(ours <= 0.2)}` : name === 'write-good' ? `${ratio(wg, ours)} olive (target >= 8x: ${verdict(wg / ours >= 8)})` : `${ratio(medianCost(s), ours)} olive`;
    rows.push(...rowsFor('lint', `200-word letter, ${name}`, s, note));
  }
  const g10 = medianCost(growth['olive, 20,000 words']) / medianCost(growth['olive, 2,000 words']);
  for (const [name, s] of Object.entries(growth)) {
    const note = name === 'olive, 20,000 words' ? `target <= 20 ms: ${verdict(medianCost(s) <= 20)}; ${g10.toFixed(1)}x the 2,000-word time for 10x the text (linear is 10x)` : undefined;
    rows.push(...rowsFor('lint', name, s, note));
  }
  for (const [name, s] of Object.entries(peersBig)) rows.push(...rowsFor('lint', name, s, `${ratio(medianCost(s), medianCost(growth['olive, 20,000 words']))} olive`));
  for (const [name, s] of Object.entries(adversarial)) rows.push(...rowsFor('lint', `adversarial: ${name}`, s, `target < 1 s: ${verdict(Math.max(...s.map((x) => x.wallMs)) < 1000)}`));
  return rows;
}
