import type { NoteScan } from '../parse/scan';
import { normaliseFolder, normaliseTag, type Settings } from '../settings';

/** SPEC §1: a roadmap note by tag (nested tags count), by `roadmap: true`, or by folder. */
export function isRoadmapNote(path: string, scan: NoteScan, settings: Settings): boolean {
  if (settings.allNotes || scan.roadmapFlag) return true;
  const wanted = settings.roadmapTags.map(normaliseTag).filter(Boolean);
  for (const tag of scan.tags) {
    const lower = normaliseTag(tag);
    if (wanted.some((w) => lower === w || lower.startsWith(`${w}/`))) return true;
  }
  return settings.roadmapFolders
    .map(normaliseFolder)
    .some((folder) => folder === '' || path.startsWith(`${folder}/`));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether the start of a note names one of the roadmap tags (used when its frontmatter is broken). */
export function mentionsRoadmapTag(text: string, tags: readonly string[]): boolean {
  const head = text.slice(0, 4096).toLowerCase();
  return tags.some((tag) => new RegExp(`(^|[^\\p{L}\\p{N}_/-])#?${escapeRegExp(normaliseTag(tag))}($|[^\\p{L}\\p{N}_/-])`, 'mu').test(head));
}
