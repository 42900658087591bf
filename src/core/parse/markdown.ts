import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm).freeze();

/** CommonMark + GFM syntax tree of a text. Callers keep extracts, never the tree. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
