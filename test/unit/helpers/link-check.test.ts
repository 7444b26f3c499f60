import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../helpers/html.ts';
import {
  checkLinks,
  fileForPath,
  formatProblems,
  normaliseBase,
  pageLinks,
  resolveLink,
  srcsetUrls,
  urlPathForFile,
  type SiteSnapshot,
} from '../../helpers/link-check.ts';

/** A made-up built site: HTML pages as strings plus other files. */
function site(pages: Record<string, string>, others: string[] = []): SiteSnapshot {
  const parsed = new Map(Object.entries(pages).map(([file, html]) => [file, pageLinks(parseHtml(html))]));
  return { files: new Set([...Object.keys(pages), ...others]), pages: parsed };
}

const home = '<!doctype html><title>Home</title><h2 id="intro">Intro</h2><a href="path/">Path</a><a href="/path/#step-1">Step 1</a>';
const path = '<!doctype html><title>Path</title><section id="step-1"></section><a href="../">Home</a><a href="#step-1">here</a><a href="/#intro">intro</a>';

describe('normaliseBase and urlPathForFile', () => {
  it('normalises base paths', () => {
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/guide')).toBe('/guide/');
    expect(normaliseBase('guide/')).toBe('/guide/');
    expect(normaliseBase('/a/b/')).toBe('/a/b/');
  });

  it('maps files to the URLs a static host serves them at', () => {
    expect(urlPathForFile('index.html', '/')).toBe('/');
    expect(urlPathForFile('path/index.html', '/')).toBe('/path/');
    expect(urlPathForFile('to/step-1/index.html', '/guide/')).toBe('/guide/to/step-1/');
    expect(urlPathForFile('404.html', '/')).toBe('/404.html');
  });
});

describe('fileForPath', () => {
  const files = new Set(['index.html', 'path/index.html', 'favicon.svg', '404.html']);

  it('finds a directory index with or without the trailing slash, and plain files', () => {
    expect(fileForPath('/', files, '/')).toBe('index.html');
    expect(fileForPath('/path/', files, '/')).toBe('path/index.html');
    expect(fileForPath('/path', files, '/')).toBe('path/index.html');
    expect(fileForPath('/favicon.svg', files, '/')).toBe('favicon.svg');
  });

  it('finds nothing where nothing is', () => {
    expect(fileForPath('/traits/', files, '/')).toBeUndefined();
    expect(fileForPath('/favicon.svg/', files, '/')).toBeUndefined();
    expect(fileForPath('/404/', files, '/')).toBeUndefined();
  });

  it('serves only under the base path', () => {
    expect(fileForPath('/guide/path/', files, '/guide/')).toBe('path/index.html');
    expect(fileForPath('/guide', files, '/guide/')).toBe('index.html');
    expect(fileForPath('/path/', files, '/guide/')).toBeUndefined();
  });

  it('maps every file back from its own URL, under any base', () => {
    const fileArb = fc.array(fc.stringMatching(/^[a-z0-9-]{1,8}$/), { minLength: 0, maxLength: 3 }).chain((dirs) =>
      fc.constantFrom([...dirs, 'index.html'].join('/'), [...dirs, 'page.html'].join('/'), [...dirs, 'icon.svg'].join('/')),
    );
    const baseArb = fc.oneof(fc.constant('/'), fc.stringMatching(/^[a-z]{1,6}$/).map((b) => `/${b}/`));
    fc.assert(
      fc.property(fc.uniqueArray(fileArb, { minLength: 1, maxLength: 8 }), baseArb, (list, base) => {
        const set = new Set(list);
        for (const file of list) expect(fileForPath(urlPathForFile(file, base), set, base)).toBe(file);
      }),
    );
  });
});

describe('resolveLink', () => {
  const files = new Set(['index.html', 'path/index.html']);

  it('resolves relative, root-relative and fragment-only links against the page', () => {
    expect(resolveLink('../', 'path/index.html', files, { base: '/' })).toEqual({ kind: 'internal', path: '/', file: 'index.html', fragment: undefined });
    expect(resolveLink('#step-1', 'path/index.html', files, { base: '/' })).toEqual({ kind: 'internal', path: '/path/', file: 'path/index.html', fragment: 'step-1' });
    expect(resolveLink('/path/?a=1#x', 'index.html', files, { base: '/' })).toEqual({ kind: 'internal', path: '/path/', file: 'path/index.html', fragment: 'x' });
  });

  it('decodes percent-encoded paths and fragments', () => {
    expect(resolveLink('/path/#caf%C3%A9', 'index.html', files, { base: '/' })).toMatchObject({ fragment: 'café' });
    expect(resolveLink('/pa%74h/', 'index.html', files, { base: '/' })).toMatchObject({ file: 'path/index.html' });
    expect(resolveLink('/path/#%E0%A4%A', 'index.html', files, { base: '/' })).toMatchObject({ kind: 'invalid' });
  });

  it('treats an empty fragment as the top of the page', () => {
    expect(resolveLink('#', 'index.html', files, { base: '/' })).toMatchObject({ kind: 'internal', fragment: undefined });
  });

  it('counts absolute URLs on the site origin as internal, others as external', () => {
    const options = { base: '/', site: 'https://guide.example.org' };
    expect(resolveLink('https://guide.example.org/path/', 'index.html', files, options)).toMatchObject({ kind: 'internal', file: 'path/index.html' });
    expect(resolveLink('https://elsewhere.example/', 'index.html', files, options)).toEqual({ kind: 'external', url: 'https://elsewhere.example/' });
    expect(resolveLink('//elsewhere.example/x', 'index.html', files, options)).toMatchObject({ kind: 'external' });
    expect(resolveLink('https://guide.example.org/path/', 'index.html', files, { base: '/' })).toMatchObject({ kind: 'external' });
  });

  it('leaves mailto:, tel: and data: alone', () => {
    for (const url of ['mailto:a@example.org', 'tel:+100', 'data:image/png;base64,AA==']) {
      expect(resolveLink(url, 'index.html', files, { base: '/' })).toEqual({ kind: 'other' });
    }
  });

  it('rejects root-relative links that leave the base path', () => {
    expect(resolveLink('/path/', 'index.html', files, { base: '/guide/' })).toEqual({ kind: 'invalid', reason: 'leaves the base path /guide/' });
    expect(resolveLink('/guide/path/', 'index.html', files, { base: '/guide/' })).toMatchObject({ kind: 'internal', file: 'path/index.html' });
    expect(resolveLink('../../', 'path/index.html', files, { base: '/guide/' })).toMatchObject({ kind: 'invalid' });
  });
});

describe('checkLinks', () => {
  it('passes a site whose links and anchors all resolve', () => {
    expect(checkLinks(site({ 'index.html': home, 'path/index.html': path }), { base: '/' })).toEqual([]);
  });

  it('reports a link to a page that does not exist', () => {
    const problems = checkLinks(site({ 'index.html': `${home}<a href="/traits/">Traits</a>`, 'path/index.html': path }), { base: '/' });
    expect(problems).toEqual([{ page: 'index.html', url: '/traits/', source: '<a> href', problem: 'no file is served at /traits/' }]);
  });

  it('reports an anchor that is not on the target page, and one missing on the page itself', () => {
    const problems = checkLinks(site({ 'index.html': `${home}<a href="/path/#step-2">2</a><a href="#nowhere">x</a>`, 'path/index.html': path }), { base: '/' });
    expect(problems.map((p) => p.problem)).toEqual(['path/index.html has no element with id "step-2"', 'index.html has no element with id "nowhere"']);
  });

  it('checks stylesheets, scripts, images, srcsets, icons, canonical, og:url and meta refresh', () => {
    const page = [
      '<!doctype html><html><head>',
      '<link rel="stylesheet" href="/a.css"><link rel="icon" href="/icon.svg"><script src="/b.js"></script>',
      '<link rel="canonical" href="https://s.example/gone/"><meta property="og:url" content="https://s.example/gone2/">',
      '<meta http-equiv="refresh" content="0; url=/path/#missing">',
      '</head><body><img src="/c.png" srcset="/c.png 1x, /d.png 2x"></body></html>',
    ].join('');
    const problems = checkLinks(site({ 'index.html': page, 'path/index.html': '<p id="step-1"></p>' }), { base: '/', site: 'https://s.example' });
    expect(problems.map((p) => `${p.source} ${p.url}`).sort()).toEqual(
      [
        '<link rel=stylesheet> href /a.css',
        '<link rel=icon> href /icon.svg',
        '<script> src /b.js',
        '<link rel=canonical> href https://s.example/gone/',
        '<meta og:url> https://s.example/gone2/',
        '<meta http-equiv=refresh> /path/#missing',
        '<img> src /c.png',
        '<img> srcset /c.png',
        '<img> srcset /d.png',
      ].sort(),
    );
  });

  it('accepts links to files that exist, without checking fragments in non-HTML files', () => {
    const page = '<link rel="icon" href="/icon.svg"><a href="/icon.svg#layer">x</a><a href="mailto:a@b.c">m</a><a href="https://x.example/#y">e</a>';
    expect(checkLinks(site({ 'index.html': page }, ['icon.svg']), { base: '/' })).toEqual([]);
  });

  it('works under a sub-path base and flags links that forget it', () => {
    const pages = {
      'index.html': '<a href="/guide/path/#step-1">ok</a><a href="path/">ok</a><a href="/path/">forgot the base</a>',
      'path/index.html': '<p id="step-1"></p>',
    };
    const problems = checkLinks(site(pages), { base: '/guide/' });
    expect(problems).toEqual([{ page: 'index.html', url: '/path/', source: '<a> href', problem: 'leaves the base path /guide/' }]);
  });

  it('finds every broken fragment among random links', () => {
    const ids = ['a', 'b', 'c'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'x', 'y'), { maxLength: 10 }), (targets) => {
        const page = `${ids.map((id) => `<p id="${id}"></p>`).join('')}${targets.map((t) => `<a href="#${t}">${t}</a>`).join('')}`;
        const problems = checkLinks(site({ 'index.html': page }), { base: '/' });
        expect(problems.map((p) => p.url)).toEqual(targets.filter((t) => !ids.includes(t)).map((t) => `#${t}`));
      }),
    );
  });

  it('formats one line per problem with page, source and URL', () => {
    const text = formatProblems([{ page: 'index.html', url: '/x/', source: '<a> href', problem: 'no file is served at /x/' }]);
    expect(text).toBe('index.html: <a> href "/x/" no file is served at /x/');
  });
});

describe('pageLinks', () => {
  it('collects ids, including repeats, and links', () => {
    const links = pageLinks(parseHtml('<p id="a"></p><p id="b"><a href="#a" id="c">x</a></p><area href="/m/">'));
    expect([...links.ids].sort()).toEqual(['a', 'b', 'c']);
    expect(links.links).toEqual([
      { url: '#a', source: '<a> href' },
      { url: '/m/', source: '<area> href' },
    ]);
  });

  it('ignores a refresh without a URL', () => {
    expect(pageLinks(parseHtml('<meta http-equiv="refresh" content="30">')).links).toEqual([]);
  });

  it('splits srcsets', () => {
    expect(srcsetUrls('a.png 1x, b.png 2x,c.png')).toEqual(['a.png', 'b.png', 'c.png']);
    expect(srcsetUrls('')).toEqual([]);
  });
});
