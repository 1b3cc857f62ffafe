/**
 * Snide asides too short or too loose for a phrase list: a one-word verdict standing as its own
 * sentence ("Typical."), and "thanks to you" pinned to something bad.
 */
import type { Token } from '../../engine/tokenize';
import { NEGATIVE_VALENCE } from '../../lexicon/judgement';
import { words } from '../../lexicon/words';
import type { RuleContext, TokenSpan } from '../../rule';
import type { SentenceLanguage } from '../index';
import { findPhrase, word } from '../query';
import { EXCLAMATION_MARK } from '../../engine/chars';

const VERDICTS = words('typical figures classic shocker whatever unbelievable convenient mature predictable pathetic');
const VERDICT_PHRASES = [
  'surprise surprise',
  'real mature',
  'very mature',
  'how mature',
  'how convenient',
  'nice one',
  'cheers for that',
  'of course you did',
  'of course you would',
  'of course',
];
const LONELY = words('alone lonely myself own nobody nothing ruined wrecked broke broken');

export function* snideAside(context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  const length = s.last - s.first;
  const text = context.text;
  const endsPlainly = text.charCodeAt((s.tokens[s.last - 1] as Token).end) !== EXCLAMATION_MARK;
  if (length <= 3 && endsPlainly && length > 0) {
    const first = word(s, s.first);
    if (length === 1 && VERDICTS.has(first) && first !== 'pathetic') yield { first: s.first, last: s.last };
    else if (
      length >= 2 &&
      (first === 'typical' || first === 'classic') &&
      (word(s, s.first + 1) === 'you' || word(s, s.first + 1) === 'of')
    )
      yield { first: s.first, last: s.last };
    else if (
      VERDICT_PHRASES.some((p) => findPhrase(s, s.first, s.first + 1, p) === s.first && p.split(' ').length === length)
    )
      yield { first: s.first, last: s.last };
  }
  const thanks = findPhrase(s, s.first, s.last, 'thanks to you');
  if (thanks >= 0) {
    for (let k = s.first; k < s.last; k++) {
      const w = word(s, k);
      if (LONELY.has(w) || (NEGATIVE_VALENCE.get(w) ?? 0) <= -1.5) {
        yield { first: thanks, last: thanks + 3 };
        break;
      }
    }
  }
}
