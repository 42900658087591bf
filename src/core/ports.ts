/** What the core needs from the outside world; the plugin and the CLI each provide it. */

export interface VaultFile {
  /** Vault-relative path with `/` separators. */
  path: string;
  /** Last modification time, ms since the epoch. */
  mtime: number;
  size: number;
}

export interface VaultPort {
  /** Every file of the vault (not only notes: links may point at attachments). */
  list(): Promise<VaultFile[]>;
  read(path: string): Promise<string>;
  /** A file's mtime and size now; null when it does not exist. */
  stat?(path: string): Promise<VaultFile | null>;
  /**
   * Reads, changes and saves one file atomically. `edit` may throw to refuse; then
   * nothing is written and the error is passed on.
   */
  process(path: string, edit: (text: string) => string): Promise<string>;
}

export interface Clock {
  /** Today as `YYYY-MM-DD` in the person's time zone. */
  today(): string;
}

/** Timers, so the plugin can hand in its window's (popout windows have their own). */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

