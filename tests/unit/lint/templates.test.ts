import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../../src/core/lint';
import { loadTemplates } from '../../../src/core/templates/load';
import { renderTemplate, sampleInput } from '../../../src/core/templates/render';

describe('bundled templates rendered with their samples', () => {
  it('load (at least eight) and get no error or warning', async () => {
    const set = await loadTemplates(join(import.meta.dirname, '../../../templates'));
    expect(set.errors).toEqual([]);
    expect(set.templates.length).toBeGreaterThanOrEqual(8);
    for (const template of set.templates) {
      const doc = renderTemplate(template, sampleInput(template));
      const problems = lintDocument(doc)
        .diagnostics.filter((d) => d.severity !== 'info')
        .map((d) => `${template.meta.id}: ${d.rule} «${doc.text.slice(d.start, d.end)}»`);
      expect(problems).toEqual([]);
    }
  });

  it('letters state their intent and match what they were written for', async () => {
    const set = await loadTemplates(join(import.meta.dirname, '../../../templates'));
    for (const template of set.templates.filter((t) => t.meta.kind === 'letter')) {
      const result = lintDocument(renderTemplate(template, sampleInput(template)));
      expect(result.intent.detected, template.meta.id).toBe(template.meta.intent);
    }
  });
});
