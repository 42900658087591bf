/** Whether a task line repeats (the Tasks plugin's `🔁 every …`). */
export const isRecurring = (line: string): boolean => /🔁/u.test(line);
