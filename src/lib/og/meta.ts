import { ogHeight, ogWidth } from './cards.ts';

/**
 * The preview image's name for a page, from the page's path: "/" → "index", "/traits/" → "traits",
 * "/to/trait-4/" → "to/trait-4", "/404.html" → "404". The path may carry the site's base path.
 */
export function ogImageKey(pathname: string, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  let path = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\/+/, '');
  if (`${pathname}/` === root) path = '';
  path = path.replace(/\/?index\.html$/, '').replace(/\.html$/, '').replace(/^\/+|\/+$/g, '');
  if (path !== '' && !/^[a-z0-9-]+(\/[a-z0-9-]+)*$/.test(path)) {
    throw new Error(`No preview image name for the page at "${pathname}": expected lowercase words and dashes`);
  }
  return path === '' ? 'index' : path;
}

/** Where the image of a key is, under the base path: `${base}og/to/trait-4.png`. */
export function ogImagePath(base: string, key: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}og/${key}.png`;
}

/** The meta tags' values for a page's preview image: an absolute URL, its size and its alt text. */
export function ogImageMeta(page: { pathname: string; base: string; site: URL | string; title: string; siteName: string }): {
  url: string;
  width: number;
  height: number;
  alt: string;
} {
  const key = ogImageKey(page.pathname, page.base);
  return {
    url: new URL(ogImagePath(page.base, key), page.site).href,
    width: ogWidth,
    height: ogHeight,
    alt: ogImageAlt(key, page.title, page.siteName),
  };
}

/** What the image shows, for readers who cannot see it. */
export function ogImageAlt(key: string, title: string, siteName: string): string {
  if (key === 'index') {
    return `${siteName}: the model at a glance, with the five steps each member of the groups studied went through, three ways some nearby people respond, the five traits of the groups and the three options.`;
  }
  return `${title}, from the ${siteName.charAt(0).toLowerCase()}${siteName.slice(1)}.`;
}

/** Whether this build draws preview images: yes, unless OG_IMAGES is "off" (or "0", "false"). */
export function ogImagesEnabled(env: Record<string, string | undefined>): boolean {
  const value = env['OG_IMAGES']?.trim().toLowerCase();
  return !(value === 'off' || value === '0' || value === 'false');
}
