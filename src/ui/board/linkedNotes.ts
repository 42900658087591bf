import type { Roadmap } from '../../core/model/types';

export interface LinkedNote {
  target: string;
  /** The note it resolves to, or null when it does not exist yet. */
  resolved: string | null;
  from: string;
}

/**
 * The notes the shown roadmap notes link to, each once (by what it resolves to), in
 * document order: resolved ones to open, unresolved ones to create.
 */
export function linkedNotes(roadmap: Roadmap, notes: readonly string[]): LinkedNote[] {
  const seen = new Set<string>();
  const list: LinkedNote[] = [];
  for (const link of roadmap.links) {
    if (notes.length && !notes.includes(link.from)) continue;
    if (link.resolved === link.from) continue;
    const key = link.resolved ?? `?${link.target.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    list.push({ target: link.target, resolved: link.resolved, from: link.from });
  }
  return list;
}
