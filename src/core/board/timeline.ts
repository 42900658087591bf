import { daysUntil } from '../model/due';

export const TIMELINE_LANES = ['Overdue', 'This week', 'This month', 'This quarter', 'Later', 'No date'] as const;
export type TimelineLane = (typeof TIMELINE_LANES)[number];

/**
 * The Timeline column of a due date: past dates are "Overdue" (the board puts done and
 * cancelled items elsewhere); "This week" runs to the end of the ISO week.
 */
export function timelineLane(due: string | null, today: string): TimelineLane {
  if (!due) return 'No date';
  const days = daysUntil(due, today);
  if (days < 0) return 'Overdue';
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0
  if (days <= 6 - weekday) return 'This week';
  const [ty, tm] = today.split('-').map(Number);
  const [dy, dm] = due.split('-').map(Number);
  if (dy === ty && dm === tm) return 'This month';
  if (dy === ty && Math.floor((dm - 1) / 3) === Math.floor((tm - 1) / 3)) return 'This quarter';
  return 'Later';
}

