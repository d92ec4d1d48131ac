// Do not modify this file by hand!
// Re-generate this file by running npm run localize:build (lit-localize, then
// scripts/localize-build.mjs splits its tables by id prefix).
// The city-map strings (ids city-map.*).

/* eslint-disable no-irregular-whitespace */

export const strings = {
  fi: {
    'city-map.empty': `Kartalla ei ole näytettäviä kaupunkeja.`,
    'city-map.error': `Jäsenkaupunkien karttaa ei voitu näyttää.`,
    'city-map.label': `Jäsenkaupungit Suomen kartalla`,
    'city-map.list-heading': `Jäsenkaupungit aakkosjärjestyksessä`,
    'city-map.loading': `Ladataan jäsenkaupunkien karttaa…`,
    'city-map.unplaced': `Ei kartalla:`,
  },
  sv: {
    'city-map.empty': `Det finns inga städer att visa på kartan.`,
    'city-map.error': `Kartan över medlemsstäderna kunde inte visas.`,
    'city-map.label': `Medlemsstäderna på Finlands karta`,
    'city-map.list-heading': `Medlemsstäderna i alfabetisk ordning`,
    'city-map.loading': `Kartan över medlemsstäderna laddas…`,
    'city-map.unplaced': `Inte på kartan:`,
  },
};
