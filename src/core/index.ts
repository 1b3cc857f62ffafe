/**
 * olive-branch/core: the library behind the app and the CLI. Pure TypeScript; the only Node
 * APIs used are file reads in the loaders (readDraftFile, loadTemplates, font loading).
 */
export * from './types';
export { OliveError, isOliveError } from './errors';
export * from './draft';
export { readDraftFile, decodeUtf8 } from './draft/file';
export * from './templates';
export * from './guide';
export * from './lint';
export { loadEnglishSpeller } from './lint-node/speller';
export * from './pdf';
export * from './pieces/kinds';
export * from './pieces/layouts';
export * from './pieces/ready';
export * from './verdict';
export { draftPiece, draftValues, pieceFields } from './verdict/draft';
