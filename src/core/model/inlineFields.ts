import { findDate } from '../parse/dates';

/**
 * Task metadata written on a line (SPEC §2.3.2), as the Tasks and Dataview plugins write
 * it: Tasks emoji (`📅 2026-12-01`, `🛫`, `⏳`, `✅`, `❌`, `➕`, `🔁 every week`, `🆔 abc`,
 * `⛔ abc,def`, the priority signs) and inline fields (`[due:: …]`, `(start:: …)`,
 * `due:: …` at the end). All of it is taken out of the title; what the model holds is
 * returned. A trailing block id (`^abc123`) leaves the title too.
 */
export interface InlineFields {
  title: string;
  due: string | null;
  start: string | null;
  doneDate: string | null;
  status: string | null;
  priority: string | null;
}

const VS = '\\uFE0F?';
const DATE = '(\\d{4}-\\d{2}-\\d{2})';
/** Tasks' dated signs and the field each one fills (others are removed only). */
const DATED: [string, keyof Fields | null][] = [
  ['📅', 'due'],
  ['🗓', 'due'],
  ['🛫', 'start'],
  ['✅', 'doneDate'],
  ['⏳', null],
  ['➕', null],
  ['❌', null],
];
const PRIORITY_SIGNS: Record<string, string> = { '🔺': 'highest', '⏫': 'high', '🔼': 'medium', '🔽': 'low', '⏬': 'lowest' };
/** Every Tasks sign: a recurrence or dependency text runs up to the next one. */
const SIGNS = '📅🗓🛫✅⏳➕❌🔁🆔⛔🏁🔺⏫🔼🔽⏬';
const NEXT_SIGN = `(?=\\s*(?:[${SIGNS}]|\\^[\\w-]+\\s*$|$))`;

const DATED_SIGN = new RegExp(`\\s*(${DATED.map(([sign]) => sign).join('|')})${VS}\\s*${DATE}`, 'gu');
const PRIORITY_SIGN = new RegExp(`\\s*(${Object.keys(PRIORITY_SIGNS).join('|')})${VS}`, 'gu');
const TEXT_SIGN = new RegExp(`\\s*(?:🔁|🏁)${VS}\\s*[^${SIGNS}^]*?${NEXT_SIGN}`, 'gu');
const ID_SIGN = new RegExp(`\\s*(?:🆔|⛔)${VS}\\s*[\\w-]+(?:\\s*,\\s*[\\w-]+)*`, 'gu');
const BLOCK_ID = /\s+\^[A-Za-z0-9-]+\s*$/;

/** Dataview inline fields the Tasks plugin writes, and status; their keys, case-free. */
const FIELD_KEYS: Record<string, keyof Fields | null> = {
  due: 'due',
  start: 'start',
  completion: 'doneDate',
  status: 'status',
  priority: 'priority',
  scheduled: null,
  created: null,
  cancelled: null,
  repeat: null,
  id: null,
  dependson: null,
  oncompletion: null,
};
const BRACKETED = new RegExp(`\\s*[[(]\\s*(${Object.keys(FIELD_KEYS).join('|')})\\s*::\\s*([^\\])]*?)\\s*[\\])]`, 'giu');
const TRAILING = new RegExp(`(^|[^\\p{L}\\p{N}_])(${Object.keys(FIELD_KEYS).join('|')})\\s*::\\s*(.*)$`, 'iu');

type Fields = Omit<InlineFields, 'title'>;

export function readInlineFields(text: string): InlineFields {
  const values: Partial<Record<keyof Fields, string>> = {};
  const set = (field: keyof Fields | null, value: string) => {
    if (field && value && values[field] === undefined) values[field] = value;
  };
  let title = text;
  if (/[\u2300-\u2BFF\u{1F100}-\u{1FAFF}]/u.test(title)) {
    title = title.replace(DATED_SIGN, (_all, sign: string, date: string) => {
      set(DATED.find(([s]) => s === sign)?.[1] ?? null, date);
      return '';
    });
    title = title.replace(PRIORITY_SIGN, (_all, sign: string) => {
      set('priority', PRIORITY_SIGNS[sign]);
      return '';
    });
    title = title.replace(TEXT_SIGN, '').replace(ID_SIGN, '');
  }
  if (title.includes('::')) {
    title = title.replace(BRACKETED, (_all, key: string, value: string) => {
      set(FIELD_KEYS[key.toLowerCase()], value.trim());
      return '';
    });
    const trailing = TRAILING.exec(title);
    if (trailing) {
      set(FIELD_KEYS[trailing[2].toLowerCase()], trailing[3].trim());
      title = title.slice(0, trailing.index + trailing[1].length);
    }
  }
  title = title.replace(BLOCK_ID, '');
  const date = (value: string | undefined) => (value ? (findDate(value)?.date ?? null) : null);
  return {
    title: title.replace(/\s+/g, ' ').trim(),
    due: date(values.due),
    start: date(values.start),
    doneDate: date(values.doneDate),
    status: values.status || null,
    priority: values.priority || null,
  };
}

/** `1`, `P1`, `p2` → a number; other text stays text; empty → null. */
export function readPriority(text: string | null): number | string | null {
  const trimmed = (text ?? '').trim();
  if (!trimmed) return null;
  const number = /^p?(\d{1,6})$/i.exec(trimmed);
  return number ? Number(number[1]) : trimmed;
}
