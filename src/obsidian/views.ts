import type { Plugin } from 'obsidian';
import { ICONS, iconId } from './icons';
import type { CheckinHistory } from '../core/checkin/history';
import type { Checkins } from '../core/checkin/checkins';
import { BOARD_VIEW_TYPE, BoardView, type BoardHost } from './boardView';
import { checkinActions, type CheckinStore } from './checkinHost';
import { CHECKIN_VIEW_TYPE, CheckinView } from './checkinView';
import { revealView } from './openViews';
import { TIMELINE_VIEW_TYPE, TimelineView } from './timelineView';

/** The three views (board, check-in, timeline) over one host, their hover sources and the ribbon icon. */
export function registerViews(plugin: Plugin, host: BoardHost, checkins: Checkins, store: CheckinStore & { history(): CheckinHistory }): void {
  plugin.registerView(BOARD_VIEW_TYPE, (leaf) => new BoardView(leaf, host));
  plugin.registerView(CHECKIN_VIEW_TYPE, (leaf) => new CheckinView(leaf, { ...host, checkinActions: (view) => checkinActions(host, view, checkins, host.index, store) }));
  plugin.registerView(TIMELINE_VIEW_TYPE, (leaf) => new TimelineView(leaf, { ...host, history: () => store.history() }));
  plugin.registerHoverLinkSource(BOARD_VIEW_TYPE, { display: 'Roadmap board', defaultMod: true });
  plugin.registerHoverLinkSource(CHECKIN_VIEW_TYPE, { display: 'Roadmap check-in', defaultMod: true });
  plugin.addRibbonIcon(iconId(ICONS.board), 'Open roadmap board', () => void revealView(plugin.app, BOARD_VIEW_TYPE));
}
