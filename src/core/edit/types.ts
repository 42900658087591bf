/** One splice: replace `text.slice(from, to)` by `insert`. */
export interface Change {
  from: number;
  to: number;
  insert: string;
}

/** An edit either lands (the new text and the splices that made it) or is refused. */
export type EditResult =
  | { ok: true; text: string; changes: Change[]; message: string }
  | { ok: false; reason: string };

export const refuse = (reason: string): EditResult => ({ ok: false, reason });

/** Applies non-overlapping changes (any order) to a text. */
export function applyChanges(text: string, changes: readonly Change[]): string {
  let out = text;
  for (const change of [...changes].sort((a, b) => b.from - a.from)) {
    out = out.slice(0, change.from) + change.insert + out.slice(change.to);
  }
  return out;
}

/** Builds a landed result from changes. */
export function landed(text: string, changes: Change[], message: string): EditResult {
  return { ok: true, text: applyChanges(text, changes), changes, message };
}
