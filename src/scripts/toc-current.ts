/**
 * Marks, in the page's contents ("On this page"), the section being read: aria-current="location"
 * on its links. Part of the inline page loader, so small and with no import another script shares.
 * An IntersectionObserver hears a heading cross the reading line (a third of the way down the
 * screen) or the top of the screen; only then are the headings measured, never on every scroll.
 */
/** Where the reading line lies, as a share of the screen's height from its top. */
const readingLine = 0.34;

export function initTocCurrent(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')];
  if (links.length === 0 || !('IntersectionObserver' in window)) return;
  const headings = [...new Set(links.map((link) => decodeURIComponent(link.hash.slice(1))))]
    .map((id) => document.getElementById(id))
    .filter((heading): heading is HTMLElement => heading !== null);
  const mark = (): void => {
    // The observer's line (its root ends a third of the way down), plus a pixel for rounding.
    const line = innerHeight * readingLine + 1;
    // The last heading above the reading line; before the first, none.
    const current = headings.filter((heading) => heading.getBoundingClientRect().top <= line).at(-1);
    for (const link of links) {
      if (current && link.hash === `#${current.id}`) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
  };
  const observer = new IntersectionObserver(mark, { rootMargin: `0px 0px -${Math.round(100 - readingLine * 100)}% 0px` });
  for (const heading of headings) observer.observe(heading);
}
