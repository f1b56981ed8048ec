import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every island a page hydrates: `import X from '…/islands/…'` in a component, used with a client: directive. */
function hydratedIslands(): string[] {
  const found: string[] = [];
  for (const dir of ['src/components', 'src/pages', 'src/layouts']) {
    for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
      if (!e.isFile() || !e.name.endsWith('.astro')) continue;
      const source = readFileSync(join(e.parentPath, e.name), 'utf8');
      for (const [, name, path] of source.matchAll(/^import (\w+) from '([^']*islands\/[^']+)';$/gm)) {
        if (new RegExp(`<${name}\\b[^>]*\\sclient:`).test(source)) found.push(join(e.parentPath, `${path}.tsx`));
      }
    }
  }
  return found;
}

describe('island error boundaries', () => {
  it('wrap every island a page hydrates', () => {
    const islands = hydratedIslands();
    // self-check, org-check, matrix, team view, item sheet: the finder must see them all.
    expect(islands.length).toBeGreaterThanOrEqual(5);
    const unwrapped = islands.filter((file) => !/^export default withBoundary\(\w+, '[^']+'\);$/m.test(readFileSync(file, 'utf8')));
    expect(unwrapped).toEqual([]);
  });
});
