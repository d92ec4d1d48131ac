// Renders an element from a story's args, the way a page would write it: properties that have
// an HTML attribute become that attribute (so the docs' code snippet is real, embeddable HTML),
// the rest (`feed`, a project object) are set as JS properties. CSS custom property args go in
// the element's style, slot args become children, and each event is sent to the Actions panel.
import type { Args } from '@storybook/web-components-vite';
import { elementFor, propertiesOf } from '../../.storybook/manifest';
import { SLOT_ARG, eventHandlerArg } from '../../.storybook/arg-types';

export interface WidgetOptions {
  /** Fallback children (the no-JS content), as HTML. */
  readonly children?: string;
}

export function createWidget(tag: string, args: Args, options: WidgetOptions = {}): HTMLElement {
  const element = document.createElement(tag);
  for (const property of propertiesOf(tag)) {
    const value = args[property.name];
    if (value === undefined || value === null || value === '') continue;
    const attribute = property.attribute;
    if (attribute && typeof value === 'boolean') {
      if (value) element.setAttribute(attribute, '');
    } else if (attribute && (typeof value === 'string' || typeof value === 'number')) {
      element.setAttribute(attribute, String(value));
    } else {
      (element as unknown as Record<string, unknown>)[property.name] = value;
    }
  }
  for (const [key, value] of Object.entries(args)) {
    if (key.startsWith('--') && typeof value === 'string' && value.trim()) element.style.setProperty(key, value);
  }
  const declaration = elementFor(tag);
  if (options.children) element.insertAdjacentHTML('beforeend', options.children);
  for (const slot of declaration?.slots ?? []) {
    const content = args[SLOT_ARG + (slot.name || 'default')];
    if (typeof content !== 'string' || !content.trim()) continue;
    if (!slot.name) {
      element.insertAdjacentHTML('beforeend', content);
    } else {
      const holder = document.createElement('div');
      holder.slot = slot.name;
      holder.innerHTML = content;
      element.append(holder);
    }
  }
  for (const event of declaration?.events ?? []) {
    const handler = args[eventHandlerArg(event.name)];
    if (typeof handler === 'function') element.addEventListener(event.name, handler as EventListener);
  }
  return element;
}

/** A story `render` for one element. */
export function renderWidget(tag: string, options: WidgetOptions = {}): (args: Args) => HTMLElement {
  return (args) => createWidget(tag, args, options);
}
