
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'city-list.count': str`Näytetään ${0} kaupunkia`,
'city-list.count-one': `Näytetään 1 kaupunki`,
'city-list.empty': `Näytettäviä kaupunkeja ei ole.`,
'city-list.error': `Jäsenkaupunkeja ei voitu näyttää.`,
'city-list.loading': `Ladataan jäsenkaupunkeja…`,
'city-list.no-match': str`Haulla ”${0}” ei löytynyt kaupunkia.`,
'city-list.other-region': `Muut kaupungit`,
'city-list.search-label': `Hae kaupunkia`,
'error.http': str`Palvelin vastasi virheellä (${0}).`,
'error.invalid': `Tiedot eivät ole odotetussa muodossa.`,
'error.missing-src': `Syötteen osoitetta ei ole annettu.`,
'error.network': `Tietoja ei voitu ladata verkkoyhteyden ongelman vuoksi.`,
'error.not-found': `Pyydettyä kohdetta ei löytynyt.`,
'error.parse': `Tietoja ei voitu lukea.`,
'error.timeout': `Tietojen lataaminen kesti liian kauan.`,
    };
  