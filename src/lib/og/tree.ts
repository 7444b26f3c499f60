import type { ElementKind } from '../../schemas/model.ts';
import { homeLayout, homePadding, ogHeight, ogWidth, padding, textLayout, type DiagramItem, type DiagramPart, type HomeCard, type OgCard, type TextCard } from './cards.ts';
import type { FittedText } from './fit.ts';
import { palette } from './palette.ts';

/** The element tree satori renders: plain objects shaped like React elements, styled with its CSS subset. */
export interface OgNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: Array<OgNode | string> | string };
}

/** The font families the renderer registers (src/lib/og/render.ts). */
export const fontFamily = { serif: 'Source Serif 4', sans: 'Source Sans 3' } as const;

const div = (style: OgNode['props']['style'], children?: OgNode['props']['children']): OgNode => ({
  type: 'div',
  props: children === undefined ? { style: { display: 'flex', ...style } } : { style: { display: 'flex', ...style }, children },
});

/** Fitted text as one block per line: the lines the fitter chose are the lines drawn, never re-wrapped. */
function lines(text: FittedText, style: OgNode['props']['style']): OgNode {
  const lineHeight = `${text.size * text.lineHeight}px`;
  return div(
    { flexDirection: 'column', fontSize: text.size, lineHeight, ...style },
    text.lines.map((line) => div({ whiteSpace: 'pre' }, line)),
  );
}

function positionDots(position: NonNullable<TextCard['position']>): OgNode {
  return div(
    { gap: 12, alignItems: 'center' },
    Array.from({ length: position.of }, (_, index) =>
      div({
        width: 22,
        height: 22,
        borderRadius: '50%',
        border: `3px solid ${palette.accent}`,
        backgroundColor: index + 1 === position.number ? palette.accent : palette['bg-raised'],
      }),
    ),
  );
}

function footer(siteName: FittedText): OgNode {
  return div(
    {
      height: textLayout.footerHeight,
      marginTop: textLayout.gapBeforeFooter,
      alignItems: 'center',
      gap: 14,
      fontFamily: fontFamily.sans,
      fontWeight: 600,
      color: palette['accent-strong'],
    },
    [div({ width: 18, height: 18, borderRadius: 4, backgroundColor: palette.gold }), lines(siteName, {})],
  );
}

const frame = (children: OgNode[], pad: { x: number; y: number } = padding): OgNode =>
  div(
    {
      width: ogWidth,
      height: ogHeight,
      boxSizing: 'border-box',
      flexDirection: 'column',
      padding: `${pad.y}px ${pad.x}px`,
      backgroundColor: palette.bg,
      borderTop: `12px solid ${palette.accent}`,
      fontFamily: fontFamily.sans,
      color: palette.text,
    },
    children,
  );

function textTree(card: TextCard): OgNode {
  const eyebrow = div({ height: textLayout.eyebrowHeight, justifyContent: 'space-between', alignItems: 'center' }, [
    div({ padding: '0 16px', borderRadius: 8, backgroundColor: palette['accent-soft'] }, [
      lines(card.eyebrow, { color: palette['accent-strong'], fontWeight: 600 }),
    ]),
    ...(card.position ? [positionDots(card.position)] : []),
  ]);
  return frame([
    eyebrow,
    lines(card.title, { marginTop: textLayout.gapAfterEyebrow, fontFamily: fontFamily.serif, fontWeight: 600, color: palette.text }),
    lines(card.body, { marginTop: textLayout.gapAfterTitle, fontWeight: 400, color: palette['text-muted'] }),
    div({ flexGrow: 1 }),
    footer(card.siteName),
  ]);
}

const itemColors: Record<ElementKind, { background: string; border: string; text: string; number: string }> = {
  step: { background: palette['accent-soft'], border: palette['accent-soft'], text: palette['accent-strong'], number: palette.accent },
  response: { background: palette['gold-soft'], border: palette['gold-soft'], text: palette.text, number: palette.gold },
  trait: { background: palette['bg-raised'], border: palette.border, text: palette.text, number: palette.accent },
  option: { background: palette.accent, border: palette.accent, text: palette['bg-raised'], number: palette['gold-soft'] },
};

function item(kind: ElementKind, entry: DiagramItem): OgNode {
  const colors = itemColors[kind];
  const h = homeLayout;
  return div(
    {
      flex: 1,
      alignItems: 'center',
      padding: `0 ${h.itemPaddingX}px`,
      borderRadius: 10,
      border: `2px solid ${colors.border}`,
      backgroundColor: colors.background,
      fontWeight: 600,
    },
    [
      div({ width: h.numberWidth, flexShrink: 0, fontSize: entry.label.size, color: colors.number }, String(entry.number)),
      lines(entry.label, { color: colors.text }),
    ],
  );
}

function partTree(p: DiagramPart): OgNode {
  const h = homeLayout;
  const heading = div({ height: h.headingHeight, alignItems: 'center' }, [lines(p.heading, { fontWeight: 600, color: palette['text-muted'] })]);
  const rows = p.rows.map((row, index) =>
    div(
      { gap: h.itemGap, height: p.rowHeights[index]!, flexShrink: 0 },
      row.map((entry) => item(p.kind, entry)),
    ),
  );
  return div({ width: p.width, flexDirection: 'column' }, [
    heading,
    div({ flexDirection: 'column', gap: h.itemGap, marginTop: h.gapAfterHeading }, rows),
  ]);
}

function homeTree(card: HomeCard): OgNode {
  const h = homeLayout;
  return frame([
    lines(card.title, { height: h.titleHeight, fontFamily: fontFamily.serif, fontWeight: 600, color: palette.text }),
    div({ flex: 1, gap: h.columnGap, marginTop: h.gapAfterTitle }, card.columns.map(partTree)),
    div({ marginTop: h.gapBeforeOptions, height: h.headingHeight + h.gapAfterHeading + h.optionsHeight }, [partTree(card.options)]),
  ], homePadding);
}

/** The tree satori draws for a card. */
export function cardTree(card: OgCard): OgNode {
  return card.type === 'text' ? textTree(card) : homeTree(card);
}

/** Every string in a tree, in order: what the image will say. */
export function treeText(node: OgNode | string): string[] {
  if (typeof node === 'string') return [node];
  const { children } = node.props;
  if (children === undefined) return [];
  return (typeof children === 'string' ? [children] : children).flatMap(treeText);
}
