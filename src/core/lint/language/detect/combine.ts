import type { RuleContext, TokenSpan } from '../../rule';
import type { SentenceLanguage } from '../index';

type Finder = (context: RuleContext, sentence: SentenceLanguage) => Iterable<TokenSpan>;

const NONE: readonly TokenSpan[] = [];

/**
 * One detector made of several: each sentence goes through all of them, in order. The spans are
 * gathered into one list rather than passed on through another generator: every sentence of every
 * text goes through these, and the extra layer of generators was a seventh of linting's time.
 */
export function anyOf(...finders: Finder[]): Finder {
  return (context, sentence) => {
    let out: TokenSpan[] | undefined;
    for (const find of finders) for (const span of find(context, sentence)) (out ??= []).push(span);
    return out ?? NONE;
  };
}
