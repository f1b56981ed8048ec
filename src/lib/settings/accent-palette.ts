/**
 * Starlight's three accent shades for each theme, made from one brand colour so that every way Starlight and
 * this site use them stays readable (WCAG AA, 4.5:1): accent text on the page, white or dark text on an accent
 * background, dark-accent text on a pale-accent background. The hue and saturation are the brand's; only the
 * lightness moves, and only as far as needed — a brand colour that already reads well on white is kept as is.
 */
export interface AccentShades {
  low: string;
  base: string;
  high: string;
}
export interface AccentPalette {
  light: AccentShades;
  dark: AccentShades;
}

/** Starlight's page backgrounds (props.css): white in the light theme, hsl(224, 10%, 10%) in the dark one. */
export const LIGHT_BG = '#ffffff';
export const DARK_BG = hslToHex(224, 10, 10);
export const MIN_CONTRAST = 4.5;

export function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function rgbToHsl([r, g, b]: [number, number, number]): [number, number, number] {
  const [rr, gg, bb] = [r / 255, g / 255, b / 255];
  const max = Math.max(rr, gg, bb);
  const min = Math.min(rr, gg, bb);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l * 100];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === rr ? (gg - bb) / d + (gg < bb ? 6 : 0) : max === gg ? (bb - rr) / d + 2 : (rr - gg) / d + 4;
  return [h * 60, s * 100, l * 100];
}

export function hslToHex(h: number, s: number, l: number): string {
  const ss = s / 100;
  const ll = l / 100;
  const k = (n: number) => (n + h / 30) % 12;
  const a = ss * Math.min(ll, 1 - ll);
  const f = (n: number) => ll - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
  return `#${[f(0), f(8), f(4)].map((v) => Math.round(v * 255).toString(16).padStart(2, '0')).join('')}`;
}

function luminance(hex: string): number {
  const linear = (c: number) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = hexToRgb(hex);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio of two colours (1–21). */
export function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Moves the lightness from `l` in steps of 1 towards `direction` until `ok`, or to the end of the range. */
function shift(h: number, s: number, l: number, direction: -1 | 1, ok: (hex: string) => boolean): string {
  for (let x = l; x >= 0 && x <= 100; x += direction) {
    const hex = hslToHex(h, s, x);
    if (ok(hex)) return hex;
  }
  return hslToHex(h, s, direction < 0 ? 0 : 100);
}

export function accentPalette(brand: string): AccentPalette {
  const [h, s, l] = rgbToHsl(hexToRgb(brand));
  const reads = (bg: string) => (fg: string) => contrast(fg, bg) >= MIN_CONTRAST;

  // Light theme: accent is link text on white and the background of white button text.
  const lightBase = reads(LIGHT_BG)(brand) ? brand : shift(h, s, l, -1, reads(LIGHT_BG));
  const lightLow = hslToHex(h, Math.min(s, 88), 92);
  const lightHigh = shift(h, s, Math.min(rgbToHsl(hexToRgb(lightBase))[2] - 10, 30), -1, reads(lightLow));

  // Dark theme: accent-high is link text on the dark page and the background of accent-low text.
  const darkHigh = shift(h, s, Math.max(l, 80), 1, (c) => reads(DARK_BG)(c));
  const darkLow = shift(h, Math.min(s, 54), 20, -1, reads(darkHigh));
  const darkBase = hslToHex(h, s, Math.min(Math.max(l, 55), 65));
  return { light: { low: lightLow, base: lightBase, high: lightHigh }, dark: { low: darkLow, base: darkBase, high: darkHigh } };
}

/** The CSS that puts the palette in place of Starlight's accent (dark on :root, light under data-theme). */
export function accentCss(brand: string): string {
  const p = accentPalette(brand);
  const vars = (x: AccentShades) => `--sl-color-accent-low:${x.low};--sl-color-accent:${x.base};--sl-color-accent-high:${x.high};`;
  return `:root{${vars(p.dark)}}:root[data-theme='light']{${vars(p.light)}}`;
}
