/**
 * olive-branch/lint: the wording linter for Node, with the offline English dictionary loader.
 * Loads neither pdfkit nor Handlebars (see docs/ARCHITECTURE.md, "Start-up").
 */
export * from '../lint';
export { loadEnglishSpeller, type SpellerOptions } from './speller';
export { defaultCacheDir } from './cache-dir';
export { loadCachedPhrases } from './phrase-cache';
