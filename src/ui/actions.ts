import type { Answer } from '../core/checkin/answers';
import type { DoneEntry } from '../core/checkin/history';
import type { ProgressPoint, StaleItem } from '../core/checkin/stale';
import type { IsoWeek } from '../core/checkin/week';
import type { Snapshot } from '../core/index/liveIndex';
import type { Item, Roadmap, State } from '../core/model/types';

/** What a write answered: landed, or refused with the reason (already shown as a notice). */
export type Outcome = { ok: true } | { ok: false; reason: string };

/** Where a view gets the model: the live index, or anything shaped like it. */
export interface SnapshotSource {
  readonly snapshot: Snapshot;
  subscribe(listener: (snapshot: Snapshot) => void): () => void;
}

/**
 * Everything a view can ask of the outside world. Views get this object and the
 * model, never `App`: the plugin implements it over Obsidian, tests over real files.
 */
export interface ViewActions {
  /** Sets one checkbox (by ref) to `checked`. */
  toggle(path: string, ref: string, checked: boolean): Promise<Outcome>;
  /** Opens a note at a line; the event says whether a new tab was asked for (Mod+click). */
  openNote(path: string, line: number, event: MouseEvent | KeyboardEvent): void;
  /** Opens a link an item holds: a note name through Obsidian, an http(s) URL in the browser. */
  openLink(link: { kind: 'url'; href: string } | { kind: 'note'; target: string }, from: string, event: MouseEvent | KeyboardEvent): void;
  /** Puts an icon of Obsidian's set (Lucide) into `el`. */
  icon(el: HTMLElement, name: string): void;
  /** Mod+hover on a title: Obsidian's page preview. */
  hover?(event: MouseEvent, el: HTMLElement, path: string, line: number): void;
}

/** What a card's menu does besides moves: the same for the board and the check-in. */
export interface CardActions extends ViewActions {
  /** Moves an item to a state with the smallest change its note can hold. */
  setState(item: Item, state: State): Promise<Outcome>;
  /** Sets an item's due (or start) date where and how the item keeps it. */
  setDate(item: Item, field: 'due' | 'start', date: string): Promise<Outcome>;
  /** Adds an unchecked task under an item. */
  addTask(item: Item, text: string): Promise<Outcome>;
  /** Opens the note at the line in a split to the right. */
  openToRight?(path: string, line: number): void;
  /** Copies a wikilink to the note (`[[path]]`). */
  copyLink?(path: string): void;
}

/** The roadmap timeline's actions: the cards', and each group's recorded progress for its sparkline. */
export interface TimelineActions extends CardActions {
  progress(roadmap: Roadmap): { group: string; path: string; points: ProgressPoint[] }[];
}

export interface BoardActions extends CardActions {
  /** Creates a note a link points at (an unresolved link). */
  createNote(target: string, from: string): Promise<void> | void;
  /** Creates a roadmap note from the empty state. */
  createRoadmapNote(): Promise<void> | void;
  /** Appends an item to the group at `line` of a note (its heading or group row), in the note's own form. */
  addItem(path: string, line: number, title: string): Promise<Outcome>;
}

export interface CheckinActions extends CardActions {
  /** The week's note path, whether it exists, and what it answers to each question. */
  readWeek(week: IsoWeek, questions: string[]): Promise<{ path: string; exists: boolean; answers: string[] }>;
  /** Writes the answers (creating the note from its template) and records the check-in. */
  save(week: IsoWeek, answers: Answer[]): Promise<{ ok: true; path: string; message: string } | { ok: false; reason: string }>;
  /** Tasks and items done since the check-in before this week; null when there is none. */
  doneSince(week: IsoWeek, roadmap: Roadmap): DoneEntry[] | null;
  /** Items under way that the last check-ins saw unchanged (SPEC §4, stale items). */
  stale(week: IsoWeek, roadmap: Roadmap): StaleItem[];
  /** "Still on it": the item is not named stale again for a while. */
  stillOnIt(key: string, week: IsoWeek): Promise<void>;
  /** Each group's done/total over the recorded check-ins, for its burn-up chart. */
  progress(roadmap: Roadmap): { group: string; path: string; points: ProgressPoint[] }[];
  /** Creates a roadmap note from the empty state. */
  createRoadmapNote(): Promise<void> | void;
}
