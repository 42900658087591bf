import { roleWords, type RoleWords } from '../../src/core/model/columns';
import { StatusTable } from '../../src/core/model/statuses';
import { makeSettings } from '../../src/core/settings';
import { NO_TASKS_PLUGIN, writeRules, type StampRules, type WriteRules } from '../../src/core/write/rules';

/**
 * Write rules for the core's edits in tests (they have no defaults of their own): a
 * vault's default column words and statuses, no Tasks plugin, a fixed day, and no done
 * dates — so a test sees only what it is about; `rulesWith({ doneDate })` turns them on.
 */
export const RULES: WriteRules = { ...writeRules(makeSettings(), NO_TASKS_PLUGIN, '2026-11-23'), stamps: { done: 'never', cancelled: false, format: 'emoji', globalFilter: '' } };

/**
 * RULES under which a toggle is the checkbox's splice alone: no Status column is
 * recognised (so no Status cell goes along) and no stamps. What the suites that check a
 * flip's own bytes use; one truth and stamps have suites of their own.
 */
export const BARE: WriteRules = { ...RULES, words: { ...roleWords(), status: [] } };

/** RULES with some fields of a test's own; `doneDate` as the older options said it ({ today, always }). */
export function rulesWith(over: { words?: RoleWords; statuses?: StatusTable; nextId?: () => string; replace?: boolean; doneDate?: { today: string; always?: boolean; stamps?: StampRules } }): WriteRules {
  const { doneDate, ...rest } = over;
  const given = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)) as Partial<WriteRules>;
  return {
    ...RULES,
    ...given,
    ...(doneDate ? { today: doneDate.today, stamps: doneDate.stamps ?? { done: doneDate.always ? 'always' : 'notes', cancelled: false, format: 'emoji', globalFilter: '' } } : {}),
  };
}
