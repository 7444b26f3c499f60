/**
 * Just enough of a PDF reader for the booklet's tests, for the PDFs Chromium (Skia) writes: their
 * objects are plain text (no object streams), so pages, link annotations and named destinations
 * can be read without inflating anything. Not a general PDF parser.
 */

export interface PdfLink {
  /** An external link's address. */
  uri?: string;
  /** An internal link's named destination. */
  dest?: string;
  /** [x1, y1, x2, y2] in points, from the page's bottom left. */
  rect: [number, number, number, number];
}

export interface PdfPage {
  /** The page's object number. */
  ref: number;
  /** Width and height in points. */
  size: [number, number];
  links: PdfLink[];
}

export interface PdfDestination {
  /** Index of the page in reading order (0 for the first). */
  page: number;
  /** Distance from the page's bottom, in points. */
  y: number;
}

export interface PdfDocument {
  pages: PdfPage[];
  /** Named destinations: Chromium writes one for each element id that a link of the page points at. */
  destinations: Map<string, PdfDestination>;
}

/** Every object's dictionary text (before any stream), by object number. */
function objects(text: string): Map<number, string> {
  const found = new Map<number, string>();
  for (const match of text.matchAll(/(?:^|[\r\n])(\d+) 0 obj\s*([\s\S]*?)(?:\bstream\r?\n|\bendobj)/g)) {
    found.set(Number(match[1]), match[2] ?? '');
  }
  return found;
}

const refs = (text: string): number[] => [...text.matchAll(/(\d+) 0 R/g)].map((match) => Number(match[1]));

/** A PDF string literal's text, with its escapes resolved (enough for URLs). */
const literal = (raw: string): string => raw.replace(/\\([()\\])/g, '$1');

export function readPdf(bytes: Uint8Array): PdfDocument {
  const text = Buffer.from(bytes).toString('latin1');
  const all = objects(text);
  const dictionaryOf = (ref: number): string => {
    const body = all.get(ref);
    if (body === undefined) throw new Error(`the PDF has no object ${ref}`);
    return body;
  };
  const catalog = [...all.values()].find((body) => /\/Type\s*\/Catalog\b/.test(body));
  if (!catalog) throw new Error('the PDF has no catalog');
  const rootPages = /\/Pages\s+(\d+) 0 R/.exec(catalog)?.[1];
  if (!rootPages) throw new Error('the PDF catalog names no page tree');

  // Pages in reading order: the page tree's leaves, depth first.
  const pageRefs: number[] = [];
  const walk = (ref: number): void => {
    const node = dictionaryOf(ref);
    if (/\/Type\s*\/Pages\b/.test(node)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node)?.[1] ?? '';
      for (const kid of refs(kids)) walk(kid);
    } else if (/\/Type\s*\/Page\b/.test(node)) pageRefs.push(ref);
  };
  walk(Number(rootPages));

  const pages = pageRefs.map((ref): PdfPage => {
    const node = dictionaryOf(ref);
    const box = (/\/MediaBox\s*\[([^\]]*)\]/.exec(node)?.[1] ?? '').trim().split(/\s+/).map(Number);
    const annots = refs(/\/Annots\s*\[([^\]]*)\]/.exec(node)?.[1] ?? '');
    const links = annots.map((annot): PdfLink => {
      const body = dictionaryOf(annot);
      const rect = (/\/Rect\s*\[([^\]]*)\]/.exec(body)?.[1] ?? '').trim().split(/\s+/).map(Number) as PdfLink['rect'];
      const uri = /\/URI\s*\(((?:[^()\\]|\\.)*)\)/.exec(body)?.[1];
      const dest = /\/Dest\s*\/([^\s/>\]]+)/.exec(body)?.[1];
      return { rect, ...(uri !== undefined && { uri: literal(uri) }), ...(dest !== undefined && { dest }) };
    });
    return { ref, size: [(box[2] ?? 0) - (box[0] ?? 0), (box[3] ?? 0) - (box[1] ?? 0)], links };
  });

  const destinations = new Map<string, PdfDestination>();
  const destsRef = /\/Dests\s+(\d+) 0 R/.exec(catalog)?.[1];
  if (destsRef) {
    for (const match of dictionaryOf(Number(destsRef)).matchAll(/\/([^\s/[\]<>]+)\s*\[\s*(\d+) 0 R\s*\/XYZ\s+[-\d.]+\s+([-\d.]+)/g)) {
      const page = pageRefs.indexOf(Number(match[2]));
      if (page >= 0) destinations.set(match[1] ?? '', { page, y: Number(match[3]) });
    }
  }
  return { pages, destinations };
}
