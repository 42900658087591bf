import { checkboxColumns, lineFingerprint, twinIndex, type TwinIndex } from './lineHash';
import { LineMap } from './lines';
import type { Checkbox } from './types';

/**
 * A checkbox with everything a ref needs (line, place on the line, fingerprints, twins,
 * id count), from its offsets in the note's text. `twins` is computed once per text.
 */
export function checkboxAt(lines: LineMap, twins: TwinIndex, kind: Checkbox['kind'], from: number, to: number, status: string, id: string | null): Checkbox {
  const line = lines.lineOf(from);
  const lineText = lines.lineText(line);
  const column = from - lines.starts[line - 1];
  let context = '';
  let contextLine = 0;
  for (let above = line - 1; above >= 1 && !context; above--) {
    context = lines.lineText(above).trim();
    contextLine = above;
  }
  const facts = twins.lineFacts.get(line);
  const lineHash = facts?.hash ?? lineFingerprint(lineText);
  const twinLines = twins.linesByHash.get(lineHash) ?? [line];
  return {
    kind,
    start: from,
    end: to,
    checked: status !== ' ',
    status,
    id,
    line,
    nth: Math.max(0, (facts?.columns ?? checkboxColumns(lineText)).indexOf(column)),
    lineHash,
    ctxHash: context ? (twins.lineFacts.get(contextLine)?.hash ?? lineFingerprint(context)) : '',
    twins: twinLines.length,
    ordinal: Math.max(0, twinLines.indexOf(line)),
    idCount: id ? (twins.idCounts.get(id) ?? 1) : 0,
  };
}

/** The twin index of a whole text. */
export function twinsOf(lines: LineMap): TwinIndex {
  return twinIndex((line) => lines.lineText(line), lines.lineCount);
}
