// npm run release:check: builds the plugin and checks what a release would ship — the three
// files Obsidian downloads (main.js, manifest.json, styles.css), the manifest as the
// community-plugins submission checks it, versions.json, the tag a release is made from,
// and the bundle's size and syntax (it must load on iOS 15, without Node or Electron).
// Prints each problem and exits 1 when there is one. `--tag T` (or GITHUB_REF_NAME in the
// release workflow) also checks that T is the version being released.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BUNDLE_BUDGET = 512 * 1024;
export const RELEASE_FILES = ['main.js', 'manifest.json', 'styles.css'];

/**
 * APIs that iOS 15 Safari (Obsidian's oldest mobile WebView) lacks; esbuild lowers syntax
 * for Safari 15 but never replaces an API, so a call to one of these fails there at run time.
 */
const MISSING_ON_IOS15 = [
  ['structuredClone', /\bstructuredClone\b/],
  ['Object.hasOwn', /\bObject\.hasOwn\b/],
  ['Array.prototype.at', /\.at\(/],
  ['findLast / findLastIndex', /\.findLast(?:Index)?\(/],
  ['toSorted / toReversed / toSpliced', /\.to(?:Sorted|Reversed|Spliced)\(/],
  ['Object.groupBy / Map.groupBy', /\b(?:Object|Map)\.groupBy\b/],
  ['Array.fromAsync', /\bArray\.fromAsync\b/],
  ['Promise.withResolvers', /\bPromise\.withResolvers\b/],
  ['crypto.randomUUID', /\brandomUUID\b/],
  ['AbortSignal.timeout', /\bAbortSignal\.timeout\b/],
  ['String.prototype.isWellFormed', /\.(?:is|to)WellFormed\(/],
];

/** What in a bundle's text would break Obsidian on iOS 15 or on mobile at all. */
export function bundleProblems(bundle) {
  const problems = [];
  // A lookbehind in a regex literal is a syntax error that stops the whole file loading;
  // in a RegExp source it throws where it is built. Either way its text is in the bundle.
  for (const match of bundle.matchAll(/\(\?<[=!]/g)) problems.push(`regex lookbehind: …${bundle.slice(Math.max(0, match.index - 20), match.index + 30)}…`);
  for (const [name, pattern] of MISSING_ON_IOS15) if (pattern.test(bundle)) problems.push(`missing on iOS 15: ${name}`);
  const nodeOnly = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'electron']);
  for (const match of bundle.matchAll(/require\(["']([^"']+)["']\)/g)) if (nodeOnly.has(match[1])) problems.push(`Node or Electron module: ${match[1]}`);
  if (/\bprocess\.(?:env|cwd|platform)\b/.test(bundle)) problems.push('Node global: process');
  return problems;
}

const SEMVER = /^\d+\.\d+\.\d+$/;

/**
 * The manifest as the community-plugins submission checks it (docs.obsidian.md "Manifest"
 * and the submission guidelines), versions.json, package.json's version, and the tag.
 */
export function manifestProblems({ manifest, versions, packageVersion, npmrc, tag }) {
  const problems = [];
  const need = (field, type) => {
    if (typeof manifest[field] !== type || (type === 'string' && !manifest[field].trim())) problems.push(`manifest.json: "${field}" must be a ${type === 'string' ? 'non-empty string' : type}`);
  };
  for (const field of ['id', 'name', 'version', 'minAppVersion', 'description', 'author']) need(field, 'string');
  need('isDesktopOnly', 'boolean');
  const { id = '', name = '', version = '', minAppVersion = '', description = '' } = manifest;
  if (typeof id === 'string' && id) {
    if (!/^[a-z0-9_-]+$/.test(id)) problems.push(`manifest.json: id "${id}" may hold only lowercase letters, digits, "-" and "_"`);
    if (/obsidian/i.test(id)) problems.push(`manifest.json: id "${id}" must not contain "obsidian"`);
    if (/plugin$/i.test(id)) problems.push(`manifest.json: id "${id}" must not end with "plugin"`);
  }
  if (typeof name === 'string') {
    if (/obsidian/i.test(name)) problems.push(`manifest.json: name "${name}" must not contain "Obsidian"`);
    if (/plugin/i.test(name)) problems.push(`manifest.json: name "${name}" must not contain "Plugin"`);
  }
  if (typeof description === 'string') {
    if (description.length > 250) problems.push(`manifest.json: description is ${description.length} characters (at most 250)`);
    if (/obsidian/i.test(description)) problems.push('manifest.json: description must not contain "Obsidian"');
    if (/^this (?:plugin|is a plugin)\b/i.test(description)) problems.push('manifest.json: description must not start with "This plugin"');
    if (description && !/[.!?)]$/.test(description)) problems.push('manifest.json: description must end with a full stop');
  }
  if (typeof version === 'string' && version && !SEMVER.test(version)) problems.push(`manifest.json: version "${version}" must be x.y.z`);
  if (typeof minAppVersion === 'string' && minAppVersion && !SEMVER.test(minAppVersion)) problems.push(`manifest.json: minAppVersion "${minAppVersion}" must be x.y.z`);
  if (packageVersion !== version) problems.push(`package.json's version ${packageVersion} is not manifest.json's ${version} (bump with npm version)`);
  if (!versions || typeof versions !== 'object' || Array.isArray(versions)) problems.push('versions.json must be an object of version → minAppVersion');
  else if (versions[version] !== minAppVersion) problems.push(`versions.json must hold "${version}": "${minAppVersion}" (it holds ${JSON.stringify(versions[version] ?? null)})`);
  // Obsidian finds a release by the manifest's version: the tag is that version, no "v".
  if (!/^tag-version-prefix\s*=\s*""\s*$/m.test(npmrc ?? '')) problems.push('.npmrc must set tag-version-prefix="" (a release tag is the bare version)');
  if (tag !== undefined && tag !== version) problems.push(`the tag "${tag}" is not the version "${version}" (tags are x.y.z, without "v")`);
  return problems;
}

/** Every problem of the release that `root` would ship, as it is now (build it first). */
export function releaseProblems(root, { tag } = {}) {
  const problems = [];
  for (const file of RELEASE_FILES) if (!existsSync(join(root, file)) || !statSync(join(root, file)).size) problems.push(`${file} is missing or empty`);
  if (problems.length) return problems;
  const json = (file) => {
    try {
      return JSON.parse(readFileSync(join(root, file), 'utf8'));
    } catch (error) {
      problems.push(`${file} is not valid JSON (${error.message})`);
      return {};
    }
  };
  const manifest = json('manifest.json');
  const versions = existsSync(join(root, 'versions.json')) ? json('versions.json') : null;
  const packageVersion = json('package.json').version;
  const npmrc = existsSync(join(root, '.npmrc')) ? readFileSync(join(root, '.npmrc'), 'utf8') : '';
  problems.push(...manifestProblems({ manifest, versions, packageVersion, npmrc, tag }));
  const size = statSync(join(root, 'main.js')).size;
  if (size > BUNDLE_BUDGET) problems.push(`main.js is ${(size / 1024).toFixed(0)} KiB (at most ${BUNDLE_BUDGET / 1024} KiB)`);
  problems.push(...bundleProblems(readFileSync(join(root, 'main.js'), 'utf8')).map((problem) => `main.js: ${problem}`));
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const args = process.argv.slice(2);
  const tagAt = args.indexOf('--tag');
  const tag = tagAt >= 0 ? args[tagAt + 1] : process.env.GITHUB_REF_TYPE === 'tag' ? process.env.GITHUB_REF_NAME : undefined;
  execFileSync(process.execPath, ['esbuild.config.mjs'], { cwd: root, stdio: 'inherit' });
  const problems = releaseProblems(root, { tag });
  for (const problem of problems) console.error(`release: ${problem}`);
  if (problems.length) process.exit(1);
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  console.log(`release ${manifest.version}: ${RELEASE_FILES.join(', ')} (main.js ${(statSync(join(root, 'main.js')).size / 1024).toFixed(0)} KiB) ready`);
}
