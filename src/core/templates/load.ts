import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describeZodError } from '../draft/parse';
import { OliveError } from '../errors';
import { readBoundedFile, UnreadableFile } from '../files/read';
import { formatSize } from '../files/size';
import { TEMPLATE_LIMITS } from './limits';
import { compileSource } from './environment';
import { renderTemplate, sampleInput } from './render';
import { templateMetaSchema } from './schema';
import type { Template } from './types';

export const META_FILE = 'template.json';
export const SOURCE_FILE = 'template.hbs';

export interface TemplateLoadError {
  /** File (and line, "path:line", when known) at fault. */
  where: string;
  message: string;
}

export interface TemplateSet {
  templates: Template[];
  errors: TemplateLoadError[];
}

async function loadOne(dir: string, origin: Template['origin']): Promise<Template> {
  const metaPath = join(dir, META_FILE);
  const sourcePath = join(dir, SOURCE_FILE);
  let metaText: string;
  let source: string;
  try {
    // Sizes and file types are checked before reading: a template folder is the writer's, untrusted.
    const [meta, hbs] = await Promise.all([
      readBoundedFile(metaPath, TEMPLATE_LIMITS.maxMetaBytes),
      readBoundedFile(sourcePath, TEMPLATE_LIMITS.maxSourceBytes),
    ]);
    [metaText, source] = [meta.toString('utf8'), hbs.toString('utf8')];
  } catch (error) {
    if (error instanceof UnreadableFile && error.reason === 'too-large') {
      throw new OliveError(
        'template/too-large',
        `this file is ${formatSize(error.size ?? 0)}; a template file may be at most ` +
          `${formatSize(TEMPLATE_LIMITS.maxSourceBytes)}`,
        error.path,
      );
    }
    const missing = error instanceof UnreadableFile ? error.path : dir;
    throw new OliveError('template/unreadable', `cannot read ${META_FILE} and ${SOURCE_FILE} here`, missing);
  }
  let json: unknown;
  try {
    json = JSON.parse(metaText);
  } catch (error) {
    throw new OliveError('template/meta-json', `not valid JSON (${(error as Error).message})`, metaPath);
  }
  const parsed = templateMetaSchema.safeParse(json);
  if (!parsed.success)
    throw new OliveError(
      'template/meta-shape',
      `template metadata is wrong ${describeZodError(parsed.error)}`,
      metaPath,
    );
  const compiled = compileSource(source, sourcePath);
  const template: Template = {
    meta: parsed.data,
    origin,
    sourcePath,
    render: (context) => compiled.run(context),
  };
  // Rendering the sample now finds misspelt fields and missing blocks at load time, not in front of a writer.
  renderTemplate(template, sampleInput(template));
  return template;
}

async function loadDir(dir: string, origin: Template['origin'], into: TemplateSet): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    into.errors.push({
      where: dir,
      message: `cannot read the templates folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    });
    return;
  }
  let dirs = entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
  if (origin === 'user' && dirs.length > TEMPLATE_LIMITS.maxUserTemplates) {
    into.errors.push({
      where: dir,
      message: `only the first ${TEMPLATE_LIMITS.maxUserTemplates} of ${dirs.length} template folders were loaded`,
    });
    dirs = dirs.slice(0, TEMPLATE_LIMITS.maxUserTemplates);
  }
  const results = await Promise.allSettled(dirs.map((name) => loadOne(join(dir, name), origin)));
  results.forEach((result, i) => {
    if (result.status === 'fulfilled') into.templates.push(result.value);
    else {
      const error = result.reason as unknown;
      into.errors.push(
        error instanceof OliveError
          ? { where: error.where ?? join(dir, dirs[i] ?? ''), message: error.message }
          : { where: join(dir, dirs[i] ?? ''), message: String(error) },
      );
    }
  });
}

/**
 * Loads the bundled templates and, beside them, a user's folder. A broken template is reported
 * (file and line) and skipped; the rest still load. A user template may not reuse a bundled id.
 */
export async function loadTemplates(bundledDir: string, userDir?: string): Promise<TemplateSet> {
  const set: TemplateSet = { templates: [], errors: [] };
  await loadDir(bundledDir, 'bundled', set);
  if (userDir) {
    const user: TemplateSet = { templates: [], errors: [] };
    await loadDir(userDir, 'user', user);
    const bundledIds = new Set(set.templates.map((t) => t.meta.id));
    const taken = new Set(bundledIds);
    for (const t of user.templates) {
      if (taken.has(t.meta.id)) {
        const owner = bundledIds.has(t.meta.id) ? 'a bundled template' : 'another user template';
        // Name the user's own metadata file: its folder need not be called after the id.
        set.errors.push({
          where: join(dirname(t.sourcePath), META_FILE),
          message: `template id "${t.meta.id}" is already used by ${owner}`,
        });
      } else {
        taken.add(t.meta.id);
        set.templates.push(t);
      }
    }
    set.errors.push(...user.errors);
  }
  return set;
}

export function findTemplate(set: TemplateSet, id: string): Template {
  const found = set.templates.find((t) => t.meta.id === id);
  if (!found) {
    const known = set.templates.map((t) => t.meta.id).join(', ');
    throw new OliveError('template/unknown', `no template with id "${id}" (known: ${known})`);
  }
  return found;
}
