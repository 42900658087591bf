import { MarkdownView, type App, type Editor } from 'obsidian';

/**
 * The editor a note is being edited in: a Markdown view of the note in source or Live
 * Preview mode (`getMode() === 'source'`), the focused one first. A note shown only in
 * Reading mode has no live editor — its hidden one reaches the file only on the view's
 * debounced save — so it has none here and is written with Vault.process instead.
 */
export function sourceEditor(app: App, path: string): Editor | null {
  const active = app.workspace.getActiveViewOfType(MarkdownView);
  if (active && active.file?.path === path && active.getMode() === 'source') return active.editor;
  let found: Editor | null = null;
  app.workspace.iterateAllLeaves((leaf) => {
    const view = leaf.view;
    if (!found && view instanceof MarkdownView && view.file?.path === path && view.getMode() === 'source') found = view.editor;
  });
  return found;
}
