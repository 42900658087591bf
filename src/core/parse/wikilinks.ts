import type { WikiLink } from './types';

const WIKILINK = /(!?)\[\[([^[\]\n]+?)\]\]/g;

export interface RenderedText {
  text: string;
  links: WikiLink[];
}

/** Splits `[[path#heading|alias]]` (a `\|` counts as `|`) into its parts. */
export function splitWikiLink(inner: string): { target: string; subpath: string; alias: string | null } {
  const unescaped = inner.replace(/\\\|/g, '|');
  const bar = unescaped.indexOf('|');
  const link = bar === -1 ? unescaped : unescaped.slice(0, bar);
  const alias = bar === -1 ? null : unescaped.slice(bar + 1).trim();
  const hash = link.indexOf('#');
  return {
    target: (hash === -1 ? link : link.slice(0, hash)).trim(),
    subpath: hash === -1 ? '' : link.slice(hash + 1).trim(),
    alias: alias || null,
  };
}

/** Replaces wikilinks in a text by what Obsidian shows for them, and lists them. */
export function renderWikiLinks(value: string): RenderedText {
  const links: WikiLink[] = [];
  const text = value.replace(WIKILINK, (_all, bang: string, inner: string) => {
    const { target, subpath, alias } = splitWikiLink(inner);
    if (target) links.push({ target, embed: bang === '!' });
    if (alias) return alias;
    const shown = subpath ? `${target}${target ? ' > ' : ''}${subpath.replace(/^\^/, '')}` : target;
    return shown;
  });
  return { text, links };
}
