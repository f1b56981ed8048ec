import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { siteSettingsSchema, type SiteSettings } from '../../schemas/site-settings';
import { withoutTrailingSlash } from '../base-path';

export const SITE_SETTINGS_FILE = 'data/site-settings.yaml';

/**
 * The organisation's settings, read at build time from `<contentDir>/data/site-settings.yaml`. A missing or
 * invalid file gives the defaults here: the data check (src/lib/data-check) reports the problem in Japanese with
 * its line and stops the build before anything is built from them.
 */
export function readSiteSettings(contentDir: string): SiteSettings {
  const path = join(contentDir, SITE_SETTINGS_FILE);
  let raw: unknown = {};
  try {
    if (existsSync(path)) raw = parseYaml(readFileSync(path, 'utf8')) ?? {};
  } catch {
    raw = {};
  }
  const parsed = siteSettingsSchema.safeParse(raw);
  return parsed.success ? parsed.data : siteSettingsSchema.parse({});
}

/** The content folder this build reads (CONTENT_DIR points tests and benchmarks at a copy). */
export const contentRoot = () => withoutTrailingSlash(process.env.CONTENT_DIR ?? './content');
