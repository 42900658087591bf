/**
 * The date stamps Tasks writes when a task is done or cancelled, in both of its formats
 * (` ✅ 2026-12-07`, ` [completion:: 2026-12-07]`; ` ❌ …`, ` [cancelled:: …]`). The
 * writer adds and removes them (edit/stamps.ts); refs ignore them (lineHash.ts), so a
 * ref outlives the product's own stamp.
 */
export const DONE_STAMP = / (?:✅\uFE0F? ?\d{4}-\d{2}-\d{2}|\[completion:: ?\d{4}-\d{2}-\d{2}\])/u;
export const CANCELLED_STAMP = / (?:❌\uFE0F? ?\d{4}-\d{2}-\d{2}|\[cancelled:: ?\d{4}-\d{2}-\d{2}\])/u;
/** Either stamp, as a pattern's source. */
export const STAMP_SOURCE = `${DONE_STAMP.source}|${CANCELLED_STAMP.source}`;
const ANY_STAMP = new RegExp(STAMP_SOURCE, 'gu');

/** A line with its done and cancelled stamps dropped. */
export function withoutStamps(line: string): string {
  return line.includes('✅') || line.includes('❌') || line.includes('::') ? line.replace(ANY_STAMP, '') : line;
}
