import { htmlCheckboxesIn } from '../parse/htmlCheckbox';

/** A random 6-hex id, as the Table Checkboxes plugin writes them. */
export function randomHexId(): string {
  return randomId(HEX, 6);
}

const HEX = '0123456789abcdef';
const ALNUM = '0123456789abcdefghijklmnopqrstuvwxyz';

function randomId(alphabet: string, length: number): string {
  const bytes = new Uint8Array(length);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

/**
 * How the note writes its checkbox ids (SPEC §3, new ids follow the note): the length the
 * most ids have, and hex digits unless some use other letters. 6 hex digits when the note
 * has none (the Table Checkboxes plugin's form).
 */
export function idStyle(ids: readonly string[]): { alphabet: string; length: number } {
  const plain = ids.filter((id) => /^[0-9a-z]{4,32}$/.test(id));
  if (!plain.length) return { alphabet: HEX, length: 6 };
  const counts = new Map<number, number>();
  for (const id of plain) counts.set(id.length, (counts.get(id.length) ?? 0) + 1);
  const length = [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
  return { alphabet: plain.every((id) => /^[0-9a-f]+$/.test(id)) ? HEX : ALNUM, length };
}

/** A fresh id in the note's own style that no checkbox of the note uses yet. */
export function freshId(text: string, next?: () => string): string {
  const used = new Set<string>();
  for (const box of htmlCheckboxesIn(text)) if (box.id) used.add(box.id.toLowerCase());
  const style = idStyle([...used]);
  const make = next ?? (() => randomId(style.alphabet, style.length));
  const fits = new RegExp(`^[${style.alphabet === HEX ? '0-9a-f' : '0-9a-z'}]{${style.length}}$`);
  for (let tries = 0; tries < 1000; tries++) {
    const id = make();
    if (fits.test(id) && !used.has(id)) return id;
  }
  throw new Error('could not find a fresh checkbox id');
}
