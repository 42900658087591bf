import { existsSync, statSync } from 'node:fs';
import { indexVault, messageOf } from '../core/index/indexVault';
import { makeSettings, type Settings } from '../core/settings';
import { parseArgs, UsageError, type ParsedArgs } from './args';
import { renderBoard } from './boardText';
import { FsVault } from './fsVault';

const HELP = `roadmap — the Roadmap Board core on a vault folder

Usage:
  roadmap board [vault]            the board as text
  roadmap index [vault] --json     the model as JSON
Options for every command that reads the vault:
  --tag T          a roadmap tag (repeatable; replaces the defaults #projects, #roadmap)
  --folder F       a roadmap folder (repeatable)
  --all            every note is a roadmap note
  --link-depth N   how many wikilink hops to follow (0–5, default 1)
  --today DATE     the date overdue is counted from (default: today)
The vault defaults to ./example-vault.`;

/** Refusal of a write or bad input: exit 1 with a one-line reason. */
export class Refusal extends Error {}

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    const args = parseArgs(argv);
    const [command, ...rest] = args.positionals;
    if (args.help || !command || command === 'help') {
      io.out(HELP + '\n');
      return args.help || command === 'help' ? 0 : 2;
    }
    switch (command) {
      case 'board':
      case 'index':
        return await readCommand(command, rest, args, io);
      default:
        throw new UsageError(`unknown command "${command}" (try: board, index)`);
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
