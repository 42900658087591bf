/**
 * Sets the state of one `<input type="checkbox" …>` tag, touching only its own bytes
 * (SPEC §3): `unchecked` ↔ `checked` (the Table Checkboxes words, in the case they were
 * written in). A tag with neither word gets `checked` as its first attribute
 * (`<input checked type="checkbox">`), and a `checked` that stands first is removed again,
 * so either way toggling twice gives the tag back byte for byte: with or without an id,
 * an unchecked tag goes back to the spelling it had. Any other `checked` becomes
 * `unchecked`, so that checking it again restores it too.
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
    // Added first, where neither Table Checkboxes nor people write it: unchecking knows it.
    return `${tag.slice(0, '<input'.length)} checked${tag.slice('<input'.length)}`;
  }
  if (!checkedAttr) return tag;
  if (checkedAttr === attrs[0] || uncheckedAttr) return tag.slice(0, checkedAttr.start) + tag.slice(checkedAttr.end);
  return replace(checkedAttr, 'unchecked');
}
