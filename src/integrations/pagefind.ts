import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { indexElementIds, indexSearchTerms } from '../lib/search/indexing.ts';
import { privacySection } from '../lib/site/site.ts';

async function htmlFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Pagefind writes its ready-made search interfaces next to the index. The site has its own
 * (Search.astro), so these are never requested; leaving them out keeps the deploy small.
 */
async function removeUnusedUi(bundle: string): Promise<void> {
  const unused = (await readdir(bundle)).filter((name) => /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/.test(name));
  await Promise.all(unused.map((name) => rm(join(bundle, name))));
}

/** Only pages that mark their main content with `data-pagefind-body` are searchable. */
const optsIn = (html: string): boolean => /\sdata-pagefind-body[\s=>]/.test(html);

function fail(what: string, errors: readonly string[]): never {
  throw new Error(`Pagefind could not ${what}:\n${errors.join('\n')}`);
}

/**
 * Indexes the built site with Pagefind after `astro build`, writing the bundle to `<outDir>/pagefind/`.
 *
 * Pages opt in with `data-pagefind-body` on their main content (guide and assessment pages do; the
 * 404 and permalink redirect pages do not), so only real content is found. Result URLs are stored
 * relative to the site root; the browser side adds Astro's `base`, so one index serves any sub-path.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'sowg:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const started = performance.now();
        let pages = 0;
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) fail('start', errors);
          for (const file of await htmlFilesUnder(root)) {
            const html = await readFile(file, 'utf8');
            // Not content (the 404 page, permalink redirects): never handed to Pagefind at all.
            if (!optsIn(html)) continue;
            // Posix separators: Pagefind turns this path into the result's URL.
            const sourcePath = relative(root, file).split(sep).join('/');
            const withIds = indexElementIds(html);
            const content =
              sourcePath === `${privacySection.page}/index.html` ? indexSearchTerms(withIds, { id: privacySection.id, words: privacySection.searchWords }) : withIds;
            const added = await index.addHTMLFile({ sourcePath, content });
            if (added.errors.length > 0) fail(`index ${sourcePath}`, added.errors);
            pages += 1;
          }
          const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
          if (written.errors.length > 0) fail('write the index', written.errors);
          await removeUnusedUi(join(root, 'pagefind'));
        } finally {
          // The Node API drives a Pagefind binary; left running it would keep the build from exiting.
          await pagefind.close();
        }
        logger.info(`Search index of ${pages} pages written to ${relative(process.cwd(), join(root, 'pagefind'))} in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
