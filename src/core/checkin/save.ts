import type { EditResult } from '../edit/types';
import { upsertAnswers, type Answer } from './answers';

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
export async function saveAnswers(files: CheckinFiles, path: string, answers: readonly Answer[], initialText: () => Promise<string>): Promise<SaveOutcome> {
  const existing = await files.read(path);
  if (existing === null) {
    const result = upsertAnswers(await initialText(), answers);
    if (!result.ok) return result;
    await files.create(path, result.text);
    return { ok: true, path, created: true, message: `created ${path}` };
  }
  let message = 'answers unchanged';
  const outcome = await files.apply(path, (text) => {
    const result = upsertAnswers(text, answers);
    if (result.ok) message = result.message;
    return result;
  });
  return outcome.ok ? { ok: true, path, created: false, message } : outcome;
}
