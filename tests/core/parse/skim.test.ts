import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePersonalVault, generateVault } from '../../../bench/generateVault';
import { roleWords } from '../../../src/core/model/columns';
import { digestOf } from '../../../src/core/model/digest';
import { extractInSteps } from '../../../src/core/parse/extract';
import { skimProse } from '../../../src/core/parse/skim';

// Leaving plain prose out (withoutPlainProse) must not change the model: the same
// groups, items, tasks, refs and links as reading every paragraph.
function model(text: string, skim: boolean) {
  const steps = extractInSteps('n.md', text, undefined, 6000, true, skim);
  for (;;) {
    const step = steps.next();
    if (step.done) return digestOf(step.value, roleWords());
  }
}

function notesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name.startsWith('.') ? [] : notesIn(path);
    return name.endsWith('.md') ? [readFileSync(path, 'utf8')] : [];
  });
}

describe('skimming plain prose', () => {
  it('keeps the model of personal notes, synthetic roadmaps, the example vault and every fixture', () => {
    const texts = [...[...generatePersonalVault(300, 5)].map((n) => n.text), ...[...generateVault(600, 9)].map((n) => n.text), ...notesIn(join(__dirname, '../../../example-vault')), ...notesIn(join(__dirname, '../../fixtures'))];
    for (const text of texts) expect(model(text, true)).toEqual(model(text, false));
  });

  it('leaves out only stand-alone plain paragraphs, and maps every kept offset back', () => {
    const text = 'Intro prose line\nstill the paragraph\n\nSee [[Other]] here\n\n- a list\n\nAfter *list*\n\nSetext\n===\n\n# Head\nprose under a heading\n\n  indented prose\n';
    const skimmed = skimProse(text, 0, text.length);
    // A paragraph's wikilinks stay, one line of them.
    expect(skimmed.text).toBe('\n[[Other]]\n\n- a list\n\n\nSetext\n===\n\n# Head\nprose under a heading\n\n  indented prose\n');
    for (const kept of ['- a list', 'Setext', '# Head', 'prose under a heading', '  indented prose']) {
      const at = skimmed.text.indexOf(kept);
      expect(text.slice(skimmed.real(at), skimmed.real(at + kept.length, true))).toBe(kept);
    }
    expect(skimmed.real(skimmed.text.indexOf('[[Other]]'))).toBe(text.indexOf('See [[Other]]'));
    // A piece in the middle of a note: offsets stay the note's.
    const from = text.indexOf('- a list');
    const part = skimProse(text, from, text.length);
    expect(part.real(part.text.indexOf('# Head'))).toBe(text.indexOf('# Head'));
  });

  it('keeps the model of random notes (property)', () => {
    const block = fc.constantFrom(
      'Plain prose with *emphasis* and `code`.',
      'Two lines\nof prose',
      'Prose with [[Link]] in it',
      'Prose with [[a|b]] and ![[c.png]] twice [[d#h]]',
      '`[[code]]` is not a link',
      'Escaped \\[[not]] a link',
      'A [label [[x]]](https://u) link',
      '<span>[[in html]]</span> text',
      'Setext heading\n---',
      'Setext\n===',
      '- item one\n- [ ] task two',
      '  - nested after blank',
      '  indented continuation',
      '1. first\n2. [x] second',
      '3) [ ] third',
      '| a | b |\n| - | - |\n| <input type="checkbox" id="aa0001"> | x |',
      'a | b\n--|--\n1 | 2',
      '> [!note] Callout\n> - [ ] inside',
      '> quoted prose',
      '<div>\nhtml block\n</div>',
      '<!--\n\n- [ ] hidden\n\n-->',
      '```\n\n- [ ] in code\n\n```',
      '    indented code',
      '## Heading',
      '#tag prose',
      '[ref]: https://example.com',
      'Uses [ref] here',
      '***',
      '\\- escaped',
      '![[image.png]]',
      '<input type="checkbox"> lone',
    );
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 14 }), fc.array(fc.constantFrom('\n', '\n\n', '\n\n\n'), { minLength: 14, maxLength: 14 }), (blocks, gaps) => {
        const text = blocks.map((b, i) => b + gaps[i]).join('');
        expect(model(text, true)).toEqual(model(text, false));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
  });
});
