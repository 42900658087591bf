import { RangeSetBuilder, type Extension } from '@codemirror/state';
import { Decoration, EditorView, ViewPlugin, WidgetType, type DecorationSet, type ViewUpdate } from '@codemirror/view';
import { parseHtmlCheckbox } from '../core/parse/htmlCheckbox';
import { fencedLines, inInlineCode } from './codeLines';
import { checkboxClick, toggleChange, type ClickOptions } from './tableClicks';

const TAG = /<input(?=[\s/>])[^>\n]*>/gi;

class CheckboxWidget extends WidgetType {
  constructor(
    readonly checked: boolean,
    readonly length: number,
  ) {
    super();
  }

  override eq(other: CheckboxWidget): boolean {
    return other.checked === this.checked && other.length === this.length;
  }

  override toDOM(view: EditorView): HTMLElement {
    // The editor's own document: a popout window has its own.
    const input = view.dom.ownerDocument.createElement('input');
    input.type = 'checkbox';
    input.className = 'task-list-item-checkbox roadmap-inline-checkbox';
    input.checked = this.checked;
    input.setAttribute('aria-label', this.checked ? 'Checked box' : 'Unchecked box');
    input.addEventListener('mousedown', (event) => event.preventDefault());
    input.addEventListener('click', (event) => {
      event.preventDefault();
      // Where the tag is now: the widget may have moved with edits above it.
      const from = view.posAtDOM(input);
      const tag = view.state.doc.sliceString(from, from + this.length);
      const info = parseHtmlCheckbox(tag);
      if (!info) return;
      view.dispatch({
        changes: toggleChange(view, { kind: 'html', start: from, end: from + this.length, checked: info.checked, id: info.id }, !info.checked),
        annotations: checkboxClick.of(true),
        userEvent: 'input.toggle',
      });
    });
    return input;
  }

  override ignoreEvent(): boolean {
    return true;
  }
}

const isTableLine = (text: string) => /^(?:\s*>)*\s*\|/.test(text);

function build(view: EditorView, fenced: Set<number>, live: boolean): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  if (!live) return builder.finish();
  const { doc, selection } = view.state;
  for (const { from, to } of view.visibleRanges) {
    for (let pos = from; pos <= to; ) {
      const line = doc.lineAt(pos);
      pos = line.to + 1;
      if (fenced.has(line.number) || isTableLine(line.text) || !line.text.includes('<')) continue;
      for (const match of line.text.matchAll(TAG)) {
        const info = parseHtmlCheckbox(match[0]);
        if (!info || inInlineCode(line.text, match.index)) continue;
        const start = line.from + match.index;
        const end = start + match[0].length;
        // The tag stays editable text while the cursor is on it.
        if (selection.ranges.some((range) => range.from <= end && range.to >= start)) continue;
        builder.add(start, end, Decoration.replace({ widget: new CheckboxWidget(info.checked, match[0].length) }));
      }
    }
  }
  return builder.finish();
}

/**
 * Live Preview: an inline `<input type="checkbox" …>` outside tables and code shows as
 * a checkbox while the cursor is not on it; a click toggles its bytes in one transaction.
 */
export function inlineCheckboxes(options: ClickOptions = {}): Extension {
  return ViewPlugin.fromClass(
    class {
      decorations: DecorationSet;
      fenced: Set<number>;
      constructor(readonly view: EditorView) {
        this.fenced = fencedLines(view.state.doc);
        this.decorations = build(view, this.fenced, options.isLivePreview?.(view) ?? true);
      }
      update(update: ViewUpdate) {
        if (update.docChanged) this.fenced = fencedLines(update.state.doc);
        if (update.docChanged || update.viewportChanged || update.selectionSet || update.transactions.length) {
          this.decorations = build(update.view, this.fenced, options.isLivePreview?.(update.view) ?? true);
        }
      }
    },
    { decorations: (plugin) => plugin.decorations },
  );
}
