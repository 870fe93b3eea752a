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
        <source>Reading the meter…</source>
        <translation>Luetaan mittaria…</translation>
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
        <source>CT ratio lock</source>
        <translation>CT-lukitus</translation>
    </message>
    <message>
        <source>Nothing to write: the meter already holds these values.</source>
        <translation>Ei kirjoitettavaa: mittarissa on jo nämä arvot.</translation>
    </message>
    <message>
        <source>the meter does not hold what was written for %1</source>
        <translation>mittarissa ei ole kohteeseen %1 kirjoitettua arvoa</translation>
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
    <message>
        <source>the connection closed</source>
        <translation>yhteys suljettiin</translation>
    </message>
    <message>
        <source>The meter&apos;s clock was set to this computer&apos;s time.</source>
        <translation>Mittarin kello asetettiin tämän tietokoneen aikaan.</translation>
    </message>
    <message>
        <source>Connect to the meter before setting its clock.</source>
        <translation>Yhdistä mittariin ennen sen kellon asettamista.</translation>
    </message>
    <message>
        <source>This meter&apos;s clock was not read; it cannot be set.</source>
        <translation>Tämän mittarin kelloa ei luettu; sitä ei voi asettaa.</translation>
    </message>
    <message>
        <source>The meter&apos;s clock cannot be set: its time does not decode (%1).</source>
        <translation>Mittarin kelloa ei voi asettaa: sen aikaa ei voi tulkita (%1).</translation>
    </message>
    <message>
        <source>Setting the meter&apos;s clock…</source>
        <translation>Asetetaan mittarin kelloa…</translation>
    </message>
    <message>
        <source>load profile period</source>
        <translation>kuormitusprofiilin jakso</translation>
    </message>
    <message>
        <source>Changing the load profile period clears the load profile stored in the meter: its history is lost.</source>
        <translation>Kuormitusprofiilin jakson muuttaminen tyhjentää mittariin tallennetun kuormitusprofiilin: sen historia katoaa.</translation>
    </message>
    <message>
        <source>Writing %1 loses data stored in the meter.</source>
        <translation>Kohteen %1 kirjoittaminen hävittää mittariin tallennettuja tietoja.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>Checking the restored values…</source>
        <translation>Tarkistetaan palautettuja arvoja…</translation>
    </message>
    <message>
        <source>Reading back what was written…</source>
        <translation>Luetaan kirjoitettu takaisin…</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Palautetaan %1…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Kirjoitetaan %1…</translation>
    </message>
    <message>
        <source>writing %1 failed: %2</source>
        <translation>kohteen %1 kirjoittaminen epäonnistui: %2</translation>
    </message>
    <message>
        <source>automatic display list</source>
        <translation>automaattinen näyttölista</translation>
    </message>
    <message>
        <source>manual display list</source>
        <translation>manuaalinen näyttölista</translation>
    </message>
    <message>
        <source>backup-powered display list</source>
        <translation>varavirran näyttölista</translation>
    </message>
    <message>
        <source>Search for the Bluetooth head, or type its address like 00:1A:7D:DA:71:13.</source>
        <translation>Etsi Bluetooth-lukupää tai kirjoita sen osoite, esimerkiksi 00:1A:7D:DA:71:13.</translation>
    </message>
    <message>
        <source>The clock was set, but reading it back failed.</source>
        <translation>Kello asetettiin, mutta sen lukeminen takaisin epäonnistui.</translation>
    </message>
    <message>
        <source>the connection could not start</source>
        <translation>yhteyttä ei voitu aloittaa</translation>
    </message>
    <message>
        <source>the program was closed during the write</source>
        <translation>ohjelma suljettiin kirjoituksen aikana</translation>
    </message>
    <message>
        <source>Check the meter&apos;s address and port, and that the meter or its gateway is switched on and reachable; then Connect again.</source>
        <translation>Tarkista mittarin osoite ja portti sekä se, että mittari tai sen yhdyskäytävä on päällä ja tavoitettavissa; paina sitten uudelleen Yhdistä.</translation>
    </message>
    <message>
        <source>Check that the optical head sits squarely on the meter&apos;s optical port (the cable pointing down), that its cable is plugged in and that the meter has power; then Connect again.</source>
        <translation>Tarkista, että optinen lukupää on suorassa mittarin optisessa portissa (kaapeli alaspäin), että sen kaapeli on kytketty ja että mittarissa on virta; paina sitten uudelleen Yhdistä.</translation>
    </message>
    <message>
        <source>Check the network connection to the meter, then Connect again.</source>
        <translation>Tarkista verkkoyhteys mittariin ja paina sitten uudelleen Yhdistä.</translation>
    </message>
    <message>
        <source>Check the optical head&apos;s position on the meter and its cable (a USB head that was pulled out must be plugged in again), then Connect.</source>
        <translation>Tarkista optisen lukupään asento mittarissa ja sen kaapeli (irrotettu USB-lukupää on kytkettävä uudelleen) ja paina sitten Yhdistä.</translation>
    </message>
    <message>
        <source>The meter does not accept this HDLC address: check the meter&apos;s address settings, then Connect again.</source>
        <translation>Mittari ei hyväksy tätä HDLC-osoitetta: tarkista mittarin osoiteasetukset ja paina sitten uudelleen Yhdistä.</translation>
    </message>
    <message>
        <source>Type the meter&apos;s reader password again (the connection bar keeps it only for this session), then Connect.</source>
        <translation>Kirjoita mittarin lukijasalasana uudelleen (yhteyspalkki säilyttää sen vain tämän istunnon ajan) ja paina sitten Yhdistä.</translation>
    </message>
    <message>
        <source>Choose the key file that holds this meter&apos;s EK and AK (keys are per meter), then Connect.</source>
        <translation>Valitse avaintiedosto, jossa on tämän mittarin EK ja AK (avaimet ovat mittarikohtaisia), ja paina sitten Yhdistä.</translation>
    </message>
    <message>
        <source>Connect again: the tool reads the meter&apos;s invocation counter (0.0.43.1.0.255) before it opens the installer association.</source>
        <translation>Paina uudelleen Yhdistä: ohjelma lukee mittarin invocation counter -arvon (0.0.43.1.0.255) ennen asentaja-assosiaation avaamista.</translation>
    </message>
    <message>
        <source>Check the association (public, reader, installer) and its secret, then Connect again.</source>
        <translation>Tarkista assosiaatio (julkinen, lukija, asentaja) ja sen salasana tai avaintiedosto ja paina sitten uudelleen Yhdistä.</translation>
    </message>
    <message>
        <source>This meter does not have that object; check the meter type and its device profile.</source>
        <translation>Tässä mittarissa ei ole tätä objektia; tarkista mittarin tyyppi ja sen laiteprofiili.</translation>
    </message>
    <message>
        <source>This association may not do that: connect as installer.</source>
        <translation>Tällä assosiaatiolla ei ole siihen oikeutta: yhdistä asentajana.</translation>
    </message>
    <message>
        <source>Connect again. If it keeps happening, save the trace (Trace page, Save) and send it with a description of the meter.</source>
        <translation>Paina uudelleen Yhdistä. Jos virhe toistuu, tallenna jäljitys (Jäljitys-sivu, Tallenna) ja lähetä se mittarin kuvauksen kanssa.</translation>
    </message>
    <message>
        <source>Plug the optical head in, or choose its port again in the connection bar (the list is refreshed when it opens).</source>
        <translation>Kytke optinen lukupää tai valitse sen portti uudelleen yhteyspalkista (luettelo päivittyy, kun se avataan).</translation>
    </message>
    <message>
        <source>Close the other program that has the port open, then Connect again.</source>
        <translation>Sulje toinen ohjelma, jolla portti on auki, ja paina sitten uudelleen Yhdistä.</translation>
    </message>
    <message>
        <source>Your user may not open serial ports: add it to the dialout group (sudo usermod -aG dialout $USER), log out and in again, then Connect.</source>
        <translation>Käyttäjälläsi ei ole oikeutta avata sarjaportteja: lisää se dialout-ryhmään (sudo usermod -aG dialout $USER), kirjaudu ulos ja takaisin sisään ja paina sitten Yhdistä.</translation>
    </message>
    <message>
        <source>Your user may not open this port: ask the computer&apos;s administrator.</source>
        <translation>Käyttäjälläsi ei ole oikeutta avata tätä porttia: kysy tietokoneen ylläpitäjältä.</translation>
    </message>
    <message>
        <source>Check the meter&apos;s address and port, then Connect again.</source>
        <translation>Tarkista mittarin osoite ja portti ja paina sitten uudelleen Yhdistä.</translation>
    </message>
    <message>
        <source>Connect again.</source>
        <translation>Paina uudelleen Yhdistä.</translation>
    </message>
    <message>
        <source>Start the computer&apos;s Bluetooth service or plug in a Bluetooth adapter, then Connect again.</source>
        <translation>Käynnistä tietokoneen Bluetooth-palvelu tai kytke Bluetooth-sovitin ja paina sitten uudelleen Yhdistä.</translation>
    </message>
    <message>
        <source>Switch Bluetooth on, then Connect again.</source>
        <translation>Kytke Bluetooth päälle ja paina sitten uudelleen Yhdistä.</translation>
    </message>
    <message>
        <source>Pair the Bluetooth head in the system&apos;s Bluetooth settings, then Connect again.</source>
        <translation>Muodosta pariliitos Bluetooth-lukupäähän järjestelmän Bluetooth-asetuksissa ja paina sitten uudelleen Yhdistä.</translation>
    </message>
    <message>
        <source>Choose the Bluetooth optical head, not another Bluetooth device.</source>
        <translation>Valitse optinen Bluetooth-lukupää, älä muuta Bluetooth-laitetta.</translation>
    </message>
    <message>
        <source>This optical port offers only a data readout; configure the meter through a port that offers DLMS (mode E).</source>
        <translation>Tämä optinen portti tarjoaa vain datanluennan; konfiguroi mittari portin kautta, joka tarjoaa DLMS:n (mode E).</translation>
    </message>
    <message>
        <source>A write to the meter is under way: wait for it to finish.</source>
        <translation>Kirjoitus mittariin on käynnissä: odota, että se valmistuu.</translation>
    </message>
    <message>
        <source>Restart OpenMeterTool.</source>
        <translation>Käynnistä OpenMeterTool uudelleen.</translation>
    </message>
    <message>
        <source>“%1” is not a TCP address.</source>
        <translation>”%1” ei ole TCP-osoite.</translation>
    </message>
    <message>
        <source>No Bluetooth head is chosen.</source>
        <translation>Bluetooth-lukupäätä ei ole valittu.</translation>
    </message>
    <message>
        <source>No serial port is chosen.</source>
        <translation>Sarjaporttia ei ole valittu.</translation>
    </message>
    <message>
        <source>Type the reader password in the connection bar, then Connect.</source>
        <translation>Kirjoita lukijasalasana yhteyspalkkiin ja paina sitten Yhdistä.</translation>
    </message>
    <message>
        <source>Choose the key file in the connection bar, then Connect.</source>
        <translation>Valitse avaintiedosto yhteyspalkista ja paina sitten Yhdistä.</translation>
    </message>
    <message>
        <source>Choose a key file with lines EK = &lt;32 hex digits&gt; and AK = &lt;32 hex digits&gt;, then Connect.</source>
        <translation>Valitse avaintiedosto, jossa on rivit EK = &lt;32 heksanumeroa&gt; ja AK = &lt;32 heksanumeroa&gt;, ja paina sitten Yhdistä.</translation>
    </message>
    <message>
        <source>cancelled while connecting again</source>
        <translation>peruttu uudelleenyhdistämisen aikana</translation>
    </message>
    <message>
        <source>Stopping the write: what was written is being put back…</source>
        <translation>Kirjoitus pysäytetään: vanhat arvot kirjoitetaan takaisin…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Peruttu.</translation>
    </message>
    <message>
        <source>Connecting again to finish the write: %1</source>
        <translation>Yhdistetään uudelleen kirjoituksen loppuun viemiseksi: %1</translation>
    </message>
    <message>
        <source>Connected again: the write goes on.</source>
        <translation>Yhdistetty uudelleen: kirjoitus jatkuu.</translation>
    </message>
    <message>
        <source>The connection closed.</source>
        <translation>Yhteys suljettiin.</translation>
    </message>
    <message>
        <source>Connecting to the meter failed.</source>
        <translation>Yhdistäminen mittariin epäonnistui.</translation>
    </message>
    <message>
        <source>The link to the meter was lost.</source>
        <translation>Yhteys mittariin katkesi.</translation>
    </message>
    <message>
        <source>Reading the meter failed.</source>
        <translation>Mittarin lukeminen epäonnistui.</translation>
    </message>
    <message>
        <source>The clock was not set.</source>
        <translation>Kelloa ei asetettu.</translation>
    </message>
    <message>
        <source>Connect to a meter first.</source>
        <translation>Yhdistä ensin mittariin.</translation>
    </message>
    <message>
        <source>The meter refused the new time (%1).</source>
        <translation>Mittari hylkäsi uuden ajan (%1).</translation>
    </message>
    <message>
        <source>Connect as installer to set the meter&apos;s clock.</source>
        <translation>Yhdistä asentajana, niin voit asettaa mittarin kellon.</translation>
    </message>
    <message>
        <source>This meter does not say which type it is.</source>
        <translation>Tämä mittari ei kerro tyyppiään.</translation>
    </message>
    <message>
        <source>Connect as reader or installer to read its type number.</source>
        <translation>Yhdistä lukijana tai asentajana, niin sen tyyppinumero voidaan lukea.</translation>
    </message>
    <message>
        <source>The device profile for this meter cannot be used.</source>
        <translation>Tämän mittarin laiteprofiilia ei voi käyttää.</translation>
    </message>
    <message>
        <source>Reinstall OpenMeterTool, or correct the profile file the message names.</source>
        <translation>Asenna OpenMeterTool uudelleen tai korjaa viestissä mainittu profiilitiedosto.</translation>
    </message>
    <message>
        <source>Nothing was written: not connected.</source>
        <translation>Mitään ei kirjoitettu: ei yhteyttä.</translation>
    </message>
    <message>
        <source>Connect to the meter, then Write again: the pending changes are kept.</source>
        <translation>Yhdistä mittariin ja valitse sitten uudelleen ”Kirjoita mittariin”: odottavat muutokset säilyvät.</translation>
    </message>
    <message>
        <source>Nothing was written: the pending plans break the meter&apos;s rules.</source>
        <translation>Mitään ei kirjoitettu: odottavat suunnitelmat rikkovat mittarin sääntöjä.</translation>
    </message>
    <message>
        <source>Correct what the pages mark, then Write again.</source>
        <translation>Korjaa sivuilla merkityt kohdat ja valitse sitten uudelleen ”Kirjoita mittariin”.</translation>
    </message>
    <message>
        <source>Correct the pending changes the message names, then Write again.</source>
        <translation>Korjaa viestissä mainitut odottavat muutokset ja valitse sitten uudelleen ”Kirjoita mittariin”.</translation>
    </message>
    <message>
        <source>Nothing to restore: the meter already holds the backup&apos;s values.</source>
        <translation>Ei palautettavaa: mittarissa on jo varmuuskopion arvot.</translation>
    </message>
    <message>
        <source>Nothing to write.</source>
        <translation>Ei kirjoitettavaa.</translation>
    </message>
    <message>
        <source>Nothing was written: the backup of the old values could not be saved.</source>
        <translation>Mitään ei kirjoitettu: vanhojen arvojen varmuuskopiota ei voitu tallentaa.</translation>
    </message>
    <message>
        <source>Free some disk space or fix the folder&apos;s permissions, then Write again.</source>
        <translation>Vapauta levytilaa tai korjaa kansion käyttöoikeudet ja valitse sitten uudelleen ”Kirjoita mittariin”.</translation>
    </message>
    <message>
        <source>Nothing was written: the audit log could not be written.</source>
        <translation>Mitään ei kirjoitettu: muutoslokiin ei voitu kirjoittaa.</translation>
    </message>
    <message>
        <source>Free some disk space or fix the audit log&apos;s permissions, then Write again.</source>
        <translation>Vapauta levytilaa tai korjaa muutoslokin käyttöoikeudet ja valitse sitten uudelleen ”Kirjoita mittariin”.</translation>
    </message>
    <message>
        <source>Nothing was written: the write journal could not be saved.</source>
        <translation>Mitään ei kirjoitettu: kirjoituspäiväkirjaa ei voitu tallentaa.</translation>
    </message>
    <message>
        <source>Free some disk space, then Write again.</source>
        <translation>Vapauta levytilaa ja valitse sitten uudelleen ”Kirjoita mittariin”.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>peruttu</translation>
    </message>
    <message>
        <source>The link to the meter was lost: connecting again to finish the write safely.</source>
        <translation>Yhteys mittariin katkesi: yhdistetään uudelleen, jotta kirjoitus saadaan turvallisesti loppuun.</translation>
    </message>
    <message numerus="yes">
        <source>Connecting again in %n s (attempt %1 of %2)…</source>
        <translation>
            <numerusform>Yhdistetään uudelleen %n s kuluttua (yritys %1/%2)…</numerusform>
            <numerusform>Yhdistetään uudelleen %n s kuluttua (yritys %1/%2)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written and verified.</source>
        <translation>
            <numerusform>%n muutos kirjoitettu ja tarkistettu.</numerusform>
            <numerusform>%n muutosta kirjoitettu ja tarkistettu.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was restored and verified.</source>
        <translation>Varmuuskopio palautettiin ja tarkistettiin.</translation>
    </message>
    <message>
        <source>The write was cancelled: the meter holds its old configuration.</source>
        <translation>Kirjoitus peruttiin: mittarissa on sen vanha konfiguraatio.</translation>
    </message>
    <message>
        <source>The write failed: the meter holds its old configuration.</source>
        <translation>Kirjoitus epäonnistui: mittarissa on sen vanha konfiguraatio.</translation>
    </message>
    <message>
        <source>The write failed and the old values could not all be put back: the meter may hold part of it.</source>
        <translation>Kirjoitus epäonnistui, eikä kaikkia vanhoja arvoja voitu kirjoittaa takaisin: mittarissa voi olla osa uusista arvoista.</translation>
    </message>
    <message>
        <source>%1; restoring: %2</source>
        <translation>%1; palautettaessa: %2</translation>
    </message>
    <message>
        <source>The CT ratio lock was written but does not read back; it cannot be undone.</source>
        <translation>CT-muuntosuhteen lukitus kirjoitettiin, mutta sitä ei voi lukea takaisin; sitä ei voi perua.</translation>
    </message>
    <message>
        <source>The audit log could not be written: %1</source>
        <translation>Muutoslokiin ei voitu kirjoittaa: %1</translation>
    </message>
    <message>
        <source>The audit log cannot be written: %1</source>
        <translation>Muutoslokiin ei voi kirjoittaa: %1</translation>
    </message>
    <message>
        <source>The backup cannot be read.</source>
        <translation>Varmuuskopiota ei voi lukea.</translation>
    </message>
    <message>
        <source>Choose the backup file again.</source>
        <translation>Valitse varmuuskopiotiedosto uudelleen.</translation>
    </message>
    <message>
        <source>%1 is not a backup this version can restore.</source>
        <translation>%1 ei ole varmuuskopio, jonka tämä versio voi palauttaa.</translation>
    </message>
    <message>
        <source>Choose a backup saved by OpenMeterTool or omt.</source>
        <translation>Valitse OpenMeterToolin tai omt:n tallentama varmuuskopio.</translation>
    </message>
    <message>
        <source>Connect to meter %1 as installer to restore this backup.</source>
        <translation>Yhdistä mittariin %1 asentajana, niin voit palauttaa tämän varmuuskopion.</translation>
    </message>
    <message>
        <source>Connect, then choose Restore backup again.</source>
        <translation>Paina Yhdistä ja valitse sitten uudelleen ”Palauta varmuuskopio”.</translation>
    </message>
    <message>
        <source>This backup is of meter %1, not of the connected meter %2.</source>
        <translation>Tämä varmuuskopio on mittarista %1, ei yhdistetystä mittarista %2.</translation>
    </message>
    <message>
        <source>Connect to meter %1, then restore it.</source>
        <translation>Yhdistä mittariin %1 ja palauta se sitten.</translation>
    </message>
    <message>
        <source>The backup does not fit this meter.</source>
        <translation>Varmuuskopio ei sovi tähän mittariin.</translation>
    </message>
    <message>
        <source>Connect to a meter before opening a template.</source>
        <translation>Yhdistä mittariin ennen mallin avaamista.</translation>
    </message>
    <message>
        <source>The template&apos;s values become pending changes of the connected meter.</source>
        <translation>Mallin arvoista tulee yhdistetyn mittarin odottavia muutoksia.</translation>
    </message>
    <message>
        <source>The template cannot be read.</source>
        <translation>Mallia ei voi lukea.</translation>
    </message>
    <message>
        <source>%1 is not a configuration template this version reads.</source>
        <translation>%1 ei ole konfiguraatiomalli, jota tämä versio osaa lukea.</translation>
    </message>
    <message>
        <source>Choose a template saved by OpenMeterTool or `omt config show --json`.</source>
        <translation>Valitse OpenMeterToolin tai komennon `omt config show --json` tallentama malli.</translation>
    </message>
    <message>
        <source>The template does not fit this meter.</source>
        <translation>Malli ei sovi tähän mittariin.</translation>
    </message>
    <message>
        <source>Open template %1</source>
        <translation>Avaa malli %1</translation>
    </message>
    <message>
        <source>The template&apos;s changes are pending: check them, then Write to meter.</source>
        <translation>Mallin muutokset odottavat: tarkista ne ja valitse sitten ”Kirjoita mittariin”.</translation>
    </message>
    <message>
        <source>Connect to a meter before saving a template.</source>
        <translation>Yhdistä mittariin ennen mallin tallentamista.</translation>
    </message>
    <message>
        <source>The pending configuration cannot be saved.</source>
        <translation>Odottavaa konfiguraatiota ei voi tallentaa.</translation>
    </message>
    <message>
        <source>Correct the pending changes the message names.</source>
        <translation>Korjaa viestissä mainitut odottavat muutokset.</translation>
    </message>
    <message>
        <source>The template could not be saved.</source>
        <translation>Mallia ei voitu tallentaa.</translation>
    </message>
    <message>
        <source>Saved the template %1.</source>
        <translation>Malli %1 tallennettu.</translation>
    </message>
    <message>
        <source>A write journal entry cannot be read: %1</source>
        <translation>Kirjoituspäiväkirjan merkintää ei voi lukea: %1</translation>
    </message>
    <message>
        <source>This association cannot set the meter&apos;s clock.</source>
        <translation>Tällä assosiaatiolla ei voi asettaa mittarin kelloa.</translation>
    </message>
    <message>
        <source>load profile 2 period</source>
        <translation>kuormitusprofiilin 2 jakso</translation>
    </message>
    <message>
        <source>CT ratio unlock</source>
        <translation>CT-muuntosuhteen lukituksen avaus</translation>
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
    <message>
        <source>The meter (%1) offers only an IEC 62056-21 mode C data readout, no DLMS on this port: only its data readout can be read.</source>
        <translation>Mittari (%1) tarjoaa tässä portissa vain IEC 62056-21 mode C -datanluennan eikä DLMS:ää: vain datanluenta voidaan lukea.</translation>
    </message>
    <message>
        <source>the meter&apos;s answer holds no result</source>
        <translation>mittarin vastauksessa ei ole tulosta</translation>
    </message>
    <message>
        <source>the meter refused %1 (%2)</source>
        <translation>mittari hylkäsi kohteen %1 (%2)</translation>
    </message>
    <message>
        <source>the meter refused action %1 (%2)</source>
        <translation>mittari hylkäsi toiminnon %1 (%2)</translation>
    </message>
    <message>
        <source>the meter answered a write with something else</source>
        <translation>mittari vastasi kirjoitukseen jollakin muulla</translation>
    </message>
</context>
<context>
    <name>omt::ui::AboutDialog</name>
    <message>
        <source>About OpenMeterTool</source>
        <translation>Tietoja OpenMeterToolista</translation>
    </message>
    <message>
        <source>OpenMeterTool</source>
        <translation>OpenMeterTool</translation>
    </message>
    <message>
        <source>OpenMeterTool %1</source>
        <translation>OpenMeterTool %1</translation>
    </message>
    <message>
        <source>Configures and reads DLMS/COSEM electricity meters (Kamstrup OMNIPOWER CT and OMNIA) through an optical head.</source>
        <translation>Määrittää ja lukee DLMS/COSEM-sähkömittareita (Kamstrup OMNIPOWER CT ja OMNIA) optisen lukupään kautta.</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (käännetty versiolla Qt %2)</translation>
    </message>
    <message>
        <source>OpenSSL: %1</source>
        <translation>OpenSSL: %1</translation>
    </message>
    <message>
        <source>Licence: see the licence file distributed with OpenMeterTool.</source>
        <translation>Lisenssi: katso OpenMeterToolin mukana toimitettu lisenssitiedosto.</translation>
    </message>
    <message>
        <source>Backups and the audit log: %1</source>
        <translation>Varmuuskopiot ja muutosloki: %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ei asetettu</translation>
    </message>
</context>
<context>
    <name>omt::ui::AuditLogDialog</name>
    <message>
        <source>&amp;Open in another program</source>
        <translation>&amp;Avaa toisessa ohjelmassa</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Muutosloki</translation>
    </message>
    <message>
        <source>Filter: text in any column</source>
        <translation>Suodatin: teksti missä tahansa sarakkeessa</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Suodatin</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Tiedosto: %1</translation>
    </message>
    <message>
        <source>Open %1 in the program this computer uses for CSV files.</source>
        <translation>Avaa %1 ohjelmassa, jota tämä tietokone käyttää CSV-tiedostoille.</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Lataa uudelleen</translation>
    </message>
    <message>
        <source>No write has been recorded yet.</source>
        <translation>Yhtään kirjoitusta ei ole vielä kirjattu.</translation>
    </message>
    <message>
        <source>The audit log %1 cannot be read: %2</source>
        <translation>Muutoslokia %1 ei voi lukea: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in %1.</source>
        <translation>
            <numerusform>%n merkintä tiedostossa %1.</numerusform>
            <numerusform>%n merkintää tiedostossa %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) are not records; they are shown as they stand in the file.</source>
        <translation>
            <numerusform>%n rivi ei ole merkintä; se näytetään sellaisenaan.</numerusform>
            <numerusform>%n riviä ei ole merkintöjä; ne näytetään sellaisinaan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omt::ui::AuditLogModel</name>
    <message>
        <source>not a record (line %1): a quoted field is not closed</source>
        <translation>ei merkintä (rivi %1): lainausmerkeissä olevaa kenttää ei ole suljettu</translation>
    </message>
    <message>
        <source>not a record (line %1): text after a closing quote</source>
        <translation>ei merkintä (rivi %1): tekstiä loppulainausmerkin jälkeen</translation>
    </message>
    <message>
        <source>not a record (line %1): a quote inside a field</source>
        <translation>ei merkintä (rivi %1): lainausmerkki kentän sisällä</translation>
    </message>
    <message numerus="yes">
        <source>not a record (line %1): %n field(s) instead of 7</source>
        <translation>
            <numerusform>ei merkintä (rivi %1): %n kenttä 7:n sijaan</numerusform>
            <numerusform>ei merkintä (rivi %1): %n kenttää 7:n sijaan</numerusform>
        </translation>
    </message>
    <message>
        <source>not a record (line %1): the time does not read</source>
        <translation>ei merkintä (rivi %1): aikaa ei voi lukea</translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <translation>%1 (UTC)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Mittari</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Asetus</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Vanha arvo</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Uusi arvo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Tulos</translation>
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
    <message>
        <source>Connect to a meter to see its configuration codes.</source>
        <translation>Yhdistä mittariin nähdäksesi sen konfiguraatiokoodit.</translation>
    </message>
    <message>
        <source>The configuration codes cannot be read with the public association. Connect as reader or installer.</source>
        <translation>Konfiguraatiokoodeja ei voi lukea julkisella assosiaatiolla. Yhdistä lukijana tai asentajana.</translation>
    </message>
    <message>
        <source>This meter has no configuration codes.</source>
        <translation>Tällä mittarilla ei ole konfiguraatiokoodeja.</translation>
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
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Etsi</translation>
    </message>
    <message>
        <source>AA:BB:CC:DD:EE:FF</source>
        <translation>AA:BB:CC:DD:EE:FF</translation>
    </message>
    <message>
        <source>Bluetooth head</source>
        <translation>Bluetooth-lukupää</translation>
    </message>
    <message>
        <source>Look for Bluetooth optical heads nearby.</source>
        <translation>Etsi lähellä olevia optisia Bluetooth-lukupäitä.</translation>
    </message>
    <message>
        <source>Bluetooth head…</source>
        <translation>Bluetooth-lukupää…</translation>
    </message>
    <message>
        <source>Choose a head found by Search or type its address (AA:BB:CC:DD:EE:FF).</source>
        <translation>Valitse Etsi-toiminnolla löytynyt lukupää tai kirjoita sen osoite (AA:BB:CC:DD:EE:FF).</translation>
    </message>
    <message>
        <source>Searching for Bluetooth heads…</source>
        <translation>Etsitään Bluetooth-lukupäitä…</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ei nimeä)</translation>
    </message>
    <message>
        <source>%1 (%2, %3 dBm)</source>
        <translation>%1 (%2, %3 dBm)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No Bluetooth heads found. Is the head switched on and near?</source>
        <translation>Bluetooth-lukupäitä ei löytynyt. Onko lukupää päällä ja lähellä?</translation>
    </message>
    <message numerus="yes">
        <source>Found %n Bluetooth head(s).</source>
        <translation>
            <numerusform>Löytyi %n Bluetooth-lukupää.</numerusform>
            <numerusform>Löytyi %n Bluetooth-lukupäätä.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Bluetooth adapter found.</source>
        <translation>Bluetooth-sovitinta ei löytynyt.</translation>
    </message>
    <message>
        <source>The Bluetooth adapter is switched off: switch it on and search again.</source>
        <translation>Bluetooth-sovitin on pois päältä: kytke se päälle ja etsi uudelleen.</translation>
    </message>
    <message>
        <source>This program may not use Bluetooth: allow it in the system settings and search again.</source>
        <translation>Tämä ohjelma ei saa käyttää Bluetoothia: salli se järjestelmäasetuksissa ja etsi uudelleen.</translation>
    </message>
    <message>
        <source>Bluetooth search is not supported on this system.</source>
        <translation>Bluetooth-hakua ei tueta tässä järjestelmässä.</translation>
    </message>
    <message>
        <source>The Bluetooth search failed. Search again.</source>
        <translation>Bluetooth-haku epäonnistui. Etsi uudelleen.</translation>
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
        <source>The CT ratio is already locked.</source>
        <translation>CT-muuntosuhde on jo lukittu.</translation>
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
    <message>
        <source>Lock the CT ratio at %1?

This is PERMANENT: this meter type does not allow unlocking from the optical port (device profile), so once written, the ratio cannot be changed from here again.</source>
        <translation>Lukitaanko CT-muuntosuhde arvoon %1?

Tämä on PYSYVÄÄ: tämä mittarityyppi ei salli lukituksen avaamista optisen portin kautta (laiteprofiili), joten kirjoittamisen jälkeen muuntosuhdetta ei voi enää muuttaa täältä.</translation>
    </message>
    <message>
        <source>Lock the CT ratio at %1?

The device profile says this meter type can be unlocked again from the optical port.</source>
        <translation>Lukitaanko CT-muuntosuhde arvoon %1?

Laiteprofiilin mukaan tämän mittarityypin lukituksen voi avata uudelleen optisen portin kautta.</translation>
    </message>
    <message>
        <source>Lock the CT ratio at %1?

Treat this as PERMANENT: the device profile does not say whether this meter type can be unlocked, and OpenMeterTool never unlocks it.</source>
        <translation>Lukitaanko CT-muuntosuhde arvoon %1?

Pidä tätä PYSYVÄNÄ: laiteprofiili ei kerro, voiko tämän mittarityypin lukituksen avata, eikä OpenMeterTool koskaan avaa sitä.</translation>
    </message>
    <message>
        <source>Lock the CT ratio</source>
        <translation>Lukitse CT-muuntosuhde</translation>
    </message>
    <message>
        <source>The factor is the transformer&apos;s primary current divided by its secondary current (5 A or 1 A, set by the meter&apos;s type). The display shows primary energy (secondary energy × factor); the S0 output counts secondary energy; Z23 and Z24 choose the basis of the load profile and of the module&apos;s pulse output.</source>
        <translation>Kerroin on muuntajan ensiövirta jaettuna sen toisiovirralla (5 A tai 1 A, mittarin tyypin mukaan). Näyttö näyttää ensiöenergian (toisioenergia × kerroin); S0-lähtö laskee toisioenergiaa; Z23 ja Z24 valitsevat kuormitusprofiilin ja moduulin pulssilähdön perustan.</translation>
    </message>
    <message>
        <source>Locking fixes the ratio for good: this meter type does not allow unlocking from the optical port (device profile).</source>
        <translation>Lukitus kiinnittää muuntosuhteen pysyvästi: tämä mittarityyppi ei salli lukituksen avaamista optisen portin kautta (laiteprofiili).</translation>
    </message>
    <message>
        <source>The device profile says a locked ratio can be unlocked again on this meter type.</source>
        <translation>Laiteprofiilin mukaan lukitun muuntosuhteen voi avata uudelleen tässä mittarityypissä.</translation>
    </message>
    <message>
        <source>The device profile does not say whether a locked ratio can be unlocked on this meter type; OpenMeterTool never unlocks it.</source>
        <translation>Laiteprofiili ei kerro, voiko lukitun muuntosuhteen avata tässä mittarityypissä; OpenMeterTool ei koskaan avaa sitä.</translation>
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
        <source>(Size limit assumed: the data sheet gives none.)</source>
        <translation>(Kokoraja oletettu: tuoteseloste ei anna sitä.)</translation>
    </message>
    <message>
        <source>%1: no value read from the meter yet.</source>
        <translation>%1: arvoa ei ole vielä luettu mittarista.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of at most %n reading(s).</source>
        <translation>
            <numerusform>%1 / enintään %n lukema.</numerusform>
            <numerusform>%1 / enintään %n lukemaa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omt::ui::InterruptedWritesPanel</name>
    <message>
        <source>Writes that did not finish</source>
        <translation>Keskeytyneet kirjoitukset</translation>
    </message>
    <message>
        <source>A meter of unknown serial number</source>
        <translation>Mittari, jonka sarjanumero on tuntematon</translation>
    </message>
    <message>
        <source>Meter %1</source>
        <translation>Mittari %1</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>tuntemattomana aikana</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4.</source>
        <translation>%1, %2, %3: %4.</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>tuntematon ohjelma</translation>
    </message>
    <message>
        <source>settings not recorded</source>
        <translation>asetuksia ei kirjattu</translation>
    </message>
    <message>
        <source>No backup was saved.</source>
        <translation>Varmuuskopiota ei tallennettu.</translation>
    </message>
    <message>
        <source>Backup of the old values: %1</source>
        <translation>Vanhojen arvojen varmuuskopio: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) did not finish: the meter may hold part of the new values. Restore the backup on that meter, or dismiss the entry once it is repaired.</source>
        <translation>
            <numerusform>%n kirjoitus keskeytyi: mittarissa voi olla osa uusista arvoista. Palauta varmuuskopio kyseiseen mittariin tai hylkää merkintä, kun mittari on korjattu.</numerusform>
            <numerusform>%n kirjoitusta keskeytyi: mittarissa voi olla osa uusista arvoista. Palauta varmuuskopio kyseiseen mittariin tai hylkää merkintä, kun mittari on korjattu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Palauta varmuuskopio</translation>
    </message>
    <message>
        <source>Restore the backup of meter %1</source>
        <translation>Palauta mittarin %1 varmuuskopio</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <source>Dismiss the entry of meter %1</source>
        <translation>Hylkää mittarin %1 merkintä</translation>
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
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Kytkentä</translation>
    </message>
    <message>
        <source>Every day at this time (hh:mm) the relay switches on or off.</source>
        <translation>Rele kytkeytyy päälle tai pois joka päivä tähän aikaan (hh:mm).</translation>
    </message>
    <message>
        <source>Add time</source>
        <translation>Lisää aika</translation>
    </message>
    <message>
        <source>Remove time</source>
        <translation>Poista aika</translation>
    </message>
    <message>
        <source>switch on</source>
        <translation>kytke päälle</translation>
    </message>
    <message>
        <source>switch off</source>
        <translation>kytke pois</translation>
    </message>
    <message>
        <source>Relay %1 follows a schedule only in calendar mode.</source>
        <translation>Rele %1 noudattaa aikataulua vain kalenteritilassa.</translation>
    </message>
    <message>
        <source>Relay %1: schedule %2</source>
        <translation>Rele %1: aikataulu %2</translation>
    </message>
    <message>
        <source>A switch time is hh:mm, from 00:00 to 23:59.</source>
        <translation>Vaihtoaika on hh:mm, 00:00–23:59.</translation>
    </message>
    <message>
        <source>Relay %1: select the time to remove.</source>
        <translation>Rele %1: valitse poistettava aika.</translation>
    </message>
    <message>
        <source>Cut the customer&apos;s supply</source>
        <translation>Katkaise asiakkaan sähkönsyöttö</translation>
    </message>
    <message>
        <source>Writing to the meter will open the meter&apos;s breaker: the customer has no electricity until the supply is restored. Go on?</source>
        <translation>Kun mittariin kirjoitetaan, mittarin katkaisija avautuu: asiakkaalla ei ole sähköä, ennen kuin syöttö palautetaan. Jatketaanko?</translation>
    </message>
    <message>
        <source>Restore the customer&apos;s supply</source>
        <translation>Palauta asiakkaan sähkönsyöttö</translation>
    </message>
    <message>
        <source>Writing to the meter will close the meter&apos;s breaker and restore the customer&apos;s supply. Make sure it is safe to do so. Go on?</source>
        <translation>Kun mittariin kirjoitetaan, mittarin katkaisija sulkeutuu ja asiakkaan sähkönsyöttö palautuu. Varmista, että se on turvallista. Jatketaanko?</translation>
    </message>
    <message>
        <source>Cut the customer&apos;s supply…</source>
        <translation>Katkaise asiakkaan sähkönsyöttö…</translation>
    </message>
    <message>
        <source>Restore the customer&apos;s supply…</source>
        <translation>Palauta asiakkaan sähkönsyöttö…</translation>
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
        <source>The language changes the next time OpenMeterTool starts.</source>
        <translation>Kieli vaihtuu, kun OpenMeterTool käynnistetään seuraavan kerran.</translation>
    </message>
    <message>
        <source>&amp;Synchronise clock</source>
        <translation>&amp;Synkronoi kello</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not been written to the meter. Quit anyway?</source>
        <translation>
            <numerusform>%n muutos on kirjoittamatta mittariin. Lopetetaanko silti?</numerusform>
            <numerusform>%n muutosta on kirjoittamatta mittariin. Lopetetaanko silti?</numerusform>
        </translation>
    </message>
    <message>
        <source>This write loses data stored in the meter:</source>
        <translation>Tämä kirjoitus poistaa mittariin tallennettuja tietoja:</translation>
    </message>
    <message>
        <source>Write anyway</source>
        <translation>Kirjoita silti</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Katkaise</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not been written to the meter.</source>
        <translation>
            <numerusform>%n muutos on kirjoittamatta mittariin.</numerusform>
            <numerusform>%n muutosta on kirjoittamatta mittariin.</numerusform>
        </translation>
    </message>
    <message>
        <source>They stay in the pages after disconnecting: connect to the meter again to write them, or save them as a template.</source>
        <translation>Ne säilyvät sivuilla yhteyden katkaisun jälkeen: yhdistä mittariin uudelleen kirjoittaaksesi ne tai tallenna ne mallina.</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Tallenna mallina…</translation>
    </message>
    <message>
        <source>Configuration templates (*.json);;All files (*)</source>
        <translation>Konfiguraatiomallit (*.json);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Open configuration template</source>
        <translation>Avaa konfiguraatiomalli</translation>
    </message>
    <message>
        <source>Save configuration as template</source>
        <translation>Tallenna konfiguraatio mallina</translation>
    </message>
    <message>
        <source>Save pending changes as template</source>
        <translation>Tallenna odottavat muutokset mallina</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Palauta varmuuskopio</translation>
    </message>
    <message>
        <source>Backups (*.json);;All files (*)</source>
        <translation>Varmuuskopiot (*.json);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Open template…</source>
        <translation>&amp;Avaa malli…</translation>
    </message>
    <message>
        <source>Load a configuration template into the pending changes; Write to meter writes it.</source>
        <translation>Lataa konfiguraatiomalli odottaviin muutoksiin; Kirjoita mittariin kirjoittaa sen.</translation>
    </message>
    <message>
        <source>&amp;Save configuration as template…</source>
        <translation>&amp;Tallenna konfiguraatio mallina…</translation>
    </message>
    <message>
        <source>Save &amp;pending changes as template…</source>
        <translation>Tallenna o&amp;dottavat muutokset mallina…</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>&amp;Palauta varmuuskopio…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Muutosloki…</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Järjestelmän kieli (%1)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;About OpenMeterTool</source>
        <translation>&amp;Tietoja OpenMeterToolista</translation>
    </message>
    <message>
        <source>Connect to the meter to write the changes.</source>
        <translation>Yhdistä mittariin kirjoittaaksesi muutokset.</translation>
    </message>
    <message>
        <source>There are no pending changes to write.</source>
        <translation>Kirjoitettavia odottavia muutoksia ei ole.</translation>
    </message>
    <message>
        <source>Write the pending changes to the meter.</source>
        <translation>Kirjoita odottavat muutokset mittariin.</translation>
    </message>
    <message>
        <source>This association cannot set the meter&apos;s clock: connect as installer.</source>
        <translation>Tällä assosiaatiolla ei voi asettaa mittarin kelloa: yhdistä asentajana.</translation>
    </message>
    <message>
        <source>Set the meter&apos;s clock to this computer&apos;s time.</source>
        <translation>Aseta mittarin kello tämän tietokoneen aikaan.</translation>
    </message>
    <message>
        <source>Backup of the old values: %1</source>
        <translation>Vanhojen arvojen varmuuskopio: %1</translation>
    </message>
    <message>
        <source>Recorded in the audit log %1</source>
        <translation>Kirjattu muutoslokiin %1</translation>
    </message>
    <message>
        <source>Written in %1 s.</source>
        <translation>Kirjoitettu %1 sekunnissa.</translation>
    </message>
    <message numerus="yes">
        <source>The link was opened again %n time(s) during the write.</source>
        <translation>
            <numerusform>Yhteys avattiin uudelleen %n kerran kirjoituksen aikana.</numerusform>
            <numerusform>Yhteys avattiin uudelleen %n kertaa kirjoituksen aikana.</numerusform>
        </translation>
    </message>
    <message>
        <source>The meter holds its old configuration.</source>
        <translation>Mittarissa on sen vanha konfiguraatio.</translation>
    </message>
    <message>
        <source>&amp;Operator name…</source>
        <translation>&amp;Käyttäjän nimi…</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>Käyttäjän nimi</translation>
    </message>
    <message>
        <source>The name the audit log records for your writes (empty: your account&apos;s name):</source>
        <translation>Nimi, jonka muutosloki kirjaa kirjoituksillesi (tyhjä: tilisi nimi):</translation>
    </message>
</context>
<context>
    <name>omt::ui::MessageBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Yritä uudelleen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Hylkää tämä viesti</translation>
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
        <source>The CT ratio is locked in this meter (Z22): Z21 cannot be changed.</source>
        <translation>CT-muuntosuhde on lukittu tässä mittarissa (Z22): Z21:tä ei voi muuttaa.</translation>
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
        <source>Tariffs</source>
        <translation>Tariffit</translation>
    </message>
    <message>
        <source>Load control</source>
        <translation>Kuormanohjaus</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs %n digit(s).</source>
        <translation>
            <numerusform>%1 tarvitsee %n numeron.</numerusform>
            <numerusform>%1 tarvitsee %n numeroa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 list holds at most %n reading(s).</source>
        <translation>
            <numerusform>Listaan ”%1” mahtuu enintään %n lukema.</numerusform>
            <numerusform>Listaan ”%1” mahtuu enintään %n lukemaa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cover opened: the terminal cover has been opened (tamper, stays set until cleared).</source>
        <translation>Kansi avattu: liitinkotelon kansi on avattu (peukalointi, pysyy päällä kunnes se kuitataan).</translation>
    </message>
    <message>
        <source>Magnetic influence: a strong magnet was detected near the meter (tamper, stays set until cleared).</source>
        <translation>Magneettinen vaikutus: mittarin lähellä havaittiin voimakas magneetti (peukalointi, pysyy päällä kunnes se kuitataan).</translation>
    </message>
    <message>
        <source>Voltage sag: a phase voltage is below its limit now.</source>
        <translation>Jännitekuoppa: jokin vaihejännite on nyt alle rajansa.</translation>
    </message>
    <message>
        <source>Voltage swell: a phase voltage is above its limit now.</source>
        <translation>Jännitepiikki: jokin vaihejännite on nyt yli rajansa.</translation>
    </message>
    <message>
        <source>THD over limit: the harmonic distortion is above its limit now.</source>
        <translation>THD yli rajan: harmoninen särö on nyt yli rajansa.</translation>
    </message>
    <message>
        <source>Voltage unbalance: the phase voltages differ more than allowed now.</source>
        <translation>Jännite-epäsymmetria: vaihejännitteet eroavat nyt enemmän kuin sallitaan.</translation>
    </message>
    <message>
        <source>Phase missing: a phase has no voltage now.</source>
        <translation>Vaihe puuttuu: jossakin vaiheessa ei ole nyt jännitettä.</translation>
    </message>
    <message>
        <source>alarm bit %1</source>
        <translation>hälytysbitti %1</translation>
    </message>
    <message>
        <source>The meter&apos;s clock could not be compared with this computer&apos;s.</source>
        <translation>Mittarin kelloa ei voitu verrata tämän tietokoneen kelloon.</translation>
    </message>
    <message>
        <source>The meter&apos;s clock is right (within 1 s).</source>
        <translation>Mittarin kello on oikeassa (1 s:n tarkkuudella).</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n päivä</numerusform>
            <numerusform>%n päivää</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>The meter&apos;s clock is %1 behind.</source>
        <translation>Mittarin kello jätättää %1.</translation>
    </message>
    <message>
        <source>The meter&apos;s clock is %1 ahead.</source>
        <translation>Mittarin kello edistää %1.</translation>
    </message>
    <message>
        <source>Connect to a meter before loading a configuration into it.</source>
        <translation>Yhdistä mittariin ennen kuin lataat siihen konfiguraation.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>removed %1 (was at %2)</source>
        <translation>poistettu %1 (oli kohdassa %2)</translation>
    </message>
    <message>
        <source>moved %1 from %2 to %3</source>
        <translation>siirretty %1 kohdasta %2 kohtaan %3</translation>
    </message>
    <message>
        <source>added %1 at %2</source>
        <translation>lisätty %1 kohtaan %2</translation>
    </message>
    <message>
        <source>calendar name: %1</source>
        <translation>kalenterin nimi: %1</translation>
    </message>
    <message>
        <source>season %1 added: from %2, week profile %3</source>
        <translation>kausi %1 lisätty: alkaen %2, viikkoprofiili %3</translation>
    </message>
    <message>
        <source>season %1: starts %2</source>
        <translation>kausi %1: alkaa %2</translation>
    </message>
    <message>
        <source>season %1: week profile %2</source>
        <translation>kausi %1: viikkoprofiili %2</translation>
    </message>
    <message>
        <source>season %1 removed</source>
        <translation>kausi %1 poistettu</translation>
    </message>
    <message>
        <source>week profile %1 added: %2</source>
        <translation>viikkoprofiili %1 lisätty: %2</translation>
    </message>
    <message>
        <source>week profile %1, %2: day profile %3</source>
        <translation>viikkoprofiili %1, %2: päiväprofiili %3</translation>
    </message>
    <message>
        <source>week profile %1 removed</source>
        <translation>viikkoprofiili %1 poistettu</translation>
    </message>
    <message>
        <source>day profile %1 added: %2</source>
        <translation>päiväprofiili %1 lisätty: %2</translation>
    </message>
    <message>
        <source>day profile %1: added %2</source>
        <translation>päiväprofiili %1: lisätty %2</translation>
    </message>
    <message>
        <source>day profile %1: removed %2</source>
        <translation>päiväprofiili %1: poistettu %2</translation>
    </message>
    <message>
        <source>day profile %1: %2</source>
        <translation>päiväprofiili %1: %2</translation>
    </message>
    <message>
        <source>day profile %1 removed</source>
        <translation>päiväprofiili %1 poistettu</translation>
    </message>
    <message>
        <source>special day %1 added: day profile %2</source>
        <translation>erikoispäivä %1 lisätty: päiväprofiili %2</translation>
    </message>
    <message>
        <source>special day %1: day profile %2</source>
        <translation>erikoispäivä %1: päiväprofiili %2</translation>
    </message>
    <message>
        <source>special day %1 removed</source>
        <translation>erikoispäivä %1 poistettu</translation>
    </message>
    <message numerus="yes">
        <source>passive calendar %1 added: %n season(s)</source>
        <translation>
            <numerusform>passiivinen kalenteri %1 lisätty: %n kausi</numerusform>
            <numerusform>passiivinen kalenteri %1 lisätty: %n kautta</numerusform>
        </translation>
    </message>
    <message>
        <source>passive calendar %1 removed</source>
        <translation>passiivinen kalenteri %1 poistettu</translation>
    </message>
    <message>
        <source>passive calendar: %1</source>
        <translation>passiivinen kalenteri: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>passive calendar activation: %1</source>
        <translation>passiivisen kalenterin aktivointi: %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>päällä</translation>
    </message>
    <message>
        <source>off</source>
        <translation>pois</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>time, then on or off</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>relay %1: %2</source>
        <translation>rele %1: %2</translation>
    </message>
    <message>
        <source>relay %1, on demand: %2</source>
        <translation>rele %1, pyynnöstä: %2</translation>
    </message>
    <message>
        <source>relay %1 schedule: added %2</source>
        <translation>releen %1 aikataulu: lisätty %2</translation>
    </message>
    <message>
        <source>relay %1 schedule: removed %2</source>
        <translation>releen %1 aikataulu: poistettu %2</translation>
    </message>
    <message>
        <source>relay %1 schedule: %2</source>
        <translation>releen %1 aikataulu: %2</translation>
    </message>
    <message>
        <source>relay %1, on in tariffs: %2</source>
        <translation>rele %1, päällä tariffeilla: %2</translation>
    </message>
    <message>
        <source>restore the customer&apos;s supply (%1)</source>
        <translation>palauta asiakkaan sähkönsyöttö (%1)</translation>
    </message>
    <message>
        <source>cut the customer&apos;s supply (%1)</source>
        <translation>katkaise asiakkaan sähkönsyöttö (%1)</translation>
    </message>
    <message>
        <source>supply control mode: %1</source>
        <translation>syötön katkaisijan tila: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 display list</source>
        <translation>Näyttölista ”%1”</translation>
    </message>
    <message>
        <source>CT ratio</source>
        <translation>CT-muuntosuhde</translation>
    </message>
    <message>
        <source>CT ratio lock</source>
        <translation>CT-lukitus</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>lukitsematon</translation>
    </message>
    <message>
        <source>LOCKED (permanent)</source>
        <translation>LUKITTU (pysyvästi)</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>muutettu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This meter type does not allow unlocking the CT ratio (Z22) from the optical port.</source>
        <translation>Tämä mittarityyppi ei salli CT-muuntosuhteen lukituksen (Z22) avaamista optisen portin kautta.</translation>
    </message>
    <message>
        <source>OpenMeterTool does not unlock the CT ratio (Z22): the device profile does not say that this meter type allows it.</source>
        <translation>OpenMeterTool ei avaa CT-muuntosuhteen lukitusta (Z22): laiteprofiili ei kerro, että tämä mittarityyppi sallii sen.</translation>
    </message>
    <message>
        <source>This meter has no configuration codes.</source>
        <translation>Tällä mittarilla ei ole konfiguraatiokoodeja.</translation>
    </message>
    <message>
        <source>This meter has no load profile %1.</source>
        <translation>Tällä mittarilla ei ole kuormitusprofiilia %1.</translation>
    </message>
    <message>
        <source>This meter does not offer a load profile period of %1.</source>
        <translation>Tämä mittari ei tarjoa kuormitusprofiilin jaksoa %1.</translation>
    </message>
    <message>
        <source>Set the period of load profile %1 to %2</source>
        <translation>Aseta kuormitusprofiilin %1 jaksoksi %2</translation>
    </message>
    <message>
        <source>LOCKED</source>
        <translation>LUKITTU</translation>
    </message>
    <message>
        <source>Load profile %1 period</source>
        <translation>Kuormitusprofiilin %1 jakso</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>omt::ui::MeterTexts</name>
    <message>
        <source>Decimals in display</source>
        <translation>Desimaalit näytössä</translation>
    </message>
    <message>
        <source>LED configuration</source>
        <translation>LED-konfiguraatio</translation>
    </message>
    <message>
        <source>Primary module configuration</source>
        <translation>Ensisijaisen moduulin konfiguraatio</translation>
    </message>
    <message>
        <source>Integration period / Load profile period</source>
        <translation>Integrointijakso / kuormitusprofiilin jakso</translation>
    </message>
    <message>
        <source>Display configuration</source>
        <translation>Näytön konfiguraatio</translation>
    </message>
    <message>
        <source>Debiting stop date</source>
        <translation>Laskutuksen päättymispäivä</translation>
    </message>
    <message>
        <source>Debiting logging interval</source>
        <translation>Laskutuksen tallennusväli</translation>
    </message>
    <message>
        <source>Pulse out length / Alarm input</source>
        <translation>Lähtöpulssin pituus / hälytystulo</translation>
    </message>
    <message>
        <source>Analysis logger setup</source>
        <translation>Analyysiloggerin asetukset</translation>
    </message>
    <message>
        <source>Greenwich Mean Time (GMT)</source>
        <translation>Greenwichin aika (GMT)</translation>
    </message>
    <message>
        <source>Unit pulse input</source>
        <translation>Pulssitulon yksikkö</translation>
    </message>
    <message>
        <source>Tariff control plan</source>
        <translation>Tariffiohjaussuunnitelma</translation>
    </message>
    <message>
        <source>Load control plan</source>
        <translation>Kuormanohjaussuunnitelma</translation>
    </message>
    <message>
        <source>Daylight saving time / Summer-winter time table</source>
        <translation>Kesäaika / kesä-talviaikataulukko</translation>
    </message>
    <message>
        <source>Frequency code Protocol</source>
        <translation>Protokollan taajuuskoodi</translation>
    </message>
    <message>
        <source>Push button 2 setup</source>
        <translation>Painikkeen 2 asetukset</translation>
    </message>
    <message>
        <source>1107 configuration</source>
        <translation>1107-konfiguraatio</translation>
    </message>
    <message>
        <source>Calendar setup</source>
        <translation>Kalenterin asetukset</translation>
    </message>
    <message>
        <source>Transformer ratio</source>
        <translation>Muuntosuhde</translation>
    </message>
    <message>
        <source>Transformer ratio (unlocked / locked)</source>
        <translation>Muuntosuhde (lukitsematon/lukittu)</translation>
    </message>
    <message>
        <source>Load profile, based on</source>
        <translation>Kuormitusprofiili, perustuu</translation>
    </message>
    <message>
        <source>Pulse output (module)</source>
        <translation>Pulssilähtö (moduuli)</translation>
    </message>
    <message>
        <source>Debitlogger 2 interval</source>
        <translation>Laskutusloggerin 2 väli</translation>
    </message>
    <message>
        <source>Alarm configuration</source>
        <translation>Hälytysten konfiguraatio</translation>
    </message>
    <message>
        <source>Load profile data (DLMS)</source>
        <translation>Kuormitusprofiilin tiedot (DLMS)</translation>
    </message>
    <message>
        <source>Local interface encryption</source>
        <translation>Paikallisen liitännän salaus</translation>
    </message>
    <message>
        <source>Load profile configuration</source>
        <translation>Kuormitusprofiilin konfiguraatio</translation>
    </message>
    <message>
        <source>Debit 2 logger configuration</source>
        <translation>Laskutusloggerin 2 konfiguraatio</translation>
    </message>
    <message>
        <source>7.0 [Default]</source>
        <translation>7.0 [oletus]</translation>
    </message>
    <message>
        <source>7.1 [Country specific]</source>
        <translation>7.1 [maakohtainen]</translation>
    </message>
    <message>
        <source>7.2 [Country specific]</source>
        <translation>7.2 [maakohtainen]</translation>
    </message>
    <message>
        <source>LED switched off without consumption</source>
        <translation>LED sammuksissa ilman kulutusta</translation>
    </message>
    <message>
        <source>LED switched on without consumption</source>
        <translation>LED palaa ilman kulutusta</translation>
    </message>
    <message>
        <source>No function</source>
        <translation>Ei toimintoa</translation>
    </message>
    <message>
        <source>4-tariff</source>
        <translation>4-tariffi</translation>
    </message>
    <message>
        <source>4-tariff inverted</source>
        <translation>4-tariffi käänteinen</translation>
    </message>
    <message>
        <source>Pulse in</source>
        <translation>Pulssi sisään</translation>
    </message>
    <message>
        <source>Pulse in inv.</source>
        <translation>Pulssi sisään käänt.</translation>
    </message>
    <message>
        <source>Alarm in</source>
        <translation>Hälytys sisään</translation>
    </message>
    <message>
        <source>Alarm in inverted</source>
        <translation>Hälytys sisään käänteinen</translation>
    </message>
    <message>
        <source>A+ out</source>
        <translation>A+ ulos</translation>
    </message>
    <message>
        <source>A- out</source>
        <translation>A- ulos</translation>
    </message>
    <message>
        <source>R+ out</source>
        <translation>R+ ulos</translation>
    </message>
    <message>
        <source>2-tariff</source>
        <translation>2-tariffi</translation>
    </message>
    <message>
        <source>2-tariff inverted</source>
        <translation>2-tariffi käänteinen</translation>
    </message>
    <message>
        <source>Debiting stop pulse</source>
        <translation>Laskutuksen lopetuspulssi</translation>
    </message>
    <message>
        <source>Load control load</source>
        <translation>Kuormanohjaus kuorma</translation>
    </message>
    <message>
        <source>Status control</source>
        <translation>Tilan ohjaus</translation>
    </message>
    <message>
        <source>Load tariff sync</source>
        <translation>Kuormatariffin tahdistus</translation>
    </message>
    <message>
        <source>Load tariff sync inverted</source>
        <translation>Kuormatariffin tahdistus käänteinen</translation>
    </message>
    <message>
        <source>4-tariff sync load control</source>
        <translation>4-tariffi tahdistettu kuormanohjaus</translation>
    </message>
    <message>
        <source>4-tariff sync load control inverted</source>
        <translation>4-tariffi tahdistettu kuormanohjaus käänteinen</translation>
    </message>
    <message>
        <source>Load control</source>
        <translation>Kuormanohjaus</translation>
    </message>
    <message>
        <source>Load control 1</source>
        <translation>Kuormanohjaus 1</translation>
    </message>
    <message>
        <source>Load control 2</source>
        <translation>Kuormanohjaus 2</translation>
    </message>
    <message>
        <source>Toggle Load control 1 &amp; 2</source>
        <translation>Vaihda kuormanohjaus 1 &amp; 2</translation>
    </message>
    <message>
        <source>None (externally controlled)</source>
        <translation>Ei mitään (ulkoisesti ohjattu)</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Kuukausittain</translation>
    </message>
    <message>
        <source>Every second month</source>
        <translation>Joka toinen kuukausi</translation>
    </message>
    <message>
        <source>Every third month</source>
        <translation>Joka kolmas kuukausi</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>Puolivuosittain</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Vuosittain</translation>
    </message>
    <message>
        <source>January</source>
        <translation>tammikuu</translation>
    </message>
    <message>
        <source>February</source>
        <translation>helmikuu</translation>
    </message>
    <message>
        <source>March</source>
        <translation>maaliskuu</translation>
    </message>
    <message>
        <source>April</source>
        <translation>huhtikuu</translation>
    </message>
    <message>
        <source>May</source>
        <translation>toukokuu</translation>
    </message>
    <message>
        <source>June</source>
        <translation>kesäkuu</translation>
    </message>
    <message>
        <source>July</source>
        <translation>heinäkuu</translation>
    </message>
    <message>
        <source>August</source>
        <translation>elokuu</translation>
    </message>
    <message>
        <source>September</source>
        <translation>syyskuu</translation>
    </message>
    <message>
        <source>October</source>
        <translation>lokakuu</translation>
    </message>
    <message>
        <source>November</source>
        <translation>marraskuu</translation>
    </message>
    <message>
        <source>December</source>
        <translation>joulukuu</translation>
    </message>
    <message>
        <source>30 msec pulse length</source>
        <translation>30 ms pulssin pituus</translation>
    </message>
    <message>
        <source>80 msec pulse length</source>
        <translation>80 ms pulssin pituus</translation>
    </message>
    <message>
        <source>Alarm input deactivated</source>
        <translation>Hälytystulo pois käytöstä</translation>
    </message>
    <message>
        <source>Alarm input active</source>
        <translation>Hälytystulo käytössä</translation>
    </message>
    <message>
        <source>Default setup</source>
        <translation>Oletusasetukset</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ei mitään</translation>
    </message>
    <message>
        <source>Tariff disabled</source>
        <translation>Tariffi pois käytöstä</translation>
    </message>
    <message>
        <source>Module Port control</source>
        <translation>Moduuliportin ohjaus</translation>
    </message>
    <message>
        <source>Register control</source>
        <translation>Rekisteriohjaus</translation>
    </message>
    <message>
        <source>Load control disabled</source>
        <translation>Kuormanohjaus pois käytöstä</translation>
    </message>
    <message>
        <source>No PB2 setup</source>
        <translation>Ei PB2-asetuksia</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Pois käytöstä</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Käytössä</translation>
    </message>
    <message>
        <source>Mode A and C</source>
        <translation>Mode A ja C</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Lukitsematon</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Lukittu</translation>
    </message>
    <message>
        <source>Primary energy</source>
        <translation>Ensiöenergia</translation>
    </message>
    <message>
        <source>Secondary energy</source>
        <translation>Toisioenergia</translation>
    </message>
    <message>
        <source>Based on secondary energy</source>
        <translation>Perustuu toisioenergiaan</translation>
    </message>
    <message>
        <source>Based on primary energy</source>
        <translation>Perustuu ensiöenergiaan</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Päivittäin</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Viikoittain</translation>
    </message>
    <message>
        <source>No alarms enabled</source>
        <translation>Ei hälytyksiä käytössä</translation>
    </message>
    <message>
        <source>Absolute values</source>
        <translation>Absoluuttiset arvot</translation>
    </message>
    <message>
        <source>Delta values</source>
        <translation>Erotusarvot</translation>
    </message>
    <message>
        <source>order-form specific setting</source>
        <translation>tilauslomakkeen mukainen asetus</translation>
    </message>
    <message>
        <source>unknown code</source>
        <translation>tuntematon koodi</translation>
    </message>
    <message>
        <source>Active energy A+ total</source>
        <translation>Pätöenergia A+ yhteensä</translation>
    </message>
    <message>
        <source>Active energy A- total</source>
        <translation>Pätöenergia A- yhteensä</translation>
    </message>
    <message>
        <source>Reactive energy R+ total</source>
        <translation>Loisenergia R+ yhteensä</translation>
    </message>
    <message>
        <source>Reactive energy R- total</source>
        <translation>Loisenergia R- yhteensä</translation>
    </message>
    <message>
        <source>Apparent energy E+ total</source>
        <translation>Näennäisenergia E+ yhteensä</translation>
    </message>
    <message>
        <source>Apparent energy E- total</source>
        <translation>Näennäisenergia E- yhteensä</translation>
    </message>
    <message>
        <source>Active energy A+</source>
        <translation>Pätöenergia A+</translation>
    </message>
    <message>
        <source>Reactive energy R+</source>
        <translation>Loisenergia R+</translation>
    </message>
    <message>
        <source>last debiting period</source>
        <translation>edellinen laskutusjakso</translation>
    </message>
    <message>
        <source>Peak power P+max</source>
        <translation>Huipputeho P+max</translation>
    </message>
    <message>
        <source>Accumulated peak power P+max acc</source>
        <translation>Kertynyt huipputeho P+max acc</translation>
    </message>
    <message>
        <source>Peak power Q+max</source>
        <translation>Huipputeho Q+max</translation>
    </message>
    <message>
        <source>Peak power S+max</source>
        <translation>Huipputeho S+max</translation>
    </message>
    <message>
        <source>Peak power S-max</source>
        <translation>Huipputeho S-max</translation>
    </message>
    <message>
        <source>Voltage</source>
        <translation>Jännite</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Virta</translation>
    </message>
    <message>
        <source>Active power P+</source>
        <translation>Pätöteho P+</translation>
    </message>
    <message>
        <source>Active power P+ total</source>
        <translation>Pätöteho P+ yhteensä</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Taajuus</translation>
    </message>
    <message>
        <source>Current transformer ratio</source>
        <translation>Virtamuuntajan muuntosuhde</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Sarjanumero</translation>
    </message>
    <message>
        <source>Hour counter</source>
        <translation>Tuntilaskuri</translation>
    </message>
    <message>
        <source>Debiting stop counter</source>
        <translation>Laskutusjaksojen laskuri</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Maakoodi</translation>
    </message>
    <message>
        <source>CT meter</source>
        <translation>CT-mittari</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Vakio</translation>
    </message>
    <message>
        <source>2 systems - Aron</source>
        <translation>2 järjestelmää - Aron</translation>
    </message>
    <message>
        <source>No breaker</source>
        <translation>Ei katkaisijaa</translation>
    </message>
    <message>
        <source>No radio</source>
        <translation>Ei radiota</translation>
    </message>
    <message>
        <source>Radio (for OMNIA)</source>
        <translation>Radio (OMNIA:lle)</translation>
    </message>
    <message>
        <source>Supercap + battery</source>
        <translation>Superkondensaattori + paristo</translation>
    </message>
    <message>
        <source>S0 output</source>
        <translation>S0-lähtö</translation>
    </message>
    <message>
        <source>Three-phase meter</source>
        <translation>Kolmivaihemittari</translation>
    </message>
    <message>
        <source>Single-phase meter</source>
        <translation>Yksivaihemittari</translation>
    </message>
    <message>
        <source>Standard layout</source>
        <translation>Vakiomalli</translation>
    </message>
    <message>
        <source>2 screws</source>
        <translation>2 ruuvia</translation>
    </message>
    <message>
        <source>OMNIA e-meter</source>
        <translation>OMNIA e-meter</translation>
    </message>
    <message>
        <source>LTE cat. M1/NB2</source>
        <translation>LTE kat. M1/NB2</translation>
    </message>
    <message>
        <source>DSMR P1 Lite</source>
        <translation>DSMR P1 Lite</translation>
    </message>
    <message>
        <source>APS + 2x load ctrl + 1x pulse out</source>
        <translation>APS + 2x kuormanohjaus + 1x pulssilähtö</translation>
    </message>
    <message>
        <source>2x load ctrl + 1x pulse out</source>
        <translation>2x kuormanohjaus + 1x pulssilähtö</translation>
    </message>
    <message>
        <source>APS + 1x pulse out</source>
        <translation>APS + 1x pulssilähtö</translation>
    </message>
    <message>
        <source>Supercap</source>
        <translation>Superkondensaattori</translation>
    </message>
    <message>
        <source>3 days capacity</source>
        <translation>3 päivän kapasiteetti</translation>
    </message>
    <message>
        <source>7 days capacity</source>
        <translation>7 päivän kapasiteetti</translation>
    </message>
    <message>
        <source>3 days capacity and last gasp</source>
        <translation>3 päivän kapasiteetti ja last gasp</translation>
    </message>
    <message>
        <source>7 days capacity and last gasp</source>
        <translation>7 päivän kapasiteetti ja last gasp</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Paristo</translation>
    </message>
    <message>
        <source>Battery and last gasp</source>
        <translation>Paristo ja last gasp</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>Active 1 / reactive 1 (IEC)</source>
        <translation>Pätö 1 / lois 1 (IEC)</translation>
    </message>
    <message>
        <source>Active 1 / reactive 2 (IEC)</source>
        <translation>Pätö 1 / lois 2 (IEC)</translation>
    </message>
    <message>
        <source>Active 2 / reactive 2 (IEC)</source>
        <translation>Pätö 2 / lois 2 (IEC)</translation>
    </message>
    <message>
        <source>Active B / reactive 1 (MID)</source>
        <translation>Pätö B / lois 1 (MID)</translation>
    </message>
    <message>
        <source>Active B / reactive 2 (MID)</source>
        <translation>Pätö B / lois 2 (MID)</translation>
    </message>
    <message>
        <source>Active A / reactive 2 (MID)</source>
        <translation>Pätö A / lois 2 (MID)</translation>
    </message>
    <message>
        <source>input</source>
        <translation>tulo</translation>
    </message>
    <message>
        <source>output</source>
        <translation>lähtö</translation>
    </message>
    <message>
        <source>%1 (I/O 1: %2, I/O 2: %3)</source>
        <translation>%1 (I/O 1: %2, I/O 2: %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n tunti</numerusform>
            <numerusform>%n tuntia</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 A/5 A or %2 A/1 A</source>
        <translation>%1 A/5 A tai %2 A/1 A</translation>
    </message>
    <message>
        <source>%1 min.</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Secondary %1</source>
        <translation>Toisio %1</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Profiili %1</translation>
    </message>
    <message>
        <source>%1 tariff %2</source>
        <translation>%1 tariffi %2</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Luokka %1</translation>
    </message>
    <message>
        <source>Generation %1</source>
        <translation>Sukupolvi %1</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Versio %1</translation>
    </message>
    <message>
        <source>Variant %1</source>
        <translation>Variantti %1</translation>
    </message>
    <message numerus="yes">
        <source>%n system(s)</source>
        <translation>
            <numerusform>%n järjestelmä</numerusform>
            <numerusform>%n järjestelmää</numerusform>
        </translation>
    </message>
    <message>
        <source>Active energy A-</source>
        <translation>Pätöenergia A-</translation>
    </message>
    <message>
        <source>Reactive energy R-</source>
        <translation>Loisenergia R-</translation>
    </message>
    <message>
        <source>Apparent energy E+</source>
        <translation>Näennäisenergia E+</translation>
    </message>
    <message>
        <source>Apparent energy E-</source>
        <translation>Näennäisenergia E-</translation>
    </message>
    <message>
        <source>order-form specific setting (device profile)</source>
        <translation>tilauslomakkeen mukainen asetus (laiteprofiili)</translation>
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
    <message>
        <source>&amp;Synchronise clock</source>
        <translation>&amp;Synkronoi kello</translation>
    </message>
    <message>
        <source>Voltage U</source>
        <translation>Jännite U</translation>
    </message>
    <message>
        <source>Current I</source>
        <translation>Virta I</translation>
    </message>
    <message>
        <source>Active power P+</source>
        <translation>Pätöteho P+</translation>
    </message>
    <message>
        <source>Reactive power Q</source>
        <translation>Loisteho Q</translation>
    </message>
    <message>
        <source>Power factor</source>
        <translation>Tehokerroin</translation>
    </message>
    <message>
        <source>THD U</source>
        <translation>THD U</translation>
    </message>
    <message>
        <source>THD I</source>
        <translation>THD I</translation>
    </message>
    <message>
        <source>Total active power P+</source>
        <translation>Pätöteho P+ yhteensä</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Taajuus</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Kello</translation>
    </message>
    <message>
        <source>Alarms and tamper</source>
        <translation>Hälytykset ja peukalointi</translation>
    </message>
    <message>
        <source>Instantaneous values</source>
        <translation>Hetkelliset arvot</translation>
    </message>
    <message>
        <source>Energy registers</source>
        <translation>Energiarekisterit</translation>
    </message>
    <message>
        <source>Connect to read the meter&apos;s clock.</source>
        <translation>Yhdistä lukeaksesi mittarin kellon.</translation>
    </message>
    <message>
        <source>The meter&apos;s clock was not read.</source>
        <translation>Mittarin kelloa ei luettu.</translation>
    </message>
    <message>
        <source>This meter&apos;s alarm register was not read.</source>
        <translation>Tämän mittarin hälytysrekisteriä ei luettu.</translation>
    </message>
    <message>
        <source>No alarms.</source>
        <translation>Ei hälytyksiä.</translation>
    </message>
    <message>
        <source>Set the meter&apos;s clock to this computer&apos;s time (the same instant, in the meter&apos;s own UTC offset) and read it back.</source>
        <translation>Aseta mittarin kello tämän tietokoneen aikaan (sama hetki, mittarin omassa UTC-poikkeamassa) ja lue se takaisin.</translation>
    </message>
    <message>
        <source>Meter clock: %1 (%2)</source>
        <translation>Mittarin kello: %1 (%2)</translation>
    </message>
    <message>
        <source>This association cannot set the meter&apos;s clock: connect as installer.</source>
        <translation>Tällä assosiaatiolla ei voi asettaa mittarin kelloa: yhdistä asentajana.</translation>
    </message>
    <message>
        <source>Load profiles</source>
        <translation>Kuormitusprofiilit</translation>
    </message>
    <message>
        <source>Load profile &amp;1 period:</source>
        <translation>Kuormitusprofiilin &amp;1 jakso:</translation>
    </message>
    <message>
        <source>Load profile &amp;2 period:</source>
        <translation>Kuormitusprofiilin &amp;2 jakso:</translation>
    </message>
    <message>
        <source>In the meter: %1. A new period clears this load profile when it is written.</source>
        <translation>Mittarissa: %1. Uusi jakso tyhjentää tämän kuormitusprofiilin, kun se kirjoitetaan.</translation>
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
    <message>
        <source>Starts</source>
        <translation>Alkaa</translation>
    </message>
    <message>
        <source>Week profile</source>
        <translation>Viikkoprofiili</translation>
    </message>
    <message>
        <source>Each season starts on its date (*-MM-DD) every year and uses its week profile.</source>
        <translation>Jokainen kausi alkaa päivämääränään (*-MM-DD) joka vuosi ja käyttää viikkoprofiiliaan.</translation>
    </message>
    <message>
        <source>Add season</source>
        <translation>Lisää kausi</translation>
    </message>
    <message>
        <source>Remove season</source>
        <translation>Poista kausi</translation>
    </message>
    <message>
        <source>Seasons</source>
        <translation>Kaudet</translation>
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
    <message>
        <source>The day profile (its number) each weekday of the week profile uses.</source>
        <translation>Päiväprofiili (sen numero), jota viikkoprofiilin kukin viikonpäivä käyttää.</translation>
    </message>
    <message>
        <source>Add week profile</source>
        <translation>Lisää viikkoprofiili</translation>
    </message>
    <message>
        <source>Remove week profile</source>
        <translation>Poista viikkoprofiili</translation>
    </message>
    <message>
        <source>Week profiles</source>
        <translation>Viikkoprofiilit</translation>
    </message>
    <message>
        <source>season %1</source>
        <translation>kausi %1</translation>
    </message>
    <message>
        <source>Another season already starts on %1.</source>
        <translation>Toinen kausi alkaa jo %1.</translation>
    </message>
    <message>
        <source>Add the season %1</source>
        <translation>Lisää kausi %1</translation>
    </message>
    <message>
        <source>Change the season %1</source>
        <translation>Muuta kautta %1</translation>
    </message>
    <message>
        <source>Remove the season %1</source>
        <translation>Poista kausi %1</translation>
    </message>
    <message>
        <source>Add the week profile %1</source>
        <translation>Lisää viikkoprofiili %1</translation>
    </message>
    <message>
        <source>A week profile needs a name.</source>
        <translation>Viikkoprofiili tarvitsee nimen.</translation>
    </message>
    <message>
        <source>There is already a week profile named %1.</source>
        <translation>Viikkoprofiili nimeltä %1 on jo olemassa.</translation>
    </message>
    <message>
        <source>Rename the week profile %1 to %2</source>
        <translation>Nimeä viikkoprofiili %1 uudelleen: %2</translation>
    </message>
    <message>
        <source>Week profile %1: weekday %2 uses day profile %3</source>
        <translation>Viikkoprofiili %1: viikonpäivä %2 käyttää päiväprofiilia %3</translation>
    </message>
    <message>
        <source>The week profile %1 is used by the season %2.</source>
        <translation>Kausi %2 käyttää viikkoprofiilia %1.</translation>
    </message>
    <message>
        <source>Remove the week profile %1</source>
        <translation>Poista viikkoprofiili %1</translation>
    </message>
    <message>
        <source>A season starts on a date of every year: *-MM-DD.</source>
        <translation>Kausi alkaa joka vuosi samana päivänä: *-MM-DD.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
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
    <message>
        <source>Select a record to see it in full.</source>
        <translation>Valitse merkintä nähdäksesi sen kokonaan.</translation>
    </message>
    <message>
        <source>Selected record</source>
        <translation>Valittu merkintä</translation>
    </message>
    <message>
        <source>to meter</source>
        <translation>mittariin</translation>
    </message>
    <message>
        <source>from meter</source>
        <translation>mittarista</translation>
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
    <name>omt::ui::WriteConfirmDialog</name>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Kirjoita</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Write to meter</source>
        <translation>Kirjoita mittariin</translation>
    </message>
    <message numerus="yes">
        <source>Write these %n change(s) to the meter?</source>
        <translation>
            <numerusform>Kirjoitetaanko %n muutos mittariin?</numerusform>
            <numerusform>Kirjoitetaanko nämä %n muutosta mittariin?</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup of the old values is saved first. Every value is read back; if anything is refused or reads back wrong, the old values are written back.</source>
        <translation>Ensin tallennetaan vanhojen arvojen varmuuskopio. Jokainen arvo luetaan takaisin; jos jokin hylätään tai luetaan väärin, vanhat arvot kirjoitetaan takaisin.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Muutokset</translation>
    </message>
</context>
<context>
    <name>omt::ui::WriteOutcomeDialog</name>
    <message>
        <source>new value</source>
        <translation>uusi arvo</translation>
    </message>
    <message>
        <source>old value</source>
        <translation>vanha arvo</translation>
    </message>
    <message>
        <source>unknown — restore the backup</source>
        <translation>tuntematon — palauta varmuuskopio</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>ei kirjoitettu</translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation>&amp;Kopioi polku</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Näytä &amp;kansiossa</translation>
    </message>
    <message>
        <source>&amp;Restore backup</source>
        <translation>&amp;Palauta varmuuskopio</translation>
    </message>
    <message>
        <source>Write outcome</source>
        <translation>Kirjoituksen tulos</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Asetus</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Vanha arvo</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Uusi arvo</translation>
    </message>
    <message>
        <source>The meter holds</source>
        <translation>Mittarissa nyt</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Varmuuskopiotiedosto</translation>
    </message>
    <message>
        <source>Write the old values of this backup back to the connected meter.</source>
        <translation>Kirjoita tämän varmuuskopion vanhat arvot takaisin yhdistettyyn mittariin.</translation>
    </message>
    <message>
        <source>Backup of the old values</source>
        <translation>Vanhojen arvojen varmuuskopio</translation>
    </message>
    <message>
        <source>No backup was saved.</source>
        <translation>Varmuuskopiota ei tallennettu.</translation>
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
