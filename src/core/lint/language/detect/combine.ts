import type { RuleContext, TokenSpan } from '../../rule';
import type { SentenceLanguage } from '../index';

type Finder = (context: RuleContext, sentence: SentenceLanguage) => Iterable<TokenSpan>;

/** One detector made of several: each sentence goes through all of them. */
export function anyOf(...finders: Finder[]): Finder {
  return function* (context, sentence) {
    for (const find of finders) yield* find(context, sentence);
  };
}
