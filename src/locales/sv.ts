
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'city-list.count': str`${0} städer visas`,
'city-list.count-one': `1 stad visas`,
'city-list.empty': `Det finns inga städer att visa.`,
'city-list.error': `Medlemsstäderna kunde inte visas.`,
'city-list.loading': `Medlemsstäderna laddas…`,
'city-list.no-match': str`Ingen stad motsvarar ”${0}”.`,
'city-list.other-region': `Övriga städer`,
'city-list.search-label': `Sök stad`,
'error.http': str`Servern svarade med ett fel (${0}).`,
'error.invalid': `Informationen har inte det förväntade formatet.`,
'error.missing-src': `Ingen flödesadress har angetts.`,
'error.network': `Informationen kunde inte laddas på grund av ett nätverksproblem.`,
'error.not-found': `Det efterfrågade objektet hittades inte.`,
'error.parse': `Informationen kunde inte läsas.`,
'error.timeout': `Det tog för lång tid att ladda informationen.`,
    };
  