// Do not modify this file by hand!
// Re-generate this file by running npm run localize:build (lit-localize, then
// scripts/localize-build.mjs splits its tables by id prefix).
// The city-list strings (ids city-list.*).

/* eslint-disable no-irregular-whitespace */

export const strings = {
  fi: {
    'city-list.empty': `Näytettäviä kaupunkeja ei ole.`,
    'city-list.error': `Jäsenkaupunkeja ei voitu näyttää.`,
    'city-list.loading': `Ladataan jäsenkaupunkeja…`,
  },
  sv: {
    'city-list.empty': `Det finns inga städer att visa.`,
    'city-list.error': `Medlemsstäderna kunde inte visas.`,
    'city-list.loading': `Medlemsstäderna laddas…`,
  },
};
