import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// One frozen processor, built once: CommonMark + GFM. Only its parser is used; we splice
// by offsets and never serialise. remark-gfm's autolink-literal part is replaced at build
// time (see autolinkLiteral.ts): the original carries regex lookbehinds that older iOS
// cannot compile.
const processor = unified().use(remarkParse).use(remarkGfm).freeze();

/** CommonMark + GFM syntax tree of a text. Callers keep extracts, never the tree. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
