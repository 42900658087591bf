/**
 * What kind of element an event target is, by its tag name rather than `instanceof`: an
 * element of a pop-out window (another realm) is not an instance of the main window's
 * `HTMLInputElement`, so `instanceof` says no and a click there would be lost.
 */
const tag = (target: EventTarget | null | undefined): string => ((target as Partial<Element> | null)?.nodeType === 1 ? (target as Element).nodeName : '');

/** A checkbox input, in any window. */
export const isCheckboxInput = (target: EventTarget | null | undefined): target is HTMLInputElement => tag(target) === 'INPUT' && (target as HTMLInputElement).type === 'checkbox';

/** A table cell (`td` or `th`), in any window. */
export const isTableCell = (target: EventTarget | null | undefined): target is HTMLTableCellElement => tag(target) === 'TD' || tag(target) === 'TH';

/** A table row, in any window. */
export const isTableRow = (target: EventTarget | null | undefined): target is HTMLTableRowElement => tag(target) === 'TR';

/** The window an element lives in (a pop-out's own), for its timers and frames. */
export const windowOf = (el: Node): Window => el.ownerDocument?.defaultView ?? window;
