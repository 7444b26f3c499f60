// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import pageCsp from './src/integrations/page-csp.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { loadModel } from './src/plugins/load-model.ts';
import { guideMarkup } from './src/plugins/guide-markup.ts';

// SITE and BASE let one build serve any origin and sub-path (for example a project page).
const site = process.env.SITE ?? 'http://localhost:4321';
const base = process.env.BASE ?? '/';

/** Registers `client:idle-after-paint` (see src/scripts/idle-after-paint.ts). */
const idleAfterPaint = {
  name: 'sowg:idle-after-paint',
  hooks: {
    /** @param {{ addClientDirective: (directive: { name: string; entrypoint: string }) => void }} options */
    'astro:config:setup': ({ addClientDirective }) => {
      addClientDirective({ name: 'idle-after-paint', entrypoint: new URL('./src/scripts/idle-after-paint.ts', import.meta.url).pathname });
    },
  },
};

const elements = loadModel(new URL('./content/model/elements.json', import.meta.url).pathname);

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  build: {
    // Stylesheets go into each page's <style>: a first paint then waits for no request but the page.
    // Astro adds their hashes to the CSP's style-src by itself.
    inlineStylesheets: 'always',
  },
  markdown: {
    // Prism marks tokens with classes; Shiki's inline styles would need 'unsafe-inline' under a CSP.
    syntaxHighlight: 'prism',
    // The guide writes straight quotes and apostrophes, as the model's texts and the interface do:
    // with smart punctuation, the guide's prose would turn curly while headings from the model stayed straight.
    processor: satteri({ features: { smartPunctuation: false }, hastPlugins: [guideMarkup({ elements, base, site })] }),
  },
  security: {
    // A strict policy in a <meta> on every page: scripts and styles only from the site itself, plus
    // the hashes Astro computes for its inline ones. Search compiles Pagefind's WebAssembly, which
    // needs 'wasm-unsafe-eval' (it allows WebAssembly only, not eval of scripts).
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  integrations: [idleAfterPaint, mdx(), preact(), sitemap(), pageCsp(), pagefind()],
});
