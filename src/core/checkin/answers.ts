import { extractNote } from '../parse/extract';
import { LineMap } from '../parse/lines';
import { landed, type Change, type EditResult } from '../edit/types';

export interface Answer {
  question: string;
  answer: string;
}

interface Section {
  /** Offset where the answer starts: the line after the heading. */
  bodyStart: number;
  /** Offset of the next heading of the same or a higher level, or the end. */
  bodyEnd: number;
  /** Whether the heading is the note's last line and has no line break. */
  openEnded: boolean;
  hasNext: boolean;
}

const key = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();
const HEADING_LIKE = /^( {0,3})(#{1,6}(?:[ \t]|$)|(?:=+|-+)[ \t]*$)/;
const ESCAPED = /^( {0,3})\\(#{1,6}(?:[ \t]|$)|(?:=+|-+)[ \t]*$)/;

/** The first heading section of each question (headings compared without case or extra spaces). */
function sectionsOf(text: string): Map<string, Section> {
  const doc = extractNote('weekly.md', text);
  const lines = new LineMap(text);
  const headings = doc.blocks.flatMap((block) => (block.type === 'heading' ? [block] : []));
  const sections = new Map<string, Section>();
  headings.forEach((heading, i) => {
    const name = key(heading.text);
    if (sections.has(name)) return;
    // A setext heading's underline belongs to the heading, not to the answer.
    let last = heading.line;
    if (!/^ {0,3}#/.test(lines.lineText(heading.line))) last++;
    const next = headings.slice(i + 1).find((h) => h.depth <= heading.depth);
    const bodyStart = last < lines.lineCount ? lines.starts[last] : text.length;
    sections.set(name, {
      bodyStart,
      bodyEnd: next ? lines.starts[next.line - 1] : text.length,
      openEnded: last >= lines.lineCount && !/\r?\n$/.test(text),
      hasNext: next !== undefined,
    });
  });
  return sections;
}

/** An answer as it is written into the note: heading-like lines escaped so the note keeps its shape. */
function answerLines(answer: string): string[] {
  const lines = answer.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length && !lines[0].trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  return lines.map((line) => line.replace(/[ \t]+$/, '').replace(HEADING_LIKE, '$1\\$2'));
}

const normalise = (body: string) =>
  answerLines(body)
    .map((line) => line.trimEnd())
    .join('\n');

/** What the note answers to each question now ('' when it has no such heading). */
export function readAnswers(text: string, questions: readonly string[]): string[] {
  const sections = sectionsOf(text);
  return questions.map((question) => {
    const section = sections.get(key(question));
    if (!section) return '';
    return normalise(text.slice(section.bodyStart, section.bodyEnd))
      .split('\n')
      .map((line) => line.replace(ESCAPED, '$1$2'))
      .join('\n');
  });
}

/**
 * SPEC §5: each answer replaces the text under its question's heading, up to the next
 * heading of the same or a higher level; a missing heading is appended as `## question`
 * (an empty answer appends nothing). Nothing else changes, and an answer the note
 * already holds (ignoring blank lines around it) is left alone, so saving twice is a no-op.
 */
export function upsertAnswers(text: string, answers: readonly Answer[]): EditResult {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const sections = sectionsOf(text);
  const changes: Change[] = [];
  const appended: string[] = [];
  let written = 0;
  for (const { question, answer } of answers) {
    const lines = answerLines(answer);
    const body = lines.join(eol);
    const section = sections.get(key(question));
    if (!section) {
      if (!lines.length) continue;
      appended.push(`## ${question.trim()}${eol}${eol}${body}${eol}`);
      written++;
      continue;
    }
    if (normalise(text.slice(section.bodyStart, section.bodyEnd)) === lines.join('\n')) continue;
    const gap = section.hasNext ? eol : '';
    const insert = (section.openEnded ? eol : '') + (lines.length ? `${eol}${body}${eol}${gap}` : gap);
    changes.push({ from: section.bodyStart, to: section.bodyEnd, insert });
    written++;
  }
  if (appended.length) {
    // An answer under a last heading may already end the note: append after it.
    const atEnd = changes.find((change) => change.from === text.length);
    const end = atEnd ? text + atEnd.insert : text;
    const lead = end === '' || end.endsWith('\n\n') || end.endsWith('\r\n\r\n') ? '' : /\r?\n$/.test(end) ? eol : eol + eol;
    const insert = lead + appended.join(eol);
    if (atEnd) atEnd.insert += insert;
    else changes.push({ from: text.length, to: text.length, insert });
  }
  if (!changes.length) return { ok: true, text, changes: [], message: 'answers unchanged' };
  return landed(text, changes, written === 1 ? 'saved 1 answer' : `saved ${written} answers`);
}
