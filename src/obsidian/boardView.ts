import { ItemView, type ViewStateResult, type WorkspaceLeaf } from 'obsidian';
import { ICONS, iconId } from './icons';
import { mount, unmount } from 'svelte';
import { get, writable, type Writable } from 'svelte/store';
import { localIsoDate } from '../core/parse/dates';
import type { LiveIndex } from '../core/index/liveIndex';
import type { Settings } from '../core/settings';
import Board from '../ui/board/Board.svelte';
import { readViewState, type BoardViewState } from '../ui/board/viewState';
import { saveLayoutOnChange } from './openViews';
import { viewActions, type ViewHost } from './viewActions';

export const BOARD_VIEW_TYPE = 'roadmap-board';

export interface BoardHost extends ViewHost {
  index: LiveIndex;
  settings(): Settings;
}

/** The roadmap board: an ItemView that mounts the Svelte board and keeps its choices in the view state. */
export class BoardView extends ItemView {
  private component: ReturnType<typeof mount> | null = null;
  private readonly choices: Writable<BoardViewState>;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: BoardHost,
  ) {
    super(leaf);
    const { boardGrouping, boardShowDone } = host.settings();
    this.choices = writable(readViewState({}, { grouping: boardGrouping, showDone: boardShowDone }));
  }

  override getViewType(): string {
    return BOARD_VIEW_TYPE;
  }

  override getDisplayText(): string {
    return 'Roadmap board';
  }

  override getIcon(): string {
    return iconId(ICONS.board);
  }

  override async onOpen(): Promise<void> {
    this.contentEl.replaceChildren();
    this.contentEl.classList.add('roadmap-view');
    this.component = mount(Board, {
      target: this.contentEl,
      props: {
        source: this.host.index,
        actions: viewActions(this.host, this, BOARD_VIEW_TYPE),
        view: this.choices,
        tags: this.host.settings().roadmapTags,
        today: () => localIsoDate(new Date()),
        words: this.host.words(),
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
    const { boardGrouping, boardShowDone } = this.host.settings();
    this.choices.set(readViewState(state, { grouping: boardGrouping, showDone: boardShowDone }));
    await super.setState(state, result);
  }
}
