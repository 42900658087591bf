import { existsSync, statSync } from 'node:fs';
import * as nodePath from 'node:path';
import { messageOf } from '../core/errors';
import { indexVault } from '../core/index/indexVault';
import { localIsoDate } from '../core/parse/dates';
import type { Settings } from '../core/settings';
import { DEFAULT_CONFIG_DIR, parseArgs, UsageError, type ParsedArgs } from './args';
import type { Io } from './io';
import { cliRules, cliSettings, cliWritePath, tasksStatuses } from './vaultSetup';
import { boardCommand } from './boardCommand';
import { timelineCommand } from './timelineCommand';
import { historyCommand, staleCommand } from './progressCommands';
import { checkinCommand } from './checkinCommand';
import { addItemCommand, addTaskCommand, moveCommand, setDateCommand, setStatusCommand, toggleCommand, undoCommand, undoListCommand, type EditContext } from './editCommands';
import { FsVault } from './fsVault';
import { COMMAND_HELP, HELP } from './help';
import { VaultTargets } from './targets';
import { stateFile } from './stateFiles';

const COMMANDS = ['board', 'timeline', 'history', 'stale', 'index', 'toggle', 'move', 'set-status', 'add-task', 'add-item', 'set-due', 'set-start', 'undo', 'checkin'];

export type { Io };

export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    const args = parseArgs(argv);
    const [command, ...rest] = args.positionals;
    if (!command || command === 'help') {
      const topic = command === 'help' ? rest[0] : undefined;
      io.out(`${topic && COMMAND_HELP[topic] ? COMMAND_HELP[topic] : HELP}\n`);
      return args.help || command === 'help' ? 0 : 2;
    }
    if (args.help) {
      if (!COMMAND_HELP[command]) throw new UsageError(`unknown command "${command}" (try: ${COMMANDS.join(', ')})`);
      io.out(`${COMMAND_HELP[command]}\n`);
      return 0;
    }
    const today = args.today ?? localIsoDate(new Date());
    switch (command) {
      case 'board':
      case 'timeline':
      case 'index': {
        if (rest.length > 1) throw new UsageError(`${command} takes one vault folder, got ${rest.length}`);
        const vault = openVault(rest[0], io);
        const settings = await cliSettings(args, vault, args.configDir ?? DEFAULT_CONFIG_DIR, io.err);
        if (command === 'board') return await boardCommand(vault, settings, args, io, today);
        if (command === 'timeline') return await timelineCommand(vault, settings, args, io, today);
        return await indexCommand(vault, settings, args, io);
      }
      case 'toggle':
        return await writeCommand(io, args, rest, 2, (ctx) => toggleCommand(ctx, rest[1]));
      case 'move':
        return await writeCommand(io, args, rest, 3, (ctx) => moveCommand(ctx, rest[1], rest[2]));
      case 'set-status':
        return await writeCommand(io, args, rest, 3, (ctx) => setStatusCommand(ctx, rest[1], rest[2]));
      case 'add-task':
        return await writeCommand(io, args, rest, 3, (ctx) => addTaskCommand(ctx, rest[1], rest[2]));
      case 'add-item':
        return await writeCommand(io, args, rest, 3, (ctx) => addItemCommand(ctx, rest[1], rest[2]));
      case 'set-due':
      case 'set-start':
        return await writeCommand(io, args, rest, 3, (ctx) => setDateCommand(ctx, command === 'set-due' ? 'due' : 'start', rest[1], rest[2]));
      case 'undo':
        if (args.list && rest.length > 1) throw new UsageError('undo --list takes no change number');
        return await writeCommand(io, args, rest, 2, (ctx) => (args.list ? undoListCommand(ctx) : undoCommand(ctx, rest[1])));
      case 'history':
      case 'stale': {
        if (rest.length > 1) throw new UsageError(`${command} takes one vault folder, got ${rest.length}`);
        const vault = openVault(rest[0], io);
        const run = command === 'history' ? historyCommand : staleCommand;
        return await run(vault, await cliSettings(args, vault, args.configDir ?? DEFAULT_CONFIG_DIR, io.err), args, io, args.configDir ?? DEFAULT_CONFIG_DIR, today);
      }
      case 'checkin': {
        const vault = openVault(requireVault(rest, 'checkin'), io);
        return await checkinCommand(rest, args, io, vault, await cliSettings(args, vault, args.configDir ?? DEFAULT_CONFIG_DIR, io.err), args.configDir ?? DEFAULT_CONFIG_DIR, today);
      }
      default:
        throw new UsageError(`unknown command "${command}" (try: ${COMMANDS.join(', ')})`);
    }
  } catch (error) {
    io.err(`roadmap: ${messageOf(error).split('\n')[0]}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}

function requireVault(rest: string[], command: string): string {
  if (!rest[0]) throw new UsageError(`${command} needs the vault folder first ("." for the current folder); see roadmap ${command} --help`);
  return rest[0];
}

/** The vault folder: as given (relative to the current folder), else the current folder. */
function openVault(path: string | undefined, io: Io): FsVault {
  const cwd = io.cwd ?? process.cwd();
  const root = nodePath.resolve(cwd, path ?? '.');
  const shown = path ?? root;
  if (!existsSync(root)) throw new UsageError(`vault folder not found: ${shown}`);
  if (!statSync(root).isDirectory()) throw new UsageError(`${shown} is a file, not a vault folder (give the folder that holds it)`);
  return new FsVault(root);
}

async function indexCommand(vault: FsVault, settings: Settings, args: ParsedArgs, io: Io): Promise<number> {
  const { roadmap, errors } = await indexVault(vault, settings, { tasksStatuses: await tasksStatuses(vault.root, args.configDir ?? DEFAULT_CONFIG_DIR) });
  for (const error of errors) io.err(`roadmap: ${error.path}: ${error.message}\n`);
  if (args.json) {
    io.out(JSON.stringify({ version: 1, ...roadmap, errors }, null, 2) + '\n');
  } else {
    const items = roadmap.groups.reduce((n, g) => n + g.items.length, 0);
    io.out(`${roadmap.notes.length} notes, ${roadmap.groups.length} groups, ${items} items, ${roadmap.checkins.length} check-ins, ${roadmap.links.length} links, ${errors.length} errors (add --json for the model)\n`);
  }
  return 0;
}

/** A command that writes: the vault named explicitly, then at most `count - 1` arguments. */
async function writeCommand(io: Io, args: ParsedArgs, rest: string[], count: number, act: (ctx: EditContext) => Promise<string>): Promise<number> {
  const command = args.positionals[0];
  const vault = openVault(requireVault(rest, command), io);
  if (rest.length > count) throw new UsageError(`too many arguments (${rest.length}); quote text that holds spaces`);
  const configDir = args.configDir ?? DEFAULT_CONFIG_DIR;
  const settings = await cliSettings(args, vault, configDir, io.err);
  const rules = await cliRules(args, vault, configDir, settings, args.today ?? localIsoDate(new Date()));
  const ctx: EditContext = { targets: new VaultTargets(vault), write: cliWritePath(vault, stateFile('undo', vault.root, configDir), settings.undoDepth), rules };
  io.out(`${await act(ctx)}\n`);
  return 0;
}
