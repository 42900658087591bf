import { findDate } from '../parse/dates';

/**
 * Task metadata written inline, as the Tasks and Dataview plugins do:
 * `📅 2026-12-01`, `[due:: 2026-12-01]`, `(due:: …)`, `due:: …`; also `status::` and
 * `priority::`. Returns the values and the title with them removed.
 */
export interface InlineFields {
  title: string;
  due: string | null;
  status: string | null;
  priority: string | null;
}

const TASKS_DUE = /\s*📅\uFE0F?\s*(\d{4}-\d{2}-\d{2})/u;
// Other Tasks dates (scheduled, start, done, created, cancelled) are metadata, not title.
const TASKS_OTHER_DATES = /\s*(?:⏳|🛫|✅|➕|❌)\uFE0F?\s*\d{4}-\d{2}-\d{2}/gu;
const BRACKETED = /\s*[[(]\s*(due|status|priority)\s*::\s*([^\])]*?)\s*[\])]/giu;
const TRAILING = /(^|[^\p{L}\p{N}_])(due|status|priority)\s*::\s*(.*)$/iu;

export function readInlineFields(text: string): InlineFields {
  const values: Record<string, string> = {};
  let title = text;
  const tasksDue = TASKS_DUE.exec(title);
  if (tasksDue) {
    values.due = tasksDue[1];
    title = title.replace(TASKS_DUE, '');
  }
  title = title.replace(TASKS_OTHER_DATES, '');
  title = title.replace(BRACKETED, (_all, key: string, value: string) => {
    values[key.toLowerCase()] ??= value;
    return '';
  });
  const trailing = TRAILING.exec(title);
  if (trailing) {
    values[trailing[2].toLowerCase()] ??= trailing[3].trim();
    title = title.slice(0, trailing.index + trailing[1].length);
  }
  const due = values.due ? findDate(values.due)?.date ?? null : null;
  return { title: title.replace(/\s+/g, ' ').trim(), due, status: values.status || null, priority: values.priority || null };
}

/** `1`, `P1`, `p2` → a number; other text stays text; empty → null. */
export function readPriority(text: string | null): number | string | null {
  const trimmed = (text ?? '').trim();
  if (!trimmed) return null;
  const number = /^p?(\d{1,6})$/i.exec(trimmed);
  return number ? Number(number[1]) : trimmed;
}
