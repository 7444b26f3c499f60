import { describe, expect, it } from 'vitest';
import { proseWords } from '../../helpers/guide-words.ts';

describe('proseWords', () => {
  it('counts the words of the text', () => {
    expect(proseWords('One two three.\n\nFour, five.\n')).toBe(5);
  });

  it('leaves out the frontmatter', () => {
    expect(proseWords('---\ntitle: A long title of many words\norder: 1\n---\n\nJust three words.\n')).toBe(3);
  });

  it('leaves out tags and their attributes, also across lines', () => {
    const mdx = '<Callout kind="tip" title="Several words here">\n\nTwo words.\n\n</Callout>\nSee <ElementLink id="step-1" /> now.\n<Element\n  id="trait-2">\n\nOne.\n\n</Element>\n';
    expect(proseWords(mdx)).toBe(5);
  });

  it('keeps a thematic break in the body from hiding the text after it', () => {
    expect(proseWords('---\ntitle: T\n---\n\nBefore.\n\n---\n\nAfter this.\n')).toBe(4);
  });

  it('counts a tagged word once, not as two', () => {
    expect(proseWords('a <b>bold</b> word')).toBe(3);
  });
});
