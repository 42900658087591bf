import type { Checkbox } from '../parse/types';

/**
 * A ref names one checkbox exactly, and carries what is needed to find it again after
 * its file changed: where it was, its own kind and id, and fingerprints of its line and
 * of the line above (state-independent, see lineHash.ts). Encoded as opaque, shell-safe
 * base64url text.
 */
export interface RefData {
  path: string;
  /** Offset of the checkbox's first byte when the ref was made. */
  offset: number;
  line: number;
  /** Its place among the checkbox-like spans of its line. */
  nth: number;
  kind: 'gfm' | 'html';
  id: string | null;
  lineHash: string;
  ctxHash: string;
  /** Lines of the note with the same fingerprint when the ref was made, and which one. */
  twins: number;
  ordinal: number;
  /** Checkboxes of the note with the same id when the ref was made. */
  idCount: number;
}

const PREFIX = 'r1.';

export function encodeRef(data: RefData): string {
  const fields = [data.path, data.offset, data.line, data.nth, data.kind, data.id ?? '', data.lineHash, data.ctxHash, data.twins, data.ordinal, data.idCount];
  return PREFIX + base64UrlEncode(JSON.stringify(fields));
}

/** Decodes a ref; null when the text is not a ref this version wrote. */
export function decodeRef(ref: string): RefData | null {
  if (!ref.startsWith(PREFIX)) return null;
  try {
    const fields: unknown = JSON.parse(base64UrlDecode(ref.slice(PREFIX.length)));
    if (!Array.isArray(fields) || fields.length !== 11) return null;
    const [path, offset, line, nth, kind, id, lineHash, ctxHash, twins, ordinal, idCount] = fields as unknown[];
    if (typeof path !== 'string' || !path || typeof lineHash !== 'string' || typeof ctxHash !== 'string') return null;
    if (!isCount(offset) || !isCount(line) || !isCount(nth) || (kind !== 'gfm' && kind !== 'html') || typeof id !== 'string') return null;
    if (!isCount(twins) || !isCount(ordinal) || !isCount(idCount) || twins < 1 || ordinal >= twins) return null;
    return { path, offset, line, nth, kind, id: id || null, lineHash, ctxHash, twins, ordinal, idCount };
  } catch {
    return null;
  }
}

export function refOf(path: string, box: Checkbox): string {
  return encodeRef({ path, offset: box.start, line: box.line, nth: box.nth, kind: box.kind, id: box.id, lineHash: box.lineHash, ctxHash: box.ctxHash, twins: box.twins, ordinal: box.ordinal, idCount: box.idCount });
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

function base64UrlEncode(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function base64UrlDecode(text: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}
