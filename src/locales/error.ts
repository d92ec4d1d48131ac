// Do not modify this file by hand!
// Re-generate this file by running npm run localize:build (lit-localize, then
// scripts/localize-build.mjs splits its tables by id prefix).
// The error strings (ids error.*).

import { str } from '../core/str-tag.js';

/* eslint-disable no-irregular-whitespace */

export const strings = {
  fi: {
    'error.http': str`Palvelin vastasi virheellä (${0}).`,
    'error.invalid': `Tiedot eivät ole odotetussa muodossa.`,
    'error.missing-src': `Syötteen osoitetta ei ole annettu.`,
    'error.network': `Tietoja ei voitu ladata verkkoyhteyden ongelman vuoksi.`,
    'error.not-found': `Pyydettyä kohdetta ei löytynyt.`,
    'error.parse': `Tietoja ei voitu lukea.`,
    'error.stale': `Tiedot voivat olla vanhentuneita.`,
    'error.timeout': `Tietojen lataaminen kesti liian kauan.`,
  },
  sv: {
    'error.http': str`Servern svarade med ett fel (${0}).`,
    'error.invalid': `Informationen har inte det förväntade formatet.`,
    'error.missing-src': `Ingen flödesadress har angetts.`,
    'error.network': `Informationen kunde inte laddas på grund av ett nätverksproblem.`,
    'error.not-found': `Det efterfrågade objektet hittades inte.`,
    'error.parse': `Informationen kunde inte läsas.`,
    'error.stale': `Uppgifterna kan vara inaktuella.`,
    'error.timeout': `Det tog för lång tid att ladda informationen.`,
  },
};
