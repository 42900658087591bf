import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { View, WorkspaceLeaf, type App } from '../fakes/obsidian';
import type { CheckinActions } from '../../src/ui/actions';
import RoadmapBoardPlugin from '../../src/main';

const exampleDir = join(__dirname, '../../example-vault');

/** Seeds the example vault's notes into a fake app (`cached: false` for a cold start). */
export function seedExample(app: App, options: { cached?: boolean } = {}): void {
  for (const name of readdirSync(exampleDir).filter((n) => n.endsWith('.md'))) app.vault.seed(name, readFileSync(join(exampleDir, name), 'utf8'), options);
}

/** Loads the plugin over a fake app (with `data` as its data.json), readies the layout and waits for the index. */
export async function startPlugin(app: App, data?: unknown): Promise<RoadmapBoardPlugin> {
  const plugin = new RoadmapBoardPlugin(app as never, { id: 'roadmap-board', version: '0.1.0' } as never);
  if (data !== undefined) (plugin as unknown as { data: unknown }).data = structuredClone(data);
  await plugin.onload();
  app.workspace.layoutReady();
  await plugin.index.settled();
  while (plugin.index.snapshot.state !== 'ready') await new Promise((r) => setTimeout(r, 5));
  return plugin;
}

/** The check-in view's actions as the plugin registered them (its view built, not opened: opening mounts Svelte). */
export function checkinActionsOf(app: App): CheckinActions {
  const leaf = new WorkspaceLeaf(new View());
  leaf.workspace = app.workspace;
  const view = app.workspace.viewCreators.get('roadmap-checkin')!(leaf);
  return (view as unknown as { host: { checkinActions(v: unknown): CheckinActions } }).host.checkinActions(view);
}
