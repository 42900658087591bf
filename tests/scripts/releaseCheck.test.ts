import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { manifestProblems, releaseProblems } from '../../scripts/releaseCheck.mjs';
import { tempDir } from '../helpers/tempVault';

const root = join(__dirname, '../..');
const json = (dir: string, file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
const repo = () => ({
  manifest: json(root, 'manifest.json'),
  versions: json(root, 'versions.json'),
  packageVersion: json(root, 'package.json').version,
  npmrc: readFileSync(join(root, '.npmrc'), 'utf8'),
});

describe('npm run release:check', () => {
  it("the repository's manifest, versions.json, package.json and .npmrc are what a release needs", () => {
    expect(manifestProblems(repo())).toEqual([]);
    expect(manifestProblems({ ...repo(), tag: String(repo().manifest.version) })).toEqual([]);
  });

  it('names each rule of the community-plugins submission a manifest breaks', () => {
    const broken = (over: Record<string, unknown>, extra: Record<string, unknown> = {}) => manifestProblems({ ...repo(), ...extra, manifest: { ...repo().manifest, ...over } });
    expect(broken({ id: 'obsidian-roadmap' })).toEqual(['manifest.json: id "obsidian-roadmap" must not contain "obsidian"']);
    expect(broken({ id: 'roadmap-plugin' })).toEqual(['manifest.json: id "roadmap-plugin" must not end with "plugin"']);
    expect(broken({ id: 'Roadmap Board' })).toEqual(['manifest.json: id "Roadmap Board" may hold only lowercase letters, digits, "-" and "_"']);
    expect(broken({ name: 'Obsidian Roadmap' })).toEqual(['manifest.json: name "Obsidian Roadmap" must not contain "Obsidian"']);
    expect(broken({ name: 'Roadmap Plugin' })).toEqual(['manifest.json: name "Roadmap Plugin" must not contain "Plugin"']);
    expect(broken({ description: `${'x'.repeat(250)}.` })).toEqual(['manifest.json: description is 251 characters (at most 250)']);
    expect(broken({ description: 'This plugin runs a roadmap.' })).toEqual(['manifest.json: description must not start with "This plugin"']);
    expect(broken({ description: 'A roadmap in Obsidian.' })).toEqual(['manifest.json: description must not contain "Obsidian"']);
    expect(broken({ description: 'A roadmap' })).toEqual(['manifest.json: description must end with a full stop']);
    expect(broken({ minAppVersion: undefined })).toContain('manifest.json: "minAppVersion" must be a non-empty string');
    expect(broken({ isDesktopOnly: 'no' })).toEqual(['manifest.json: "isDesktopOnly" must be a boolean']);
    expect(broken({ version: 'v1.0' })).toEqual(expect.arrayContaining(['manifest.json: version "v1.0" must be x.y.z']));
    expect(broken({}, { versions: {} })).toEqual([`versions.json must hold "${String(repo().manifest.version)}": "${String(repo().manifest.minAppVersion)}" (it holds null)`]);
    expect(broken({}, { packageVersion: '9.9.9' })).toEqual([`package.json's version 9.9.9 is not manifest.json's ${String(repo().manifest.version)} (bump with npm version)`]);
    expect(broken({}, { npmrc: '' })).toEqual(['.npmrc must set tag-version-prefix="" (a release tag is the bare version)']);
    expect(broken({}, { tag: `v${String(repo().manifest.version)}` })).toEqual([`the tag "v${String(repo().manifest.version)}" is not the version "${String(repo().manifest.version)}" (tags are x.y.z, without "v")`]);
  });

  it('checks the files a release ships: present, the bundle within budget and free of lookbehind', () => {
    const dir = tempDir();
    for (const file of ['manifest.json', 'versions.json', 'package.json', '.npmrc', 'styles.css']) copyFileSync(join(root, file), join(dir, file));
    writeFileSync(join(dir, 'main.js'), 'module.exports = {};\n');
    expect(releaseProblems(dir)).toEqual([]);
    // Spelled in two parts so this file holds no lookbehind itself.
    writeFileSync(join(dir, 'main.js'), `const a = /(?<${'!'}x)y/;\n`);
    expect(releaseProblems(dir)).toEqual([expect.stringMatching(/^main\.js: regex lookbehind/)]);
    writeFileSync(join(dir, 'main.js'), `${' '.repeat(513 * 1024)}`);
    expect(releaseProblems(dir)).toEqual(['main.js is 513 KiB (at most 512 KiB)']);
    rmSync(join(dir, 'styles.css'));
    expect(releaseProblems(dir)).toEqual(['styles.css is missing or empty']);
  });

  it('npm version minor keeps manifest.json and versions.json in step and tags the bare version', () => {
    const dir = tempDir();
    const pkg = json(root, 'package.json');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: pkg.name, version: pkg.version, private: true, scripts: { version: (pkg.scripts as Record<string, string>).version } }, null, 2));
    for (const file of ['manifest.json', 'versions.json', 'version-bump.mjs', '.npmrc']) copyFileSync(join(root, file), join(dir, file));
    const env = { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 't@example.com', npm_config_userconfig: join(dir, 'no-user-npmrc') };
    const run = (command: string, args: string[]) => execFileSync(command, args, { cwd: dir, env, encoding: 'utf8', stdio: 'pipe' });
    run('git', ['init', '-q']);
    run('git', ['add', '.']);
    run('git', ['commit', '-qm', 'start']);
    run('npm', ['version', 'minor']);
    const [major, minor] = String(pkg.version).split('.').map(Number);
    const next = `${major}.${minor + 1}.0`;
    const manifest = json(dir, 'manifest.json');
    expect(manifest.version).toBe(next);
    expect(json(dir, 'versions.json')[next]).toBe(manifest.minAppVersion);
    expect(run('git', ['tag']).trim()).toBe(next);
    // The version commit holds both files.
    expect(run('git', ['show', '--name-only', '--format=', 'HEAD']).trim().split('\n').sort()).toEqual(['manifest.json', 'package.json', 'versions.json']);
    expect(manifestProblems({ manifest, versions: json(dir, 'versions.json'), packageVersion: next, npmrc: readFileSync(join(dir, '.npmrc'), 'utf8'), tag: next })).toEqual([]);
  });

  it('the release workflow builds on a pushed tag, checks that tag, and releases the three files', () => {
    const workflow = parse(readFileSync(join(root, '.github/workflows/release.yml'), 'utf8')) as {
      on: { push: { tags: string[] } };
      permissions: Record<string, string>;
      jobs: Record<string, { steps: { run?: string; uses?: string }[] }>;
    };
    expect(workflow.on.push.tags).toEqual(['*']);
    expect(workflow.permissions.contents).toBe('write');
    const runs = Object.values(workflow.jobs).flatMap((job) => job.steps.map((step) => step.run ?? ''));
    const script = runs.join('\n');
    expect(script).toMatch(/npm ci\n\s*npm run release:check -- --tag "\$\{GITHUB_REF_NAME\}"/);
    expect(script).toMatch(/gh release create "\$tag"[^]*main\.js manifest\.json styles\.css/);
    // The check comes before the release is made.
    expect(script.indexOf('release:check')).toBeLessThan(script.indexOf('gh release create'));
  });
});
