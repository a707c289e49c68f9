import { defineConfig } from 'vitest/config';

// `npm run bench`: speed as ratios against a floor measured in the same run. Never part of `npm test`.
export default defineConfig({
  test: { include: ['bench/**/*.bench-run.ts'], environment: 'node', testTimeout: 900_000, fileParallelism: false, reporters: ['verbose'] },
});
