// The areas `npm run test:mutation -- <area>` mutates, each with the suites that kill its
// mutants (read by stryker.config.mjs and vitest.mutation.config.ts). An area is sized
// to finish in under 20 minutes on two cores; docs/MUTATION.md has the scores and times.
//
// node: node suites (UTC unless `zone` says otherwise); browser: suites run in headless
// Chromium, for the code only the views reach. A suite that spawns the built CLI never
// sees a mutant (the child process runs dist/cli.cjs): the CLI areas rely on the suites
// that call `run()` in the test's own process.

/** @typedef {{ mutate: string[], node: string[], exclude?: string[], browser?: string[], zone?: string, about: string }} Area */

// The Obsidian layer's files that need a DOM (Svelte mounted in an ItemView, Reading
// view's post-processor, IndexedDB): their suites run in Chromium, so they are an area
// of their own, and the rest of the layer is mutated against the quick node suites.
const VIEWS = ['src/obsidian/boardView.ts', 'src/obsidian/timelineView.ts', 'src/obsidian/checkinView.ts', 'src/obsidian/readingView.ts', 'src/obsidian/editorDoors.ts', 'src/obsidian/idbCache.ts'];
// The plugin entry and what it registers; the plugin suites start it for nearly every
// test, so its mutants are many runs each: an area of its own keeps both under 20 minutes.
const PLUGIN = ['src/main.ts', 'src/obsidian/settingsTab.ts', 'src/obsidian/commands.ts', 'src/obsidian/noteActions.ts', 'src/obsidian/reminder.ts', 'src/obsidian/openViews.ts', 'src/obsidian/icons.ts', 'src/obsidian/views.ts'];

// The CLI's files that name targets and write: an area of their own (see `cli-write`).
const CLI_WRITE = ['src/cli/editCommands.ts', 'src/cli/targets.ts', 'src/cli/fsVault.ts', 'src/cli/stateFiles.ts', 'src/cli/vaultSetup.ts', 'src/cli/fileCache.ts', 'src/cli/yaml.ts'];

/** @type {Record<string, Area>} */
export const AREAS = {
  core: {
    about: "the core's edits, write path, board, check-in, dates and column words",
    mutate: ['src/core/edit/**/*.ts', 'src/core/write/**/*.ts', 'src/core/board/**/*.ts', 'src/core/checkin/**/*.ts', 'src/core/parse/dates.ts', 'src/core/model/columns.ts'],
    node: [
      'tests/core/edit/**/*.test.ts',
      'tests/core/write/**/*.test.ts',
      'tests/core/board/**/*.test.ts',
      'tests/core/checkin/**/*.test.ts',
      'tests/core/model/columns.test.ts',
      'tests/core/parse/dates.test.ts',
      'tests/core/survivors.test.ts',
      'tests/faults/**/*.test.ts',
    ],
    // Slow, and aimed at the index rather than the mutated modules.
    exclude: ['tests/faults/hugeNote.test.ts', 'tests/faults/cache.test.ts'],
  },
  obsidian: {
    about: 'the Obsidian layer under the doors: the writer, editors, vault adapter, view actions, check-in host, Tasks',
    mutate: ['src/obsidian/**/*.ts', ...[...VIEWS, ...PLUGIN].map((f) => `!${f}`)],
    node: ['tests/obsidian/**/*.test.ts', 'tests/faults/plugin.test.ts', 'tests/faults/externalWrite.test.ts'],
    // Dates the plugin computes must be the person's local day (Kiritimati is UTC+14).
    zone: 'Pacific/Kiritimati',
  },
  plugin: {
    about: 'the plugin entry and what it registers: settings tab, commands, views opened, notes made, reminder, icons',
    mutate: PLUGIN,
    node: ['tests/obsidian/**/*.test.ts', 'tests/faults/plugin.test.ts', 'tests/faults/badInput.test.ts'],
    zone: 'Pacific/Kiritimati',
  },
  views: {
    about: "the Obsidian layer's views (board, check-in, timeline), Reading view, Live Preview's doors, the IndexedDB cache, in Chromium",
    mutate: VIEWS,
    // What Obsidian asks of a view before showing it needs no DOM.
    node: ['tests/obsidian/viewsMeta.test.ts'],
    browser: ['tests/browser/editorDoors.test.ts', 'tests/browser/boardView.test.ts', 'tests/browser/timelineView.test.ts', 'tests/browser/checkinView.test.ts', 'tests/browser/readingView.test.ts', 'tests/browser/livePreview.test.ts', 'tests/browser/idbCache.test.ts'],
  },
  // The CLI in two areas (one was 1,300 mutants and 25 minutes): what it reads and prints,
  // and how it names a target and writes a note.
  cli: {
    about: "the CLI's arguments and the commands that read and print (src/cli), run in the test process through run()",
    mutate: ['src/cli/**/*.ts', '!src/cli/bin.ts', ...CLI_WRITE.map((f) => `!${f}`)],
    node: ['tests/cli/**/*.test.ts'],
  },
  'cli-write': {
    about: "the CLI's targets, edit commands, the vault on disk, its state files and settings (src/cli)",
    mutate: CLI_WRITE,
    node: ['tests/cli/**/*.test.ts', 'tests/faults/cache.test.ts', 'tests/faults/externalWrite.test.ts', 'tests/faults/unreadable.test.ts', 'tests/faults/badInput.test.ts', 'tests/faults/malformedFrontmatter.test.ts'],
  },
  index: {
    about: 'the index: reading, caching and keeping the model current (src/core/index)',
    mutate: ['src/core/index/**/*.ts'],
    // The plugin's start-up and synced-data suites drive the live index as Obsidian does;
    // the rest of the plugin suites only repeat that at many times the cost, and the
    // 2,000-note messy vault (40 s a run under coverage) is a test of the reader.
    node: ['tests/core/index/**/*.test.ts', 'tests/faults/cache.test.ts', 'tests/faults/unreadable.test.ts', 'tests/obsidian/startup.test.ts', 'tests/obsidian/syncedData.test.ts'],
  },
  timeline: {
    about: "the timeline's rows and scale (src/core/timeline)",
    mutate: ['src/core/timeline/**/*.ts'],
    node: ['tests/core/timeline/**/*.test.ts'],
    browser: ['tests/browser/timeline.test.ts'],
  },
  model: {
    about: 'the model built from a parsed note (src/core/model; its column words are in `core`)',
    mutate: ['src/core/model/**/*.ts', '!src/core/model/columns.ts'],
    // The model's own suites and the vaults of fixtures; the index's suites (which also
    // build models) made a run of 1,363 mutants take over 35 minutes.
    // And the suites of what the model's parts serve: due marks (board, timeline), status
    // words (edits), link resolution and selection (the index), the cache's checks.
    node: [
      'tests/core/model/**/*.test.ts',
      'tests/core/parse/markdown.test.ts',
      'tests/core/parse/htmlCheckbox.test.ts',
      'tests/fixtures.test.ts',
      'tests/faults/containers.test.ts',
      'tests/faults/tableCells.test.ts',
      'tests/faults/twins.test.ts',
      'tests/core/board/**/*.test.ts',
      'tests/core/timeline/**/*.test.ts',
      'tests/core/edit/{setState,setStatus,oneTruth,toggle}.test.ts',
      'tests/core/index/{indexCache,indexParts,liveIndexEdges,liveIndex}.test.ts',
    ],
  },
  ui: {
    about: "the views' logic in TypeScript (src/ui/**/*.ts)",
    mutate: ['src/ui/**/*.ts'],
    // The logic is tested in node; the browser suite is the one for what needs a DOM
    // (elements across realms, the menu's own root). The component suites ran every
    // browser test for most mutants: ~12 s a mutant, over half an hour.
    node: ['tests/ui/**/*.test.ts'],
    browser: ['tests/browser/elements.test.ts'],
  },
};

/** The area named by MUTATION_AREA (default `core`); throws on an unknown name. */
export function currentArea(name = process.env.MUTATION_AREA || 'core') {
  const area = AREAS[name];
  if (!area) throw new Error(`unknown mutation area "${name}" (areas: ${Object.keys(AREAS).join(', ')})`);
  return { name, ...area };
}
