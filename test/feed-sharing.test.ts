import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { cleanup, mount, texts } from './helpers.js';

describe('feed sharing', () => {
  afterEach(cleanup);

  it('three elements with one src make one request between them', async () => {
    const id = `shared-${Math.random().toString(36).slice(2)}`;
    const src = `/test-api/counted/${id}`;
    const { wrapper } = await mount(
      html`<div>
        <seutu-city-list src=${src}></seutu-city-list>
        <seutu-city-list src=${src} lang="sv" layout="sentence"></seutu-city-list>
        <seutu-city-list src=${src} lang="en" layout="grid"></seutu-city-list>
      </div>`,
      { settle: false },
    );
    const lists = [...wrapper.querySelectorAll('seutu-city-list')];
    await Promise.all(
      lists.map((el) =>
        texts(el, 'a').length ? null : new Promise((resolve) => el.addEventListener('seutu-load', resolve, { once: true })),
      ),
    );
    for (const el of lists) expect(texts(el, 'a')).to.have.length(56);
    const { count } = await (await fetch(`/test-api/count/${id}`)).json();
    expect(count).to.equal(1);
  });

  it('an element added later reuses the loaded feed without a new request', async () => {
    const id = `later-${Math.random().toString(36).slice(2)}`;
    const src = `/test-api/counted/${id}`;
    await mount(html`<seutu-city-list src=${src}></seutu-city-list>`);
    const { el } = await mount(html`<seutu-city-list src=${src} lang="sv"></seutu-city-list>`);
    expect(texts(el, 'a')[0]).to.equal('Ackas');
    const { count } = await (await fetch(`/test-api/count/${id}`)).json();
    expect(count).to.equal(1);
  });
});
