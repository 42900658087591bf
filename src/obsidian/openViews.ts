import type { App, ItemView, WorkspaceLeaf } from 'obsidian';
import type { Readable } from 'svelte/store';

/**
 * Shows a view: the open one if there is one, else a new one in the right sidebar (or
 * in a tab when asked).
 */
export async function revealView(app: App, type: string, where: 'sidebar' | 'tab' = 'sidebar'): Promise<WorkspaceLeaf | null> {
  const { workspace } = app;
  const open = workspace.getLeavesOfType(type);
  if (open.length && where === 'sidebar') {
    await workspace.revealLeaf(open[0]);
    return open[0];
  }
  const leaf = where === 'tab' ? workspace.getLeaf('tab') : workspace.getRightLeaf(false);
  if (!leaf) return null;
  await leaf.setViewState({ type, active: true });
  await workspace.revealLeaf(leaf);
  return leaf;
}

/** A view's choices are part of the workspace layout: each change (not the first value) saves it, so they survive a reload. */
export function saveLayoutOnChange(view: ItemView, choices: Readable<unknown>): void {
  let first = true;
  view.register(
    choices.subscribe(() => {
      if (!first) view.app.workspace.requestSaveLayout();
      first = false;
    }),
  );
}
