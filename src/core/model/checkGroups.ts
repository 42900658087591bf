import type { Group, Item, Task } from './types';

/**
 * Whether a value read back from the persistent cache is a note's groups, every value
 * checked: the views read every field, so a damaged store must cost a re-read of the
 * note, never a broken board.
 */
export function isGroups(value: unknown, path: string): value is Group[] {
  return Array.isArray(value) && value.every((group) => isGroup(group, path));
}

type Fields = Record<string, unknown>;
/** A plain object (not null, not a list): also the cache reader's check. */
export const isObject = (value: unknown): value is Fields => !!value && typeof value === 'object' && !Array.isArray(value);
export const isString = (value: unknown): value is string => typeof value === 'string';
const isLine = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1;
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isStringOrNull = (value: unknown) => value === null || isString(value);
const isProgress = (value: unknown) => isObject(value) && isCount(value.done) && isCount(value.total) && value.done <= value.total;
const STATES = new Set(['todo', 'doing', 'done', 'cancelled']);

function isGroup(value: unknown, path: string): value is Group {
  return isObject(value) && isString(value.title) && value.path === path && isLine(value.line) && isStringOrNull(value.due) && isProgress(value.progress) && Array.isArray(value.items) && value.items.every((item) => isItem(item, path));
}

function isItem(value: unknown, path: string): value is Item {
  if (!isObject(value)) return false;
  const { priority, fields } = value;
  return (
    isString(value.title) && value.path === path && isLine(value.line) && (value.done === null || typeof value.done === 'boolean') && isString(value.state) && STATES.has(value.state) &&
    isStringOrNull(value.status) && (priority === null || isString(priority) || Number.isFinite(priority)) && isStringOrNull(value.due) &&
    Array.isArray(value.links) && value.links.every(isString) && isObject(fields) && Object.values(fields).every(isString) &&
    isProgress(value.progress) && isStringOrNull(value.ref) && isTasks(value.tasks, path)
  );
}

function isTasks(value: unknown, path: string): value is Task[] {
  return Array.isArray(value) && value.every((task) => isTask(task, path));
}

function isTask(value: unknown, path: string): value is Task {
  return (
    isObject(value) && isString(value.text) && value.path === path && isLine(value.line) && typeof value.done === 'boolean' && (value.kind === 'gfm' || value.kind === 'html') &&
    isStringOrNull(value.htmlId) && isString(value.ref) && isTasks(value.tasks, path)
  );
}
