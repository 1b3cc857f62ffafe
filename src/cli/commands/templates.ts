import { loadTemplates } from '../../core/templates/load';
import { parse, outputFormat } from '../args';
import { EXIT, type Command } from '../io';
import { printLoadErrors } from '../shared';

const HELP = `Usage: olive templates [--format text|json] [--templates DIR]

Lists the bundled templates (and those in DIR): id, kind, guide step, title and fields.

Options:
  --format text|json   output for people (default) or machines
  --templates DIR      also load your own templates from DIR
  -h, --help           show this help
`;

export const templatesCommand: Command = async (argv, io) => {
  const { values } = parse(
    argv,
    {
      format: { type: 'string' },
      templates: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    false,
  );
  if (values.help) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  const format = outputFormat(values.format);
  const set = await loadTemplates(io.templatesDir, values.templates);
  printLoadErrors(set.errors, io);
  const list = set.templates.map((t) => ({
    id: t.meta.id,
    kind: t.meta.kind,
    step: t.meta.step,
    title: t.meta.title,
    description: t.meta.description,
    intent: t.meta.intent,
    origin: t.origin,
    fields: t.meta.fields.map((f) => ({ id: f.id, label: f.label, type: f.type, required: f.required })),
  }));
  if (format === 'json') {
    io.stdout(`${JSON.stringify(list, null, 2)}\n`);
  } else {
    const width = Math.max(...list.map((t) => t.id.length), 2);
    for (const t of list) {
      io.stdout(`${t.id.padEnd(width)}  ${t.kind.padEnd(7)}  step ${t.step}  ${t.title}\n`);
      io.stdout(`${''.padEnd(width)}  fields: ${t.fields.map((f) => f.id + (f.required ? '*' : '')).join(', ')}\n`);
    }
  }
  return EXIT.ok;
};
