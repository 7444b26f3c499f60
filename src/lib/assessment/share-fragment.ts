/** The URL fragment key that carries a share code: `#share=v1.which-option.1.…`. */
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
