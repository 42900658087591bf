import { readInlineFields } from '../model/inlineFields';

/** Whether a task line repeats: it has a recurrence where Tasks reads one (`🔁 every …`, `[repeat:: …]`). */
export const isRecurring = (line: string): boolean => readInlineFields(line).recurrence !== null;
