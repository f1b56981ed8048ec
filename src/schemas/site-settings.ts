import { z } from 'astro/zod';

/** The HR tools an organisation may switch off; the two diagnostics are part of the guide's text and stay. */
export const SWITCHABLE_TOOLS = ['matrix', 'team'] as const;
export type SwitchableTool = (typeof SWITCHABLE_TOOLS)[number];

/** A text field HR may leave empty (`name:` or `name: ""`). */
const optionalText = (max: number, field: string) =>
  z
    .string()
    .trim()
    .max(max, `${field} は${max}文字以下にしてください`)
    .nullish()
    .transform((v) => v ?? '');

/**
 * The organisation's own settings for its copy of the site (content/data/site-settings.yaml). Every field may be
 * left out or empty: the defaults reproduce the public site.
 */
export const siteSettingsSchema = z
  .object({
    organisation: z
      .object({
        name: optionalText(40, 'organisation.name'),
        logo: optionalText(200, 'organisation.logo').refine(
          (v) => v === '' || (/\.(svg|png|jpe?g|webp)$/i.test(v) && !v.startsWith('/') && !v.split('/').includes('..')),
          'logo は content/ からの相対パスで、SVG・PNG・JPEG・WebP の画像を指してください（例: brand/logo.svg）',
        ),
      })
      .strict()
      .prefault({}),
    accentColour: optionalText(7, 'accentColour').refine(
      (v) => v === '' || /^#[0-9a-fA-F]{6}$/.test(v),
      'accentColour は #1a6fb0 のような「#」と6桁の16進数で書いてください',
    ),
    hrContact: optionalText(120, 'hrContact'),
    /**
     * Whether the pages for those who set the site up (deployment, embedding, data files) stand in the sidebar and
     * the print edition. An organisation's copy for its employees sets false; the pages stay, reachable by address.
     */
    setupPages: z.boolean().default(true),
    tools: z
      .object(Object.fromEntries(SWITCHABLE_TOOLS.map((t) => [t, z.boolean().default(true)])) as Record<SwitchableTool, z.ZodDefault<z.ZodBoolean>>)
      .strict()
      .prefault({}),
    team: z
      .object({
        /** Groups and counts below this many people are not shown (small groups protected). */
        minGroupSize: z
          .number()
          .int('minGroupSize は整数で書いてください')
          .min(2, 'minGroupSize は2以上にしてください')
          .max(100, 'minGroupSize は100以下にしてください')
          .default(5),
      })
      .strict()
      .prefault({}),
  })
  .strict()
  .prefault({});

export type SiteSettings = z.output<typeof siteSettingsSchema>;
