#!/usr/bin/env node
// Fails when the modules under a folder (default: src) import each other in a cycle,
// type-only imports included: a cycle makes load order matter and hides what depends on
// what. Prints each cycle as a → b → a. Part of `npm run lint`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'"`;]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/g;
const DYNAMIC = /import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|svelte|mjs|js)$/.test(name) && !name.endsWith('.d.ts') ? [resolve(path)] : [];
  });
}

function target(from, spec) {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.svelte`, `${base}.mjs`, `${base}.js`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Every cycle among the modules under `root`, each as the list of its files (relative). */
export function cyclesIn(root) {
  const graph = new Map();
  for (const file of files(root)) {
    const text = readFileSync(file, 'utf8');
    const script = file.endsWith('.svelte') ? [...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n') : text;
    const deps = new Set();
    for (const pattern of [IMPORT, DYNAMIC]) for (const match of script.matchAll(pattern)) {
      const to = target(file, match[1]);
      if (to) deps.add(to);
    }
    graph.set(file, deps);
  }
  // Tarjan's strongly connected components: each component of more than one module (or a
  // module importing itself) holds a cycle.
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const components = [];
  const visit = (node) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), index.get(next)));
    }
    if (low.get(node) === index.get(node)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      // A module importing itself (a recursive Svelte component) is no cycle between modules.
      if (component.length > 1) components.push(component);
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return components.map((component) => shortestCycle(graph, component).map((file) => relative(process.cwd(), file)));
}

/** One concrete cycle through a component, found by a breadth-first search back to its first module. */
function shortestCycle(graph, component) {
  const inside = new Set(component);
  const start = [...component].sort()[0];
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length) {
    const node = queue.shift();
    for (const next of graph.get(node)) {
      if (next === start) {
        const path = [node];
        for (let at = previous.get(node); at; at = previous.get(at)) path.unshift(at);
        return [...path, start];
      }
      if (inside.has(next) && !previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start, start];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] ?? 'src';
  const cycles = cyclesIn(root);
  for (const cycle of cycles) console.error(`import cycle: ${cycle.join(' → ')}`);
  if (cycles.length) {
    console.error(`${cycles.length} import cycle${cycles.length === 1 ? '' : 's'} in ${root}/: break each by moving what both sides need into a module of its own`);
    process.exit(1);
  }
  console.log(`no import cycle in ${root}/`);
}
