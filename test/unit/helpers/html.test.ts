import { describe, expect, it } from 'vitest';
import { allIds, attr, byTag, hasToken, linkHref, metaContent, parseHtml, refreshTarget, textContent } from '../../helpers/html.ts';

const page = parseHtml(
  [
    '<!doctype html><html lang="en"><head><title>A &amp; B</title>',
    '<meta name="description" content="Desc"><meta property="og:title" content="OG">',
    '<meta http-equiv="refresh" content="0; url=/path/#step-3"><link rel="canonical" href="https://x.example/a/">',
    '<link rel="icon" href="/favicon.svg" type="image/svg+xml"></head>',
    '<body><section class="element element-step" data-element="step-3" aria-labelledby="step-3">',
    '<h2 id="step-3"><span>Step 3:</span> Name</h2><button hidden>t</button></section><p id="x"><p id="x"></body></html>',
  ].join(''),
);

describe('the HTML helpers', () => {
  it('read attributes by their HTML names', () => {
    const [section] = byTag(page, 'section');
    expect(attr(section!, 'class')).toBe('element element-step');
    expect(attr(section!, 'data-element')).toBe('step-3');
    expect(attr(section!, 'aria-labelledby')).toBe('step-3');
    expect(hasToken(section!, 'class', 'element-step')).toBe(true);
    expect(hasToken(section!, 'class', 'element-s')).toBe(false);
    expect(attr(byTag(page, 'button')[0]!, 'hidden')).toBe('');
    expect(attr(byTag(page, 'html')[0]!, 'lang')).toBe('en');
    expect(attr(section!, 'title')).toBeUndefined();
  });

  it('read meta tags, links and text', () => {
    expect(textContent(byTag(page, 'title')[0]!)).toBe('A & B');
    expect(metaContent(page, { name: 'description' })).toBe('Desc');
    expect(metaContent(page, { property: 'og:title' })).toBe('OG');
    expect(metaContent(page, { httpEquiv: 'refresh' })).toBe('0; url=/path/#step-3');
    expect(metaContent(page, { property: 'og:url' })).toBeUndefined();
    expect(linkHref(page, 'canonical')).toBe('https://x.example/a/');
    expect(linkHref(page, 'icon')).toBe('/favicon.svg');
    expect(textContent(byTag(page, 'h2')[0]!)).toBe('Step 3: Name');
  });

  it('list every id, repeats included', () => {
    expect(allIds(page)).toEqual(['step-3', 'x', 'x']);
  });

  it('read the URL of a meta refresh in its common spellings', () => {
    expect(refreshTarget('0; url=/path/#step-3')).toBe('/path/#step-3');
    expect(refreshTarget('0;URL=\'/a/\'')).toBe('/a/');
    expect(refreshTarget('5, url="b.html"')).toBe('b.html');
    expect(refreshTarget('0')).toBeUndefined();
    expect(refreshTarget('0; url=')).toBeUndefined();
  });
});
