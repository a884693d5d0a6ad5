#!/usr/bin/env node
'use strict';
// `npx bedside …` right after `npm install`: the CLI runs from its esbuild bundle, which this
// launcher (re)builds when it is missing or older than any source file it is made from.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '../../..');
const bundle = path.join(root, 'dist/apps/cli/main.js');
const sources = ['apps/cli/src', 'libs', 'tsconfig.base.json', 'apps/cli/tsconfig.app.json'];

function newestSourceTime(entry) {
  let stat;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) {
    return stat.mtimeMs;
  }
  let newest = 0;
  for (const name of fs.readdirSync(entry)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    newest = Math.max(newest, newestSourceTime(path.join(entry, name)));
  }
  return newest;
}

function isStale() {
  let built;
  try {
    built = fs.statSync(bundle).mtimeMs;
  } catch {
    return true;
  }
  return sources.some((source) => newestSourceTime(path.join(root, source)) > built);
}

async function main() {
  if (isStale()) {
    process.stderr.write('bedside: building the command-line tool…\n');
    const { bundleNode } = await import(path.join(root, 'tools/build/bundle-node.mjs'));
    await bundleNode({
      entryPoints: ['apps/cli/src/main.ts'],
      outdir: 'dist/apps/cli',
      tsconfig: 'apps/cli/tsconfig.app.json',
    });
  }
  require(bundle);
}

main().catch((error) => {
  process.stderr.write(`bedside: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
