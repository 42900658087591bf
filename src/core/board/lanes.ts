import { dueMark, type DueMark } from '../model/due';
import { TIMELINE_LANES, timelineLane } from './timeline';
export { TIMELINE_LANES, timelineLane, type TimelineLane } from './timeline';
import type { Group, Item, Note, Progress, Roadmap, State } from '../model/types';
import { dueWithin, isEmptyFilter, parseFilter, passes } from './filter';
import type { Grouping } from '../settings';

/** The board's choices, kept in the view's state across reloads. */
export interface BoardChoices {
  grouping: Grouping;
  filter: string;
  /** Paths of the notes shown; empty means every note. */
  notes: string[];
  showDone: boolean;
}

export interface Card {
  /** Stable across edits that move lines: note, lane title, item title, occurrence. */
  key: string;
  item: Item;
  /** The group the item belongs to in its note (shown in Status and Timeline lanes). */
  group: string;
  due: DueMark;
}

export interface Lane {
  key: string;
  title: string;
  /** Where the lane comes from, for Groups lanes; null for Status and Timeline lanes. */
  path: string | null;
  /** The title of the lane's note, for Groups lanes (shown as a heading when several notes show). */
  note: string | null;
  line: number | null;
  due: string | null;
  dueMark: DueMark;
  /** Done / total items of the lane (before the show-done and filter choices). */
  progress: Progress;
  /** For Status lanes: the state a card dropped here gets. */
  state: State | null;
  cards: Card[];
}

export const STATUS_LANES: readonly { state: State; title: string }[] = [
  { state: 'todo', title: 'To do' },
  { state: 'doing', title: 'Doing' },
  { state: 'done', title: 'Done' },
];


/** The lanes and cards a board shows for the given choices on `today` (`YYYY-MM-DD`). */
export function buildLanes(roadmap: Roadmap, choices: BoardChoices, today: string): Lane[] {
  const groups = choices.notes.length ? roadmap.groups.filter((g) => choices.notes.includes(g.path)) : roadmap.groups;
  const filter = parseFilter(choices.filter.trim());
  const filtering = !isEmptyFilter(filter);
  const notes = new Map<string, Note>(roadmap.notes.map((note) => [note.path, note]));
  const cardsOf = keyedCards(groups, today);
  // Cancelled cards are closed as done ones are: shown with them, hidden with them.
  const visible = (card: Card) => (choices.showDone || !closed(card)) && (!filtering || passes(filter, card.item, card.group, notes.get(card.item.path), today));

  if (choices.grouping === 'groups') {
    const lanes: Lane[] = [];
    const seen = new Map<string, number>();
    groups.forEach((group, index) => {
      const base = `${group.path}\u241f${group.title}`;
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      const cards = cardsOf[index].filter(visible);
      // While filtering, a lane with nothing that matches is noise.
      if (filtering && !cards.length) return;
      lanes.push({
        key: `${base}\u241f${n}`,
        title: group.title,
        path: group.path,
        note: notes.get(group.path)?.title ?? group.path,
        line: group.line,
        due: group.due,
        dueMark: dueMark(group.due, today, group.progress.total > 0 && group.progress.done === group.progress.total ? 'done' : 'todo'),
        progress: group.progress,
        state: null,
        cards,
      });
    });
    return lanes;
  }

  const all = cardsOf.flat();
  const lane = (key: string, title: string, state: State | null, members: Card[]): Lane => ({
    key,
    title,
    path: null,
    note: null,
    line: null,
    due: null,
    dueMark: null,
    progress: { done: members.filter((c) => c.item.state === 'done').length, total: members.filter((c) => c.item.state !== 'cancelled').length },
    state,
    cards: members.filter(visible),
  });
  if (choices.grouping === 'status') {
    const laneOf = (card: Card): State => (card.item.state === 'cancelled' ? 'done' : card.item.state);
    return STATUS_LANES.map(({ state, title }) => lane(`status:${state}`, title, state, all.filter((c) => laneOf(c) === state)));
  }
  // Done and cancelled cards are never Overdue (nor anywhere in time): with show done on
  // they gather in a Done lane at the end.
  const open = all.filter((c) => !closed(c));
  const lanes = TIMELINE_LANES.map((title) => lane(`timeline:${title}`, title, null, open.filter((c) => timelineLane(c.item.due, today) === title)));
  if (choices.showDone) lanes.push(lane('timeline:Done', 'Done', null, all.filter(closed)));
  return lanes;
}

const closed = (card: Card) => card.item.state === 'done' || card.item.state === 'cancelled';

/** The board's summary line (SPEC §4): open items overdue, due this week, and doing, in the notes shown. */
export function boardSummary(roadmap: Roadmap, notes: readonly string[], today: string): { overdue: number; week: number; doing: number } {
  const summary = { overdue: 0, week: 0, doing: 0 };
  for (const group of roadmap.groups) {
    if (notes.length && !notes.includes(group.path)) continue;
    for (const item of group.items) {
      if (dueMark(item.due, today, item.state) === 'overdue') summary.overdue++;
      else if (dueWithin(item, 'week', today)) summary.week++;
      if (item.state === 'doing') summary.doing++;
    }
  }
  return summary;
}

// The same item (the index keeps unchanged items' objects) gives the same card object,
// so after a toggle only the toggled card's component has anything to update.
const cardCache = new WeakMap<Item, Card>();

/** Cards per group, keyed so that a card keeps its key while lines move around it. */
function keyedCards(groups: readonly Group[], today: string): Card[][] {
  const seen = new Map<string, number>();
  return groups.map((group) =>
    group.items.map((item) => {
      const base = `${item.path}\u241f${group.title}\u241f${item.title}`;
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      const key = `${base}\u241f${n}`;
      const due = dueMark(item.due, today, item.state);
      const known = cardCache.get(item);
      if (known && known.key === key && known.group === group.title && known.due === due) return known;
      const card = { key, item, group: group.title, due };
      cardCache.set(item, card);
      return card;
    }),
  );
}


/** The state a card would get when moved one Status column left (-1) or right (+1). */
export function neighbourState(state: State, step: -1 | 1): State | null {
  const index = STATUS_LANES.findIndex((lane) => lane.state === state) + step;
  return STATUS_LANES[index]?.state ?? null;
}
