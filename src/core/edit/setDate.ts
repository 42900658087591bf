import { planColumns } from '../model/columns';
import { readInlineFields } from '../model/inlineFields';
import type { EditRules } from '../write/rules';
import { decodeRef } from '../model/ref';
import { findDate, isoWeekOf } from '../parse/dates';
import { LineMap } from '../parse/lines';
import { padLike } from './cellText';
import { sameTitle, type MovedItem } from './setState';
import { findItem } from './target';
import { landed, refuse, type Change, type EditResult } from './types';

export type DateField = 'due' | 'start';

const SIGN: Record<DateField, string> = { due: '📅', start: '🛫' };
const NAME: Record<DateField, string> = { due: 'due', start: 'start' };

/**
 * Set due / set start (SPEC §3): the date is replaced where the item keeps it — its Due
 * (Start) cell, or where the model reads it on the line (SPEC §2.3.2: a Tasks sign
 * `📅`/`📆`/`🗓`, `🛫` at the end, an inline field `[due:: …]`, `(due:: …)`, `due:: …`) — in
 * the format it was written in where that format can hold the new date (`Q4 2026` holds only a quarter's last day, `Dec 2026` a month's, `2026-W50` a Sunday);
 * an item that keeps none gets `📅 YYYY-MM-DD` (`🛫` for start) at the end of its text,
 * before a trailing block id or done date. Nothing else on the line changes.
 */
export function setItemDate(text: string, item: MovedItem, field: DateField, date: string, rules: EditRules): EditResult {
  const { words, replace } = rules;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || findDate(date)?.date !== date) return refuse(`"${date}" is not a date (YYYY-MM-DD)`);
  if (item.ref && !decodeRef(item.ref)) return refuse('this is not a checkbox reference');
  const found = findItem(text, item.ref ? { path: item.path, ref: item.ref } : { path: item.path, line: item.line });
  if (!found.ok) return refuse(found.reason);
  const line = found.kind === 'row' ? found.row.line : found.entry.line;
  if (!item.ref && !sameTitle(text, line, item.title)) return refuse(`line ${item.line} of ${item.path} is no longer "${item.title}" (the note changed)`);

  let change: Change | null | string;
  if (found.kind === 'row') {
    const { roles } = planColumns(found.table.header.map((cell) => cell.text), words);
    const column = roles[field];
    const cell = column === undefined ? undefined : found.row.cells[column];
    if (cell) change = cellChange(text, cell, date, field, replace);
    else {
      const itemCell = roles.item === undefined ? undefined : found.row.cells[roles.item];
      if (!itemCell) return refuse(`"${item.title}" has no cell to hold a ${NAME[field]} date`);
      change = inlineChange(text, itemCell.start, contentEnd(text, itemCell.start, itemCell.end), field, date, replace);
    }
  } else {
    const lines = new LineMap(text);
    const lineEnd = lines.starts[line - 1] + lines.lineText(line).replace(/\r$/, '').length;
    change = inlineChange(text, found.entry.start, lineEnd, field, date, replace);
  }
  if (typeof change === 'string') return refuse(change);
  if (!change) return { ok: true, text, changes: [], message: `${NAME[field]} already ${date}` };
  return landed(text, [change], `${NAME[field]} set to ${date}`);
}

/** The end of a span without its trailing blanks. */
function contentEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return end;
}

/** A Due or Start cell: its date phrase rewritten, or the date put in a cell that holds none. */
function cellChange(text: string, cell: { start: number; end: number }, date: string, field: DateField, replace: boolean): Change | null | string {
  const old = text.slice(cell.start, cell.end);
  const phrase = findDate(old);
  // Words that are not a date it reads are a person's: never replaced unasked (SPEC §3).
  if (!phrase && old.trim() && !replace) return unreadDate(field, old.trim());
  let insert = padLike(old, date);
  if (phrase) {
    const change = phraseChange(phrase.index, old.slice(phrase.index, phrase.index + phrase.length), phrase.date, date);
    if (!change) return null;
    // The cell keeps its width where the new text fits: padding is used up or added after it.
    const body = (old.slice(0, change.from) + change.insert + old.slice(change.to)).trimEnd();
    insert = body.length < old.length ? body.padEnd(old.length, ' ') : /[ \t]$/.test(old) ? `${body} ` : body;
  }
  return insert === old ? null : { from: cell.start, to: cell.end, insert };
}

/** A date written on the item's own text, between `from` and `to`; added when there is none. */
function inlineChange(text: string, from: number, to: number, field: DateField, date: string, replace: boolean): Change | null | string {
  const span = text.slice(from, to);
  const kept = inlineDate(span, field);
  if (kept) {
    const phrase = findDate(kept.value);
    if (!phrase && replace) return { from: from + kept.valueAt, to: from + kept.valueAt + kept.value.length, insert: date };
    if (!phrase) return unreadDate(field, kept.value);
    const at = from + kept.valueAt + phrase.index;
    return phraseChange(at, kept.value.slice(phrase.index, phrase.index + phrase.length), phrase.date, date);
  }
  // Before a trailing block id and a done or cancelled date, as the Tasks plugin orders them.
  const tail = /(?:[ \t]+(?:✅|❌)\uFE0F?[ \t]*\d{4}-\d{2}-\d{2})*(?:[ \t]+\^[A-Za-z0-9-]+)?[ \t]*$/u.exec(span)!;
  const at = from + tail.index;
  return { from: at, to: at, insert: `${tail.index > 0 ? ' ' : ''}${SIGN[field]} ${date}` };
}

/** Where a line keeps a date field, as the model reads it: the value's text and its offset in the line. */
function inlineDate(span: string, field: DateField): { value: string; valueAt: number } | null {
  const at = readInlineFields(span).at[field];
  return at ? { value: span.slice(at.from, at.to), valueAt: at.from } : null;
}

function phraseChange(at: number, phrase: string, oldDate: string, date: string): Change | null {
  if (oldDate === date && phrase === date) return null;
  const insert = oldDate === date ? phrase : sameFormat(phrase, date);
  return insert === phrase ? null : { from: at, to: at + phrase.length, insert };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * `date` written the way `phrase` was, where that way can say it: a slash date keeps
 * its slashes and digit widths; a quarter, a month or a week only holds the date that
 * stands for it (its last day, its Sunday); anything else becomes `YYYY-MM-DD`.
 */
export function sameFormat(phrase: string, date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const slash = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(phrase);
  if (slash) return `${year}/${pad(month, slash[2].length)}/${pad(day, slash[3].length)}`;
  const lastDay = endOfMonth(year, month);
  const quarter = /^([Qq])([1-4])(\s*)(\d{4})$/.exec(phrase);
  if (quarter) return month % 3 === 0 && day === lastDay ? `${quarter[1]}${month / 3}${quarter[3]}${year}` : date;
  const monthName = /^(\p{L}+)(\.?\s+)(\d{4})$/u.exec(phrase);
  if (monthName) {
    if (day !== lastDay) return date;
    const long = MONTHS[month - 1];
    // A full name stays a full name; any short form becomes the three-letter one.
    const word = MONTHS.some((name) => name.toLowerCase() === monthName[1].toLowerCase()) ? long : long.slice(0, 3);
    const cased = monthName[1] === monthName[1].toUpperCase() ? word.toUpperCase() : monthName[1] === monthName[1].toLowerCase() ? word.toLowerCase() : word;
    return `${cased}${monthName[2]}${year}`;
  }
  const week = /^(\d{4})-([Ww])(\d{2})$/.exec(phrase);
  if (week) {
    const utc = new Date(Date.UTC(year, month - 1, day));
    if (utc.getUTCDay() !== 0) return date;
    const iso = isoWeekOf(utc);
    return `${iso.year}-${week[2]}${String(iso.week).padStart(2, '0')}`;
  }
  return date;
}

/** Why a date is left alone: what holds it is not a date the product reads. */
const unreadDate = (field: DateField, words: string) => `its ${NAME[field]} says "${words}", which is not a date it reads; change it in the note, or replace it (CLI: --replace)`;

const pad = (value: number, width: number) => String(value).padStart(width, '0');
const endOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
