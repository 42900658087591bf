import { ItemView, type WorkspaceLeaf } from 'obsidian';
import { ICONS, iconId } from './icons';
import { mount, unmount } from 'svelte';
import { roleWords } from '../core/model/columns';
import type { LiveIndex } from '../core/index/liveIndex';
import { localIsoDate } from '../core/parse/dates';
import type { Settings } from '../core/settings';
import type { CheckinActions } from '../ui/actions';
import CheckIn from '../ui/checkin/CheckIn.svelte';

export const CHECKIN_VIEW_TYPE = 'roadmap-checkin';

export interface CheckinViewHost {
  index: LiveIndex;
  settings(): Settings;
  checkinActions(view: ItemView): CheckinActions;
}

/** The weekly check-in side panel: an ItemView that mounts CheckIn.svelte. */
export class CheckinView extends ItemView {
  private component: ReturnType<typeof mount> | null = null;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: CheckinViewHost,
  ) {
    super(leaf);
  }

  override getViewType(): string {
    return CHECKIN_VIEW_TYPE;
  }

  override getDisplayText(): string {
    return 'Weekly check-in';
  }

  override getIcon(): string {
    return iconId(ICONS.checkin);
  }

  override async onOpen(): Promise<void> {
    this.contentEl.replaceChildren();
    this.contentEl.classList.add('roadmap-view');
    this.component = mount(CheckIn, {
      target: this.contentEl,
      props: {
        source: this.host.index,
        actions: this.host.checkinActions(this),
        tags: this.host.settings().roadmapTags,
        today: () => localIsoDate(new Date()),
        words: roleWords(this.host.settings().columnWords),
      },
    });
  }

  override async onClose(): Promise<void> {
    if (this.component) await unmount(this.component);
    this.component = null;
  }
}
