// Storybook args, controls and descriptions for each element, read from custom-elements.json.
//
// Storybook's own web-components extractor keys every row by its bare name, so a property, a
// slot and a CSS part with the same name overwrite each other (`status` is a property and a part
// of <seutu-project-list>, `current` and `region` of <seutu-city-list>), and every property is
// listed twice (once as a property, once as its attribute). This one keeps one row per property
// (naming the attribute it reads), and keys slots and parts apart. Descriptions, types and
// defaults are the manifest's, unchanged.
import type { ArgTypes, InputType } from 'storybook/internal/types';
import { elementFor, type ManifestItem } from './manifest';

/** Arg-key prefixes for the rows that are not properties. */
export const SLOT_ARG = 'slot:';
export const PART_ARG = 'part:';
export const EVENT_ARG = 'event:';

/** `seutu-load` → `onSeutuLoad`, the arg that receives an action for the event. */
export function eventHandlerArg(event: string): string {
  return 'on' + event.replace(/(^|[-_:.\s]+)(.)/g, (_m, _sep, chr: string) => chr.toUpperCase());
}

/** `'list' | 'grid'` → [list, grid]; undefined unless the type is a union of string literals. */
function stringLiterals(typeText: string): string[] | undefined {
  const members = typeText.split('|').map((part) => part.trim()).filter((part) => part !== 'undefined');
  const literals = members.map((part) => /^'([^']*)'$|^"([^"]*)"$/.exec(part));
  if (members.length === 0 || literals.some((match) => !match)) return undefined;
  return literals.map((match) => match![1] ?? match![2]!);
}

/**
 * Options for a property typed with a named alias (`BlogTeaserLayout`), which the analyzer does
 * not resolve: the backticked words of its JSDoc (`list` (default), `cards`, or `compact`), when
 * the default is one of them. Anything less certain gets a text control instead.
 */
function optionsFromDescription(item: ManifestItem): string[] | undefined {
  const fallback = /^'([^']*)'$/.exec(item.default ?? '')?.[1];
  if (!fallback) return undefined;
  const words = [...(item.description ?? '').matchAll(/`([a-z][a-z0-9-]*)`/g)].map((m) => m[1]!);
  const unique = [...new Set(words)];
  return unique.length >= 2 && unique.includes(fallback) ? unique : undefined;
}

function propertyArgType(item: ManifestItem): InputType {
  const text = item.type?.text?.trim();
  const notes = [
    item.attribute ? `HTML attribute: \`${item.attribute}\`${item.reflects ? ' (reflected)' : ''}.` : 'JS property only.',
  ];
  const argType: InputType = {
    name: item.name,
    description: [item.description ?? '', ...notes].filter(Boolean).join('\n\n'),
    table: {
      category: 'properties',
      type: { summary: text ?? 'see description' },
      defaultValue: item.default === undefined ? undefined : { summary: item.default },
    },
  };
  const literals = text ? stringLiterals(text) : undefined;
  const aliasOptions = text && /^[A-Z]\w*$/.test(text) ? optionsFromDescription(item) : undefined;
  const options = literals ?? aliasOptions;
  if (options) {
    argType.type = { name: 'enum', value: options };
    argType.options = options;
    argType.control = { type: options.length <= 4 ? 'inline-radio' : 'select' };
  } else if (text === 'boolean') {
    argType.type = { name: 'boolean' };
  } else if (text && /^number(\s*\|\s*undefined)?$/.test(text)) {
    argType.type = { name: 'number' };
  } else if (text && /^string(\s*\|\s*undefined)?$/.test(text)) {
    argType.type = { name: 'string' };
  } else if ((text === 'unknown' || text === 'object') && item.attribute) {
    // Data or an attribute string (a project id): typed in as the attribute; a story that
    // passes an object sets its own control.
    argType.control = { type: 'text' };
  } else if (text === 'unknown' || text === 'object') {
    // Feed documents: given by the stories as fixtures, not typed in.
    argType.type = { name: 'other', value: text };
    argType.control = false;
  }
  // Without a type in the manifest, Storybook infers one from the story's value, if any.
  return argType;
}

/** Colour-valued custom properties get a colour picker; the rest a text box. */
function isColourProperty(item: ManifestItem): boolean {
  return /colou?r|accent|text|muted|surface|border/i.test(`${item.name} ${item.description ?? ''}`) &&
    !/radius|width|height|gap|font|ring|line-height|aspect|padding/i.test(item.name);
}

/** Every arg type of one element, from its manifest entry. */
export function extractArgTypes(tag: string): ArgTypes | null {
  const element = elementFor(tag);
  if (!element) {
    console.warn(`[storybook] ${tag} is not in custom-elements.json; run npm run build (or npx cem analyze).`);
    return null;
  }
  const argTypes: ArgTypes = {};
  for (const member of element.members ?? []) argTypes[member.name] = propertyArgType(member);

  for (const event of element.events ?? []) {
    argTypes[eventHandlerArg(event.name)] = { name: eventHandlerArg(event.name), action: event.name, table: { disable: true } };
    argTypes[EVENT_ARG + event.name] = {
      name: event.name,
      description: event.description,
      control: false,
      table: { category: 'events' },
    };
  }
  for (const slot of element.slots ?? []) {
    argTypes[SLOT_ARG + (slot.name || 'default')] = {
      name: slot.name || '(default)',
      description: slot.description,
      type: { name: 'string' },
      control: { type: 'text' },
      table: { category: 'slots', type: { summary: 'HTML' } },
    };
  }
  for (const property of element.cssProperties ?? []) {
    argTypes[property.name] = {
      name: property.name,
      description: property.description,
      type: { name: 'string' },
      control: { type: isColourProperty(property) ? 'color' : 'text' },
      table: { category: 'css custom properties', type: { summary: 'CSS value' } },
    };
  }
  for (const part of element.cssParts ?? []) {
    argTypes[PART_ARG + part.name] = {
      name: part.name,
      description: part.description,
      control: false,
      table: { category: 'css shadow parts', type: { summary: `::part(${part.name})` } },
    };
  }
  return argTypes;
}

export function extractComponentDescription(tag: string): string | undefined {
  const element = elementFor(tag);
  return element?.description ?? element?.summary;
}
