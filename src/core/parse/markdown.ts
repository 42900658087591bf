import type { Root } from 'mdast';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

// remark-gfm would also bring GFM's markdown serializer, which we never use (we splice,
// never re-serialise): register only the syntax and the tree-building halves.
function gfmParseOnly(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfm());
  (data.fromMarkdownExtensions ??= []).push(gfmFromMarkdown());
}

const processor = unified().use(remarkParse).use(gfmParseOnly).freeze();

/** CommonMark + GFM syntax tree of a text. Callers keep extracts, never the tree. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
