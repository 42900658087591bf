import { existsSync, statSync } from 'node:fs';
import { messageOf } from '../core/errors';
import { indexVault } from '../core/index/indexVault';
import { makeSettings, type Settings } from '../core/settings';
import { parseArgs, UsageError, type ParsedArgs } from './args';
import { renderBoard } from './boardText';
import { checkinCommand } from './checkinCommand';
import { addTaskCommand, DEFAULT_CONFIG_DIR, setStatusCommand, toggleCommand, undoCommand } from './editCommands';
import { FsVault } from './fsVault';

const HELP = `roadmap — the Roadmap Board core on a vault folder

Usage:
  roadmap board [vault]            the board as text
  roadmap index [vault] --json     the model as JSON
  roadmap toggle <vault> <ref>     toggle one checkbox; prints the new state
  roadmap set-status <vault> <ref|path:line> <text>
                                   replace an item's Status cell
  roadmap add-task <vault> <ref|path:line> <text>
                                   add a task under an item
  roadmap undo <vault>             undo the last change made by roadmap
  roadmap checkin <vault> [--week YYYY-Www] --answer "<n>=<text>"…
                                   save check-in answers into the week's note
                                   (asks each question on a terminal without --answer)
Refs come from "roadmap index --json". A write that cannot find its target with
certainty is refused (exit 1) and changes nothing.
Options for every command that reads the vault:
  --tag T          a roadmap tag (repeatable; replaces the defaults #projects, #roadmap)
  --folder F       a roadmap folder (repeatable)
  --all            every note is a roadmap note
  --link-depth N   how many wikilink hops to follow (0–5, default 1)
  --today DATE     the date overdue is counted from (default: today)
  --config-dir D   the vault's Obsidian config folder, for the undo log and plugin
                   data (default: .obsidian)
The vault defaults to ./example-vault.`;

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Asks one question on a terminal; absent when input is not a terminal. */
  ask?: (prompt: string) => Promise<string>;
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    const args = parseArgs(argv);
    const [command, ...rest] = args.positionals;
    const configDir = args.configDir ?? DEFAULT_CONFIG_DIR;
    if (args.help || !command || command === 'help') {
      io.out(HELP + '\n');
      return args.help || command === 'help' ? 0 : 2;
    }
    switch (command) {
      case 'board':
      case 'index':
        return await readCommand(command, rest, args, io);
      case 'toggle':
        return await writeCommand(io, rest, 2, (vault) => toggleCommand(vault, configDir, rest[1]));
      case 'set-status':
        return await writeCommand(io, rest, 3, (vault) => setStatusCommand(vault, configDir, rest[1], rest[2]));
      case 'add-task':
        return await writeCommand(io, rest, 3, (vault) => addTaskCommand(vault, configDir, rest[1], rest[2]));
      case 'undo':
        return await writeCommand(io, rest, 1, (vault) => undoCommand(vault, configDir));
      case 'checkin':
        if (!rest[0]) throw new UsageError('name the vault folder first');
        return await checkinCommand(rest, args, io, openVault(rest[0]), settingsFrom(args), configDir, args.today ?? localToday());
      default:
        throw new UsageError(`unknown command "${command}" (try: board, index, toggle, set-status, add-task, undo, checkin)`);
    }
  } catch (error) {
    io.err(`roadmap: ${messageOf(error).split('\n')[0]}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}

function settingsFrom(args: ParsedArgs): Settings {
  const settings = makeSettings();
  if (args.tags.length) settings.roadmapTags = args.tags;
  settings.roadmapFolders = args.folders;
  settings.allNotes = args.all;
  if (args.linkDepth !== null) settings.linkDepth = args.linkDepth;
  return settings;
}

function openVault(path: string | undefined): FsVault {
  const root = path ?? 'example-vault';
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`vault folder not found: ${root}`);
  return new FsVault(root);
}

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function readCommand(command: 'board' | 'index', rest: string[], args: ParsedArgs, io: Io): Promise<number> {
  if (rest.length > 1) throw new UsageError(`${command} takes one vault folder, got ${rest.length}`);
  const vault = openVault(rest[0]);
  const { roadmap, errors } = await indexVault(vault, settingsFrom(args));
  for (const error of errors) io.err(`roadmap: ${error.path}: ${error.message}\n`);
  if (command === 'board') {
    io.out(renderBoard(roadmap, args.today ?? localToday()));
  } else if (args.json) {
    io.out(JSON.stringify({ version: 1, ...roadmap, errors }, null, 2) + '\n');
  } else {
    const items = roadmap.groups.reduce((n, g) => n + g.items.length, 0);
    io.out(`${roadmap.notes.length} notes, ${roadmap.groups.length} groups, ${items} items, ${roadmap.checkins.length} check-ins, ${roadmap.links.length} links, ${errors.length} errors (add --json for the model)\n`);
  }
  return 0;
}

/** A command that writes: needs the vault explicitly, then its own arguments. */
async function writeCommand(io: Io, rest: string[], count: number, act: (vault: FsVault) => Promise<string>): Promise<number> {
  if (!rest[0]) throw new UsageError('name the vault folder first');
  if (rest.length > count) throw new UsageError(`too many arguments (${rest.length}); quote text that holds spaces`);
  const message = await act(openVault(rest[0]));
  io.out(`${message}\n`);
  return 0;
}
