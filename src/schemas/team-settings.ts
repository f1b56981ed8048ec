import { z } from 'astro/zod';

/**
 * Settings of the team view (content/data/team-settings.yaml). Kept in its own small file until the site-wide
 * settings file exists; then it moves there.
 */
export const teamSettingsSchema = z.object({
  /** Groups and counts below this many people are not shown (small groups protected). */
  minGroupSize: z.number().int('minGroupSize は整数で書いてください').min(2, 'minGroupSize は2以上にしてください').max(100, 'minGroupSize は100以下にしてください'),
});

export type TeamSettings = z.output<typeof teamSettingsSchema>;
