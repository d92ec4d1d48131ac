// Do not modify this file by hand!
// Re-generate this file by running npm run localize:build (lit-localize, then
// scripts/localize-build.mjs splits its tables by id prefix).
// The city-list strings (ids city-list.*).

import { str } from '../core/str-tag.js';

/* eslint-disable no-irregular-whitespace */

export const strings = {
  fi: {
    'city-list.count': str`Näytetään ${0} kaupunkia`,
    'city-list.count-one': `Näytetään 1 kaupunki`,
    'city-list.empty': `Näytettäviä kaupunkeja ei ole.`,
    'city-list.error': `Jäsenkaupunkeja ei voitu näyttää.`,
    'city-list.loading': `Ladataan jäsenkaupunkeja…`,
    'city-list.no-match': str`Haulla ”${0}” ei löytynyt kaupunkia.`,
    'city-list.other-region': `Muut kaupungit`,
    'city-list.search-label': `Hae kaupunkia`,
  },
  sv: {
    'city-list.count': str`${0} städer visas`,
    'city-list.count-one': `1 stad visas`,
    'city-list.empty': `Det finns inga städer att visa.`,
    'city-list.error': `Medlemsstäderna kunde inte visas.`,
    'city-list.loading': `Medlemsstäderna laddas…`,
    'city-list.no-match': str`Ingen stad motsvarar ”${0}”.`,
    'city-list.other-region': `Övriga städer`,
    'city-list.search-label': `Sök stad`,
  },
};
