import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const metaPattern = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The hash sources of the inline scripts (no src) and style elements in `html`, templates included. */
function inlineHashes(html: string): { scripts: Set<string>; styles: Set<string> } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/\ssrc=/i.test(` ${match[1] ?? ''}`) && (match[2] ?? '') !== '') scripts.add(sha256(match[2] ?? ''));
  }
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) styles.add(sha256(match[1] ?? ''));
  return { scripts, styles };
}

/**
 * A page's Content Security Policy narrowed to the page: Astro puts the hashes of every inline script
 * and style of the whole site (and of every island directive) into every page's policy; this keeps in
 * script-src and style-src only the hashes of what the page itself holds. Stricter, and some hundred
 * bytes less on each page. Throws, naming the page, when a page holds an inline script or style (after
 * the policy's <meta>, where it applies) that the policy did not allow in the first place: then the hashes here are not computed as Astro's are,
 * and nothing is changed.
 */
export function narrowPolicy(html: string, page = 'the page'): string {
  const meta = metaPattern.exec(html);
  if (!meta) return html;
  const policy = meta[2] ?? '';
  // A policy in a <meta> governs only what comes after it (the head's theme script runs before it).
  const { scripts, styles } = inlineHashes(html.slice(meta.index + meta[0].length));
  const directives = policy.split(';').map((directive) => directive.trim().split(/\s+/));
  const narrowed = directives.map((parts) => {
    const [name, ...sources] = parts;
    const present = name === 'script-src' ? scripts : name === 'style-src' ? styles : undefined;
    if (!present) return parts.join(' ');
    for (const hash of present) {
      if (!sources.includes(hash)) throw new Error(`${page}: an inline ${name === 'script-src' ? 'script' : 'style'} (${hash}) is not in the policy Astro wrote; not narrowing it.`);
    }
    return [name, ...sources.filter((source) => !source.startsWith("'sha256-") || present.has(source))].join(' ');
  });
  return html.replace(metaPattern, (_, start: string, _policy: string, end: string) => `${start}${narrowed.filter((part) => part !== '').join('; ')};${end}`);
}

/** After the build, narrows the policy of every HTML page (see narrowPolicy). */
export default function pageCspIntegration(): AstroIntegration {
  return {
    name: 'sowg:page-csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const entries = await readdir(root, { recursive: true, withFileTypes: true });
        const pages = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
        await Promise.all(
          pages.map(async (file) => {
            const html = await readFile(file, 'utf8');
            const narrowed = narrowPolicy(html, file.slice(root.length));
            if (narrowed !== html) await writeFile(file, narrowed);
          }),
        );
        logger.info(`Content Security Policy narrowed to each page's own inline scripts and styles on ${pages.length} pages`);
      },
    },
  };
}
