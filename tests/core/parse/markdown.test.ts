import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/core/parse/markdown';

/** The tree without positions, for comparing shapes. */
function shape(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(shape);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node).filter(([key]) => key !== 'position').map(([key, value]) => [key, shape(value)]));
}

describe('the parser: unified + remark-parse + remark-gfm', () => {
  it('reads GFM tables, task lists and strikethrough', () => {
    const tree = parseMarkdown('| a | b |\n|---|---|\n| ~~x~~ | y |\n\n- [x] done\n');
    expect(tree.children.map((n) => n.type)).toEqual(['table', 'list']);
    expect(shape(tree.children[1])).toMatchObject({ type: 'list', children: [{ type: 'listItem', checked: true }] });
  });

  it('turns bare URLs and addresses into links with their source positions (micromark half of GFM)', () => {
    const text = 'see https://example.com/a, www.x.com and a@b.com';
    const links = parseMarkdown(text).children[0];
    expect(links.type).toBe('paragraph');
    const found = 'children' in links ? links.children.filter((n) => n.type === 'link') : [];
    expect(found.map((n) => [n.url, text.slice(n.position?.start.offset, n.position?.end.offset)])).toEqual([
      ['https://example.com/a', 'https://example.com/a'],
      ['http://www.x.com', 'www.x.com'],
      ['mailto:a@b.com', 'a@b.com'],
    ]);
  });

  it('runs without remark-gfm’s lookbehind pass (replaced at build time, see autolinkLiteral.ts)', () => {
    // Only that pass links a URL right after `[[`; with the replacement in place (as in
    // main.js and the CLI) the text stays one text node.
    expect(shape(parseMarkdown('[[https://x.y]]').children[0])).toEqual({ type: 'paragraph', children: [{ type: 'text', value: '[[https://x.y]]' }] });
  });
});
