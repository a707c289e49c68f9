import { defineConfig } from 'vite';
import { pwaConfig } from './pwa/vite.pwa.ts';
import { extensionConfig } from './extension/vite.extension.ts';

// One config, two products: `vite build --mode pwa` and `vite build --mode extension`.
export default defineConfig(({ mode }) => (mode === 'extension' ? extensionConfig() : pwaConfig()));
