<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>omt::gui::MeterController</name>
    <message>
        <source>Give the meter&apos;s TCP address as host:port, e.g. 10.0.0.5:4059.</source>
        <translation>Anna mittarin TCP-osoite muodossa isäntä:portti, esim. 10.0.0.5:4059.</translation>
    </message>
    <message>
        <source>Choose the optical head&apos;s serial port or type its path.</source>
        <translation>Valitse optisen lukupään sarjaportti tai kirjoita sen polku.</translation>
    </message>
    <message>
        <source>The reader association needs the meter&apos;s password.</source>
        <translation>Lukija-assosiaatio tarvitsee mittarin salasanan.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>Avaintiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>The key file %1 is not usable (%2).</source>
        <translation>Avaintiedostoa %1 ei voi käyttää (%2).</translation>
    </message>
    <message>
        <source>The installer association needs the meter&apos;s key file (EK and AK).</source>
        <translation>Asentaja-assosiaatio tarvitsee mittarin avaintiedoston (EK ja AK).</translation>
    </message>
    <message>
        <source>The connection could not start.</source>
        <translation>Yhteyttä ei voitu aloittaa.</translation>
    </message>
    <message>
        <source>Opening the connection…</source>
        <translation>Avataan yhteyttä…</translation>
    </message>
    <message>
        <source>Signing on at 300 baud…</source>
        <translation>Kirjaudutaan 300 baudilla…</translation>
    </message>
    <message>
        <source>Switching to %1 baud…</source>
        <translation>Vaihdetaan nopeuteen %1 baudia…</translation>
    </message>
    <message>
        <source>Connecting the HDLC link…</source>
        <translation>Muodostetaan HDLC-yhteyttä…</translation>
    </message>
    <message>
        <source>HDLC link up.</source>
        <translation>HDLC-yhteys muodostettu.</translation>
    </message>
    <message>
        <source>Opening the association…</source>
        <translation>Avataan assosiaatiota…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Yhdistetty.</translation>
    </message>
    <message>
        <source>Releasing the association…</source>
        <translation>Vapautetaan assosiaatiota…</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Katkaistaan yhteyttä…</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Ei yhteyttä.</translation>
    </message>
    <message>
        <source>Reading the meter failed: %1</source>
        <translation>Mittarin lukeminen epäonnistui: %1</translation>
    </message>
    <message>
        <source>writing failed: %1</source>
        <translation>kirjoitus epäonnistui: %1</translation>
    </message>
    <message>
        <source>reading back failed: %1</source>
        <translation>takaisinluku epäonnistui: %1</translation>
    </message>
    <message>
        <source>Restoring the old configuration failed too (%1): check the meter and restore the backup %2 by hand.</source>
        <translation>Myös vanhan konfiguraation palautus epäonnistui (%1): tarkista mittari ja palauta varmuuskopio %2 käsin.</translation>
    </message>
    <message>
        <source>Reading the meter…</source>
        <translation>Luetaan mittaria…</translation>
    </message>
    <message>
        <source>The meter refused to restore %1 (%2): restore the backup %3 by hand.</source>
        <translation>Mittari kieltäytyi palauttamasta kohdetta %1 (%2): palauta varmuuskopio %3 käsin.</translation>
    </message>
    <message>
        <source>the meter refused %1 (%2)</source>
        <translation>mittari hylkäsi kohteen %1 (%2)</translation>
    </message>
    <message>
        <source>This meter does not say which type it is; connect as reader or installer to read its type number.</source>
        <translation>Tämä mittari ei kerro tyyppiään; yhdistä lukijana tai asentajana, niin sen tyyppinumero voidaan lukea.</translation>
    </message>
    <message>
        <source>The device profile for this meter cannot be used: %1</source>
        <translation>Tämän mittarin laiteprofiilia ei voi käyttää: %1</translation>
    </message>
    <message>
        <source>Read the meter %1.</source>
        <translation>Mittari %1 luettu.</translation>
    </message>
    <message>
        <source>CT ratio</source>
        <translation>CT-muuntosuhde</translation>
    </message>
    <message>
        <source>configuration codes</source>
        <translation>konfiguraatiokoodit</translation>
    </message>
    <message>
        <source>%1 display list</source>
        <translation>näyttölista ”%1”</translation>
    </message>
    <message>
        <source>CT ratio lock</source>
        <translation>CT-lukitus</translation>
    </message>
    <message>
        <source>Connect to the meter before writing.</source>
        <translation>Yhdistä mittariin ennen kirjoittamista.</translation>
    </message>
    <message>
        <source>Nothing to write: the meter already holds these values.</source>
        <translation>Ei kirjoitettavaa: mittarissa on jo nämä arvot.</translation>
    </message>
    <message>
        <source>Nothing was written: the backup file could not be saved in %1.</source>
        <translation>Mitään ei kirjoitettu: varmuuskopiota ei voitu tallentaa kansioon %1.</translation>
    </message>
    <message>
        <source>Restoring %1 (%2 of %3)…</source>
        <translation>Palautetaan: %1 (%2/%3)…</translation>
    </message>
    <message>
        <source>Writing %1 (%2 of %3)…</source>
        <translation>Kirjoitetaan: %1 (%2/%3)…</translation>
    </message>
    <message>
        <source>Nothing changed: %1. The old configuration was restored and verified.</source>
        <translation>Mitään ei muutettu: %1. Vanha konfiguraatio palautettiin ja tarkistettiin.</translation>
    </message>
    <message>
        <source>%1; restoring did not verify for %2: restore the backup %3 by hand.</source>
        <translation>%1; kohteen %2 palautusta ei voitu varmistaa: palauta varmuuskopio %3 käsin.</translation>
    </message>
    <message>
        <source>the meter does not hold what was written for %1</source>
        <translation>mittarissa ei ole kohteeseen %1 kirjoitettua arvoa</translation>
    </message>
    <message numerus="yes">
        <source>Written and verified: %n change(s).</source>
        <translation>
            <numerusform>Kirjoitettu ja tarkistettu: %n muutos.</numerusform>
            <numerusform>Kirjoitettu ja tarkistettu: %n muutosta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed: %1.</source>
        <translation>Mitään ei muutettu: %1.</translation>
    </message>
    <message>
        <source>The audit log %1 cannot be written: %2</source>
        <translation>Muutoslokia %1 ei voi kirjoittaa: %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Epäonnistui: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 request, %n attribute(s)</source>
        <translation>
            <numerusform>%1-pyyntö, %n attribuutti</numerusform>
            <numerusform>%1-pyyntö, %n attribuuttia</numerusform>
        </translation>
    </message>
    <message>
        <source>no value</source>
        <translation>ei arvoa</translation>
    </message>
    <message>
        <source>SET result: %1</source>
        <translation>SET-tulos: %1</translation>
    </message>
    <message>
        <source>ACTION result: %1</source>
        <translation>ACTION-tulos: %1</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Mitään ei kirjoitettu: %1</translation>
    </message>
    <message>
        <source>Running %1 (%2 of %3)…</source>
        <translation>Suoritetaan %1 (%2/%3)…</translation>
    </message>
    <message>
        <source>; %1 was run and cannot be undone</source>
        <translation>; %1 suoritettiin eikä sitä voi perua</translation>
    </message>
    <message>
        <source>The tariff calendar cannot be shown: %1</source>
        <translation>Tariffikalenteria ei voi näyttää: %1</translation>
    </message>
    <message>
        <source>The load control settings cannot be shown: %1</source>
        <translation>Kuormanohjauksen asetuksia ei voi näyttää: %1</translation>
    </message>
    <message>
        <source>tariff plan</source>
        <translation>tariffisuunnitelma</translation>
    </message>
    <message>
        <source>load control</source>
        <translation>kuormanohjaus</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s), part of a frame</source>
        <translation>
            <numerusform>%n tavu, osa kehystä</numerusform>
            <numerusform>%n tavua, osa kehystä</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omt::link</name>
    <message>
        <source>No answer on %1: check that the head is on the optical port and the cable, and that the meter is powered.</source>
        <translation>Ei vastausta portista %1: tarkista, että lukupää on optisessa portissa, kaapeli, ja että mittarissa on virta.</translation>
    </message>
    <message>
        <source>The meter&apos;s sign-on answer was not usable (%1).</source>
        <translation>Mittarin vastausta kirjautumiseen ei voitu käyttää (%1).</translation>
    </message>
    <message>
        <source>The meter refused the HDLC connection (%1): check the client and server addresses.</source>
        <translation>Mittari hylkäsi HDLC-yhteyden (%1): tarkista asiakas- ja palvelinosoitteet.</translation>
    </message>
    <message>
        <source>The link to the meter was lost (%1).</source>
        <translation>Yhteys mittariin katkesi (%1).</translation>
    </message>
    <message>
        <source>The meter rejected the association: wrong password (LLS).</source>
        <translation>Mittari hylkäsi assosiaation: väärä salasana (LLS).</translation>
    </message>
    <message>
        <source>The meter rejected the association: the encryption or authentication key is wrong.</source>
        <translation>Mittari hylkäsi assosiaation: salaus- tai todennusavain on väärä.</translation>
    </message>
    <message>
        <source>The meter&apos;s answer fails authentication: the encryption or authentication key is wrong.</source>
        <translation>Mittarin vastaus ei läpäise todennusta: salaus- tai todennusavain on väärä.</translation>
    </message>
    <message>
        <source>Invocation counter too low (%1): the frame counter must be read and set again.</source>
        <translation>Invocation counter liian pieni (%1): kehyslaskuri on luettava ja asetettava uudelleen.</translation>
    </message>
    <message>
        <source>The meter rejected the association (%1).</source>
        <translation>Mittari hylkäsi assosiaation (%1).</translation>
    </message>
    <message>
        <source>Object %1 is not in this meter&apos;s association.</source>
        <translation>Objektia %1 ei ole tämän mittarin assosiaatiossa.</translation>
    </message>
    <message>
        <source>Access to %1 is denied in this association.</source>
        <translation>Pääsy kohteeseen %1 on estetty tässä assosiaatiossa.</translation>
    </message>
    <message>
        <source>The meter refused %1.</source>
        <translation>Mittari hylkäsi kohteen %1.</translation>
    </message>
    <message>
        <source>The meter refused the request (%1).</source>
        <translation>Mittari hylkäsi pyynnön (%1).</translation>
    </message>
    <message>
        <source>The meter&apos;s answer could not be understood (%1).</source>
        <translation>Mittarin vastausta ei ymmärretty (%1).</translation>
    </message>
    <message>
        <source>Port %1 does not exist.</source>
        <translation>Porttia %1 ei ole.</translation>
    </message>
    <message>
        <source>Port %1 is in use by another program.</source>
        <translation>Portti %1 on toisen ohjelman käytössä.</translation>
    </message>
    <message>
        <source>No permission to open %1.</source>
        <translation>Ei oikeutta avata kohdetta %1.</translation>
    </message>
    <message>
        <source>Port error: %1.</source>
        <translation>Porttivirhe: %1.</translation>
    </message>
    <message>
        <source>Nobody accepts connections at %1.</source>
        <translation>Osoitteessa %1 mikään ei ota vastaan yhteyksiä.</translation>
    </message>
    <message>
        <source>Host %1 not found.</source>
        <translation>Isäntää %1 ei löytynyt.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Peruttu.</translation>
    </message>
    <message>
        <source>The connection is not ready for this request (%1).</source>
        <translation>Yhteys ei ole valmis tähän pyyntöön (%1).</translation>
    </message>
    <message>
        <source>No Bluetooth adapter found on this computer (or the Bluetooth service is not running).</source>
        <translation>Tietokoneesta ei löytynyt Bluetooth-sovitinta (tai Bluetooth-palvelu ei ole käynnissä).</translation>
    </message>
    <message>
        <source>The Bluetooth adapter is switched off: switch it on and try again.</source>
        <translation>Bluetooth-sovitin on pois päältä: kytke se päälle ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Pair the Bluetooth head with this computer first (%1).</source>
        <translation>Muodosta ensin pariliitos Bluetooth-lukupään ja tämän tietokoneen välille (%1).</translation>
    </message>
    <message>
        <source>The Bluetooth device %1 offers no serial service: is it an optical head?</source>
        <translation>Bluetooth-laite %1 ei tarjoa sarjaliikennepalvelua: onko se optinen lukupää?</translation>
    </message>
</context>
<context>
    <name>omt::ui::ConfigCodesPage</name>
    <message>
        <source>The full configuration string; paste one to set every field.</source>
        <translation>Koko konfiguraatiomerkkijono; liitä sellainen asettaaksesi kaikki kentät.</translation>
    </message>
    <message>
        <source>&amp;Configuration:</source>
        <translation>&amp;Konfiguraatio:</translation>
    </message>
    <message>
        <source>In meter:</source>
        <translation>Mittarissa:</translation>
    </message>
    <message>
        <source>The configuration string is empty.</source>
        <translation>Konfiguraatiomerkkijono on tyhjä.</translation>
    </message>
    <message>
        <source>Only digits and &apos;-&apos; are allowed (position %1).</source>
        <translation>Vain numerot ja &apos;-&apos; ovat sallittuja (kohta %1).</translation>
    </message>
    <message>
        <source>A configuration has 56 digits; this one has %1.</source>
        <translation>Konfiguraatiossa on 56 numeroa; tässä on %1.</translation>
    </message>
    <message>
        <source>A configuration has 28 fields separated by &apos;-&apos;.</source>
        <translation>Konfiguraatiossa on 28 kenttää &apos;-&apos;-merkeillä erotettuina.</translation>
    </message>
    <message>
        <source>A field has the wrong number of digits (%1).</source>
        <translation>Kentässä on väärä määrä numeroita (%1).</translation>
    </message>
    <message>
        <source>Connect to a meter to see its configuration.</source>
        <translation>Yhdistä mittariin nähdäksesi sen konfiguraation.</translation>
    </message>
    <message>
        <source>The configuration is valid for variant %1.</source>
        <translation>Konfiguraatio on kelvollinen variantille %1.</translation>
    </message>
</context>
<context>
    <name>omt::ui::ConnectionBar</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Yhdistä</translation>
    </message>
    <message>
        <source>Meter connection</source>
        <translation>Mittariyhteys</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <source>Key file (EK/AK)</source>
        <translation>Avaintiedosto (EK/AK)</translation>
    </message>
    <message>
        <source>Public (no security)</source>
        <translation>Julkinen (ei suojausta)</translation>
    </message>
    <message>
        <source>Reader (password)</source>
        <translation>Lukija (salasana)</translation>
    </message>
    <message>
        <source>Installer (HLS keys)</source>
        <translation>Asentaja (HLS-avaimet)</translation>
    </message>
    <message>
        <source>&amp;Meter:</source>
        <translation>Mitta&amp;ri:</translation>
    </message>
    <message>
        <source>Demo meter: OMNIPOWER CT</source>
        <translation>Esittelymittari: OMNIPOWER CT</translation>
    </message>
    <message>
        <source>Demo meter: OMNIA e-meter</source>
        <translation>Esittelymittari: OMNIA e-meter</translation>
    </message>
    <message>
        <source>Optical head: %1</source>
        <translation>Optinen lukupää: %1</translation>
    </message>
    <message>
        <source>Optical head: other port…</source>
        <translation>Optinen lukupää: muu portti…</translation>
    </message>
    <message>
        <source>TCP (HDLC or wrapper)…</source>
        <translation>TCP (HDLC tai wrapper)…</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>isäntä:portti</translation>
    </message>
    <message>
        <source>/dev/ttyUSB0</source>
        <translation>/dev/ttyUSB0</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Peruuta</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Katkaise</translation>
    </message>
</context>
<context>
    <name>omt::ui::CtRatioPage</name>
    <message>
        <source>%1/%2 A (factor %3)</source>
        <translation>%1/%2 A (kerroin %3)</translation>
    </message>
    <message>
        <source>&amp;Lock the ratio…</source>
        <translation>&amp;Lukitse muuntosuhde…</translation>
    </message>
    <message>
        <source>Any factor from 1 to 600: primary current = factor × secondary.</source>
        <translation>Mikä tahansa kerroin 1–600: ensiövirta = kerroin × toisiovirta.</translation>
    </message>
    <message>
        <source>%1 (%2/5 A or %3/1 A)</source>
        <translation>%1 (%2/5 A tai %3/1 A)</translation>
    </message>
    <message>
        <source>In the meter</source>
        <translation>Mittarissa</translation>
    </message>
    <message>
        <source>Ratio:</source>
        <translation>Muuntosuhde:</translation>
    </message>
    <message>
        <source>Lock:</source>
        <translation>Lukitus:</translation>
    </message>
    <message>
        <source>New ratio</source>
        <translation>Uusi muuntosuhde</translation>
    </message>
    <message>
        <source>&amp;Standard ratio:</source>
        <translation>&amp;Vakiosuhde:</translation>
    </message>
    <message>
        <source>&amp;Custom factor:</source>
        <translation>&amp;Oma kerroin:</translation>
    </message>
    <message>
        <source>Will be:</source>
        <translation>Tulee olemaan:</translation>
    </message>
    <message>
        <source>The factor is the transformer&apos;s primary current divided by its secondary current (5 A or 1 A, set by the meter&apos;s type). The display shows primary energy (secondary energy × factor); the S0 output counts secondary energy; Z23 and Z24 choose the basis of the load profile and of the module&apos;s pulse output. Locking fixes the ratio for good: it cannot be unlocked from the optical port.</source>
        <translation>Kerroin on muuntajan ensiövirta jaettuna sen toisiovirralla (5 A tai 1 A, mittarin tyypin mukaan). Näyttö näyttää ensiöenergian (toisioenergia × kerroin); S0-lähtö laskee toisioenergiaa; Z23 ja Z24 valitsevat kuormitusprofiilin ja moduulin pulssilähdön perustan. Lukitus kiinnittää muuntosuhteen pysyvästi: sitä ei voi avata optisen portin kautta.</translation>
    </message>
    <message>
        <source>The CT ratio is already locked.</source>
        <translation>CT-muuntosuhde on jo lukittu.</translation>
    </message>
    <message>
        <source>Lock the CT ratio at %1?

This is PERMANENT: once written, the ratio can never be changed or unlocked from the optical port.</source>
        <translation>Lukitaanko CT-muuntosuhde arvoon %1?

Tämä on PYSYVÄÄ: kirjoittamisen jälkeen muuntosuhdetta ei voi koskaan muuttaa eikä avata optisen portin kautta.</translation>
    </message>
    <message>
        <source>Lock the CT ratio permanently</source>
        <translation>Lukitse CT-muuntosuhde pysyvästi</translation>
    </message>
    <message>
        <source>This meter has no CT ratio.</source>
        <translation>Tässä mittarissa ei ole CT-muuntosuhdetta.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Ei yhteyttä.</translation>
    </message>
    <message>
        <source>Locked: the ratio can no longer be changed.</source>
        <translation>Lukittu: muuntosuhdetta ei voi enää muuttaa.</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Lukitsematon</translation>
    </message>
    <message>
        <source>and locked (pending)</source>
        <translation>ja lukittu (odottaa)</translation>
    </message>
</context>
<context>
    <name>omt::ui::DisplayCatalogueModel</name>
    <message>
        <source>Historical value: not allowed in the automatic list.</source>
        <translation>Historiallinen arvo: ei sallittu automaattisessa listassa.</translation>
    </message>
    <message>
        <source>Legal reading: always in the manual list.</source>
        <translation>Lakisääteinen lukema: aina manuaalisessa listassa.</translation>
    </message>
</context>
<context>
    <name>omt::ui::DisplayListModel</name>
    <message>
        <source>%1: legal reading, cannot be removed from the manual list.</source>
        <translation>%1: lakisääteinen lukema, ei voi poistaa manuaalisesta listasta.</translation>
    </message>
    <message>
        <source>Add %1 to the %2 list</source>
        <translation>Lisää %1 listaan ”%2”</translation>
    </message>
    <message>
        <source>Remove %1 from the %2 list</source>
        <translation>Poista %1 listasta ”%2”</translation>
    </message>
    <message>
        <source>Reorder the %1 list</source>
        <translation>Järjestä lista ”%1” uudelleen</translation>
    </message>
</context>
<context>
    <name>omt::ui::DisplayListsPage</name>
    <message>
        <source>Filter readings</source>
        <translation>Suodata lukemia</translation>
    </message>
    <message>
        <source>&amp;Add →</source>
        <translation>&amp;Lisää →</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Siirrä &amp;ylös</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Siirrä &amp;alas</translation>
    </message>
    <message>
        <source>Readings the meter offers</source>
        <translation>Mittarin tarjoamat lukemat</translation>
    </message>
    <message>
        <source>This meter has no display lists.</source>
        <translation>Tässä mittarissa ei ole näyttölistoja.</translation>
    </message>
    <message>
        <source>Connect to a meter to edit its display lists.</source>
        <translation>Yhdistä mittariin muokataksesi sen näyttölistoja.</translation>
    </message>
    <message>
        <source>%1 of at most %2 readings.</source>
        <translation>%1 / enintään %2 lukemaa.</translation>
    </message>
    <message>
        <source>(Size limit assumed: the data sheet gives none.)</source>
        <translation>(Kokoraja oletettu: tuoteseloste ei anna sitä.)</translation>
    </message>
    <message>
        <source>%1: no value read from the meter yet.</source>
        <translation>%1: arvoa ei ole vielä luettu mittarista.</translation>
    </message>
</context>
<context>
    <name>omt::ui::LcdPreview</name>
    <message>
        <source>Display preview</source>
        <translation>Näytön esikatselu</translation>
    </message>
</context>
<context>
    <name>omt::ui::LoadControlPage</name>
    <message>
        <source>connected</source>
        <translation>kytketty</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>irrotettu</translation>
    </message>
    <message>
        <source>ready for reconnection</source>
        <translation>valmis uudelleenkytkentään</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>Pyynnöstä</translation>
    </message>
    <message>
        <source>Calendar (daily times)</source>
        <translation>Kalenteri (päivittäiset ajat)</translation>
    </message>
    <message>
        <source>Follow tariff</source>
        <translation>Seuraa tariffia</translation>
    </message>
    <message>
        <source>Supply control switch</source>
        <translation>Syötön katkaisija</translation>
    </message>
    <message>
        <source>Relay %1</source>
        <translation>Rele %1</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Päällä</translation>
    </message>
    <message>
        <source>e.g. 06:00 on, 22:00 off</source>
        <translation>esim. 06:00 on, 22:00 off</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Tila:</translation>
    </message>
    <message>
        <source>State (on demand):</source>
        <translation>Tila (pyynnöstä):</translation>
    </message>
    <message>
        <source>Schedule (calendar):</source>
        <translation>Aikataulu (kalenteri):</translation>
    </message>
    <message>
        <source>On in tariffs (follow tariff):</source>
        <translation>Päällä tariffeissa (seuraa tariffia):</translation>
    </message>
    <message>
        <source>This meter has no supply control switch.</source>
        <translation>Tässä mittarissa ei ole syötön katkaisijaa.</translation>
    </message>
    <message>
        <source>Disconnect the supply</source>
        <translation>Katkaise syöttö</translation>
    </message>
    <message>
        <source>Writing to the meter will disconnect the customer&apos;s supply with the meter&apos;s breaker. Go on?</source>
        <translation>Mittariin kirjoittaminen katkaisee asiakkaan syötön mittarin katkaisijalla. Jatketaanko?</translation>
    </message>
    <message>
        <source>Reconnect the supply</source>
        <translation>Kytke syöttö uudelleen</translation>
    </message>
    <message>
        <source>Writing to the meter will reconnect the customer&apos;s supply. Make sure it is safe to do so. Go on?</source>
        <translation>Mittariin kirjoittaminen kytkee asiakkaan syötön uudelleen. Varmista, että se on turvallista. Jatketaanko?</translation>
    </message>
    <message>
        <source>Relay %1: write the schedule as &quot;06:00 on, 22:00 off&quot;.</source>
        <translation>Rele %1: kirjoita aikataulu muodossa &quot;06:00 on, 22:00 off&quot;.</translation>
    </message>
    <message>
        <source>Relay %1: %2</source>
        <translation>Rele %1: %2</translation>
    </message>
    <message>
        <source>The supply is %1.</source>
        <translation>Syöttö: %1.</translation>
    </message>
    <message>
        <source>Pending: %1 when written.</source>
        <translation>Odottaa: %1 kirjoitettaessa.</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>Katkaise…</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>Kytke uudelleen…</translation>
    </message>
</context>
<context>
    <name>omt::ui::MainWindow</name>
    <message>
        <source>OpenMeterTool</source>
        <translation>OpenMeterTool</translation>
    </message>
    <message>
        <source>Write to meter</source>
        <translation>Kirjoita mittariin</translation>
    </message>
    <message>
        <source>Write these %1 changes to the meter?</source>
        <translation>Kirjoitetaanko nämä muutokset (%1) mittariin?</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sivut</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Yleiskatsaus</translation>
    </message>
    <message>
        <source>Display lists</source>
        <translation>Näyttölistat</translation>
    </message>
    <message>
        <source>CT ratio</source>
        <translation>CT-muuntosuhde</translation>
    </message>
    <message>
        <source>Configuration codes</source>
        <translation>Konfiguraatiokoodit</translation>
    </message>
    <message>
        <source>&amp;Meter</source>
        <translation>&amp;Mittari</translation>
    </message>
    <message>
        <source>&amp;Read from meter</source>
        <translation>&amp;Lue mittarista</translation>
    </message>
    <message>
        <source>&amp;Write to meter…</source>
        <translation>&amp;Kirjoita mittariin…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>L&amp;opeta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>M&amp;uokkaa</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Mittari</translation>
    </message>
    <message>
        <source>Nothing to write: there are no pending changes.</source>
        <translation>Ei kirjoitettavaa: odottavia muutoksia ei ole.</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Odottavat muutokset</translation>
    </message>
    <message>
        <source>%1 changes have not been written to the meter. Quit anyway?</source>
        <translation>Muutoksia (%1) ei ole kirjoitettu mittariin. Lopetetaanko silti?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Tariffs</source>
        <translation>Tariffit</translation>
    </message>
    <message>
        <source>Load control</source>
        <translation>Kuormanohjaus</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Jäljitys</translation>
    </message>
    <message>
        <source>estimating time left…</source>
        <translation>arvioidaan jäljellä olevaa aikaa…</translation>
    </message>
    <message>
        <source>about %1 min %2 s left</source>
        <translation>noin %1 min %2 s jäljellä</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>noin %n s jäljellä</numerusform>
            <numerusform>noin %n s jäljellä</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Järjestelmän kieli</translation>
    </message>
    <message>
        <source>The language changes the next time OpenMeterTool starts.</source>
        <translation>Kieli vaihtuu, kun OpenMeterTool käynnistetään seuraavan kerran.</translation>
    </message>
</context>
<context>
    <name>omt::ui::MeterDocument</name>
    <message>
        <source>Lock the CT ratio on the CT ratio page: it asks for the confirmation a permanent lock needs.</source>
        <translation>Lukitse CT-muuntosuhde CT-muuntosuhde-sivulla: se pyytää pysyvän lukituksen vaatiman vahvistuksen.</translation>
    </message>
    <message>
        <source>Z21 is the CT ratio: a number from 001 to 600.</source>
        <translation>Z21 on CT-muuntosuhde: luku väliltä 001–600.</translation>
    </message>
    <message>
        <source>%1 needs 1 digit.</source>
        <translation>%1 tarvitsee 1 numeron.</translation>
    </message>
    <message>
        <source>%1 needs %2 digits.</source>
        <translation>%1 tarvitsee %2 numeroa.</translation>
    </message>
    <message>
        <source>The CT ratio is locked in this meter (Z22): Z21 cannot be changed.</source>
        <translation>CT-muuntosuhde on lukittu tässä mittarissa (Z22): Z21:tä ei voi muuttaa.</translation>
    </message>
    <message>
        <source>The CT ratio lock (Z22) cannot be undone from the optical port.</source>
        <translation>CT-lukitusta (Z22) ei voi perua optisen portin kautta.</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>Aseta %1 arvoon %2</translation>
    </message>
    <message>
        <source>Set the configuration codes</source>
        <translation>Aseta konfiguraatiokoodit</translation>
    </message>
    <message>
        <source>This meter has no %1 display list.</source>
        <translation>Tässä mittarissa ei ole näyttölistaa ”%1”.</translation>
    </message>
    <message>
        <source>This meter has no current transformer ratio.</source>
        <translation>Tässä mittarissa ei ole virtamuuntajan muuntosuhdetta.</translation>
    </message>
    <message>
        <source>The CT ratio is locked in this meter and can no longer be changed.</source>
        <translation>CT-muuntosuhde on lukittu tässä mittarissa, eikä sitä voi enää muuttaa.</translation>
    </message>
    <message>
        <source>The CT ratio is locked and can no longer be changed.</source>
        <translation>CT-muuntosuhde on lukittu, eikä sitä voi enää muuttaa.</translation>
    </message>
    <message>
        <source>The ratio must be between %1 and %2.</source>
        <translation>Muuntosuhteen on oltava välillä %1–%2.</translation>
    </message>
    <message>
        <source>Set the CT ratio to %1</source>
        <translation>Aseta CT-muuntosuhteeksi %1</translation>
    </message>
    <message>
        <source>The CT ratio is already locked.</source>
        <translation>CT-muuntosuhde on jo lukittu.</translation>
    </message>
    <message>
        <source>The ratio changed since the confirmation; confirm the lock again.</source>
        <translation>Muuntosuhde on muuttunut vahvistuksen jälkeen; vahvista lukitus uudelleen.</translation>
    </message>
    <message>
        <source>Lock the CT ratio at %1</source>
        <translation>Lukitse CT-muuntosuhde arvoon %1</translation>
    </message>
    <message>
        <source>%1 %2: %3 (%4) -&gt; %5 (%6)</source>
        <translation>%1 %2: %3 (%4) -&gt; %5 (%6)</translation>
    </message>
    <message>
        <source>%1 display list: %2 -&gt; %3 readings</source>
        <translation>Näyttölista ”%1”: %2 -&gt; %3 lukemaa</translation>
    </message>
    <message>
        <source>CT ratio: %1 -&gt; %2</source>
        <translation>CT-muuntosuhde: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>CT ratio lock: unlocked -&gt; LOCKED (permanent)</source>
        <translation>CT-lukitus: lukitsematon -&gt; LUKITTU (pysyvä)</translation>
    </message>
    <message>
        <source>%1: code %2 is not available on variant %3 of this meter.</source>
        <translation>%1: koodi %2 ei ole käytettävissä tämän mittarin variantissa %3.</translation>
    </message>
    <message>
        <source>%1: code %2 is not one of the codes this field allows.</source>
        <translation>%1: koodi %2 ei ole tämän kentän sallimia koodeja.</translation>
    </message>
    <message>
        <source>%1: the CT ratio must be between 001 and 600.</source>
        <translation>%1: CT-muuntosuhteen on oltava välillä 001–600.</translation>
    </message>
    <message>
        <source>%1: the CT ratio is locked and cannot be changed.</source>
        <translation>%1: CT-muuntosuhde on lukittu, eikä sitä voi muuttaa.</translation>
    </message>
    <message>
        <source>%1: the CT ratio lock cannot be undone.</source>
        <translation>%1: CT-lukitusta ei voi perua.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automaattinen</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuaalinen</translation>
    </message>
    <message>
        <source>Backup-powered</source>
        <translation>Varavirta</translation>
    </message>
    <message>
        <source>The %1 list holds at most %2 readings.</source>
        <translation>Listaan ”%1” mahtuu enintään %2 lukemaa.</translation>
    </message>
    <message>
        <source>%1 is already in the %2 list.</source>
        <translation>%1 on jo listassa ”%2”.</translation>
    </message>
    <message>
        <source>%1 is a historical value: the automatic list cannot show historical values.</source>
        <translation>%1 on historiallinen arvo: automaattinen lista ei voi näyttää historiallisia arvoja.</translation>
    </message>
    <message>
        <source>%1 is a legal reading: the manual list must always show it.</source>
        <translation>%1 on lakisääteinen lukema: manuaalisen listan on aina näytettävä se.</translation>
    </message>
    <message>
        <source>This meter has no %1 list.</source>
        <translation>Tässä mittarissa ei ole listaa ”%1”.</translation>
    </message>
    <message>
        <source>There is no reading at that position.</source>
        <translation>Siinä kohdassa ei ole lukemaa.</translation>
    </message>
    <message>
        <source>The value does not fit the display.</source>
        <translation>Arvo ei mahdu näytölle.</translation>
    </message>
    <message>
        <source>This meter has no tariff calendar.</source>
        <translation>Tässä mittarissa ei ole tariffikalenteria.</translation>
    </message>
    <message>
        <source>This meter has no load control.</source>
        <translation>Tässä mittarissa ei ole kuormanohjausta.</translation>
    </message>
    <message>
        <source>Tariffs: %1</source>
        <translation>Tariffit: %1</translation>
    </message>
    <message>
        <source>Load control: %1</source>
        <translation>Kuormanohjaus: %1</translation>
    </message>
    <message>
        <source>%1 %2: added %3</source>
        <translation>%1 %2: lisätty %3</translation>
    </message>
    <message>
        <source>%1 %2: removed %3</source>
        <translation>%1 %2: poistettu %3</translation>
    </message>
    <message>
        <source>%1 %2: %3 -&gt; %4</source>
        <translation>%1 %2: %3 -&gt; %4</translation>
    </message>
    <message>
        <source>Tariffs</source>
        <translation>Tariffit</translation>
    </message>
    <message>
        <source>Load control</source>
        <translation>Kuormanohjaus</translation>
    </message>
</context>
<context>
    <name>omt::ui::OverviewPage</name>
    <message>
        <source>Position</source>
        <translation>Sijainti</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Koodi</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Merkitys</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lukema</translation>
    </message>
    <message>
        <source>OBIS</source>
        <translation>OBIS</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Mittari</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Lukemat</translation>
    </message>
    <message>
        <source>Not connected. Choose a meter above and press Connect.</source>
        <translation>Ei yhteyttä. Valitse mittari yltä ja paina Yhdistä.</translation>
    </message>
    <message>
        <source>OMNIPOWER CT</source>
        <translation>OMNIPOWER CT</translation>
    </message>
    <message>
        <source>OMNIA e-meter</source>
        <translation>OMNIA e-meter</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, serial number %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, sarjanumero %2</translation>
    </message>
    <message>
        <source>Firmware %1</source>
        <translation>Laiteohjelmisto %1</translation>
    </message>
    <message>
        <source>Type number %1</source>
        <translation>Tyyppinumero %1</translation>
    </message>
    <message>
        <source>The type number does not decode: %1</source>
        <translation>Tyyppinumeroa ei voi purkaa: %1</translation>
    </message>
</context>
<context>
    <name>omt::ui::TariffPage</name>
    <message>
        <source>The calendar sets the tariffs.</source>
        <translation>Kalenteri määrää tariffit.</translation>
    </message>
    <message>
        <source>Tariffs disabled (Z13 %1): the meter counts in T1 only.</source>
        <translation>Tariffit pois käytöstä (Z13 %1): mittari laskee vain T1:een.</translation>
    </message>
    <message>
        <source>Module port control (Z13 %1): the module&apos;s tariff inputs set the tariffs, not this calendar.</source>
        <translation>Moduliportin ohjaus (Z13 %1): moduulin tariffitulot määräävät tariffit, eivät tämä kalenteri.</translation>
    </message>
    <message>
        <source>Register control (Z13 %1): the calendar sets the tariffs.</source>
        <translation>Rekisteriohjaus (Z13 %1): kalenteri määrää tariffit.</translation>
    </message>
    <message>
        <source>Order-form tariff plan (Z13 %1).</source>
        <translation>Tilauslomakkeen tariffisuunnitelma (Z13 %1).</translation>
    </message>
    <message>
        <source>Activate at</source>
        <translation>Aktivoi</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Kausi</translation>
    </message>
    <message>
        <source>Day profile</source>
        <translation>Päiväprofiili</translation>
    </message>
    <message>
        <source>Week of the active calendar</source>
        <translation>Aktiivisen kalenterin viikko</translation>
    </message>
    <message>
        <source>Season:</source>
        <translation>Kausi:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Tariffi</translation>
    </message>
    <message>
        <source>Switch times as hh:mm, tariffs 1 to 4.</source>
        <translation>Vaihtoajat muodossa tt:mm, tariffit 1–4.</translation>
    </message>
    <message>
        <source>Add switch</source>
        <translation>Lisää vaihto</translation>
    </message>
    <message>
        <source>Remove switch</source>
        <translation>Poista vaihto</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Dates as *-MM-DD (every year) or YYYY-MM-DD.</source>
        <translation>Päivämäärät muodossa *-MM-DD (joka vuosi) tai YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Add special day</source>
        <translation>Lisää erikoispäivä</translation>
    </message>
    <message>
        <source>Remove special day</source>
        <translation>Poista erikoispäivä</translation>
    </message>
    <message>
        <source>Special days</source>
        <translation>Erikoispäivät</translation>
    </message>
    <message>
        <source>Passive calendar</source>
        <translation>Passiivinen kalenteri</translation>
    </message>
    <message>
        <source>Day profile %1: from %2 tariff T%3</source>
        <translation>Päiväprofiili %1: klo %2 alkaen tariffi T%3</translation>
    </message>
    <message>
        <source>Add a switch to day profile %1</source>
        <translation>Lisää vaihto päiväprofiiliin %1</translation>
    </message>
    <message>
        <source>Remove a switch from day profile %1</source>
        <translation>Poista vaihto päiväprofiilista %1</translation>
    </message>
    <message>
        <source>Add the special day %1</source>
        <translation>Lisää erikoispäivä %1</translation>
    </message>
    <message>
        <source>Remove the special day %1</source>
        <translation>Poista erikoispäivä %1</translation>
    </message>
    <message>
        <source>Copy the active calendar to the passive calendar</source>
        <translation>Kopioi aktiivinen kalenteri passiiviseen kalenteriin</translation>
    </message>
    <message>
        <source>Remove the passive calendar</source>
        <translation>Poista passiivinen kalenteri</translation>
    </message>
    <message>
        <source>Activate the passive calendar at %1</source>
        <translation>Aktivoi passiivinen kalenteri %1</translation>
    </message>
    <message>
        <source>No activation time for the passive calendar</source>
        <translation>Ei aktivointiaikaa passiiviselle kalenterille</translation>
    </message>
    <message>
        <source>A switch time is hh:mm, from 00:00 to 23:59.</source>
        <translation>Vaihtoaika on muotoa tt:mm, 00:00–23:59.</translation>
    </message>
    <message>
        <source>A tariff is 1, 2, 3 or 4.</source>
        <translation>Tariffi on 1, 2, 3 tai 4.</translation>
    </message>
    <message>
        <source>A special day is *-MM-DD (every year) or YYYY-MM-DD.</source>
        <translation>Erikoispäivä on muotoa *-MM-DD (joka vuosi) tai YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>A day profile is a number from 1 to 255.</source>
        <translation>Päiväprofiili on luku 1–255.</translation>
    </message>
    <message>
        <source>Change the special day %1</source>
        <translation>Muuta erikoispäivää %1</translation>
    </message>
    <message>
        <source>%1 (from %2, week %3)</source>
        <translation>%1 (alkaen %2, viikko %3)</translation>
    </message>
    <message>
        <source>Day profile %1</source>
        <translation>Päiväprofiili %1</translation>
    </message>
    <message numerus="yes">
        <source>Passive calendar &quot;%1&quot;: %n season(s).</source>
        <translation>
            <numerusform>Passiivinen kalenteri &quot;%1&quot;: %n kausi.</numerusform>
            <numerusform>Passiivinen kalenteri &quot;%1&quot;: %n kautta.</numerusform>
        </translation>
    </message>
    <message>
        <source>No passive calendar.</source>
        <translation>Ei passiivista kalenteria.</translation>
    </message>
    <message>
        <source>Copy the active calendar to the passive one</source>
        <translation>Kopioi aktiivinen kalenteri passiiviseksi</translation>
    </message>
    <message>
        <source>Cannot be written yet: %1</source>
        <translation>Ei voi vielä kirjoittaa: %1</translation>
    </message>
</context>
<context>
    <name>omt::ui::TraceModel</name>
    <message>
        <source>to meter</source>
        <translation>mittariin</translation>
    </message>
    <message>
        <source>from meter</source>
        <translation>mittarista</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Suunta</translation>
    </message>
    <message>
        <source>Decoded</source>
        <translation>Purettu</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Heksa</translation>
    </message>
</context>
<context>
    <name>omt::ui::TracePage</name>
    <message>
        <source>Filter: text in any column</source>
        <translation>Suodatin: teksti missä tahansa sarakkeessa</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Suodatin</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Tallenna…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>T&amp;yhjennä</translation>
    </message>
    <message>
        <source>Requests to and responses from the meter, newest last.</source>
        <translation>Pyynnöt mittariin ja vastaukset mittarista, uusin viimeisenä.</translation>
    </message>
    <message>
        <source>Save trace</source>
        <translation>Tallenna jäljitys</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Tekstitiedostot (*.txt);;Kaikki tiedostot (*)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n record(s) to %1.</source>
        <translation>
            <numerusform>Tallennettiin %n tietue tiedostoon %1.</numerusform>
            <numerusform>Tallennettiin %n tietuetta tiedostoon %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trace cannot be saved to %1: %2</source>
        <translation>Jäljitystä ei voi tallentaa tiedostoon %1: %2</translation>
    </message>
</context>
<context>
    <name>omt::ui::WeekTimeline</name>
    <message>
        <source>Week timeline of the tariffs</source>
        <translation>Tariffien viikkoaikajana</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>ti</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>ke</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>pe</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>la</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>su</translation>
    </message>
</context>
<context>
    <name>omt::ui::ZCodeModel</name>
    <message>
        <source>Pending: the meter holds %1.</source>
        <translation>Odottaa: mittarissa on %1.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Asetus</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Koodi</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Merkitys</translation>
    </message>
    <message>
        <source>In meter</source>
        <translation>Mittarissa</translation>
    </message>
</context>
</TS>
