import { planColumns } from '../model/columns';
import type { EditRules } from '../write/rules';
import { cellSafe, padLike } from './cellText';
import { readableStatus } from '../model/stateWords';
import { checkboxWithStatus } from './oneTruth';
import { findItem, type Target } from './target';
import { landed, refuse, type EditResult } from './types';

/**
 * Replaces the text of an item's Status cell. The cell keeps its padding where the new
 * text fits, so an aligned table stays aligned.
 */
export function setStatus(text: string, target: Target, status: string, rules: EditRules): EditResult {
  const { words } = rules;
  const safe = cellSafe(status);
  if (!safe.ok) return refuse(safe.reason);
  const found = findItem(text, target);
  if (!found.ok) return refuse(found.reason);
  if (found.kind !== 'row') return refuse('a list item has no Status cell');
  const { roles } = planColumns(found.table.header.map((cell) => cell.text), words);
  if (roles.status === undefined) return refuse('this table has no Status column');
  const cell = found.row.cells[roles.status];
  if (!cell) return refuse('this row has no Status cell');
  const old = text.slice(cell.start, cell.end);
  const values = found.table.rows.map((row) => row.cells[roles.status!]?.text.trim() ?? '').filter(Boolean);
  if (!rules.replace && !readableStatus(old, values)) return refuse(`its Status cell says "${old.trim()}", which is not a status word; change it in the note, or replace it (CLI: --replace)`);
  const replacement = padLike(old, safe.text);
  if (replacement === old) return { ok: true, text, changes: [], message: 'status unchanged' };
  // One truth per item: a done or to-do word sets the row's own checkbox in the same write.
  const box = checkboxWithStatus(text, found.row.line, safe.text, words);
  return landed(text, [...(box ? [box] : []), { from: cell.start, to: cell.end, insert: replacement }], `status set to "${safe.text}"`);
}
