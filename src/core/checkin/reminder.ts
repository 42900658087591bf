import type { CheckinHistory } from './history';
import { weekLabel, weekOfDate } from './week';

/**
 * Whether to remind of the check-in today: the reminder is on, today is its weekday
 * (1 = Monday … 7 = Sunday), this week has no saved check-in, and it was not shown today.
 */
export function shouldRemind(today: string, options: { enabled: boolean; weekday: number; history: CheckinHistory; shownOn: string | null }): boolean {
  if (!options.enabled || options.shownOn === today) return false;
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay() || 7;
  if (weekday !== options.weekday) return false;
  const week = weekLabel(weekOfDate(today));
  return !options.history.records.some((record) => record.week === week);
}
