import Handlebars from 'handlebars';
import { OliveError } from '../errors';
import { checkTemplateAst, TEMPLATE_LIMITS } from './limits';
import { SPAN_END, SPAN_OPEN } from './spans';

/**
 * One isolated Handlebars environment for all templates: only the helpers below exist, strict
 * mode turns a misspelt field into an error instead of a silent gap, output is never HTML-escaped
 * (it is plain text for a PDF, and escaping would turn "&" into "&amp;"), prototype access stays
 * off, and what a template may contain and produce is limited (limits.ts, and the meter below).
 */
const env = Handlebars.create();
// Built-ins a template may not use (limits.ts refuses them by name as well): nothing is logged, looked up or looped.
for (const name of ['log', 'lookup', 'each']) env.unregisterHelper(name);

/** The output still allowed in the render running now (rendering is synchronous: one at a time). */
let outputLeft = Number.POSITIVE_INFINITY;

/**
 * Every `{{expression}}` of a template goes through here instead of HTML escaping: the value as
 * plain text (what `noEscape` would give), counted against the render's output limit, so a
 * template that would produce gigabytes stops with a clear error after a few megabytes.
 */
function meter(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  outputLeft -= text.length;
  if (outputLeft < 0) {
    throw new OliveError(
      'template/too-much-output',
      `template error: it produces more than ${TEMPLATE_LIMITS.maxOutputChars.toLocaleString('en-US')} characters`,
    );
  }
  return text;
}
const METER = 'oliveOutputMeter';

/** The parts of Handlebars' code generator used here; its typings leave out this documented extension point. */
interface CodeGenerator {
  appendEscaped(): void;
  pushSource(source: unknown): void;
  appendToBuffer(source: unknown[]): unknown;
  aliasable(name: string): unknown;
  popStack(): unknown;
}
const withCompiler = env as unknown as { JavaScriptCompiler: new (...args: unknown[]) => CodeGenerator };

/** Handlebars' code generator, with HTML escaping replaced by the meter. */
class MeteredCompiler extends withCompiler.JavaScriptCompiler {
  override appendEscaped(): void {
    // The trailing {} stands in for the options object Handlebars' helper wrapper writes to.
    this.pushSource(this.appendToBuffer([this.aliasable(`helpers.${METER}`), '(', this.popStack(), ', {})']));
  }
}
// Block bodies are compiled by `new this.compiler()`: they must be metered too.
(MeteredCompiler.prototype as unknown as { compiler: unknown }).compiler = MeteredCompiler;
withCompiler.JavaScriptCompiler = MeteredCompiler;

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
  if (source.length > TEMPLATE_LIMITS.maxSourceBytes) {
    throw new OliveError(
      'template/too-large',
      `the template is larger than ${TEMPLATE_LIMITS.maxSourceBytes / 1024} KB`,
      sourcePath,
    );
  }
  try {
    checkTemplateAst(env.parseWithoutProcessing(source) as never, sourcePath);
    env.parse(source);
  } catch (error) {
    if (error instanceof OliveError) throw error;
    const line = lineOfHandlebarsError(error);
    const first = String((error as Error).message).split('\n')[0] ?? 'syntax error';
    throw new OliveError(
      'template/syntax',
      `template syntax error: ${first}`,
      line ? `${sourcePath}:${line}` : sourcePath,
    );
  }
  const template = env.compile(source, {
    strict: true,
    knownHelpers: { ...KNOWN_HELPERS, log: false, lookup: false, each: false },
    knownHelpersOnly: true,
  });
  return {
    run(context) {
      const collector: BlockCollector = { order: [], blocks: new Map() };
      outputLeft = TEMPLATE_LIMITS.maxOutputChars;
      try {
        template(context, {
          data: { blocks: collector },
          helpers: { [METER]: meter },
          allowProtoPropertiesByDefault: false,
          allowProtoMethodsByDefault: false,
        });
      } catch (error) {
        if (error instanceof OliveError) throw new OliveError(error.code, error.message, sourcePath);
        const line = lineOfHandlebarsError(error);
        const first = String((error as Error).message).split('\n')[0] ?? 'render error';
        throw new OliveError(
          'template/render',
          `template error: ${first}`,
          line ? `${sourcePath}:${line}` : sourcePath,
        );
      } finally {
        outputLeft = Number.POSITIVE_INFINITY;
      }
      return collector;
    },
  };
}
