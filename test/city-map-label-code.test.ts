import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { cleanup, mount } from './helpers.js';
import type { SeutuCityMap } from '../src/elements/city-map/city-map.js';

// A file of its own: a fresh page, where the code that places the map's names is not loaded yet.
describe('<seutu-city-map labels> in a page that has not loaded the code placing names', () => {
  afterEach(cleanup);

  it('shows the towns once that code is here, every name already placed: none moves afterwards', async () => {
    let placedAtLoad: (string | undefined)[] = [];
    const record = (event: Event) => {
      const el = event.target as SeutuCityMap;
      placedAtLoad = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="label"]')].map((l) => l.dataset['place']);
    };
    document.addEventListener('seutu-load', record, { once: true });
    await mount<SeutuCityMap>(html`<seutu-city-map labels lang="fi"></seutu-city-map>`);
    expect(placedAtLoad, 'names when seutu-load fires').to.have.length(56);
    expect(placedAtLoad.filter((place) => place === undefined), 'names not placed').to.have.length(0);
    expect(placedAtLoad.filter((place) => place !== 'none').length, 'names shown').to.be.greaterThan(20);
  });
});
