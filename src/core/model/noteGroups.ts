import type { HeadingBlock, ListEntry, NoteDoc } from '../parse/types';
import type { RoleWords } from './columns';
import { isCheckInSection, listItem } from './lists';
import { tableGroups } from './tables';
import { DEFAULT_STATUSES, type StatusTable } from './statuses';
import type { Group } from './types';

export interface NoteContent {
  groups: Group[];
  questions: string[];
}

/** Groups and check-in questions of one note, in document order. */
export function noteContent(doc: NoteDoc, words: RoleWords, statuses: StatusTable = DEFAULT_STATUSES): NoteContent {
  const groups: Group[] = [];
  const questions: string[] = [];
  let heading: HeadingBlock | null = null;
  // Lists of one section are gathered first: whether they are check-in questions or a
  // group depends on all of them.
  let sectionLists: { entries: ListEntry[]; line: number } | null = null;
  let sectionSlot = -1;
  // One heading, one lane: the group a section's lists make and the groups of its tables
  // without a group column share the heading's name, so they are one group.
  let sectionGroup: Group | null = null;
  const joinSection = (group: Group): boolean => {
    if (!sectionGroup) {
      sectionGroup = group;
      return false;
    }
    sectionGroup.items.push(...group.items);
    sectionGroup.items.sort((a, b) => a.line - b.line);
    return true;
  };

  const closeSection = () => {
    if (sectionLists) {
      const title = heading?.text || doc.title;
      if (heading && isCheckInSection(heading.text, sectionLists.entries)) {
        questions.push(...sectionLists.entries.map((entry) => entry.text.trim()));
      } else {
        // An empty list item (`-` alone) adds nothing, as an empty table row does not.
        const items = sectionLists.entries.map((entry) => listItem(entry, doc.path, statuses)).filter((item) => item.title || item.ref || item.tasks.length);
        const group: Group = { title, path: doc.path, line: heading?.line ?? sectionLists.line, due: null, items, progress: { done: 0, total: 0 } };
        if (!joinSection(group)) groups.splice(sectionSlot, 0, group);
      }
    }
    sectionLists = null;
  };

  for (const block of doc.blocks) {
    if (block.type === 'heading') {
      closeSection();
      sectionGroup = null;
      heading = block;
    } else if (block.type === 'list') {
      if (!sectionLists) {
        sectionLists = { entries: [], line: block.line };
        sectionSlot = groups.length;
      }
      sectionLists.entries.push(...block.items);
    } else {
      const fallbackLine = heading?.line ?? block.line;
      for (const group of tableGroups(block, doc.path, heading?.text || doc.title, fallbackLine, words, statuses)) {
        // The heading's own group (a table without group column); named groups stand alone.
        const own = group.title === (heading?.text || doc.title) && group.line === fallbackLine;
        if (!own || !joinSection(group)) groups.push(group);
      }
    }
  }
  closeSection();
  for (const group of groups) {
    // Cancelled items count in neither done nor total (SPEC §2.3).
    group.progress = { done: group.items.filter((item) => item.state === 'done').length, total: group.items.filter((item) => item.state !== 'cancelled').length };
  }
  return { groups, questions };
}
