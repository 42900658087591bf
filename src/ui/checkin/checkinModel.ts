import { checkinQuestions, type Question } from '../../core/checkin/questions';
import type { Item, Roadmap } from '../../core/model/types';
import type { Card } from '../../core/board/lanes';
import { dueMark } from '../../core/model/due';

export interface QuestionBlock {
  path: string;
  title: string;
  questions: Question[];
}

/** The check-in questions, one block per roadmap note that asks them. */
export function questionBlocks(roadmap: Roadmap): QuestionBlock[] {
  const blocks = new Map<string, QuestionBlock>();
  for (const question of checkinQuestions(roadmap)) {
    const title = roadmap.notes.find((note) => note.path === question.path)?.title ?? question.path;
    if (!blocks.has(question.path)) blocks.set(question.path, { path: question.path, title, questions: [] });
    blocks.get(question.path)!.questions.push(question);
  }
  return [...blocks.values()];
}

/** Items in progress (state doing), in roadmap order. */
export function inProgress(roadmap: Roadmap): Item[] {
  return roadmap.groups.flatMap((group) => group.items.filter((item) => item.state === 'doing'));
}

/** Whether any draft differs from what the note holds. */
export function isDirty(drafts: Record<string, string>, saved: Record<string, string>, questions: readonly string[]): boolean {
  return questions.some((q) => (drafts[q] ?? '').trim() !== (saved[q] ?? '').trim());
}

/**
 * The check-in's *Overdue* and *Due* sections: open items past their date (as of today),
 * and open items due in the week shown — from today on when it is this week (what is
 * past is overdue), Monday to Sunday otherwise. Cards, so they get the board's actions.
 */
export function dueSections(roadmap: Roadmap, monday: string, today: string): { overdue: Card[]; due: Card[] } {
  const sunday = new Date(`${monday}T00:00:00Z`);
  sunday.setUTCDate(sunday.getUTCDate() + 6);
  const end = sunday.toISOString().slice(0, 10);
  const from = today > monday && today <= end ? today : monday;
  const overdue: Card[] = [];
  const due: Card[] = [];
  roadmap.groups.forEach((group, g) => {
    group.items.forEach((item, i) => {
      if (!item.due || item.state === 'done' || item.state === 'cancelled') return;
      const card = { key: `${item.path}\u241f${g}\u241f${i}`, item, group: group.title, due: dueMark(item.due, today, item.state) };
      if (card.due === 'overdue') overdue.push(card);
      else if (item.due >= from && item.due <= end) due.push(card);
    });
  });
  const byDate = (a: Card, b: Card) => a.item.due!.localeCompare(b.item.due!);
  return { overdue: overdue.sort(byDate), due: due.sort(byDate) };
}
