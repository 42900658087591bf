import { fnv1a } from './hash';
import { INPUT_TAG_GLOBAL, parseHtmlCheckbox } from './htmlCheckbox';

/**
 * Fingerprint of a line that ignores the state of its checkboxes, so that a ref still
 * recognises its line after this or another checkbox on it was toggled.
 */
export function lineFingerprint(line: string): string {
  const normalised = line
    .replace(/\r$/, '')
    .replace(INPUT_TAG_GLOBAL, (tag) => {
      const box = parseHtmlCheckbox(tag);
      return box ? `<cb ${box.id ?? ''}>` : tag;
    })
    .replace(/\[[ xX]\]/g, '[?]');
  return fnv1a(normalised.trim());
}

const CHECKBOX_LIKE = /<input(?=[\s/>])[^>]*>|\[[ xX]\]/gi;

/**
 * Start columns of everything on a line that could be a checkbox. Refs count a
 * checkbox's place on its line with this same function when they look for it again.
 */
export function checkboxColumns(line: string): number[] {
  const columns: number[] = [];
  for (const match of line.matchAll(CHECKBOX_LIKE)) {
    if (match[0][0] === '[' || parseHtmlCheckbox(match[0])) columns.push(match.index);
  }
  return columns;
}
