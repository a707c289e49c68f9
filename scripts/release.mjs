// `npm run release` (after `npm run build`): what anyone can install, in dist/release/.
//   workbook/                         the workbook as static files: upload to any HTTPS host, at any path
//   proreg-companion-chrome-V.zip     the extension for the Chrome Web Store
//   proreg-companion-firefox-V.zip    the extension for Firefox Add-ons
// V is package.json's version; the build already wrote it into the extension's manifest.
// `--out DIR` writes elsewhere (the release test does).

import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import webExt from 'web-ext';

const root = resolve(import.meta.dirname, '..');
const outAt = process.argv.indexOf('--out');
const out = outAt > 0 && process.argv[outAt + 1] ? resolve(process.argv[outAt + 1]) : join(root, 'dist/release');
const stage = join(out, '.stage');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const built = { pwa: join(root, 'dist/pwa'), extension: join(root, 'dist/extension') };

if (!existsSync(join(built.pwa, 'index.html')) || !existsSync(join(built.extension, 'manifest.json'))) {
  console.error('dist/pwa or dist/extension is missing: run `npm run build` first (`npm run release` does).');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(join(built.extension, 'manifest.json'), 'utf8'));
if (manifest.version !== version) {
  console.error(`dist/extension is version ${manifest.version}, package.json says ${version}: run \`npm run build\` again.`);
  process.exit(1);
}

// Only what this script writes is replaced: `--out` may name a folder that holds other things.
rmSync(join(out, 'workbook'), { recursive: true, force: true });
rmSync(stage, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

/** Copies the built extension and writes the manifest one store wants. */
function stageExtension(name, edit) {
  const dir = join(stage, name);
  cpSync(built.extension, dir, { recursive: true });
  const own = structuredClone(manifest);
  edit(own);
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(own, null, 2)}\n`);
  return dir;
}

// Chrome's zip is the build every Chromium test loads (Chrome uses background.service_worker and
// ignores the rest). Firefox's drops the service worker key, which Firefox ignores, with a lint
// warning, in favour of background.scripts.
const firefox = stageExtension('firefox', (m) => {
  delete m.background.service_worker;
});

/** Zips a folder with web-ext (no update check, no config files read). */
async function zip(sourceDir, filename) {
  await webExt.cmd.build(
    { sourceDir, artifactsDir: out, filename, overwriteDest: true, ignoreFiles: [] },
    { shouldExitProgram: false, showReadyMessage: false },
  );
  return join(out, filename);
}

cpSync(built.pwa, join(out, 'workbook'), { recursive: true });
const files = [
  await zip(built.extension, `proreg-companion-chrome-${version}.zip`),
  await zip(firefox, `proreg-companion-firefox-${version}.zip`),
];
rmSync(stage, { recursive: true, force: true });

const kb = (file) => `${(statSync(file).size / 1024).toFixed(1)} KB`;
console.log(`\nRelease ${version} in ${out}:`);
console.log(`  workbook/  static files: serve them from any HTTPS address, at any path`);
for (const file of files) console.log(`  ${file.slice(out.length + 1)}  ${kb(file)}`);
