import { expect } from '@open-wc/testing';
import { apiSectionOf, elementsOf, renderApi } from '../scripts/api-docs.mjs';
import * as library from '../src/index.js';

describe('README and custom-elements.json', () => {
  it('the README’s API section is exactly what the manifest generates (npm run docs)', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const readme = await (await fetch('/README.md')).text();
    expect(apiSectionOf(readme)).to.equal(renderApi(manifest));
  });

  it('the manifest describes every element that src/index.ts defines, and no other', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const tags = elementsOf(manifest).map((e) => e.tagName);
    const defined = (Object.values(library) as unknown[])
      .filter((value): value is CustomElementConstructor => typeof value === 'function' && value.prototype instanceof HTMLElement)
      .map((element) => customElements.getName(element));
    expect(defined).to.include('seutu-city-list');
    expect([...tags].sort()).to.deep.equal([...defined].sort());
  });

  it('documents attributes, events, slots, parts and custom properties of the city list', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const list = elementsOf(manifest).find((e) => e.tagName === 'seutu-city-list') as any;
    expect(list.attributes.map((a: { name: string }) => a.name)).to.include.members([
      'src',
      'layout',
      'region',
      'group-by',
      'searchable',
      'current',
      'no-links',
      'heading-level',
    ]);
    expect(list.events.map((e: { name: string }) => e.name)).to.deep.equal(['seutu-load', 'seutu-error']);
    expect(list.slots.map((s: { name: string }) => s.name)).to.deep.equal(['', 'empty', 'error']);
    expect(list.cssParts.length).to.be.greaterThan(5);
    expect(list.cssProperties.map((p: { name: string }) => p.name)).to.include('--seutu-accent');
  });
});
