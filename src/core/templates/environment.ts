import Handlebars from 'handlebars';
import { OliveError } from '../errors';
import { SPAN_END, SPAN_OPEN } from './spans';

/**
 * One isolated Handlebars environment for all templates: only the helpers below exist, strict
 * mode turns a misspelt field into an error instead of a silent gap, output is never HTML-escaped
 * (it is plain text for a PDF, and escaping would turn "&" into "&amp;"), and prototype access
 * stays off.
 */
const env = Handlebars.create();

export const KNOWN_HELPERS = { block: true, cap: true, verb: true, eq: true } as const;

interface BlockCollector {
  order: string[];
  blocks: Map<string, string>;
}

interface HelperOptions {
  fn: (context: unknown) => string;
  data: { blocks?: BlockCollector; root?: { recipient?: { pronouns?: { plural?: boolean } } } };
  loc?: { start: { line: number } };
}

env.registerHelper('block', function (this: unknown, id: unknown, options: HelperOptions) {
  const collector = options.data.blocks;
  if (typeof id !== 'string' || !collector) throw new Error('block needs a name, as in {{#block "front"}}');
  if (collector.blocks.has(id)) throw new Error(`block "${id}" appears twice`);
  collector.order.push(id);
  collector.blocks.set(id, options.fn(this));
  return '';
});

/** Capitalises the first letter, looking past span markers so "{{cap fields.x}}" still works. */
env.registerHelper('cap', (value: unknown) => {
  const text = String(value ?? '');
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (ch === SPAN_OPEN) {
      i = text.indexOf('\uE001', i) + 1;
      if (i === 0) return text;
      continue;
    }
    if (ch === SPAN_END) {
      i++;
      continue;
    }
    return text.slice(0, i) + ch.toUpperCase() + text.slice(i + 1);
  }
  return text;
});

/** Verb agreement with the recipient's pronouns: {{verb "is" "are"}} gives "is" for he/she, "are" for they. */
env.registerHelper('verb', (singular: unknown, plural: unknown, options: HelperOptions) => {
  const isPlural = options.data.root?.recipient?.pronouns?.plural === true;
  return String(isPlural ? plural : singular);
});

env.registerHelper('eq', (a: unknown, b: unknown) => a === b);

export interface CompiledSource {
  /** Renders and returns the blocks in source order. */
  run: (context: object) => { order: string[]; blocks: Map<string, string> };
}

/** "Parse error on line 3: ..." -> 3; Handlebars puts the line in different places per error kind. */
export function lineOfHandlebarsError(error: unknown): number | undefined {
  const e = error as { lineNumber?: number; message?: string };
  if (typeof e.lineNumber === 'number') return e.lineNumber;
  const m = /line (\d+)/i.exec(e.message ?? '') ?? / - (\d+):\d+$/.exec(e.message ?? '');
  return m ? Number(m[1]) : undefined;
}

export function compileSource(source: string, sourcePath: string): CompiledSource {
  try {
    env.parse(source);
  } catch (error) {
    const line = lineOfHandlebarsError(error);
    const first = String((error as Error).message).split('\n')[0] ?? 'syntax error';
    throw new OliveError('template/syntax', `template syntax error: ${first}`, line ? `${sourcePath}:${line}` : sourcePath);
  }
  const template = env.compile(source, {
    strict: true,
    noEscape: true,
    knownHelpers: KNOWN_HELPERS,
    knownHelpersOnly: true,
  });
  return {
    run(context) {
      const collector: BlockCollector = { order: [], blocks: new Map() };
      try {
        template(context, {
          data: { blocks: collector },
          allowProtoPropertiesByDefault: false,
          allowProtoMethodsByDefault: false,
        });
      } catch (error) {
        const line = lineOfHandlebarsError(error);
        const first = String((error as Error).message).split('\n')[0] ?? 'render error';
        throw new OliveError('template/render', `template error: ${first}`, line ? `${sourcePath}:${line}` : sourcePath);
      }
      return collector;
    },
  };
}
