import type { State } from './types';

export type DueMark = 'overdue' | 'soon' | null;

const DAY = 86400000;

/** Days from `today` to `due` (both `YYYY-MM-DD`); negative when past. */
export function daysUntil(due: string, today: string): number {
  return Math.round((Date.parse(`${due}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY);
}

/** Overdue when past and not done (nor cancelled); soon when due within the next 7 days. */
export function dueMark(due: string | null, today: string, state: State): DueMark {
  if (!due || state === 'done' || state === 'cancelled') return null;
  const days = daysUntil(due, today);
  if (days < 0) return 'overdue';
  if (days <= 7) return 'soon';
  return null;
}
