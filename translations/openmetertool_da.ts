<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>omt::gui::MeterController</name>
    <message>
        <source>Give the meter&apos;s TCP address as host:port, e.g. 10.0.0.5:4059.</source>
        <translation>Angiv målerens TCP-adresse som vært:port, f.eks. 10.0.0.5:4059.</translation>
    </message>
    <message>
        <source>Choose the optical head&apos;s serial port or type its path.</source>
        <translation>Vælg det optiske hoveds serielle port, eller skriv dens sti.</translation>
    </message>
    <message>
        <source>The reader association needs the meter&apos;s password.</source>
        <translation>Aflæser-associationen kræver målerens adgangskode.</translation>
    </message>
    <message>
        <source>The key file %1 is not usable (%2).</source>
        <translation>Nøglefilen %1 kan ikke bruges (%2).</translation>
    </message>
    <message>
        <source>The installer association needs the meter&apos;s key file (EK and AK).</source>
        <translation>Installatør-associationen kræver målerens nøglefil (EK og AK).</translation>
    </message>
    <message>
        <source>The connection could not start.</source>
        <translation>Forbindelsen kunne ikke startes.</translation>
    </message>
    <message>
        <source>Opening the connection…</source>
        <translation>Åbner forbindelsen…</translation>
    </message>
    <message>
        <source>Signing on at 300 baud…</source>
        <translation>Logger på med 300 baud…</translation>
    </message>
    <message>
        <source>Switching to %1 baud…</source>
        <translation>Skifter til %1 baud…</translation>
    </message>
    <message>
        <source>Connecting the HDLC link…</source>
        <translation>Opretter HDLC-forbindelsen…</translation>
    </message>
    <message>
        <source>HDLC link up.</source>
        <translation>HDLC-forbindelsen er oppe.</translation>
    </message>
    <message>
        <source>Opening the association…</source>
        <translation>Åbner associationen…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Forbundet.</translation>
    </message>
    <message>
        <source>Releasing the association…</source>
        <translation>Frigiver associationen…</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Afbryder forbindelsen…</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Ikke forbundet.</translation>
    </message>
    <message>
        <source>Reading the meter…</source>
        <translation>Aflæser måleren…</translation>
    </message>
    <message>
        <source>Read the meter %1.</source>
        <translation>Måleren %1 er aflæst.</translation>
    </message>
    <message>
        <source>CT ratio</source>
        <translation>CT-forhold</translation>
    </message>
    <message>
        <source>configuration codes</source>
        <translation>konfigurationskoder</translation>
    </message>
    <message>
        <source>CT ratio lock</source>
        <translation>CT-forholdslås</translation>
    </message>
    <message>
        <source>Nothing to write: the meter already holds these values.</source>
        <translation>Intet at skrive: måleren har allerede disse værdier.</translation>
    </message>
    <message>
        <source>the meter does not hold what was written for %1</source>
        <translation>måleren indeholder ikke det, der blev skrevet for %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Mislykkedes: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 request, %n attribute(s)</source>
        <translation>
            <numerusform>%1-forespørgsel, %n attribut</numerusform>
            <numerusform>%1-forespørgsel, %n attributter</numerusform>
        </translation>
    </message>
    <message>
        <source>no value</source>
        <translation>ingen værdi</translation>
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
        <translation>Tarifkalenderen kan ikke vises: %1</translation>
    </message>
    <message>
        <source>The load control settings cannot be shown: %1</source>
        <translation>Indstillingerne for belastningsstyring kan ikke vises: %1</translation>
    </message>
    <message>
        <source>tariff plan</source>
        <translation>tarifplan</translation>
    </message>
    <message>
        <source>load control</source>
        <translation>belastningsstyring</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s), part of a frame</source>
        <translation>
            <numerusform>%n byte, del af en ramme</numerusform>
            <numerusform>%n bytes, del af en ramme</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection closed</source>
        <translation>forbindelsen blev lukket</translation>
    </message>
    <message>
        <source>The meter&apos;s clock was set to this computer&apos;s time.</source>
        <translation>Målerens ur blev stillet til denne computers tid.</translation>
    </message>
    <message>
        <source>Connect to the meter before setting its clock.</source>
        <translation>Forbind til måleren, før du stiller dens ur.</translation>
    </message>
    <message>
        <source>This meter&apos;s clock was not read; it cannot be set.</source>
        <translation>Denne målers ur blev ikke læst; det kan ikke stilles.</translation>
    </message>
    <message>
        <source>The meter&apos;s clock cannot be set: its time does not decode (%1).</source>
        <translation>Målerens ur kan ikke stilles: dens tid kan ikke afkodes (%1).</translation>
    </message>
    <message>
        <source>Setting the meter&apos;s clock…</source>
        <translation>Stiller målerens ur…</translation>
    </message>
    <message>
        <source>load profile period</source>
        <translation>lastprofilperiode</translation>
    </message>
    <message>
        <source>Changing the load profile period clears the load profile stored in the meter: its history is lost.</source>
        <translation>En ændring af lastprofilperioden sletter den lastprofil, der er gemt i måleren: dens historik går tabt.</translation>
    </message>
    <message>
        <source>Writing %1 loses data stored in the meter.</source>
        <translation>Skrivning af %1 sletter data, der er gemt i måleren.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Intet blev skrevet.</translation>
    </message>
    <message>
        <source>Checking the restored values…</source>
        <translation>Kontrollerer de gendannede værdier…</translation>
    </message>
    <message>
        <source>Reading back what was written…</source>
        <translation>Læser det skrevne tilbage…</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Gendanner %1…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Skriver %1…</translation>
    </message>
    <message>
        <source>writing %1 failed: %2</source>
        <translation>skrivning af %1 mislykkedes: %2</translation>
    </message>
    <message>
        <source>automatic display list</source>
        <translation>automatisk displayliste</translation>
    </message>
    <message>
        <source>manual display list</source>
        <translation>manuel displayliste</translation>
    </message>
    <message>
        <source>backup-powered display list</source>
        <translation>displayliste ved batteridrift</translation>
    </message>
    <message>
        <source>Search for the Bluetooth head, or type its address like 00:1A:7D:DA:71:13.</source>
        <translation>Søg efter Bluetooth-hovedet, eller skriv dets adresse som 00:1A:7D:DA:71:13.</translation>
    </message>
    <message>
        <source>The clock was set, but reading it back failed.</source>
        <translation>Uret blev stillet, men tilbagelæsningen mislykkedes.</translation>
    </message>
    <message>
        <source>the connection could not start</source>
        <translation>forbindelsen kunne ikke startes</translation>
    </message>
    <message>
        <source>the program was closed during the write</source>
        <translation>programmet blev lukket under skrivningen</translation>
    </message>
    <message>
        <source>Check the meter&apos;s address and port, and that the meter or its gateway is switched on and reachable; then Connect again.</source>
        <translation>Kontrollér målerens adresse og port, og at måleren eller dens gateway er tændt og kan nås; tryk så på Forbind igen.</translation>
    </message>
    <message>
        <source>Check that the optical head sits squarely on the meter&apos;s optical port (the cable pointing down), that its cable is plugged in and that the meter has power; then Connect again.</source>
        <translation>Kontrollér, at det optiske hoved sidder lige på målerens optiske port (med kablet nedad), at dets kabel er sat i, og at måleren har strøm; tryk så på Forbind igen.</translation>
    </message>
    <message>
        <source>Check the network connection to the meter, then Connect again.</source>
        <translation>Kontrollér netværksforbindelsen til måleren, og tryk så på Forbind igen.</translation>
    </message>
    <message>
        <source>Check the optical head&apos;s position on the meter and its cable (a USB head that was pulled out must be plugged in again), then Connect.</source>
        <translation>Kontrollér det optiske hoveds placering på måleren og dets kabel (et USB-hoved, der er trukket ud, skal sættes i igen), og tryk så på Forbind.</translation>
    </message>
    <message>
        <source>The meter does not accept this HDLC address: check the meter&apos;s address settings, then Connect again.</source>
        <translation>Måleren accepterer ikke denne HDLC-adresse: kontrollér målerens adresseindstillinger, og tryk så på Forbind igen.</translation>
    </message>
    <message>
        <source>Type the meter&apos;s reader password again (the connection bar keeps it only for this session), then Connect.</source>
        <translation>Skriv målerens aflæser-adgangskode igen (forbindelseslinjen husker den kun i denne session), og tryk så på Forbind.</translation>
    </message>
    <message>
        <source>Choose the key file that holds this meter&apos;s EK and AK (keys are per meter), then Connect.</source>
        <translation>Vælg den nøglefil, der indeholder denne målers EK og AK (hver måler har sine egne nøgler), og tryk så på Forbind.</translation>
    </message>
    <message>
        <source>Connect again: the tool reads the meter&apos;s invocation counter (0.0.43.1.0.255) before it opens the installer association.</source>
        <translation>Tryk på Forbind igen: programmet læser målerens invocation counter (0.0.43.1.0.255), før det åbner installatør-associationen.</translation>
    </message>
    <message>
        <source>Check the association (public, reader, installer) and its secret, then Connect again.</source>
        <translation>Kontrollér associationen (offentlig, aflæser, installatør) og dens adgangskode eller nøglefil, og tryk så på Forbind igen.</translation>
    </message>
    <message>
        <source>This meter does not have that object; check the meter type and its device profile.</source>
        <translation>Denne måler har ikke det objekt; kontrollér målertypen og dens enhedsprofil.</translation>
    </message>
    <message>
        <source>This association may not do that: connect as installer.</source>
        <translation>Denne association må ikke gøre det: forbind som installatør.</translation>
    </message>
    <message>
        <source>Connect again. If it keeps happening, save the trace (Trace page, Save) and send it with a description of the meter.</source>
        <translation>Tryk på Forbind igen. Sker det igen og igen, så gem sporingen (siden Sporing, Gem), og send den med en beskrivelse af måleren.</translation>
    </message>
    <message>
        <source>Plug the optical head in, or choose its port again in the connection bar (the list is refreshed when it opens).</source>
        <translation>Sæt det optiske hoved i, eller vælg dets port igen i forbindelseslinjen (listen opdateres, når den åbnes).</translation>
    </message>
    <message>
        <source>Close the other program that has the port open, then Connect again.</source>
        <translation>Luk det andet program, der har porten åben, og tryk så på Forbind igen.</translation>
    </message>
    <message>
        <source>Your user may not open serial ports: add it to the dialout group (sudo usermod -aG dialout $USER), log out and in again, then Connect.</source>
        <translation>Din bruger må ikke åbne serielle porte: føj den til gruppen dialout (sudo usermod -aG dialout $USER), log ud og ind igen, og tryk så på Forbind.</translation>
    </message>
    <message>
        <source>Your user may not open this port: ask the computer&apos;s administrator.</source>
        <translation>Din bruger må ikke åbne denne port: spørg computerens administrator.</translation>
    </message>
    <message>
        <source>Check the meter&apos;s address and port, then Connect again.</source>
        <translation>Kontrollér målerens adresse og port, og tryk så på Forbind igen.</translation>
    </message>
    <message>
        <source>Connect again.</source>
        <translation>Tryk på Forbind igen.</translation>
    </message>
    <message>
        <source>Start the computer&apos;s Bluetooth service or plug in a Bluetooth adapter, then Connect again.</source>
        <translation>Start computerens Bluetooth-tjeneste, eller sæt en Bluetooth-adapter i, og tryk så på Forbind igen.</translation>
    </message>
    <message>
        <source>Switch Bluetooth on, then Connect again.</source>
        <translation>Slå Bluetooth til, og tryk så på Forbind igen.</translation>
    </message>
    <message>
        <source>Pair the Bluetooth head in the system&apos;s Bluetooth settings, then Connect again.</source>
        <translation>Par Bluetooth-hovedet i systemets Bluetooth-indstillinger, og tryk så på Forbind igen.</translation>
    </message>
    <message>
        <source>Choose the Bluetooth optical head, not another Bluetooth device.</source>
        <translation>Vælg det optiske Bluetooth-hoved, ikke en anden Bluetooth-enhed.</translation>
    </message>
    <message>
        <source>This optical port offers only a data readout; configure the meter through a port that offers DLMS (mode E).</source>
        <translation>Denne optiske port tilbyder kun en dataudlæsning; konfigurér måleren via en port, der tilbyder DLMS (mode E).</translation>
    </message>
    <message>
        <source>A write to the meter is under way: wait for it to finish.</source>
        <translation>En skrivning til måleren er i gang: vent, til den er færdig.</translation>
    </message>
    <message>
        <source>Restart OpenMeterTool.</source>
        <translation>Genstart OpenMeterTool.</translation>
    </message>
    <message>
        <source>“%1” is not a TCP address.</source>
        <translation>»%1« er ikke en TCP-adresse.</translation>
    </message>
    <message>
        <source>No Bluetooth head is chosen.</source>
        <translation>Der er ikke valgt noget Bluetooth-hoved.</translation>
    </message>
    <message>
        <source>No serial port is chosen.</source>
        <translation>Der er ikke valgt nogen seriel port.</translation>
    </message>
    <message>
        <source>Type the reader password in the connection bar, then Connect.</source>
        <translation>Skriv aflæser-adgangskoden i forbindelseslinjen, og tryk så på Forbind.</translation>
    </message>
    <message>
        <source>Choose the key file in the connection bar, then Connect.</source>
        <translation>Vælg nøglefilen i forbindelseslinjen, og tryk så på Forbind.</translation>
    </message>
    <message>
        <source>Choose a key file with lines EK = &lt;32 hex digits&gt; and AK = &lt;32 hex digits&gt;, then Connect.</source>
        <translation>Vælg en nøglefil med linjerne EK = &lt;32 hex-cifre&gt; og AK = &lt;32 hex-cifre&gt;, og tryk så på Forbind.</translation>
    </message>
    <message>
        <source>cancelled while connecting again</source>
        <translation>annulleret under genforbindelsen</translation>
    </message>
    <message>
        <source>Stopping the write: what was written is being put back…</source>
        <translation>Stopper skrivningen: de gamle værdier skrives tilbage…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulleret.</translation>
    </message>
    <message>
        <source>Connecting again to finish the write: %1</source>
        <translation>Forbinder igen for at fuldføre skrivningen: %1</translation>
    </message>
    <message>
        <source>Connected again: the write goes on.</source>
        <translation>Forbundet igen: skrivningen fortsætter.</translation>
    </message>
    <message>
        <source>The connection closed.</source>
        <translation>Forbindelsen blev lukket.</translation>
    </message>
    <message>
        <source>Connecting to the meter failed.</source>
        <translation>Forbindelsen til måleren mislykkedes.</translation>
    </message>
    <message>
        <source>The link to the meter was lost.</source>
        <translation>Forbindelsen til måleren blev afbrudt.</translation>
    </message>
    <message>
        <source>Reading the meter failed.</source>
        <translation>Aflæsning af måleren mislykkedes.</translation>
    </message>
    <message>
        <source>The clock was not set.</source>
        <translation>Uret blev ikke stillet.</translation>
    </message>
    <message>
        <source>Connect to a meter first.</source>
        <translation>Forbind først til en måler.</translation>
    </message>
    <message>
        <source>The meter refused the new time (%1).</source>
        <translation>Måleren afviste det nye klokkeslæt (%1).</translation>
    </message>
    <message>
        <source>Connect as installer to set the meter&apos;s clock.</source>
        <translation>Forbind som installatør for at stille målerens ur.</translation>
    </message>
    <message>
        <source>This meter does not say which type it is.</source>
        <translation>Denne måler oplyser ikke sin type.</translation>
    </message>
    <message>
        <source>Connect as reader or installer to read its type number.</source>
        <translation>Forbind som aflæser eller installatør for at læse dens typenummer.</translation>
    </message>
    <message>
        <source>The device profile for this meter cannot be used.</source>
        <translation>Enhedsprofilen for denne måler kan ikke bruges.</translation>
    </message>
    <message>
        <source>Reinstall OpenMeterTool, or correct the profile file the message names.</source>
        <translation>Geninstallér OpenMeterTool, eller ret den profilfil, som meddelelsen nævner.</translation>
    </message>
    <message>
        <source>Nothing was written: not connected.</source>
        <translation>Intet blev skrevet: ikke forbundet.</translation>
    </message>
    <message>
        <source>Connect to the meter, then Write again: the pending changes are kept.</source>
        <translation>Forbind til måleren, og vælg så »Skriv til måler« igen: de ventende ændringer bevares.</translation>
    </message>
    <message>
        <source>Nothing was written: the pending plans break the meter&apos;s rules.</source>
        <translation>Intet blev skrevet: de ventende planer overholder ikke målerens regler.</translation>
    </message>
    <message>
        <source>Correct what the pages mark, then Write again.</source>
        <translation>Ret det, som siderne markerer, og vælg så »Skriv til måler« igen.</translation>
    </message>
    <message>
        <source>Correct the pending changes the message names, then Write again.</source>
        <translation>Ret de ventende ændringer, som meddelelsen nævner, og vælg så »Skriv til måler« igen.</translation>
    </message>
    <message>
        <source>Nothing to restore: the meter already holds the backup&apos;s values.</source>
        <translation>Intet at gendanne: måleren har allerede sikkerhedskopiens værdier.</translation>
    </message>
    <message>
        <source>Nothing to write.</source>
        <translation>Intet at skrive.</translation>
    </message>
    <message>
        <source>Nothing was written: the backup of the old values could not be saved.</source>
        <translation>Intet blev skrevet: sikkerhedskopien af de gamle værdier kunne ikke gemmes.</translation>
    </message>
    <message>
        <source>Free some disk space or fix the folder&apos;s permissions, then Write again.</source>
        <translation>Frigør diskplads, eller ret mappens rettigheder, og vælg så »Skriv til måler« igen.</translation>
    </message>
    <message>
        <source>Nothing was written: the audit log could not be written.</source>
        <translation>Intet blev skrevet: revisionsloggen kunne ikke skrives.</translation>
    </message>
    <message>
        <source>Free some disk space or fix the audit log&apos;s permissions, then Write again.</source>
        <translation>Frigør diskplads, eller ret revisionsloggens rettigheder, og vælg så »Skriv til måler« igen.</translation>
    </message>
    <message>
        <source>Nothing was written: the write journal could not be saved.</source>
        <translation>Intet blev skrevet: skrivejournalen kunne ikke gemmes.</translation>
    </message>
    <message>
        <source>Free some disk space, then Write again.</source>
        <translation>Frigør diskplads, og vælg så »Skriv til måler« igen.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulleret</translation>
    </message>
    <message>
        <source>The link to the meter was lost: connecting again to finish the write safely.</source>
        <translation>Forbindelsen til måleren blev afbrudt: forbinder igen for at fuldføre skrivningen sikkert.</translation>
    </message>
    <message numerus="yes">
        <source>Connecting again in %n s (attempt %1 of %2)…</source>
        <translation>
            <numerusform>Forbinder igen om %n s (forsøg %1 af %2)…</numerusform>
            <numerusform>Forbinder igen om %n s (forsøg %1 af %2)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written and verified.</source>
        <translation>
            <numerusform>%n ændring skrevet og kontrolleret.</numerusform>
            <numerusform>%n ændringer skrevet og kontrolleret.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was restored and verified.</source>
        <translation>Sikkerhedskopien blev gendannet og kontrolleret.</translation>
    </message>
    <message>
        <source>The write was cancelled: the meter holds its old configuration.</source>
        <translation>Skrivningen blev annulleret: måleren har sin gamle konfiguration.</translation>
    </message>
    <message>
        <source>The write failed: the meter holds its old configuration.</source>
        <translation>Skrivningen mislykkedes: måleren har sin gamle konfiguration.</translation>
    </message>
    <message>
        <source>The write failed and the old values could not all be put back: the meter may hold part of it.</source>
        <translation>Skrivningen mislykkedes, og ikke alle de gamle værdier kunne skrives tilbage: måleren kan indeholde en del af de nye værdier.</translation>
    </message>
    <message>
        <source>%1; restoring: %2</source>
        <translation>%1; ved gendannelsen: %2</translation>
    </message>
    <message>
        <source>The CT ratio lock was written but does not read back; it cannot be undone.</source>
        <translation>Låsningen af CT-forholdet blev skrevet, men kan ikke læses tilbage; den kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>The audit log could not be written: %1</source>
        <translation>Revisionsloggen kunne ikke skrives: %1</translation>
    </message>
    <message>
        <source>The audit log cannot be written: %1</source>
        <translation>Revisionsloggen kan ikke skrives: %1</translation>
    </message>
    <message>
        <source>The backup cannot be read.</source>
        <translation>Sikkerhedskopien kan ikke læses.</translation>
    </message>
    <message>
        <source>Choose the backup file again.</source>
        <translation>Vælg sikkerhedskopifilen igen.</translation>
    </message>
    <message>
        <source>%1 is not a backup this version can restore.</source>
        <translation>%1 er ikke en sikkerhedskopi, som denne version kan gendanne.</translation>
    </message>
    <message>
        <source>Choose a backup saved by OpenMeterTool or omt.</source>
        <translation>Vælg en sikkerhedskopi, der er gemt af OpenMeterTool eller omt.</translation>
    </message>
    <message>
        <source>Connect to meter %1 as installer to restore this backup.</source>
        <translation>Forbind til måler %1 som installatør for at gendanne denne sikkerhedskopi.</translation>
    </message>
    <message>
        <source>Connect, then choose Restore backup again.</source>
        <translation>Tryk på Forbind, og vælg så »Gendan sikkerhedskopi« igen.</translation>
    </message>
    <message>
        <source>This backup is of meter %1, not of the connected meter %2.</source>
        <translation>Denne sikkerhedskopi er fra måler %1, ikke fra den forbundne måler %2.</translation>
    </message>
    <message>
        <source>Connect to meter %1, then restore it.</source>
        <translation>Forbind til måler %1, og gendan den så.</translation>
    </message>
    <message>
        <source>The backup does not fit this meter.</source>
        <translation>Sikkerhedskopien passer ikke til denne måler.</translation>
    </message>
    <message>
        <source>Connect to a meter before opening a template.</source>
        <translation>Forbind til en måler, før du åbner en skabelon.</translation>
    </message>
    <message>
        <source>The template&apos;s values become pending changes of the connected meter.</source>
        <translation>Skabelonens værdier bliver til ventende ændringer for den forbundne måler.</translation>
    </message>
    <message>
        <source>The template cannot be read.</source>
        <translation>Skabelonen kan ikke læses.</translation>
    </message>
    <message>
        <source>%1 is not a configuration template this version reads.</source>
        <translation>%1 er ikke en konfigurationsskabelon, som denne version kan læse.</translation>
    </message>
    <message>
        <source>Choose a template saved by OpenMeterTool or `omt config show --json`.</source>
        <translation>Vælg en skabelon, der er gemt af OpenMeterTool eller `omt config show --json`.</translation>
    </message>
    <message>
        <source>The template does not fit this meter.</source>
        <translation>Skabelonen passer ikke til denne måler.</translation>
    </message>
    <message>
        <source>Open template %1</source>
        <translation>Åbn skabelonen %1</translation>
    </message>
    <message>
        <source>The template&apos;s changes are pending: check them, then Write to meter.</source>
        <translation>Skabelonens ændringer venter: kontrollér dem, og vælg så »Skriv til måler«.</translation>
    </message>
    <message>
        <source>Connect to a meter before saving a template.</source>
        <translation>Forbind til en måler, før du gemmer en skabelon.</translation>
    </message>
    <message>
        <source>The pending configuration cannot be saved.</source>
        <translation>Den ventende konfiguration kan ikke gemmes.</translation>
    </message>
    <message>
        <source>Correct the pending changes the message names.</source>
        <translation>Ret de ventende ændringer, som meddelelsen nævner.</translation>
    </message>
    <message>
        <source>The template could not be saved.</source>
        <translation>Skabelonen kunne ikke gemmes.</translation>
    </message>
    <message>
        <source>Saved the template %1.</source>
        <translation>Skabelonen %1 er gemt.</translation>
    </message>
    <message>
        <source>A write journal entry cannot be read: %1</source>
        <translation>En post i skrivejournalen kan ikke læses: %1</translation>
    </message>
    <message>
        <source>This association cannot set the meter&apos;s clock.</source>
        <translation>Denne association kan ikke stille målerens ur.</translation>
    </message>
    <message>
        <source>load profile 2 period</source>
        <translation>lastprofil 2-periode</translation>
    </message>
    <message>
        <source>CT ratio unlock</source>
        <translation>oplåsning af CT-forholdet</translation>
    </message>
</context>
<context>
    <name>omt::link</name>
    <message>
        <source>No answer on %1: check that the head is on the optical port and the cable, and that the meter is powered.</source>
        <translation>Intet svar på %1: kontrollér, at hovedet sidder på den optiske port, kablet, og at måleren har strøm.</translation>
    </message>
    <message>
        <source>The meter&apos;s sign-on answer was not usable (%1).</source>
        <translation>Målerens svar på pålogningen kunne ikke bruges (%1).</translation>
    </message>
    <message>
        <source>The meter refused the HDLC connection (%1): check the client and server addresses.</source>
        <translation>Måleren afviste HDLC-forbindelsen (%1): kontrollér klient- og serveradresserne.</translation>
    </message>
    <message>
        <source>The link to the meter was lost (%1).</source>
        <translation>Forbindelsen til måleren blev afbrudt (%1).</translation>
    </message>
    <message>
        <source>The meter rejected the association: wrong password (LLS).</source>
        <translation>Måleren afviste associationen: forkert adgangskode (LLS).</translation>
    </message>
    <message>
        <source>The meter rejected the association: the encryption or authentication key is wrong.</source>
        <translation>Måleren afviste associationen: krypterings- eller autentificeringsnøglen er forkert.</translation>
    </message>
    <message>
        <source>The meter&apos;s answer fails authentication: the encryption or authentication key is wrong.</source>
        <translation>Målerens svar kan ikke autentificeres: krypterings- eller autentificeringsnøglen er forkert.</translation>
    </message>
    <message>
        <source>Invocation counter too low (%1): the frame counter must be read and set again.</source>
        <translation>Invocation counter for lav (%1): rammetælleren skal læses og sættes igen.</translation>
    </message>
    <message>
        <source>The meter rejected the association (%1).</source>
        <translation>Måleren afviste associationen (%1).</translation>
    </message>
    <message>
        <source>Object %1 is not in this meter&apos;s association.</source>
        <translation>Objektet %1 findes ikke i denne målers association.</translation>
    </message>
    <message>
        <source>Access to %1 is denied in this association.</source>
        <translation>Adgang til %1 er nægtet i denne association.</translation>
    </message>
    <message>
        <source>The meter refused %1.</source>
        <translation>Måleren afviste %1.</translation>
    </message>
    <message>
        <source>The meter refused the request (%1).</source>
        <translation>Måleren afviste forespørgslen (%1).</translation>
    </message>
    <message>
        <source>The meter&apos;s answer could not be understood (%1).</source>
        <translation>Målerens svar kunne ikke forstås (%1).</translation>
    </message>
    <message>
        <source>Port %1 does not exist.</source>
        <translation>Porten %1 findes ikke.</translation>
    </message>
    <message>
        <source>Port %1 is in use by another program.</source>
        <translation>Porten %1 bruges af et andet program.</translation>
    </message>
    <message>
        <source>No permission to open %1.</source>
        <translation>Ingen tilladelse til at åbne %1.</translation>
    </message>
    <message>
        <source>Port error: %1.</source>
        <translation>Portfejl: %1.</translation>
    </message>
    <message>
        <source>Nobody accepts connections at %1.</source>
        <translation>Ingen modtager forbindelser på %1.</translation>
    </message>
    <message>
        <source>Host %1 not found.</source>
        <translation>Værten %1 blev ikke fundet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulleret.</translation>
    </message>
    <message>
        <source>The connection is not ready for this request (%1).</source>
        <translation>Forbindelsen er ikke klar til denne forespørgsel (%1).</translation>
    </message>
    <message>
        <source>No Bluetooth adapter found on this computer (or the Bluetooth service is not running).</source>
        <translation>Ingen Bluetooth-adapter fundet på denne computer (eller Bluetooth-tjenesten kører ikke).</translation>
    </message>
    <message>
        <source>The Bluetooth adapter is switched off: switch it on and try again.</source>
        <translation>Bluetooth-adapteren er slukket: tænd den, og prøv igen.</translation>
    </message>
    <message>
        <source>Pair the Bluetooth head with this computer first (%1).</source>
        <translation>Par først Bluetooth-hovedet med denne computer (%1).</translation>
    </message>
    <message>
        <source>The Bluetooth device %1 offers no serial service: is it an optical head?</source>
        <translation>Bluetooth-enheden %1 tilbyder ingen seriel tjeneste: er det et optisk hoved?</translation>
    </message>
    <message>
        <source>The meter (%1) offers only an IEC 62056-21 mode C data readout, no DLMS on this port: only its data readout can be read.</source>
        <translation>Måleren (%1) tilbyder kun en IEC 62056-21 mode C-dataudlæsning og ingen DLMS på denne port: kun dataudlæsningen kan læses.</translation>
    </message>
    <message>
        <source>the meter&apos;s answer holds no result</source>
        <translation>målerens svar indeholder intet resultat</translation>
    </message>
    <message>
        <source>the meter refused %1 (%2)</source>
        <translation>måleren afviste %1 (%2)</translation>
    </message>
    <message>
        <source>the meter refused action %1 (%2)</source>
        <translation>måleren afviste handlingen %1 (%2)</translation>
    </message>
    <message>
        <source>the meter answered a write with something else</source>
        <translation>måleren besvarede en skrivning med noget andet</translation>
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
        <translation>Konfigurerer og aflæser DLMS/COSEM-elmålere (Kamstrup OMNIPOWER CT og OMNIA) via et optisk hoved.</translation>
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
        <translation>Licens: se licensfilen, der følger med OpenMeterTool.</translation>
    </message>
    <message>
        <source>Backups and the audit log: %1</source>
        <translation>Sikkerhedskopier og revisionslog: %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ikke angivet</translation>
    </message>
</context>
<context>
    <name>omt::ui::AuditLogDialog</name>
    <message>
        <source>&amp;Open in another program</source>
        <translation>&amp;Åbn i et andet program</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Revisionslog</translation>
    </message>
    <message>
        <source>Filter: text in any column</source>
        <translation>Filter: tekst i en vilkårlig kolonne</translation>
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
        <translation>Åbn %1 i det program, denne computer bruger til CSV-filer.</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Ind&amp;læs igen</translation>
    </message>
    <message>
        <source>No write has been recorded yet.</source>
        <translation>Der er endnu ikke registreret nogen skrivning.</translation>
    </message>
    <message>
        <source>The audit log %1 cannot be read: %2</source>
        <translation>Revisionsloggen %1 kan ikke læses: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in %1.</source>
        <translation>
            <numerusform>%n post i %1.</numerusform>
            <numerusform>%n poster i %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) are not records; they are shown as they stand in the file.</source>
        <translation>
            <numerusform>%n linje er ikke en post; den vises, som den står i filen.</numerusform>
            <numerusform>%n linjer er ikke poster; de vises, som de står i filen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omt::ui::AuditLogModel</name>
    <message>
        <source>not a record (line %1): a quoted field is not closed</source>
        <translation>ikke en post (linje %1): et felt i anførselstegn er ikke afsluttet</translation>
    </message>
    <message>
        <source>not a record (line %1): text after a closing quote</source>
        <translation>ikke en post (linje %1): tekst efter et afsluttende anførselstegn</translation>
    </message>
    <message>
        <source>not a record (line %1): a quote inside a field</source>
        <translation>ikke en post (linje %1): et anførselstegn inde i et felt</translation>
    </message>
    <message numerus="yes">
        <source>not a record (line %1): %n field(s) instead of 7</source>
        <translation>
            <numerusform>ikke en post (linje %1): %n felt i stedet for 7</numerusform>
            <numerusform>ikke en post (linje %1): %n felter i stedet for 7</numerusform>
        </translation>
    </message>
    <message>
        <source>not a record (line %1): the time does not read</source>
        <translation>ikke en post (linje %1): tidspunktet kan ikke læses</translation>
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
        <translation>Bruger</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Indstilling</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Gammel værdi</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Ny værdi</translation>
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
        <translation>Den fulde konfigurationsstreng; indsæt en for at sætte alle felter.</translation>
    </message>
    <message>
        <source>&amp;Configuration:</source>
        <translation>&amp;Konfiguration:</translation>
    </message>
    <message>
        <source>In meter:</source>
        <translation>I måleren:</translation>
    </message>
    <message>
        <source>The configuration string is empty.</source>
        <translation>Konfigurationsstrengen er tom.</translation>
    </message>
    <message>
        <source>Only digits and &apos;-&apos; are allowed (position %1).</source>
        <translation>Kun cifre og &apos;-&apos; er tilladt (position %1).</translation>
    </message>
    <message>
        <source>A configuration has 56 digits; this one has %1.</source>
        <translation>En konfiguration har 56 cifre; denne har %1.</translation>
    </message>
    <message>
        <source>A configuration has 28 fields separated by &apos;-&apos;.</source>
        <translation>En konfiguration har 28 felter adskilt af &apos;-&apos;.</translation>
    </message>
    <message>
        <source>A field has the wrong number of digits (%1).</source>
        <translation>Et felt har et forkert antal cifre (%1).</translation>
    </message>
    <message>
        <source>Connect to a meter to see its configuration.</source>
        <translation>Forbind til en måler for at se dens konfiguration.</translation>
    </message>
    <message>
        <source>The configuration is valid for variant %1.</source>
        <translation>Konfigurationen er gyldig for variant %1.</translation>
    </message>
    <message>
        <source>Connect to a meter to see its configuration codes.</source>
        <translation>Forbind til en måler for at se dens konfigurationskoder.</translation>
    </message>
    <message>
        <source>The configuration codes cannot be read with the public association. Connect as reader or installer.</source>
        <translation>Konfigurationskoderne kan ikke læses med den offentlige association. Forbind som aflæser eller installatør.</translation>
    </message>
    <message>
        <source>This meter has no configuration codes.</source>
        <translation>Denne måler har ingen konfigurationskoder.</translation>
    </message>
</context>
<context>
    <name>omt::ui::ConnectionBar</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Forbind</translation>
    </message>
    <message>
        <source>Meter connection</source>
        <translation>Målerforbindelse</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>Key file (EK/AK)</source>
        <translation>Nøglefil (EK/AK)</translation>
    </message>
    <message>
        <source>Public (no security)</source>
        <translation>Offentlig (ingen sikkerhed)</translation>
    </message>
    <message>
        <source>Reader (password)</source>
        <translation>Aflæser (adgangskode)</translation>
    </message>
    <message>
        <source>Installer (HLS keys)</source>
        <translation>Installatør (HLS-nøgler)</translation>
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
        <translation>Optisk hoved: %1</translation>
    </message>
    <message>
        <source>Optical head: other port…</source>
        <translation>Optisk hoved: anden port…</translation>
    </message>
    <message>
        <source>TCP (HDLC or wrapper)…</source>
        <translation>TCP (HDLC eller wrapper)…</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>vært:port</translation>
    </message>
    <message>
        <source>/dev/ttyUSB0</source>
        <translation>/dev/ttyUSB0</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Annuller</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Af&amp;bryd</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Søg</translation>
    </message>
    <message>
        <source>AA:BB:CC:DD:EE:FF</source>
        <translation>AA:BB:CC:DD:EE:FF</translation>
    </message>
    <message>
        <source>Bluetooth head</source>
        <translation>Bluetooth-hoved</translation>
    </message>
    <message>
        <source>Look for Bluetooth optical heads nearby.</source>
        <translation>Søg efter optiske Bluetooth-hoveder i nærheden.</translation>
    </message>
    <message>
        <source>Bluetooth head…</source>
        <translation>Bluetooth-hoved…</translation>
    </message>
    <message>
        <source>Choose a head found by Search or type its address (AA:BB:CC:DD:EE:FF).</source>
        <translation>Vælg et hoved fundet med Søg, eller skriv dets adresse (AA:BB:CC:DD:EE:FF).</translation>
    </message>
    <message>
        <source>Searching for Bluetooth heads…</source>
        <translation>Søger efter Bluetooth-hoveder…</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(intet navn)</translation>
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
        <translation>Ingen Bluetooth-hoveder fundet. Er hovedet tændt og i nærheden?</translation>
    </message>
    <message numerus="yes">
        <source>Found %n Bluetooth head(s).</source>
        <translation>
            <numerusform>Fandt %n Bluetooth-hoved.</numerusform>
            <numerusform>Fandt %n Bluetooth-hoveder.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Bluetooth adapter found.</source>
        <translation>Ingen Bluetooth-adapter fundet.</translation>
    </message>
    <message>
        <source>The Bluetooth adapter is switched off: switch it on and search again.</source>
        <translation>Bluetooth-adapteren er slukket: tænd den, og søg igen.</translation>
    </message>
    <message>
        <source>This program may not use Bluetooth: allow it in the system settings and search again.</source>
        <translation>Dette program må ikke bruge Bluetooth: tillad det i systemindstillingerne, og søg igen.</translation>
    </message>
    <message>
        <source>Bluetooth search is not supported on this system.</source>
        <translation>Bluetooth-søgning understøttes ikke på dette system.</translation>
    </message>
    <message>
        <source>The Bluetooth search failed. Search again.</source>
        <translation>Bluetooth-søgningen mislykkedes. Søg igen.</translation>
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
        <translation>Enhver faktor fra 1 til 600: primærstrøm = faktor × sekundærstrøm.</translation>
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
        <translation>Nyt forhold</translation>
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
        <translation>Bliver:</translation>
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
        <translation>Denne måler har intet CT-forhold.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Ikke forbundet.</translation>
    </message>
    <message>
        <source>Locked: the ratio can no longer be changed.</source>
        <translation>Låst: forholdet kan ikke længere ændres.</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Ulåst</translation>
    </message>
    <message>
        <source>and locked (pending)</source>
        <translation>og låst (afventer)</translation>
    </message>
    <message>
        <source>Lock the CT ratio at %1?

This is PERMANENT: this meter type does not allow unlocking from the optical port (device profile), so once written, the ratio cannot be changed from here again.</source>
        <translation>Lås CT-forholdet på %1?

Dette er PERMANENT: denne målertype tillader ikke oplåsning fra den optiske port (enhedsprofil), så når det er skrevet, kan forholdet ikke ændres herfra igen.</translation>
    </message>
    <message>
        <source>Lock the CT ratio at %1?

The device profile says this meter type can be unlocked again from the optical port.</source>
        <translation>Lås CT-forholdet på %1?

Enhedsprofilen siger, at denne målertype kan låses op igen fra den optiske port.</translation>
    </message>
    <message>
        <source>Lock the CT ratio at %1?

Treat this as PERMANENT: the device profile does not say whether this meter type can be unlocked, and OpenMeterTool never unlocks it.</source>
        <translation>Lås CT-forholdet på %1?

Betragt det som PERMANENT: enhedsprofilen siger ikke, om denne målertype kan låses op, og OpenMeterTool låser den aldrig op.</translation>
    </message>
    <message>
        <source>Lock the CT ratio</source>
        <translation>Lås CT-forholdet</translation>
    </message>
    <message>
        <source>The factor is the transformer&apos;s primary current divided by its secondary current (5 A or 1 A, set by the meter&apos;s type). The display shows primary energy (secondary energy × factor); the S0 output counts secondary energy; Z23 and Z24 choose the basis of the load profile and of the module&apos;s pulse output.</source>
        <translation>Faktoren er transformerens primærstrøm divideret med dens sekundærstrøm (5 A eller 1 A, bestemt af målerens type). Displayet viser primær energi (sekundær energi × faktor); S0-udgangen tæller sekundær energi; Z23 og Z24 vælger grundlaget for lastprofilen og for modulets impulsudgang.</translation>
    </message>
    <message>
        <source>Locking fixes the ratio for good: this meter type does not allow unlocking from the optical port (device profile).</source>
        <translation>Låsning fastlåser forholdet for altid: denne målertype tillader ikke oplåsning fra den optiske port (enhedsprofil).</translation>
    </message>
    <message>
        <source>The device profile says a locked ratio can be unlocked again on this meter type.</source>
        <translation>Ifølge enhedsprofilen kan et låst forhold låses op igen på denne målertype.</translation>
    </message>
    <message>
        <source>The device profile does not say whether a locked ratio can be unlocked on this meter type; OpenMeterTool never unlocks it.</source>
        <translation>Enhedsprofilen siger ikke, om et låst forhold kan låses op på denne målertype; OpenMeterTool låser det aldrig op.</translation>
    </message>
</context>
<context>
    <name>omt::ui::DisplayCatalogueModel</name>
    <message>
        <source>Historical value: not allowed in the automatic list.</source>
        <translation>Historisk værdi: ikke tilladt i den automatiske liste.</translation>
    </message>
    <message>
        <source>Legal reading: always in the manual list.</source>
        <translation>Lovpligtig aflæsning: altid i den manuelle liste.</translation>
    </message>
</context>
<context>
    <name>omt::ui::DisplayListModel</name>
    <message>
        <source>%1: legal reading, cannot be removed from the manual list.</source>
        <translation>%1: lovpligtig aflæsning, kan ikke fjernes fra den manuelle liste.</translation>
    </message>
    <message>
        <source>Add %1 to the %2 list</source>
        <translation>Tilføj %1 til listen »%2«</translation>
    </message>
    <message>
        <source>Remove %1 from the %2 list</source>
        <translation>Fjern %1 fra listen »%2«</translation>
    </message>
    <message>
        <source>Reorder the %1 list</source>
        <translation>Omarranger listen »%1«</translation>
    </message>
</context>
<context>
    <name>omt::ui::DisplayListsPage</name>
    <message>
        <source>Filter readings</source>
        <translation>Filtrér aflæsninger</translation>
    </message>
    <message>
        <source>&amp;Add →</source>
        <translation>&amp;Tilføj →</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flyt &amp;op</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flyt &amp;ned</translation>
    </message>
    <message>
        <source>Readings the meter offers</source>
        <translation>Aflæsninger, som måleren tilbyder</translation>
    </message>
    <message>
        <source>This meter has no display lists.</source>
        <translation>Denne måler har ingen displaylister.</translation>
    </message>
    <message>
        <source>Connect to a meter to edit its display lists.</source>
        <translation>Forbind til en måler for at redigere dens displaylister.</translation>
    </message>
    <message>
        <source>(Size limit assumed: the data sheet gives none.)</source>
        <translation>(Størrelsesgrænse antaget: databladet angiver ingen.)</translation>
    </message>
    <message>
        <source>%1: no value read from the meter yet.</source>
        <translation>%1: ingen værdi læst fra måleren endnu.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of at most %n reading(s).</source>
        <translation>
            <numerusform>%1 af højst %n aflæsning.</numerusform>
            <numerusform>%1 af højst %n aflæsninger.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omt::ui::InterruptedWritesPanel</name>
    <message>
        <source>Writes that did not finish</source>
        <translation>Skrivninger, der ikke blev fuldført</translation>
    </message>
    <message>
        <source>A meter of unknown serial number</source>
        <translation>En måler med ukendt serienummer</translation>
    </message>
    <message>
        <source>Meter %1</source>
        <translation>Måler %1</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>på et ukendt tidspunkt</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4.</source>
        <translation>%1, %2, %3: %4.</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>ukendt program</translation>
    </message>
    <message>
        <source>settings not recorded</source>
        <translation>indstillingerne er ikke registreret</translation>
    </message>
    <message>
        <source>No backup was saved.</source>
        <translation>Der blev ikke gemt nogen sikkerhedskopi.</translation>
    </message>
    <message>
        <source>Backup of the old values: %1</source>
        <translation>Sikkerhedskopi af de gamle værdier: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) did not finish: the meter may hold part of the new values. Restore the backup on that meter, or dismiss the entry once it is repaired.</source>
        <translation>
            <numerusform>%n skrivning blev ikke fuldført: måleren kan indeholde en del af de nye værdier. Gendan sikkerhedskopien på den måler, eller afvis posten, når den er repareret.</numerusform>
            <numerusform>%n skrivninger blev ikke fuldført: måleren kan indeholde en del af de nye værdier. Gendan sikkerhedskopien på den måler, eller afvis posten, når den er repareret.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Gendan sikkerhedskopi</translation>
    </message>
    <message>
        <source>Restore the backup of meter %1</source>
        <translation>Gendan sikkerhedskopien af måler %1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Afvis</translation>
    </message>
    <message>
        <source>Dismiss the entry of meter %1</source>
        <translation>Afvis posten for måler %1</translation>
    </message>
</context>
<context>
    <name>omt::ui::LcdPreview</name>
    <message>
        <source>Display preview</source>
        <translation>Forhåndsvisning af display</translation>
    </message>
</context>
<context>
    <name>omt::ui::LoadControlPage</name>
    <message>
        <source>connected</source>
        <translation>tilsluttet</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>afbrudt</translation>
    </message>
    <message>
        <source>ready for reconnection</source>
        <translation>klar til genindkobling</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>Efter behov</translation>
    </message>
    <message>
        <source>Calendar (daily times)</source>
        <translation>Kalender (daglige tider)</translation>
    </message>
    <message>
        <source>Follow tariff</source>
        <translation>Følg tarif</translation>
    </message>
    <message>
        <source>Supply control switch</source>
        <translation>Forsyningsafbryder</translation>
    </message>
    <message>
        <source>Relay %1</source>
        <translation>Relæ %1</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Tilstand:</translation>
    </message>
    <message>
        <source>State (on demand):</source>
        <translation>Tilstand (efter behov):</translation>
    </message>
    <message>
        <source>Schedule (calendar):</source>
        <translation>Skema (kalender):</translation>
    </message>
    <message>
        <source>On in tariffs (follow tariff):</source>
        <translation>Til i tariffer (følg tarif):</translation>
    </message>
    <message>
        <source>This meter has no supply control switch.</source>
        <translation>Denne måler har ingen forsyningsafbryder.</translation>
    </message>
    <message>
        <source>Relay %1: %2</source>
        <translation>Relæ %1: %2</translation>
    </message>
    <message>
        <source>The supply is %1.</source>
        <translation>Forsyningen er %1.</translation>
    </message>
    <message>
        <source>Pending: %1 when written.</source>
        <translation>Afventer: %1, når der skrives.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Skift</translation>
    </message>
    <message>
        <source>Every day at this time (hh:mm) the relay switches on or off.</source>
        <translation>Hver dag på dette tidspunkt (tt:mm) slår relæet til eller fra.</translation>
    </message>
    <message>
        <source>Add time</source>
        <translation>Tilføj tidspunkt</translation>
    </message>
    <message>
        <source>Remove time</source>
        <translation>Fjern tidspunkt</translation>
    </message>
    <message>
        <source>switch on</source>
        <translation>slå til</translation>
    </message>
    <message>
        <source>switch off</source>
        <translation>slå fra</translation>
    </message>
    <message>
        <source>Relay %1 follows a schedule only in calendar mode.</source>
        <translation>Relæ %1 følger kun et skema i kalendertilstand.</translation>
    </message>
    <message>
        <source>Relay %1: schedule %2</source>
        <translation>Relæ %1: skema %2</translation>
    </message>
    <message>
        <source>A switch time is hh:mm, from 00:00 to 23:59.</source>
        <translation>Et skiftetidspunkt er tt:mm, fra 00:00 til 23:59.</translation>
    </message>
    <message>
        <source>Relay %1: select the time to remove.</source>
        <translation>Relæ %1: vælg det tidspunkt, der skal fjernes.</translation>
    </message>
    <message>
        <source>Cut the customer&apos;s supply</source>
        <translation>Afbryd kundens forsyning</translation>
    </message>
    <message>
        <source>Writing to the meter will open the meter&apos;s breaker: the customer has no electricity until the supply is restored. Go on?</source>
        <translation>Når der skrives til måleren, åbner målerens afbryder: kunden har ingen strøm, før forsyningen genoprettes. Fortsæt?</translation>
    </message>
    <message>
        <source>Restore the customer&apos;s supply</source>
        <translation>Genopret kundens forsyning</translation>
    </message>
    <message>
        <source>Writing to the meter will close the meter&apos;s breaker and restore the customer&apos;s supply. Make sure it is safe to do so. Go on?</source>
        <translation>Når der skrives til måleren, lukker målerens afbryder, og kundens forsyning genoprettes. Sørg for, at det er sikkert. Fortsæt?</translation>
    </message>
    <message>
        <source>Cut the customer&apos;s supply…</source>
        <translation>Afbryd kundens forsyning…</translation>
    </message>
    <message>
        <source>Restore the customer&apos;s supply…</source>
        <translation>Genopret kundens forsyning…</translation>
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
        <translation>Skriv til måler</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Oversigt</translation>
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
        <translation>Konfigurationskoder</translation>
    </message>
    <message>
        <source>&amp;Meter</source>
        <translation>&amp;Måler</translation>
    </message>
    <message>
        <source>&amp;Read from meter</source>
        <translation>&amp;Læs fra måler</translation>
    </message>
    <message>
        <source>&amp;Write to meter…</source>
        <translation>&amp;Skriv til måler…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
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
        <translation>Intet at skrive: der er ingen ventende ændringer.</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Ventende ændringer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Tariffs</source>
        <translation>Tariffer</translation>
    </message>
    <message>
        <source>Load control</source>
        <translation>Belastningsstyring</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Sporing</translation>
    </message>
    <message>
        <source>estimating time left…</source>
        <translation>anslår resterende tid…</translation>
    </message>
    <message>
        <source>about %1 min %2 s left</source>
        <translation>ca. %1 min %2 s tilbage</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>ca. %n s tilbage</numerusform>
            <numerusform>ca. %n s tilbage</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>The language changes the next time OpenMeterTool starts.</source>
        <translation>Sproget skifter, næste gang OpenMeterTool starter.</translation>
    </message>
    <message>
        <source>&amp;Synchronise clock</source>
        <translation>&amp;Synkroniser ur</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not been written to the meter. Quit anyway?</source>
        <translation>
            <numerusform>%n ændring er ikke skrevet til måleren. Afslut alligevel?</numerusform>
            <numerusform>%n ændringer er ikke skrevet til måleren. Afslut alligevel?</numerusform>
        </translation>
    </message>
    <message>
        <source>This write loses data stored in the meter:</source>
        <translation>Denne skrivning sletter data, der er gemt i måleren:</translation>
    </message>
    <message>
        <source>Write anyway</source>
        <translation>Skriv alligevel</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Afbryd</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not been written to the meter.</source>
        <translation>
            <numerusform>%n ændring er ikke skrevet til måleren.</numerusform>
            <numerusform>%n ændringer er ikke skrevet til måleren.</numerusform>
        </translation>
    </message>
    <message>
        <source>They stay in the pages after disconnecting: connect to the meter again to write them, or save them as a template.</source>
        <translation>De bliver på siderne, når forbindelsen afbrydes: forbind til måleren igen for at skrive dem, eller gem dem som skabelon.</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Gem som skabelon…</translation>
    </message>
    <message>
        <source>Configuration templates (*.json);;All files (*)</source>
        <translation>Konfigurationsskabeloner (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Open configuration template</source>
        <translation>Åbn konfigurationsskabelon</translation>
    </message>
    <message>
        <source>Save configuration as template</source>
        <translation>Gem konfigurationen som skabelon</translation>
    </message>
    <message>
        <source>Save pending changes as template</source>
        <translation>Gem ventende ændringer som skabelon</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Gendan sikkerhedskopi</translation>
    </message>
    <message>
        <source>Backups (*.json);;All files (*)</source>
        <translation>Sikkerhedskopier (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Open template…</source>
        <translation>Å&amp;bn skabelon…</translation>
    </message>
    <message>
        <source>Load a configuration template into the pending changes; Write to meter writes it.</source>
        <translation>Indlæs en konfigurationsskabelon i de ventende ændringer; Skriv til måler skriver den.</translation>
    </message>
    <message>
        <source>&amp;Save configuration as template…</source>
        <translation>&amp;Gem konfigurationen som skabelon…</translation>
    </message>
    <message>
        <source>Save &amp;pending changes as template…</source>
        <translation>Gem &amp;ventende ændringer som skabelon…</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>Gen&amp;dan sikkerhedskopi…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Revisionslog…</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemets sprog (%1)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;About OpenMeterTool</source>
        <translation>&amp;Om OpenMeterTool</translation>
    </message>
    <message>
        <source>Connect to the meter to write the changes.</source>
        <translation>Forbind til måleren for at skrive ændringerne.</translation>
    </message>
    <message>
        <source>There are no pending changes to write.</source>
        <translation>Der er ingen ventende ændringer at skrive.</translation>
    </message>
    <message>
        <source>Write the pending changes to the meter.</source>
        <translation>Skriv de ventende ændringer til måleren.</translation>
    </message>
    <message>
        <source>This association cannot set the meter&apos;s clock: connect as installer.</source>
        <translation>Denne association kan ikke stille målerens ur: forbind som installatør.</translation>
    </message>
    <message>
        <source>Set the meter&apos;s clock to this computer&apos;s time.</source>
        <translation>Stil målerens ur efter denne computers tid.</translation>
    </message>
    <message>
        <source>Backup of the old values: %1</source>
        <translation>Sikkerhedskopi af de gamle værdier: %1</translation>
    </message>
    <message>
        <source>Recorded in the audit log %1</source>
        <translation>Registreret i revisionsloggen %1</translation>
    </message>
    <message>
        <source>Written in %1 s.</source>
        <translation>Skrevet på %1 s.</translation>
    </message>
    <message numerus="yes">
        <source>The link was opened again %n time(s) during the write.</source>
        <translation>
            <numerusform>Forbindelsen blev genåbnet %n gang under skrivningen.</numerusform>
            <numerusform>Forbindelsen blev genåbnet %n gange under skrivningen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The meter holds its old configuration.</source>
        <translation>Måleren har sin gamle konfiguration.</translation>
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
        <translation>Navnet, som revisionsloggen registrerer for dine skrivninger (tomt: din kontos navn):</translation>
    </message>
</context>
<context>
    <name>omt::ui::MessageBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Prøv igen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Afvis</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Afvis denne meddelelse</translation>
    </message>
</context>
<context>
    <name>omt::ui::MeterDocument</name>
    <message>
        <source>Lock the CT ratio on the CT ratio page: it asks for the confirmation a permanent lock needs.</source>
        <translation>Lås CT-forholdet på siden CT-forhold: den beder om den bekræftelse, en permanent lås kræver.</translation>
    </message>
    <message>
        <source>Z21 is the CT ratio: a number from 001 to 600.</source>
        <translation>Z21 er CT-forholdet: et tal fra 001 til 600.</translation>
    </message>
    <message>
        <source>The CT ratio is locked in this meter (Z22): Z21 cannot be changed.</source>
        <translation>CT-forholdet er låst i denne måler (Z22): Z21 kan ikke ændres.</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>Sæt %1 til %2</translation>
    </message>
    <message>
        <source>Set the configuration codes</source>
        <translation>Sæt konfigurationskoderne</translation>
    </message>
    <message>
        <source>This meter has no %1 display list.</source>
        <translation>Denne måler har ingen displayliste »%1«.</translation>
    </message>
    <message>
        <source>This meter has no current transformer ratio.</source>
        <translation>Denne måler har intet strømtransformerforhold.</translation>
    </message>
    <message>
        <source>The CT ratio is locked in this meter and can no longer be changed.</source>
        <translation>CT-forholdet er låst i denne måler og kan ikke længere ændres.</translation>
    </message>
    <message>
        <source>The CT ratio is locked and can no longer be changed.</source>
        <translation>CT-forholdet er låst og kan ikke længere ændres.</translation>
    </message>
    <message>
        <source>The ratio must be between %1 and %2.</source>
        <translation>Forholdet skal være mellem %1 og %2.</translation>
    </message>
    <message>
        <source>Set the CT ratio to %1</source>
        <translation>Sæt CT-forholdet til %1</translation>
    </message>
    <message>
        <source>The CT ratio is already locked.</source>
        <translation>CT-forholdet er allerede låst.</translation>
    </message>
    <message>
        <source>The ratio changed since the confirmation; confirm the lock again.</source>
        <translation>Forholdet er ændret siden bekræftelsen; bekræft låsningen igen.</translation>
    </message>
    <message>
        <source>Lock the CT ratio at %1</source>
        <translation>Lås CT-forholdet på %1</translation>
    </message>
    <message>
        <source>%1: code %2 is not available on variant %3 of this meter.</source>
        <translation>%1: koden %2 findes ikke i variant %3 af denne måler.</translation>
    </message>
    <message>
        <source>%1: code %2 is not one of the codes this field allows.</source>
        <translation>%1: koden %2 er ikke en af de koder, feltet tillader.</translation>
    </message>
    <message>
        <source>%1: the CT ratio must be between 001 and 600.</source>
        <translation>%1: CT-forholdet skal være mellem 001 og 600.</translation>
    </message>
    <message>
        <source>%1: the CT ratio is locked and cannot be changed.</source>
        <translation>%1: CT-forholdet er låst og kan ikke ændres.</translation>
    </message>
    <message>
        <source>%1: the CT ratio lock cannot be undone.</source>
        <translation>%1: CT-låsen kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>Backup-powered</source>
        <translation>Batteridrift</translation>
    </message>
    <message>
        <source>%1 is already in the %2 list.</source>
        <translation>%1 er allerede i listen »%2«.</translation>
    </message>
    <message>
        <source>%1 is a historical value: the automatic list cannot show historical values.</source>
        <translation>%1 er en historisk værdi: den automatiske liste kan ikke vise historiske værdier.</translation>
    </message>
    <message>
        <source>%1 is a legal reading: the manual list must always show it.</source>
        <translation>%1 er en lovpligtig aflæsning: den manuelle liste skal altid vise den.</translation>
    </message>
    <message>
        <source>This meter has no %1 list.</source>
        <translation>Denne måler har ingen liste »%1«.</translation>
    </message>
    <message>
        <source>There is no reading at that position.</source>
        <translation>Der er ingen aflæsning på den position.</translation>
    </message>
    <message>
        <source>The value does not fit the display.</source>
        <translation>Værdien kan ikke vises på displayet.</translation>
    </message>
    <message>
        <source>This meter has no tariff calendar.</source>
        <translation>Denne måler har ingen tarifkalender.</translation>
    </message>
    <message>
        <source>This meter has no load control.</source>
        <translation>Denne måler har ingen belastningsstyring.</translation>
    </message>
    <message>
        <source>Tariffs: %1</source>
        <translation>Tariffer: %1</translation>
    </message>
    <message>
        <source>Load control: %1</source>
        <translation>Belastningsstyring: %1</translation>
    </message>
    <message>
        <source>Tariffs</source>
        <translation>Tariffer</translation>
    </message>
    <message>
        <source>Load control</source>
        <translation>Belastningsstyring</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs %n digit(s).</source>
        <translation>
            <numerusform>%1 skal have %n ciffer.</numerusform>
            <numerusform>%1 skal have %n cifre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 list holds at most %n reading(s).</source>
        <translation>
            <numerusform>Listen »%1« kan højst rumme %n aflæsning.</numerusform>
            <numerusform>Listen »%1« kan højst rumme %n aflæsninger.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cover opened: the terminal cover has been opened (tamper, stays set until cleared).</source>
        <translation>Dæksel åbnet: klemdækslet er blevet åbnet (manipulation, forbliver sat, indtil den nulstilles).</translation>
    </message>
    <message>
        <source>Magnetic influence: a strong magnet was detected near the meter (tamper, stays set until cleared).</source>
        <translation>Magnetisk påvirkning: en kraftig magnet blev registreret nær måleren (manipulation, forbliver sat, indtil den nulstilles).</translation>
    </message>
    <message>
        <source>Voltage sag: a phase voltage is below its limit now.</source>
        <translation>Spændingsdyk: en fasespænding er under sin grænse nu.</translation>
    </message>
    <message>
        <source>Voltage swell: a phase voltage is above its limit now.</source>
        <translation>Overspænding: en fasespænding er over sin grænse nu.</translation>
    </message>
    <message>
        <source>THD over limit: the harmonic distortion is above its limit now.</source>
        <translation>THD over grænsen: den harmoniske forvrængning er over sin grænse nu.</translation>
    </message>
    <message>
        <source>Voltage unbalance: the phase voltages differ more than allowed now.</source>
        <translation>Spændingsubalance: fasespændingerne afviger mere end tilladt nu.</translation>
    </message>
    <message>
        <source>Phase missing: a phase has no voltage now.</source>
        <translation>Manglende fase: en fase har ingen spænding nu.</translation>
    </message>
    <message>
        <source>alarm bit %1</source>
        <translation>alarmbit %1</translation>
    </message>
    <message>
        <source>The meter&apos;s clock could not be compared with this computer&apos;s.</source>
        <translation>Målerens ur kunne ikke sammenlignes med denne computers.</translation>
    </message>
    <message>
        <source>The meter&apos;s clock is right (within 1 s).</source>
        <translation>Målerens ur går rigtigt (inden for 1 s).</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dage</numerusform>
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
        <translation>Målerens ur går %1 for langsomt.</translation>
    </message>
    <message>
        <source>The meter&apos;s clock is %1 ahead.</source>
        <translation>Målerens ur går %1 for hurtigt.</translation>
    </message>
    <message>
        <source>Connect to a meter before loading a configuration into it.</source>
        <translation>Forbind til en måler, før du indlæser en konfiguration i den.</translation>
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
        <translation>tilføjet %1 som nr. %2</translation>
    </message>
    <message>
        <source>calendar name: %1</source>
        <translation>kalendernavn: %1</translation>
    </message>
    <message>
        <source>season %1 added: from %2, week profile %3</source>
        <translation>sæson %1 tilføjet: fra %2, ugeprofil %3</translation>
    </message>
    <message>
        <source>season %1: starts %2</source>
        <translation>sæson %1: starter %2</translation>
    </message>
    <message>
        <source>season %1: week profile %2</source>
        <translation>sæson %1: ugeprofil %2</translation>
    </message>
    <message>
        <source>season %1 removed</source>
        <translation>sæson %1 fjernet</translation>
    </message>
    <message>
        <source>week profile %1 added: %2</source>
        <translation>ugeprofil %1 tilføjet: %2</translation>
    </message>
    <message>
        <source>week profile %1, %2: day profile %3</source>
        <translation>ugeprofil %1, %2: døgnprofil %3</translation>
    </message>
    <message>
        <source>week profile %1 removed</source>
        <translation>ugeprofil %1 fjernet</translation>
    </message>
    <message>
        <source>day profile %1 added: %2</source>
        <translation>døgnprofil %1 tilføjet: %2</translation>
    </message>
    <message>
        <source>day profile %1: added %2</source>
        <translation>døgnprofil %1: tilføjet %2</translation>
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
        <translation>særlig dag %1 tilføjet: døgnprofil %2</translation>
    </message>
    <message>
        <source>special day %1: day profile %2</source>
        <translation>særlig dag %1: døgnprofil %2</translation>
    </message>
    <message>
        <source>special day %1 removed</source>
        <translation>særlig dag %1 fjernet</translation>
    </message>
    <message numerus="yes">
        <source>passive calendar %1 added: %n season(s)</source>
        <translation>
            <numerusform>passiv kalender %1 tilføjet: %n sæson</numerusform>
            <numerusform>passiv kalender %1 tilføjet: %n sæsoner</numerusform>
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
        <translation>aktivering af passiv kalender: %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>til</translation>
    </message>
    <message>
        <source>off</source>
        <translation>fra</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>time, then on or off</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>relay %1: %2</source>
        <translation>relæ %1: %2</translation>
    </message>
    <message>
        <source>relay %1, on demand: %2</source>
        <translation>relæ %1, efter behov: %2</translation>
    </message>
    <message>
        <source>relay %1 schedule: added %2</source>
        <translation>relæ %1 tidsplan: tilføjet %2</translation>
    </message>
    <message>
        <source>relay %1 schedule: removed %2</source>
        <translation>relæ %1 tidsplan: fjernet %2</translation>
    </message>
    <message>
        <source>relay %1 schedule: %2</source>
        <translation>relæ %1 tidsplan: %2</translation>
    </message>
    <message>
        <source>relay %1, on in tariffs: %2</source>
        <translation>relæ %1, til i tarifferne: %2</translation>
    </message>
    <message>
        <source>restore the customer&apos;s supply (%1)</source>
        <translation>genopret kundens forsyning (%1)</translation>
    </message>
    <message>
        <source>cut the customer&apos;s supply (%1)</source>
        <translation>afbryd kundens forsyning (%1)</translation>
    </message>
    <message>
        <source>supply control mode: %1</source>
        <translation>forsyningsafbryderens tilstand: %1</translation>
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
        <translation>Displayliste »%1«</translation>
    </message>
    <message>
        <source>CT ratio</source>
        <translation>CT-forhold</translation>
    </message>
    <message>
        <source>CT ratio lock</source>
        <translation>CT-forholdslås</translation>
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
        <translation>ændret</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This meter type does not allow unlocking the CT ratio (Z22) from the optical port.</source>
        <translation>Denne målertype tillader ikke oplåsning af CT-forholdet (Z22) fra den optiske port.</translation>
    </message>
    <message>
        <source>OpenMeterTool does not unlock the CT ratio (Z22): the device profile does not say that this meter type allows it.</source>
        <translation>OpenMeterTool låser ikke CT-forholdet (Z22) op: enhedsprofilen siger ikke, at denne målertype tillader det.</translation>
    </message>
    <message>
        <source>This meter has no configuration codes.</source>
        <translation>Denne måler har ingen konfigurationskoder.</translation>
    </message>
    <message>
        <source>This meter has no load profile %1.</source>
        <translation>Denne måler har ingen lastprofil %1.</translation>
    </message>
    <message>
        <source>This meter does not offer a load profile period of %1.</source>
        <translation>Denne måler tilbyder ikke en lastprofilperiode på %1.</translation>
    </message>
    <message>
        <source>Set the period of load profile %1 to %2</source>
        <translation>Sæt perioden for lastprofil %1 til %2</translation>
    </message>
    <message>
        <source>LOCKED</source>
        <translation>LÅST</translation>
    </message>
    <message>
        <source>Load profile %1 period</source>
        <translation>Lastprofil %1-periode</translation>
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
        <translation>Decimaler i display</translation>
    </message>
    <message>
        <source>LED configuration</source>
        <translation>LED-konfiguration</translation>
    </message>
    <message>
        <source>Primary module configuration</source>
        <translation>Konfiguration af primært modul</translation>
    </message>
    <message>
        <source>Integration period / Load profile period</source>
        <translation>Integrationsperiode / lastprofilperiode</translation>
    </message>
    <message>
        <source>Display configuration</source>
        <translation>Displaykonfiguration</translation>
    </message>
    <message>
        <source>Debiting stop date</source>
        <translation>Debiteringsstopdato</translation>
    </message>
    <message>
        <source>Debiting logging interval</source>
        <translation>Logningsinterval for debitering</translation>
    </message>
    <message>
        <source>Pulse out length / Alarm input</source>
        <translation>Impulslængde ud / alarmindgang</translation>
    </message>
    <message>
        <source>Analysis logger setup</source>
        <translation>Opsætning af analyselogger</translation>
    </message>
    <message>
        <source>Greenwich Mean Time (GMT)</source>
        <translation>Greenwich-tid (GMT)</translation>
    </message>
    <message>
        <source>Unit pulse input</source>
        <translation>Enhed for impulsindgang</translation>
    </message>
    <message>
        <source>Tariff control plan</source>
        <translation>Tarifstyringsplan</translation>
    </message>
    <message>
        <source>Load control plan</source>
        <translation>Belastningsstyringsplan</translation>
    </message>
    <message>
        <source>Daylight saving time / Summer-winter time table</source>
        <translation>Sommertid / sommer-vintertidstabel</translation>
    </message>
    <message>
        <source>Frequency code Protocol</source>
        <translation>Frekvenskode for protokol</translation>
    </message>
    <message>
        <source>Push button 2 setup</source>
        <translation>Opsætning af trykknap 2</translation>
    </message>
    <message>
        <source>1107 configuration</source>
        <translation>1107-konfiguration</translation>
    </message>
    <message>
        <source>Calendar setup</source>
        <translation>Kalenderopsætning</translation>
    </message>
    <message>
        <source>Transformer ratio</source>
        <translation>Transformerforhold</translation>
    </message>
    <message>
        <source>Transformer ratio (unlocked / locked)</source>
        <translation>Transformerforhold (ulåst/låst)</translation>
    </message>
    <message>
        <source>Load profile, based on</source>
        <translation>Lastprofil, baseret på</translation>
    </message>
    <message>
        <source>Pulse output (module)</source>
        <translation>Impulsudgang (modul)</translation>
    </message>
    <message>
        <source>Debitlogger 2 interval</source>
        <translation>Interval for debiteringslogger 2</translation>
    </message>
    <message>
        <source>Alarm configuration</source>
        <translation>Alarmkonfiguration</translation>
    </message>
    <message>
        <source>Load profile data (DLMS)</source>
        <translation>Lastprofildata (DLMS)</translation>
    </message>
    <message>
        <source>Local interface encryption</source>
        <translation>Kryptering af lokalt interface</translation>
    </message>
    <message>
        <source>Load profile configuration</source>
        <translation>Lastprofilkonfiguration</translation>
    </message>
    <message>
        <source>Debit 2 logger configuration</source>
        <translation>Konfiguration af debiteringslogger 2</translation>
    </message>
    <message>
        <source>7.0 [Default]</source>
        <translation>7.0 [standard]</translation>
    </message>
    <message>
        <source>7.1 [Country specific]</source>
        <translation>7.1 [landespecifik]</translation>
    </message>
    <message>
        <source>7.2 [Country specific]</source>
        <translation>7.2 [landespecifik]</translation>
    </message>
    <message>
        <source>LED switched off without consumption</source>
        <translation>LED slukket uden forbrug</translation>
    </message>
    <message>
        <source>LED switched on without consumption</source>
        <translation>LED tændt uden forbrug</translation>
    </message>
    <message>
        <source>No function</source>
        <translation>Ingen funktion</translation>
    </message>
    <message>
        <source>4-tariff</source>
        <translation>4-tarif</translation>
    </message>
    <message>
        <source>4-tariff inverted</source>
        <translation>4-tarif inverteret</translation>
    </message>
    <message>
        <source>Pulse in</source>
        <translation>Impuls ind</translation>
    </message>
    <message>
        <source>Pulse in inv.</source>
        <translation>Impuls ind inv.</translation>
    </message>
    <message>
        <source>Alarm in</source>
        <translation>Alarm ind</translation>
    </message>
    <message>
        <source>Alarm in inverted</source>
        <translation>Alarm ind inverteret</translation>
    </message>
    <message>
        <source>A+ out</source>
        <translation>A+ ud</translation>
    </message>
    <message>
        <source>A- out</source>
        <translation>A- ud</translation>
    </message>
    <message>
        <source>R+ out</source>
        <translation>R+ ud</translation>
    </message>
    <message>
        <source>2-tariff</source>
        <translation>2-tarif</translation>
    </message>
    <message>
        <source>2-tariff inverted</source>
        <translation>2-tarif inverteret</translation>
    </message>
    <message>
        <source>Debiting stop pulse</source>
        <translation>Debiteringsstopimpuls</translation>
    </message>
    <message>
        <source>Load control load</source>
        <translation>Belastningsstyring last</translation>
    </message>
    <message>
        <source>Status control</source>
        <translation>Statusstyring</translation>
    </message>
    <message>
        <source>Load tariff sync</source>
        <translation>Belastningstarif-synk.</translation>
    </message>
    <message>
        <source>Load tariff sync inverted</source>
        <translation>Belastningstarif-synk. inverteret</translation>
    </message>
    <message>
        <source>4-tariff sync load control</source>
        <translation>4-tarif synk. belastningsstyring</translation>
    </message>
    <message>
        <source>4-tariff sync load control inverted</source>
        <translation>4-tarif synk. belastningsstyring inverteret</translation>
    </message>
    <message>
        <source>Load control</source>
        <translation>Belastningsstyring</translation>
    </message>
    <message>
        <source>Load control 1</source>
        <translation>Belastningsstyring 1</translation>
    </message>
    <message>
        <source>Load control 2</source>
        <translation>Belastningsstyring 2</translation>
    </message>
    <message>
        <source>Toggle Load control 1 &amp; 2</source>
        <translation>Skift belastningsstyring 1 &amp; 2</translation>
    </message>
    <message>
        <source>None (externally controlled)</source>
        <translation>Ingen (eksternt styret)</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Månedlig</translation>
    </message>
    <message>
        <source>Every second month</source>
        <translation>Hver anden måned</translation>
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
        <translation>marts</translation>
    </message>
    <message>
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <source>May</source>
        <translation>maj</translation>
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
        <translation>december</translation>
    </message>
    <message>
        <source>30 msec pulse length</source>
        <translation>30 ms impulslængde</translation>
    </message>
    <message>
        <source>80 msec pulse length</source>
        <translation>80 ms impulslængde</translation>
    </message>
    <message>
        <source>Alarm input deactivated</source>
        <translation>Alarmindgang deaktiveret</translation>
    </message>
    <message>
        <source>Alarm input active</source>
        <translation>Alarmindgang aktiv</translation>
    </message>
    <message>
        <source>Default setup</source>
        <translation>Standardopsætning</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Tariff disabled</source>
        <translation>Tarif deaktiveret</translation>
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
        <translation>Belastningsstyring deaktiveret</translation>
    </message>
    <message>
        <source>No PB2 setup</source>
        <translation>Ingen PB2-opsætning</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiveret</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiveret</translation>
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
        <translation>Baseret på sekundær energi</translation>
    </message>
    <message>
        <source>Based on primary energy</source>
        <translation>Baseret på primær energi</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daglig</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Ugentlig</translation>
    </message>
    <message>
        <source>No alarms enabled</source>
        <translation>Ingen alarmer aktiveret</translation>
    </message>
    <message>
        <source>Absolute values</source>
        <translation>Absolutte værdier</translation>
    </message>
    <message>
        <source>Delta values</source>
        <translation>Deltaværdier</translation>
    </message>
    <message>
        <source>order-form specific setting</source>
        <translation>indstilling fra bestillingsformular</translation>
    </message>
    <message>
        <source>unknown code</source>
        <translation>ukendt kode</translation>
    </message>
    <message>
        <source>Active energy A+ total</source>
        <translation>Aktiv energi A+ i alt</translation>
    </message>
    <message>
        <source>Active energy A- total</source>
        <translation>Aktiv energi A- i alt</translation>
    </message>
    <message>
        <source>Reactive energy R+ total</source>
        <translation>Reaktiv energi R+ i alt</translation>
    </message>
    <message>
        <source>Reactive energy R- total</source>
        <translation>Reaktiv energi R- i alt</translation>
    </message>
    <message>
        <source>Apparent energy E+ total</source>
        <translation>Tilsyneladende energi E+ i alt</translation>
    </message>
    <message>
        <source>Apparent energy E- total</source>
        <translation>Tilsyneladende energi E- i alt</translation>
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
        <translation>sidste debiteringsperiode</translation>
    </message>
    <message>
        <source>Peak power P+max</source>
        <translation>Spidseffekt P+max</translation>
    </message>
    <message>
        <source>Accumulated peak power P+max acc</source>
        <translation>Akkumuleret spidseffekt P+max acc</translation>
    </message>
    <message>
        <source>Peak power Q+max</source>
        <translation>Spidseffekt Q+max</translation>
    </message>
    <message>
        <source>Peak power S+max</source>
        <translation>Spidseffekt S+max</translation>
    </message>
    <message>
        <source>Peak power S-max</source>
        <translation>Spidseffekt S-max</translation>
    </message>
    <message>
        <source>Voltage</source>
        <translation>Spænding</translation>
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
        <translation>Aktiv effekt P+ i alt</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frekvens</translation>
    </message>
    <message>
        <source>Current transformer ratio</source>
        <translation>Strømtransformerforhold</translation>
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
        <translation>Timetæller</translation>
    </message>
    <message>
        <source>Debiting stop counter</source>
        <translation>Tæller for debiteringsstop</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Landekode</translation>
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
        <translation>Ingen afbryder</translation>
    </message>
    <message>
        <source>No radio</source>
        <translation>Ingen radio</translation>
    </message>
    <message>
        <source>Radio (for OMNIA)</source>
        <translation>Radio (til OMNIA)</translation>
    </message>
    <message>
        <source>Supercap + battery</source>
        <translation>Superkondensator + batteri</translation>
    </message>
    <message>
        <source>S0 output</source>
        <translation>S0-udgang</translation>
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
        <translation>Standardlayout</translation>
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
        <translation>APS + 2x belastningsstyring + 1x impulsudgang</translation>
    </message>
    <message>
        <source>2x load ctrl + 1x pulse out</source>
        <translation>2x belastningsstyring + 1x impulsudgang</translation>
    </message>
    <message>
        <source>APS + 1x pulse out</source>
        <translation>APS + 1x impulsudgang</translation>
    </message>
    <message>
        <source>Supercap</source>
        <translation>Superkondensator</translation>
    </message>
    <message>
        <source>3 days capacity</source>
        <translation>3 dages kapacitet</translation>
    </message>
    <message>
        <source>7 days capacity</source>
        <translation>7 dages kapacitet</translation>
    </message>
    <message>
        <source>3 days capacity and last gasp</source>
        <translation>3 dages kapacitet og last gasp</translation>
    </message>
    <message>
        <source>7 days capacity and last gasp</source>
        <translation>7 dages kapacitet og last gasp</translation>
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
        <translation>indgang</translation>
    </message>
    <message>
        <source>output</source>
        <translation>udgang</translation>
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
        <translation>%1 tarif %2</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>Generation %1</source>
        <translation>Generation %1</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Revision %1</translation>
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
        <translation>Tilsyneladende energi E+</translation>
    </message>
    <message>
        <source>Apparent energy E-</source>
        <translation>Tilsyneladende energi E-</translation>
    </message>
    <message>
        <source>order-form specific setting (device profile)</source>
        <translation>indstilling fra bestillingsformular (enhedsprofil)</translation>
    </message>
</context>
<context>
    <name>omt::ui::OverviewPage</name>
    <message>
        <source>Position</source>
        <translation>Position</translation>
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
        <translation>Aflæsning</translation>
    </message>
    <message>
        <source>OBIS</source>
        <translation>OBIS</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Måler</translation>
    </message>
    <message>
        <source>Not connected. Choose a meter above and press Connect.</source>
        <translation>Ikke forbundet. Vælg en måler ovenfor, og tryk på Forbind.</translation>
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
        <translation>Firmware %1</translation>
    </message>
    <message>
        <source>Type number %1</source>
        <translation>Typenummer %1</translation>
    </message>
    <message>
        <source>The type number does not decode: %1</source>
        <translation>Typenummeret kan ikke afkodes: %1</translation>
    </message>
    <message>
        <source>&amp;Synchronise clock</source>
        <translation>&amp;Synkroniser ur</translation>
    </message>
    <message>
        <source>Voltage U</source>
        <translation>Spænding U</translation>
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
        <translation>Ur</translation>
    </message>
    <message>
        <source>Alarms and tamper</source>
        <translation>Alarmer og manipulation</translation>
    </message>
    <message>
        <source>Instantaneous values</source>
        <translation>Øjebliksværdier</translation>
    </message>
    <message>
        <source>Energy registers</source>
        <translation>Energiregistre</translation>
    </message>
    <message>
        <source>Connect to read the meter&apos;s clock.</source>
        <translation>Forbind for at læse målerens ur.</translation>
    </message>
    <message>
        <source>The meter&apos;s clock was not read.</source>
        <translation>Målerens ur blev ikke læst.</translation>
    </message>
    <message>
        <source>This meter&apos;s alarm register was not read.</source>
        <translation>Denne målers alarmregister blev ikke læst.</translation>
    </message>
    <message>
        <source>No alarms.</source>
        <translation>Ingen alarmer.</translation>
    </message>
    <message>
        <source>Set the meter&apos;s clock to this computer&apos;s time (the same instant, in the meter&apos;s own UTC offset) and read it back.</source>
        <translation>Stil målerens ur efter denne computers tid (samme tidspunkt, i målerens egen UTC-forskydning), og læs det tilbage.</translation>
    </message>
    <message>
        <source>Meter clock: %1 (%2)</source>
        <translation>Målerens ur: %1 (%2)</translation>
    </message>
    <message>
        <source>This association cannot set the meter&apos;s clock: connect as installer.</source>
        <translation>Denne association kan ikke stille målerens ur: forbind som installatør.</translation>
    </message>
    <message>
        <source>Load profiles</source>
        <translation>Lastprofiler</translation>
    </message>
    <message>
        <source>Load profile &amp;1 period:</source>
        <translation>Lastprofil &amp;1-periode:</translation>
    </message>
    <message>
        <source>Load profile &amp;2 period:</source>
        <translation>Lastprofil &amp;2-periode:</translation>
    </message>
    <message>
        <source>In the meter: %1. A new period clears this load profile when it is written.</source>
        <translation>I måleren: %1. En ny periode sletter denne lastprofil, når den skrives.</translation>
    </message>
</context>
<context>
    <name>omt::ui::TariffPage</name>
    <message>
        <source>The calendar sets the tariffs.</source>
        <translation>Kalenderen styrer tarifferne.</translation>
    </message>
    <message>
        <source>Tariffs disabled (Z13 %1): the meter counts in T1 only.</source>
        <translation>Tariffer slået fra (Z13 %1): måleren tæller kun i T1.</translation>
    </message>
    <message>
        <source>Module port control (Z13 %1): the module&apos;s tariff inputs set the tariffs, not this calendar.</source>
        <translation>Modulportstyring (Z13 %1): modulets tarifindgange styrer tarifferne, ikke denne kalender.</translation>
    </message>
    <message>
        <source>Register control (Z13 %1): the calendar sets the tariffs.</source>
        <translation>Registerstyring (Z13 %1): kalenderen styrer tarifferne.</translation>
    </message>
    <message>
        <source>Order-form tariff plan (Z13 %1).</source>
        <translation>Tarifplan fra bestillingsformular (Z13 %1).</translation>
    </message>
    <message>
        <source>Activate at</source>
        <translation>Aktivér kl.</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Sæson</translation>
    </message>
    <message>
        <source>Day profile</source>
        <translation>Døgnprofil</translation>
    </message>
    <message>
        <source>Week of the active calendar</source>
        <translation>Uge i den aktive kalender</translation>
    </message>
    <message>
        <source>Season:</source>
        <translation>Sæson:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Switch times as hh:mm, tariffs 1 to 4.</source>
        <translation>Skiftetider som tt:mm, tariffer 1 til 4.</translation>
    </message>
    <message>
        <source>Add switch</source>
        <translation>Tilføj skift</translation>
    </message>
    <message>
        <source>Remove switch</source>
        <translation>Fjern skift</translation>
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
        <translation>Tilføj særlig dag</translation>
    </message>
    <message>
        <source>Remove special day</source>
        <translation>Fjern særlig dag</translation>
    </message>
    <message>
        <source>Special days</source>
        <translation>Særlige dage</translation>
    </message>
    <message>
        <source>Passive calendar</source>
        <translation>Passiv kalender</translation>
    </message>
    <message>
        <source>Day profile %1: from %2 tariff T%3</source>
        <translation>Døgnprofil %1: fra %2 tarif T%3</translation>
    </message>
    <message>
        <source>Add a switch to day profile %1</source>
        <translation>Tilføj et skift til døgnprofil %1</translation>
    </message>
    <message>
        <source>Remove a switch from day profile %1</source>
        <translation>Fjern et skift fra døgnprofil %1</translation>
    </message>
    <message>
        <source>Add the special day %1</source>
        <translation>Tilføj den særlige dag %1</translation>
    </message>
    <message>
        <source>Remove the special day %1</source>
        <translation>Fjern den særlige dag %1</translation>
    </message>
    <message>
        <source>Copy the active calendar to the passive calendar</source>
        <translation>Kopiér den aktive kalender til den passive kalender</translation>
    </message>
    <message>
        <source>Remove the passive calendar</source>
        <translation>Fjern den passive kalender</translation>
    </message>
    <message>
        <source>Activate the passive calendar at %1</source>
        <translation>Aktivér den passive kalender %1</translation>
    </message>
    <message>
        <source>No activation time for the passive calendar</source>
        <translation>Intet aktiveringstidspunkt for den passive kalender</translation>
    </message>
    <message>
        <source>A switch time is hh:mm, from 00:00 to 23:59.</source>
        <translation>Et skiftetidspunkt er tt:mm, fra 00:00 til 23:59.</translation>
    </message>
    <message>
        <source>A tariff is 1, 2, 3 or 4.</source>
        <translation>En tarif er 1, 2, 3 eller 4.</translation>
    </message>
    <message>
        <source>A special day is *-MM-DD (every year) or YYYY-MM-DD.</source>
        <translation>En særlig dag er *-MM-DD (hvert år) eller YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>A day profile is a number from 1 to 255.</source>
        <translation>En døgnprofil er et tal fra 1 til 255.</translation>
    </message>
    <message>
        <source>Change the special day %1</source>
        <translation>Ret den særlige dag %1</translation>
    </message>
    <message>
        <source>%1 (from %2, week %3)</source>
        <translation>%1 (fra %2, uge %3)</translation>
    </message>
    <message>
        <source>Day profile %1</source>
        <translation>Døgnprofil %1</translation>
    </message>
    <message numerus="yes">
        <source>Passive calendar &quot;%1&quot;: %n season(s).</source>
        <translation>
            <numerusform>Passiv kalender &quot;%1&quot;: %n sæson.</numerusform>
            <numerusform>Passiv kalender &quot;%1&quot;: %n sæsoner.</numerusform>
        </translation>
    </message>
    <message>
        <source>No passive calendar.</source>
        <translation>Ingen passiv kalender.</translation>
    </message>
    <message>
        <source>Copy the active calendar to the passive one</source>
        <translation>Kopiér den aktive kalender til den passive</translation>
    </message>
    <message>
        <source>Cannot be written yet: %1</source>
        <translation>Kan ikke skrives endnu: %1</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starter</translation>
    </message>
    <message>
        <source>Week profile</source>
        <translation>Ugeprofil</translation>
    </message>
    <message>
        <source>Each season starts on its date (*-MM-DD) every year and uses its week profile.</source>
        <translation>Hver sæson starter på sin dato (*-MM-DD) hvert år og bruger sin ugeprofil.</translation>
    </message>
    <message>
        <source>Add season</source>
        <translation>Tilføj sæson</translation>
    </message>
    <message>
        <source>Remove season</source>
        <translation>Fjern sæson</translation>
    </message>
    <message>
        <source>Seasons</source>
        <translation>Sæsoner</translation>
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
        <translation>Den døgnprofil (dens nummer), som hver ugedag i ugeprofilen bruger.</translation>
    </message>
    <message>
        <source>Add week profile</source>
        <translation>Tilføj ugeprofil</translation>
    </message>
    <message>
        <source>Remove week profile</source>
        <translation>Fjern ugeprofil</translation>
    </message>
    <message>
        <source>Week profiles</source>
        <translation>Ugeprofiler</translation>
    </message>
    <message>
        <source>season %1</source>
        <translation>sæson %1</translation>
    </message>
    <message>
        <source>Another season already starts on %1.</source>
        <translation>En anden sæson starter allerede %1.</translation>
    </message>
    <message>
        <source>Add the season %1</source>
        <translation>Tilføj sæsonen %1</translation>
    </message>
    <message>
        <source>Change the season %1</source>
        <translation>Ret sæsonen %1</translation>
    </message>
    <message>
        <source>Remove the season %1</source>
        <translation>Fjern sæsonen %1</translation>
    </message>
    <message>
        <source>Add the week profile %1</source>
        <translation>Tilføj ugeprofilen %1</translation>
    </message>
    <message>
        <source>A week profile needs a name.</source>
        <translation>En ugeprofil skal have et navn.</translation>
    </message>
    <message>
        <source>There is already a week profile named %1.</source>
        <translation>Der findes allerede en ugeprofil med navnet %1.</translation>
    </message>
    <message>
        <source>Rename the week profile %1 to %2</source>
        <translation>Omdøb ugeprofilen %1 til %2</translation>
    </message>
    <message>
        <source>Week profile %1: weekday %2 uses day profile %3</source>
        <translation>Ugeprofil %1: ugedag %2 bruger døgnprofil %3</translation>
    </message>
    <message>
        <source>The week profile %1 is used by the season %2.</source>
        <translation>Ugeprofilen %1 bruges af sæsonen %2.</translation>
    </message>
    <message>
        <source>Remove the week profile %1</source>
        <translation>Fjern ugeprofilen %1</translation>
    </message>
    <message>
        <source>A season starts on a date of every year: *-MM-DD.</source>
        <translation>En sæson starter på en dato hvert år: *-MM-DD.</translation>
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
        <translation>til måler</translation>
    </message>
    <message>
        <source>from meter</source>
        <translation>fra måler</translation>
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
        <translation>Afkodet</translation>
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
        <translation>Filter: tekst i en vilkårlig kolonne</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Gem…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Ryd</translation>
    </message>
    <message>
        <source>Requests to and responses from the meter, newest last.</source>
        <translation>Forespørgsler til og svar fra måleren, nyeste sidst.</translation>
    </message>
    <message>
        <source>Save trace</source>
        <translation>Gem sporing</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Tekstfiler (*.txt);;Alle filer (*)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n record(s) to %1.</source>
        <translation>
            <numerusform>Gemte %n post i %1.</numerusform>
            <numerusform>Gemte %n poster i %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trace cannot be saved to %1: %2</source>
        <translation>Sporingen kan ikke gemmes i %1: %2</translation>
    </message>
    <message>
        <source>Select a record to see it in full.</source>
        <translation>Vælg en post for at se den i sin helhed.</translation>
    </message>
    <message>
        <source>Selected record</source>
        <translation>Valgt post</translation>
    </message>
    <message>
        <source>to meter</source>
        <translation>til måler</translation>
    </message>
    <message>
        <source>from meter</source>
        <translation>fra måler</translation>
    </message>
</context>
<context>
    <name>omt::ui::WeekTimeline</name>
    <message>
        <source>Week timeline of the tariffs</source>
        <translation>Ugeoversigt over tarifferne</translation>
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
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Write to meter</source>
        <translation>Skriv til måler</translation>
    </message>
    <message numerus="yes">
        <source>Write these %n change(s) to the meter?</source>
        <translation>
            <numerusform>Skriv denne %n ændring til måleren?</numerusform>
            <numerusform>Skriv disse %n ændringer til måleren?</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup of the old values is saved first. Every value is read back; if anything is refused or reads back wrong, the old values are written back.</source>
        <translation>Først gemmes en sikkerhedskopi af de gamle værdier. Alle værdier læses tilbage; afvises noget eller læses det forkert tilbage, skrives de gamle værdier tilbage.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ændringer</translation>
    </message>
</context>
<context>
    <name>omt::ui::WriteOutcomeDialog</name>
    <message>
        <source>new value</source>
        <translation>ny værdi</translation>
    </message>
    <message>
        <source>old value</source>
        <translation>gammel værdi</translation>
    </message>
    <message>
        <source>unknown — restore the backup</source>
        <translation>ukendt — gendan sikkerhedskopien</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>ikke skrevet</translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation>&amp;Kopiér sti</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Vis i &amp;mappe</translation>
    </message>
    <message>
        <source>&amp;Restore backup</source>
        <translation>&amp;Gendan sikkerhedskopi</translation>
    </message>
    <message>
        <source>Write outcome</source>
        <translation>Resultat af skrivningen</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Indstilling</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Gammel værdi</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Ny værdi</translation>
    </message>
    <message>
        <source>The meter holds</source>
        <translation>Måleren har nu</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Sikkerhedskopifil</translation>
    </message>
    <message>
        <source>Write the old values of this backup back to the connected meter.</source>
        <translation>Skriv de gamle værdier fra denne sikkerhedskopi tilbage til den tilsluttede måler.</translation>
    </message>
    <message>
        <source>Backup of the old values</source>
        <translation>Sikkerhedskopi af de gamle værdier</translation>
    </message>
    <message>
        <source>No backup was saved.</source>
        <translation>Der blev ikke gemt nogen sikkerhedskopi.</translation>
    </message>
</context>
<context>
    <name>omt::ui::ZCodeModel</name>
    <message>
        <source>Pending: the meter holds %1.</source>
        <translation>Afventer: måleren har %1.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Indstilling</translation>
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
