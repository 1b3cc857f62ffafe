import { parse, outputFormat } from '../args';
import { EXIT, UsageError, type Command } from '../io';
import { loadSource } from '../shared';

const HELP = `Usage: olive render DRAFT.olive [--format text|json]
       olive render --template ID --sample [--format text|json]

Prints the filled text of a draft, or of a template with its sample values.
The JSON form gives each block (a card's front, inside, back) and the span of text each field filled.

Options:
  --template ID        render a template instead of a draft
  --sample             fill it with the template's sample values
  --format text|json   output for people (default) or machines
  --templates DIR      also load your own templates from DIR
  -h, --help           show this help
`;

export const renderCommand: Command = async (argv, io) => {
  const { values, positionals } = parse(argv, {
    template: { type: 'string' },
    sample: { type: 'boolean' },
    format: { type: 'string' },
    templates: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  const format = outputFormat(values.format);
  if (positionals.length > 1) throw new UsageError('render takes one draft file at a time');
  const { doc } = await loadSource(io, {
    file: positionals[0],
    template: values.template,
    sample: values.sample,
    templates: values.templates,
  });
  if (format === 'json') {
    io.stdout(`${JSON.stringify(doc, null, 2)}\n`);
  } else if (doc.blocks.length === 1) {
    io.stdout(`${doc.text}\n`);
  } else {
    io.stdout(`${doc.blocks.map((b) => `[${b.id}]\n${b.text}`).join('\n\n')}\n`);
  }
  return EXIT.ok;
};
