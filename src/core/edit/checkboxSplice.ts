import type { Checkbox } from '../parse/types';
import { setHtmlChecked } from './htmlToggle';
import type { Change } from './types';

/**
 * The one splice that sets a checkbox to `checked`, used by every path that flips one
 * (toggle by ref, board moves, the command at the cursor, Live Preview clicks):
 * `[ ]` ↔ `[x]` for a task marker, the `checked`/`unchecked` word for an HTML tag
 * (htmlToggle.ts). `bytes` are the checkbox's own bytes as they are now.
 */
export function checkboxSplice(box: Pick<Checkbox, 'kind' | 'start' | 'end'>, bytes: string, checked: boolean): Change {
  return { from: box.start, to: box.end, insert: box.kind === 'gfm' ? (checked ? '[x]' : '[ ]') : setHtmlChecked(bytes, checked) };
}
