import { describe, expect, it } from 'vitest';
import { withFetchesBeforeCsp } from '@/lib/fetches-before-csp';

const META = `<meta http-equiv="content-security-policy" content="default-src 'self'">`;

describe('stylesheets and module preloads before the CSP meta tag', () => {
  it('moves them in order in front of the meta tag and leaves the inline scripts after it', () => {
    const html =
      `<html><head><meta charset="utf-8">${META}<script>theme()</script>` +
      `<link rel="stylesheet" href="/p.css" media="print"><link rel="stylesheet" href="/s.css">` +
      `<link rel="icon" href="/f.svg"><link href="/a.js" rel="modulepreload"></head>` +
      `<body><link rel="stylesheet" href="/late.css"></body></html>`;
    expect(withFetchesBeforeCsp(html)).toBe(
      `<html><head><meta charset="utf-8"><link rel="stylesheet" href="/p.css" media="print"><link rel="stylesheet" href="/s.css">` +
        `<link href="/a.js" rel="modulepreload">${META}<script>theme()</script><link rel="icon" href="/f.svg"></head>` +
        `<body><link rel="stylesheet" href="/late.css"></body></html>`,
    );
  });

  it('leaves a page alone that has no meta tag, nothing after it to move, or the tag outside its head', () => {
    expect(withFetchesBeforeCsp('<head><link rel="stylesheet" href="/s.css"></head>')).toBeNull();
    expect(withFetchesBeforeCsp(`<head><link rel="stylesheet" href="/s.css">${META}<script>t()</script></head>`)).toBeNull();
    expect(withFetchesBeforeCsp(`<head></head><body>${META}<link rel="stylesheet" href="/s.css"></body>`)).toBeNull();
  });
});
