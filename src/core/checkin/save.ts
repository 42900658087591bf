import { applyChanges, landed, type EditResult } from '../edit/types';
import { upsertAnswers, type Answer } from './answers';
import { writeProgress } from './frontmatterProgress';

/** The file operations a check-in save needs; the plugin and the CLI each provide them. */
export interface CheckinFiles {
  /** The note's text, or null when it does not exist. */
  read(path: string): Promise<string | null>;
  /** Creates a new note (fails when one exists). */
  create(path: string, text: string): Promise<void>;
  /** Applies an edit to an existing note atomically (editor transaction or process). */
  apply(path: string, edit: (text: string) => EditResult): Promise<{ ok: true } | { ok: false; reason: string }>;
}

export type SaveOutcome = { ok: true; path: string; created: boolean; message: string } | { ok: false; reason: string };

/**
 * Writes answers into the weekly note: into the note as it is when it exists (only the
 * answers' bytes change), else into a new note made from the template.
 */
export async function saveAnswers(files: CheckinFiles, path: string, answers: readonly Answer[], initialText: () => Promise<string>, progress?: Record<string, [number, number]>): Promise<SaveOutcome> {
  const existing = await files.read(path);
  if (existing === null) {
    const result = withProgress(await initialText(), answers, progress);
    if (!result.ok) return result;
    await files.create(path, result.text);
    return { ok: true, path, created: true, message: `created ${path}` };
  }
  let message = 'answers unchanged';
  const outcome = await files.apply(path, (text) => {
    const result = withProgress(text, answers, progress);
    if (result.ok) message = result.message;
    return result;
  });
  return outcome.ok ? { ok: true, path, created: false, message } : outcome;
}

/**
 * The answers and the groups' progress (the frontmatter's `roadmap-progress:` map) in one edit,
 * both computed on the note as it is: the frontmatter's lines and the answers' sections
 * never overlap, so their splices go together. Where they would meet (an empty note),
 * the one splice is the whole new text.
 */
function withProgress(text: string, answers: readonly Answer[], progress?: Record<string, [number, number]>): EditResult {
  const answered = upsertAnswers(text, answers);
  if (!answered.ok || !progress) return answered;
  const recorded = writeProgress(text, progress);
  if (!recorded.ok) return recorded;
  const top = Math.max(0, ...recorded.changes.map((c) => c.to));
  if (answered.changes.every((c) => c.from > top)) {
    const changes = [...recorded.changes, ...answered.changes];
    return { ok: true, text: applyChanges(text, changes), changes, message: answered.message };
  }
  const after = writeProgress(answered.text, progress);
  if (!after.ok) return after;
  return after.text === text ? { ok: true, text, changes: [], message: answered.message } : landed(text, [{ from: 0, to: text.length, insert: after.text }], answered.message);
}
