<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb" sourcelanguage="en">
<context>
    <name>omt::gui::MeterController</name>
    <message>
        <source>Give the meter&apos;s TCP address as host:port, e.g. 10.0.0.5:4059.</source>
        <translation>Oppgi målerens TCP-adresse som vert:port, f.eks. 10.0.0.5:4059.</translation>
    </message>
    <message>
        <source>Choose the optical head&apos;s serial port or type its path.</source>
        <translation>Velg den serielle porten til det optiske lesehodet, eller skriv inn banen.</translation>
    </message>
    <message>
        <source>The reader association needs the meter&apos;s password.</source>
        <translation>Avleserassosiasjonen krever målerens passord.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>Kan ikke lese nøkkelfilen %1: %2</translation>
    </message>
    <message>
        <source>The key file %1 is not usable (%2).</source>
        <translation>Nøkkelfilen %1 kan ikke brukes (%2).</translation>
    </message>
    <message>
        <source>The installer association needs the meter&apos;s key file (EK and AK).</source>
        <translation>Installatørassosiasjonen krever målerens nøkkelfil (EK og AK).</translation>
    </message>
    <message>
        <source>The connection could not start.</source>
        <translation>Tilkoblingen kunne ikke startes.</translation>
    </message>
    <message>
        <source>Opening the connection…</source>
        <translation>Åpner tilkoblingen…</translation>
    </message>
    <message>
        <source>Signing on at 300 baud…</source>
        <translation>Logger på med 300 baud…</translation>
    </message>
    <message>
        <source>Switching to %1 baud…</source>
        <translation>Bytter til %1 baud…</translation>
    </message>
    <message>
        <source>Connecting the HDLC link…</source>
        <translation>Kobler opp HDLC-forbindelsen…</translation>
    </message>
    <message>
        <source>HDLC link up.</source>
        <translation>HDLC-forbindelsen er oppe.</translation>
    </message>
    <message>
        <source>Opening the association…</source>
        <translation>Åpner assosiasjonen…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Tilkoblet.</translation>
    </message>
    <message>
        <source>Releasing the association…</source>
        <translation>Frigir assosiasjonen…</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Kobler fra…</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Ikke tilkoblet.</translation>
    </message>
    <message>
        <source>Reading the meter failed: %1</source>
        <translation>Avlesning av måleren mislyktes: %1</translation>
    </message>
    <message>
        <source>writing failed: %1</source>
        <translation>skrivingen mislyktes: %1</translation>
    </message>
    <message>
        <source>reading back failed: %1</source>
        <translation>tilbakelesingen mislyktes: %1</translation>
    </message>
    <message>
        <source>Restoring the old configuration failed too (%1): check the meter and restore the backup %2 by hand.</source>
        <translation>Gjenoppretting av den gamle konfigurasjonen mislyktes også (%1): kontroller måleren og gjenopprett sikkerhetskopien %2 manuelt.</translation>
    </message>
    <message>
        <source>Reading the meter…</source>
        <translation>Leser av måleren…</translation>
    </message>
    <message>
        <source>The meter refused to restore %1 (%2): restore the backup %3 by hand.</source>
        <translation>Måleren avviste gjenoppretting av %1 (%2): gjenopprett sikkerhetskopien %3 manuelt.</translation>
    </message>
    <message>
        <source>the meter refused %1 (%2)</source>
        <translation>måleren avviste %1 (%2)</translation>
    </message>
    <message>
        <source>This meter does not say which type it is; connect as reader or installer to read its type number.</source>
        <translation>Denne måleren oppgir ikke hvilken type den er; koble til som avleser eller installatør for å lese typenummeret.</translation>
    </message>
    <message>
        <source>The device profile for this meter cannot be used: %1</source>
        <translation>Enhetsprofilen for denne måleren kan ikke brukes: %1</translation>
    </message>
    <message>
        <source>Read the meter %1.</source>
        <translation>Måleren %1 er avlest.</translation>
    </message>
    <message>
        <source>CT ratio</source>
        <translation>CT-forhold</translation>
    </message>
    <message>
        <source>configuration codes</source>
        <translation>konfigurasjonskoder</translation>
    </message>
    <message>
        <source>%1 display list</source>
        <translation>displayliste «%1»</translation>
    </message>
    <message>
        <source>CT ratio lock</source>
        <translation>CT-lås</translation>
    </message>
    <message>
        <source>Connect to the meter before writing.</source>
        <translation>Koble til måleren før du skriver.</translation>
    </message>
    <message>
        <source>Nothing to write: the meter already holds these values.</source>
        <translation>Ingenting å skrive: måleren har allerede disse verdiene.</translation>
    </message>
    <message>
        <source>Nothing was written: the backup file could not be saved in %1.</source>
        <translation>Ingenting ble skrevet: sikkerhetskopien kunne ikke lagres i %1.</translation>
    </message>
    <message>
        <source>Restoring %1 (%2 of %3)…</source>
        <translation>Gjenoppretter %1 (%2 av %3)…</translation>
    </message>
    <message>
        <source>Writing %1 (%2 of %3)…</source>
        <translation>Skriver %1 (%2 av %3)…</translation>
    </message>
    <message>
        <source>Nothing changed: %1. The old configuration was restored and verified.</source>
        <translation>Ingenting ble endret: %1. Den gamle konfigurasjonen ble gjenopprettet og kontrollert.</translation>
    </message>
    <message>
        <source>%1; restoring did not verify for %2: restore the backup %3 by hand.</source>
        <translation>%1; gjenopprettingen av %2 kunne ikke kontrolleres: gjenopprett sikkerhetskopien %3 manuelt.</translation>
    </message>
    <message>
        <source>the meter does not hold what was written for %1</source>
        <translation>måleren inneholder ikke det som ble skrevet for %1</translation>
    </message>
    <message numerus="yes">
        <source>Written and verified: %n change(s).</source>
        <translation>
            <numerusform>Skrevet og kontrollert: %n endring.</numerusform>
            <numerusform>Skrevet og kontrollert: %n endringer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed: %1.</source>
        <translation>Ingenting ble endret: %1.</translation>
    </message>
    <message>
        <source>The audit log %1 cannot be written: %2</source>
        <translation>Revisjonsloggen %1 kan ikke skrives: %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Mislyktes: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 request, %n attribute(s)</source>
        <translation>
            <numerusform>%1-forespørsel, %n attributt</numerusform>
            <numerusform>%1-forespørsel, %n attributter</numerusform>
        </translation>
    </message>
    <message>
        <source>no value</source>
        <translation>ingen verdi</translation>
    </message>
    <message>
        <source>SET result: %1</source>
        <translation>SET-resultat: %1</translation>
    </message>
    <message>
        <source>ACTION result: %1</source>
        <translation>ACTION-resultat: %1</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Ingenting ble skrevet: %1</translation>
    </message>
    <message>
        <source>Running %1 (%2 of %3)…</source>
        <translation>Utfører %1 (%2 av %3)…</translation>
    </message>
    <message>
        <source>; %1 was run and cannot be undone</source>
        <translation>; %1 ble utført og kan ikke angres</translation>
    </message>
    <message>
        <source>The tariff calendar cannot be shown: %1</source>
        <translation>Tariffkalenderen kan ikke vises: %1</translation>
    </message>
    <message>
        <source>The load control settings cannot be shown: %1</source>
        <translation>Innstillingene for laststyring kan ikke vises: %1</translation>
    </message>
    <message>
        <source>tariff plan</source>
        <translation>tariffplan</translation>
    </message>
    <message>
        <source>load control</source>
        <translation>laststyring</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s), part of a frame</source>
        <translation>
            <numerusform>%n byte, del av en ramme</numerusform>
            <numerusform>%n byte, del av en ramme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omt::link</name>
    <message>
        <source>No answer on %1: check that the head is on the optical port and the cable, and that the meter is powered.</source>
        <translation>Ikke noe svar på %1: kontroller at lesehodet sitter på den optiske porten, kabelen, og at måleren har strøm.</translation>
    </message>
    <message>
        <source>The meter&apos;s sign-on answer was not usable (%1).</source>
        <translation>Målerens svar på påloggingen kunne ikke brukes (%1).</translation>
    </message>
    <message>
        <source>The meter refused the HDLC connection (%1): check the client and server addresses.</source>
        <translation>Måleren avviste HDLC-tilkoblingen (%1): kontroller klient- og serveradressene.</translation>
    </message>
    <message>
        <source>The link to the meter was lost (%1).</source>
        <translation>Forbindelsen til måleren ble brutt (%1).</translation>
    </message>
    <message>
        <source>The meter rejected the association: wrong password (LLS).</source>
        <translation>Måleren avviste assosiasjonen: feil passord (LLS).</translation>
    </message>
    <message>
        <source>The meter rejected the association: the encryption or authentication key is wrong.</source>
        <translation>Måleren avviste assosiasjonen: krypterings- eller autentiseringsnøkkelen er feil.</translation>
    </message>
    <message>
        <source>The meter&apos;s answer fails authentication: the encryption or authentication key is wrong.</source>
        <translation>Målerens svar kan ikke autentiseres: krypterings- eller autentiseringsnøkkelen er feil.</translation>
    </message>
    <message>
        <source>Invocation counter too low (%1): the frame counter must be read and set again.</source>
        <translation>Invocation counter for lav (%1): rammetelleren må leses og settes på nytt.</translation>
    </message>
    <message>
        <source>The meter rejected the association (%1).</source>
        <translation>Måleren avviste assosiasjonen (%1).</translation>
    </message>
    <message>
        <source>Object %1 is not in this meter&apos;s association.</source>
        <translation>Objektet %1 finnes ikke i denne målerens assosiasjon.</translation>
    </message>
    <message>
        <source>Access to %1 is denied in this association.</source>
        <translation>Tilgang til %1 er nektet i denne assosiasjonen.</translation>
    </message>
    <message>
        <source>The meter refused %1.</source>
        <translation>Måleren avviste %1.</translation>
    </message>
    <message>
        <source>The meter refused the request (%1).</source>
        <translation>Måleren avviste forespørselen (%1).</translation>
    </message>
    <message>
        <source>The meter&apos;s answer could not be understood (%1).</source>
        <translation>Målerens svar kunne ikke tolkes (%1).</translation>
    </message>
    <message>
        <source>Port %1 does not exist.</source>
        <translation>Porten %1 finnes ikke.</translation>
    </message>
    <message>
        <source>Port %1 is in use by another program.</source>
        <translation>Porten %1 brukes av et annet program.</translation>
    </message>
    <message>
        <source>No permission to open %1.</source>
        <translation>Mangler tillatelse til å åpne %1.</translation>
    </message>
    <message>
        <source>Port error: %1.</source>
        <translation>Portfeil: %1.</translation>
    </message>
    <message>
        <source>Nobody accepts connections at %1.</source>
        <translation>Ingen tar imot tilkoblinger på %1.</translation>
    </message>
    <message>
        <source>Host %1 not found.</source>
        <translation>Verten %1 ble ikke funnet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutt.</translation>
    </message>
    <message>
        <source>The connection is not ready for this request (%1).</source>
        <translation>Tilkoblingen er ikke klar for denne forespørselen (%1).</translation>
    </message>
    <message>
        <source>No Bluetooth adapter found on this computer (or the Bluetooth service is not running).</source>
        <translation>Fant ingen Bluetooth-adapter på denne datamaskinen (eller Bluetooth-tjenesten kjører ikke).</translation>
    </message>
    <message>
        <source>The Bluetooth adapter is switched off: switch it on and try again.</source>
        <translation>Bluetooth-adapteren er slått av: slå den på og prøv igjen.</translation>
    </message>
    <message>
        <source>Pair the Bluetooth head with this computer first (%1).</source>
        <translation>Par først Bluetooth-hodet med denne datamaskinen (%1).</translation>
    </message>
    <message>
        <source>The Bluetooth device %1 offers no serial service: is it an optical head?</source>
        <translation>Bluetooth-enheten %1 tilbyr ingen seriell tjeneste: er det et optisk hode?</translation>
    </message>
</context>
<context>
    <name>omt::ui::ConfigCodesPage</name>
    <message>
        <source>The full configuration string; paste one to set every field.</source>
        <translation>Hele konfigurasjonsstrengen; lim inn en for å sette alle feltene.</translation>
    </message>
    <message>
        <source>&amp;Configuration:</source>
        <translation>&amp;Konfigurasjon:</translation>
    </message>
    <message>
        <source>In meter:</source>
        <translation>I måleren:</translation>
    </message>
    <message>
        <source>The configuration string is empty.</source>
        <translation>Konfigurasjonsstrengen er tom.</translation>
    </message>
    <message>
        <source>Only digits and &apos;-&apos; are allowed (position %1).</source>
        <translation>Bare sifre og &apos;-&apos; er tillatt (posisjon %1).</translation>
    </message>
    <message>
        <source>A configuration has 56 digits; this one has %1.</source>
        <translation>En konfigurasjon har 56 sifre; denne har %1.</translation>
    </message>
    <message>
        <source>A configuration has 28 fields separated by &apos;-&apos;.</source>
        <translation>En konfigurasjon har 28 felt adskilt med &apos;-&apos;.</translation>
    </message>
    <message>
        <source>A field has the wrong number of digits (%1).</source>
        <translation>Et felt har feil antall sifre (%1).</translation>
    </message>
    <message>
        <source>Connect to a meter to see its configuration.</source>
        <translation>Koble til en måler for å se konfigurasjonen.</translation>
    </message>
    <message>
        <source>The configuration is valid for variant %1.</source>
        <translation>Konfigurasjonen er gyldig for variant %1.</translation>
    </message>
</context>
<context>
    <name>omt::ui::ConnectionBar</name>
    <message>
        <source>&amp;Connect</source>
        <translation>Ko&amp;ble til</translation>
    </message>
    <message>
        <source>Meter connection</source>
        <translation>Målertilkobling</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>Key file (EK/AK)</source>
        <translation>Nøkkelfil (EK/AK)</translation>
    </message>
    <message>
        <source>Public (no security)</source>
        <translation>Offentlig (ingen sikkerhet)</translation>
    </message>
    <message>
        <source>Reader (password)</source>
        <translation>Avleser (passord)</translation>
    </message>
    <message>
        <source>Installer (HLS keys)</source>
        <translation>Installatør (HLS-nøkler)</translation>
    </message>
    <message>
        <source>&amp;Meter:</source>
        <translation>Må&amp;ler:</translation>
    </message>
    <message>
        <source>Demo meter: OMNIPOWER CT</source>
        <translation>Demomåler: OMNIPOWER CT</translation>
    </message>
    <message>
        <source>Demo meter: OMNIA e-meter</source>
        <translation>Demomåler: OMNIA e-meter</translation>
    </message>
    <message>
        <source>Optical head: %1</source>
        <translation>Optisk lesehode: %1</translation>
    </message>
    <message>
        <source>Optical head: other port…</source>
        <translation>Optisk lesehode: annen port…</translation>
    </message>
    <message>
        <source>TCP (HDLC or wrapper)…</source>
        <translation>TCP (HDLC eller wrapper)…</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>vert:port</translation>
    </message>
    <message>
        <source>/dev/ttyUSB0</source>
        <translation>/dev/ttyUSB0</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Koble &amp;fra</translation>
    </message>
</context>
<context>
    <name>omt::ui::CtRatioPage</name>
    <message>
        <source>%1/%2 A (factor %3)</source>
        <translation>%1/%2 A (faktor %3)</translation>
    </message>
    <message>
        <source>&amp;Lock the ratio…</source>
        <translation>&amp;Lås forholdet…</translation>
    </message>
    <message>
        <source>Any factor from 1 to 600: primary current = factor × secondary.</source>
        <translation>Hvilken som helst faktor fra 1 til 600: primærstrøm = faktor × sekundærstrøm.</translation>
    </message>
    <message>
        <source>%1 (%2/5 A or %3/1 A)</source>
        <translation>%1 (%2/5 A eller %3/1 A)</translation>
    </message>
    <message>
        <source>In the meter</source>
        <translation>I måleren</translation>
    </message>
    <message>
        <source>Ratio:</source>
        <translation>Forhold:</translation>
    </message>
    <message>
        <source>Lock:</source>
        <translation>Lås:</translation>
    </message>
    <message>
        <source>New ratio</source>
        <translation>Nytt forhold</translation>
    </message>
    <message>
        <source>&amp;Standard ratio:</source>
        <translation>S&amp;tandardforhold:</translation>
    </message>
    <message>
        <source>&amp;Custom factor:</source>
        <translation>&amp;Egen faktor:</translation>
    </message>
    <message>
        <source>Will be:</source>
        <translation>Blir:</translation>
    </message>
    <message>
        <source>The factor is the transformer&apos;s primary current divided by its secondary current (5 A or 1 A, set by the meter&apos;s type). The display shows primary energy (secondary energy × factor); the S0 output counts secondary energy; Z23 and Z24 choose the basis of the load profile and of the module&apos;s pulse output. Locking fixes the ratio for good: it cannot be unlocked from the optical port.</source>
        <translation>Faktoren er transformatorens primærstrøm delt på sekundærstrømmen (5 A eller 1 A, bestemt av målerens type). Displayet viser primærenergi (sekundærenergi × faktor); S0-utgangen teller sekundærenergi; Z23 og Z24 velger grunnlaget for lastprofilen og for modulens pulsutgang. Låsing fastsetter forholdet for godt: det kan ikke låses opp fra den optiske porten.</translation>
    </message>
    <message>
        <source>The CT ratio is already locked.</source>
        <translation>CT-forholdet er allerede låst.</translation>
    </message>
    <message>
        <source>Lock the CT ratio at %1?

This is PERMANENT: once written, the ratio can never be changed or unlocked from the optical port.</source>
        <translation>Låse CT-forholdet på %1?

Dette er PERMANENT: når det er skrevet, kan forholdet aldri endres eller låses opp fra den optiske porten.</translation>
    </message>
    <message>
        <source>Lock the CT ratio permanently</source>
        <translation>Lås CT-forholdet permanent</translation>
    </message>
    <message>
        <source>This meter has no CT ratio.</source>
        <translation>Denne måleren har ikke noe CT-forhold.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Ikke tilkoblet.</translation>
    </message>
    <message>
        <source>Locked: the ratio can no longer be changed.</source>
        <translation>Låst: forholdet kan ikke lenger endres.</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Ulåst</translation>
    </message>
    <message>
        <source>and locked (pending)</source>
        <translation>og låst (venter)</translation>
    </message>
</context>
<context>
    <name>omt::ui::DisplayCatalogueModel</name>
    <message>
        <source>Historical value: not allowed in the automatic list.</source>
        <translation>Historisk verdi: ikke tillatt i den automatiske listen.</translation>
    </message>
    <message>
        <source>Legal reading: always in the manual list.</source>
        <translation>Lovpålagt avlesning: alltid i den manuelle listen.</translation>
    </message>
</context>
<context>
    <name>omt::ui::DisplayListModel</name>
    <message>
        <source>%1: legal reading, cannot be removed from the manual list.</source>
        <translation>%1: lovpålagt avlesning, kan ikke fjernes fra den manuelle listen.</translation>
    </message>
    <message>
        <source>Add %1 to the %2 list</source>
        <translation>Legg til %1 i listen «%2»</translation>
    </message>
    <message>
        <source>Remove %1 from the %2 list</source>
        <translation>Fjern %1 fra listen «%2»</translation>
    </message>
    <message>
        <source>Reorder the %1 list</source>
        <translation>Endre rekkefølgen i listen «%1»</translation>
    </message>
</context>
<context>
    <name>omt::ui::DisplayListsPage</name>
    <message>
        <source>Filter readings</source>
        <translation>Filtrer avlesninger</translation>
    </message>
    <message>
        <source>&amp;Add →</source>
        <translation>&amp;Legg til →</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytt &amp;opp</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytt &amp;ned</translation>
    </message>
    <message>
        <source>Readings the meter offers</source>
        <translation>Avlesninger som måleren tilbyr</translation>
    </message>
    <message>
        <source>This meter has no display lists.</source>
        <translation>Denne måleren har ingen displaylister.</translation>
    </message>
    <message>
        <source>Connect to a meter to edit its display lists.</source>
        <translation>Koble til en måler for å redigere displaylistene.</translation>
    </message>
    <message>
        <source>%1 of at most %2 readings.</source>
        <translation>%1 av høyst %2 avlesninger.</translation>
    </message>
    <message>
        <source>(Size limit assumed: the data sheet gives none.)</source>
        <translation>(Størrelsesgrense antatt: databladet oppgir ingen.)</translation>
    </message>
    <message>
        <source>%1: no value read from the meter yet.</source>
        <translation>%1: ingen verdi lest fra måleren ennå.</translation>
    </message>
</context>
<context>
    <name>omt::ui::LcdPreview</name>
    <message>
        <source>Display preview</source>
        <translation>Forhåndsvisning av display</translation>
    </message>
</context>
<context>
    <name>omt::ui::LoadControlPage</name>
    <message>
        <source>connected</source>
        <translation>tilkoblet</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>frakoblet</translation>
    </message>
    <message>
        <source>ready for reconnection</source>
        <translation>klar for gjeninnkobling</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>Etter behov</translation>
    </message>
    <message>
        <source>Calendar (daily times)</source>
        <translation>Kalender (daglige tider)</translation>
    </message>
    <message>
        <source>Follow tariff</source>
        <translation>Følg tariff</translation>
    </message>
    <message>
        <source>Supply control switch</source>
        <translation>Forsyningsbryter</translation>
    </message>
    <message>
        <source>Relay %1</source>
        <translation>Relé %1</translation>
    </message>
    <message>
        <source>On</source>
        <translation>På</translation>
    </message>
    <message>
        <source>e.g. 06:00 on, 22:00 off</source>
        <translation>f.eks. 06:00 on, 22:00 off</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>State (on demand):</source>
        <translation>Tilstand (etter behov):</translation>
    </message>
    <message>
        <source>Schedule (calendar):</source>
        <translation>Tidsplan (kalender):</translation>
    </message>
    <message>
        <source>On in tariffs (follow tariff):</source>
        <translation>På i tariffene (følg tariff):</translation>
    </message>
    <message>
        <source>This meter has no supply control switch.</source>
        <translation>Denne måleren har ingen forsyningsbryter.</translation>
    </message>
    <message>
        <source>Disconnect the supply</source>
        <translation>Koble fra forsyningen</translation>
    </message>
    <message>
        <source>Writing to the meter will disconnect the customer&apos;s supply with the meter&apos;s breaker. Go on?</source>
        <translation>Skriving til måleren kobler fra kundens forsyning med målerens bryter. Fortsette?</translation>
    </message>
    <message>
        <source>Reconnect the supply</source>
        <translation>Koble til forsyningen igjen</translation>
    </message>
    <message>
        <source>Writing to the meter will reconnect the customer&apos;s supply. Make sure it is safe to do so. Go on?</source>
        <translation>Skriving til måleren kobler kundens forsyning til igjen. Sørg for at det er trygt. Fortsette?</translation>
    </message>
    <message>
        <source>Relay %1: write the schedule as &quot;06:00 on, 22:00 off&quot;.</source>
        <translation>Relé %1: skriv tidsplanen som &quot;06:00 on, 22:00 off&quot;.</translation>
    </message>
    <message>
        <source>Relay %1: %2</source>
        <translation>Relé %1: %2</translation>
    </message>
    <message>
        <source>The supply is %1.</source>
        <translation>Forsyningen er %1.</translation>
    </message>
    <message>
        <source>Pending: %1 when written.</source>
        <translation>Venter: %1 når det skrives.</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>Koble fra…</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>Koble til igjen…</translation>
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
        <translation>Skriv til måleren</translation>
    </message>
    <message>
        <source>Write these %1 changes to the meter?</source>
        <translation>Skrive disse %1 endringene til måleren?</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>Display lists</source>
        <translation>Displaylister</translation>
    </message>
    <message>
        <source>CT ratio</source>
        <translation>CT-forhold</translation>
    </message>
    <message>
        <source>Configuration codes</source>
        <translation>Konfigurasjonskoder</translation>
    </message>
    <message>
        <source>&amp;Meter</source>
        <translation>&amp;Måler</translation>
    </message>
    <message>
        <source>&amp;Read from meter</source>
        <translation>&amp;Les fra måleren</translation>
    </message>
    <message>
        <source>&amp;Write to meter…</source>
        <translation>&amp;Skriv til måleren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Måler</translation>
    </message>
    <message>
        <source>Nothing to write: there are no pending changes.</source>
        <translation>Ingenting å skrive: det finnes ingen ventende endringer.</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Ventende endringer</translation>
    </message>
    <message>
        <source>%1 changes have not been written to the meter. Quit anyway?</source>
        <translation>%1 endringer er ikke skrevet til måleren. Avslutte likevel?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Tariffs</source>
        <translation>Tariffer</translation>
    </message>
    <message>
        <source>Load control</source>
        <translation>Laststyring</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Sporing</translation>
    </message>
    <message>
        <source>estimating time left…</source>
        <translation>anslår gjenstående tid…</translation>
    </message>
    <message>
        <source>about %1 min %2 s left</source>
        <translation>ca. %1 min %2 s igjen</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>ca. %n s igjen</numerusform>
            <numerusform>ca. %n s igjen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>The language changes the next time OpenMeterTool starts.</source>
        <translation>Språket endres neste gang OpenMeterTool starter.</translation>
    </message>
</context>
<context>
    <name>omt::ui::MeterDocument</name>
    <message>
        <source>Lock the CT ratio on the CT ratio page: it asks for the confirmation a permanent lock needs.</source>
        <translation>Lås CT-forholdet på siden CT-forhold: den ber om bekreftelsen en permanent lås krever.</translation>
    </message>
    <message>
        <source>Z21 is the CT ratio: a number from 001 to 600.</source>
        <translation>Z21 er CT-forholdet: et tall fra 001 til 600.</translation>
    </message>
    <message>
        <source>%1 needs 1 digit.</source>
        <translation>%1 trenger 1 siffer.</translation>
    </message>
    <message>
        <source>%1 needs %2 digits.</source>
        <translation>%1 trenger %2 sifre.</translation>
    </message>
    <message>
        <source>The CT ratio is locked in this meter (Z22): Z21 cannot be changed.</source>
        <translation>CT-forholdet er låst i denne måleren (Z22): Z21 kan ikke endres.</translation>
    </message>
    <message>
        <source>The CT ratio lock (Z22) cannot be undone from the optical port.</source>
        <translation>CT-låsen (Z22) kan ikke angres fra den optiske porten.</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>Sett %1 til %2</translation>
    </message>
    <message>
        <source>Set the configuration codes</source>
        <translation>Sett konfigurasjonskodene</translation>
    </message>
    <message>
        <source>This meter has no %1 display list.</source>
        <translation>Denne måleren har ingen displayliste «%1».</translation>
    </message>
    <message>
        <source>This meter has no current transformer ratio.</source>
        <translation>Denne måleren har ikke noe strømtransformatorforhold.</translation>
    </message>
    <message>
        <source>The CT ratio is locked in this meter and can no longer be changed.</source>
        <translation>CT-forholdet er låst i denne måleren og kan ikke lenger endres.</translation>
    </message>
    <message>
        <source>The CT ratio is locked and can no longer be changed.</source>
        <translation>CT-forholdet er låst og kan ikke lenger endres.</translation>
    </message>
    <message>
        <source>The ratio must be between %1 and %2.</source>
        <translation>Forholdet må være mellom %1 og %2.</translation>
    </message>
    <message>
        <source>Set the CT ratio to %1</source>
        <translation>Sett CT-forholdet til %1</translation>
    </message>
    <message>
        <source>The CT ratio is already locked.</source>
        <translation>CT-forholdet er allerede låst.</translation>
    </message>
    <message>
        <source>The ratio changed since the confirmation; confirm the lock again.</source>
        <translation>Forholdet er endret siden bekreftelsen; bekreft låsingen på nytt.</translation>
    </message>
    <message>
        <source>Lock the CT ratio at %1</source>
        <translation>Lås CT-forholdet på %1</translation>
    </message>
    <message>
        <source>%1 %2: %3 (%4) -&gt; %5 (%6)</source>
        <translation>%1 %2: %3 (%4) -&gt; %5 (%6)</translation>
    </message>
    <message>
        <source>%1 display list: %2 -&gt; %3 readings</source>
        <translation>Displayliste «%1»: %2 -&gt; %3 avlesninger</translation>
    </message>
    <message>
        <source>CT ratio: %1 -&gt; %2</source>
        <translation>CT-forhold: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>CT ratio lock: unlocked -&gt; LOCKED (permanent)</source>
        <translation>CT-lås: ulåst -&gt; LÅST (permanent)</translation>
    </message>
    <message>
        <source>%1: code %2 is not available on variant %3 of this meter.</source>
        <translation>%1: koden %2 finnes ikke i variant %3 av denne måleren.</translation>
    </message>
    <message>
        <source>%1: code %2 is not one of the codes this field allows.</source>
        <translation>%1: koden %2 er ikke en av kodene dette feltet tillater.</translation>
    </message>
    <message>
        <source>%1: the CT ratio must be between 001 and 600.</source>
        <translation>%1: CT-forholdet må være mellom 001 og 600.</translation>
    </message>
    <message>
        <source>%1: the CT ratio is locked and cannot be changed.</source>
        <translation>%1: CT-forholdet er låst og kan ikke endres.</translation>
    </message>
    <message>
        <source>%1: the CT ratio lock cannot be undone.</source>
        <translation>%1: CT-låsen kan ikke angres.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Backup-powered</source>
        <translation>Batteridrift</translation>
    </message>
    <message>
        <source>The %1 list holds at most %2 readings.</source>
        <translation>Listen «%1» har plass til høyst %2 avlesninger.</translation>
    </message>
    <message>
        <source>%1 is already in the %2 list.</source>
        <translation>%1 er allerede i listen «%2».</translation>
    </message>
    <message>
        <source>%1 is a historical value: the automatic list cannot show historical values.</source>
        <translation>%1 er en historisk verdi: den automatiske listen kan ikke vise historiske verdier.</translation>
    </message>
    <message>
        <source>%1 is a legal reading: the manual list must always show it.</source>
        <translation>%1 er en lovpålagt avlesning: den manuelle listen må alltid vise den.</translation>
    </message>
    <message>
        <source>This meter has no %1 list.</source>
        <translation>Denne måleren har ingen liste «%1».</translation>
    </message>
    <message>
        <source>There is no reading at that position.</source>
        <translation>Det er ingen avlesning på den posisjonen.</translation>
    </message>
    <message>
        <source>The value does not fit the display.</source>
        <translation>Verdien får ikke plass på displayet.</translation>
    </message>
    <message>
        <source>This meter has no tariff calendar.</source>
        <translation>Denne måleren har ingen tariffkalender.</translation>
    </message>
    <message>
        <source>This meter has no load control.</source>
        <translation>Denne måleren har ingen laststyring.</translation>
    </message>
    <message>
        <source>Tariffs: %1</source>
        <translation>Tariffer: %1</translation>
    </message>
    <message>
        <source>Load control: %1</source>
        <translation>Laststyring: %1</translation>
    </message>
    <message>
        <source>%1 %2: added %3</source>
        <translation>%1 %2: lagt til %3</translation>
    </message>
    <message>
        <source>%1 %2: removed %3</source>
        <translation>%1 %2: fjernet %3</translation>
    </message>
    <message>
        <source>%1 %2: %3 -&gt; %4</source>
        <translation>%1 %2: %3 -&gt; %4</translation>
    </message>
    <message>
        <source>Tariffs</source>
        <translation>Tariffer</translation>
    </message>
    <message>
        <source>Load control</source>
        <translation>Laststyring</translation>
    </message>
</context>
<context>
    <name>omt::ui::OverviewPage</name>
    <message>
        <source>Position</source>
        <translation>Posisjon</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Betydning</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Avlesning</translation>
    </message>
    <message>
        <source>OBIS</source>
        <translation>OBIS</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Måler</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Avlesninger</translation>
    </message>
    <message>
        <source>Not connected. Choose a meter above and press Connect.</source>
        <translation>Ikke tilkoblet. Velg en måler ovenfor og trykk på Koble til.</translation>
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
        <translation>&lt;b&gt;%1&lt;/b&gt;, serienummer %2</translation>
    </message>
    <message>
        <source>Firmware %1</source>
        <translation>Fastvare %1</translation>
    </message>
    <message>
        <source>Type number %1</source>
        <translation>Typenummer %1</translation>
    </message>
    <message>
        <source>The type number does not decode: %1</source>
        <translation>Typenummeret kan ikke dekodes: %1</translation>
    </message>
</context>
<context>
    <name>omt::ui::TariffPage</name>
    <message>
        <source>The calendar sets the tariffs.</source>
        <translation>Kalenderen styrer tariffene.</translation>
    </message>
    <message>
        <source>Tariffs disabled (Z13 %1): the meter counts in T1 only.</source>
        <translation>Tariffer slått av (Z13 %1): måleren teller bare i T1.</translation>
    </message>
    <message>
        <source>Module port control (Z13 %1): the module&apos;s tariff inputs set the tariffs, not this calendar.</source>
        <translation>Modulportstyring (Z13 %1): modulens tariffinnganger styrer tariffene, ikke denne kalenderen.</translation>
    </message>
    <message>
        <source>Register control (Z13 %1): the calendar sets the tariffs.</source>
        <translation>Registerstyring (Z13 %1): kalenderen styrer tariffene.</translation>
    </message>
    <message>
        <source>Order-form tariff plan (Z13 %1).</source>
        <translation>Tariffplan fra bestillingsskjema (Z13 %1).</translation>
    </message>
    <message>
        <source>Activate at</source>
        <translation>Aktiver ved</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Sesong</translation>
    </message>
    <message>
        <source>Day profile</source>
        <translation>Døgnprofil</translation>
    </message>
    <message>
        <source>Week of the active calendar</source>
        <translation>Uke i den aktive kalenderen</translation>
    </message>
    <message>
        <source>Season:</source>
        <translation>Sesong:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Tariff</translation>
    </message>
    <message>
        <source>Switch times as hh:mm, tariffs 1 to 4.</source>
        <translation>Skiftetider som tt:mm, tariffer 1 til 4.</translation>
    </message>
    <message>
        <source>Add switch</source>
        <translation>Legg til skifte</translation>
    </message>
    <message>
        <source>Remove switch</source>
        <translation>Fjern skifte</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Dates as *-MM-DD (every year) or YYYY-MM-DD.</source>
        <translation>Datoer som *-MM-DD (hvert år) eller YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Add special day</source>
        <translation>Legg til spesialdag</translation>
    </message>
    <message>
        <source>Remove special day</source>
        <translation>Fjern spesialdag</translation>
    </message>
    <message>
        <source>Special days</source>
        <translation>Spesialdager</translation>
    </message>
    <message>
        <source>Passive calendar</source>
        <translation>Passiv kalender</translation>
    </message>
    <message>
        <source>Day profile %1: from %2 tariff T%3</source>
        <translation>Døgnprofil %1: fra %2 tariff T%3</translation>
    </message>
    <message>
        <source>Add a switch to day profile %1</source>
        <translation>Legg til et skifte i døgnprofil %1</translation>
    </message>
    <message>
        <source>Remove a switch from day profile %1</source>
        <translation>Fjern et skifte fra døgnprofil %1</translation>
    </message>
    <message>
        <source>Add the special day %1</source>
        <translation>Legg til spesialdagen %1</translation>
    </message>
    <message>
        <source>Remove the special day %1</source>
        <translation>Fjern spesialdagen %1</translation>
    </message>
    <message>
        <source>Copy the active calendar to the passive calendar</source>
        <translation>Kopier den aktive kalenderen til den passive kalenderen</translation>
    </message>
    <message>
        <source>Remove the passive calendar</source>
        <translation>Fjern den passive kalenderen</translation>
    </message>
    <message>
        <source>Activate the passive calendar at %1</source>
        <translation>Aktiver den passive kalenderen %1</translation>
    </message>
    <message>
        <source>No activation time for the passive calendar</source>
        <translation>Ingen aktiveringstid for den passive kalenderen</translation>
    </message>
    <message>
        <source>A switch time is hh:mm, from 00:00 to 23:59.</source>
        <translation>Et skiftetidspunkt er tt:mm, fra 00:00 til 23:59.</translation>
    </message>
    <message>
        <source>A tariff is 1, 2, 3 or 4.</source>
        <translation>En tariff er 1, 2, 3 eller 4.</translation>
    </message>
    <message>
        <source>A special day is *-MM-DD (every year) or YYYY-MM-DD.</source>
        <translation>En spesialdag er *-MM-DD (hvert år) eller YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>A day profile is a number from 1 to 255.</source>
        <translation>En døgnprofil er et tall fra 1 til 255.</translation>
    </message>
    <message>
        <source>Change the special day %1</source>
        <translation>Endre spesialdagen %1</translation>
    </message>
    <message>
        <source>%1 (from %2, week %3)</source>
        <translation>%1 (fra %2, uke %3)</translation>
    </message>
    <message>
        <source>Day profile %1</source>
        <translation>Døgnprofil %1</translation>
    </message>
    <message numerus="yes">
        <source>Passive calendar &quot;%1&quot;: %n season(s).</source>
        <translation>
            <numerusform>Passiv kalender &quot;%1&quot;: %n sesong.</numerusform>
            <numerusform>Passiv kalender &quot;%1&quot;: %n sesonger.</numerusform>
        </translation>
    </message>
    <message>
        <source>No passive calendar.</source>
        <translation>Ingen passiv kalender.</translation>
    </message>
    <message>
        <source>Copy the active calendar to the passive one</source>
        <translation>Kopier den aktive kalenderen til den passive</translation>
    </message>
    <message>
        <source>Cannot be written yet: %1</source>
        <translation>Kan ikke skrives ennå: %1</translation>
    </message>
</context>
<context>
    <name>omt::ui::TraceModel</name>
    <message>
        <source>to meter</source>
        <translation>til måleren</translation>
    </message>
    <message>
        <source>from meter</source>
        <translation>fra måleren</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <source>Decoded</source>
        <translation>Dekodet</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
</context>
<context>
    <name>omt::ui::TracePage</name>
    <message>
        <source>Filter: text in any column</source>
        <translation>Filter: tekst i en hvilken som helst kolonne</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Lagre…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Tøm</translation>
    </message>
    <message>
        <source>Requests to and responses from the meter, newest last.</source>
        <translation>Forespørsler til og svar fra måleren, nyeste sist.</translation>
    </message>
    <message>
        <source>Save trace</source>
        <translation>Lagre sporing</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Tekstfiler (*.txt);;Alle filer (*)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n record(s) to %1.</source>
        <translation>
            <numerusform>Lagret %n post i %1.</numerusform>
            <numerusform>Lagret %n poster i %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trace cannot be saved to %1: %2</source>
        <translation>Sporingen kan ikke lagres i %1: %2</translation>
    </message>
</context>
<context>
    <name>omt::ui::WeekTimeline</name>
    <message>
        <source>Week timeline of the tariffs</source>
        <translation>Ukeoversikt over tariffene</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>man</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>tir</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>ons</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>tor</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>fre</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>lør</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>søn</translation>
    </message>
</context>
<context>
    <name>omt::ui::ZCodeModel</name>
    <message>
        <source>Pending: the meter holds %1.</source>
        <translation>Venter: måleren har %1.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Innstilling</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Betydning</translation>
    </message>
    <message>
        <source>In meter</source>
        <translation>I måleren</translation>
    </message>
</context>
</TS>
