import { describe, expect, it } from 'vitest';
import { elementIdsIn, indexElementIds, indexSearchTerms } from '../../../src/lib/search/indexing.ts';

const section = (id: string, heading = `<h2 id="${id}"><span class="element-label">Trait 2:</span> Difference</h2>`) =>
  `<section class="element" data-element="${id}" aria-labelledby="${id}"><div class="heading-wrap">${heading}</div><p>Text.</p></section>`;

describe('elementIdsIn', () => {
  it('lists the model elements a page holds, once each', () => {
    expect(elementIdsIn(`${section('trait-1')}${section('trait-2')}<a data-element="trait-2">`)).toEqual(['trait-1', 'trait-2']);
    expect(elementIdsIn('<main><h2 id="overview">Overview</h2></main>')).toEqual([]);
  });
});

describe('indexElementIds', () => {
  it("makes each element's heading index its id", () => {
    const html = indexElementIds(section('trait-2'));
    expect(html).toContain('<h2 id="trait-2" data-pagefind-index-attrs="id">');
  });

  it('finds the id among other attributes and at any heading level', () => {
    const html = indexElementIds(section('step-3', '<h3 class="x" id="step-3" tabindex="-1">Step 3</h3>'));
    expect(html).toContain('<h3 class="x" id="step-3" tabindex="-1" data-pagefind-index-attrs="id">');
  });

  it('leaves other headings, and ids that merely start the same, alone', () => {
    const page = `<h2 id="overview">Overview</h2><h2 id="trait-20">Other</h2>${section('trait-2')}`;
    const html = indexElementIds(page);
    expect(html).toContain('<h2 id="overview">');
    expect(html).toContain('<h2 id="trait-20">');
    expect(html.match(/data-pagefind-index-attrs/g)).toHaveLength(1);
  });

  it('does not mark a heading twice', () => {
    const once = indexElementIds(section('trait-2'));
    expect(indexElementIds(once)).toBe(once);
  });

  it('changes nothing on a page without elements', () => {
    const page = '<main data-pagefind-body><h1>About</h1><h2 id="privacy">Privacy</h2></main>';
    expect(indexElementIds(page)).toBe(page);
  });
});

describe('indexSearchTerms', () => {
  it('adds the words at the heading, beside an element id already indexed there', () => {
    const html = '<h1>About</h1><h2 id="stay" data-pagefind-index-attrs="id">Stay</h2>';
    expect(indexSearchTerms(html, { id: 'stay', words: 'privacy' })).toBe(
      '<h1>About</h1><h2 id="stay" data-pagefind-index-attrs="id,data-search-terms" data-search-terms="privacy">Stay</h2>',
    );
    expect(indexSearchTerms('<h2 class="x" id="stay">Stay</h2>', { id: 'stay', words: 'privacy' })).toBe(
      '<h2 class="x" id="stay" data-pagefind-index-attrs="data-search-terms" data-search-terms="privacy">Stay</h2>',
    );
  });

  it("gives them to the page's h1 when the heading is gone, so the page is still found", () => {
    expect(indexSearchTerms('<h1 class="t">About</h1><h2 id="other">Other</h2>', { id: 'stay', words: 'privacy' })).toBe(
      '<h1 class="t" data-pagefind-index-attrs="data-search-terms" data-search-terms="privacy">About</h1><h2 id="other">Other</h2>',
    );
  });
});
