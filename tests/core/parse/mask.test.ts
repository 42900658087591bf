import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskHiddenRegions } from '../../../src/core/parse/mask';
import { scanNote } from '../../../src/core/parse/scan';

describe('maskHiddenRegions', () => {
  it('blanks comments and math, length for length, keeping line breaks', () => {
    const text = 'a %%hidden%% b\n$$\nx\n$$\nc';
    const masked = maskHiddenRegions(text);
    expect(masked).toBe('a            b\n  \n \n  \nc');
    expect(masked.length).toBe(text.length);
  });

  it('leaves fenced code and inline code alone', () => {
    const text = '```\n%% not a comment %%\n```\n`$$` and %%x%%\n';
    expect(maskHiddenRegions(text)).toBe('```\n%% not a comment %%\n```\n`$$` and      \n');
  });

  it('hides the rest of the note after an unclosed %%, but not after an unclosed $$', () => {
    expect(maskHiddenRegions('a\n%%\nb')).toBe('a\n  \n ');
    expect(maskHiddenRegions('cost $$ more\n')).toBe('cost $$ more\n');
  });

  it('ends on a fence at the end of the text', () => {
    expect(maskHiddenRegions('%%\n```')).toBe('  \n   ');
    expect(maskHiddenRegions('```\n%%')).toBe('```\n%%');
  });
});

describe('scanNote', () => {
  it('reads frontmatter tags in every form and inline tags outside code', () => {
    expect(scanNote('---\ntags: [a, "#b"]\n---\n#c and `#d`\n\n```\n#e\n```\n\n    #f indented code\n\n<!-- #g -->\n#h/i\n').tags).toEqual(['a', 'b', 'c', 'h/i']);
    expect(scanNote('---\ntag: one two\n---\n').tags).toEqual(['one', 'two']);
    expect(scanNote('---\ntags:\n  - x\n---\n# heading is not a tag #2026\n').tags).toEqual(['x']);
  });

  it('reads tags on prose lines the quick way, as the full walk would', () => {
    expect(scanNote('---\ntitle: x\n---\n#first line\n').tags).toEqual(['first']);
    expect(scanNote('Prose `#code` and #real, C#sharp\nText <!-- #hidden\nstill #hidden -->\nAfter #seen\n').tags).toEqual(['real', 'seen']);
    expect(scanNote('Para\n    #indented after prose is a continuation\n\n    #code\n').tags).toEqual(['indented']);
    expect(scanNote('## Heading\n# Title\nno tags ## here\n').tags).toEqual([]);
    // What sends a note down the full walk: indented code first of all, ~~~ fences.
    expect(scanNote('    #code at the start\n\n#real\n').tags).toEqual(['real']);
    expect(scanNote('\t#tab code\n\n#real\n').tags).toEqual(['real']);
    expect(scanNote('~~~\n#fenced\n~~~\n#real\n').tags).toEqual(['real']);
  });

  it('finds the same tags by the quick path as by the full walk (property)', () => {
    // An empty fence at the end sends a note down the full walk and adds no tag.
    const piece = fc.constantFrom('#tag', ' #a/b ', 'x#no', '`#code`', '``a #b``', '# Heading', '## h #t', '- item #t', '1. #n', 'text', ' ', '#2026', '#x-y_z', '\r', '- [ ] task #p', '> quote #q');
    const line = fc.array(piece, { maxLength: 5 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        const text = lines.join('\n');
        expect(scanNote(text).tags).toEqual(scanNote(`${text}\n\n\`\`\`\n\`\`\`\n`).tags);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });

  it('reports a broken frontmatter and still finds inline tags', () => {
    const scan = scanNote('---\ntags: [a\n---\n#roadmap\n');
    expect(scan.tags).toEqual(['roadmap']);
    expect(scan.frontmatterError).toMatch(/^frontmatter is not valid YAML/);
  });

  it('reads roadmap: true', () => {
    expect(scanNote('---\nroadmap: true\n---\n').roadmapFlag).toBe(true);
    expect(scanNote('---\nroadmap: false\n---\n').roadmapFlag).toBe(false);
    expect(scanNote('roadmap: true\n').roadmapFlag).toBe(false);
  });
});
