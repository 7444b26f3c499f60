import GithubSlugger from 'github-slugger';
import type { Element, ElementContent } from 'hast';
import type {
  HastPluginDefinition,
  HastVisitorContext,
  MdxJsxAttributeUnion,
  MdxJsxFlowElementHast,
  MdxJsxTextElementHast,
  PluginFactoryContext,
} from 'satteri';
import { elementLabel, type ModelElement } from '../schemas/model.ts';
import { elementHref, permalinkHref, withBase } from '../lib/site/paths.ts';

interface Options {
  elements: readonly ModelElement[];
  base: string;
  /** The site's public origin (astro config `site`): an element's "#" copies its permanent address there. */
  site: string;
}

const h = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });

function attribute(attributes: readonly MdxJsxAttributeUnion[], name: string): string | undefined {
  const found = attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return found && typeof found.value === 'string' ? found.value : undefined;
}

/**
 * A heading followed by the link that copies its URL; the link stays outside the heading's text.
 * A model element's link copies its permanent address (`permalink`, absolute) instead of the
 * section's: the address the home page promises, which survives any move of the section.
 */
export function headingWithLink(heading: Element, id: string, label: string, permalink?: string): Element {
  const link = permalink
    ? h('a', { className: ['heading-link'], href: `#${id}`, dataCopyLink: '', dataCopyUrl: permalink, dataPagefindIgnore: '' }, [
        h('span', { ariaHidden: 'true' }, [text('#')]),
        h('span', { className: ['sr-only'] }, [text(`Copy permanent link: ${label}`)]),
      ])
    : h('a', { className: ['heading-link'], href: `#${id}`, dataCopyLink: '', dataPagefindIgnore: '' }, [
        h('span', { ariaHidden: 'true' }, [text('#')]),
        h('span', { className: ['sr-only'] }, [text(`Copy link to section: ${label}`)]),
      ]);
  return h('div', { className: ['heading-wrap'] }, [heading, link]);
}

function hasClass(node: Element, name: string): boolean {
  const classes = node.properties?.['className'];
  return Array.isArray(classes) && classes.includes(name);
}

function pageSlug(fileURL: URL | undefined): string {
  const name = fileURL?.pathname.split('/').pop() ?? '';
  return name.replace(/\.mdx?$/, '');
}

/**
 * Guide pages write `<Element id="step-1">…</Element>` and `<ElementLink id="trait-2" />`.
 * This plugin turns them into plain HTML at build time, taking names from the model data,
 * and fails the build on an id the model does not have. It also gives every h2/h3 an id
 * and a copy-link control, so that each section of the guide can be linked to.
 */
export function guideMarkup({ elements, base, site }: Options) {
  const byId = new Map(elements.map((element) => [element.id, element]));

  return (ctx: PluginFactoryContext): HastPluginDefinition[] => {
    const slugger = new GithubSlugger();
    const file = ctx.fileURL?.pathname ?? 'an MDX file';
    const lookup = (id: string | undefined, tag: string): ModelElement => {
      const element = id === undefined ? undefined : byId.get(id);
      if (!element) {
        const known = [...byId.keys()].join(', ');
        throw new Error(`${file}: <${tag} id="${id ?? ''}"> names no element of the model (known ids: ${known})`);
      }
      return element;
    };

    type JsxNode = MdxJsxFlowElementHast | MdxJsxTextElementHast;

    const replaceElement = (node: Readonly<JsxNode>, visitor: HastVisitorContext): void => {
      const element = lookup(attribute(node.attributes, 'id'), 'Element');
      const slug = pageSlug(ctx.fileURL);
      if (slug !== element.page) {
        throw new Error(`${file}: <Element id="${element.id}"> belongs on the page "${element.page}" (see content/model/elements.json, field page)`);
      }
      const level = attribute(node.attributes, 'level') ?? '2';
      const label = `${elementLabel(element)}: ${element.name}`;
      const heading = h(`h${level}`, { id: element.id }, [
        // The colon keeps the heading's text ("Step 1: …") whole for the contents and search, while the label shows on its own line.
        h('span', { className: ['element-label'] }, [text(elementLabel(element)), h('span', { className: ['label-colon'] }, [text(':')])]),
        text(` ${element.name}`),
      ]);
      visitor.replaceNode(
        node,
        h('section', { className: ['element', `element-${element.kind}`], dataElement: element.id, ariaLabelledby: element.id }, [
          headingWithLink(heading, element.id, label, new URL(permalinkHref(base, element.id), site).href),
          // The element's one definition, from the model data: the same words as the home page, its
          // permalink and its preview image. The page's own text then adds only what helps a reader recognize it.
          h('p', { className: ['element-definition'] }, [text(element.summary)]),
          ...node.children,
        ]),
      );
    };

    const replaceElementLink = (node: Readonly<JsxNode>, visitor: HastVisitorContext): void => {
      const element = lookup(attribute(node.attributes, 'id'), 'ElementLink');
      const children = node.children.length > 0 ? [...node.children] : [text(`${elementLabel(element)}: ${element.name}`)];
      visitor.replaceNode(node, h('a', { href: elementHref(base, element), className: ['element-link'] }, children));
    };

    const modelElements: HastPluginDefinition = {
      name: 'guide-model-elements',
      // Alone on a line (say, as a list item of its own), MDX parses a tag as a flow element.
      mdxJsxFlowElement: [
        { filter: ['Element'], visit: replaceElement },
        { filter: ['ElementLink'], visit: replaceElementLink },
      ],
      mdxJsxTextElement: { filter: ['ElementLink'], visit: replaceElementLink },
    };

    // A pass of its own, so that it also reaches the headings that the elements pass made.
    const headingLinks: HastPluginDefinition = {
      name: 'guide-heading-links',
      element: [
        {
          filter: ['h2', 'h3'],
          visit(node, visitor) {
            const parent = visitor.parent(node);
            if (parent.type === 'element' && hasClass(parent, 'heading-wrap')) return;
            const label = visitor.textContent(node);
            const existing = node.properties?.['id'];
            const id = typeof existing === 'string' ? existing : slugger.slug(label);
            const heading = h(node.tagName, { ...node.properties, id }, node.children);
            visitor.replaceNode(node, headingWithLink(heading, id, label));
          },
        },
        {
          // Authors write site links from the root ("/traits/"); a sub-path build must still reach them.
          filter: ['a'],
          visit(node, visitor) {
            const href = node.properties?.['href'];
            if (typeof href === 'string') {
              const rebased = withBase(base, href);
              if (rebased !== href) visitor.setProperty(node, 'href', rebased);
            }
          },
        },
      ],
    };

    return [modelElements, headingLinks];
  };
}
