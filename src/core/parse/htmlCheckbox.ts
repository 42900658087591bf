/**
 * HTML checkboxes in the Table Checkboxes format and its common variants:
 * attribute order, `checked=""`, `checked="checked"`, upper case, `/>`, no id.
 */

export interface HtmlCheckboxInfo {
  checked: boolean;
  id: string | null;
}

const INPUT_TAG = /^<input(?=[\s/>])([^>]*)>$/i;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/** Finds candidate tags inside a longer text (a line, an HTML block). */
export const INPUT_TAG_GLOBAL = /<input(?=[\s/>])[^>]*>/gi;

/** The form the Table Checkboxes plugin writes, read without the attribute loop. */
const CANONICAL = /^<input type="checkbox"(?: (checked|unchecked))?(?: id="([A-Za-z0-9_-]*)")?>$/;

/** Reads one `<input …>` tag; null when it is not a checkbox. */
export function parseHtmlCheckbox(tag: string): HtmlCheckboxInfo | null {
  const canonical = CANONICAL.exec(tag);
  if (canonical) return { checked: canonical[1] === 'checked', id: canonical[2] ? canonical[2] : null };
  const match = INPUT_TAG.exec(tag);
  if (!match) return null;
  const attributes = new Map<string, string>();
  for (const attr of (match[1] ?? '').matchAll(ATTRIBUTE)) {
    const name = attr[1].toLowerCase();
    if (!attributes.has(name)) attributes.set(name, attr[2] ?? attr[3] ?? attr[4] ?? '');
  }
  if ((attributes.get('type') ?? '').toLowerCase() !== 'checkbox') return null;
  // As in HTML, the presence of `checked` decides; `unchecked` is only a marker.
  const id = attributes.get('id');
  return { checked: attributes.has('checked'), id: id ? id : null };
}

/** Every HTML checkbox in a text, with where its tag stands. */
export function* htmlCheckboxesIn(text: string): Generator<HtmlCheckboxInfo & { start: number; end: number }> {
  for (const match of text.matchAll(INPUT_TAG_GLOBAL)) {
    const info = parseHtmlCheckbox(match[0]);
    if (info) yield { ...info, start: match.index, end: match.index + match[0].length };
  }
}

/** Whether an HTML fragment is a line break tag (`<br>`, `<br/>`, `<BR />`). */
export function isBreakTag(html: string): boolean {
  return /^<br\s*\/?>$/i.test(html.trim());
}
