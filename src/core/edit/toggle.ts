import { decodeRef } from '../model/ref';
import { locateCheckbox } from './locate';
import { checkboxSplice } from './checkboxSplice';
import { landed, refuse, type EditResult } from './types';

/**
 * Toggles the checkbox a ref names, or sets it to `want` when given (a no-op when it
 * already is). GFM: `[ ]` ↔ `[x]` (`[X]` becomes `[ ]`); HTML: see htmlToggle.ts.
 */
export function toggleCheckbox(text: string, ref: string, want?: boolean): EditResult {
  const data = decodeRef(ref);
  if (!data) return refuse('this is not a checkbox reference');
  const located = locateCheckbox(text, data);
  if (!located.ok) return refuse(located.reason);
  const { box } = located;
  const checked = want ?? !box.checked;
  const state = checked ? 'checked' : 'unchecked';
  if (checked === box.checked) return { ok: true, text, changes: [], message: `already ${state}` };
  return landed(text, [checkboxSplice(box, text.slice(box.start, box.end), checked)], state);
}
