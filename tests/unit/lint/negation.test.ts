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
    ['card', "I don't need you to reply."],
    ['card', "Don't worry, you don't need to call me."],
    ['card', "You won't hear from me again unless you want to."],
    ['card', "I don't think you overreacted."],
    [
      'letter',
      "Dear Noah,\n\nI know I hurt you and I'm sorry. I'd like us to be friends again. I won't reach out " +
        'again.\n\nInes',
    ],
  ];
  for (const [kind, text] of clean) {
    it(`clean (${kind}): ${text.replace(/\n/g, ' ').slice(0, 60)}`, () => {
      expect(categoriesOf(text, { kind: kind as 'card' })).toEqual([]);
    });
  }

  const flagged: [string, string, string][] = [
    ['message', "I'm not angry, but please call me.", 'pressure'],
    ['message', 'No pressure. Call me tonight.', 'pressure'],
    ['message', "I don't want to beg, but I need you back.", 'needy'],
    ['message', "I can't live without you.", 'needy'],
    ['card', "I don't want to be just friends.", 'romantic'],
    ['note', "I don't know what you see in her.", 'new-partner'],
    ['card', "I'm not going to beg, but please come back.", 'needy'],
    ['card', "I'm not saying you have to answer, but it would mean a lot if you did.", 'pressure'],
    ['card', "There's no way I can live without you.", 'needy'],
    ['card', 'Never forget that I love you.', 'romantic'],
    ['message', "If you don't answer, I'm coming round.", 'pressure'],
    ['card', "Please don't ignore this like you ignored my messages.", 'blame'],
  ];
  for (const [kind, text, category] of flagged) {
    it(`still flagged (${kind}): ${text}`, () => {
      expect(categoriesOf(text, { kind: kind as 'card' })).toContain(category);
    });
  }
});
