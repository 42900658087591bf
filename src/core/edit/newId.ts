import { htmlCheckboxesIn } from '../parse/htmlCheckbox';

/** A random 6-hex id, as the Table Checkboxes plugin writes them. */
export function randomHexId(): string {
  const bytes = new Uint8Array(3);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A fresh 6-hex id that no checkbox of the note uses yet. */
export function freshId(text: string, next: () => string = randomHexId): string {
  const used = new Set<string>();
  for (const box of htmlCheckboxesIn(text)) if (box.id) used.add(box.id.toLowerCase());
  for (let tries = 0; tries < 1000; tries++) {
    const id = next();
    if (/^[0-9a-f]{6}$/.test(id) && !used.has(id)) return id;
  }
  throw new Error('could not find a fresh checkbox id');
}
