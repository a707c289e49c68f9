import type { UserConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import { fileURLToPath } from 'node:url';
import manifest from '../manifest.json' with { type: 'json' };

const root = fileURLToPath(new URL('..', import.meta.url));

/** Build config of the Career Manager companion: an MV3 extension in dist/extension. */
export function extensionConfig(): UserConfig {
  return {
    root,
    publicDir: 'extension/public',
    build: { outDir: 'dist/extension', emptyOutDir: true, sourcemap: false },
    plugins: [preact(), crx({ manifest: manifest as never })],
  };
}
