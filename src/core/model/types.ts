/** The roadmap model of SPEC §2: plain data, the same in the plugin, the CLI and JSON. */

export type State = 'todo' | 'doing' | 'done' | 'cancelled';

export interface Progress {
  done: number;
  total: number;
}

export interface Note {
  path: string;
  title: string;
  tags: string[];
}

export interface CheckIn {
  path: string;
  questions: string[];
}

export interface Link {
  from: string;
  target: string;
  /** Path of the note or file the link resolves to; null when it does not exist. */
  resolved: string | null;
}

/** The Tasks plugin's fields kept as they are read (SPEC §2.3.2), on tasks and items alike. */
export interface TaskMetadata {
  scheduled: string | null;
  created: string | null;
  cancelledDate: string | null;
  /** Tasks' recurrence rule as written (`every week when done`). */
  recurrence: string | null;
  id: string | null;
  dependsOn: string[] | null;
}

export interface Task extends TaskMetadata {
  text: string;
  path: string;
  line: number;
  done: boolean;
  state: State;
  /** The status character: what stands in `[ ]` (an HTML checkbox: `x` or a space). */
  status: string;
  kind: 'gfm' | 'html';
  htmlId: string | null;
  ref: string;
  priority: number | string | null;
  due: string | null;
  start: string | null;
  doneDate: string | null;
  tasks: Task[];
}

export interface Item extends TaskMetadata {
  title: string;
  path: string;
  line: number;
  done: boolean | null;
  state: State;
  status: string | null;
  priority: number | string | null;
  due: string | null;
  start: string | null;
  doneDate: string | null;
  links: string[];
  fields: Record<string, string>;
  tasks: Task[];
  progress: Progress;
  ref: string | null;
}

export interface Group {
  title: string;
  path: string;
  line: number;
  due: string | null;
  items: Item[];
  progress: Progress;
}

export interface Roadmap {
  notes: Note[];
  groups: Group[];
  checkins: CheckIn[];
  links: Link[];
}

export interface NoteError {
  path: string;
  message: string;
}
