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
