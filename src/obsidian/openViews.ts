import type { App, WorkspaceLeaf } from 'obsidian';

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
