import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import type { Plugin, UserConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { designCss } from '../core/design/css.ts';
import { CONTENT_SECURITY_POLICY } from './csp.ts';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * Writes the Content-Security-Policy into the built index.html, right after the charset and
 * before any script or style, so it covers all of them. Build only: the dev server's own inline
 * helpers would break under it.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'proreg-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const charset = /<meta charset="utf-8" \/>/i;
        if (!charset.test(html)) throw new Error('pwa/index.html must start its head with <meta charset="utf-8" />');
        const quoted = CONTENT_SECURITY_POLICY.replaceAll("'", '&#39;');
        return html.replace(charset, (tag) => `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${quoted}" />`);
      },
    },
  };
}

const DESIGN_CSS = 'virtual:design.css';

/**
 * The design system's tokens and shared pieces (core/design) as a stylesheet the workbook
 * imports like any other (`import 'virtual:design.css'`), so the workbook and the export draw
 * from the same data; bundled into the workbook's CSS file, nothing inline (the CSP allows none).
 */
function designSystem(): Plugin {
  return {
    name: 'proreg-design',
    resolveId: (id) => (id === DESIGN_CSS ? `\0${DESIGN_CSS}` : undefined),
    load: (id) => (id === `\0${DESIGN_CSS}` ? designCss() : undefined),
  };
}

/** Build config of the workbook: a static, offline-capable PWA in dist/pwa. */
export function pwaConfig(): UserConfig {
  return {
    root: here,
    base: './',
    publicDir: 'public',
    // Every browser the workbook supports preloads modules natively: no polyfill on the start path.
    build: {
      outDir: '../dist/pwa',
      emptyOutDir: true,
      sourcemap: false,
      modulePreload: { polyfill: false },
      // One chunk for what the shell shares with the screens (Preact, its hooks, signals, the
      // limits and the applicant's rule choices): every page needs it, and one file loads sooner
      // than five small ones.
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              { name: 'shell', test: /node_modules[\\/](preact|@preact)[\\/]|pwa[\\/]src[\\/]state[\\/](limits|rule-choices)\.ts$/ },
            ],
          },
        },
      },
    },
    // The assembler's worker imports modules (pdf-lib, pdf.js), so it is built as an ES module worker.
    worker: { format: 'es' },
    plugins: [
      preact(),
      designSystem(),
      contentSecurityPolicy(),
      VitePWA({
        registerType: 'prompt',
        injectRegister: false,
        includeAssets: ['icons/*.png'],
        manifest: {
          name: 'ProReg Companion workbook',
          short_name: 'ProReg',
          description: 'Prepare your IET professional registration application, offline and on your own device.',
          lang: 'en-GB',
          start_url: './',
          scope: './',
          display: 'standalone',
          background_color: '#ffffff',
          theme_color: '#1d4f91',
          icons: [
            { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
            { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
            { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          ],
        },
        workbox: {
          // The assembler's worker, pdf.js's parser (.mjs), its fonts and decoders (.pfb, .ttf, .wasm) are
          // precached too, so building a file works offline; pdf.js's parser is over workbox's 2 MiB default.
          globPatterns: ['**/*.{js,mjs,css,html,png,svg,webmanifest,wasm,pfb,ttf}'],
          maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
          navigateFallback: 'index.html',
        },
      }),
    ],
  };
}
