import { Notice, type App } from 'obsidian';
import { shouldRemind } from '../core/checkin/reminder';
import type { CheckinHistory } from '../core/checkin/history';
import { localIsoDate } from '../core/parse/dates';
import type { Settings } from '../core/settings';
import { CHECKIN_VIEW_TYPE } from './checkinView';
import { revealView } from './openViews';

/**
 * On the chosen weekday, until this week's check-in is saved: a notice that opens it.
 * Answers the day it was shown (to be kept in the plugin's data), or null.
 */
export function remindOfCheckin(app: App, settings: Settings, history: CheckinHistory, shownOn: string | null): string | null {
  const today = localIsoDate(new Date());
  const { reminderEnabled: enabled, reminderWeekday: weekday } = settings;
  if (!shouldRemind(today, { enabled, weekday, history, shownOn })) return null;
  const notice = new Notice(
    createFragment((el) => {
      el.createSpan({ text: 'Time for your weekly roadmap check-in. ' });
      el.createEl('button', { text: 'Open check-in' }).addEventListener('click', () => {
        notice.hide();
        void revealView(app, CHECKIN_VIEW_TYPE);
      });
    }),
    0,
  );
  return today;
}
