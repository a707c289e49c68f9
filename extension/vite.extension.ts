import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import type { Plugin, UserConfig } from 'vite';
import manifest from '../manifest.json' with { type: 'json' };
import pkg from '../package.json' with { type: 'json' };

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Firefox runs MV3 background code as (module) background scripts, not a service worker: list the
 * built worker loader under background.scripts too, so one build loads in both browsers.
 */
function firefoxBackground(): Plugin {
  return {
    name: 'proreg-firefox-background',
    enforce: 'post',
    // crxjs writes the final manifest late, so amend the file once the build is on disk.
    closeBundle() {
      const file = join(root, 'dist/extension/manifest.json');
      if (!existsSync(file)) return;
      const built = JSON.parse(readFileSync(file, 'utf8')) as { background?: { service_worker?: string; scripts?: string[] } };
      if (!built.background?.service_worker) return;
      built.background.scripts = [built.background.service_worker];
      writeFileSync(file, `${JSON.stringify(built, null, 2)}\n`);
    },
  };
}

/** Build config of the Career Manager companion: an MV3 extension in dist/extension. */
export function extensionConfig(): UserConfig {
  return {
    root,
    publicDir: 'extension/public',
    build: {
      outDir: 'dist/extension',
      emptyOutDir: true,
      sourcemap: false,
      // The page that shows "This page looks wrong" before it is saved (the manifest names no other pages).
      rolldownOptions: { input: { shape: 'extension/shape/index.html' } },
    },
    plugins: [
      preact(),
      crx({
        // The version is package.json's: one number for the workbook, the extension and the release zips.
        manifest: { ...manifest, version: pkg.version } as never,
        // Both content scripts are built as one classic script each: no loader, no module chunks
        // for pages to fetch (nothing web-accessible), and they run the moment they are injected.
        contentScripts: { standaloneFiles: ['extension/content/main.ts', 'extension/workbook/relay.ts'] },
      }),
      firefoxBackground(),
    ],
  };
}
