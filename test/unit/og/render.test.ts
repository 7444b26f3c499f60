import { describe, expect, it } from 'vitest';
import { elementCard, homeCard, pageCard } from '../../../src/lib/og/cards.ts';
import { renderCard } from '../../../src/lib/og/render.ts';
import { siteName } from '../../../src/lib/site/site.ts';
import { modelElements } from '../../helpers/dist.ts';
import { pngSize } from '../../helpers/png.ts';

describe('renderCard', () => {
  const elements = modelElements();
  const cards = {
    home: homeCard(elements, siteName),
    element: elementCard(elements[0]!, siteName),
    // The densest card there can be: three lines of title and five of body.
    crowded: pageCard({ eyebrow: 'Guide', title: 'Mmmmm wwwww '.repeat(12), description: 'Mmmm wwww gggg '.repeat(30) }, siteName),
  };

  it.each(Object.entries(cards))('draws the %s card as a 1200×630 PNG within 100 KB', async (_name, card) => {
    const png = await renderCard(card);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.byteLength).toBeLessThanOrEqual(100 * 1024);
  });
});
