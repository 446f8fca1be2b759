// Compiles the project into dist/ once per jest run, for tests that run real processes (crash test, CLI, server).
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

module.exports = async function buildOnce() {
  const root = join(__dirname, '..');
  const tsc = require.resolve('typescript/bin/tsc');
  // Incremental: an unchanged tree compiles in a few seconds instead of rebuilding everything.
  const args = [tsc, '-p', 'tsconfig.build.json', '--incremental', '--tsBuildInfoFile', 'dist/.tsbuildinfo'];
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    // tsc still emits on type errors; `npm test` type-checks first, so a half-edited file elsewhere only warns here.
    process.stderr.write(`\n[global-setup] tsc reported errors (dist/ was still written):\n${result.stdout}${result.stderr}\n`);
  }
};
