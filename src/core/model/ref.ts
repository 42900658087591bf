import type { Checkbox } from '../parse/types';

/**
 * A ref names one checkbox exactly, and carries what is needed to find it again after
 * its file changed: where it was, its own kind and id, and fingerprints of its line and
 * of the line above (state-independent, see lineHash.ts). Encoded as opaque, shell-safe
 * text (base64url and base-36 fields).
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

const PREFIX = 'r2.';
const OLD_PREFIX = 'r1.';

/**
 * `r2.` + base64url(path) + `.offset.line.nth.twins.ordinal.idCount` (base 36) + `.kind`
 * (`g` or `h`) + `.lineHash.ctxHash` + `.` base64url(id): about 60 % of the length of the
 * first format (base64 of a JSON array), which matters as every task holds one.
 */
export function encodeRef(data: RefData): string {
  const counts = [data.offset, data.line, data.nth, data.twins, data.ordinal, data.idCount].map((n) => n.toString(36)).join('.');
  return `${refPrefix(data.path)}${counts}.${data.kind === 'gfm' ? 'g' : 'h'}.${data.lineHash}.${data.ctxHash}.${data.id ? base64UrlEncode(data.id) : ''}`;
}

const COUNT = /^[0-9a-z]{1,11}$/;
const HASH = /^[0-9a-z]{0,13}$/;

/** Decodes a ref; null when the text is not a ref this version (or the first) wrote. */
export function decodeRef(ref: string): RefData | null {
  if (ref.startsWith(OLD_PREFIX)) return decodeFirstFormat(ref);
  if (!ref.startsWith(PREFIX)) return null;
  const parts = ref.slice(PREFIX.length).split('.');
  if (parts.length !== 11) return null;
  const [path64, ...rest] = parts;
  const [offset, line, nth, twins, ordinal, idCount] = rest.slice(0, 6).map((part) => (COUNT.test(part) ? parseInt(part, 36) : NaN));
  const [kind, lineHash, ctxHash, id64] = rest.slice(6);
  try {
    const path = base64UrlDecode(path64);
    const id = id64 ? base64UrlDecode(id64) : '';
    if (!path || !HASH.test(lineHash) || !lineHash || !HASH.test(ctxHash) || (kind !== 'g' && kind !== 'h')) return null;
    if (![offset, line, nth, twins, ordinal, idCount].every(isCount) || twins < 1 || ordinal >= twins) return null;
    return { path, offset, line, nth, kind: kind === 'g' ? 'gfm' : 'html', id: id || null, lineHash, ctxHash, twins, ordinal, idCount };
  } catch {
    return null;
  }
}

/** Refs of the first format (`r1.`, base64 of a JSON array) are still understood. */
function decodeFirstFormat(ref: string): RefData | null {
  try {
    const fields: unknown = JSON.parse(base64UrlDecode(ref.slice(OLD_PREFIX.length)));
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

/** What every ref of a note's checkboxes starts with (see encodeRef). */
export function refPrefix(path: string): string {
  return `${PREFIX}${base64UrlEncode(path)}.`;
}

function base64UrlEncode(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function base64UrlDecode(text: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  // ASCII (every id the plugin writes) is its own UTF-8: no decoder needed.
  if (!/[\x80-\xff]/.test(binary)) return binary;
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}
