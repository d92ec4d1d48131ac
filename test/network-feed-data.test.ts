import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { NetworkFeedSchema } from '../src/core/network-feed-schema.js';
import { interpretNetworkFeed } from '../src/core/network-feed.js';
import { captureWarnings, shippedFeed } from './helpers.js';

interface RawCity {
  id: string;
  code: string;
  name: Record<string, string>;
  region: Record<string, string>;
  languages: string[];
  url: string;
  lat: number;
  lon: number;
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[äå]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/[^a-z0-9]+/g, '-');

describe('the shipped network feed (data/seutu-feed.json)', () => {
  let feed: { cities: RawCity[]; projects: any[]; network: any };
  before(async () => {
    feed = await shippedFeed();
  });

  it('validates strictly and loads without a single problem or warning', async () => {
    const strict = v.safeParse(NetworkFeedSchema, feed);
    expect(strict.success, JSON.stringify(strict.issues?.[0]?.path?.map((p) => p.key))).to.equal(true);
    const { result, warnings } = await captureWarnings(async () =>
      interpretNetworkFeed(feed, new URL('/data/seutu-feed.json', location.href).href),
    );
    expect(result.problems).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    expect(result.cities).to.have.length(56);
    expect(result.projects).to.have.length(3);
  });

  it('names the network in three languages', () => {
    expect(feed.network.name).to.deep.equal({
      fi: 'Seutukaupunkiverkosto',
      sv: 'Nätverket för regionstäder',
      en: 'Network of Regional Cities',
    });
    expect(feed.network.url).to.match(/^https:\/\//);
  });

  it('has 56 towns with unique ids (slugs of the Finnish name) and unique municipality codes', () => {
    expect(feed.cities).to.have.length(56);
    expect(new Set(feed.cities.map((c) => c.id)).size).to.equal(56);
    expect(new Set(feed.cities.map((c) => c.code)).size).to.equal(56);
    for (const city of feed.cities) {
      expect(city.id, city.name.fi).to.equal(slug(city.name.fi!));
      expect(city.code, city.id).to.match(/^\d{3}$/);
    }
  });

  it('spot-checks well-known municipality codes', () => {
    const code = Object.fromEntries(feed.cities.map((c) => [c.id, c.code]));
    expect(code).to.include({
      ylivieska: '977',
      akaa: '020',
      alajarvi: '005',
      kalajoki: '208',
      pietarsaari: '598',
      raasepori: '710',
      tornio: '851',
      aanekoski: '992',
      salo: '734',
      rauma: '684',
    });
  });

  it('has the Swedish names of the Swedish seed page, every one', async () => {
    const seed = await (await fetch('/shared/seeds/001_fce03d6a324a558c.txt')).text();
    const sentence = seed.match(/I nätverket för regionstäder ingår (.*)\./)![1]!;
    const seedNames = sentence
      .replace(' och ', ', ')
      .split(', ')
      .map((n) => n.replace('–', '-'));
    expect(seedNames).to.have.length(56);
    expect(feed.cities.map((c) => c.name.sv).sort()).to.deep.equal([...seedNames].sort());
  });

  it('gives every town fi and sv names and its region in fi, sv and en', () => {
    const regions = new Map<string, string>();
    for (const city of feed.cities) {
      expect(city.name.fi, city.id).to.be.a('string');
      expect(city.name.sv, city.id).to.be.a('string');
      expect(Object.keys(city.region).sort(), city.id).to.deep.equal(['en', 'fi', 'sv']);
      // One region has one spelling in each language throughout the feed.
      const key = JSON.stringify(city.region);
      expect(regions.get(city.region.fi!) ?? key, city.id).to.equal(key);
      regions.set(city.region.fi!, key);
    }
    expect(feed.cities.find((c) => c.id === 'pietarsaari')!.region).to.deep.equal({
      fi: 'Pohjanmaa',
      sv: 'Österbotten',
      en: 'Ostrobothnia',
    });
  });

  it('lists official languages, majority first', () => {
    const languages = Object.fromEntries(feed.cities.map((c) => [c.id, c.languages.join(',')]));
    expect(languages).to.include({
      pietarsaari: 'sv,fi',
      kristiinankaupunki: 'sv,fi',
      parainen: 'sv,fi',
      raasepori: 'sv,fi',
      loviisa: 'fi,sv',
      lohja: 'fi,sv',
      ylivieska: 'fi',
    });
    for (const city of feed.cities) {
      expect(city.languages.every((l) => l === 'fi' || l === 'sv'), city.id).to.equal(true);
      // A town with a Swedish name of its own is bilingual, or uses a Swedish exonym.
      if (city.languages.includes('sv')) expect(city.name.sv).not.to.equal(undefined);
    }
  });

  it('links each town to an https site and places it inside Finland', () => {
    for (const city of feed.cities) {
      expect(new URL(city.url).protocol, city.id).to.equal('https:');
      expect(city.lat, city.id).to.be.within(59.7, 70.1);
      expect(city.lon, city.id).to.be.within(19.0, 31.6);
      expect(Math.round(city.lat * 100) / 100, city.id).to.equal(city.lat);
    }
    const at = Object.fromEntries(feed.cities.map((c) => [c.id, c]));
    // Relative positions a Finn would check at a glance.
    expect(at.tornio!.lat).to.be.greaterThan(at.ylivieska!.lat);
    expect(at.kemijarvi!.lat).to.be.greaterThan(at.kemi!.lat);
    expect(at.lieksa!.lon).to.be.greaterThan(at.iisalmi!.lon);
    expect(at.parainen!.lon).to.be.lessThan(at.salo!.lon);
    expect(at.loviisa!.lat).to.be.lessThan(61);
  });

  it('holds the three network projects the seeds name, with fi, sv and en titles', () => {
    const titles = feed.projects.map((p) => p.title.fi);
    expect(titles).to.deep.equal([
      'Joustavat koulutusmallit yhdessä yrityselämän kanssa',
      'Seutukaupunkien yritysverkostot',
      'Seutukaupunkien osaavan työvoiman saatavuuden edistäminen',
    ]);
    for (const project of feed.projects) {
      expect(Object.keys(project.title).sort()).to.deep.equal(['en', 'fi', 'sv']);
      expect(project.status).to.equal('ongoing');
      // The seeds give no dates or images: none may be invented.
      expect(project).not.to.have.any.keys('start', 'end', 'image');
    }
  });
});
