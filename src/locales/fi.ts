
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '../core/str-tag.js';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'blog-teaser.empty': `Näytettäviä kirjoituksia ei ole.`,
'blog-teaser.error': `Blogikirjoituksia ei voitu näyttää.`,
'blog-teaser.loading': `Ladataan blogikirjoituksia…`,
'blog-teaser.read-more': `Lue lisää`,
'blog-teaser.untitled': `Nimetön kirjoitus`,
'city-list.count': str`Näytetään ${0} kaupunkia`,
'city-list.count-one': `Näytetään 1 kaupunki`,
'city-list.empty': `Näytettäviä kaupunkeja ei ole.`,
'city-list.error': `Jäsenkaupunkeja ei voitu näyttää.`,
'city-list.loading': `Ladataan jäsenkaupunkeja…`,
'city-list.no-match': str`Haulla ”${0}” ei löytynyt kaupunkia.`,
'city-list.other-region': `Muut kaupungit`,
'city-list.search-label': `Hae kaupunkia`,
'city-map.empty': `Kartalla ei ole näytettäviä kaupunkeja.`,
'city-map.error': `Jäsenkaupunkien karttaa ei voitu näyttää.`,
'city-map.label': `Jäsenkaupungit Suomen kartalla`,
'city-map.list-heading': `Jäsenkaupungit aakkosjärjestyksessä`,
'city-map.loading': `Ladataan jäsenkaupunkien karttaa…`,
'city-map.unplaced': `Ei kartalla:`,
'error.http': str`Palvelin vastasi virheellä (${0}).`,
'error.invalid': `Tiedot eivät ole odotetussa muodossa.`,
'error.missing-src': `Syötteen osoitetta ei ole annettu.`,
'error.network': `Tietoja ei voitu ladata verkkoyhteyden ongelman vuoksi.`,
'error.not-found': `Pyydettyä kohdetta ei löytynyt.`,
'error.parse': `Tietoja ei voitu lukea.`,
'error.timeout': `Tietojen lataaminen kesti liian kauan.`,
'feed.stale': `Tiedot voivat olla vanhentuneita.`,
'project-card.error': `Hanketta ei voitu näyttää.`,
'project-card.from': str`${0} alkaen`,
'project-card.lead': `Vastuukaupunki`,
'project-card.loading': `Ladataan hanketta…`,
'project-card.months-from': `tammikuusta|helmikuusta|maaliskuusta|huhtikuusta|toukokuusta|kesäkuusta|heinäkuusta|elokuusta|syyskuusta|lokakuusta|marraskuusta|joulukuusta`,
'project-card.months-until': `tammikuuhun|helmikuuhun|maaliskuuhun|huhtikuuhun|toukokuuhun|kesäkuuhun|heinäkuuhun|elokuuhun|syyskuuhun|lokakuuhun|marraskuuhun|joulukuuhun`,
'project-card.more-towns': str`ja ${0} muuta kaupunkia`,
'project-card.more-towns-one': `ja 1 muu kaupunki`,
'project-card.read-more': `Lue lisää`,
'project-card.status-completed': `Päättynyt`,
'project-card.status-ongoing': `Käynnissä`,
'project-card.status-planned': `Suunnitteilla`,
'project-card.towns': `Mukana olevat kaupungit`,
'project-card.until': str`${0} asti`,
'project-list.empty': `Näytettäviä hankkeita ei ole.`,
'project-list.error': `Hankkeita ei voitu näyttää.`,
'project-list.loading': `Ladataan hankkeita…`,
    };
  