/**
 * Shows how the linter reads a text: each sentence's words with part of speech and lemma, and
 * its clauses (subject, verb, negation, form). For writing and debugging rules.
 *
 *   npx tsx scripts/lint-parse.ts "You're a coward. Do you ever miss me?"
 */
import { analyse } from '../src/core/lint/engine/analysis';

const text =
  process.argv.slice(2).join(' ') ||
  (await new Promise<string>((resolve) => {
    let data = '';
    process.stdin.on('data', (c) => (data += c));
    process.stdin.on('end', () => resolve(data));
  }));
const a = analyse(text);
for (const s of a.language.sentences()) {
  const words: string[] = [];
  for (let k = s.first; k < s.end; k++) {
    const t = a.tokens[k]!;
    const lemma = a.language.lemma(k);
    words.push(`${t.word}/${a.language.pos(k)}${lemma !== t.word ? `=${lemma}` : ''}${t.alt ? `(${t.alt})` : ''}`);
  }
  console.log(`${s.question ? '?' : '.'} ${words.join(' ')}`);
  for (const c of s.clauses) {
    const span = a.tokens
      .slice(c.first, c.end)
      .map((t) => t.word)
      .join(' ');
    const flags = [
      c.opener && `opener=${c.opener}`,
      c.wh && `wh=${c.wh}`,
      c.subject && `subj=${c.subject}`,
      c.lemma && `verb=${c.lemma}`,
      c.modal && `modal=${c.modal}`,
      c.negated && 'NEG',
      c.past && 'past',
      c.passive && 'passive',
      c.copula && 'copula',
      c.inverted && 'inverted',
      c.imperative && 'IMPERATIVE',
      c.conditional && 'conditional',
    ].filter(Boolean);
    console.log(`    [${span}] ${flags.join(' ')}`);
  }
}
