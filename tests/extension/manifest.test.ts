// What the extension asks of the browser at install, and what only on a click (extension/README.md
// says why each is needed). A new permission must be argued there and changed here.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as Record<string, unknown>;

test('the manifest asks only for storage, activeTab and the two addresses it works on; anything more is optional', () => {
  expect(manifest.permissions).toEqual(['storage', 'activeTab']);
  expect(manifest.host_permissions).toEqual(['https://careermanager.theiet.org/*', 'http://127.0.0.1/*']);
  expect(manifest.optional_permissions).toEqual(['scripting']);
  expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://localhost/*']);
  expect(manifest.web_accessible_resources).toBeUndefined();
  expect(manifest.externally_connectable).toBeUndefined();
  // The version is package.json's, written by the build (extension/vite.extension.ts): never a second number here.
  expect(manifest.version).toBeUndefined();
});
