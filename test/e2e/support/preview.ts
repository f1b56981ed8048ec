import { preview } from 'astro';

export interface PreviewedSite {
  /** The site's address, base path included, ending in `/`. */
  url: string;
  close: () => Promise<void>;
}

/** Serves a built site under its base path on a free localhost port with Astro's own preview server. */
export async function previewSite(dir: string, base: string): Promise<PreviewedSite> {
  const server = await preview({ root: process.cwd(), outDir: `./${dir}`, base, server: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' });
  return { url: `http://127.0.0.1:${server.port}${base}`, close: () => server.stop() };
}
