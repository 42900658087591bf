/** What a command writes to and reads from: the terminal, or a test. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Asks one question on a terminal; absent when input is not a terminal. */
  ask?: (prompt: string) => Promise<string>;
  /** The folder a missing vault argument means (the current folder). */
  cwd?: string;
}

/** A write that was refused: exit 1 with its one-line reason, nothing written. */
export class Refusal extends Error {}

/** A refusal that says "nothing was changed" once, whether or not its reason already did. */
export function refusal(reason: string): Refusal {
  return new Refusal(`${reason.replace(/; nothing was changed$/, '')}; nothing was changed`);
}
