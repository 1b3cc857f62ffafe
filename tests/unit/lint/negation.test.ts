import { describe, expect, it } from 'vitest';
import { categoriesOf } from './helpers';

describe('negation and context', () => {
  const clean: [string, string][] = [
    ['card', 'No need to reply.'],
    ['card', "You don't have to write back."],
    ['card', 'You don’t have to write back.'],
    ['message', "I'm not asking you to call."],
    ['message', "I won't call to check that it arrived."],
    ['card', "I'm not hoping to get back together."],
    ['card', 'I am not writing to win you back.'],
    ['card', 'I loved the photos from the trip.'],
    ['message', 'Please tell your mom hi.'],
    ['message', "You'll need a drink after that game."],
    ['card', "Please don't feel you need to respond."],
    ['card', 'There is no pressure to reply, and no rush either.'],
    ['card', 'I never expected a reply, and that is fine.'],
    ['letter', "Dear Noah,\n\nI know I hurt you and I'm sorry. I'd like us to be friends again. I won't reach out again.\n\nInes"],
  ];
  for (const [kind, text] of clean) {
    it(`clean (${kind}): ${text.replace(/\n/g, ' ').slice(0, 60)}`, () => {
      expect(categoriesOf(text, { kind: kind as 'card' })).toEqual([]);
    });
  }

  const flagged: [string, string, string][] = [
    ['message', "I'm not angry, but please call me.", 'pressure'],
    ['message', "No pressure. Call me tonight.", 'pressure'],
    ['message', "I don't want to beg, but I need you back.", 'needy'],
    ['message', "I can't live without you.", 'needy'],
    ['card', "I don't want to be just friends.", 'romantic'],
    ['note', "I don't know what you see in her.", 'new-partner'],
  ];
  for (const [kind, text, category] of flagged) {
    it(`still flagged (${kind}): ${text}`, () => {
      expect(categoriesOf(text, { kind: kind as 'card' })).toContain(category);
    });
  }
});
