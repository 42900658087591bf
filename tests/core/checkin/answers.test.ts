import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAnswers, upsertAnswers } from '../../../src/core/checkin/answers';
import { diffRange } from '../../helpers/notes';

const Q1 = 'What concept did I learn that I can explain to someone else?';
const Q2 = 'What code did I write that uses this knowledge?';
const Q3 = 'What confused me that I need to revisit?';
const note = `# Week 2026-W47\n\n## ${Q1}\n\n## ${Q2}\n\n## ${Q3}\n\n`;
const apply = (text: string, answers: [string, string][]) => {
  const result = upsertAnswers(text, answers.map(([question, answer]) => ({ question, answer })));
  if (!result.ok) throw new Error(result.reason);
  return result;
};

describe('upsertAnswers', () => {
  it('writes each answer under its heading, and a second save changes nothing', () => {
    const first = apply(note, [[Q1, 'Fibers are green threads.'], [Q3, 'Layers\nand scopes']]);
    expect(first.text).toBe(`# Week 2026-W47\n\n## ${Q1}\n\nFibers are green threads.\n\n## ${Q2}\n\n## ${Q3}\n\nLayers\nand scopes\n`);
    const second = apply(first.text, [[Q1, 'Fibers are green threads.'], [Q3, 'Layers\nand scopes\n']]);
    expect(second.changes).toEqual([]);
    expect(readAnswers(first.text, [Q1, Q2, Q3])).toEqual(['Fibers are green threads.', '', 'Layers\nand scopes']);
  });

  it("replaces only that answer, keeping the person's own text elsewhere", () => {
    const saved = apply(note, [[Q1, 'old'], [Q2, 'code']]).text;
    const own = saved.replace('# Week 2026-W47\n', '# Week 2026-W47\nMy own intro.\n') + '## Notes\nMine.\n';
    const next = apply(own, [[Q1, 'new answer']]);
    expect(next.text).toBe(own.replace('\nold\n', '\nnew answer\n'));
    expect(next.changes).toHaveLength(1);
  });

  it('runs up to the next heading of the same or a higher level, subheadings included', () => {
    const text = `## ${Q1}\nold\n### detail\nmore\n# Top\nkeep\n`;
    expect(apply(text, [[Q1, 'new']]).text).toBe(`## ${Q1}\n\nnew\n\n# Top\nkeep\n`);
  });

  it('appends a missing heading after a blank line, and nothing for an empty answer', () => {
    expect(apply('intro', [[Q2, 'x'], [Q3, '']]).text).toBe(`intro\n\n## ${Q2}\n\nx\n`);
    expect(apply('', [[Q2, 'x'], [Q1, 'y']]).text).toBe(`## ${Q2}\n\nx\n\n## ${Q1}\n\ny\n`);
    expect(apply(`## ${Q1}`, [[Q1, 'a'], [Q2, 'b']]).text).toBe(`## ${Q1}\n\na\n\n## ${Q2}\n\nb\n`);
  });

  it('keeps CRLF line endings and setext headings', () => {
    const text = `${Q1}\r\n---\r\nold\r\n\r\n${Q2}\r\n---\r\n`;
    expect(apply(text, [[Q1, 'one\ntwo']]).text).toBe(`${Q1}\r\n---\r\n\r\none\r\ntwo\r\n\r\n${Q2}\r\n---\r\n`);
    // A level-1 heading's answer runs over level-2 headings below it.
    expect(apply(`${Q1}\n===\nold\n\n${Q2}\n---\n`, [[Q1, 'x']]).text).toBe(`${Q1}\n===\n\nx\n`);
  });

  it('escapes lines that would become headings, and reads them back as typed', () => {
    const saved = apply(note, [[Q1, '# not a heading\nline\n---']]).text;
    expect(saved).toContain('\\# not a heading\nline\n\\---\n');
    expect(readAnswers(saved, [Q1, Q2])).toEqual(['# not a heading\nline\n---', '']);
    expect(apply(saved, [[Q1, '# not a heading\nline\n---']]).changes).toEqual([]);
  });

  it('ignores headings in code blocks and frontmatter', () => {
    const text = `---\ntitle: x\n---\n\`\`\`\n## ${Q1}\n\`\`\`\n`;
    expect(apply(text, [[Q1, 'a']]).text).toBe(`${text}\n## ${Q1}\n\na\n`);
  });

  it('changes only the bytes of the answers (property)', () => {
    const line = fc.stringMatching(/^[a-z #*-]{0,12}$/);
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), fc.array(line, { maxLength: 4 }), fc.boolean(), (before, answerLines, crlf) => {
        const eol = crlf ? '\r\n' : '\n';
        const text = [...before, `## ${Q1}`, 'old', `## ${Q2}`, 'keep', ''].join(eol);
        const result = apply(text, [[Q1, answerLines.join('\n')]]);
        const range = diffRange(text, result.text);
        const q1 = text.indexOf(`## ${Q1}`);
        const q2 = text.indexOf(`## ${Q2}`);
        if (range) {
          expect(range[0]).toBeGreaterThanOrEqual(q1 + Q1.length + 3);
          expect(range[1]).toBeLessThanOrEqual(q2);
        }
        expect(apply(result.text, [[Q1, answerLines.join('\n')]]).changes).toEqual([]);
        expect(readAnswers(result.text, [Q1])[0]).toBe(answerLines.map((l) => l.trimEnd()).join('\n').replace(/^\n+|\n+$/g, '').replace(/^\s*\n/, ''));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
  });
});

describe('answer edges', () => {
  const upsert = (text: string, answers: [string, string][]) => apply(text, answers);

  it('questions match headings without case or extra spaces; the first of two equal headings is the one', () => {
    expect(readAnswers('## What   moved?  \n\nFine.\n', ['  what MOVED? '])).toEqual(['Fine.']);
    expect(readAnswers('## What moved?\n\nFine.\n', ['what \t  MOVED?'])).toEqual(['Fine.']);
    expect(readAnswers('## Whatmoved?\n\nFine.\n', ['What moved?'])).toEqual(['']);
    expect(readAnswers('## Q\n\nFirst.\n\n## Q\n\nSecond.\n', ['Q', 'Missing?'])).toEqual(['First.', '']);
    expect(upsert('## Q\n\nFirst.\n\n## Q\n\nSecond.\n', [['Q', 'New.']]).text).toBe('## Q\n\nNew.\n\n## Q\n\nSecond.\n');
  });

  it('a setext heading with # in its text still owns its underline', () => {
    expect(readAnswers('What is #1?\n---\n\nAnswer.\n', ['What is #1?'])).toEqual(['Answer.']);
    expect(upsert('What is #1?\n---\n\nAnswer.\n', [['What is #1?', 'Other.']]).text).toBe('What is #1?\n---\n\nOther.\n');
  });

  it('a heading on the last line, with and without its line break', () => {
    expect(upsert('## Q', [['Q', 'A']]).text).toBe('## Q\n\nA\n');
    expect(upsert('## Q\n', [['Q', 'A']]).text).toBe('## Q\n\nA\n');
    expect(upsert('## Q\r\n', [['Q', 'A']]).text).toBe('## Q\r\n\r\nA\r\n');
    expect(upsert('# W\n## Q', [['Q', 'A']]).text).toBe('# W\n## Q\n\nA\n');
    // Not the last line, though the note has no final line break: the answer replaces the old one.
    expect(upsert('## Q\n\nold', [['Q', 'new']]).text).toBe('## Q\n\nnew\n');
  });

  it('answers: old Mac line breaks split lines, blank lines around are dropped', () => {
    expect(upsert('## Q\n', [['Q', 'a\rb']]).text).toBe('## Q\n\na\nb\n');
    expect(upsert('## Q\n', [['Q', '\n  \na\n   \n']]).text).toBe('## Q\n\na\n');
    expect(upsert('## Q\n', [['Q', 'a   \nb\t']]).text).toBe('## Q\n\na\nb\n');
  });

  it('a new heading is appended trimmed, after exactly one blank line, after the answers that end the note', () => {
    const appended = (text: string) => upsert(text, [['  New?  ', 'A']]).text;
    expect(appended('')).toBe('## New?\n\nA\n');
    expect(appended('# W')).toBe('# W\n\n## New?\n\nA\n');
    expect(appended('# W\nx')).toBe('# W\nx\n\n## New?\n\nA\n');
    expect(appended('# W\n')).toBe('# W\n\n## New?\n\nA\n');
    expect(appended('# W\n\n')).toBe('# W\n\n## New?\n\nA\n');
    expect(appended('# W\r\n\r\n')).toBe('# W\r\n\r\n## New?\r\n\r\nA\r\n');
    expect(upsert('## Q\n\nold\n\n## R\n\nx\n', [['Q', 'new'], ['New?', 'A']]).text).toBe('## Q\n\nnew\n\n## R\n\nx\n\n## New?\n\nA\n');
    expect(upsert('## Q', [['Q', 'new'], ['New?', 'A']]).text).toBe('## Q\n\nnew\n\n## New?\n\nA\n');
  });

  it('says how many answers were saved', () => {
    expect(upsert('## Q\n', [['Q', 'a']]).message).toBe('saved 1 answer');
    expect(upsert('## Q\n', [['Q', 'a'], ['R', 'b'], ['S', 'c']]).message).toBe('saved 3 answers');
    expect(upsert('## Q\n', [['R', 'b'], ['S', 'c']]).message).toBe('saved 2 answers');
  });
});
