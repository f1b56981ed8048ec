/**
 * The inline scripts the site itself emits, so that src/integrations/strict-csp.ts allows exactly these and stops
 * the build on any other (a script that came in through a settings value or a chapter's text must never be allowed
 * by hash). Three sources, all known before a page is written:
 * - `<script is:inline>` in our components and in Starlight's, which Astro writes out as they are;
 * - Astro's island loader and its client directives (client:load, client:visible…);
 * - the small bundled scripts Astro writes into a page instead of a file, recorded from the client build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import islandLoader from 'astro/runtime/server/astro-island.prebuilt.js';
import idle from 'astro/runtime/client/idle.prebuilt.js';
import load from 'astro/runtime/client/load.prebuilt.js';
import media from 'astro/runtime/client/media.prebuilt.js';
import only from 'astro/runtime/client/only.prebuilt.js';
import visible from 'astro/runtime/client/visible.prebuilt.js';

/** The text of every `<script is:inline>` in the .astro files under `dir` (its own folders too). */
export function inlineScriptsInComponents(dir: string): string[] {
  const texts: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.astro')) continue;
    const source = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    for (const [, text] of source.matchAll(/<script\b[^>]*\sis:inline\b[^>]*>([\s\S]*?)<\/script\s*>/g)) texts.push(text!);
  }
  return texts;
}

/** Astro's island loader and the scripts of its client directives, as it writes them before an island. */
export const ASTRO_ISLAND_SCRIPTS: readonly string[] = [islandLoader, idle, load, media, only, visible];

/**
 * A Vite plugin that records the code of every chunk of the client build, before Astro takes the small ones out
 * of the bundle to write them into the pages (it writes them trimmed, so they are recorded trimmed).
 */
export function recordClientChunks(into: Set<string>): Plugin {
  return {
    name: 'co-guide:record-client-chunks',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name === 'client',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) if (output.type === 'chunk') into.add(output.code.trim());
    },
  };
}
