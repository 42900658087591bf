import { digestOf, type NoteDigest } from '../model/digest';
import type { RoleWords } from '../model/columns';
import type { StatusTable } from '../model/statuses';
import { extractInSteps } from '../parse/extract';
import type { NoteScan } from '../parse/scan';

/** The longest note that is parsed (about 2 MB; minutes of the slow parser's time). */
export const MAX_NOTE_CHARS = 2_000_000;

/**
 * A note's digest from its text, parsed a piece at a time with `pause` awaited between
 * pieces; a note of megabytes is not a roadmap anyone reads, so it is named, not parsed.
 */
export async function readNoteDigest(path: string, text: string, scan: NoteScan, words: RoleWords, statuses: StatusTable, pause?: () => Promise<void>): Promise<{ digest: NoteDigest } | { refused: string }> {
  if (text.length > MAX_NOTE_CHARS) return { refused: `${(text.length / 1e6).toFixed(1)} million characters; notes over ${MAX_NOTE_CHARS / 1e6} million are not read` };
  const steps = extractInSteps(path, text, scan);
  let step = steps.next();
  while (!step.done) {
    await pause?.();
    step = steps.next();
  }
  return { digest: digestOf(step.value, words, statuses) };
}
