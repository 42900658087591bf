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

  const closeSection = () => {
    if (sectionLists) {
      const title = heading?.text || doc.title;
      if (heading && isCheckInSection(heading.text, sectionLists.entries)) {
        questions.push(...sectionLists.entries.map((entry) => entry.text.trim()));
      } else {
        // An empty list item (`-` alone) adds nothing, as an empty table row does not.
        const items = sectionLists.entries.map((entry) => listItem(entry, doc.path, statuses)).filter((item) => item.title || item.ref || item.tasks.length);
        groups.splice(sectionSlot, 0, { title, path: doc.path, line: heading?.line ?? sectionLists.line, due: null, items, progress: { done: 0, total: 0 } });
      }
    }
    sectionLists = null;
  };

  for (const block of doc.blocks) {
    if (block.type === 'heading') {
      closeSection();
      heading = block;
    } else if (block.type === 'list') {
      if (!sectionLists) {
        sectionLists = { entries: [], line: block.line };
        sectionSlot = groups.length;
      }
      sectionLists.entries.push(...block.items);
    } else {
      groups.push(...tableGroups(block, doc.path, heading?.text || doc.title, heading?.line ?? block.line, words, statuses));
    }
  }
  closeSection();
  for (const group of groups) {
    // Cancelled items count in neither done nor total (SPEC §2.3).
    group.progress = { done: group.items.filter((item) => item.state === 'done').length, total: group.items.filter((item) => item.state !== 'cancelled').length };
  }
  return { groups, questions };
}
