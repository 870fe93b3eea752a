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
        <source>Reading the meter…</source>
        <translation>Leser av måleren…</translation>
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
        <source>CT ratio lock</source>
        <translation>CT-lås</translation>
    </message>
    <message>
        <source>Nothing to write: the meter already holds these values.</source>
        <translation>Ingenting å skrive: måleren har allerede disse verdiene.</translation>
    </message>
    <message>
        <source>the meter does not hold what was written for %1</source>
        <translation>måleren inneholder ikke det som ble skrevet for %1</translation>
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
    <message>
        <source>the connection closed</source>
        <translation>forbindelsen ble lukket</translation>
    </message>
    <message>
        <source>The meter&apos;s clock was set to this computer&apos;s time.</source>
        <translation>Målerens klokke ble stilt til denne datamaskinens tid.</translation>
    </message>
    <message>
        <source>Connect to the meter before setting its clock.</source>
        <translation>Koble til måleren før du stiller klokken.</translation>
    </message>
    <message>
        <source>This meter&apos;s clock was not read; it cannot be set.</source>
        <translation>Klokken i denne måleren ble ikke lest; den kan ikke stilles.</translation>
    </message>
    <message>
        <source>The meter&apos;s clock cannot be set: its time does not decode (%1).</source>
        <translation>Målerens klokke kan ikke stilles: tiden lar seg ikke dekode (%1).</translation>
    </message>
    <message>
        <source>Setting the meter&apos;s clock…</source>
        <translation>Stiller målerens klokke…</translation>
    </message>
    <message>
        <source>load profile period</source>
        <translation>lastprofilperiode</translation>
    </message>
    <message>
        <source>Changing the load profile period clears the load profile stored in the meter: its history is lost.</source>
        <translation>En endring av lastprofilperioden sletter lastprofilen som er lagret i måleren: historikken går tapt.</translation>
    </message>
    <message>
        <source>Writing %1 loses data stored in the meter.</source>
        <translation>Skriving av %1 sletter data som er lagret i måleren.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>Checking the restored values…</source>
        <translation>Kontrollerer de gjenopprettede verdiene…</translation>
    </message>
    <message>
        <source>Reading back what was written…</source>
        <translation>Leser tilbake det som ble skrevet…</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Gjenoppretter %1…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Skriver %1…</translation>
    </message>
    <message>
        <source>writing %1 failed: %2</source>
        <translation>skriving av %1 mislyktes: %2</translation>
    </message>
    <message>
        <source>automatic display list</source>
        <translation>automatisk displayliste</translation>
    </message>
    <message>
        <source>manual display list</source>
        <translation>manuell displayliste</translation>
    </message>
    <message>
        <source>backup-powered display list</source>
        <translation>displayliste ved batteridrift</translation>
    </message>
    <message>
        <source>Search for the Bluetooth head, or type its address like 00:1A:7D:DA:71:13.</source>
        <translation>Søk etter Bluetooth-lesehodet, eller skriv inn adressen, for eksempel 00:1A:7D:DA:71:13.</translation>
    </message>
    <message>
        <source>The clock was set, but reading it back failed.</source>
        <translation>Klokken ble stilt, men tilbakelesingen mislyktes.</translation>
    </message>
    <message>
        <source>the connection could not start</source>
        <translation>tilkoblingen kunne ikke startes</translation>
    </message>
    <message>
        <source>the program was closed during the write</source>
        <translation>programmet ble lukket under skrivingen</translation>
    </message>
    <message>
        <source>Check the meter&apos;s address and port, and that the meter or its gateway is switched on and reachable; then Connect again.</source>
        <translation>Kontroller målerens adresse og port, og at måleren eller gatewayen er slått på og kan nås; trykk deretter på Koble til igjen.</translation>
    </message>
    <message>
        <source>Check that the optical head sits squarely on the meter&apos;s optical port (the cable pointing down), that its cable is plugged in and that the meter has power; then Connect again.</source>
        <translation>Kontroller at det optiske lesehodet sitter rett på målerens optiske port (med kabelen nedover), at kabelen er koblet til og at måleren har strøm; trykk deretter på Koble til igjen.</translation>
    </message>
    <message>
        <source>Check the network connection to the meter, then Connect again.</source>
        <translation>Kontroller nettverksforbindelsen til måleren, og trykk deretter på Koble til igjen.</translation>
    </message>
    <message>
        <source>Check the optical head&apos;s position on the meter and its cable (a USB head that was pulled out must be plugged in again), then Connect.</source>
        <translation>Kontroller plasseringen av det optiske lesehodet på måleren og kabelen (et USB-lesehode som er trukket ut, må kobles til igjen), og trykk deretter på Koble til.</translation>
    </message>
    <message>
        <source>The meter does not accept this HDLC address: check the meter&apos;s address settings, then Connect again.</source>
        <translation>Måleren godtar ikke denne HDLC-adressen: kontroller adresseinnstillingene i måleren, og trykk deretter på Koble til igjen.</translation>
    </message>
    <message>
        <source>Type the meter&apos;s reader password again (the connection bar keeps it only for this session), then Connect.</source>
        <translation>Skriv inn avleserpassordet til måleren på nytt (tilkoblingslinjen husker det bare i denne økten), og trykk deretter på Koble til.</translation>
    </message>
    <message>
        <source>Choose the key file that holds this meter&apos;s EK and AK (keys are per meter), then Connect.</source>
        <translation>Velg nøkkelfilen som inneholder EK og AK for denne måleren (hver måler har egne nøkler), og trykk deretter på Koble til.</translation>
    </message>
    <message>
        <source>Connect again: the tool reads the meter&apos;s invocation counter (0.0.43.1.0.255) before it opens the installer association.</source>
        <translation>Trykk på Koble til igjen: programmet leser målerens invocation counter (0.0.43.1.0.255) før det åpner installatørassosiasjonen.</translation>
    </message>
    <message>
        <source>Check the association (public, reader, installer) and its secret, then Connect again.</source>
        <translation>Kontroller assosiasjonen (offentlig, avleser, installatør) og passordet eller nøkkelfilen, og trykk deretter på Koble til igjen.</translation>
    </message>
    <message>
        <source>This meter does not have that object; check the meter type and its device profile.</source>
        <translation>Denne måleren har ikke det objektet; kontroller målertypen og enhetsprofilen.</translation>
    </message>
    <message>
        <source>This association may not do that: connect as installer.</source>
        <translation>Denne assosiasjonen har ikke lov til det: koble til som installatør.</translation>
    </message>
    <message>
        <source>Connect again. If it keeps happening, save the trace (Trace page, Save) and send it with a description of the meter.</source>
        <translation>Trykk på Koble til igjen. Hvis det fortsetter å skje, lagrer du sporingen (siden Sporing, Lagre) og sender den med en beskrivelse av måleren.</translation>
    </message>
    <message>
        <source>Plug the optical head in, or choose its port again in the connection bar (the list is refreshed when it opens).</source>
        <translation>Koble til det optiske lesehodet, eller velg porten på nytt i tilkoblingslinjen (listen oppdateres når den åpnes).</translation>
    </message>
    <message>
        <source>Close the other program that has the port open, then Connect again.</source>
        <translation>Lukk det andre programmet som har porten åpen, og trykk deretter på Koble til igjen.</translation>
    </message>
    <message>
        <source>Your user may not open serial ports: add it to the dialout group (sudo usermod -aG dialout $USER), log out and in again, then Connect.</source>
        <translation>Brukeren din har ikke lov til å åpne serielle porter: legg den til i gruppen dialout (sudo usermod -aG dialout $USER), logg ut og inn igjen, og trykk deretter på Koble til.</translation>
    </message>
    <message>
        <source>Your user may not open this port: ask the computer&apos;s administrator.</source>
        <translation>Brukeren din har ikke lov til å åpne denne porten: spør administratoren av datamaskinen.</translation>
    </message>
    <message>
        <source>Check the meter&apos;s address and port, then Connect again.</source>
        <translation>Kontroller målerens adresse og port, og trykk deretter på Koble til igjen.</translation>
    </message>
    <message>
        <source>Connect again.</source>
        <translation>Trykk på Koble til igjen.</translation>
    </message>
    <message>
        <source>Start the computer&apos;s Bluetooth service or plug in a Bluetooth adapter, then Connect again.</source>
        <translation>Start Bluetooth-tjenesten på datamaskinen eller koble til en Bluetooth-adapter, og trykk deretter på Koble til igjen.</translation>
    </message>
    <message>
        <source>Switch Bluetooth on, then Connect again.</source>
        <translation>Slå på Bluetooth, og trykk deretter på Koble til igjen.</translation>
    </message>
    <message>
        <source>Pair the Bluetooth head in the system&apos;s Bluetooth settings, then Connect again.</source>
        <translation>Par Bluetooth-lesehodet i systemets Bluetooth-innstillinger, og trykk deretter på Koble til igjen.</translation>
    </message>
    <message>
        <source>Choose the Bluetooth optical head, not another Bluetooth device.</source>
        <translation>Velg det optiske Bluetooth-lesehodet, ikke en annen Bluetooth-enhet.</translation>
    </message>
    <message>
        <source>This optical port offers only a data readout; configure the meter through a port that offers DLMS (mode E).</source>
        <translation>Denne optiske porten tilbyr bare en dataavlesning; konfigurer måleren via en port som tilbyr DLMS (mode E).</translation>
    </message>
    <message>
        <source>A write to the meter is under way: wait for it to finish.</source>
        <translation>En skriving til måleren pågår: vent til den er ferdig.</translation>
    </message>
    <message>
        <source>Restart OpenMeterTool.</source>
        <translation>Start OpenMeterTool på nytt.</translation>
    </message>
    <message>
        <source>“%1” is not a TCP address.</source>
        <translation>«%1» er ikke en TCP-adresse.</translation>
    </message>
    <message>
        <source>No Bluetooth head is chosen.</source>
        <translation>Det er ikke valgt noe Bluetooth-lesehode.</translation>
    </message>
    <message>
        <source>No serial port is chosen.</source>
        <translation>Det er ikke valgt noen seriell port.</translation>
    </message>
    <message>
        <source>Type the reader password in the connection bar, then Connect.</source>
        <translation>Skriv inn avleserpassordet i tilkoblingslinjen, og trykk deretter på Koble til.</translation>
    </message>
    <message>
        <source>Choose the key file in the connection bar, then Connect.</source>
        <translation>Velg nøkkelfilen i tilkoblingslinjen, og trykk deretter på Koble til.</translation>
    </message>
    <message>
        <source>Choose a key file with lines EK = &lt;32 hex digits&gt; and AK = &lt;32 hex digits&gt;, then Connect.</source>
        <translation>Velg en nøkkelfil med linjene EK = &lt;32 hex-sifre&gt; og AK = &lt;32 hex-sifre&gt;, og trykk deretter på Koble til.</translation>
    </message>
    <message>
        <source>cancelled while connecting again</source>
        <translation>avbrutt under ny tilkobling</translation>
    </message>
    <message>
        <source>Stopping the write: what was written is being put back…</source>
        <translation>Stopper skrivingen: de gamle verdiene skrives tilbake…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutt.</translation>
    </message>
    <message>
        <source>Connecting again to finish the write: %1</source>
        <translation>Kobler til på nytt for å fullføre skrivingen: %1</translation>
    </message>
    <message>
        <source>Connected again: the write goes on.</source>
        <translation>Tilkoblet igjen: skrivingen fortsetter.</translation>
    </message>
    <message>
        <source>The connection closed.</source>
        <translation>Forbindelsen ble lukket.</translation>
    </message>
    <message>
        <source>Connecting to the meter failed.</source>
        <translation>Tilkoblingen til måleren mislyktes.</translation>
    </message>
    <message>
        <source>The link to the meter was lost.</source>
        <translation>Forbindelsen til måleren ble brutt.</translation>
    </message>
    <message>
        <source>Reading the meter failed.</source>
        <translation>Avlesning av måleren mislyktes.</translation>
    </message>
    <message>
        <source>The clock was not set.</source>
        <translation>Klokken ble ikke stilt.</translation>
    </message>
    <message>
        <source>Connect to a meter first.</source>
        <translation>Koble til en måler først.</translation>
    </message>
    <message>
        <source>The meter refused the new time (%1).</source>
        <translation>Måleren avviste det nye klokkeslettet (%1).</translation>
    </message>
    <message>
        <source>Connect as installer to set the meter&apos;s clock.</source>
        <translation>Koble til som installatør for å stille målerens klokke.</translation>
    </message>
    <message>
        <source>This meter does not say which type it is.</source>
        <translation>Denne måleren oppgir ikke hvilken type den er.</translation>
    </message>
    <message>
        <source>Connect as reader or installer to read its type number.</source>
        <translation>Koble til som avleser eller installatør for å lese typenummeret.</translation>
    </message>
    <message>
        <source>The device profile for this meter cannot be used.</source>
        <translation>Enhetsprofilen for denne måleren kan ikke brukes.</translation>
    </message>
    <message>
        <source>Reinstall OpenMeterTool, or correct the profile file the message names.</source>
        <translation>Installer OpenMeterTool på nytt, eller rett profilfilen som meldingen nevner.</translation>
    </message>
    <message>
        <source>Nothing was written: not connected.</source>
        <translation>Ingenting ble skrevet: ikke tilkoblet.</translation>
    </message>
    <message>
        <source>Connect to the meter, then Write again: the pending changes are kept.</source>
        <translation>Koble til måleren, og velg deretter «Skriv til måleren» igjen: de ventende endringene beholdes.</translation>
    </message>
    <message>
        <source>Nothing was written: the pending plans break the meter&apos;s rules.</source>
        <translation>Ingenting ble skrevet: de ventende planene bryter med målerens regler.</translation>
    </message>
    <message>
        <source>Correct what the pages mark, then Write again.</source>
        <translation>Rett det sidene markerer, og velg deretter «Skriv til måleren» igjen.</translation>
    </message>
    <message>
        <source>Correct the pending changes the message names, then Write again.</source>
        <translation>Rett de ventende endringene som meldingen nevner, og velg deretter «Skriv til måleren» igjen.</translation>
    </message>
    <message>
        <source>Nothing to restore: the meter already holds the backup&apos;s values.</source>
        <translation>Ingenting å gjenopprette: måleren har allerede verdiene fra sikkerhetskopien.</translation>
    </message>
    <message>
        <source>Nothing to write.</source>
        <translation>Ingenting å skrive.</translation>
    </message>
    <message>
        <source>Nothing was written: the backup of the old values could not be saved.</source>
        <translation>Ingenting ble skrevet: sikkerhetskopien av de gamle verdiene kunne ikke lagres.</translation>
    </message>
    <message>
        <source>Free some disk space or fix the folder&apos;s permissions, then Write again.</source>
        <translation>Frigjør diskplass eller rett tillatelsene til mappen, og velg deretter «Skriv til måleren» igjen.</translation>
    </message>
    <message>
        <source>Nothing was written: the audit log could not be written.</source>
        <translation>Ingenting ble skrevet: revisjonsloggen kunne ikke skrives.</translation>
    </message>
    <message>
        <source>Free some disk space or fix the audit log&apos;s permissions, then Write again.</source>
        <translation>Frigjør diskplass eller rett tillatelsene til revisjonsloggen, og velg deretter «Skriv til måleren» igjen.</translation>
    </message>
    <message>
        <source>Nothing was written: the write journal could not be saved.</source>
        <translation>Ingenting ble skrevet: skrivejournalen kunne ikke lagres.</translation>
    </message>
    <message>
        <source>Free some disk space, then Write again.</source>
        <translation>Frigjør diskplass, og velg deretter «Skriv til måleren» igjen.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbrutt</translation>
    </message>
    <message>
        <source>The link to the meter was lost: connecting again to finish the write safely.</source>
        <translation>Forbindelsen til måleren ble brutt: kobler til på nytt for å fullføre skrivingen trygt.</translation>
    </message>
    <message numerus="yes">
        <source>Connecting again in %n s (attempt %1 of %2)…</source>
        <translation>
            <numerusform>Kobler til på nytt om %n s (forsøk %1 av %2)…</numerusform>
            <numerusform>Kobler til på nytt om %n s (forsøk %1 av %2)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written and verified.</source>
        <translation>
            <numerusform>%n endring skrevet og kontrollert.</numerusform>
            <numerusform>%n endringer skrevet og kontrollert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was restored and verified.</source>
        <translation>Sikkerhetskopien ble gjenopprettet og kontrollert.</translation>
    </message>
    <message>
        <source>The write was cancelled: the meter holds its old configuration.</source>
        <translation>Skrivingen ble avbrutt: måleren har den gamle konfigurasjonen.</translation>
    </message>
    <message>
        <source>The write failed: the meter holds its old configuration.</source>
        <translation>Skrivingen mislyktes: måleren har den gamle konfigurasjonen.</translation>
    </message>
    <message>
        <source>The write failed and the old values could not all be put back: the meter may hold part of it.</source>
        <translation>Skrivingen mislyktes, og ikke alle de gamle verdiene kunne skrives tilbake: måleren kan inneholde en del av de nye verdiene.</translation>
    </message>
    <message>
        <source>%1; restoring: %2</source>
        <translation>%1; under gjenopprettingen: %2</translation>
    </message>
    <message>
        <source>The CT ratio lock was written but does not read back; it cannot be undone.</source>
        <translation>Låsingen av CT-forholdet ble skrevet, men kan ikke leses tilbake; den kan ikke angres.</translation>
    </message>
    <message>
        <source>The audit log could not be written: %1</source>
        <translation>Revisjonsloggen kunne ikke skrives: %1</translation>
    </message>
    <message>
        <source>The audit log cannot be written: %1</source>
        <translation>Revisjonsloggen kan ikke skrives: %1</translation>
    </message>
    <message>
        <source>The backup cannot be read.</source>
        <translation>Sikkerhetskopien kan ikke leses.</translation>
    </message>
    <message>
        <source>Choose the backup file again.</source>
        <translation>Velg sikkerhetskopifilen på nytt.</translation>
    </message>
    <message>
        <source>%1 is not a backup this version can restore.</source>
        <translation>%1 er ikke en sikkerhetskopi som denne versjonen kan gjenopprette.</translation>
    </message>
    <message>
        <source>Choose a backup saved by OpenMeterTool or omt.</source>
        <translation>Velg en sikkerhetskopi som er lagret av OpenMeterTool eller omt.</translation>
    </message>
    <message>
        <source>Connect to meter %1 as installer to restore this backup.</source>
        <translation>Koble til måler %1 som installatør for å gjenopprette denne sikkerhetskopien.</translation>
    </message>
    <message>
        <source>Connect, then choose Restore backup again.</source>
        <translation>Trykk på Koble til, og velg deretter «Gjenopprett sikkerhetskopi» igjen.</translation>
    </message>
    <message>
        <source>This backup is of meter %1, not of the connected meter %2.</source>
        <translation>Denne sikkerhetskopien er fra måler %1, ikke fra den tilkoblede måleren %2.</translation>
    </message>
    <message>
        <source>Connect to meter %1, then restore it.</source>
        <translation>Koble til måler %1, og gjenopprett den deretter.</translation>
    </message>
    <message>
        <source>The backup does not fit this meter.</source>
        <translation>Sikkerhetskopien passer ikke til denne måleren.</translation>
    </message>
    <message>
        <source>Connect to a meter before opening a template.</source>
        <translation>Koble til en måler før du åpner en mal.</translation>
    </message>
    <message>
        <source>The template&apos;s values become pending changes of the connected meter.</source>
        <translation>Verdiene i malen blir ventende endringer for den tilkoblede måleren.</translation>
    </message>
    <message>
        <source>The template cannot be read.</source>
        <translation>Malen kan ikke leses.</translation>
    </message>
    <message>
        <source>%1 is not a configuration template this version reads.</source>
        <translation>%1 er ikke en konfigurasjonsmal som denne versjonen kan lese.</translation>
    </message>
    <message>
        <source>Choose a template saved by OpenMeterTool or `omt config show --json`.</source>
        <translation>Velg en mal som er lagret av OpenMeterTool eller `omt config show --json`.</translation>
    </message>
    <message>
        <source>The template does not fit this meter.</source>
        <translation>Malen passer ikke til denne måleren.</translation>
    </message>
    <message>
        <source>Open template %1</source>
        <translation>Åpne malen %1</translation>
    </message>
    <message>
        <source>The template&apos;s changes are pending: check them, then Write to meter.</source>
        <translation>Endringene fra malen venter: kontroller dem, og velg deretter «Skriv til måleren».</translation>
    </message>
    <message>
        <source>Connect to a meter before saving a template.</source>
        <translation>Koble til en måler før du lagrer en mal.</translation>
    </message>
    <message>
        <source>The pending configuration cannot be saved.</source>
        <translation>Den ventende konfigurasjonen kan ikke lagres.</translation>
    </message>
    <message>
        <source>Correct the pending changes the message names.</source>
        <translation>Rett de ventende endringene som meldingen nevner.</translation>
    </message>
    <message>
        <source>The template could not be saved.</source>
        <translation>Malen kunne ikke lagres.</translation>
    </message>
    <message>
        <source>Saved the template %1.</source>
        <translation>Malen %1 er lagret.</translation>
    </message>
    <message>
        <source>A write journal entry cannot be read: %1</source>
        <translation>En oppføring i skrivejournalen kan ikke leses: %1</translation>
    </message>
    <message>
        <source>This association cannot set the meter&apos;s clock.</source>
        <translation>Denne assosiasjonen kan ikke stille målerens klokke.</translation>
    </message>
    <message>
        <source>load profile 2 period</source>
        <translation>periode for lastprofil 2</translation>
    </message>
    <message>
        <source>CT ratio unlock</source>
        <translation>opplåsing av CT-forholdet</translation>
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
    <message>
        <source>The meter (%1) offers only an IEC 62056-21 mode C data readout, no DLMS on this port: only its data readout can be read.</source>
        <translation>Måleren (%1) tilbyr bare en dataavlesning etter IEC 62056-21 mode C og ingen DLMS på denne porten: bare dataavlesningen kan leses.</translation>
    </message>
    <message>
        <source>the meter&apos;s answer holds no result</source>
        <translation>målerens svar inneholder ikke noe resultat</translation>
    </message>
    <message>
        <source>the meter refused %1 (%2)</source>
        <translation>måleren avviste %1 (%2)</translation>
    </message>
    <message>
        <source>the meter refused action %1 (%2)</source>
        <translation>måleren avviste handlingen %1 (%2)</translation>
    </message>
    <message>
        <source>the meter answered a write with something else</source>
        <translation>måleren svarte på en skriving med noe annet</translation>
    </message>
</context>
<context>
    <name>omt::ui::AboutDialog</name>
    <message>
        <source>About OpenMeterTool</source>
        <translation>Om OpenMeterTool</translation>
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
        <translation>Konfigurerer og leser av DLMS/COSEM-strømmålere (Kamstrup OMNIPOWER CT og OMNIA) via et optisk lesehode.</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (bygget med Qt %2)</translation>
    </message>
    <message>
        <source>OpenSSL: %1</source>
        <translation>OpenSSL: %1</translation>
    </message>
    <message>
        <source>Licence: see the licence file distributed with OpenMeterTool.</source>
        <translation>Lisens: se lisensfilen som følger med OpenMeterTool.</translation>
    </message>
    <message>
        <source>Backups and the audit log: %1</source>
        <translation>Sikkerhetskopier og revisjonslogg: %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ikke angitt</translation>
    </message>
</context>
<context>
    <name>omt::ui::AuditLogDialog</name>
    <message>
        <source>&amp;Open in another program</source>
        <translation>Å&amp;pne i et annet program</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Revisjonslogg</translation>
    </message>
    <message>
        <source>Filter: text in any column</source>
        <translation>Filter: tekst i en hvilken som helst kolonne</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message>
        <source>Open %1 in the program this computer uses for CSV files.</source>
        <translation>Åpne %1 i programmet denne datamaskinen bruker for CSV-filer.</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Last inn &amp;på nytt</translation>
    </message>
    <message>
        <source>No write has been recorded yet.</source>
        <translation>Ingen skriving er registrert ennå.</translation>
    </message>
    <message>
        <source>The audit log %1 cannot be read: %2</source>
        <translation>Revisjonsloggen %1 kan ikke leses: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in %1.</source>
        <translation>
            <numerusform>%n oppføring i %1.</numerusform>
            <numerusform>%n oppføringer i %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) are not records; they are shown as they stand in the file.</source>
        <translation>
            <numerusform>%n linje er ikke en oppføring; den vises slik den står i filen.</numerusform>
            <numerusform>%n linjer er ikke oppføringer; de vises slik de står i filen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omt::ui::AuditLogModel</name>
    <message>
        <source>not a record (line %1): a quoted field is not closed</source>
        <translation>ikke en oppføring (linje %1): et felt i anførselstegn er ikke avsluttet</translation>
    </message>
    <message>
        <source>not a record (line %1): text after a closing quote</source>
        <translation>ikke en oppføring (linje %1): tekst etter et avsluttende anførselstegn</translation>
    </message>
    <message>
        <source>not a record (line %1): a quote inside a field</source>
        <translation>ikke en oppføring (linje %1): et anførselstegn inne i et felt</translation>
    </message>
    <message numerus="yes">
        <source>not a record (line %1): %n field(s) instead of 7</source>
        <translation>
            <numerusform>ikke en oppføring (linje %1): %n felt i stedet for 7</numerusform>
            <numerusform>ikke en oppføring (linje %1): %n felt i stedet for 7</numerusform>
        </translation>
    </message>
    <message>
        <source>not a record (line %1): the time does not read</source>
        <translation>ikke en oppføring (linje %1): tidspunktet kan ikke leses</translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <translation>%1 (UTC)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Måler</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Innstilling</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Gammel verdi</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Ny verdi</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
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
    <message>
        <source>Connect to a meter to see its configuration codes.</source>
        <translation>Koble til en måler for å se konfigurasjonskodene.</translation>
    </message>
    <message>
        <source>The configuration codes cannot be read with the public association. Connect as reader or installer.</source>
        <translation>Konfigurasjonskodene kan ikke leses med den offentlige assosiasjonen. Koble til som avleser eller installatør.</translation>
    </message>
    <message>
        <source>This meter has no configuration codes.</source>
        <translation>Denne måleren har ingen konfigurasjonskoder.</translation>
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
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <source>AA:BB:CC:DD:EE:FF</source>
        <translation>AA:BB:CC:DD:EE:FF</translation>
    </message>
    <message>
        <source>Bluetooth head</source>
        <translation>Bluetooth-lesehode</translation>
    </message>
    <message>
        <source>Look for Bluetooth optical heads nearby.</source>
        <translation>Søk etter optiske Bluetooth-lesehoder i nærheten.</translation>
    </message>
    <message>
        <source>Bluetooth head…</source>
        <translation>Bluetooth-lesehode…</translation>
    </message>
    <message>
        <source>Choose a head found by Search or type its address (AA:BB:CC:DD:EE:FF).</source>
        <translation>Velg et lesehode funnet med Søk, eller skriv inn adressen (AA:BB:CC:DD:EE:FF).</translation>
    </message>
    <message>
        <source>Searching for Bluetooth heads…</source>
        <translation>Søker etter Bluetooth-lesehoder…</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(uten navn)</translation>
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
        <translation>Fant ingen Bluetooth-lesehoder. Er lesehodet slått på og i nærheten?</translation>
    </message>
    <message numerus="yes">
        <source>Found %n Bluetooth head(s).</source>
        <translation>
            <numerusform>Fant %n Bluetooth-lesehode.</numerusform>
            <numerusform>Fant %n Bluetooth-lesehoder.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Bluetooth adapter found.</source>
        <translation>Fant ingen Bluetooth-adapter.</translation>
    </message>
    <message>
        <source>The Bluetooth adapter is switched off: switch it on and search again.</source>
        <translation>Bluetooth-adapteren er slått av: slå den på og søk igjen.</translation>
    </message>
    <message>
        <source>This program may not use Bluetooth: allow it in the system settings and search again.</source>
        <translation>Dette programmet har ikke lov til å bruke Bluetooth: tillat det i systeminnstillingene og søk igjen.</translation>
    </message>
    <message>
        <source>Bluetooth search is not supported on this system.</source>
        <translation>Bluetooth-søk støttes ikke på dette systemet.</translation>
    </message>
    <message>
        <source>The Bluetooth search failed. Search again.</source>
        <translation>Bluetooth-søket mislyktes. Søk igjen.</translation>
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
        <source>The CT ratio is already locked.</source>
        <translation>CT-forholdet er allerede låst.</translation>
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
    <message>
        <source>Lock the CT ratio at %1?

This is PERMANENT: this meter type does not allow unlocking from the optical port (device profile), so once written, the ratio cannot be changed from here again.</source>
        <translation>Låse CT-forholdet på %1?

Dette er PERMANENT: denne målertypen tillater ikke opplåsing fra den optiske porten (enhetsprofil), så når det er skrevet, kan forholdet ikke endres herfra igjen.</translation>
    </message>
    <message>
        <source>Lock the CT ratio at %1?

The device profile says this meter type can be unlocked again from the optical port.</source>
        <translation>Låse CT-forholdet på %1?

Enhetsprofilen sier at denne målertypen kan låses opp igjen fra den optiske porten.</translation>
    </message>
    <message>
        <source>Lock the CT ratio at %1?

Treat this as PERMANENT: the device profile does not say whether this meter type can be unlocked, and OpenMeterTool never unlocks it.</source>
        <translation>Låse CT-forholdet på %1?

Betrakt dette som PERMANENT: enhetsprofilen sier ikke om denne målertypen kan låses opp, og OpenMeterTool låser den aldri opp.</translation>
    </message>
    <message>
        <source>Lock the CT ratio</source>
        <translation>Lås CT-forholdet</translation>
    </message>
    <message>
        <source>The factor is the transformer&apos;s primary current divided by its secondary current (5 A or 1 A, set by the meter&apos;s type). The display shows primary energy (secondary energy × factor); the S0 output counts secondary energy; Z23 and Z24 choose the basis of the load profile and of the module&apos;s pulse output.</source>
        <translation>Faktoren er transformatorens primærstrøm delt på sekundærstrømmen (5 A eller 1 A, bestemt av målerens type). Displayet viser primærenergi (sekundærenergi × faktor); S0-utgangen teller sekundærenergi; Z23 og Z24 velger grunnlaget for lastprofilen og for modulens pulsutgang.</translation>
    </message>
    <message>
        <source>Locking fixes the ratio for good: this meter type does not allow unlocking from the optical port (device profile).</source>
        <translation>Låsing fastsetter forholdet for godt: denne målertypen tillater ikke opplåsing fra den optiske porten (enhetsprofil).</translation>
    </message>
    <message>
        <source>The device profile says a locked ratio can be unlocked again on this meter type.</source>
        <translation>Ifølge enhetsprofilen kan et låst forhold låses opp igjen på denne målertypen.</translation>
    </message>
    <message>
        <source>The device profile does not say whether a locked ratio can be unlocked on this meter type; OpenMeterTool never unlocks it.</source>
        <translation>Enhetsprofilen sier ikke om et låst forhold kan låses opp på denne målertypen; OpenMeterTool låser det aldri opp.</translation>
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
        <source>(Size limit assumed: the data sheet gives none.)</source>
        <translation>(Størrelsesgrense antatt: databladet oppgir ingen.)</translation>
    </message>
    <message>
        <source>%1: no value read from the meter yet.</source>
        <translation>%1: ingen verdi lest fra måleren ennå.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of at most %n reading(s).</source>
        <translation>
            <numerusform>%1 av høyst %n avlesning.</numerusform>
            <numerusform>%1 av høyst %n avlesninger.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omt::ui::InterruptedWritesPanel</name>
    <message>
        <source>Writes that did not finish</source>
        <translation>Skrivinger som ikke ble fullført</translation>
    </message>
    <message>
        <source>A meter of unknown serial number</source>
        <translation>En måler med ukjent serienummer</translation>
    </message>
    <message>
        <source>Meter %1</source>
        <translation>Måler %1</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>på et ukjent tidspunkt</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4.</source>
        <translation>%1, %2, %3: %4.</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>ukjent program</translation>
    </message>
    <message>
        <source>settings not recorded</source>
        <translation>innstillingene er ikke registrert</translation>
    </message>
    <message>
        <source>No backup was saved.</source>
        <translation>Ingen sikkerhetskopi ble lagret.</translation>
    </message>
    <message>
        <source>Backup of the old values: %1</source>
        <translation>Sikkerhetskopi av de gamle verdiene: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) did not finish: the meter may hold part of the new values. Restore the backup on that meter, or dismiss the entry once it is repaired.</source>
        <translation>
            <numerusform>%n skriving ble ikke fullført: måleren kan inneholde en del av de nye verdiene. Gjenopprett sikkerhetskopien på den måleren, eller avvis oppføringen når den er reparert.</numerusform>
            <numerusform>%n skrivinger ble ikke fullført: måleren kan inneholde en del av de nye verdiene. Gjenopprett sikkerhetskopien på den måleren, eller avvis oppføringen når den er reparert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Gjenopprett sikkerhetskopi</translation>
    </message>
    <message>
        <source>Restore the backup of meter %1</source>
        <translation>Gjenopprett sikkerhetskopien av måler %1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Avvis</translation>
    </message>
    <message>
        <source>Dismiss the entry of meter %1</source>
        <translation>Avvis oppføringen for måler %1</translation>
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
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Kobling</translation>
    </message>
    <message>
        <source>Every day at this time (hh:mm) the relay switches on or off.</source>
        <translation>Hver dag på dette tidspunktet (tt:mm) slår reléet seg på eller av.</translation>
    </message>
    <message>
        <source>Add time</source>
        <translation>Legg til tidspunkt</translation>
    </message>
    <message>
        <source>Remove time</source>
        <translation>Fjern tidspunkt</translation>
    </message>
    <message>
        <source>switch on</source>
        <translation>slå på</translation>
    </message>
    <message>
        <source>switch off</source>
        <translation>slå av</translation>
    </message>
    <message>
        <source>Relay %1 follows a schedule only in calendar mode.</source>
        <translation>Relé %1 følger en tidsplan bare i kalendermodus.</translation>
    </message>
    <message>
        <source>Relay %1: schedule %2</source>
        <translation>Relé %1: tidsplan %2</translation>
    </message>
    <message>
        <source>A switch time is hh:mm, from 00:00 to 23:59.</source>
        <translation>Et skiftetidspunkt er tt:mm, fra 00:00 til 23:59.</translation>
    </message>
    <message>
        <source>Relay %1: select the time to remove.</source>
        <translation>Relé %1: velg tidspunktet som skal fjernes.</translation>
    </message>
    <message>
        <source>Cut the customer&apos;s supply</source>
        <translation>Bryt kundens forsyning</translation>
    </message>
    <message>
        <source>Writing to the meter will open the meter&apos;s breaker: the customer has no electricity until the supply is restored. Go on?</source>
        <translation>Når det skrives til måleren, åpner målerens bryter: kunden har ikke strøm før forsyningen gjenopprettes. Fortsette?</translation>
    </message>
    <message>
        <source>Restore the customer&apos;s supply</source>
        <translation>Gjenopprett kundens forsyning</translation>
    </message>
    <message>
        <source>Writing to the meter will close the meter&apos;s breaker and restore the customer&apos;s supply. Make sure it is safe to do so. Go on?</source>
        <translation>Når det skrives til måleren, lukker målerens bryter og kundens forsyning gjenopprettes. Sørg for at det er trygt. Fortsette?</translation>
    </message>
    <message>
        <source>Cut the customer&apos;s supply…</source>
        <translation>Bryt kundens forsyning…</translation>
    </message>
    <message>
        <source>Restore the customer&apos;s supply…</source>
        <translation>Gjenopprett kundens forsyning…</translation>
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
        <source>The language changes the next time OpenMeterTool starts.</source>
        <translation>Språket endres neste gang OpenMeterTool starter.</translation>
    </message>
    <message>
        <source>&amp;Synchronise clock</source>
        <translation>&amp;Synkroniser klokken</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not been written to the meter. Quit anyway?</source>
        <translation>
            <numerusform>%n endring er ikke skrevet til måleren. Avslutte likevel?</numerusform>
            <numerusform>%n endringer er ikke skrevet til måleren. Avslutte likevel?</numerusform>
        </translation>
    </message>
    <message>
        <source>This write loses data stored in the meter:</source>
        <translation>Denne skrivingen sletter data som er lagret i måleren:</translation>
    </message>
    <message>
        <source>Write anyway</source>
        <translation>Skriv likevel</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Koble fra</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not been written to the meter.</source>
        <translation>
            <numerusform>%n endring er ikke skrevet til måleren.</numerusform>
            <numerusform>%n endringer er ikke skrevet til måleren.</numerusform>
        </translation>
    </message>
    <message>
        <source>They stay in the pages after disconnecting: connect to the meter again to write them, or save them as a template.</source>
        <translation>De blir værende på sidene etter frakobling: koble til måleren igjen for å skrive dem, eller lagre dem som mal.</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Lagre som mal…</translation>
    </message>
    <message>
        <source>Configuration templates (*.json);;All files (*)</source>
        <translation>Konfigurasjonsmaler (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Open configuration template</source>
        <translation>Åpne konfigurasjonsmal</translation>
    </message>
    <message>
        <source>Save configuration as template</source>
        <translation>Lagre konfigurasjonen som mal</translation>
    </message>
    <message>
        <source>Save pending changes as template</source>
        <translation>Lagre ventende endringer som mal</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Gjenopprett sikkerhetskopi</translation>
    </message>
    <message>
        <source>Backups (*.json);;All files (*)</source>
        <translation>Sikkerhetskopier (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Open template…</source>
        <translation>Å&amp;pne mal…</translation>
    </message>
    <message>
        <source>Load a configuration template into the pending changes; Write to meter writes it.</source>
        <translation>Last inn en konfigurasjonsmal i de ventende endringene; Skriv til måleren skriver den.</translation>
    </message>
    <message>
        <source>&amp;Save configuration as template…</source>
        <translation>&amp;Lagre konfigurasjonen som mal…</translation>
    </message>
    <message>
        <source>Save &amp;pending changes as template…</source>
        <translation>Lagre &amp;ventende endringer som mal…</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>&amp;Gjenopprett sikkerhetskopi…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Revisjonslogg…</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemets språk (%1)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;About OpenMeterTool</source>
        <translation>&amp;Om OpenMeterTool</translation>
    </message>
    <message>
        <source>Connect to the meter to write the changes.</source>
        <translation>Koble til måleren for å skrive endringene.</translation>
    </message>
    <message>
        <source>There are no pending changes to write.</source>
        <translation>Det finnes ingen ventende endringer å skrive.</translation>
    </message>
    <message>
        <source>Write the pending changes to the meter.</source>
        <translation>Skriv de ventende endringene til måleren.</translation>
    </message>
    <message>
        <source>This association cannot set the meter&apos;s clock: connect as installer.</source>
        <translation>Denne assosiasjonen kan ikke stille målerens klokke: koble til som installatør.</translation>
    </message>
    <message>
        <source>Set the meter&apos;s clock to this computer&apos;s time.</source>
        <translation>Still målerens klokke etter denne datamaskinens tid.</translation>
    </message>
    <message>
        <source>Backup of the old values: %1</source>
        <translation>Sikkerhetskopi av de gamle verdiene: %1</translation>
    </message>
    <message>
        <source>Recorded in the audit log %1</source>
        <translation>Registrert i revisjonsloggen %1</translation>
    </message>
    <message>
        <source>Written in %1 s.</source>
        <translation>Skrevet på %1 s.</translation>
    </message>
    <message numerus="yes">
        <source>The link was opened again %n time(s) during the write.</source>
        <translation>
            <numerusform>Forbindelsen ble åpnet på nytt %n gang under skrivingen.</numerusform>
            <numerusform>Forbindelsen ble åpnet på nytt %n ganger under skrivingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The meter holds its old configuration.</source>
        <translation>Måleren har sin gamle konfigurasjon.</translation>
    </message>
    <message>
        <source>&amp;Operator name…</source>
        <translation>&amp;Operatørnavn…</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>Operatørnavn</translation>
    </message>
    <message>
        <source>The name the audit log records for your writes (empty: your account&apos;s name):</source>
        <translation>Navnet revisjonsloggen registrerer for skrivingene dine (tomt: navnet på kontoen din):</translation>
    </message>
</context>
<context>
    <name>omt::ui::MessageBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Prøv igjen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Avvis</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Avvis denne meldingen</translation>
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
        <source>The CT ratio is locked in this meter (Z22): Z21 cannot be changed.</source>
        <translation>CT-forholdet er låst i denne måleren (Z22): Z21 kan ikke endres.</translation>
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
        <source>Tariffs</source>
        <translation>Tariffer</translation>
    </message>
    <message>
        <source>Load control</source>
        <translation>Laststyring</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs %n digit(s).</source>
        <translation>
            <numerusform>%1 trenger %n siffer.</numerusform>
            <numerusform>%1 trenger %n sifre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 list holds at most %n reading(s).</source>
        <translation>
            <numerusform>Listen «%1» kan ha høyst %n avlesning.</numerusform>
            <numerusform>Listen «%1» kan ha høyst %n avlesninger.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cover opened: the terminal cover has been opened (tamper, stays set until cleared).</source>
        <translation>Deksel åpnet: klemmedekselet er åpnet (manipulering, blir stående til den nullstilles).</translation>
    </message>
    <message>
        <source>Magnetic influence: a strong magnet was detected near the meter (tamper, stays set until cleared).</source>
        <translation>Magnetisk påvirkning: en kraftig magnet ble oppdaget nær måleren (manipulering, blir stående til den nullstilles).</translation>
    </message>
    <message>
        <source>Voltage sag: a phase voltage is below its limit now.</source>
        <translation>Spenningsfall: en fasespenning er under grensen nå.</translation>
    </message>
    <message>
        <source>Voltage swell: a phase voltage is above its limit now.</source>
        <translation>Overspenning: en fasespenning er over grensen nå.</translation>
    </message>
    <message>
        <source>THD over limit: the harmonic distortion is above its limit now.</source>
        <translation>THD over grensen: den harmoniske forvrengningen er over grensen nå.</translation>
    </message>
    <message>
        <source>Voltage unbalance: the phase voltages differ more than allowed now.</source>
        <translation>Spenningsubalanse: fasespenningene avviker mer enn tillatt nå.</translation>
    </message>
    <message>
        <source>Phase missing: a phase has no voltage now.</source>
        <translation>Manglende fase: en fase har ingen spenning nå.</translation>
    </message>
    <message>
        <source>alarm bit %1</source>
        <translation>alarmbit %1</translation>
    </message>
    <message>
        <source>The meter&apos;s clock could not be compared with this computer&apos;s.</source>
        <translation>Målerens klokke kunne ikke sammenlignes med denne datamaskinens.</translation>
    </message>
    <message>
        <source>The meter&apos;s clock is right (within 1 s).</source>
        <translation>Målerens klokke går riktig (innenfor 1 s).</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dager</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 t %2 min</translation>
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
        <translation>Målerens klokke går %1 for sakte.</translation>
    </message>
    <message>
        <source>The meter&apos;s clock is %1 ahead.</source>
        <translation>Målerens klokke går %1 for fort.</translation>
    </message>
    <message>
        <source>Connect to a meter before loading a configuration into it.</source>
        <translation>Koble til en måler før du laster inn en konfigurasjon i den.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>removed %1 (was at %2)</source>
        <translation>fjernet %1 (var nr. %2)</translation>
    </message>
    <message>
        <source>moved %1 from %2 to %3</source>
        <translation>flyttet %1 fra %2 til %3</translation>
    </message>
    <message>
        <source>added %1 at %2</source>
        <translation>lagt til %1 som nr. %2</translation>
    </message>
    <message>
        <source>calendar name: %1</source>
        <translation>kalendernavn: %1</translation>
    </message>
    <message>
        <source>season %1 added: from %2, week profile %3</source>
        <translation>sesong %1 lagt til: fra %2, ukeprofil %3</translation>
    </message>
    <message>
        <source>season %1: starts %2</source>
        <translation>sesong %1: starter %2</translation>
    </message>
    <message>
        <source>season %1: week profile %2</source>
        <translation>sesong %1: ukeprofil %2</translation>
    </message>
    <message>
        <source>season %1 removed</source>
        <translation>sesong %1 fjernet</translation>
    </message>
    <message>
        <source>week profile %1 added: %2</source>
        <translation>ukeprofil %1 lagt til: %2</translation>
    </message>
    <message>
        <source>week profile %1, %2: day profile %3</source>
        <translation>ukeprofil %1, %2: døgnprofil %3</translation>
    </message>
    <message>
        <source>week profile %1 removed</source>
        <translation>ukeprofil %1 fjernet</translation>
    </message>
    <message>
        <source>day profile %1 added: %2</source>
        <translation>døgnprofil %1 lagt til: %2</translation>
    </message>
    <message>
        <source>day profile %1: added %2</source>
        <translation>døgnprofil %1: lagt til %2</translation>
    </message>
    <message>
        <source>day profile %1: removed %2</source>
        <translation>døgnprofil %1: fjernet %2</translation>
    </message>
    <message>
        <source>day profile %1: %2</source>
        <translation>døgnprofil %1: %2</translation>
    </message>
    <message>
        <source>day profile %1 removed</source>
        <translation>døgnprofil %1 fjernet</translation>
    </message>
    <message>
        <source>special day %1 added: day profile %2</source>
        <translation>spesialdag %1 lagt til: døgnprofil %2</translation>
    </message>
    <message>
        <source>special day %1: day profile %2</source>
        <translation>spesialdag %1: døgnprofil %2</translation>
    </message>
    <message>
        <source>special day %1 removed</source>
        <translation>spesialdag %1 fjernet</translation>
    </message>
    <message numerus="yes">
        <source>passive calendar %1 added: %n season(s)</source>
        <translation>
            <numerusform>passiv kalender %1 lagt til: %n sesong</numerusform>
            <numerusform>passiv kalender %1 lagt til: %n sesonger</numerusform>
        </translation>
    </message>
    <message>
        <source>passive calendar %1 removed</source>
        <translation>passiv kalender %1 fjernet</translation>
    </message>
    <message>
        <source>passive calendar: %1</source>
        <translation>passiv kalender: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>passive calendar activation: %1</source>
        <translation>aktivering av passiv kalender: %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>på</translation>
    </message>
    <message>
        <source>off</source>
        <translation>av</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>time, then on or off</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>relay %1: %2</source>
        <translation>relé %1: %2</translation>
    </message>
    <message>
        <source>relay %1, on demand: %2</source>
        <translation>relé %1, etter behov: %2</translation>
    </message>
    <message>
        <source>relay %1 schedule: added %2</source>
        <translation>relé %1 tidsplan: lagt til %2</translation>
    </message>
    <message>
        <source>relay %1 schedule: removed %2</source>
        <translation>relé %1 tidsplan: fjernet %2</translation>
    </message>
    <message>
        <source>relay %1 schedule: %2</source>
        <translation>relé %1 tidsplan: %2</translation>
    </message>
    <message>
        <source>relay %1, on in tariffs: %2</source>
        <translation>relé %1, på i tariffene: %2</translation>
    </message>
    <message>
        <source>restore the customer&apos;s supply (%1)</source>
        <translation>gjenopprett kundens forsyning (%1)</translation>
    </message>
    <message>
        <source>cut the customer&apos;s supply (%1)</source>
        <translation>bryt kundens forsyning (%1)</translation>
    </message>
    <message>
        <source>supply control mode: %1</source>
        <translation>forsyningsbryterens modus: %1</translation>
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
        <translation>Displayliste «%1»</translation>
    </message>
    <message>
        <source>CT ratio</source>
        <translation>CT-forhold</translation>
    </message>
    <message>
        <source>CT ratio lock</source>
        <translation>CT-lås</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>ulåst</translation>
    </message>
    <message>
        <source>LOCKED (permanent)</source>
        <translation>LÅST (permanent)</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>endret</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This meter type does not allow unlocking the CT ratio (Z22) from the optical port.</source>
        <translation>Denne målertypen tillater ikke opplåsing av CT-forholdet (Z22) fra den optiske porten.</translation>
    </message>
    <message>
        <source>OpenMeterTool does not unlock the CT ratio (Z22): the device profile does not say that this meter type allows it.</source>
        <translation>OpenMeterTool låser ikke opp CT-forholdet (Z22): enhetsprofilen sier ikke at denne målertypen tillater det.</translation>
    </message>
    <message>
        <source>This meter has no configuration codes.</source>
        <translation>Denne måleren har ingen konfigurasjonskoder.</translation>
    </message>
    <message>
        <source>This meter has no load profile %1.</source>
        <translation>Denne måleren har ingen lastprofil %1.</translation>
    </message>
    <message>
        <source>This meter does not offer a load profile period of %1.</source>
        <translation>Denne måleren tilbyr ikke en lastprofilperiode på %1.</translation>
    </message>
    <message>
        <source>Set the period of load profile %1 to %2</source>
        <translation>Sett perioden for lastprofil %1 til %2</translation>
    </message>
    <message>
        <source>LOCKED</source>
        <translation>LÅST</translation>
    </message>
    <message>
        <source>Load profile %1 period</source>
        <translation>Periode for lastprofil %1</translation>
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
        <translation>Desimaler i displayet</translation>
    </message>
    <message>
        <source>LED configuration</source>
        <translation>LED-konfigurasjon</translation>
    </message>
    <message>
        <source>Primary module configuration</source>
        <translation>Konfigurasjon av primærmodul</translation>
    </message>
    <message>
        <source>Integration period / Load profile period</source>
        <translation>Integrasjonsperiode / lastprofilperiode</translation>
    </message>
    <message>
        <source>Display configuration</source>
        <translation>Displaykonfigurasjon</translation>
    </message>
    <message>
        <source>Debiting stop date</source>
        <translation>Debiteringsstoppdato</translation>
    </message>
    <message>
        <source>Debiting logging interval</source>
        <translation>Loggintervall for debitering</translation>
    </message>
    <message>
        <source>Pulse out length / Alarm input</source>
        <translation>Utpulslengde / alarminngang</translation>
    </message>
    <message>
        <source>Analysis logger setup</source>
        <translation>Oppsett av analyselogger</translation>
    </message>
    <message>
        <source>Greenwich Mean Time (GMT)</source>
        <translation>Greenwich-tid (GMT)</translation>
    </message>
    <message>
        <source>Unit pulse input</source>
        <translation>Enhet for pulsinngang</translation>
    </message>
    <message>
        <source>Tariff control plan</source>
        <translation>Tariffstyringsplan</translation>
    </message>
    <message>
        <source>Load control plan</source>
        <translation>Laststyringsplan</translation>
    </message>
    <message>
        <source>Daylight saving time / Summer-winter time table</source>
        <translation>Sommertid / sommer-vintertidstabell</translation>
    </message>
    <message>
        <source>Frequency code Protocol</source>
        <translation>Frekvenskode for protokoll</translation>
    </message>
    <message>
        <source>Push button 2 setup</source>
        <translation>Oppsett av trykknapp 2</translation>
    </message>
    <message>
        <source>1107 configuration</source>
        <translation>1107-konfigurasjon</translation>
    </message>
    <message>
        <source>Calendar setup</source>
        <translation>Kalenderoppsett</translation>
    </message>
    <message>
        <source>Transformer ratio</source>
        <translation>Transformatorforhold</translation>
    </message>
    <message>
        <source>Transformer ratio (unlocked / locked)</source>
        <translation>Transformatorforhold (ulåst/låst)</translation>
    </message>
    <message>
        <source>Load profile, based on</source>
        <translation>Lastprofil, basert på</translation>
    </message>
    <message>
        <source>Pulse output (module)</source>
        <translation>Pulsutgang (modul)</translation>
    </message>
    <message>
        <source>Debitlogger 2 interval</source>
        <translation>Intervall for debiteringslogger 2</translation>
    </message>
    <message>
        <source>Alarm configuration</source>
        <translation>Alarmkonfigurasjon</translation>
    </message>
    <message>
        <source>Load profile data (DLMS)</source>
        <translation>Lastprofildata (DLMS)</translation>
    </message>
    <message>
        <source>Local interface encryption</source>
        <translation>Kryptering av lokalt grensesnitt</translation>
    </message>
    <message>
        <source>Load profile configuration</source>
        <translation>Lastprofilkonfigurasjon</translation>
    </message>
    <message>
        <source>Debit 2 logger configuration</source>
        <translation>Konfigurasjon av debiteringslogger 2</translation>
    </message>
    <message>
        <source>7.0 [Default]</source>
        <translation>7.0 [standard]</translation>
    </message>
    <message>
        <source>7.1 [Country specific]</source>
        <translation>7.1 [landsspesifikk]</translation>
    </message>
    <message>
        <source>7.2 [Country specific]</source>
        <translation>7.2 [landsspesifikk]</translation>
    </message>
    <message>
        <source>LED switched off without consumption</source>
        <translation>LED slukket uten forbruk</translation>
    </message>
    <message>
        <source>LED switched on without consumption</source>
        <translation>LED tent uten forbruk</translation>
    </message>
    <message>
        <source>No function</source>
        <translation>Ingen funksjon</translation>
    </message>
    <message>
        <source>4-tariff</source>
        <translation>4-tariff</translation>
    </message>
    <message>
        <source>4-tariff inverted</source>
        <translation>4-tariff invertert</translation>
    </message>
    <message>
        <source>Pulse in</source>
        <translation>Puls inn</translation>
    </message>
    <message>
        <source>Pulse in inv.</source>
        <translation>Puls inn inv.</translation>
    </message>
    <message>
        <source>Alarm in</source>
        <translation>Alarm inn</translation>
    </message>
    <message>
        <source>Alarm in inverted</source>
        <translation>Alarm inn invertert</translation>
    </message>
    <message>
        <source>A+ out</source>
        <translation>A+ ut</translation>
    </message>
    <message>
        <source>A- out</source>
        <translation>A- ut</translation>
    </message>
    <message>
        <source>R+ out</source>
        <translation>R+ ut</translation>
    </message>
    <message>
        <source>2-tariff</source>
        <translation>2-tariff</translation>
    </message>
    <message>
        <source>2-tariff inverted</source>
        <translation>2-tariff invertert</translation>
    </message>
    <message>
        <source>Debiting stop pulse</source>
        <translation>Debiteringsstoppuls</translation>
    </message>
    <message>
        <source>Load control load</source>
        <translation>Laststyring last</translation>
    </message>
    <message>
        <source>Status control</source>
        <translation>Statusstyring</translation>
    </message>
    <message>
        <source>Load tariff sync</source>
        <translation>Lasttariffsynk.</translation>
    </message>
    <message>
        <source>Load tariff sync inverted</source>
        <translation>Lasttariffsynk. invertert</translation>
    </message>
    <message>
        <source>4-tariff sync load control</source>
        <translation>4-tariff synk. laststyring</translation>
    </message>
    <message>
        <source>4-tariff sync load control inverted</source>
        <translation>4-tariff synk. laststyring invertert</translation>
    </message>
    <message>
        <source>Load control</source>
        <translation>Laststyring</translation>
    </message>
    <message>
        <source>Load control 1</source>
        <translation>Laststyring 1</translation>
    </message>
    <message>
        <source>Load control 2</source>
        <translation>Laststyring 2</translation>
    </message>
    <message>
        <source>Toggle Load control 1 &amp; 2</source>
        <translation>Veksle laststyring 1 &amp; 2</translation>
    </message>
    <message>
        <source>None (externally controlled)</source>
        <translation>Ingen (eksternt styrt)</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Månedlig</translation>
    </message>
    <message>
        <source>Every second month</source>
        <translation>Annenhver måned</translation>
    </message>
    <message>
        <source>Every third month</source>
        <translation>Hver tredje måned</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>Halvårlig</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Årlig</translation>
    </message>
    <message>
        <source>January</source>
        <translation>januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>august</translation>
    </message>
    <message>
        <source>September</source>
        <translation>september</translation>
    </message>
    <message>
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>november</translation>
    </message>
    <message>
        <source>December</source>
        <translation>desember</translation>
    </message>
    <message>
        <source>30 msec pulse length</source>
        <translation>30 ms pulslengde</translation>
    </message>
    <message>
        <source>80 msec pulse length</source>
        <translation>80 ms pulslengde</translation>
    </message>
    <message>
        <source>Alarm input deactivated</source>
        <translation>Alarminngang deaktivert</translation>
    </message>
    <message>
        <source>Alarm input active</source>
        <translation>Alarminngang aktiv</translation>
    </message>
    <message>
        <source>Default setup</source>
        <translation>Standardoppsett</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Tariff disabled</source>
        <translation>Tariff deaktivert</translation>
    </message>
    <message>
        <source>Module Port control</source>
        <translation>Styring via modulport</translation>
    </message>
    <message>
        <source>Register control</source>
        <translation>Registerstyring</translation>
    </message>
    <message>
        <source>Load control disabled</source>
        <translation>Laststyring deaktivert</translation>
    </message>
    <message>
        <source>No PB2 setup</source>
        <translation>Ikke noe PB2-oppsett</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktivert</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktivert</translation>
    </message>
    <message>
        <source>Mode A and C</source>
        <translation>Mode A og C</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Ulåst</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>Primary energy</source>
        <translation>Primær energi</translation>
    </message>
    <message>
        <source>Secondary energy</source>
        <translation>Sekundær energi</translation>
    </message>
    <message>
        <source>Based on secondary energy</source>
        <translation>Basert på sekundær energi</translation>
    </message>
    <message>
        <source>Based on primary energy</source>
        <translation>Basert på primær energi</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daglig</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Ukentlig</translation>
    </message>
    <message>
        <source>No alarms enabled</source>
        <translation>Ingen alarmer aktivert</translation>
    </message>
    <message>
        <source>Absolute values</source>
        <translation>Absolutte verdier</translation>
    </message>
    <message>
        <source>Delta values</source>
        <translation>Deltaverdier</translation>
    </message>
    <message>
        <source>order-form specific setting</source>
        <translation>innstilling fra bestillingsskjema</translation>
    </message>
    <message>
        <source>unknown code</source>
        <translation>ukjent kode</translation>
    </message>
    <message>
        <source>Active energy A+ total</source>
        <translation>Aktiv energi A+ totalt</translation>
    </message>
    <message>
        <source>Active energy A- total</source>
        <translation>Aktiv energi A- totalt</translation>
    </message>
    <message>
        <source>Reactive energy R+ total</source>
        <translation>Reaktiv energi R+ totalt</translation>
    </message>
    <message>
        <source>Reactive energy R- total</source>
        <translation>Reaktiv energi R- totalt</translation>
    </message>
    <message>
        <source>Apparent energy E+ total</source>
        <translation>Tilsynelatende energi E+ totalt</translation>
    </message>
    <message>
        <source>Apparent energy E- total</source>
        <translation>Tilsynelatende energi E- totalt</translation>
    </message>
    <message>
        <source>Active energy A+</source>
        <translation>Aktiv energi A+</translation>
    </message>
    <message>
        <source>Reactive energy R+</source>
        <translation>Reaktiv energi R+</translation>
    </message>
    <message>
        <source>last debiting period</source>
        <translation>siste debiteringsperiode</translation>
    </message>
    <message>
        <source>Peak power P+max</source>
        <translation>Toppeffekt P+max</translation>
    </message>
    <message>
        <source>Accumulated peak power P+max acc</source>
        <translation>Akkumulert toppeffekt P+max acc</translation>
    </message>
    <message>
        <source>Peak power Q+max</source>
        <translation>Toppeffekt Q+max</translation>
    </message>
    <message>
        <source>Peak power S+max</source>
        <translation>Toppeffekt S+max</translation>
    </message>
    <message>
        <source>Peak power S-max</source>
        <translation>Toppeffekt S-max</translation>
    </message>
    <message>
        <source>Voltage</source>
        <translation>Spenning</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Strøm</translation>
    </message>
    <message>
        <source>Active power P+</source>
        <translation>Aktiv effekt P+</translation>
    </message>
    <message>
        <source>Active power P+ total</source>
        <translation>Aktiv effekt P+ totalt</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frekvens</translation>
    </message>
    <message>
        <source>Current transformer ratio</source>
        <translation>Strømtransformatorforhold</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Hour counter</source>
        <translation>Timeteller</translation>
    </message>
    <message>
        <source>Debiting stop counter</source>
        <translation>Teller for debiteringsstopp</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Landskode</translation>
    </message>
    <message>
        <source>CT meter</source>
        <translation>CT-måler</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>2 systems - Aron</source>
        <translation>2 systemer - Aron</translation>
    </message>
    <message>
        <source>No breaker</source>
        <translation>Ingen bryter</translation>
    </message>
    <message>
        <source>No radio</source>
        <translation>Ingen radio</translation>
    </message>
    <message>
        <source>Radio (for OMNIA)</source>
        <translation>Radio (for OMNIA)</translation>
    </message>
    <message>
        <source>Supercap + battery</source>
        <translation>Superkondensator + batteri</translation>
    </message>
    <message>
        <source>S0 output</source>
        <translation>S0-utgang</translation>
    </message>
    <message>
        <source>Three-phase meter</source>
        <translation>Trefaset måler</translation>
    </message>
    <message>
        <source>Single-phase meter</source>
        <translation>Enfaset måler</translation>
    </message>
    <message>
        <source>Standard layout</source>
        <translation>Standardutførelse</translation>
    </message>
    <message>
        <source>2 screws</source>
        <translation>2 skruer</translation>
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
        <translation>APS + 2x laststyring + 1x pulsutgang</translation>
    </message>
    <message>
        <source>2x load ctrl + 1x pulse out</source>
        <translation>2x laststyring + 1x pulsutgang</translation>
    </message>
    <message>
        <source>APS + 1x pulse out</source>
        <translation>APS + 1x pulsutgang</translation>
    </message>
    <message>
        <source>Supercap</source>
        <translation>Superkondensator</translation>
    </message>
    <message>
        <source>3 days capacity</source>
        <translation>3 dagers kapasitet</translation>
    </message>
    <message>
        <source>7 days capacity</source>
        <translation>7 dagers kapasitet</translation>
    </message>
    <message>
        <source>3 days capacity and last gasp</source>
        <translation>3 dagers kapasitet og last gasp</translation>
    </message>
    <message>
        <source>7 days capacity and last gasp</source>
        <translation>7 dagers kapasitet og last gasp</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Batteri</translation>
    </message>
    <message>
        <source>Battery and last gasp</source>
        <translation>Batteri og last gasp</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Active 1 / reactive 1 (IEC)</source>
        <translation>Aktiv 1 / reaktiv 1 (IEC)</translation>
    </message>
    <message>
        <source>Active 1 / reactive 2 (IEC)</source>
        <translation>Aktiv 1 / reaktiv 2 (IEC)</translation>
    </message>
    <message>
        <source>Active 2 / reactive 2 (IEC)</source>
        <translation>Aktiv 2 / reaktiv 2 (IEC)</translation>
    </message>
    <message>
        <source>Active B / reactive 1 (MID)</source>
        <translation>Aktiv B / reaktiv 1 (MID)</translation>
    </message>
    <message>
        <source>Active B / reactive 2 (MID)</source>
        <translation>Aktiv B / reaktiv 2 (MID)</translation>
    </message>
    <message>
        <source>Active A / reactive 2 (MID)</source>
        <translation>Aktiv A / reaktiv 2 (MID)</translation>
    </message>
    <message>
        <source>input</source>
        <translation>inngang</translation>
    </message>
    <message>
        <source>output</source>
        <translation>utgang</translation>
    </message>
    <message>
        <source>%1 (I/O 1: %2, I/O 2: %3)</source>
        <translation>%1 (I/O 1: %2, I/O 2: %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n timer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 A/5 A or %2 A/1 A</source>
        <translation>%1 A/5 A eller %2 A/1 A</translation>
    </message>
    <message>
        <source>%1 min.</source>
        <translation>%1 min.</translation>
    </message>
    <message>
        <source>Secondary %1</source>
        <translation>Sekundær %1</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>%1 tariff %2</source>
        <translation>%1 tariff %2</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>Generation %1</source>
        <translation>Generasjon %1</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Revisjon %1</translation>
    </message>
    <message>
        <source>Variant %1</source>
        <translation>Variant %1</translation>
    </message>
    <message numerus="yes">
        <source>%n system(s)</source>
        <translation>
            <numerusform>%n system</numerusform>
            <numerusform>%n systemer</numerusform>
        </translation>
    </message>
    <message>
        <source>Active energy A-</source>
        <translation>Aktiv energi A-</translation>
    </message>
    <message>
        <source>Reactive energy R-</source>
        <translation>Reaktiv energi R-</translation>
    </message>
    <message>
        <source>Apparent energy E+</source>
        <translation>Tilsynelatende energi E+</translation>
    </message>
    <message>
        <source>Apparent energy E-</source>
        <translation>Tilsynelatende energi E-</translation>
    </message>
    <message>
        <source>order-form specific setting (device profile)</source>
        <translation>innstilling fra bestillingsskjema (enhetsprofil)</translation>
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
    <message>
        <source>&amp;Synchronise clock</source>
        <translation>&amp;Synkroniser klokken</translation>
    </message>
    <message>
        <source>Voltage U</source>
        <translation>Spenning U</translation>
    </message>
    <message>
        <source>Current I</source>
        <translation>Strøm I</translation>
    </message>
    <message>
        <source>Active power P+</source>
        <translation>Aktiv effekt P+</translation>
    </message>
    <message>
        <source>Reactive power Q</source>
        <translation>Reaktiv effekt Q</translation>
    </message>
    <message>
        <source>Power factor</source>
        <translation>Effektfaktor</translation>
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
        <translation>Samlet aktiv effekt P+</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frekvens</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Klokke</translation>
    </message>
    <message>
        <source>Alarms and tamper</source>
        <translation>Alarmer og manipulering</translation>
    </message>
    <message>
        <source>Instantaneous values</source>
        <translation>Øyeblikksverdier</translation>
    </message>
    <message>
        <source>Energy registers</source>
        <translation>Energiregistre</translation>
    </message>
    <message>
        <source>Connect to read the meter&apos;s clock.</source>
        <translation>Koble til for å lese målerens klokke.</translation>
    </message>
    <message>
        <source>The meter&apos;s clock was not read.</source>
        <translation>Målerens klokke ble ikke lest.</translation>
    </message>
    <message>
        <source>This meter&apos;s alarm register was not read.</source>
        <translation>Alarmregisteret i denne måleren ble ikke lest.</translation>
    </message>
    <message>
        <source>No alarms.</source>
        <translation>Ingen alarmer.</translation>
    </message>
    <message>
        <source>Set the meter&apos;s clock to this computer&apos;s time (the same instant, in the meter&apos;s own UTC offset) and read it back.</source>
        <translation>Still målerens klokke etter denne datamaskinens tid (samme tidspunkt, i målerens egen UTC-forskyvning), og les den tilbake.</translation>
    </message>
    <message>
        <source>Meter clock: %1 (%2)</source>
        <translation>Målerens klokke: %1 (%2)</translation>
    </message>
    <message>
        <source>This association cannot set the meter&apos;s clock: connect as installer.</source>
        <translation>Denne assosiasjonen kan ikke stille målerens klokke: koble til som installatør.</translation>
    </message>
    <message>
        <source>Load profiles</source>
        <translation>Lastprofiler</translation>
    </message>
    <message>
        <source>Load profile &amp;1 period:</source>
        <translation>Periode for lastprofil &amp;1:</translation>
    </message>
    <message>
        <source>Load profile &amp;2 period:</source>
        <translation>Periode for lastprofil &amp;2:</translation>
    </message>
    <message>
        <source>In the meter: %1. A new period clears this load profile when it is written.</source>
        <translation>I måleren: %1. En ny periode sletter denne lastprofilen når den skrives.</translation>
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
    <message>
        <source>Starts</source>
        <translation>Starter</translation>
    </message>
    <message>
        <source>Week profile</source>
        <translation>Ukeprofil</translation>
    </message>
    <message>
        <source>Each season starts on its date (*-MM-DD) every year and uses its week profile.</source>
        <translation>Hver sesong starter på sin dato (*-MM-DD) hvert år og bruker sin ukeprofil.</translation>
    </message>
    <message>
        <source>Add season</source>
        <translation>Legg til sesong</translation>
    </message>
    <message>
        <source>Remove season</source>
        <translation>Fjern sesong</translation>
    </message>
    <message>
        <source>Seasons</source>
        <translation>Sesonger</translation>
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
    <message>
        <source>The day profile (its number) each weekday of the week profile uses.</source>
        <translation>Døgnprofilen (nummeret) som hver ukedag i ukeprofilen bruker.</translation>
    </message>
    <message>
        <source>Add week profile</source>
        <translation>Legg til ukeprofil</translation>
    </message>
    <message>
        <source>Remove week profile</source>
        <translation>Fjern ukeprofil</translation>
    </message>
    <message>
        <source>Week profiles</source>
        <translation>Ukeprofiler</translation>
    </message>
    <message>
        <source>season %1</source>
        <translation>sesong %1</translation>
    </message>
    <message>
        <source>Another season already starts on %1.</source>
        <translation>En annen sesong starter allerede %1.</translation>
    </message>
    <message>
        <source>Add the season %1</source>
        <translation>Legg til sesongen %1</translation>
    </message>
    <message>
        <source>Change the season %1</source>
        <translation>Endre sesongen %1</translation>
    </message>
    <message>
        <source>Remove the season %1</source>
        <translation>Fjern sesongen %1</translation>
    </message>
    <message>
        <source>Add the week profile %1</source>
        <translation>Legg til ukeprofilen %1</translation>
    </message>
    <message>
        <source>A week profile needs a name.</source>
        <translation>En ukeprofil trenger et navn.</translation>
    </message>
    <message>
        <source>There is already a week profile named %1.</source>
        <translation>Det finnes allerede en ukeprofil som heter %1.</translation>
    </message>
    <message>
        <source>Rename the week profile %1 to %2</source>
        <translation>Gi ukeprofilen %1 nytt navn %2</translation>
    </message>
    <message>
        <source>Week profile %1: weekday %2 uses day profile %3</source>
        <translation>Ukeprofil %1: ukedag %2 bruker døgnprofil %3</translation>
    </message>
    <message>
        <source>The week profile %1 is used by the season %2.</source>
        <translation>Ukeprofilen %1 brukes av sesongen %2.</translation>
    </message>
    <message>
        <source>Remove the week profile %1</source>
        <translation>Fjern ukeprofilen %1</translation>
    </message>
    <message>
        <source>A season starts on a date of every year: *-MM-DD.</source>
        <translation>En sesong starter på en dato hvert år: *-MM-DD.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
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
    <message>
        <source>Select a record to see it in full.</source>
        <translation>Velg en oppføring for å se den i sin helhet.</translation>
    </message>
    <message>
        <source>Selected record</source>
        <translation>Valgt oppføring</translation>
    </message>
    <message>
        <source>to meter</source>
        <translation>til måleren</translation>
    </message>
    <message>
        <source>from meter</source>
        <translation>fra måleren</translation>
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
    <name>omt::ui::WriteConfirmDialog</name>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Skriv</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Write to meter</source>
        <translation>Skriv til måleren</translation>
    </message>
    <message numerus="yes">
        <source>Write these %n change(s) to the meter?</source>
        <translation>
            <numerusform>Skrive denne %n endringen til måleren?</numerusform>
            <numerusform>Skrive disse %n endringene til måleren?</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup of the old values is saved first. Every value is read back; if anything is refused or reads back wrong, the old values are written back.</source>
        <translation>Først lagres en sikkerhetskopi av de gamle verdiene. Hver verdi leses tilbake; blir noe avvist eller lest feil tilbake, skrives de gamle verdiene tilbake.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Endringer</translation>
    </message>
</context>
<context>
    <name>omt::ui::WriteOutcomeDialog</name>
    <message>
        <source>new value</source>
        <translation>ny verdi</translation>
    </message>
    <message>
        <source>old value</source>
        <translation>gammel verdi</translation>
    </message>
    <message>
        <source>unknown — restore the backup</source>
        <translation>ukjent — gjenopprett sikkerhetskopien</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>ikke skrevet</translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation>&amp;Kopier sti</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Vis i &amp;mappe</translation>
    </message>
    <message>
        <source>&amp;Restore backup</source>
        <translation>&amp;Gjenopprett sikkerhetskopi</translation>
    </message>
    <message>
        <source>Write outcome</source>
        <translation>Resultat av skrivingen</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Innstilling</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Gammel verdi</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Ny verdi</translation>
    </message>
    <message>
        <source>The meter holds</source>
        <translation>Måleren har nå</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Sikkerhetskopifil</translation>
    </message>
    <message>
        <source>Write the old values of this backup back to the connected meter.</source>
        <translation>Skriv de gamle verdiene i denne sikkerhetskopien tilbake til den tilkoblede måleren.</translation>
    </message>
    <message>
        <source>Backup of the old values</source>
        <translation>Sikkerhetskopi av de gamle verdiene</translation>
    </message>
    <message>
        <source>No backup was saved.</source>
        <translation>Ingen sikkerhetskopi ble lagret.</translation>
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
