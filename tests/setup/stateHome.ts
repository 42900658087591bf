import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

// The CLI keeps the undo log of a folder that is not an Obsidian vault in $XDG_STATE_HOME
// (docs/CLI.md). No test may write to the real ~/.local/state: each test file gets its
// own state folder, removed after it (child processes inherit it with the environment).
const state = mkdtempSync(join(tmpdir(), 'roadmap-state-'));
process.env.XDG_STATE_HOME = state;
afterAll(() => rmSync(state, { recursive: true, force: true }));
