/**
 * npm run bench [-- --notes N] [--seed S] [--json FILE]: speed and memory of the index on
 * a synthetic vault, every figure measured side by side in this one process.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { FileCache } from '../src/cli/fileCache';
import { readYaml } from '../src/cli/yaml';
import { FsVault } from '../src/cli/fsVault';
import { toggleCheckbox } from '../src/core/edit/toggle';
import { LiveIndex } from '../src/core/index/liveIndex';
import { refOf } from '../src/core/model/ref';
import type { Roadmap, Task } from '../src/core/model/types';
import { extractNote } from '../src/core/parse/extract';
import { setYamlParser } from '../src/core/parse/frontmatter';
import { parseMarkdown } from '../src/core/parse/markdown';
import { scanNote } from '../src/core/parse/scan';
import { makeSettings } from '../src/core/settings';
import { NO_TASKS_PLUGIN, writeRules } from '../src/core/write/rules';
import { resolveAction } from '../src/core/write/actions';
import { generatePersonalVault, generateVault, type SyntheticNote } from './generateVault';
import { measureOnload } from './onload';

setYamlParser(readYaml);

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const NOTES = Number(option('--notes', '10000'));
const SEED = Number(option('--seed', '1'));
const JSON_OUT = option('--json', '');
if (!Number.isInteger(NOTES) || NOTES < 100) throw new Error('--notes must be a whole number ≥ 100');

const root = join(tmpdir(), `roadmap-bench-${NOTES}-${SEED}`);
const nowMs = () => performance.now();
const gc = (globalThis as { gc?: () => void }).gc;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const yieldNow = () => new Promise<void>((resolve) => setImmediate(resolve));
const settings = makeSettings();

function writeVault(dir: string, notes: Iterable<SyntheticNote>): number {
  rmSync(dir, { recursive: true, force: true });
  let count = 0;
  for (const note of notes) {
    const file = join(dir, note.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, note.text);
    count++;
  }
  writeFileSync(join(dir, '.complete'), String(count));
  return count;
}

function ensureVaults() {
  const all = join(root, 'vault');
  if (!existsSync(join(all, '.complete'))) {
    writeVault(all, generateVault(NOTES, SEED));
    const notes = [...generateVault(Math.min(NOTES, 10000), SEED)];
    // Sub-vaults for memory per kind of note: only roadmap notes (no links out), only others.
    writeVault(join(root, 'roadmap-only'), notes.filter((n) => n.roadmap).map((n) => ({ ...n, text: n.text.replace(/\[\[[^\]]*\]\]/g, 'x') })));
    writeVault(join(root, 'other-only'), notes.filter((n) => !n.roadmap).slice(0, 2000));
  }
  return all;
}

async function coldIndex(dir: string, cacheFile: string | null) {
  const index = new LiveIndex(new FsVault(dir), settings, { yieldNow, cache: cacheFile ? new FileCache(cacheFile) : undefined });
  await index.build();
  return index;
}

/** Checkboxes in a model: items with their own checkbox and every task, nested ones too. */
function checkboxCount(roadmap: Roadmap): number {
  const tasks = (list: readonly Task[]): number => list.reduce((n, task) => n + 1 + tasks(task.tasks), 0);
  return roadmap.groups.reduce((n, group) => n + group.items.reduce((m, item) => m + (item.ref ? 1 : 0) + tasks(item.tasks), 0), 0);
}

/**
 * Heap held by an index of a folder, its model built and held as while a board is open:
 * the heap with the index alive less the heap once it is dropped, each after full GCs a
 * turn of the event loop apart. Measured this way round, the garbage of building it and
 * V8 flushing old bytecode cannot offset it. Median of 3 (a few hundred KB, 20 roadmap
 * notes at 2,000, is within the heap's noise). Also the notes and checkboxes it holds.
 */
async function retained(dir: string): Promise<{ bytes: number; notes: number; checkboxes: number }> {
  const settledHeap = async () => {
    for (let i = 0; i < 3; i++) {
      gc?.();
      await new Promise((resolve) => setImmediate(resolve));
    }
    return process.memoryUsage().heapUsed;
  };
  let checkboxes = 0;
  const measure = async () => {
    const hold: { index: LiveIndex | null; model: Roadmap | null } = { index: await coldIndex(dir, null), model: null };
    hold.model = hold.index!.snapshot.roadmap;
    checkboxes = checkboxCount(hold.model);
    const alive = await settledHeap();
    hold.index!.dispose();
    hold.index = hold.model = null;
    return Math.max(0, alive - (await settledHeap()));
  };
  const bytes = median([await measure(), await measure(), await measure()]);
  return { bytes, notes: Number(readFileSync(join(dir, '.complete'), 'utf8')), checkboxes };
}

/** 50 copies each of the example vault's two roadmap notes. */
function* designNotes(): Generator<SyntheticNote> {
  for (const name of ['Projects.md', '2026 Systems Engineering Roadmap.md']) {
    const text = readFileSync(join('example-vault', name), 'utf8').replace(/\[\[[^\]]*\]\]/g, 'x');
    for (let i = 0; i < 50; i++) yield { path: `${i} ${name}`, text, roadmap: true };
  }
}

/** What the --all figures were measured over, for the table. */
const allNotesFacts = { personalFiles: 0, personalBytes: 0, personalParsed: 0, allGroups: 0 };

/**
 * --all over a personal vault (issue: 1,875 notes, 11 MB took 7.5–10.5 s): every note is
 * a roadmap note. Against: reading and scanning every note, plus parsing with remark only
 * the blocks (text between blank lines) that hold a checkbox, a table or a wikilink.
 */
async function allNotesFigures(timed: (run: () => Promise<unknown>) => Promise<number>): Promise<Record<string, number>> {
  const parser = unified().use(remarkParse).use(remarkGfm);
  const personal = join(root, 'personal');
  if (!existsSync(join(personal, '.complete'))) writeVault(personal, generatePersonalVault(2000, SEED));
  const personalVault = new FsVault(personal);
  allNotesFacts.personalFiles = (await personalVault.list()).filter((f) => f.path.endsWith('.md')).length;
  const needsParse = (text: string) => /\[[ x/-]\]|<input|\[\[|^\|.*\|\s*$/m.test(text);
  const allFloorMs = await timed(async () => {
    allNotesFacts.personalBytes = 0;
    allNotesFacts.personalParsed = 0;
    for (const file of (await personalVault.list()).filter((f) => f.path.endsWith('.md'))) {
      const text = await personalVault.read(file.path);
      allNotesFacts.personalBytes += text.length;
      scanNote(text);
      // Only the blocks (between blank lines) that hold what the model needs.
      const needed = text.split(/\n[ \t]*\n/).filter(needsParse);
      if (needed.length) {
        parser.parse(needed.join('\n\n'));
        allNotesFacts.personalParsed++;
      }
    }
  });
  const allSettings = makeSettings({ allNotes: true });
  const allColdMs = await timed(async () => {
    const all = new LiveIndex(personalVault, allSettings, { yieldNow });
    await all.build();
    allNotesFacts.allGroups = all.snapshot.roadmap.groups.length;
    all.dispose();
  });
  return { allFloorMs, allColdMs };
}

async function main() {
  if (process.argv.includes('--only-all')) {
    // The --all figures alone (a minute, not ten): node dist/bench.cjs --only-all
    const once = async (run: () => Promise<unknown>) => {
      await run();
      const start = nowMs();
      await run();
      return nowMs() - start;
    };
    console.log(JSON.stringify({ ...(await allNotesFigures(once)), ...allNotesFacts }));
    return;
  }
  const dir = ensureVaults();
  const vault = new FsVault(dir);
  const result: Record<string, number> = {};

  // Every figure below is the median of REPS timed runs after one untimed warm-up run
  // (compiled code, the disk cache and libuv's threads warm for each alike).
  const REPS = 3;
  const timed = async (run: () => Promise<unknown>) => {
    await run();
    const times: number[] = [];
    for (let i = 0; i < REPS; i++) {
      const start = nowMs();
      await run();
      times.push(nowMs() - start);
    }
    return median(times);
  };

  // floor: list the vault, read every note and find its tags with a line scan — what
  // any indexer must do (the cold index lists the vault too).
  let files = (await vault.list()).filter((f) => f.path.endsWith('.md'));
  let tagged = 0;
  result.floorMs = await timed(async () => {
    files = (await vault.list()).filter((f) => f.path.endsWith('.md'));
    tagged = 0;
    for (const file of files) if (scanNote(await vault.read(file.path)).tags.length) tagged++;
  });

  // naive: remark + GFM over every note, extrapolated from a sample by size; measured
  // before any index is alive, so its garbage collection is not charged to remark.
  const parser = unified().use(remarkParse).use(remarkGfm);
  const step = Math.max(1, Math.floor(files.length / 300));
  let sampleBytes = 0;
  let totalBytes = 0;
  let sampled = 0;
  const texts: string[] = [];
  for (let i = 0; i < files.length; i += step) texts.push(await vault.read(files[i].path));
  for (const file of files) totalBytes += file.size;
  for (const text of texts.slice(0, 20)) parser.parse(text);
  let t = nowMs();
  for (const text of texts) {
    parser.parse(text);
    sampleBytes += Buffer.byteLength(text);
    sampled++;
  }
  result.naiveMs = ((nowMs() - t) * totalBytes) / sampleBytes;

  // cold: our full index, no cache; the longest synchronous stretch while it runs.
  const cacheFile = join(root, 'cache.json');
  rmSync(cacheFile, { force: true });
  result.coldMs = await timed(async () => (await coldIndex(dir, null)).dispose());
  // maxSlice with a view open: a listener reads the model of every snapshot published.
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  const index = new LiveIndex(vault, settings, { yieldNow, cache: new FileCache(cacheFile) });
  let shownGroups = 0;
  index.subscribe((snapshot) => (shownGroups = snapshot.roadmap.groups.length));
  await index.build();
  loop.disable();
  if (!shownGroups) throw new Error('the benchmark vault has no groups');
  result.maxSliceMs = loop.max / 1e6;
  await index.saveCache();
  const parsed = index.digests.size;

  // warm: a valid persistent cache.
  result.warmMs = await timed(async () => (await coldIndex(dir, cacheFile)).dispose());

  // parseOnce and incremental: a ~10 KB roadmap note.
  const read = new Set(index.snapshot.roadmap.notes.map((n) => n.path));
  const roadmapFiles = files.filter((f) => read.has(f.path) && f.size > 2048 && index.digests.get(f.path)?.tags.includes('roadmap'));
  const target = roadmapFiles.reduce((a, b) => (Math.abs(b.size - 10240) < Math.abs(a.size - 10240) ? b : a));
  const original = await vault.read(target.path);
  for (let i = 0; i < 3; i++) parseMarkdown(original);
  result.parseOnceMs = median(Array.from({ length: 7 }, () => ((t = nowMs()), parseMarkdown(original), nowMs() - t)));
  const incremental: number[] = [];
  let shown = index.snapshot.roadmap;
  for (let i = 0; i < 7; i++) {
    await vault.write(target.path, `${original}- [ ] added task ${i}\n`);
    t = nowMs();
    index.changed(target.path);
    await index.settled();
    shown = index.snapshot.roadmap;
    incremental.push(nowMs() - t);
  }
  if (!shown.groups.length) throw new Error('the benchmark vault has no groups');
  await vault.write(target.path, original);
  result.incrementalMs = median(incremental);

  // toggle: one splice on a 100 KB note.
  let big = '';
  for (const note of generateVault(5000, SEED + 1)) if (note.roadmap && big.length < 100 * 1024) big += note.text;
  const boxes = extractNote('big.md', big).blocks.flatMap((b) => (b.type === 'table' ? b.rows.flatMap((r) => r.cells.flatMap((c) => c.checkboxes)) : []));
  const ref = refOf('big.md', boxes[Math.floor(boxes.length / 2)]);
  const rules = writeRules(makeSettings(), NO_TASKS_PLUGIN, '2026-11-23');
  for (let i = 0; i < 5; i++) toggleCheckbox(big, ref, undefined, rules);
  result.toggleMs = median(Array.from({ length: 21 }, () => ((t = nowMs()), toggleCheckbox(big, ref, undefined, rules), nowMs() - t)));
  // The whole action as every door runs it (core/write): the toggle, what goes along, and
  // the message naming the item (one parse of the note).
  const action = { kind: 'toggle' as const, path: 'big.md', ref };
  for (let i = 0; i < 3; i++) resolveAction(big, action, rules);
  result.toggleActionMs = median(Array.from({ length: 11 }, () => ((t = nowMs()), resolveAction(big, action, rules), nowMs() - t)));

  // memory: retained heap with the index alive and its model held (a board open), per
  // checkbox of roadmap notes (the bulk of the model) and per other note.
  const roadmapHeap = await retained(join(root, 'roadmap-only'));
  result.heapPerCheckboxWithViewBytes = Math.round(roadmapHeap.bytes / roadmapHeap.checkboxes);
  const otherHeap = await retained(join(root, 'other-only'));
  result.heapPerOtherNoteBytes = Math.round(otherHeap.bytes / otherHeap.notes);
  // For comparison (printed, not a key): the same over copies of the example vault's
  // roadmap notes, the notes the product was designed from.
  const designed = join(root, 'design-notes');
  writeVault(designed, designNotes());
  const designHeap = await retained(designed);

  Object.assign(result, await allNotesFigures(timed));

  result.bundleBytes = existsSync('main.js') ? statSync('main.js').size : 0;
  result.onloadMs = await measureOnload();
  index.dispose();

  const rows: [string, number, string][] = [
    ['floorMs', result.floorMs, `list + read + tag scan of ${files.length} notes (${(totalBytes / 1e6).toFixed(1)} MB, ${tagged} tagged)`],
    ['coldMs', result.coldMs, `full index, no cache (${parsed} notes parsed)`],
    ['warmMs', result.warmMs, 'full index with a valid cache'],
    ['naiveMs', result.naiveMs, `remark + GFM on every note, extrapolated from ${sampled} sampled notes`],
    ['parseOnceMs', result.parseOnceMs, `one parse of a ${(target.size / 1024).toFixed(1)} KB roadmap note`],
    ['incrementalMs', result.incrementalMs, 'index update after that note changed, model built'],
    ['toggleMs', result.toggleMs, `one toggle on a ${(big.length / 1024).toFixed(0)} KB note`],
    ['toggleActionMs', result.toggleActionMs, `the same toggle as an action, its message included`],
    ['maxSliceMs', result.maxSliceMs, 'longest synchronous stretch during the cold index, a view open'],
    ['heapPerCheckboxWithViewBytes', result.heapPerCheckboxWithViewBytes, `retained heap per checkbox of ${roadmapHeap.notes} roadmap notes (${roadmapHeap.checkboxes} checkboxes), model held`],
    ['heapPerOtherNoteBytes', result.heapPerOtherNoteBytes, `retained heap per other note (${otherHeap.notes} notes)`],
    ['allFloorMs', result.allFloorMs, `read + scan ${allNotesFacts.personalFiles} personal notes (${(allNotesFacts.personalBytes / 1e6).toFixed(1)} MB), remark on their blocks with a checkbox, table or wikilink`],
    ['allColdMs', result.allColdMs, `--all index of those notes (${allNotesFacts.allGroups} groups)`],
    ['bundleBytes', result.bundleBytes, 'main.js'],
    ['onloadMs', result.onloadMs, 'plugin onload (test fake)'],
  ];
  console.log(`Roadmap Board benchmark: ${NOTES} notes, seed ${SEED}${gc ? '' : ' (run with --expose-gc for heap figures)'}`);
  for (const [key, value, what] of rows) console.log(`${key.padEnd(24)} ${value.toFixed(value < 10 ? 2 : 0).padStart(12)}  ${what}`);
  console.log(`\nheap per roadmap note, model held: synthetic ${Math.round(roadmapHeap.bytes / roadmapHeap.notes)} bytes (${roadmapHeap.checkboxes / roadmapHeap.notes} checkboxes a note); copies of the example vault's roadmap notes ${Math.round(designHeap.bytes / designHeap.notes)} bytes (${designHeap.checkboxes / designHeap.notes} checkboxes a note, ${Math.round(designHeap.bytes / Math.max(1, designHeap.checkboxes))} bytes a checkbox)`);
  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  console.log(`\ncoldMs/floorMs ${ratio(result.coldMs, result.floorMs)} (goal ≤ 5) · naiveMs/coldMs ${ratio(result.naiveMs, result.coldMs)} (≥ 20) · warmMs/floorMs ${ratio(result.warmMs, result.floorMs)} (≤ 1.5) · incrementalMs/parseOnceMs ${ratio(result.incrementalMs, result.parseOnceMs)} (≤ 1.3) · heapPerCheckboxWithViewBytes ${result.heapPerCheckboxWithViewBytes} (≤ 400) · heapPerOtherNoteBytes ${result.heapPerOtherNoteBytes} (≤ 256) · allColdMs/allFloorMs ${ratio(result.allColdMs, result.allFloorMs)} (≤ 2)`);
  if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify(result, null, 2) + '\n');
}

void main();
