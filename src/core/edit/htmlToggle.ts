/**
 * Sets the state of one `<input type="checkbox" …>` tag, touching only its own bytes:
 * `unchecked` ↔ `checked` (the Table Checkboxes words, in the case they were written in); a
 * `checked` that stands last in
 * the tag is one we (or the author) added to a tag with neither word, so it is removed
 * again and the tag round-trips byte for byte.
 */
const ATTRIBUTE = /\s+([^\s"'<>/=]+)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

interface Attribute {
  name: string;
  start: number;
  end: number;
}

function attributes(tag: string): Attribute[] {
  const list: Attribute[] = [];
  const body = tag.slice('<input'.length);
  for (const match of body.matchAll(ATTRIBUTE)) {
    const start = '<input'.length + match.index;
    list.push({ name: match[1].toLowerCase(), start, end: start + match[0].length });
  }
  return list;
}

export function setHtmlChecked(tag: string, checked: boolean): string {
  const attrs = attributes(tag);
  const checkedAttr = attrs.find((a) => a.name === 'checked');
  const uncheckedAttr = attrs.find((a) => a.name === 'unchecked');
  // The new word keeps the old one's case, so an upper-case tag round-trips too.
  const replace = (attr: Attribute, word: string) => {
    const leading = /^\s+/.exec(tag.slice(attr.start))![0];
    const old = tag.slice(attr.start + leading.length, attr.start + leading.length + attr.name.length);
    const cased = old === old.toUpperCase() ? word.toUpperCase() : word;
    return tag.slice(0, attr.start) + leading + cased + tag.slice(attr.end);
  };
  if (checked) {
    if (checkedAttr) return tag;
    if (uncheckedAttr) return replace(uncheckedAttr, 'checked');
    const close = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
    let at = close;
    while (at > 0 && /\s/.test(tag[at - 1])) at--;
    return `${tag.slice(0, at)} checked${tag.slice(at)}`;
  }
  if (!checkedAttr) return tag;
  // Only the tag's end after it: it is the last attribute.
  const isLast = /^\s*\/?>$/.test(tag.slice(checkedAttr.end));
  if (isLast || uncheckedAttr) return tag.slice(0, checkedAttr.start) + tag.slice(checkedAttr.end);
  return replace(checkedAttr, 'unchecked');
}
