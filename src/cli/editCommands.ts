import { readTarget } from '../core/edit/target';
import type { DateField } from '../core/edit/setDate';
import type { State } from '../core/model/types';
import { parseDatePhrase } from '../core/parse/dates';
import type { Action } from '../core/write/actions';
import type { WriteRules } from '../core/write/rules';
import type { WritePath, Written } from '../core/write/writePath';
import { UsageError } from './args';
import { Refusal, refusal } from './io';
import type { VaultTargets } from './targets';

/**
 * The CLI's write commands: each reads its arguments into an Action and hands it to the
 * one write path (core/write), which resolves it on the note's bytes at write time,
 * writes it, and records its undo entry — as every door of the plugin does.
 */
export interface EditContext {
  targets: VaultTargets;
  write: WritePath;
  rules: WriteRules;
}

/** What a command prints for a write: its message, or a refusal (exit 1). */
function said(written: Written): string {
  if (!written.ok) throw refusal(written.reason);
  if (!written.changed) return `${written.message}; nothing was changed`;
  return written.note ? `${written.message} (${written.note})` : written.message;
}

const perform = async (ctx: EditContext, action: Action) => said(await ctx.write.perform(action, ctx.rules));

const STATES: readonly State[] = ['todo', 'doing', 'done', 'cancelled'];

/** `roadmap move`: an item to a state, with the smallest change its note can hold. */
export async function moveCommand(ctx: EditContext, targetText: string | undefined, stateText: string | undefined): Promise<string> {
  const target = await ctx.targets.item(targetText, 'move');
  const state = STATES.find((s) => s === stateText?.trim().toLowerCase().replace(/^to ?do$/, 'todo'));
  if (!state) throw new UsageError(`move needs the new state: todo, doing, done or cancelled (got ${stateText === undefined ? 'nothing' : `"${stateText}"`})`);
  return perform(ctx, { kind: 'move', target, state });
}

/** `roadmap set-due` / `set-start`: an item's date, where and how the item keeps it. */
export async function setDateCommand(ctx: EditContext, field: DateField, targetText: string | undefined, dateText: string | undefined): Promise<string> {
  const command = field === 'due' ? 'set-due' : 'set-start';
  const target = await ctx.targets.item(targetText, command);
  const date = dateText?.trim().toLowerCase() === 'today' ? ctx.rules.today : parseDatePhrase(dateText ?? '');
  if (!date) throw new UsageError(`${command} needs a date: YYYY-MM-DD, YYYY/MM/DD, Qn YYYY, Mon YYYY, YYYY-Www or today (got ${dateText === undefined ? 'nothing' : `"${dateText}"`})`);
  return perform(ctx, { kind: 'setDate', target, field, date });
}

/** `roadmap add-item`: a new item at the end of a group, in the group's own form. */
export async function addItemCommand(ctx: EditContext, groupText: string | undefined, title: string | undefined): Promise<string> {
  const place = groupText ? readTarget(groupText) : null;
  if (!place || place.kind !== 'line' || place.n !== null) throw new UsageError('add-item needs the group as path:line (its heading or group row, or one of its items), then the text');
  if (!title?.trim()) throw new UsageError('add-item needs the text of the new item');
  const path = await ctx.targets.notePath(place.path);
  return perform(ctx, { kind: 'addItem', path, line: place.line, title });
}

export async function toggleCommand(ctx: EditContext, targetText: string | undefined): Promise<string> {
  const { path, ref } = await ctx.targets.checkbox(targetText, 'toggle');
  return perform(ctx, { kind: 'toggle', path, ref });
}

export async function setStatusCommand(ctx: EditContext, targetText: string | undefined, status: string | undefined): Promise<string> {
  const target = await ctx.targets.item(targetText, 'set-status');
  if (status === undefined) throw new UsageError('set-status needs the new status text, e.g. roadmap set-status . Projects.md:9 "In progress"');
  return perform(ctx, { kind: 'setStatus', target, status });
}

export async function addTaskCommand(ctx: EditContext, targetText: string | undefined, task: string | undefined): Promise<string> {
  const target = await ctx.targets.item(targetText, 'add-task');
  if (task === undefined) throw new UsageError('add-task needs the task text, e.g. roadmap add-task . Projects.md:9 "Write the post"');
  return perform(ctx, { kind: 'addTask', target, text: task });
}

/** The undo log newest first, numbered from 1, each marked when it cannot be undone now. */
export async function undoListCommand(ctx: EditContext): Promise<string> {
  const entries = await ctx.write.list();
  if (!entries.length) return 'nothing to undo';
  return entries.map((entry, i) => `${i + 1}. ${entry.message}${entry.blocked ? `  (cannot be undone: ${entry.blocked})` : ''}`).join('\n');
}

/**
 * Undoes the n-th change of `undo --list` (1, the newest, by default). A change that
 * cannot be undone now stays in the list: a newer change standing in front of it may be
 * undone first (SPEC §3, undo).
 */
export async function undoCommand(ctx: EditContext, numberText: string | undefined): Promise<string> {
  const count = await ctx.write.size();
  if (!count) throw new Refusal('there is nothing to undo');
  const n = numberText === undefined ? 1 : /^\d+$/.test(numberText) ? Number(numberText) : NaN;
  if (!(n >= 1 && n <= count)) throw new UsageError(`undo takes the number of a change from "roadmap undo --list" (1 to ${count}), not "${numberText}"`);
  return said(await ctx.write.undoNth(n));
}
