import { OliveError } from '../errors';

/**
 * What a template may be (docs/ARCHITECTURE.md, "Security boundaries"). A user's template is
 * untrusted: it must not be able to exhaust memory or time. Loops, partials and decorators are
 * the only ways Handlebars repeats output, so they are refused: every part of a template then runs
 * at most once, and its output is bounded by its size and the writer's text, which the output
 * meter (environment.ts) caps while rendering.
 */
export const TEMPLATE_LIMITS = {
  /** Source size; the bundled templates are 1-2 KB. */
  maxSourceBytes: 64 * 1024,
  /** Metadata file size. */
  maxMetaBytes: 64 * 1024,
  /** Nodes in the parsed template (text, expressions, blocks). */
  maxNodes: 5000,
  /** Blocks inside blocks. */
  maxDepth: 16,
  /** Characters one render may produce: far beyond a letter, far below what hurts. */
  maxOutputChars: 2_000_000,
  /** Templates in the writer's own folder. */
  maxUserTemplates: 200,
} as const;

/** Block helpers a template may use; the simple helpers are the ones registered in environment.ts. */
const BLOCK_HELPERS = new Set(['if', 'unless', 'with', 'block']);
const REFUSED_HELPERS: Record<string, string> = {
  each: 'loops ({{#each}}) are not allowed in templates: fill named fields instead',
  log: '{{log}} is not allowed in templates',
  lookup: '{{lookup}} is not allowed in templates',
};

interface Node {
  type: string;
  loc?: { start?: { line?: number } };
  path?: { type?: string; original?: unknown; parts?: unknown[] };
  escaped?: boolean;
  params?: Node[];
  hash?: { pairs?: { value: Node }[] };
  program?: { body?: Node[] } | null;
  inverse?: { body?: Node[] } | null;
  body?: Node[];
}

function refuse(message: string, node: Node, sourcePath: string): never {
  const line = node.loc?.start?.line;
  throw new OliveError(
    'template/not-allowed',
    `template error: ${message}`,
    line ? `${sourcePath}:${line}` : sourcePath,
  );
}

function helperName(node: Node): string | undefined {
  const path = node.path;
  return path?.type === 'PathExpression' && Array.isArray(path.parts) && path.parts.length === 1
    ? String(path.parts[0])
    : undefined;
}

/**
 * Walks a parsed template (iteratively: a deep template cannot overflow the stack here) and
 * refuses what could repeat or leak: partials, decorators (`{{#*inline}}`), loops, `{{log}}`,
 * `{{lookup}}`, triple braces (which would bypass the output meter), too many nodes, too deep.
 */
export function checkTemplateAst(ast: Node, sourcePath: string): void {
  const stack: { node: Node; depth: number }[] = [{ node: ast, depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: Node; depth: number };
    if (++nodes > TEMPLATE_LIMITS.maxNodes)
      refuse(`the template has more than ${TEMPLATE_LIMITS.maxNodes} parts`, node, sourcePath);
    if (depth > TEMPLATE_LIMITS.maxDepth)
      refuse(`blocks are nested more than ${TEMPLATE_LIMITS.maxDepth} deep`, node, sourcePath);
    switch (node.type) {
      case 'PartialStatement':
      case 'PartialBlockStatement':
        refuse('partials ({{> name}}) are not allowed in templates', node, sourcePath);
        break;
      case 'Decorator':
      case 'DecoratorBlock':
        refuse('decorators such as {{#*inline}} are not allowed in templates', node, sourcePath);
        break;
      case 'MustacheStatement':
        if (node.escaped === false)
          refuse('triple braces ({{{ }}}) are not allowed in templates: use {{ }}', node, sourcePath);
        break;
      case 'BlockStatement': {
        const name = helperName(node);
        if (name === undefined || !BLOCK_HELPERS.has(name)) {
          refuse(
            REFUSED_HELPERS[name ?? ''] ??
              `only {{#if}}, {{#unless}}, {{#with}} and {{#block}} blocks are allowed (got {{#${name ?? '?'}}})`,
            node,
            sourcePath,
          );
        }
        break;
      }
      default:
        break;
    }
    const name = node.type === 'MustacheStatement' || node.type === 'SubExpression' ? helperName(node) : undefined;
    const refused = name === undefined ? undefined : REFUSED_HELPERS[name];
    if (refused !== undefined) refuse(refused, node, sourcePath);
    const children: Node[] = [
      ...(node.body ?? []),
      ...(node.program?.body ?? []),
      ...(node.inverse?.body ?? []),
      ...(node.params ?? []),
      ...(node.hash?.pairs?.map((p) => p.value) ?? []),
    ];
    const inner = node.type === 'BlockStatement' ? depth + 1 : depth;
    for (const child of children) stack.push({ node: child, depth: inner });
  }
}
