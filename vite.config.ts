import { defineConfig } from 'vite';
import { extensionConfig } from './extension/vite.extension.ts';
import { pwaConfig } from './pwa/vite.pwa.ts';

// One config, two products: `vite build --mode pwa` and `vite build --mode extension`.
export default defineConfig(({ mode }) => (mode === 'extension' ? extensionConfig() : pwaConfig()));
