/**
 * Node-only: loads the offline English Hunspell dictionary (dictionary-en) into nspell for the
 * linter's spelling advice. Kept out of src/core/lint, which must also run in the renderer.
 */
import nspell from 'nspell';
import { createSpeller } from '../lint/speller';
import type { Speller } from '../lint/types';

let loading: Promise<Speller> | null = null;

/** The English speller, loaded once per process (about a third of a second). */
export function loadEnglishSpeller(extraWords: readonly string[] = []): Promise<Speller> {
  loading ??= (async () => {
    // dictionary-en v4 reads index.aff and index.dic itself and exports them as bytes.
    const { default: dictionary } = await import('dictionary-en');
    const decoder = new TextDecoder('utf-8');
    return createSpeller(nspell(decoder.decode(dictionary.aff), decoder.decode(dictionary.dic)), extraWords);
  })();
  return loading;
}
