import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/core/lint';
import type { LintOptions } from '../../../src/core/lint';
import { KINDS } from '../../../src/core/types';

/** Words and marks that exercise the matcher: phrase words, text-speak, emoji, punctuation, odd code points. */
const PIECES = [
  'I',
  "I'm",
  'i’m',
  'can’t',
  'cant',
  'live',
  'without',
  'you',
  'u',
  'ur',
  'please',
  'plz',
  'pleeease',
  'call',
  'me',
  'back',
  'not',
  "don't",
  'no',
  'need',
  'to',
  'reply',
  'love',
  'xoxo',
  'x',
  'xx',
  '❤️',
  '😘',
  '<3',
  '😭',
  'friends',
  'maybe',
  'more',
  'get',
  'together',
  'Love,',
  'Ines',
  'Noah',
  ',',
  '.',
  '!!!',
  '?',
  '\n',
  '\n\n',
  ' ',
  '  ',
  '\t',
  '—',
  '-',
  "'",
  '’',
  '\u{1F3FD}',
  '\u200d',
  '\uFE0F',
  '\uD800',
  '\uDC00',
  'ß',
  'É',
  '𝔘',
  '🙏',
  'WHY',
  'answer',
  'phone',
  'three',
  'months',
  'give',
  'it',
  'sorry',
  'hurt',
  'as',
  'partners',
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'ill',
  'id',
  'idk',
  'Lena',
];

const textArb = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join(' ')),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join('')),
);

const optionsArb: fc.Arbitrary<LintOptions> = fc.record(
  {
    kind: fc.constantFrom(...KINDS),
    intent: fc.constantFrom('friendship' as const, 'romantic' as const),
    heard: fc.constantFrom('new-relationship' as const, 'still-hurt' as const, 'unknown' as const),
    partnerName: fc.constantFrom('Lena', 'you', ''),
  },
  { requiredKeys: [] },
);

describe('lint never throws and keeps its promises on any string', () => {
  it('spans are in bounds, diagnostics sorted, no overlaps within a rule, lines and columns right', () => {
    fc.assert(
      fc.property(textArb, optionsArb, (text, options) => {
        const result = lint(text, options);
        const lastEnd = new Map<string, number>();
        let prevStart = -1;
        for (const d of result.diagnostics) {
          expect(d.start).toBeGreaterThanOrEqual(0);
          expect(d.end).toBeGreaterThan(d.start);
          expect(d.end).toBeLessThanOrEqual(text.length);
          expect(d.start).toBeGreaterThanOrEqual(prevStart);
          prevStart = d.start;
          expect(d.start).toBeGreaterThanOrEqual(lastEnd.get(d.rule) ?? 0);
          lastEnd.set(d.rule, d.end);
          const before = text.slice(0, d.start).split('\n');
          expect(d.line).toBe(before.length);
          expect(d.column).toBe((before[before.length - 1] ?? '').length + 1);
          expect(['error', 'warning', 'info']).toContain(d.severity);
          expect(d.message.length).toBeGreaterThan(0);
          expect(d.message).not.toMatch(/\{\{(phrase|limit|friendship)\}\}/);
        }
        expect(['friendship', 'romantic', 'mixed', 'unstated']).toContain(result.intent.detected);
      }),
      { numRuns: 400, seed: 20261126 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(textArb, optionsArb, (text, options) => {
        expect(lint(text, options)).toEqual(lint(text, options));
      }),
      { numRuns: 100, seed: 7 },
    );
  });

  it('applying any suggestion leaves text that still lints without throwing', () => {
    fc.assert(
      fc.property(textArb, optionsArb, (text, options) => {
        for (const d of lint(text, options).diagnostics) {
          for (const s of d.suggestions) lint(text.slice(0, d.start) + s.replacement + text.slice(d.end), options);
        }
      }),
      { numRuns: 100, seed: 11 },
    );
  });

  it('survives hostile inputs of unusual shape', () => {
    for (const text of [
      'constructor __proto__ toString prototype',
      '',
      '\n\n\n',
      '\uFEFF',
      'x'.repeat(100_000),
      'please '.repeat(20_000),
      '\uD800'.repeat(50),
      '❤️'.repeat(5000),
      ',,,,,'.repeat(1000),
    ]) {
      expect(() => lint(text, { kind: 'card' })).not.toThrow();
    }
    // Non-string input from JavaScript callers is coerced, not thrown on.
    expect(() => lint(undefined as unknown as string)).not.toThrow();
  });
});
