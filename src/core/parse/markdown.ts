import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

// remark-parse is exactly this call wrapped in unified and vfile; calling it directly
// keeps those out of the bundle. Only GFM's syntax and tree-building halves are
// registered: we splice, never re-serialise, so no markdown serializer is needed.
const extensions = [gfm()];
const mdastExtensions = [gfmFromMarkdown()];

/** CommonMark + GFM syntax tree of a text. Callers keep extracts, never the tree. */
export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, { extensions, mdastExtensions });
}
