// Registers the service worker in prompt mode (vite-plugin-pwa + workbox-window).
import { registerSW } from 'virtual:pwa-register';
import { offlineReady, pendingUpdate } from './update.ts';

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const updateSW = registerSW({
    onNeedRefresh() {
      pendingUpdate.value = () => updateSW(true);
    },
    onOfflineReady() {
      offlineReady.value = true;
    },
  });
}
