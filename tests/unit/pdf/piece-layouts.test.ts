import { describe, expect, it } from 'vitest';
import {
  defaultLayout,
  envelopeSuits,
  foldFor,
  layoutProblem,
  layoutSuits,
  layoutsFor,
} from '../../../src/core/pieces/layouts';
import { KINDS, LAYOUTS } from '../../../src/core/types';

describe('which layouts suit which piece', () => {
  it('offers only sensible layouts per kind, the usual one first', () => {
    expect(layoutsFor('card')).toEqual(['quarter-fold', 'half-fold']);
    expect(layoutsFor('note')).toEqual(['note']);
    expect(layoutsFor('letter')).toEqual(['letter']);
    expect(layoutsFor('message')).toEqual(['note']);
    for (const kind of KINDS) expect(defaultLayout(kind)).toBe(layoutsFor(kind)[0]);
  });

  it('refuses a folded note and a message on a letter page, with a reason', () => {
    expect(layoutSuits('note', 'quarter-fold')).toBe(false);
    expect(layoutProblem('note', 'quarter-fold')).toBe('quarter-fold does not suit a note (choose note or envelope)');
    expect(layoutSuits('message', 'letter')).toBe(false);
    expect(layoutProblem('message', 'envelope')).toMatch(/not sent by post/);
    expect(layoutProblem('card', 'half-fold')).toBeUndefined();
  });

  it('prints envelopes only for pieces that go by post', () => {
    expect(KINDS.filter(envelopeSuits)).toEqual(['card', 'note', 'letter']);
  });

  it('falls back to the usual fold when the wanted one does not suit, and keeps one that does', () => {
    expect(foldFor('card', 'half-fold')).toBe('half-fold');
    expect(foldFor('note', 'quarter-fold')).toBe('note');
    expect(foldFor('message', 'letter')).toBe('note');
    expect(foldFor('letter', 'envelope')).toBe('letter');
    expect(foldFor('card')).toBe('quarter-fold');
    for (const kind of KINDS) for (const layout of LAYOUTS) expect(layoutSuits(kind, foldFor(kind, layout))).toBe(true);
  });
});
