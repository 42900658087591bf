/**
 * A reader for the frontmatter most notes have — `key: word`, `key: [a, b]` and `key:`
 * followed by `- word` items — that answers without a YAML library (which costs about
 * as much as reading the file). It accepts only lines whose meaning is certain in every
 * YAML schema; on anything else (quotes, `#`, `: ` inside a value, numbers, null or
 * boolean words under the keys the model reads, tabs, a repeated key, nesting) it
 * returns null and the full parser decides, so its answers never differ from YAML's.
 */

const KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?:[ ]+(.*))?$/;
const ITEM = /^([ ]*)-(?:[ ]+(.*))?$/;
/** A plain scalar that is a string in every schema: starts with a letter or `_`. */
const WORD = /^[A-Za-z_][A-Za-z0-9_ ./-]*$/;
/** Plain scalars YAML 1.1 or 1.2 may read as something else than a string. */
const SPECIAL = /^(?:true|false|yes|no|on|off|null|y|n)$/i;
/** Any value is fine under a key the model does not read, when it cannot start a structure. */
const INERT = /^[A-Za-z0-9_][^:#'"{}[\],&*!|>%@`]*$/;
/** Keys whose values the model reads: their scalars must be certain strings. */
const READ_KEYS = new Set(['tags', 'tag', 'roadmap']);

export function readSimpleYaml(yaml: string): Record<string, unknown> | null {
  if (yaml.includes('\t')) return null;
  const record: Record<string, unknown> = {};
  let list: string[] | null = null;
  let listKey = '';
  let listIndent = -1;
  // `key:` without items is null in YAML.
  const closeList = () => {
    if (list && !list.length) record[listKey] = null;
    list = null;
  };
  for (const raw of yaml.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const trimmed = line.trimEnd();
    if (!trimmed) continue;
    if (trimmed.startsWith('#')) return null;
    const item = list ? ITEM.exec(trimmed) : null;
    if (item && list) {
      const value = (item[2] ?? '').trim();
      // Items at another indent nest or continue a scalar: not this reader's business.
      if (listIndent === -1) listIndent = item[1].length;
      if (item[1].length !== listIndent || !isWord(value, listKey)) return null;
      list.push(value);
      continue;
    }
    const entry = KEY.exec(trimmed);
    if (!entry || entry[1] === '__proto__' || Object.prototype.hasOwnProperty.call(record, entry[1])) return null;
    const [, key, rawValue] = entry;
    const value = (rawValue ?? '').trim();
    closeList();
    if (!value) {
      // A key with nothing after it: a list when items follow, else null.
      list = [];
      listKey = key;
      listIndent = -1;
      record[key] = list;
    } else if (value.startsWith('[')) {
      const items = flowList(value, key);
      if (!items) return null;
      record[key] = items;
    } else if (key === 'roadmap' && (value === 'true' || value === 'false')) {
      record[key] = value === 'true';
    } else if (READ_KEYS.has(key) ? isWord(value, key) : INERT.test(value)) {
      record[key] = value;
    } else return null;
  }
  closeList();
  return record;
}

function isWord(value: string, key: string): boolean {
  if (!WORD.test(value) || value.includes(' #')) return false;
  return !(READ_KEYS.has(key) && SPECIAL.test(value));
}

/** `[a, b, c]` of words; null when anything else is inside. */
function flowList(value: string, key: string): string[] | null {
  if (!value.endsWith(']')) return null;
  const inner = value.slice(1, -1).trim();
  if (!inner) return [];
  const items = inner.split(',').map((part) => part.trim());
  return items.every((item) => isWord(item, key) && !item.includes(' ')) ? items : null;
}
