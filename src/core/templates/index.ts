export * from './schema';
export * from './types';
export { renderTemplate, sampleInput, draftInput, BLOCK_SEPARATOR, type RenderInput } from './render';
export { pronounWords } from './pronouns';
export { compileSource } from './environment';
export { loadTemplates, findTemplate, type TemplateSet, type TemplateLoadError } from './load';
