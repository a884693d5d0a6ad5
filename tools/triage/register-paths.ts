/**
 * `npm run train|eval` run these scripts with plain `tsx`, which only reads a `tsconfig.json` in
 * the working directory; the repository keeps its path aliases in `tsconfig.base.json`. This hook
 * maps `@bedside/<lib>` to `libs/<lib>/src/index.ts` the same way the alias does, so the tools can
 * import libraries through their public alias. Import it first.
 */
import Module from 'node:module';
import path from 'node:path';

interface ResolvingModule {
  _resolveFilename(request: string, parent: unknown, ...rest: unknown[]): string;
}

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const resolver = Module as unknown as ResolvingModule;
const original = resolver._resolveFilename.bind(resolver);

resolver._resolveFilename = (request: string, parent: unknown, ...rest: unknown[]): string => {
  const match = /^@bedside\/([a-z0-9-]+)$/.exec(request);
  if (match) {
    return original(path.join(REPO_ROOT, 'libs', match[1], 'src', 'index.ts'), parent, ...rest);
  }
  return original(request, parent, ...rest);
};

export { REPO_ROOT };
