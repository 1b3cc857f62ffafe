import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/core/lint';
import { rulesAsMarkdown, rulesAsText } from '../../../src/core/lint/catalogue';

describe('rule catalogue', () => {
  it('docs/rules.md is generated from the rules as they are (npm run docs:rules)', () => {
    const file = readFileSync(join(import.meta.dirname, '../../../docs/rules.md'), 'utf8');
    expect(file).toBe(rulesAsMarkdown());
  });

  it('lists every rule, with its description and an example of each kind', () => {
    const text = rulesAsText();
    for (const rule of RULES) {
      expect(text).toContain(`${rule.meta.id}  (`);
      expect(text).toContain(rule.meta.description);
    }
  });
});
