import type { State } from './types';

/**
 * Task statuses (SPEC §2.3.1): the character between a task's brackets and what it
 * means. The Tasks plugin's convention: `[ ]` todo, `[x]` done, `[/]` doing, `[-]`
 * cancelled; any other character is a checkbox of type todo unless configured. Where the
 * Tasks plugin is installed its status settings win; a settings field maps more symbols.
 */
export interface StatusDef {
  /** What the status means for the model. Tasks' NON_TASK counts nowhere, as cancelled does. */
  state: State;
  /** The status a toggle moves to. */
  next: string;
}

/** The characters a task marker may hold: one, not a bracket, backslash or line break. */
export const STATUS_CHAR = '[^\\[\\]\\\\\\r\\n\\t]';

const TYPES: Record<string, State> = {
  TODO: 'todo',
  ON_HOLD: 'todo',
  IN_PROGRESS: 'doing',
  DONE: 'done',
  CANCELLED: 'cancelled',
  NON_TASK: 'cancelled',
};

/** Without the Tasks plugin: done goes back to todo, anything else goes to done (SPEC §3). */
function plainDef(state: State): StatusDef {
  return { state, next: state === 'done' ? ' ' : 'x' };
}

const BUILT_IN: Record<string, State> = { ' ': 'todo', x: 'done', X: 'done', '/': 'doing', '-': 'cancelled' };

export class StatusTable {
  private readonly defs = new Map<string, StatusDef>();

  /**
   * `mapped`: the person's own symbols (symbol → state, from settings); `tasks`: the Tasks
   * plugin's statuses (symbol → state and next), which win.
   */
  constructor(mapped: Readonly<Record<string, State>> = {}, tasks: ReadonlyMap<string, StatusDef> | null = null) {
    for (const [symbol, state] of Object.entries(BUILT_IN)) this.defs.set(symbol, plainDef(state));
    for (const [symbol, state] of Object.entries(mapped)) this.defs.set(symbol, plainDef(state));
    if (tasks) for (const [symbol, def] of tasks) this.defs.set(symbol, def);
    // `[x]` and `[X]` always mean done: Obsidian and every other tool read them so.
    for (const symbol of ['x', 'X']) if (this.defs.get(symbol)?.state !== 'done') this.defs.set(symbol, plainDef('done'));
    this.key = JSON.stringify([...this.defs]);
  }

  /** A text that changes whenever what any symbol means changes (cache keys). */
  readonly key: string;

  of(symbol: string): StatusDef {
    return this.defs.get(symbol) ?? plainDef('todo');
  }
}

export const DEFAULT_STATUSES = new StatusTable();

/**
 * The statuses of the Tasks plugin's `data.json` (`statusSettings.coreStatuses` and
 * `customStatuses`: symbol, nextStatusSymbol, type); null when the data holds none. The
 * first status of a symbol wins, as in Tasks; an empty or unknown type is skipped.
 */
export function tasksPluginStatuses(data: unknown): Map<string, StatusDef> | null {
  const settings = isRecord(data) && isRecord(data.statusSettings) ? data.statusSettings : null;
  if (!settings) return null;
  const map = new Map<string, StatusDef>();
  for (const list of [settings.coreStatuses, settings.customStatuses]) {
    if (!Array.isArray(list)) continue;
    for (const status of list as unknown[]) {
      if (!isRecord(status)) continue;
      const { symbol, nextStatusSymbol, type } = status;
      if (typeof symbol !== 'string' || [...symbol].length !== 1 || map.has(symbol) || typeof type !== 'string' || !TYPES[type]) continue;
      const next = typeof nextStatusSymbol === 'string' && [...nextStatusSymbol].length === 1 ? nextStatusSymbol : plainDef(TYPES[type]).next;
      map.set(symbol, { state: TYPES[type], next });
    }
  }
  return map.size ? map : null;
}

export const TASKS_PLUGIN_ID = 'obsidian-tasks-plugin';

const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);
