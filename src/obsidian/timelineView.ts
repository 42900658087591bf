import { ItemView, type ViewStateResult, type WorkspaceLeaf } from 'obsidian';
import { ICONS, iconId } from './icons';
import { mount, unmount } from 'svelte';
import { get, writable, type Writable } from 'svelte/store';
import { progressSeries } from '../core/checkin/stale';
import type { CheckinHistory } from '../core/checkin/history';
import type { LiveIndex } from '../core/index/liveIndex';
import type { Roadmap } from '../core/model/types';
import { localIsoDate } from '../core/parse/dates';
import Timeline from '../ui/timeline/Timeline.svelte';
import { readTimelineChoices, type TimelineChoices } from '../ui/timeline/choices';
import { saveLayoutOnChange } from './openViews';
import { viewActions, type ViewHost } from './viewActions';

export const TIMELINE_VIEW_TYPE = 'roadmap-timeline';

export interface TimelineHost extends ViewHost {
  index: LiveIndex;
  /** The recorded check-ins, for each row's sparkline. */
  history(): CheckinHistory;
}

/** The roadmap timeline (SPEC §4): an ItemView that mounts Timeline.svelte; zoom and period kept in the view state. */
export class TimelineView extends ItemView {
  private component: ReturnType<typeof mount> | null = null;
  private readonly choices: Writable<TimelineChoices> = writable(readTimelineChoices({}));

  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: TimelineHost,
  ) {
    super(leaf);
  }

  override getViewType(): string {
    return TIMELINE_VIEW_TYPE;
  }

  override getDisplayText(): string {
    return 'Roadmap timeline';
  }

  override getIcon(): string {
    return iconId(ICONS.timeline);
  }

  override async onOpen(): Promise<void> {
    this.contentEl.replaceChildren();
    this.contentEl.classList.add('roadmap-view');
    this.component = mount(Timeline, {
      target: this.contentEl,
      props: {
        source: this.host.index,
        actions: { ...viewActions(this.host, this, TIMELINE_VIEW_TYPE), progress: (roadmap: Roadmap) => progressSeries(this.host.history(), roadmap) },
        view: this.choices,
        today: () => localIsoDate(new Date()),
      },
    });
    saveLayoutOnChange(this, this.choices);
  }

  override async onClose(): Promise<void> {
    if (this.component) await unmount(this.component);
    this.component = null;
  }

  override getState(): Record<string, unknown> {
    return { ...get(this.choices) };
  }

  override async setState(state: unknown, result: ViewStateResult): Promise<void> {
    this.choices.set(readTimelineChoices(state));
    await super.setState(state, result);
  }
}
