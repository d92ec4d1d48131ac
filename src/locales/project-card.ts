// Do not modify this file by hand!
// Re-generate this file by running npm run localize:build (lit-localize, then
// scripts/localize-build.mjs splits its tables by id prefix).
// The project-card strings (ids project-card.*).

/* eslint-disable no-irregular-whitespace */

export const strings = {
  fi: {
    'project-card.error': `Hanketta ei voitu näyttää.`,
    'project-card.lead': `Vastuukaupunki`,
    'project-card.loading': `Ladataan hanketta…`,
    'project-card.read-more': `Lue lisää`,
    'project-card.status-completed': `Päättynyt`,
    'project-card.status-ongoing': `Käynnissä`,
    'project-card.status-planned': `Suunnitteilla`,
    'project-card.towns': `Mukana olevat kaupungit`,
  },
  sv: {
    'project-card.error': `Projektet kunde inte visas.`,
    'project-card.lead': `Ansvarig stad`,
    'project-card.loading': `Projektet laddas…`,
    'project-card.read-more': `Läs mer`,
    'project-card.status-completed': `Avslutat`,
    'project-card.status-ongoing': `Pågående`,
    'project-card.status-planned': `Planerat`,
    'project-card.towns': `Deltagande städer`,
  },
};
