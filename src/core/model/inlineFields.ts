import { findDate } from '../parse/dates';
import type { TaskMetadata } from './types';

/**
 * Task metadata written on a line (SPEC §2.3.2), read as the Tasks plugin reads it: from
 * the end of the line backwards, one sign or field at a time, until what ends the line
 * is none of them. Tasks' emoji (`📅 2026-12-01`, `⏳`, `🛫`, `✅`, `❌`, `➕`, `🔁 every
 * week`, `🆔 abc`, `⛔ abc,def`, the priority signs) and its Dataview fields (`[due:: …]`,
 * `(start:: …)`) count only there; a tag among them stays part of the title, as Tasks
 * puts it back. A sign in the middle of the text is text: Tasks ignores it, so reading it
 * would give the board a date Tasks' queries and its toggle of a repeating task never
 * see. Dataview fields in brackets are read anywhere on the line as well, as Dataview
 * itself reads them, but never over a value read from the end. What the model holds is
 * returned, with where each value stands (for edits that rewrite it).
 */
export interface InlineFields extends TaskFields {
  title: string;
  /** Where each value read stands: offsets into the text given. */
  at: Partial<Record<Field, Span>>;
}

export interface TaskFields extends TaskMetadata {
  due: string | null;
  start: string | null;
  doneDate: string | null;
  status: string | null;
  priority: string | null;
}

export type Field = keyof TaskFields;
export interface Span {
  from: number;
  to: number;
}

const VS = '\\uFE0F?';
const ID = '[A-Za-z0-9_-]+';
const IDS = `${ID}(?:[ \\t]*,[ \\t]*${ID}[ \\t]*)*`;
/** Tasks' dated signs (its alternatives too) and the field each one fills. */
const DATED: Record<string, Field> = {
  '📅': 'due',
  '📆': 'due',
  '🗓': 'due',
  '⏳': 'scheduled',
  '⌛': 'scheduled',
  '🛫': 'start',
  '✅': 'doneDate',
  '❌': 'cancelledDate',
  '➕': 'created',
};
/** Tasks' dated signs as a regex alternation (`📅|📆|…`). */
export const DATED_SIGNS = Object.keys(DATED).join('|');
const PRIORITY_SIGNS: Record<string, string> = { '🔺': 'highest', '⏫': 'high', '🔼': 'medium', '🔽': 'low', '⏬': 'lowest' };

/** Dataview fields (Tasks' names, and status), keys compared without case. */
const FIELD_KEYS: Record<string, Field | null> = {
  due: 'due',
  start: 'start',
  scheduled: 'scheduled',
  created: 'created',
  completion: 'doneDate',
  cancelled: 'cancelledDate',
  status: 'status',
  priority: 'priority',
  repeat: 'recurrence',
  id: 'id',
  dependson: 'dependsOn',
  oncompletion: null,
};
const KEYS = Object.keys(FIELD_KEYS).join('|');
/** What Tasks accepts as the value of a field that is not a date (else the field is text). */
const VALUE_SHAPES: Partial<Record<Field, RegExp>> = {
  recurrence: /^[a-zA-Z0-9, !]+$/,
  id: new RegExp(`^${ID}$`),
  dependsOn: new RegExp(`^${IDS}$`),
};
const accepted = (field: Field | null, value: string) => !field || !VALUE_SHAPES[field] || VALUE_SHAPES[field].test(value);

/**
 * A Dataview field in a matching pair of brackets (no bracket in its value) and the comma
 * after it; `names` gives the key and value groups of the `[…]` and the `(…)` form.
 */
const bracketedField = (names: [string, string, string, string] = ['', '', '', '']) => {
  const pair = (open: string, close: string, key: string, value: string) => `${open}[ \\t]*(${key}${KEYS})[ \\t]*::[ \\t]*(${value}[^[\\]()]*?)[ \\t]*${close}`;
  return `(?:${pair('\\[', '\\]', names[0], names[1])}|${pair('\\(', '\\)', names[2], names[3])})(?:[ \\t]*,)?`;
};

/**
 * One piece of metadata ending the text. Tasks' rules: a date right after its sign (blanks
 * between), a recurrence of letters, digits, commas and spaces, ids of letters, digits,
 * `-` and `_`, a Dataview field in a matching pair of brackets (no bracket in its value)
 * and the comma after it.
 */
const TAIL = new RegExp(
  '(?:' +
    [
      `(?<priority>[${Object.keys(PRIORITY_SIGNS).join('')}])${VS}`,
      `(?<sign>${DATED_SIGNS})${VS}[ \\t]*(?<date>\\d{4}-\\d{2}-\\d{2})`,
      `🔁${VS} ?(?<recurrence>[a-zA-Z0-9, !]+)`,
      `🏁${VS}[ \\t]*[a-zA-Z]+`,
      `🆔${VS}[ \\t]*(?<id>${ID})`,
      `⛔${VS}[ \\t]*(?<dependsOn>${IDS})`,
      `(?<tag>(?:^|\\s)#[^\\s!@#$%^&*(),.?":{}|<>]+)`,
      bracketedField(['?<key>', '?<value>', '?<pkey>', '?<pvalue>']),
    ].join('|') +
    ')$',
  'iu',
);
/** A Dataview field anywhere on the line (a matching pair of brackets), with a comma after it. */
const BRACKETED = new RegExp(`[ \\t]*${bracketedField()}`, 'giu');
/** SPEC §2.2's bare form, `due:: …` to the end of the line (not one opened by a bracket). */
const TRAILING = new RegExp(`(^|[^\\p{L}\\p{N}_[(])(${KEYS})[ \\t]*::[ \\t]*(.*)$`, 'iu');
const BLOCK_ID = /\s\^[A-Za-z0-9-]+\s*$/;
/** Anything that could end a line of metadata; most lines have none and skip the reading. */
const MAYBE = /[\u2300-\u2BFF\u{1F100}-\u{1FAFF}#:]/u;

type Values = Partial<Record<Field, { value: string; span: Span }>>;

export function readInlineFields(text: string): InlineFields {
  let end = text.search(/\s*$/);
  const blockId = BLOCK_ID.exec(text.slice(0, end));
  if (blockId) end = blockId.index;
  const values: Values = {};
  const tags: string[] = [];
  const cuts: Span[] = [];
  if (MAYBE.test(text)) {
    end = readTail(text, end, values, tags);
    if (text.includes('::')) readAnywhere(text, end, values, cuts);
  }
  let title = '';
  let from = 0;
  for (const cut of cuts) {
    title += text.slice(from, cut.from) + ' ';
    from = cut.to;
  }
  title += text.slice(from, end);
  if (tags.length) title += ` ${tags.join(' ')}`;
  const date = (field: Field) => {
    const value = values[field]?.value;
    return value ? (findDate(value)?.date ?? null) : null;
  };
  const word = (field: Field) => values[field]?.value || null;
  const at: Partial<Record<Field, Span>> = {};
  for (const [field, read] of Object.entries(values) as [Field, { span: Span }][]) at[field] = read.span;
  const dependsOn = word('dependsOn');
  return {
    title: title.replace(/\s+/g, ' ').trim(),
    due: date('due'),
    start: date('start'),
    scheduled: date('scheduled'),
    created: date('created'),
    doneDate: date('doneDate'),
    cancelledDate: date('cancelledDate'),
    status: word('status'),
    priority: word('priority'),
    recurrence: word('recurrence'),
    id: word('id'),
    dependsOn: dependsOn ? dependsOn.split(',').map((id) => id.trim()).filter(Boolean) : null,
    at,
  };
}

/**
 * Metadata read off the end of `text.slice(0, end)` until none ends it (Tasks stops after
 * 20 rounds; so does this). A field read twice keeps the one further left, as in Tasks.
 * Returns where the text before the metadata ends.
 */
function readTail(text: string, end: number, values: Values, tags: string[]): number {
  for (let round = 0; round <= 20; round++) {
    const head = text.slice(0, end).trimEnd();
    end = head.length;
    const found = TAIL.exec(head);
    if (!found) break;
    const groups = found.groups!;
    const valueSpan = (value: string): Span => ({ from: found.index + found[0].lastIndexOf(value), to: found.index + found[0].lastIndexOf(value) + value.length });
    const keep = (field: Field | null | undefined, value: string) => {
      if (field) values[field] = { value: value.trim(), span: valueSpan(value) };
    };
    if (groups.priority) keep('priority', PRIORITY_SIGNS[groups.priority]);
    else if (groups.sign) keep(DATED[groups.sign], groups.date);
    else if (groups.recurrence) keep('recurrence', groups.recurrence);
    else if (groups.id) keep('id', groups.id);
    else if (groups.dependsOn) keep('dependsOn', groups.dependsOn);
    else if (groups.tag) tags.unshift(groups.tag.trim());
    else if (groups.key ?? groups.pkey) {
      const field = FIELD_KEYS[(groups.key ?? groups.pkey).toLowerCase()];
      const value = groups.value ?? groups.pvalue;
      // A field whose value Tasks would not read is text, and so ends the metadata.
      if (!accepted(field, value)) break;
      keep(field, value);
    }
    end = found.index;
  }
  return end;
}

/** Dataview fields in brackets before the metadata at the end, and the bare trailing form. */
function readAnywhere(text: string, end: number, values: Values, cuts: Span[]): void {
  const head = text.slice(0, end);
  // A value Tasks would not read leaves the field as text; a field given twice is read once.
  const fill = (field: Field | null, value: string, at: number) => {
    if (!accepted(field, value)) return false;
    if (field && value && !values[field]) values[field] = { value, span: { from: at, to: at + value.length } };
    return true;
  };
  for (const found of head.matchAll(BRACKETED)) {
    const key = found[1] ?? found[3];
    const value = found[2] ?? found[4];
    if (fill(FIELD_KEYS[key.toLowerCase()], value, found.index + found[0].lastIndexOf(value))) cuts.push({ from: found.index, to: found.index + found[0].length });
  }
  const last = cuts.length ? cuts[cuts.length - 1].to : 0;
  const trailing = TRAILING.exec(head.slice(last));
  if (trailing) {
    const from = last + trailing.index + trailing[1].length;
    const value = trailing[3].trim();
    const valueAt = last + trailing.index + trailing[0].length - trailing[3].length + trailing[3].search(/\S|$/);
    if (fill(FIELD_KEYS[trailing[2].toLowerCase()], value, valueAt)) cuts.push({ from, to: end });
  }
}

/** The fields the model keeps as they are read (SPEC §2): after due, start and done date. */
export function keptFields(inline: TaskFields): TaskMetadata {
  const { scheduled, created, cancelledDate, recurrence, id, dependsOn } = inline;
  return { scheduled, created, cancelledDate, recurrence, id, dependsOn };
}

/** `1`, `P1`, `p2` → a number; other text stays text; empty → null. */
export function readPriority(text: string | null): number | string | null {
  const trimmed = (text ?? '').trim();
  if (!trimmed) return null;
  const number = /^p?(\d{1,6})$/i.exec(trimmed);
  return number ? Number(number[1]) : trimmed;
}
