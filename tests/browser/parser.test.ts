import { expect, it } from 'vitest';
import { parseMarkdown } from '../../src/core/parse/markdown';

// The browser suites bundle their dependencies apart from the node ones (vite's optimizer):
// they too must run the parser that ships, with remark-gfm's lookbehind pass replaced.
it('the views are tested with the parser that ships', () => {
  const paragraph = parseMarkdown('[[https://x.y]] and https://a.b').children[0];
  const kinds = 'children' in paragraph ? paragraph.children.map((n) => n.type) : [];
  expect(kinds).toEqual(['text', 'link']);
});
