// What Obsidian asks of each of the plugin's views before it is ever shown: its type,
// the name on its tab, its icon, closing one that never opened, and the state it is
// handed back from the layout (the board's defaults from the settings).
import { describe, expect, it } from 'vitest';
import { App, View, WorkspaceLeaf } from '../fakes/obsidian';
import { startPlugin } from '../helpers/plugin';

async function views(data?: Record<string, unknown>) {
  const app = new App();
  app.vault.seed('Plan.md', '#roadmap\n\n- [ ] Ship\n');
  await startPlugin(app, data);
  const leaf = new WorkspaceLeaf(new View());
  leaf.workspace = app.workspace;
  const make = (type: string) => app.workspace.viewCreators.get(type)!(leaf) as unknown as {
    getViewType(): string;
    getDisplayText(): string;
    getIcon(): string;
    onClose(): Promise<void>;
    getState(): Record<string, unknown>;
    setState(state: unknown, result: unknown): Promise<void>;
  };
  return { board: make('roadmap-board'), checkin: make('roadmap-checkin'), timeline: make('roadmap-timeline') };
}

describe("the plugin's views, before they are shown", () => {
  it('each its type, tab name and icon; closing one never opened is fine', async () => {
    const { board, checkin, timeline } = await views();
    expect([board, checkin, timeline].map((v) => [v.getViewType(), v.getDisplayText(), v.getIcon()])).toEqual([
      ['roadmap-board', 'Roadmap board', 'kanban'],
      ['roadmap-checkin', 'Weekly check-in', 'calendar-check'],
      ['roadmap-timeline', 'Roadmap timeline', expect.stringMatching(/^(gantt-chart|chart-gantt)$/)],
    ]);
    for (const view of [board, checkin, timeline]) await expect(view.onClose()).resolves.toBeUndefined();
  });

  it('the board’s state from the layout, its gaps filled from the settings; the timeline’s as given', async () => {
    const { board, timeline } = await views({ boardGrouping: 'status', boardShowDone: false });
    expect(board.getState()).toMatchObject({ grouping: 'status', showDone: false });
    await board.setState({ filter: 'ship' }, {});
    expect(board.getState()).toMatchObject({ grouping: 'status', showDone: false, filter: 'ship' });
    await timeline.setState({ zoom: 'year', anchor: '2026-01-01' }, {});
    expect(timeline.getState()).toMatchObject({ zoom: 'year', anchor: '2026-01-01' });
  });
});
