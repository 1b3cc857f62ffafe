import { describe, expect, it } from 'vitest';
import { compilePhrases, phrases } from '../../../src/core/lint/engine/compile';
import { createNormalizer } from '../../../src/core/lint/engine/normalize';
import { expandPattern, PatternError } from '../../../src/core/lint/engine/pattern';

describe('pattern language and compiler', () => {
  const normalize = createNormalizer(new Set());

  it('expands groups, optional words, macros and contractions', () => {
    expect(expandPattern("i (can't|will never) (go|)", {}, normalize).map((s) => s.join(' '))).toEqual([
      'i can not go',
      'i can not',
      'i will never go',
      'i will never',
    ]);
    expect(expandPattern('@x me', { x: '(call|text)' }, normalize).map((s) => s.join(' '))).toEqual([
      'call me',
      'text me',
    ]);
  });

  it('rejects broken patterns with a clear error', () => {
    expect(() => expandPattern('(call me', {}, normalize)).toThrow(PatternError);
    expect(() => expandPattern('@missing', {}, normalize)).toThrow(/unknown macro/);
    expect(() => compilePhrases({ bad: { f: { patterns: ['* me'] } } })).toThrow(/wildcard/);
    expect(() => compilePhrases({ bad: { f: { patterns: ['call $ me'] } } })).toThrow(/after \$/);
  });

  it('compiles every bundled phrase list once, into one matcher', () => {
    const compiled = phrases();
    expect(phrases()).toBe(compiled);
    expect(compiled.patterns).toBeGreaterThan(300);
    expect(compiled.index.has('needy.begging')).toBe(true);
  });
});
