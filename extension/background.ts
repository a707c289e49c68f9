import browser from 'webextension-polyfill';

// Placeholder background: answers a ping so the harness can see the worker is alive.
browser.runtime.onMessage.addListener((message: unknown) => {
  if ((message as { type?: string })?.type === 'ping') return Promise.resolve({ type: 'pong' });
  return undefined;
});
