import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { narrowPolicy } from '../../../src/integrations/page-csp.ts';

const hash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const early = 'document.documentElement.dataset.theme = "dark";';
const loader = 'addEventListener("keydown", () => {});';
const otherPagesScript = 'island();';
const style = 'body{margin:0}';
const otherPagesStyle = '.team{}';

function page(policyScripts: string[], policyStyles: string[], body: string): string {
  const policy = `default-src 'self';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' ${policyScripts.map(hash).join(' ')}; style-src 'self' ${policyStyles.map(hash).join(' ')};`;
  return `<html><head><script>${early}</script><meta http-equiv="content-security-policy" content="${policy}"><style>${style}</style></head><body>${body}</body></html>`;
}

const policyOf = (html: string): Map<string, string[]> =>
  new Map(
    (/content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '')
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );

describe('narrowPolicy', () => {
  const html = page([loader, otherPagesScript], [style, otherPagesStyle], `<template data-on-demand="x"><script type="module" src="/_astro/x.js"></script></template><script type="module">${loader}</script>`);
  const narrowed = policyOf(narrowPolicy(html));

  it("keeps only the hashes of the page's own inline scripts and styles", () => {
    expect(narrowed.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", hash(loader)]);
    expect(narrowed.get('style-src')).toEqual(["'self'", hash(style)]);
  });

  it('leaves every other directive and source as it was', () => {
    expect(narrowed.get('default-src')).toEqual(["'self'"]);
    expect(narrowed.get('img-src')).toEqual(["'self'", 'data:']);
  });

  it('changes nothing but the policy', () => {
    const before = html.replace(/content="[^"]*"/, '');
    expect(narrowPolicy(html).replace(/content="[^"]*"/, '')).toBe(before);
  });

  it('refuses a page with an inline script the policy does not allow, rather than guess', () => {
    const unknown = page([loader], [style], '<script>somethingElse()</script>');
    expect(() => narrowPolicy(unknown, 'x/index.html')).toThrow(/x\/index\.html: an inline script .* is not in the policy/);
    const unknownStyle = page([loader], [], '');
    expect(() => narrowPolicy(unknownStyle, 'y.html')).toThrow(/y\.html: an inline style/);
  });

  it('ignores what comes before the policy, which it does not govern', () => {
    expect(narrowed.get('script-src')).not.toContain(hash(early));
  });

  it('leaves a page without a policy alone, and is idempotent', () => {
    expect(narrowPolicy('<p>no policy</p>')).toBe('<p>no policy</p>');
    const once = narrowPolicy(html);
    expect(narrowPolicy(once)).toBe(once);
  });
});
