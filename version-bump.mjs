// Copies package.json's version into manifest.json and records it in versions.json with
// the manifest's minAppVersion (`npm version patch|minor` runs it). Unlike Obsidian's
// sample plugin, every version is recorded, not only those that raise minAppVersion:
// `npm run release:check` then sees that the version released is the one listed.
import { readFileSync, writeFileSync } from 'node:fs';

const targetVersion = process.env.npm_package_version;
const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
const { minAppVersion } = manifest;
manifest.version = targetVersion;
writeFileSync('manifest.json', JSON.stringify(manifest, null, 2) + '\n');
const versions = JSON.parse(readFileSync('versions.json', 'utf8'));
versions[targetVersion] = minAppVersion;
writeFileSync('versions.json', JSON.stringify(versions, null, 2) + '\n');
