import type { Roadmap, Task } from '../model/types';
import type { DateFormatter } from './dateFormat';
import type { DoneEntry } from './history';
import type { Question } from './questions';
import { weekLabel, weekMonday, type IsoWeek } from './week';

/** The weekly note a check-in creates when no template note is configured. */
export const BUILT_IN_TEMPLATE = `# Week {{week}}

Roadmap: {{roadmap}}

## Focus
{{focus}}

## Done since last check-in
{{done_this_week}}

{{questions}}`;

export interface TemplateContext {
  week: IsoWeek;
  /** The weekly note's name, without `.md`. */
  title: string;
  roadmap: Roadmap;
  questions: readonly Question[];
  doneSince: readonly DoneEntry[] | null;
  format: DateFormatter;
}

const link = (path: string) => `[[${path.replace(/\.md$/i, '')}]]`;
const list = (lines: string[], empty: string) => (lines.length ? lines.join('\n') : empty);

/**
 * Fills a template (SPEC §5): {{week}}, {{title}}, {{date}}, {{date:FORMAT}},
 * {{roadmap}}, {{questions}}, {{focus}}, {{open_tasks}}, {{done_this_week}}. A variable
 * it does not know is left as written. Dates are the week's Monday.
 */
export function renderTemplate(template: string, context: TemplateContext): string {
  const monday = weekMonday(context.week);
  const { roadmap } = context;
  const values: Record<string, () => string> = {
    week: () => weekLabel(context.week),
    title: () => context.title,
    date: () => monday,
    roadmap: () => roadmap.notes.map((note) => link(note.path)).join(', '),
    questions: () => context.questions.map((q) => `## ${q.text}\n\n`).join(''),
    focus: () => list(focusItems(roadmap), 'Nothing in progress.'),
    open_tasks: () => list(openTasks(roadmap), 'No open tasks.'),
    done_this_week: () =>
      context.doneSince === null
        ? 'No earlier check-in to compare with.'
        : list(context.doneSince.map((e) => `- ${e.text}${e.item ? ` — ${e.item}` : ''} (${link(e.path)})`), 'Nothing new.'),
  };
  const eol = template.includes('\r\n') ? '\r\n' : '\n';
  return template.replace(/\{\{\s*([a-z_]+)(?::([^}]*))?\s*\}\}/gi, (whole: string, name: string, format: string | undefined) => {
    const lower = name.toLowerCase();
    if (lower === 'date' && format !== undefined) return context.format(monday, format.trim());
    const value = format === undefined ? values[lower] : undefined;
    return value ? value().replace(/\n/g, eol) : whole;
  });
}

/** Items in state doing, by priority (numbers first, lowest first; then words; then none). */
function focusItems(roadmap: Roadmap): string[] {
  const doing = roadmap.groups.flatMap((group) => group.items.filter((item) => item.state === 'doing').map((item) => ({ item, group })));
  const rank = (p: number | string | null) => (typeof p === 'number' ? [0, p] : typeof p === 'string' ? [1, 0] : [2, 0]);
  doing.sort((a, b) => {
    const [ka, va] = rank(a.item.priority);
    const [kb, vb] = rank(b.item.priority);
    return ka - kb || va - vb;
  });
  return doing.map(({ item, group }) => `- ${item.title} — ${group.title} (${link(item.path)})`);
}

function openTasks(roadmap: Roadmap): string[] {
  const lines: string[] = [];
  const visit = (tasks: readonly Task[], item: string) => {
    for (const task of tasks) {
      if (!task.done) lines.push(`- ${task.text} — ${item} (${link(task.path)})`);
      visit(task.tasks, item);
    }
  };
  for (const group of roadmap.groups) for (const item of group.items) if (item.state !== 'done') visit(item.tasks, item.title);
  return lines;
}
