import { toggleOnLine } from '../edit/cursorToggle';
import { refOf } from '../model/ref';
import type { StatusTable } from '../model/statuses';
import { checkboxAt, twinsOf } from '../parse/checkboxAt';
import { parseHtmlCheckbox } from '../parse/htmlCheckbox';
import { LineMap } from '../parse/lines';

/**
 * The command at the cursor names a checkbox by where the cursor is: the line's task
 * marker, or the HTML checkbox nearest the cursor (toggleOnLine). Its ref, so the toggle
 * is the same one every other door makes; null when the line has none.
 */
export function refAtCursor(text: string, path: string, line: number, ch: number, statuses: StatusTable): string | null {
  const lines = new LineMap(text);
  if (line < 1 || line > lines.lineCount) return null;
  const lineStart = lines.starts[line - 1];
  const lineText = lines.lineText(line).replace(/\r$/, '');
  const change = toggleOnLine(lineText, ch, statuses);
  if (!change) return null;
  const start = lineStart + change.from;
  const end = lineStart + change.to;
  const bytes = text.slice(start, end);
  const html = bytes.startsWith('<') ? parseHtmlCheckbox(bytes) : null;
  const status = html ? (html.checked ? 'x' : ' ') : bytes[1];
  return refOf(path, checkboxAt(lines, twinsOf(lines), html ? 'html' : 'gfm', start, end, status, html?.id ?? null));
}
