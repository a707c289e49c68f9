import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import type { UserConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Build config of the workbook: a static, offline-capable PWA in dist/pwa. */
export function pwaConfig(): UserConfig {
  return {
    root: here,
    base: './',
    publicDir: 'public',
    build: { outDir: '../dist/pwa', emptyOutDir: true, sourcemap: false },
    plugins: [
      preact(),
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
        workbox: { globPatterns: ['**/*.{js,css,html,png,svg,webmanifest}'], navigateFallback: 'index.html' },
      }),
    ],
  };
}
