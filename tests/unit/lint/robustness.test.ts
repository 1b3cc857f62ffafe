import { describe, expect, it } from 'vitest';
import { readAs } from '../../../src/core/lint';
import { categoriesOf } from './helpers';

describe('reads real writing: text-speak, apostrophes, stretched letters, line breaks, emoji', () => {
  it.each([
    ['cant', 'can not'],
    ['I can’t', 'i can not'],
    ['u r', 'you are'],
    ['plz pls', 'please please'],
    ['idk', 'i do not know'],
    ['wanna gonna', 'want to going to'],
    ['abt ur', 'about your'],
    ['Pleeeease', 'please'],
    ['sooooo', 'so'],
    ['I’M', 'i am'],
    ['wee inn', 'wee inn'],
    ['ill call u', 'i will call you'],
    ['I was ill', 'i was ill'],
    ['sorryyyy', 'sorry'],
  ])('reads %j as %j', (typed, read) => {
    expect(readAs(typed)).toBe(read);
  });

  const cases: [string, string, string][] = [
    ['message', 'plz plz call me back', 'pressure'],
    ['message', 'pls answer ur phone', 'pressure'],
    ['message', 'u need to text me back', 'pressure'],
    ['message', 'i cant live without u', 'needy'],
    ['message', 'I CAN’T LIVE WITHOUT YOU', 'needy'],
    ['message', 'im begging u', 'needy'],
    ['message', 'I’m begging\nyou', 'needy'],
    ['message', 'i need u sooo much', 'needy'],
    ['message', 'idk what id do without u', 'needy'],
    ['card', 'Hope ur well ❤️', 'romantic'],
    ['card', 'Thinking of you 😘', 'romantic'],
    ['card', 'i wanna get back together', 'romantic'],
    ['message', 'wanna grab coffee sometime?', 'pressure'],
    ['message', 'lmk when u get my card', 'pressure'],
    ['message', 'ill be outside ur work', 'pressure'],
    ['message', 'I NEEEED YOU', 'needy'],
  ];
  for (const [kind, text, category] of cases) {
    it(`flags ${category} in ${JSON.stringify(text)}`, () => {
      expect(categoriesOf(text, { kind: kind as 'card' })).toContain(category);
    });
  }
});
