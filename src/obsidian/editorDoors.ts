import { editorInfoField, editorLivePreviewField, type App, type Editor } from 'obsidian';
import type { EditorView } from '@codemirror/view';
import type { Extension } from '@codemirror/state';
import { refAt } from '../core/parse/tableCheckboxes';
import { inlineCheckboxes } from '../editor/inlineCheckboxes';
import { tableCheckboxClicks } from '../editor/tableClicks';
import type { RoadmapWriter } from './writer';

/**
 * Live Preview's doors (SPEC §3, one write path): a click on a table checkbox becomes a
 * toggle action on the note this editor shows, written as one transaction of this very
 * editor through the writer — the same bytes, undo entry and index update as every door.
 */
export function editorDoors(_app: App, writer: RoadmapWriter): Extension[] {
  const isLivePreview = (view: EditorView) => view.state.field(editorLivePreviewField, false) ?? false;
  const toggle = (view: EditorView, box: Parameters<typeof refAt>[2], checked: boolean) => {
    const info = view.state.field(editorInfoField, false) as { file?: { path: string } | null; editor?: Editor } | undefined;
    const path = info?.file?.path;
    if (!path) return void writer.refuse('this editor shows no note of the vault');
    const ref = refAt(path, view.state.doc.toString(), box);
    void writer.perform({ kind: 'toggle', path, ref, want: checked }, info.editor);
  };
  return [tableCheckboxClicks({ isLivePreview, onRefuse: (reason) => writer.refuse(reason), toggle }), inlineCheckboxes({ isLivePreview })];
}
