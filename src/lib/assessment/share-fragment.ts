/** The URL fragment key that carries a share code: `#share=v2.which-option.1.…`. */
export const SHARE_PARAM = 'share';

/** The share code in a URL fragment, or undefined when the fragment carries none (a plain anchor, say). */
export function readShareFragment(hash: string): string | undefined {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const prefix = `${SHARE_PARAM}=`;
  return fragment.startsWith(prefix) ? fragment.slice(prefix.length) : undefined;
}

/** The fragment for a share code, ready to append to a page URL. */
export function shareFragment(code: string): string {
  return `#${SHARE_PARAM}=${code}`;
}

/**
 * Whether an address was meant to carry `key=…` but does not in the form the site writes: the key
 * in the query (`?share=…`), escaped (`#share%3D…`), without `=` (`#share`), after a second `#`,
 * or in capitals. Such a link was damaged on its way (a mail program, a chat, a hand edit) and
 * deserves a word rather than the plain page. A plain anchor (`#step-3`, `#shared-work`) is not.
 */
export function looksLikeDamagedLink(hash: string, search: string, key: string): boolean {
  if (hash.startsWith(`#${key}=`)) return false;
  let query: URLSearchParams;
  try {
    query = new URLSearchParams(search);
  } catch {
    return false;
  }
  if ([...query.keys()].some((name) => name.trim().toLowerCase() === key)) return true;
  let fragment = hash.replace(/^#+/, '');
  try {
    fragment = decodeURIComponent(fragment);
  } catch {
    // Broken escapes: look at the text as it is.
  }
  return new RegExp(`^\\s*${key}(?![\\p{L}\\p{N}_-])`, 'iu').test(fragment);
}

/** What an address says about a shared result: a code to decode, a damaged share link, or nothing. */
export type ShareLinkRead = { kind: 'code'; code: string } | { kind: 'damaged' } | { kind: 'none' };

export function readShareLink(hash: string, search: string): ShareLinkRead {
  const code = readShareFragment(hash);
  if (code !== undefined) return { kind: 'code', code };
  return looksLikeDamagedLink(hash, search, SHARE_PARAM) ? { kind: 'damaged' } : { kind: 'none' };
}
