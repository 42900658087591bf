import type { Roadmap } from '../model/types';

export interface Question {
  /** 1-based, as `roadmap checkin --answer "<n>=…"` numbers them. */
  number: number;
  text: string;
  /** The roadmap note that asks it (the first, when several ask the same). */
  path: string;
}

/** The check-in questions of all roadmap notes, each text once, in roadmap order. */
export function checkinQuestions(roadmap: Roadmap): Question[] {
  const seen = new Set<string>();
  const list: Question[] = [];
  for (const checkin of roadmap.checkins) {
    for (const text of checkin.questions) {
      const key = text.trim().replace(/\s+/g, ' ').toLowerCase();
      if (!key || seen.has(key)) continue;
      seen.add(key);
      list.push({ number: list.length + 1, text: text.trim(), path: checkin.path });
    }
  }
  return list;
}
