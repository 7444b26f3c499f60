import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { svgDataUri } from '../../../src/lib/site/data-uri.ts';

const prefix = 'data:image/svg+xml,';

describe('svgDataUri', () => {
  it('gives back the SVG, whitespace between tags dropped, when the URL is decoded', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg">\n  <rect fill="#1f5f5b"/>\n</svg>\n';
    const uri = svgDataUri(svg);
    expect(uri.startsWith(prefix)).toBe(true);
    expect(decodeURIComponent(uri.slice(prefix.length))).toBe('<svg xmlns="http://www.w3.org/2000/svg"><rect fill="#1f5f5b"/></svg>');
  });

  it('escapes what would end the URL or the attribute early: "#", quotes, "<", ">", "%", spaces', () => {
    const payload = svgDataUri('<svg><text fill="#000">100% & \'ok\' </text></svg>').slice(prefix.length);
    expect(payload).not.toMatch(/[#"<>\s]/);
    expect(payload).not.toMatch(/%(?![0-9A-F]{2})/);
  });

  it('round-trips any text, including characters outside ASCII', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const svg = `<svg><title>${text}</title></svg>`;
        const decoded = decodeURIComponent(svgDataUri(svg).slice(prefix.length));
        expect(decoded).toBe(svg.trim().replace(/>\s+</g, '><'));
      }),
    );
  });
});
