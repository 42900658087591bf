import { checkinQuestions, type Question } from '../../core/checkin/questions';
import type { Item, Roadmap } from '../../core/model/types';

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
