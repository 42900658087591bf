import type { Nodes, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isBreakTag } from './htmlCheckbox';
import { renderWikiLinks } from './wikilinks';
import type { WikiLink } from './types';

/**
 * Inline content flattened to a list of tokens with source offsets: the shape the cell
 * and list rules work on (split at `<br>`, find a leading checkbox, show text).
 */
export type InlineToken =
  | { t: 'text'; text: string; start: number; end: number; links: WikiLink[] }
  | { t: 'html'; value: string; start: number; end: number }
  | { t: 'link'; text: string; url: string; start: number; end: number }
  | { t: 'br' };

export function flattenInline(nodes: readonly PhrasingContent[] | readonly Nodes[], out: InlineToken[] = []): InlineToken[] {
  for (const node of nodes) {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? 0;
    switch (node.type) {
      case 'text': {
        const rendered = renderWikiLinks(node.value);
        out.push({ t: 'text', text: rendered.text, start, end, links: rendered.links });
        break;
      }
      case 'inlineCode':
        // Shown as text; a checkbox or link inside code is not one.
        out.push({ t: 'text', text: node.value, start, end, links: [] });
        break;
      case 'html':
        if (isBreakTag(node.value)) out.push({ t: 'br' });
        else out.push({ t: 'html', value: node.value, start, end });
        break;
      case 'break':
        out.push({ t: 'br' });
        break;
      case 'link':
        // A link shows its label: text, code and image alt, never raw HTML.
        out.push({ t: 'link', text: toString(node, { includeHtml: false }).replace(/\s+/g, ' ').trim(), url: node.url, start, end });
        break;
      case 'image':
        out.push({ t: 'text', text: node.alt ?? '', start, end, links: [] });
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
        flattenInline(node.children, out);
        break;
      default:
        if ('children' in node) flattenInline(node.children, out);
    }
  }
  return out;
}

/** Display text of tokens: formatting gone, links as their text, white space folded. */
export function plainText(tokens: readonly InlineToken[]): string {
  let text = '';
  for (const token of tokens) {
    if (token.t === 'text' || token.t === 'link') text += token.text;
    else if (token.t === 'br') text += ' ';
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Link targets of tokens: markdown link URLs and wikilink targets, in order, each once. */
export function linkTargets(tokens: readonly InlineToken[]): string[] {
  const links: string[] = [];
  for (const token of tokens) {
    if (token.t === 'link') links.push(token.url);
    else if (token.t === 'text') for (const link of token.links) links.push(link.target);
  }
  return [...new Set(links)];
}
