#!/usr/bin/env node
// Bundles a Node app (the API, the CLI) into one CommonJS file with esbuild. esbuild alone does
// not emit the decorator metadata NestJS, TypeORM and @nestjs/graphql read at run time, so files
// with decorators go through TypeScript's transpiler first (esbuild-plugin-tsc). npm packages
// stay external: native modules (better-sqlite3) and their file layouts keep working.
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { build } from 'esbuild';
import esbuildPluginTsc from 'esbuild-plugin-tsc';

export const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * @param {{ entryPoints: string[], outdir: string, tsconfig: string }} options paths relative to the workspace root
 */
export async function bundleNode({ entryPoints, outdir, tsconfig }) {
  const tsconfigPath = path.join(workspaceRoot, tsconfig);
  await build({
    absWorkingDir: workspaceRoot,
    entryPoints,
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    keepNames: true,
    packages: 'external',
    tsconfig: tsconfigPath,
    logLevel: 'warning',
    plugins: [esbuildPluginTsc({ tsconfigPath })],
  });
}

function parseArgs(argv) {
  const options = { entryPoints: [], outdir: '', tsconfig: '' };
  for (let index = 0; index < argv.length; index += 2) {
    const [flag, value] = [argv[index], argv[index + 1]];
    if (flag === '--entry') options.entryPoints.push(value);
    else if (flag === '--outdir') options.outdir = value;
    else if (flag === '--tsconfig') options.tsconfig = value;
    else throw new Error(`unknown option ${flag}`);
  }
  if (options.entryPoints.length === 0 || !options.outdir || !options.tsconfig) {
    throw new Error(
      'usage: bundle-node.mjs --entry FILE [--entry FILE] --outdir DIR --tsconfig FILE',
    );
  }
  return options;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = Date.now();
  const options = parseArgs(process.argv.slice(2));
  bundleNode(options).then(
    () =>
      console.log(
        `bundled ${options.entryPoints.join(', ')} → ${options.outdir} in ${Date.now() - started} ms`,
      ),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
