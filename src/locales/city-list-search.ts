// Do not modify this file by hand!
// Re-generate this file by running npm run localize:build (lit-localize, then
// scripts/localize-build.mjs splits its tables by id prefix).
// The city-list-search strings (ids city-list-search.*).

import { str } from '../core/str-tag.js';

/* eslint-disable no-irregular-whitespace */

export const strings = {
  fi: {
    'city-list-search.count': str`Näytetään ${0} kaupunkia`,
    'city-list-search.count-one': `Näytetään 1 kaupunki`,
    'city-list-search.label': `Hae kaupunkia`,
    'city-list-search.no-match': str`Haulla ”${0}” ei löytynyt kaupunkia.`,
  },
  sv: {
    'city-list-search.count': str`${0} städer visas`,
    'city-list-search.count-one': `1 stad visas`,
    'city-list-search.label': `Sök stad`,
    'city-list-search.no-match': str`Ingen stad motsvarar ”${0}”.`,
  },
};
