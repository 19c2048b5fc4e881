import type { SsmlElement, SsmlNode } from './ast';
import type { ElementDefinition, ElementPlacement } from './elements/element-definition';
import { getElementDefinition } from './elements/element-definitions';
import type { ValidationContext } from './validate-ssml-options';

/** Whether a node is text with more than XML whitespace in it. */
export function isSpokenText(node: SsmlNode): boolean {
  return node.type === 'text' && (node.cdata === true || /[^ \t\r\n]/.test(node.value));
}

/** Reports an element ttskit does not know: engines that don't either speak its text. */
export function reportUnknownElement(
  context: ValidationContext,
  element: SsmlElement,
): void {
  context.collector.element({
    code: 'unknown-element',
    severity: 'warning',
    message: `<${element.name}> is not an SSML element ttskit knows; engines that do not know it either ignore the tag and speak its text`,
    element,
  });
}

/**
 * Checks the children of a known element against its content model, and
 * each known child's placement rules (`lexicon` only in `speak`, before
 * all content; `mstts:backgroundaudio` first; `desc` only in `audio`).
 */
export function checkChildren(options: {
  context: ValidationContext;
  element: SsmlElement;
  definition: ElementDefinition;
}): void {
  const { context, element, definition } = options;
  const { content } = definition;
  if (content.kind === 'any') return;
  const { collector } = context;
  let spokenBefore = false;
  let firstSeen = false;
  for (const child of element.children) {
    if (child.type === 'text') {
      if (!isSpokenText(child)) continue;
      if (content.kind === 'empty' || content.kind === 'elements') {
        collector.text({
          code: 'text-not-allowed',
          severity: 'error',
          message: `<${element.name}> ${content.kind === 'empty' ? 'must be empty' : 'may contain only elements'}; the text is not allowed here`,
          parent: element,
          text: child,
        });
      }
      spokenBefore = true;
      firstSeen = true;
      continue;
    }
    const childDefinition = getElementDefinition(child.name);
    const placement = childDefinition?.placement;
    if (placement !== undefined) {
      checkPlacement({
        context,
        parent: element,
        child,
        placement,
        spokenBefore,
        firstSeen,
      });
    } else if (
      childDefinition !== undefined ||
      content.kind === 'empty' ||
      content.kind === 'text'
    ) {
      // An unknown child is reported as unknown; inside text-only content it is misplaced too.
      checkContentModel({ context, parent: element, definition, child });
    }
    spokenBefore ||= !(placement?.leading === true);
    firstSeen = true;
  }
}

function checkContentModel(options: {
  context: ValidationContext;
  parent: SsmlElement;
  definition: ElementDefinition;
  child: SsmlElement;
}): void {
  const { context, parent, definition, child } = options;
  const { content } = definition;
  if (content.kind === 'any') return;
  if (content.kind !== 'empty' && content.kind !== 'text') {
    if (content.children.some((name) => name === child.name)) return;
  }
  const allowed =
    content.kind === 'empty'
      ? 'must be empty'
      : content.kind === 'text'
        ? 'can only contain text'
        : `may contain ${content.kind === 'mixed' ? 'text and ' : ''}${listChildren(content.children)}`;
  context.collector.element({
    code: 'invalid-child',
    severity: 'error',
    message: `<${child.name}> is not allowed inside <${parent.name}>, which ${allowed}`,
    element: child,
  });
}

function checkPlacement(options: {
  context: ValidationContext;
  parent: SsmlElement;
  child: SsmlElement;
  placement: ElementPlacement;
  spokenBefore: boolean;
  firstSeen: boolean;
}): void {
  const { context, parent, child, placement } = options;
  const parents = allowedParents(context, placement);
  if (!parents.includes(parent.name)) {
    context.collector.element({
      code: 'invalid-placement',
      severity: 'error',
      message: `<${child.name}> is allowed only as a child of ${listNames(parents)}, not inside <${parent.name}>`,
      element: child,
    });
    return;
  }
  const misplaced =
    (placement.first === true && options.firstSeen) ||
    (placement.leading === true && parent.name === 'speak' && options.spokenBefore);
  if (misplaced) {
    context.collector.element({
      code: 'invalid-order',
      severity: 'error',
      message: placement.first
        ? `<${child.name}> must be the first child of <${parent.name}>`
        : `<${child.name}> must come before all text and other elements of <speak> (only lexicon, meta and metadata may precede it)`,
      element: child,
    });
  }
}

/** The placement's parents, plus the vendor ones the dialect (or, without one, any vendor) allows. */
function allowedParents(
  context: ValidationContext,
  placement: ElementPlacement,
): string[] {
  const parents: string[] = [...placement.parents];
  const vendorParents = placement.vendorParents ?? {};
  for (const [vendor, names] of Object.entries(vendorParents)) {
    if (context.vendor === undefined || context.vendor === vendor) parents.push(...names);
  }
  return parents;
}

/** A content model's children for a message: the W3C ones, then "vendor extensions". */
function listChildren(names: readonly string[]): string {
  const w3c = names.filter((name) => getElementDefinition(name)?.vendor === 'w3c');
  if (w3c.length === names.length) return listNames(names);
  return `${w3c.map((name) => `<${name}>`).join(', ')} or vendor extensions`;
}

function listNames(names: readonly string[]): string {
  const tags = names.map((name) => `<${name}>`);
  if (tags.length <= 1) return tags.join('');
  return `${tags.slice(0, -1).join(', ')} or ${tags[tags.length - 1]}`;
}
