<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>omt::gui::MeterController</name>
    <message>
        <source>Give the meter&apos;s TCP address as host:port, e.g. 10.0.0.5:4059.</source>
        <translation>Ange mätarens TCP-adress som värd:port, t.ex. 10.0.0.5:4059.</translation>
    </message>
    <message>
        <source>Choose the optical head&apos;s serial port or type its path.</source>
        <translation>Välj det optiska huvudets serieport eller skriv in dess sökväg.</translation>
    </message>
    <message>
        <source>The reader association needs the meter&apos;s password.</source>
        <translation>Avläsarassociationen kräver mätarens lösenord.</translation>
    </message>
    <message>
        <source>The key file %1 is not usable (%2).</source>
        <translation>Nyckelfilen %1 går inte att använda (%2).</translation>
    </message>
    <message>
        <source>The installer association needs the meter&apos;s key file (EK and AK).</source>
        <translation>Installatörsassociationen kräver mätarens nyckelfil (EK och AK).</translation>
    </message>
    <message>
        <source>The connection could not start.</source>
        <translation>Anslutningen kunde inte startas.</translation>
    </message>
    <message>
        <source>Opening the connection…</source>
        <translation>Öppnar anslutningen…</translation>
    </message>
    <message>
        <source>Signing on at 300 baud…</source>
        <translation>Loggar in med 300 baud…</translation>
    </message>
    <message>
        <source>Switching to %1 baud…</source>
        <translation>Byter till %1 baud…</translation>
    </message>
    <message>
        <source>Connecting the HDLC link…</source>
        <translation>Kopplar upp HDLC-länken…</translation>
    </message>
    <message>
        <source>HDLC link up.</source>
        <translation>HDLC-länken är uppe.</translation>
    </message>
    <message>
        <source>Opening the association…</source>
        <translation>Öppnar associationen…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Ansluten.</translation>
    </message>
    <message>
        <source>Releasing the association…</source>
        <translation>Släpper associationen…</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Kopplar från…</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Inte ansluten.</translation>
    </message>
    <message>
        <source>Reading the meter…</source>
        <translation>Läser av mätaren…</translation>
    </message>
    <message>
        <source>Read the meter %1.</source>
        <translation>Mätaren %1 är avläst.</translation>
    </message>
    <message>
        <source>CT ratio</source>
        <translation>CT-omsättning</translation>
    </message>
    <message>
        <source>configuration codes</source>
        <translation>konfigurationskoder</translation>
    </message>
    <message>
        <source>CT ratio lock</source>
        <translation>CT-lås</translation>
    </message>
    <message>
        <source>Nothing to write: the meter already holds these values.</source>
        <translation>Inget att skriva: mätaren har redan dessa värden.</translation>
    </message>
    <message>
        <source>the meter does not hold what was written for %1</source>
        <translation>mätaren innehåller inte det som skrevs för %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Misslyckades: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 request, %n attribute(s)</source>
        <translation>
            <numerusform>%1-begäran, %n attribut</numerusform>
            <numerusform>%1-begäran, %n attribut</numerusform>
        </translation>
    </message>
    <message>
        <source>no value</source>
        <translation>inget värde</translation>
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
        <translation>Tariffkalendern kan inte visas: %1</translation>
    </message>
    <message>
        <source>The load control settings cannot be shown: %1</source>
        <translation>Laststyrningens inställningar kan inte visas: %1</translation>
    </message>
    <message>
        <source>tariff plan</source>
        <translation>tariffplan</translation>
    </message>
    <message>
        <source>load control</source>
        <translation>laststyrning</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s), part of a frame</source>
        <translation>
            <numerusform>%n byte, del av en ram</numerusform>
            <numerusform>%n byte, del av en ram</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection closed</source>
        <translation>anslutningen stängdes</translation>
    </message>
    <message>
        <source>The meter&apos;s clock was set to this computer&apos;s time.</source>
        <translation>Mätarens klocka ställdes till den här datorns tid.</translation>
    </message>
    <message>
        <source>Connect to the meter before setting its clock.</source>
        <translation>Anslut till mätaren innan du ställer dess klocka.</translation>
    </message>
    <message>
        <source>This meter&apos;s clock was not read; it cannot be set.</source>
        <translation>Den här mätarens klocka lästes inte; den kan inte ställas.</translation>
    </message>
    <message>
        <source>The meter&apos;s clock cannot be set: its time does not decode (%1).</source>
        <translation>Mätarens klocka kan inte ställas: dess tid går inte att avkoda (%1).</translation>
    </message>
    <message>
        <source>Setting the meter&apos;s clock…</source>
        <translation>Ställer mätarens klocka…</translation>
    </message>
    <message>
        <source>load profile period</source>
        <translation>lastprofilperiod</translation>
    </message>
    <message>
        <source>Changing the load profile period clears the load profile stored in the meter: its history is lost.</source>
        <translation>En ändring av lastprofilperioden raderar lastprofilen som finns lagrad i mätaren: dess historik går förlorad.</translation>
    </message>
    <message>
        <source>Writing %1 loses data stored in the meter.</source>
        <translation>Att skriva %1 raderar data som finns lagrade i mätaren.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Ingenting skrevs.</translation>
    </message>
    <message>
        <source>Checking the restored values…</source>
        <translation>Kontrollerar de återställda värdena…</translation>
    </message>
    <message>
        <source>Reading back what was written…</source>
        <translation>Läser tillbaka det som skrevs…</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Återställer %1…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Skriver %1…</translation>
    </message>
    <message>
        <source>writing %1 failed: %2</source>
        <translation>skrivningen av %1 misslyckades: %2</translation>
    </message>
    <message>
        <source>automatic display list</source>
        <translation>automatisk displaylista</translation>
    </message>
    <message>
        <source>manual display list</source>
        <translation>manuell displaylista</translation>
    </message>
    <message>
        <source>backup-powered display list</source>
        <translation>displaylista vid batteridrift</translation>
    </message>
    <message>
        <source>Search for the Bluetooth head, or type its address like 00:1A:7D:DA:71:13.</source>
        <translation>Sök efter Bluetooth-huvudet eller skriv dess adress, till exempel 00:1A:7D:DA:71:13.</translation>
    </message>
    <message>
        <source>The clock was set, but reading it back failed.</source>
        <translation>Klockan ställdes, men tillbakaläsningen misslyckades.</translation>
    </message>
    <message>
        <source>the connection could not start</source>
        <translation>anslutningen kunde inte startas</translation>
    </message>
    <message>
        <source>the program was closed during the write</source>
        <translation>programmet stängdes under skrivningen</translation>
    </message>
    <message>
        <source>Check the meter&apos;s address and port, and that the meter or its gateway is switched on and reachable; then Connect again.</source>
        <translation>Kontrollera mätarens adress och port och att mätaren eller dess gateway är påslagen och nåbar; tryck sedan på Anslut igen.</translation>
    </message>
    <message>
        <source>Check that the optical head sits squarely on the meter&apos;s optical port (the cable pointing down), that its cable is plugged in and that the meter has power; then Connect again.</source>
        <translation>Kontrollera att det optiska huvudet sitter rakt på mätarens optiska port (med kabeln nedåt), att kabeln är ansluten och att mätaren har ström; tryck sedan på Anslut igen.</translation>
    </message>
    <message>
        <source>Check the network connection to the meter, then Connect again.</source>
        <translation>Kontrollera nätverksanslutningen till mätaren och tryck sedan på Anslut igen.</translation>
    </message>
    <message>
        <source>Check the optical head&apos;s position on the meter and its cable (a USB head that was pulled out must be plugged in again), then Connect.</source>
        <translation>Kontrollera det optiska huvudets placering på mätaren och dess kabel (ett USB-huvud som har dragits ut måste anslutas igen) och tryck sedan på Anslut.</translation>
    </message>
    <message>
        <source>The meter does not accept this HDLC address: check the meter&apos;s address settings, then Connect again.</source>
        <translation>Mätaren godtar inte den här HDLC-adressen: kontrollera mätarens adressinställningar och tryck sedan på Anslut igen.</translation>
    </message>
    <message>
        <source>Type the meter&apos;s reader password again (the connection bar keeps it only for this session), then Connect.</source>
        <translation>Skriv mätarens avläsarlösenord igen (anslutningsfältet sparar det bara under den här sessionen) och tryck sedan på Anslut.</translation>
    </message>
    <message>
        <source>Choose the key file that holds this meter&apos;s EK and AK (keys are per meter), then Connect.</source>
        <translation>Välj nyckelfilen som innehåller den här mätarens EK och AK (varje mätare har egna nycklar) och tryck sedan på Anslut.</translation>
    </message>
    <message>
        <source>Connect again: the tool reads the meter&apos;s invocation counter (0.0.43.1.0.255) before it opens the installer association.</source>
        <translation>Tryck på Anslut igen: programmet läser mätarens invocation counter (0.0.43.1.0.255) innan det öppnar installatörsassociationen.</translation>
    </message>
    <message>
        <source>Check the association (public, reader, installer) and its secret, then Connect again.</source>
        <translation>Kontrollera associationen (publik, avläsare, installatör) och dess lösenord eller nyckelfil och tryck sedan på Anslut igen.</translation>
    </message>
    <message>
        <source>This meter does not have that object; check the meter type and its device profile.</source>
        <translation>Den här mätaren har inte det objektet; kontrollera mätartypen och dess enhetsprofil.</translation>
    </message>
    <message>
        <source>This association may not do that: connect as installer.</source>
        <translation>Den här associationen får inte göra det: anslut som installatör.</translation>
    </message>
    <message>
        <source>Connect again. If it keeps happening, save the trace (Trace page, Save) and send it with a description of the meter.</source>
        <translation>Tryck på Anslut igen. Om felet återkommer, spara spårningen (sidan Spårning, Spara) och skicka den med en beskrivning av mätaren.</translation>
    </message>
    <message>
        <source>Plug the optical head in, or choose its port again in the connection bar (the list is refreshed when it opens).</source>
        <translation>Anslut det optiska huvudet eller välj dess port igen i anslutningsfältet (listan uppdateras när den öppnas).</translation>
    </message>
    <message>
        <source>Close the other program that has the port open, then Connect again.</source>
        <translation>Stäng det andra programmet som har porten öppen och tryck sedan på Anslut igen.</translation>
    </message>
    <message>
        <source>Your user may not open serial ports: add it to the dialout group (sudo usermod -aG dialout $USER), log out and in again, then Connect.</source>
        <translation>Din användare får inte öppna serieportar: lägg till den i gruppen dialout (sudo usermod -aG dialout $USER), logga ut och in igen och tryck sedan på Anslut.</translation>
    </message>
    <message>
        <source>Your user may not open this port: ask the computer&apos;s administrator.</source>
        <translation>Din användare får inte öppna den här porten: fråga datorns administratör.</translation>
    </message>
    <message>
        <source>Check the meter&apos;s address and port, then Connect again.</source>
        <translation>Kontrollera mätarens adress och port och tryck sedan på Anslut igen.</translation>
    </message>
    <message>
        <source>Connect again.</source>
        <translation>Tryck på Anslut igen.</translation>
    </message>
    <message>
        <source>Start the computer&apos;s Bluetooth service or plug in a Bluetooth adapter, then Connect again.</source>
        <translation>Starta datorns Bluetooth-tjänst eller anslut en Bluetooth-adapter och tryck sedan på Anslut igen.</translation>
    </message>
    <message>
        <source>Switch Bluetooth on, then Connect again.</source>
        <translation>Slå på Bluetooth och tryck sedan på Anslut igen.</translation>
    </message>
    <message>
        <source>Pair the Bluetooth head in the system&apos;s Bluetooth settings, then Connect again.</source>
        <translation>Parkoppla Bluetooth-huvudet i systemets Bluetooth-inställningar och tryck sedan på Anslut igen.</translation>
    </message>
    <message>
        <source>Choose the Bluetooth optical head, not another Bluetooth device.</source>
        <translation>Välj det optiska Bluetooth-huvudet, inte en annan Bluetooth-enhet.</translation>
    </message>
    <message>
        <source>This optical port offers only a data readout; configure the meter through a port that offers DLMS (mode E).</source>
        <translation>Den här optiska porten erbjuder bara en dataavläsning; konfigurera mätaren via en port som erbjuder DLMS (mode E).</translation>
    </message>
    <message>
        <source>A write to the meter is under way: wait for it to finish.</source>
        <translation>En skrivning till mätaren pågår: vänta tills den är klar.</translation>
    </message>
    <message>
        <source>Restart OpenMeterTool.</source>
        <translation>Starta om OpenMeterTool.</translation>
    </message>
    <message>
        <source>“%1” is not a TCP address.</source>
        <translation>”%1” är ingen TCP-adress.</translation>
    </message>
    <message>
        <source>No Bluetooth head is chosen.</source>
        <translation>Inget Bluetooth-huvud är valt.</translation>
    </message>
    <message>
        <source>No serial port is chosen.</source>
        <translation>Ingen serieport är vald.</translation>
    </message>
    <message>
        <source>Type the reader password in the connection bar, then Connect.</source>
        <translation>Skriv avläsarlösenordet i anslutningsfältet och tryck sedan på Anslut.</translation>
    </message>
    <message>
        <source>Choose the key file in the connection bar, then Connect.</source>
        <translation>Välj nyckelfilen i anslutningsfältet och tryck sedan på Anslut.</translation>
    </message>
    <message>
        <source>Choose a key file with lines EK = &lt;32 hex digits&gt; and AK = &lt;32 hex digits&gt;, then Connect.</source>
        <translation>Välj en nyckelfil med raderna EK = &lt;32 hexsiffror&gt; och AK = &lt;32 hexsiffror&gt; och tryck sedan på Anslut.</translation>
    </message>
    <message>
        <source>cancelled while connecting again</source>
        <translation>avbrutet under återanslutningen</translation>
    </message>
    <message>
        <source>Stopping the write: what was written is being put back…</source>
        <translation>Stoppar skrivningen: de gamla värdena skrivs tillbaka…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message>
        <source>Connecting again to finish the write: %1</source>
        <translation>Ansluter igen för att slutföra skrivningen: %1</translation>
    </message>
    <message>
        <source>Connected again: the write goes on.</source>
        <translation>Ansluten igen: skrivningen fortsätter.</translation>
    </message>
    <message>
        <source>The connection closed.</source>
        <translation>Anslutningen stängdes.</translation>
    </message>
    <message>
        <source>Connecting to the meter failed.</source>
        <translation>Anslutningen till mätaren misslyckades.</translation>
    </message>
    <message>
        <source>The link to the meter was lost.</source>
        <translation>Förbindelsen med mätaren bröts.</translation>
    </message>
    <message>
        <source>Reading the meter failed.</source>
        <translation>Avläsningen av mätaren misslyckades.</translation>
    </message>
    <message>
        <source>The clock was not set.</source>
        <translation>Klockan ställdes inte.</translation>
    </message>
    <message>
        <source>Connect to a meter first.</source>
        <translation>Anslut först till en mätare.</translation>
    </message>
    <message>
        <source>The meter refused the new time (%1).</source>
        <translation>Mätaren avvisade den nya tiden (%1).</translation>
    </message>
    <message>
        <source>Connect as installer to set the meter&apos;s clock.</source>
        <translation>Anslut som installatör för att ställa mätarens klocka.</translation>
    </message>
    <message>
        <source>This meter does not say which type it is.</source>
        <translation>Den här mätaren anger inte vilken typ den är.</translation>
    </message>
    <message>
        <source>Connect as reader or installer to read its type number.</source>
        <translation>Anslut som avläsare eller installatör för att läsa dess typnummer.</translation>
    </message>
    <message>
        <source>The device profile for this meter cannot be used.</source>
        <translation>Enhetsprofilen för den här mätaren går inte att använda.</translation>
    </message>
    <message>
        <source>Reinstall OpenMeterTool, or correct the profile file the message names.</source>
        <translation>Installera om OpenMeterTool eller rätta profilfilen som meddelandet nämner.</translation>
    </message>
    <message>
        <source>Nothing was written: not connected.</source>
        <translation>Ingenting skrevs: inte ansluten.</translation>
    </message>
    <message>
        <source>Connect to the meter, then Write again: the pending changes are kept.</source>
        <translation>Anslut till mätaren och välj sedan ”Skriv till mätaren” igen: de väntande ändringarna finns kvar.</translation>
    </message>
    <message>
        <source>Nothing was written: the pending plans break the meter&apos;s rules.</source>
        <translation>Ingenting skrevs: de väntande planerna bryter mot mätarens regler.</translation>
    </message>
    <message>
        <source>Correct what the pages mark, then Write again.</source>
        <translation>Rätta det som sidorna markerar och välj sedan ”Skriv till mätaren” igen.</translation>
    </message>
    <message>
        <source>Correct the pending changes the message names, then Write again.</source>
        <translation>Rätta de väntande ändringar som meddelandet nämner och välj sedan ”Skriv till mätaren” igen.</translation>
    </message>
    <message>
        <source>Nothing to restore: the meter already holds the backup&apos;s values.</source>
        <translation>Inget att återställa: mätaren har redan säkerhetskopians värden.</translation>
    </message>
    <message>
        <source>Nothing to write.</source>
        <translation>Inget att skriva.</translation>
    </message>
    <message>
        <source>Nothing was written: the backup of the old values could not be saved.</source>
        <translation>Ingenting skrevs: säkerhetskopian av de gamla värdena kunde inte sparas.</translation>
    </message>
    <message>
        <source>Free some disk space or fix the folder&apos;s permissions, then Write again.</source>
        <translation>Frigör diskutrymme eller rätta mappens behörigheter och välj sedan ”Skriv till mätaren” igen.</translation>
    </message>
    <message>
        <source>Nothing was written: the audit log could not be written.</source>
        <translation>Ingenting skrevs: granskningsloggen kunde inte skrivas.</translation>
    </message>
    <message>
        <source>Free some disk space or fix the audit log&apos;s permissions, then Write again.</source>
        <translation>Frigör diskutrymme eller rätta granskningsloggens behörigheter och välj sedan ”Skriv till mätaren” igen.</translation>
    </message>
    <message>
        <source>Nothing was written: the write journal could not be saved.</source>
        <translation>Ingenting skrevs: skrivjournalen kunde inte sparas.</translation>
    </message>
    <message>
        <source>Free some disk space, then Write again.</source>
        <translation>Frigör diskutrymme och välj sedan ”Skriv till mätaren” igen.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbrutet</translation>
    </message>
    <message>
        <source>The link to the meter was lost: connecting again to finish the write safely.</source>
        <translation>Förbindelsen med mätaren bröts: ansluter igen för att slutföra skrivningen säkert.</translation>
    </message>
    <message numerus="yes">
        <source>Connecting again in %n s (attempt %1 of %2)…</source>
        <translation>
            <numerusform>Ansluter igen om %n s (försök %1 av %2)…</numerusform>
            <numerusform>Ansluter igen om %n s (försök %1 av %2)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written and verified.</source>
        <translation>
            <numerusform>%n ändring skriven och kontrollerad.</numerusform>
            <numerusform>%n ändringar skrivna och kontrollerade.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was restored and verified.</source>
        <translation>Säkerhetskopian återställdes och kontrollerades.</translation>
    </message>
    <message>
        <source>The write was cancelled: the meter holds its old configuration.</source>
        <translation>Skrivningen avbröts: mätaren har sin gamla konfiguration.</translation>
    </message>
    <message>
        <source>The write failed: the meter holds its old configuration.</source>
        <translation>Skrivningen misslyckades: mätaren har sin gamla konfiguration.</translation>
    </message>
    <message>
        <source>The write failed and the old values could not all be put back: the meter may hold part of it.</source>
        <translation>Skrivningen misslyckades och alla gamla värden kunde inte skrivas tillbaka: mätaren kan innehålla en del av de nya värdena.</translation>
    </message>
    <message>
        <source>%1; restoring: %2</source>
        <translation>%1; vid återställningen: %2</translation>
    </message>
    <message>
        <source>The CT ratio lock was written but does not read back; it cannot be undone.</source>
        <translation>Låsningen av CT-omsättningen skrevs men kan inte läsas tillbaka; den kan inte ångras.</translation>
    </message>
    <message>
        <source>The audit log could not be written: %1</source>
        <translation>Granskningsloggen kunde inte skrivas: %1</translation>
    </message>
    <message>
        <source>The audit log cannot be written: %1</source>
        <translation>Granskningsloggen kan inte skrivas: %1</translation>
    </message>
    <message>
        <source>The backup cannot be read.</source>
        <translation>Säkerhetskopian kan inte läsas.</translation>
    </message>
    <message>
        <source>Choose the backup file again.</source>
        <translation>Välj säkerhetskopiefilen igen.</translation>
    </message>
    <message>
        <source>%1 is not a backup this version can restore.</source>
        <translation>%1 är ingen säkerhetskopia som den här versionen kan återställa.</translation>
    </message>
    <message>
        <source>Choose a backup saved by OpenMeterTool or omt.</source>
        <translation>Välj en säkerhetskopia som har sparats av OpenMeterTool eller omt.</translation>
    </message>
    <message>
        <source>Connect to meter %1 as installer to restore this backup.</source>
        <translation>Anslut till mätare %1 som installatör för att återställa den här säkerhetskopian.</translation>
    </message>
    <message>
        <source>Connect, then choose Restore backup again.</source>
        <translation>Tryck på Anslut och välj sedan ”Återställ säkerhetskopia” igen.</translation>
    </message>
    <message>
        <source>This backup is of meter %1, not of the connected meter %2.</source>
        <translation>Den här säkerhetskopian är från mätare %1, inte från den anslutna mätaren %2.</translation>
    </message>
    <message>
        <source>Connect to meter %1, then restore it.</source>
        <translation>Anslut till mätare %1 och återställ den sedan.</translation>
    </message>
    <message>
        <source>The backup does not fit this meter.</source>
        <translation>Säkerhetskopian passar inte den här mätaren.</translation>
    </message>
    <message>
        <source>Connect to a meter before opening a template.</source>
        <translation>Anslut till en mätare innan du öppnar en mall.</translation>
    </message>
    <message>
        <source>The template&apos;s values become pending changes of the connected meter.</source>
        <translation>Mallens värden blir väntande ändringar för den anslutna mätaren.</translation>
    </message>
    <message>
        <source>The template cannot be read.</source>
        <translation>Mallen kan inte läsas.</translation>
    </message>
    <message>
        <source>%1 is not a configuration template this version reads.</source>
        <translation>%1 är ingen konfigurationsmall som den här versionen kan läsa.</translation>
    </message>
    <message>
        <source>Choose a template saved by OpenMeterTool or `omt config show --json`.</source>
        <translation>Välj en mall som har sparats av OpenMeterTool eller `omt config show --json`.</translation>
    </message>
    <message>
        <source>The template does not fit this meter.</source>
        <translation>Mallen passar inte den här mätaren.</translation>
    </message>
    <message>
        <source>Open template %1</source>
        <translation>Öppna mallen %1</translation>
    </message>
    <message>
        <source>The template&apos;s changes are pending: check them, then Write to meter.</source>
        <translation>Mallens ändringar väntar: kontrollera dem och välj sedan ”Skriv till mätaren”.</translation>
    </message>
    <message>
        <source>Connect to a meter before saving a template.</source>
        <translation>Anslut till en mätare innan du sparar en mall.</translation>
    </message>
    <message>
        <source>The pending configuration cannot be saved.</source>
        <translation>Den väntande konfigurationen kan inte sparas.</translation>
    </message>
    <message>
        <source>Correct the pending changes the message names.</source>
        <translation>Rätta de väntande ändringar som meddelandet nämner.</translation>
    </message>
    <message>
        <source>The template could not be saved.</source>
        <translation>Mallen kunde inte sparas.</translation>
    </message>
    <message>
        <source>Saved the template %1.</source>
        <translation>Mallen %1 har sparats.</translation>
    </message>
    <message>
        <source>A write journal entry cannot be read: %1</source>
        <translation>En post i skrivjournalen kan inte läsas: %1</translation>
    </message>
    <message>
        <source>This association cannot set the meter&apos;s clock.</source>
        <translation>Den här associationen kan inte ställa mätarens klocka.</translation>
    </message>
    <message>
        <source>load profile 2 period</source>
        <translation>period för lastprofil 2</translation>
    </message>
    <message>
        <source>CT ratio unlock</source>
        <translation>upplåsning av CT-omsättningen</translation>
    </message>
</context>
<context>
    <name>omt::link</name>
    <message>
        <source>No answer on %1: check that the head is on the optical port and the cable, and that the meter is powered.</source>
        <translation>Inget svar på %1: kontrollera att huvudet sitter på den optiska porten, kabeln, och att mätaren har ström.</translation>
    </message>
    <message>
        <source>The meter&apos;s sign-on answer was not usable (%1).</source>
        <translation>Mätarens svar på inloggningen gick inte att använda (%1).</translation>
    </message>
    <message>
        <source>The meter refused the HDLC connection (%1): check the client and server addresses.</source>
        <translation>Mätaren avvisade HDLC-anslutningen (%1): kontrollera klient- och serveradresserna.</translation>
    </message>
    <message>
        <source>The link to the meter was lost (%1).</source>
        <translation>Förbindelsen med mätaren bröts (%1).</translation>
    </message>
    <message>
        <source>The meter rejected the association: wrong password (LLS).</source>
        <translation>Mätaren avvisade associationen: fel lösenord (LLS).</translation>
    </message>
    <message>
        <source>The meter rejected the association: the encryption or authentication key is wrong.</source>
        <translation>Mätaren avvisade associationen: krypterings- eller autentiseringsnyckeln är fel.</translation>
    </message>
    <message>
        <source>The meter&apos;s answer fails authentication: the encryption or authentication key is wrong.</source>
        <translation>Mätarens svar klarar inte autentiseringen: krypterings- eller autentiseringsnyckeln är fel.</translation>
    </message>
    <message>
        <source>Invocation counter too low (%1): the frame counter must be read and set again.</source>
        <translation>Invocation counter för låg (%1): ramräknaren måste läsas och ställas in igen.</translation>
    </message>
    <message>
        <source>The meter rejected the association (%1).</source>
        <translation>Mätaren avvisade associationen (%1).</translation>
    </message>
    <message>
        <source>Object %1 is not in this meter&apos;s association.</source>
        <translation>Objektet %1 finns inte i den här mätarens association.</translation>
    </message>
    <message>
        <source>Access to %1 is denied in this association.</source>
        <translation>Åtkomst till %1 nekas i den här associationen.</translation>
    </message>
    <message>
        <source>The meter refused %1.</source>
        <translation>Mätaren vägrade %1.</translation>
    </message>
    <message>
        <source>The meter refused the request (%1).</source>
        <translation>Mätaren avvisade begäran (%1).</translation>
    </message>
    <message>
        <source>The meter&apos;s answer could not be understood (%1).</source>
        <translation>Mätarens svar gick inte att tolka (%1).</translation>
    </message>
    <message>
        <source>Port %1 does not exist.</source>
        <translation>Porten %1 finns inte.</translation>
    </message>
    <message>
        <source>Port %1 is in use by another program.</source>
        <translation>Porten %1 används av ett annat program.</translation>
    </message>
    <message>
        <source>No permission to open %1.</source>
        <translation>Behörighet saknas för att öppna %1.</translation>
    </message>
    <message>
        <source>Port error: %1.</source>
        <translation>Portfel: %1.</translation>
    </message>
    <message>
        <source>Nobody accepts connections at %1.</source>
        <translation>Ingen tar emot anslutningar på %1.</translation>
    </message>
    <message>
        <source>Host %1 not found.</source>
        <translation>Värden %1 hittades inte.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message>
        <source>The connection is not ready for this request (%1).</source>
        <translation>Anslutningen är inte redo för den här begäran (%1).</translation>
    </message>
    <message>
        <source>No Bluetooth adapter found on this computer (or the Bluetooth service is not running).</source>
        <translation>Ingen Bluetooth-adapter hittades på den här datorn (eller så körs inte Bluetooth-tjänsten).</translation>
    </message>
    <message>
        <source>The Bluetooth adapter is switched off: switch it on and try again.</source>
        <translation>Bluetooth-adaptern är avstängd: slå på den och försök igen.</translation>
    </message>
    <message>
        <source>Pair the Bluetooth head with this computer first (%1).</source>
        <translation>Parkoppla först Bluetooth-huvudet med den här datorn (%1).</translation>
    </message>
    <message>
        <source>The Bluetooth device %1 offers no serial service: is it an optical head?</source>
        <translation>Bluetooth-enheten %1 erbjuder ingen seriell tjänst: är det ett optiskt huvud?</translation>
    </message>
    <message>
        <source>The meter (%1) offers only an IEC 62056-21 mode C data readout, no DLMS on this port: only its data readout can be read.</source>
        <translation>Mätaren (%1) erbjuder bara en dataavläsning enligt IEC 62056-21 mode C och ingen DLMS på den här porten: bara dataavläsningen kan läsas.</translation>
    </message>
    <message>
        <source>the meter&apos;s answer holds no result</source>
        <translation>mätarens svar innehåller inget resultat</translation>
    </message>
    <message>
        <source>the meter refused %1 (%2)</source>
        <translation>mätaren avvisade %1 (%2)</translation>
    </message>
    <message>
        <source>the meter refused action %1 (%2)</source>
        <translation>mätaren avvisade åtgärden %1 (%2)</translation>
    </message>
    <message>
        <source>the meter answered a write with something else</source>
        <translation>mätaren svarade på en skrivning med något annat</translation>
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
        <translation>Konfigurerar och läser av DLMS/COSEM-elmätare (Kamstrup OMNIPOWER CT och OMNIA) via ett optiskt huvud.</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (byggt med Qt %2)</translation>
    </message>
    <message>
        <source>OpenSSL: %1</source>
        <translation>OpenSSL: %1</translation>
    </message>
    <message>
        <source>Licence: see the licence file distributed with OpenMeterTool.</source>
        <translation>Licens: se licensfilen som följer med OpenMeterTool.</translation>
    </message>
    <message>
        <source>Backups and the audit log: %1</source>
        <translation>Säkerhetskopior och granskningslogg: %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>inte angiven</translation>
    </message>
</context>
<context>
    <name>omt::ui::AuditLogDialog</name>
    <message>
        <source>&amp;Open in another program</source>
        <translation>&amp;Öppna i ett annat program</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <source>Filter: text in any column</source>
        <translation>Filter: text i valfri kolumn</translation>
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
        <translation>Öppna %1 i det program som datorn använder för CSV-filer.</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Läs in igen</translation>
    </message>
    <message>
        <source>No write has been recorded yet.</source>
        <translation>Ingen skrivning har registrerats ännu.</translation>
    </message>
    <message>
        <source>The audit log %1 cannot be read: %2</source>
        <translation>Granskningsloggen %1 kan inte läsas: %2</translation>
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
            <numerusform>%n rad är ingen post; den visas som den står i filen.</numerusform>
            <numerusform>%n rader är inga poster; de visas som de står i filen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omt::ui::AuditLogModel</name>
    <message>
        <source>not a record (line %1): a quoted field is not closed</source>
        <translation>ingen post (rad %1): ett citerat fält avslutas inte</translation>
    </message>
    <message>
        <source>not a record (line %1): text after a closing quote</source>
        <translation>ingen post (rad %1): text efter ett avslutande citattecken</translation>
    </message>
    <message>
        <source>not a record (line %1): a quote inside a field</source>
        <translation>ingen post (rad %1): ett citattecken inne i ett fält</translation>
    </message>
    <message numerus="yes">
        <source>not a record (line %1): %n field(s) instead of 7</source>
        <translation>
            <numerusform>ingen post (rad %1): %n fält i stället för 7</numerusform>
            <numerusform>ingen post (rad %1): %n fält i stället för 7</numerusform>
        </translation>
    </message>
    <message>
        <source>not a record (line %1): the time does not read</source>
        <translation>ingen post (rad %1): tiden går inte att läsa</translation>
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
        <translation>Mätare</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Inställning</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Gammalt värde</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nytt värde</translation>
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
        <translation>Hela konfigurationssträngen; klistra in en för att ställa in alla fält.</translation>
    </message>
    <message>
        <source>&amp;Configuration:</source>
        <translation>&amp;Konfiguration:</translation>
    </message>
    <message>
        <source>In meter:</source>
        <translation>I mätaren:</translation>
    </message>
    <message>
        <source>The configuration string is empty.</source>
        <translation>Konfigurationssträngen är tom.</translation>
    </message>
    <message>
        <source>Only digits and &apos;-&apos; are allowed (position %1).</source>
        <translation>Endast siffror och &apos;-&apos; är tillåtna (position %1).</translation>
    </message>
    <message>
        <source>A configuration has 56 digits; this one has %1.</source>
        <translation>En konfiguration har 56 siffror; den här har %1.</translation>
    </message>
    <message>
        <source>A configuration has 28 fields separated by &apos;-&apos;.</source>
        <translation>En konfiguration har 28 fält åtskilda av &apos;-&apos;.</translation>
    </message>
    <message>
        <source>A field has the wrong number of digits (%1).</source>
        <translation>Ett fält har fel antal siffror (%1).</translation>
    </message>
    <message>
        <source>Connect to a meter to see its configuration.</source>
        <translation>Anslut till en mätare för att se dess konfiguration.</translation>
    </message>
    <message>
        <source>The configuration is valid for variant %1.</source>
        <translation>Konfigurationen är giltig för variant %1.</translation>
    </message>
    <message>
        <source>Connect to a meter to see its configuration codes.</source>
        <translation>Anslut till en mätare för att se dess konfigurationskoder.</translation>
    </message>
    <message>
        <source>The configuration codes cannot be read with the public association. Connect as reader or installer.</source>
        <translation>Konfigurationskoderna kan inte läsas med den publika associationen. Anslut som avläsare eller installatör.</translation>
    </message>
    <message>
        <source>This meter has no configuration codes.</source>
        <translation>Den här mätaren har inga konfigurationskoder.</translation>
    </message>
</context>
<context>
    <name>omt::ui::ConnectionBar</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Anslut</translation>
    </message>
    <message>
        <source>Meter connection</source>
        <translation>Mätaranslutning</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Key file (EK/AK)</source>
        <translation>Nyckelfil (EK/AK)</translation>
    </message>
    <message>
        <source>Public (no security)</source>
        <translation>Publik (ingen säkerhet)</translation>
    </message>
    <message>
        <source>Reader (password)</source>
        <translation>Avläsare (lösenord)</translation>
    </message>
    <message>
        <source>Installer (HLS keys)</source>
        <translation>Installatör (HLS-nycklar)</translation>
    </message>
    <message>
        <source>&amp;Meter:</source>
        <translation>Mä&amp;tare:</translation>
    </message>
    <message>
        <source>Demo meter: OMNIPOWER CT</source>
        <translation>Demomätare: OMNIPOWER CT</translation>
    </message>
    <message>
        <source>Demo meter: OMNIA e-meter</source>
        <translation>Demomätare: OMNIA e-meter</translation>
    </message>
    <message>
        <source>Optical head: %1</source>
        <translation>Optiskt huvud: %1</translation>
    </message>
    <message>
        <source>Optical head: other port…</source>
        <translation>Optiskt huvud: annan port…</translation>
    </message>
    <message>
        <source>TCP (HDLC or wrapper)…</source>
        <translation>TCP (HDLC eller wrapper)…</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>värd:port</translation>
    </message>
    <message>
        <source>/dev/ttyUSB0</source>
        <translation>/dev/ttyUSB0</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;vbryt</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Koppla från</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>AA:BB:CC:DD:EE:FF</source>
        <translation>AA:BB:CC:DD:EE:FF</translation>
    </message>
    <message>
        <source>Bluetooth head</source>
        <translation>Bluetooth-huvud</translation>
    </message>
    <message>
        <source>Look for Bluetooth optical heads nearby.</source>
        <translation>Sök efter optiska Bluetooth-huvuden i närheten.</translation>
    </message>
    <message>
        <source>Bluetooth head…</source>
        <translation>Bluetooth-huvud…</translation>
    </message>
    <message>
        <source>Choose a head found by Search or type its address (AA:BB:CC:DD:EE:FF).</source>
        <translation>Välj ett huvud som hittats med Sök eller skriv dess adress (AA:BB:CC:DD:EE:FF).</translation>
    </message>
    <message>
        <source>Searching for Bluetooth heads…</source>
        <translation>Söker efter Bluetooth-huvuden…</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
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
        <translation>Inga Bluetooth-huvuden hittades. Är huvudet påslaget och i närheten?</translation>
    </message>
    <message numerus="yes">
        <source>Found %n Bluetooth head(s).</source>
        <translation>
            <numerusform>Hittade %n Bluetooth-huvud.</numerusform>
            <numerusform>Hittade %n Bluetooth-huvuden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Bluetooth adapter found.</source>
        <translation>Ingen Bluetooth-adapter hittades.</translation>
    </message>
    <message>
        <source>The Bluetooth adapter is switched off: switch it on and search again.</source>
        <translation>Bluetooth-adaptern är avstängd: slå på den och sök igen.</translation>
    </message>
    <message>
        <source>This program may not use Bluetooth: allow it in the system settings and search again.</source>
        <translation>Det här programmet får inte använda Bluetooth: tillåt det i systeminställningarna och sök igen.</translation>
    </message>
    <message>
        <source>Bluetooth search is not supported on this system.</source>
        <translation>Bluetooth-sökning stöds inte på det här systemet.</translation>
    </message>
    <message>
        <source>The Bluetooth search failed. Search again.</source>
        <translation>Bluetooth-sökningen misslyckades. Sök igen.</translation>
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
        <translation>&amp;Lås omsättningen…</translation>
    </message>
    <message>
        <source>Any factor from 1 to 600: primary current = factor × secondary.</source>
        <translation>Valfri faktor från 1 till 600: primärström = faktor × sekundärström.</translation>
    </message>
    <message>
        <source>%1 (%2/5 A or %3/1 A)</source>
        <translation>%1 (%2/5 A eller %3/1 A)</translation>
    </message>
    <message>
        <source>In the meter</source>
        <translation>I mätaren</translation>
    </message>
    <message>
        <source>Ratio:</source>
        <translation>Omsättning:</translation>
    </message>
    <message>
        <source>Lock:</source>
        <translation>Lås:</translation>
    </message>
    <message>
        <source>New ratio</source>
        <translation>Ny omsättning</translation>
    </message>
    <message>
        <source>&amp;Standard ratio:</source>
        <translation>&amp;Standardomsättning:</translation>
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
        <translation>CT-omsättningen är redan låst.</translation>
    </message>
    <message>
        <source>Lock the CT ratio permanently</source>
        <translation>Lås CT-omsättningen permanent</translation>
    </message>
    <message>
        <source>This meter has no CT ratio.</source>
        <translation>Den här mätaren har ingen CT-omsättning.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Inte ansluten.</translation>
    </message>
    <message>
        <source>Locked: the ratio can no longer be changed.</source>
        <translation>Låst: omsättningen kan inte längre ändras.</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Olåst</translation>
    </message>
    <message>
        <source>and locked (pending)</source>
        <translation>och låst (väntande)</translation>
    </message>
    <message>
        <source>Lock the CT ratio at %1?

This is PERMANENT: this meter type does not allow unlocking from the optical port (device profile), so once written, the ratio cannot be changed from here again.</source>
        <translation>Lås CT-omsättningen på %1?

Detta är PERMANENT: den här mätartypen tillåter inte upplåsning från den optiska porten (enhetsprofil), så när den väl är skriven kan omsättningen inte ändras härifrån igen.</translation>
    </message>
    <message>
        <source>Lock the CT ratio at %1?

The device profile says this meter type can be unlocked again from the optical port.</source>
        <translation>Lås CT-omsättningen på %1?

Enligt enhetsprofilen kan den här mätartypen låsas upp igen från den optiska porten.</translation>
    </message>
    <message>
        <source>Lock the CT ratio at %1?

Treat this as PERMANENT: the device profile does not say whether this meter type can be unlocked, and OpenMeterTool never unlocks it.</source>
        <translation>Lås CT-omsättningen på %1?

Betrakta det som PERMANENT: enhetsprofilen säger inte om den här mätartypen kan låsas upp, och OpenMeterTool låser aldrig upp den.</translation>
    </message>
    <message>
        <source>Lock the CT ratio</source>
        <translation>Lås CT-omsättningen</translation>
    </message>
    <message>
        <source>The factor is the transformer&apos;s primary current divided by its secondary current (5 A or 1 A, set by the meter&apos;s type). The display shows primary energy (secondary energy × factor); the S0 output counts secondary energy; Z23 and Z24 choose the basis of the load profile and of the module&apos;s pulse output.</source>
        <translation>Faktorn är transformatorns primärström delad med dess sekundärström (5 A eller 1 A, bestämt av mätarens typ). Displayen visar primär energi (sekundär energi × faktor); S0-utgången räknar sekundär energi; Z23 och Z24 väljer underlaget för lastprofilen och för modulens pulsutgång.</translation>
    </message>
    <message>
        <source>Locking fixes the ratio for good: this meter type does not allow unlocking from the optical port (device profile).</source>
        <translation>Låsningen fastställer omsättningen för gott: den här mätartypen tillåter inte upplåsning från den optiska porten (enhetsprofil).</translation>
    </message>
    <message>
        <source>The device profile says a locked ratio can be unlocked again on this meter type.</source>
        <translation>Enligt enhetsprofilen kan en låst omsättning låsas upp igen på den här mätartypen.</translation>
    </message>
    <message>
        <source>The device profile does not say whether a locked ratio can be unlocked on this meter type; OpenMeterTool never unlocks it.</source>
        <translation>Enhetsprofilen säger inte om en låst omsättning kan låsas upp på den här mätartypen; OpenMeterTool låser aldrig upp den.</translation>
    </message>
</context>
<context>
    <name>omt::ui::DisplayCatalogueModel</name>
    <message>
        <source>Historical value: not allowed in the automatic list.</source>
        <translation>Historiskt värde: inte tillåtet i den automatiska listan.</translation>
    </message>
    <message>
        <source>Legal reading: always in the manual list.</source>
        <translation>Lagstadgad avläsning: alltid i den manuella listan.</translation>
    </message>
</context>
<context>
    <name>omt::ui::DisplayListModel</name>
    <message>
        <source>%1: legal reading, cannot be removed from the manual list.</source>
        <translation>%1: lagstadgad avläsning, kan inte tas bort från den manuella listan.</translation>
    </message>
    <message>
        <source>Add %1 to the %2 list</source>
        <translation>Lägg till %1 i listan ”%2”</translation>
    </message>
    <message>
        <source>Remove %1 from the %2 list</source>
        <translation>Ta bort %1 från listan ”%2”</translation>
    </message>
    <message>
        <source>Reorder the %1 list</source>
        <translation>Ändra ordningen i listan ”%1”</translation>
    </message>
</context>
<context>
    <name>omt::ui::DisplayListsPage</name>
    <message>
        <source>Filter readings</source>
        <translation>Filtrera avläsningar</translation>
    </message>
    <message>
        <source>&amp;Add →</source>
        <translation>&amp;Lägg till →</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <source>Readings the meter offers</source>
        <translation>Avläsningar som mätaren erbjuder</translation>
    </message>
    <message>
        <source>This meter has no display lists.</source>
        <translation>Den här mätaren har inga displaylistor.</translation>
    </message>
    <message>
        <source>Connect to a meter to edit its display lists.</source>
        <translation>Anslut till en mätare för att redigera dess displaylistor.</translation>
    </message>
    <message>
        <source>(Size limit assumed: the data sheet gives none.)</source>
        <translation>(Storleksgräns antagen: databladet anger ingen.)</translation>
    </message>
    <message>
        <source>%1: no value read from the meter yet.</source>
        <translation>%1: inget värde har lästs från mätaren än.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of at most %n reading(s).</source>
        <translation>
            <numerusform>%1 av högst %n avläsning.</numerusform>
            <numerusform>%1 av högst %n avläsningar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omt::ui::InterruptedWritesPanel</name>
    <message>
        <source>Writes that did not finish</source>
        <translation>Skrivningar som inte slutfördes</translation>
    </message>
    <message>
        <source>A meter of unknown serial number</source>
        <translation>En mätare med okänt serienummer</translation>
    </message>
    <message>
        <source>Meter %1</source>
        <translation>Mätare %1</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>vid okänd tid</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4.</source>
        <translation>%1, %2, %3: %4.</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>okänt program</translation>
    </message>
    <message>
        <source>settings not recorded</source>
        <translation>inställningarna registrerades inte</translation>
    </message>
    <message>
        <source>No backup was saved.</source>
        <translation>Ingen säkerhetskopia sparades.</translation>
    </message>
    <message>
        <source>Backup of the old values: %1</source>
        <translation>Säkerhetskopia av de gamla värdena: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) did not finish: the meter may hold part of the new values. Restore the backup on that meter, or dismiss the entry once it is repaired.</source>
        <translation>
            <numerusform>%n skrivning slutfördes inte: mätaren kan innehålla en del av de nya värdena. Återställ säkerhetskopian på den mätaren, eller avfärda posten när den är åtgärdad.</numerusform>
            <numerusform>%n skrivningar slutfördes inte: mätaren kan innehålla en del av de nya värdena. Återställ säkerhetskopian på den mätaren, eller avfärda posten när den är åtgärdad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Återställ säkerhetskopia</translation>
    </message>
    <message>
        <source>Restore the backup of meter %1</source>
        <translation>Återställ säkerhetskopian av mätare %1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Avfärda</translation>
    </message>
    <message>
        <source>Dismiss the entry of meter %1</source>
        <translation>Avfärda posten för mätare %1</translation>
    </message>
</context>
<context>
    <name>omt::ui::LcdPreview</name>
    <message>
        <source>Display preview</source>
        <translation>Förhandsvisning av display</translation>
    </message>
</context>
<context>
    <name>omt::ui::LoadControlPage</name>
    <message>
        <source>connected</source>
        <translation>ansluten</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>frånkopplad</translation>
    </message>
    <message>
        <source>ready for reconnection</source>
        <translation>redo för återinkoppling</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>På begäran</translation>
    </message>
    <message>
        <source>Calendar (daily times)</source>
        <translation>Kalender (dagliga tider)</translation>
    </message>
    <message>
        <source>Follow tariff</source>
        <translation>Följ tariff</translation>
    </message>
    <message>
        <source>Supply control switch</source>
        <translation>Matningsbrytare</translation>
    </message>
    <message>
        <source>Relay %1</source>
        <translation>Relä %1</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Läge:</translation>
    </message>
    <message>
        <source>State (on demand):</source>
        <translation>Tillstånd (på begäran):</translation>
    </message>
    <message>
        <source>Schedule (calendar):</source>
        <translation>Schema (kalender):</translation>
    </message>
    <message>
        <source>On in tariffs (follow tariff):</source>
        <translation>Till i tarifferna (följ tariff):</translation>
    </message>
    <message>
        <source>This meter has no supply control switch.</source>
        <translation>Denna mätare har ingen matningsbrytare.</translation>
    </message>
    <message>
        <source>Relay %1: %2</source>
        <translation>Relä %1: %2</translation>
    </message>
    <message>
        <source>The supply is %1.</source>
        <translation>Matningen är %1.</translation>
    </message>
    <message>
        <source>Pending: %1 when written.</source>
        <translation>Väntande: %1 när det skrivs.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Koppla</translation>
    </message>
    <message>
        <source>Every day at this time (hh:mm) the relay switches on or off.</source>
        <translation>Varje dag vid den här tiden (hh:mm) slår reläet till eller från.</translation>
    </message>
    <message>
        <source>Add time</source>
        <translation>Lägg till tid</translation>
    </message>
    <message>
        <source>Remove time</source>
        <translation>Ta bort tid</translation>
    </message>
    <message>
        <source>switch on</source>
        <translation>slå till</translation>
    </message>
    <message>
        <source>switch off</source>
        <translation>slå från</translation>
    </message>
    <message>
        <source>Relay %1 follows a schedule only in calendar mode.</source>
        <translation>Relä %1 följer ett schema bara i kalenderläge.</translation>
    </message>
    <message>
        <source>Relay %1: schedule %2</source>
        <translation>Relä %1: schema %2</translation>
    </message>
    <message>
        <source>A switch time is hh:mm, from 00:00 to 23:59.</source>
        <translation>En växlingstid är hh:mm, från 00:00 till 23:59.</translation>
    </message>
    <message>
        <source>Relay %1: select the time to remove.</source>
        <translation>Relä %1: välj den tid som ska tas bort.</translation>
    </message>
    <message>
        <source>Cut the customer&apos;s supply</source>
        <translation>Bryt kundens matning</translation>
    </message>
    <message>
        <source>Writing to the meter will open the meter&apos;s breaker: the customer has no electricity until the supply is restored. Go on?</source>
        <translation>När mätaren skrivs öppnar mätarens brytare: kunden har ingen el förrän matningen återställs. Fortsätta?</translation>
    </message>
    <message>
        <source>Restore the customer&apos;s supply</source>
        <translation>Återställ kundens matning</translation>
    </message>
    <message>
        <source>Writing to the meter will close the meter&apos;s breaker and restore the customer&apos;s supply. Make sure it is safe to do so. Go on?</source>
        <translation>När mätaren skrivs sluter mätarens brytare och kundens matning återställs. Kontrollera att det är säkert. Fortsätta?</translation>
    </message>
    <message>
        <source>Cut the customer&apos;s supply…</source>
        <translation>Bryt kundens matning…</translation>
    </message>
    <message>
        <source>Restore the customer&apos;s supply…</source>
        <translation>Återställ kundens matning…</translation>
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
        <translation>Skriv till mätaren</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Display lists</source>
        <translation>Displaylistor</translation>
    </message>
    <message>
        <source>CT ratio</source>
        <translation>CT-omsättning</translation>
    </message>
    <message>
        <source>Configuration codes</source>
        <translation>Konfigurationskoder</translation>
    </message>
    <message>
        <source>&amp;Meter</source>
        <translation>&amp;Mätare</translation>
    </message>
    <message>
        <source>&amp;Read from meter</source>
        <translation>&amp;Läs från mätaren</translation>
    </message>
    <message>
        <source>&amp;Write to meter…</source>
        <translation>&amp;Skriv till mätaren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Mätare</translation>
    </message>
    <message>
        <source>Nothing to write: there are no pending changes.</source>
        <translation>Inget att skriva: det finns inga väntande ändringar.</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Väntande ändringar</translation>
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
        <translation>Laststyrning</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Spårning</translation>
    </message>
    <message>
        <source>estimating time left…</source>
        <translation>uppskattar återstående tid…</translation>
    </message>
    <message>
        <source>about %1 min %2 s left</source>
        <translation>cirka %1 min %2 s kvar</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>cirka %n s kvar</numerusform>
            <numerusform>cirka %n s kvar</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>The language changes the next time OpenMeterTool starts.</source>
        <translation>Språket byts nästa gång OpenMeterTool startar.</translation>
    </message>
    <message>
        <source>&amp;Synchronise clock</source>
        <translation>&amp;Synkronisera klockan</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not been written to the meter. Quit anyway?</source>
        <translation>
            <numerusform>%n ändring har inte skrivits till mätaren. Avsluta ändå?</numerusform>
            <numerusform>%n ändringar har inte skrivits till mätaren. Avsluta ändå?</numerusform>
        </translation>
    </message>
    <message>
        <source>This write loses data stored in the meter:</source>
        <translation>Den här skrivningen raderar data som finns i mätaren:</translation>
    </message>
    <message>
        <source>Write anyway</source>
        <translation>Skriv ändå</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Koppla från</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not been written to the meter.</source>
        <translation>
            <numerusform>%n ändring har inte skrivits till mätaren.</numerusform>
            <numerusform>%n ändringar har inte skrivits till mätaren.</numerusform>
        </translation>
    </message>
    <message>
        <source>They stay in the pages after disconnecting: connect to the meter again to write them, or save them as a template.</source>
        <translation>De finns kvar på sidorna efter frånkopplingen: anslut till mätaren igen för att skriva dem, eller spara dem som mall.</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Spara som mall…</translation>
    </message>
    <message>
        <source>Configuration templates (*.json);;All files (*)</source>
        <translation>Konfigurationsmallar (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Open configuration template</source>
        <translation>Öppna konfigurationsmall</translation>
    </message>
    <message>
        <source>Save configuration as template</source>
        <translation>Spara konfigurationen som mall</translation>
    </message>
    <message>
        <source>Save pending changes as template</source>
        <translation>Spara väntande ändringar som mall</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Återställ säkerhetskopia</translation>
    </message>
    <message>
        <source>Backups (*.json);;All files (*)</source>
        <translation>Säkerhetskopior (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Open template…</source>
        <translation>Ö&amp;ppna mall…</translation>
    </message>
    <message>
        <source>Load a configuration template into the pending changes; Write to meter writes it.</source>
        <translation>Läs in en konfigurationsmall i de väntande ändringarna; Skriv till mätaren skriver den.</translation>
    </message>
    <message>
        <source>&amp;Save configuration as template…</source>
        <translation>&amp;Spara konfigurationen som mall…</translation>
    </message>
    <message>
        <source>Save &amp;pending changes as template…</source>
        <translation>Spara &amp;väntande ändringar som mall…</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>&amp;Återställ säkerhetskopia…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Granskningslogg…</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemets språk (%1)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About OpenMeterTool</source>
        <translation>&amp;Om OpenMeterTool</translation>
    </message>
    <message>
        <source>Connect to the meter to write the changes.</source>
        <translation>Anslut till mätaren för att skriva ändringarna.</translation>
    </message>
    <message>
        <source>There are no pending changes to write.</source>
        <translation>Det finns inga väntande ändringar att skriva.</translation>
    </message>
    <message>
        <source>Write the pending changes to the meter.</source>
        <translation>Skriv de väntande ändringarna till mätaren.</translation>
    </message>
    <message>
        <source>This association cannot set the meter&apos;s clock: connect as installer.</source>
        <translation>Den här associationen kan inte ställa mätarens klocka: anslut som installatör.</translation>
    </message>
    <message>
        <source>Set the meter&apos;s clock to this computer&apos;s time.</source>
        <translation>Ställ mätarens klocka efter den här datorns tid.</translation>
    </message>
    <message>
        <source>Backup of the old values: %1</source>
        <translation>Säkerhetskopia av de gamla värdena: %1</translation>
    </message>
    <message>
        <source>Recorded in the audit log %1</source>
        <translation>Registrerat i granskningsloggen %1</translation>
    </message>
    <message>
        <source>Written in %1 s.</source>
        <translation>Skrivet på %1 s.</translation>
    </message>
    <message numerus="yes">
        <source>The link was opened again %n time(s) during the write.</source>
        <translation>
            <numerusform>Förbindelsen öppnades igen %n gång under skrivningen.</numerusform>
            <numerusform>Förbindelsen öppnades igen %n gånger under skrivningen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The meter holds its old configuration.</source>
        <translation>Mätaren har kvar sin gamla konfiguration.</translation>
    </message>
    <message>
        <source>&amp;Operator name…</source>
        <translation>&amp;Operatörsnamn…</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>Operatörsnamn</translation>
    </message>
    <message>
        <source>The name the audit log records for your writes (empty: your account&apos;s name):</source>
        <translation>Namnet som granskningsloggen registrerar för dina skrivningar (tomt: ditt kontos namn):</translation>
    </message>
</context>
<context>
    <name>omt::ui::MessageBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Försök igen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Avfärda</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Avfärda det här meddelandet</translation>
    </message>
</context>
<context>
    <name>omt::ui::MeterDocument</name>
    <message>
        <source>Lock the CT ratio on the CT ratio page: it asks for the confirmation a permanent lock needs.</source>
        <translation>Lås CT-omsättningen på sidan CT-omsättning: den ber om den bekräftelse som ett permanent lås kräver.</translation>
    </message>
    <message>
        <source>Z21 is the CT ratio: a number from 001 to 600.</source>
        <translation>Z21 är CT-omsättningen: ett tal från 001 till 600.</translation>
    </message>
    <message>
        <source>The CT ratio is locked in this meter (Z22): Z21 cannot be changed.</source>
        <translation>CT-omsättningen är låst i den här mätaren (Z22): Z21 kan inte ändras.</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>Ställ in %1 till %2</translation>
    </message>
    <message>
        <source>Set the configuration codes</source>
        <translation>Ställ in konfigurationskoderna</translation>
    </message>
    <message>
        <source>This meter has no %1 display list.</source>
        <translation>Den här mätaren har ingen displaylista ”%1”.</translation>
    </message>
    <message>
        <source>This meter has no current transformer ratio.</source>
        <translation>Den här mätaren har ingen strömtransformatoromsättning.</translation>
    </message>
    <message>
        <source>The CT ratio is locked in this meter and can no longer be changed.</source>
        <translation>CT-omsättningen är låst i den här mätaren och kan inte längre ändras.</translation>
    </message>
    <message>
        <source>The CT ratio is locked and can no longer be changed.</source>
        <translation>CT-omsättningen är låst och kan inte längre ändras.</translation>
    </message>
    <message>
        <source>The ratio must be between %1 and %2.</source>
        <translation>Omsättningen måste vara mellan %1 och %2.</translation>
    </message>
    <message>
        <source>Set the CT ratio to %1</source>
        <translation>Ställ in CT-omsättningen till %1</translation>
    </message>
    <message>
        <source>The CT ratio is already locked.</source>
        <translation>CT-omsättningen är redan låst.</translation>
    </message>
    <message>
        <source>The ratio changed since the confirmation; confirm the lock again.</source>
        <translation>Omsättningen har ändrats sedan bekräftelsen; bekräfta låsningen igen.</translation>
    </message>
    <message>
        <source>Lock the CT ratio at %1</source>
        <translation>Lås CT-omsättningen på %1</translation>
    </message>
    <message>
        <source>%1: code %2 is not available on variant %3 of this meter.</source>
        <translation>%1: koden %2 finns inte i variant %3 av den här mätaren.</translation>
    </message>
    <message>
        <source>%1: code %2 is not one of the codes this field allows.</source>
        <translation>%1: koden %2 är inte en av de koder som fältet tillåter.</translation>
    </message>
    <message>
        <source>%1: the CT ratio must be between 001 and 600.</source>
        <translation>%1: CT-omsättningen måste vara mellan 001 och 600.</translation>
    </message>
    <message>
        <source>%1: the CT ratio is locked and cannot be changed.</source>
        <translation>%1: CT-omsättningen är låst och kan inte ändras.</translation>
    </message>
    <message>
        <source>%1: the CT ratio lock cannot be undone.</source>
        <translation>%1: CT-låset kan inte ångras.</translation>
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
        <translation>%1 finns redan i listan ”%2”.</translation>
    </message>
    <message>
        <source>%1 is a historical value: the automatic list cannot show historical values.</source>
        <translation>%1 är ett historiskt värde: den automatiska listan kan inte visa historiska värden.</translation>
    </message>
    <message>
        <source>%1 is a legal reading: the manual list must always show it.</source>
        <translation>%1 är en lagstadgad avläsning: den manuella listan måste alltid visa den.</translation>
    </message>
    <message>
        <source>This meter has no %1 list.</source>
        <translation>Den här mätaren har ingen lista ”%1”.</translation>
    </message>
    <message>
        <source>There is no reading at that position.</source>
        <translation>Det finns ingen avläsning på den positionen.</translation>
    </message>
    <message>
        <source>The value does not fit the display.</source>
        <translation>Värdet får inte plats på displayen.</translation>
    </message>
    <message>
        <source>This meter has no tariff calendar.</source>
        <translation>Denna mätare har ingen tariffkalender.</translation>
    </message>
    <message>
        <source>This meter has no load control.</source>
        <translation>Denna mätare har ingen laststyrning.</translation>
    </message>
    <message>
        <source>Tariffs: %1</source>
        <translation>Tariffer: %1</translation>
    </message>
    <message>
        <source>Load control: %1</source>
        <translation>Laststyrning: %1</translation>
    </message>
    <message>
        <source>Tariffs</source>
        <translation>Tariffer</translation>
    </message>
    <message>
        <source>Load control</source>
        <translation>Laststyrning</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs %n digit(s).</source>
        <translation>
            <numerusform>%1 behöver %n siffra.</numerusform>
            <numerusform>%1 behöver %n siffror.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 list holds at most %n reading(s).</source>
        <translation>
            <numerusform>Listan ”%1” rymmer högst %n avläsning.</numerusform>
            <numerusform>Listan ”%1” rymmer högst %n avläsningar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cover opened: the terminal cover has been opened (tamper, stays set until cleared).</source>
        <translation>Lock öppnat: plintkåpan har öppnats (manipulation, ligger kvar tills den nollställs).</translation>
    </message>
    <message>
        <source>Magnetic influence: a strong magnet was detected near the meter (tamper, stays set until cleared).</source>
        <translation>Magnetisk påverkan: en stark magnet upptäcktes nära mätaren (manipulation, ligger kvar tills den nollställs).</translation>
    </message>
    <message>
        <source>Voltage sag: a phase voltage is below its limit now.</source>
        <translation>Spänningsdipp: en fasspänning är under sin gräns nu.</translation>
    </message>
    <message>
        <source>Voltage swell: a phase voltage is above its limit now.</source>
        <translation>Spänningshöjning: en fasspänning är över sin gräns nu.</translation>
    </message>
    <message>
        <source>THD over limit: the harmonic distortion is above its limit now.</source>
        <translation>THD över gränsen: den harmoniska distorsionen är över sin gräns nu.</translation>
    </message>
    <message>
        <source>Voltage unbalance: the phase voltages differ more than allowed now.</source>
        <translation>Spänningsobalans: fasspänningarna skiljer sig mer än tillåtet nu.</translation>
    </message>
    <message>
        <source>Phase missing: a phase has no voltage now.</source>
        <translation>Fas saknas: en fas har ingen spänning nu.</translation>
    </message>
    <message>
        <source>alarm bit %1</source>
        <translation>larmbit %1</translation>
    </message>
    <message>
        <source>The meter&apos;s clock could not be compared with this computer&apos;s.</source>
        <translation>Mätarens klocka kunde inte jämföras med den här datorns.</translation>
    </message>
    <message>
        <source>The meter&apos;s clock is right (within 1 s).</source>
        <translation>Mätarens klocka går rätt (inom 1 s).</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
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
        <translation>Mätarens klocka går %1 efter.</translation>
    </message>
    <message>
        <source>The meter&apos;s clock is %1 ahead.</source>
        <translation>Mätarens klocka går %1 före.</translation>
    </message>
    <message>
        <source>Connect to a meter before loading a configuration into it.</source>
        <translation>Anslut till en mätare innan du läser in en konfiguration i den.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>removed %1 (was at %2)</source>
        <translation>tog bort %1 (var på plats %2)</translation>
    </message>
    <message>
        <source>moved %1 from %2 to %3</source>
        <translation>flyttade %1 från %2 till %3</translation>
    </message>
    <message>
        <source>added %1 at %2</source>
        <translation>lade till %1 på plats %2</translation>
    </message>
    <message>
        <source>calendar name: %1</source>
        <translation>kalendernamn: %1</translation>
    </message>
    <message>
        <source>season %1 added: from %2, week profile %3</source>
        <translation>säsong %1 tillagd: från %2, veckoprofil %3</translation>
    </message>
    <message>
        <source>season %1: starts %2</source>
        <translation>säsong %1: börjar %2</translation>
    </message>
    <message>
        <source>season %1: week profile %2</source>
        <translation>säsong %1: veckoprofil %2</translation>
    </message>
    <message>
        <source>season %1 removed</source>
        <translation>säsong %1 borttagen</translation>
    </message>
    <message>
        <source>week profile %1 added: %2</source>
        <translation>veckoprofil %1 tillagd: %2</translation>
    </message>
    <message>
        <source>week profile %1, %2: day profile %3</source>
        <translation>veckoprofil %1, %2: dygnsprofil %3</translation>
    </message>
    <message>
        <source>week profile %1 removed</source>
        <translation>veckoprofil %1 borttagen</translation>
    </message>
    <message>
        <source>day profile %1 added: %2</source>
        <translation>dygnsprofil %1 tillagd: %2</translation>
    </message>
    <message>
        <source>day profile %1: added %2</source>
        <translation>dygnsprofil %1: lade till %2</translation>
    </message>
    <message>
        <source>day profile %1: removed %2</source>
        <translation>dygnsprofil %1: tog bort %2</translation>
    </message>
    <message>
        <source>day profile %1: %2</source>
        <translation>dygnsprofil %1: %2</translation>
    </message>
    <message>
        <source>day profile %1 removed</source>
        <translation>dygnsprofil %1 borttagen</translation>
    </message>
    <message>
        <source>special day %1 added: day profile %2</source>
        <translation>specialdag %1 tillagd: dygnsprofil %2</translation>
    </message>
    <message>
        <source>special day %1: day profile %2</source>
        <translation>specialdag %1: dygnsprofil %2</translation>
    </message>
    <message>
        <source>special day %1 removed</source>
        <translation>specialdag %1 borttagen</translation>
    </message>
    <message numerus="yes">
        <source>passive calendar %1 added: %n season(s)</source>
        <translation>
            <numerusform>passiv kalender %1 tillagd: %n säsong</numerusform>
            <numerusform>passiv kalender %1 tillagd: %n säsonger</numerusform>
        </translation>
    </message>
    <message>
        <source>passive calendar %1 removed</source>
        <translation>passiv kalender %1 borttagen</translation>
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
        <translation>till</translation>
    </message>
    <message>
        <source>off</source>
        <translation>från</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>time, then on or off</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>relay %1: %2</source>
        <translation>relä %1: %2</translation>
    </message>
    <message>
        <source>relay %1, on demand: %2</source>
        <translation>relä %1, på begäran: %2</translation>
    </message>
    <message>
        <source>relay %1 schedule: added %2</source>
        <translation>relä %1 schema: lade till %2</translation>
    </message>
    <message>
        <source>relay %1 schedule: removed %2</source>
        <translation>relä %1 schema: tog bort %2</translation>
    </message>
    <message>
        <source>relay %1 schedule: %2</source>
        <translation>relä %1 schema: %2</translation>
    </message>
    <message>
        <source>relay %1, on in tariffs: %2</source>
        <translation>relä %1, till i tarifferna: %2</translation>
    </message>
    <message>
        <source>restore the customer&apos;s supply (%1)</source>
        <translation>återställ kundens matning (%1)</translation>
    </message>
    <message>
        <source>cut the customer&apos;s supply (%1)</source>
        <translation>bryt kundens matning (%1)</translation>
    </message>
    <message>
        <source>supply control mode: %1</source>
        <translation>matningsbrytarens läge: %1</translation>
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
        <translation>Displaylista ”%1”</translation>
    </message>
    <message>
        <source>CT ratio</source>
        <translation>CT-omsättning</translation>
    </message>
    <message>
        <source>CT ratio lock</source>
        <translation>CT-lås</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>olåst</translation>
    </message>
    <message>
        <source>LOCKED (permanent)</source>
        <translation>LÅST (permanent)</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ändrad</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This meter type does not allow unlocking the CT ratio (Z22) from the optical port.</source>
        <translation>Den här mätartypen tillåter inte upplåsning av CT-omsättningen (Z22) från den optiska porten.</translation>
    </message>
    <message>
        <source>OpenMeterTool does not unlock the CT ratio (Z22): the device profile does not say that this meter type allows it.</source>
        <translation>OpenMeterTool låser inte upp CT-omsättningen (Z22): enhetsprofilen säger inte att den här mätartypen tillåter det.</translation>
    </message>
    <message>
        <source>This meter has no configuration codes.</source>
        <translation>Den här mätaren har inga konfigurationskoder.</translation>
    </message>
    <message>
        <source>This meter has no load profile %1.</source>
        <translation>Den här mätaren har ingen lastprofil %1.</translation>
    </message>
    <message>
        <source>This meter does not offer a load profile period of %1.</source>
        <translation>Den här mätaren erbjuder ingen lastprofilperiod på %1.</translation>
    </message>
    <message>
        <source>Set the period of load profile %1 to %2</source>
        <translation>Ställ in perioden för lastprofil %1 på %2</translation>
    </message>
    <message>
        <source>LOCKED</source>
        <translation>LÅST</translation>
    </message>
    <message>
        <source>Load profile %1 period</source>
        <translation>Period för lastprofil %1</translation>
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
        <translation>Decimaler i displayen</translation>
    </message>
    <message>
        <source>LED configuration</source>
        <translation>LED-konfiguration</translation>
    </message>
    <message>
        <source>Primary module configuration</source>
        <translation>Konfiguration av primärmodul</translation>
    </message>
    <message>
        <source>Integration period / Load profile period</source>
        <translation>Integrationsperiod / lastprofilperiod</translation>
    </message>
    <message>
        <source>Display configuration</source>
        <translation>Displaykonfiguration</translation>
    </message>
    <message>
        <source>Debiting stop date</source>
        <translation>Debiteringsstoppdatum</translation>
    </message>
    <message>
        <source>Debiting logging interval</source>
        <translation>Loggningsintervall för debitering</translation>
    </message>
    <message>
        <source>Pulse out length / Alarm input</source>
        <translation>Utpulslängd / larmingång</translation>
    </message>
    <message>
        <source>Analysis logger setup</source>
        <translation>Inställning av analyslogger</translation>
    </message>
    <message>
        <source>Greenwich Mean Time (GMT)</source>
        <translation>Greenwichtid (GMT)</translation>
    </message>
    <message>
        <source>Unit pulse input</source>
        <translation>Enhet för pulsingång</translation>
    </message>
    <message>
        <source>Tariff control plan</source>
        <translation>Tariffstyrningsplan</translation>
    </message>
    <message>
        <source>Load control plan</source>
        <translation>Laststyrningsplan</translation>
    </message>
    <message>
        <source>Daylight saving time / Summer-winter time table</source>
        <translation>Sommartid / sommar-vintertidstabell</translation>
    </message>
    <message>
        <source>Frequency code Protocol</source>
        <translation>Frekvenskod för protokoll</translation>
    </message>
    <message>
        <source>Push button 2 setup</source>
        <translation>Inställning av tryckknapp 2</translation>
    </message>
    <message>
        <source>1107 configuration</source>
        <translation>1107-konfiguration</translation>
    </message>
    <message>
        <source>Calendar setup</source>
        <translation>Kalenderinställning</translation>
    </message>
    <message>
        <source>Transformer ratio</source>
        <translation>Transformatoromsättning</translation>
    </message>
    <message>
        <source>Transformer ratio (unlocked / locked)</source>
        <translation>Transformatoromsättning (olåst/låst)</translation>
    </message>
    <message>
        <source>Load profile, based on</source>
        <translation>Lastprofil, baserad på</translation>
    </message>
    <message>
        <source>Pulse output (module)</source>
        <translation>Pulsutgång (modul)</translation>
    </message>
    <message>
        <source>Debitlogger 2 interval</source>
        <translation>Intervall för debiteringslogger 2</translation>
    </message>
    <message>
        <source>Alarm configuration</source>
        <translation>Larmkonfiguration</translation>
    </message>
    <message>
        <source>Load profile data (DLMS)</source>
        <translation>Lastprofildata (DLMS)</translation>
    </message>
    <message>
        <source>Local interface encryption</source>
        <translation>Kryptering av lokalt gränssnitt</translation>
    </message>
    <message>
        <source>Load profile configuration</source>
        <translation>Lastprofilkonfiguration</translation>
    </message>
    <message>
        <source>Debit 2 logger configuration</source>
        <translation>Konfiguration av debiteringslogger 2</translation>
    </message>
    <message>
        <source>7.0 [Default]</source>
        <translation>7.0 [standard]</translation>
    </message>
    <message>
        <source>7.1 [Country specific]</source>
        <translation>7.1 [landsspecifik]</translation>
    </message>
    <message>
        <source>7.2 [Country specific]</source>
        <translation>7.2 [landsspecifik]</translation>
    </message>
    <message>
        <source>LED switched off without consumption</source>
        <translation>LED släckt utan förbrukning</translation>
    </message>
    <message>
        <source>LED switched on without consumption</source>
        <translation>LED tänd utan förbrukning</translation>
    </message>
    <message>
        <source>No function</source>
        <translation>Ingen funktion</translation>
    </message>
    <message>
        <source>4-tariff</source>
        <translation>4-tariff</translation>
    </message>
    <message>
        <source>4-tariff inverted</source>
        <translation>4-tariff inverterad</translation>
    </message>
    <message>
        <source>Pulse in</source>
        <translation>Puls in</translation>
    </message>
    <message>
        <source>Pulse in inv.</source>
        <translation>Puls in inv.</translation>
    </message>
    <message>
        <source>Alarm in</source>
        <translation>Larm in</translation>
    </message>
    <message>
        <source>Alarm in inverted</source>
        <translation>Larm in inverterad</translation>
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
        <translation>2-tariff inverterad</translation>
    </message>
    <message>
        <source>Debiting stop pulse</source>
        <translation>Debiteringsstoppuls</translation>
    </message>
    <message>
        <source>Load control load</source>
        <translation>Laststyrning last</translation>
    </message>
    <message>
        <source>Status control</source>
        <translation>Statusstyrning</translation>
    </message>
    <message>
        <source>Load tariff sync</source>
        <translation>Lasttariffsynk.</translation>
    </message>
    <message>
        <source>Load tariff sync inverted</source>
        <translation>Lasttariffsynk. inverterad</translation>
    </message>
    <message>
        <source>4-tariff sync load control</source>
        <translation>4-tariff synk. laststyrning</translation>
    </message>
    <message>
        <source>4-tariff sync load control inverted</source>
        <translation>4-tariff synk. laststyrning inverterad</translation>
    </message>
    <message>
        <source>Load control</source>
        <translation>Laststyrning</translation>
    </message>
    <message>
        <source>Load control 1</source>
        <translation>Laststyrning 1</translation>
    </message>
    <message>
        <source>Load control 2</source>
        <translation>Laststyrning 2</translation>
    </message>
    <message>
        <source>Toggle Load control 1 &amp; 2</source>
        <translation>Växla laststyrning 1 &amp; 2</translation>
    </message>
    <message>
        <source>None (externally controlled)</source>
        <translation>Ingen (externt styrd)</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Månadsvis</translation>
    </message>
    <message>
        <source>Every second month</source>
        <translation>Varannan månad</translation>
    </message>
    <message>
        <source>Every third month</source>
        <translation>Var tredje månad</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>Halvårsvis</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Årsvis</translation>
    </message>
    <message>
        <source>January</source>
        <translation>januari</translation>
    </message>
    <message>
        <source>February</source>
        <translation>februari</translation>
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
        <translation>augusti</translation>
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
        <translation>30 ms pulslängd</translation>
    </message>
    <message>
        <source>80 msec pulse length</source>
        <translation>80 ms pulslängd</translation>
    </message>
    <message>
        <source>Alarm input deactivated</source>
        <translation>Larmingång avaktiverad</translation>
    </message>
    <message>
        <source>Alarm input active</source>
        <translation>Larmingång aktiv</translation>
    </message>
    <message>
        <source>Default setup</source>
        <translation>Standardinställning</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Tariff disabled</source>
        <translation>Tariff avaktiverad</translation>
    </message>
    <message>
        <source>Module Port control</source>
        <translation>Styrning via modulport</translation>
    </message>
    <message>
        <source>Register control</source>
        <translation>Registerstyrning</translation>
    </message>
    <message>
        <source>Load control disabled</source>
        <translation>Laststyrning avaktiverad</translation>
    </message>
    <message>
        <source>No PB2 setup</source>
        <translation>Ingen PB2-inställning</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Avaktiverad</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiverad</translation>
    </message>
    <message>
        <source>Mode A and C</source>
        <translation>Mode A och C</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Olåst</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>Primary energy</source>
        <translation>Primär energi</translation>
    </message>
    <message>
        <source>Secondary energy</source>
        <translation>Sekundär energi</translation>
    </message>
    <message>
        <source>Based on secondary energy</source>
        <translation>Baserad på sekundär energi</translation>
    </message>
    <message>
        <source>Based on primary energy</source>
        <translation>Baserad på primär energi</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Dagligen</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Veckovis</translation>
    </message>
    <message>
        <source>No alarms enabled</source>
        <translation>Inga larm aktiverade</translation>
    </message>
    <message>
        <source>Absolute values</source>
        <translation>Absoluta värden</translation>
    </message>
    <message>
        <source>Delta values</source>
        <translation>Deltavärden</translation>
    </message>
    <message>
        <source>order-form specific setting</source>
        <translation>inställning enligt beställningsformulär</translation>
    </message>
    <message>
        <source>unknown code</source>
        <translation>okänd kod</translation>
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
        <translation>Skenbar energi E+ totalt</translation>
    </message>
    <message>
        <source>Apparent energy E- total</source>
        <translation>Skenbar energi E- totalt</translation>
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
        <translation>senaste debiteringsperiod</translation>
    </message>
    <message>
        <source>Peak power P+max</source>
        <translation>Toppeffekt P+max</translation>
    </message>
    <message>
        <source>Accumulated peak power P+max acc</source>
        <translation>Ackumulerad toppeffekt P+max acc</translation>
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
        <translation>Spänning</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Ström</translation>
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
        <translation>Strömtransformatoromsättning</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Hour counter</source>
        <translation>Timräknare</translation>
    </message>
    <message>
        <source>Debiting stop counter</source>
        <translation>Räknare för debiteringsstopp</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Landskod</translation>
    </message>
    <message>
        <source>CT meter</source>
        <translation>CT-mätare</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>2 systems - Aron</source>
        <translation>2 system - Aron</translation>
    </message>
    <message>
        <source>No breaker</source>
        <translation>Ingen brytare</translation>
    </message>
    <message>
        <source>No radio</source>
        <translation>Ingen radio</translation>
    </message>
    <message>
        <source>Radio (for OMNIA)</source>
        <translation>Radio (för OMNIA)</translation>
    </message>
    <message>
        <source>Supercap + battery</source>
        <translation>Superkondensator + batteri</translation>
    </message>
    <message>
        <source>S0 output</source>
        <translation>S0-utgång</translation>
    </message>
    <message>
        <source>Three-phase meter</source>
        <translation>Trefasmätare</translation>
    </message>
    <message>
        <source>Single-phase meter</source>
        <translation>Enfasmätare</translation>
    </message>
    <message>
        <source>Standard layout</source>
        <translation>Standardutförande</translation>
    </message>
    <message>
        <source>2 screws</source>
        <translation>2 skruvar</translation>
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
        <translation>APS + 2x laststyrning + 1x pulsutgång</translation>
    </message>
    <message>
        <source>2x load ctrl + 1x pulse out</source>
        <translation>2x laststyrning + 1x pulsutgång</translation>
    </message>
    <message>
        <source>APS + 1x pulse out</source>
        <translation>APS + 1x pulsutgång</translation>
    </message>
    <message>
        <source>Supercap</source>
        <translation>Superkondensator</translation>
    </message>
    <message>
        <source>3 days capacity</source>
        <translation>3 dagars kapacitet</translation>
    </message>
    <message>
        <source>7 days capacity</source>
        <translation>7 dagars kapacitet</translation>
    </message>
    <message>
        <source>3 days capacity and last gasp</source>
        <translation>3 dagars kapacitet och last gasp</translation>
    </message>
    <message>
        <source>7 days capacity and last gasp</source>
        <translation>7 dagars kapacitet och last gasp</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Batteri</translation>
    </message>
    <message>
        <source>Battery and last gasp</source>
        <translation>Batteri och last gasp</translation>
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
        <translation>ingång</translation>
    </message>
    <message>
        <source>output</source>
        <translation>utgång</translation>
    </message>
    <message>
        <source>%1 (I/O 1: %2, I/O 2: %3)</source>
        <translation>%1 (I/O 1: %2, I/O 2: %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n timme</numerusform>
            <numerusform>%n timmar</numerusform>
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
        <translation>Sekundär %1</translation>
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
        <translation>Klass %1</translation>
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
            <numerusform>%n system</numerusform>
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
        <translation>Skenbar energi E+</translation>
    </message>
    <message>
        <source>Apparent energy E-</source>
        <translation>Skenbar energi E-</translation>
    </message>
    <message>
        <source>order-form specific setting (device profile)</source>
        <translation>inställning enligt beställningsformulär (enhetsprofil)</translation>
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
        <translation>Kod</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Betydelse</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Avläsning</translation>
    </message>
    <message>
        <source>OBIS</source>
        <translation>OBIS</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Mätare</translation>
    </message>
    <message>
        <source>Not connected. Choose a meter above and press Connect.</source>
        <translation>Inte ansluten. Välj en mätare ovan och tryck på Anslut.</translation>
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
        <translation>Typnummer %1</translation>
    </message>
    <message>
        <source>The type number does not decode: %1</source>
        <translation>Typnumret går inte att avkoda: %1</translation>
    </message>
    <message>
        <source>&amp;Synchronise clock</source>
        <translation>&amp;Synkronisera klockan</translation>
    </message>
    <message>
        <source>Voltage U</source>
        <translation>Spänning U</translation>
    </message>
    <message>
        <source>Current I</source>
        <translation>Ström I</translation>
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
        <translation>Total aktiv effekt P+</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frekvens</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Klocka</translation>
    </message>
    <message>
        <source>Alarms and tamper</source>
        <translation>Larm och manipulation</translation>
    </message>
    <message>
        <source>Instantaneous values</source>
        <translation>Momentanvärden</translation>
    </message>
    <message>
        <source>Energy registers</source>
        <translation>Energiregister</translation>
    </message>
    <message>
        <source>Connect to read the meter&apos;s clock.</source>
        <translation>Anslut för att läsa mätarens klocka.</translation>
    </message>
    <message>
        <source>The meter&apos;s clock was not read.</source>
        <translation>Mätarens klocka lästes inte.</translation>
    </message>
    <message>
        <source>This meter&apos;s alarm register was not read.</source>
        <translation>Den här mätarens larmregister lästes inte.</translation>
    </message>
    <message>
        <source>No alarms.</source>
        <translation>Inga larm.</translation>
    </message>
    <message>
        <source>Set the meter&apos;s clock to this computer&apos;s time (the same instant, in the meter&apos;s own UTC offset) and read it back.</source>
        <translation>Ställ mätarens klocka efter den här datorns tid (samma tidpunkt, i mätarens egen UTC-förskjutning) och läs tillbaka den.</translation>
    </message>
    <message>
        <source>Meter clock: %1 (%2)</source>
        <translation>Mätarens klocka: %1 (%2)</translation>
    </message>
    <message>
        <source>This association cannot set the meter&apos;s clock: connect as installer.</source>
        <translation>Den här associationen kan inte ställa mätarens klocka: anslut som installatör.</translation>
    </message>
    <message>
        <source>Load profiles</source>
        <translation>Lastprofiler</translation>
    </message>
    <message>
        <source>Load profile &amp;1 period:</source>
        <translation>Period för lastprofil &amp;1:</translation>
    </message>
    <message>
        <source>Load profile &amp;2 period:</source>
        <translation>Period för lastprofil &amp;2:</translation>
    </message>
    <message>
        <source>In the meter: %1. A new period clears this load profile when it is written.</source>
        <translation>I mätaren: %1. En ny period raderar den här lastprofilen när den skrivs.</translation>
    </message>
</context>
<context>
    <name>omt::ui::TariffPage</name>
    <message>
        <source>The calendar sets the tariffs.</source>
        <translation>Kalendern styr tarifferna.</translation>
    </message>
    <message>
        <source>Tariffs disabled (Z13 %1): the meter counts in T1 only.</source>
        <translation>Tariffer avstängda (Z13 %1): mätaren räknar bara i T1.</translation>
    </message>
    <message>
        <source>Module port control (Z13 %1): the module&apos;s tariff inputs set the tariffs, not this calendar.</source>
        <translation>Modulportstyrning (Z13 %1): modulens tariffingångar styr tarifferna, inte denna kalender.</translation>
    </message>
    <message>
        <source>Register control (Z13 %1): the calendar sets the tariffs.</source>
        <translation>Registerstyrning (Z13 %1): kalendern styr tarifferna.</translation>
    </message>
    <message>
        <source>Order-form tariff plan (Z13 %1).</source>
        <translation>Tariffplan enligt beställningsformulär (Z13 %1).</translation>
    </message>
    <message>
        <source>Activate at</source>
        <translation>Aktivera vid</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Säsong</translation>
    </message>
    <message>
        <source>Day profile</source>
        <translation>Dygnsprofil</translation>
    </message>
    <message>
        <source>Week of the active calendar</source>
        <translation>Vecka i den aktiva kalendern</translation>
    </message>
    <message>
        <source>Season:</source>
        <translation>Säsong:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Tariff</translation>
    </message>
    <message>
        <source>Switch times as hh:mm, tariffs 1 to 4.</source>
        <translation>Växlingstider som tt:mm, tariffer 1 till 4.</translation>
    </message>
    <message>
        <source>Add switch</source>
        <translation>Lägg till växling</translation>
    </message>
    <message>
        <source>Remove switch</source>
        <translation>Ta bort växling</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Dates as *-MM-DD (every year) or YYYY-MM-DD.</source>
        <translation>Datum som *-MM-DD (varje år) eller YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Add special day</source>
        <translation>Lägg till specialdag</translation>
    </message>
    <message>
        <source>Remove special day</source>
        <translation>Ta bort specialdag</translation>
    </message>
    <message>
        <source>Special days</source>
        <translation>Specialdagar</translation>
    </message>
    <message>
        <source>Passive calendar</source>
        <translation>Passiv kalender</translation>
    </message>
    <message>
        <source>Day profile %1: from %2 tariff T%3</source>
        <translation>Dygnsprofil %1: från %2 tariff T%3</translation>
    </message>
    <message>
        <source>Add a switch to day profile %1</source>
        <translation>Lägg till en växling i dygnsprofil %1</translation>
    </message>
    <message>
        <source>Remove a switch from day profile %1</source>
        <translation>Ta bort en växling från dygnsprofil %1</translation>
    </message>
    <message>
        <source>Add the special day %1</source>
        <translation>Lägg till specialdagen %1</translation>
    </message>
    <message>
        <source>Remove the special day %1</source>
        <translation>Ta bort specialdagen %1</translation>
    </message>
    <message>
        <source>Copy the active calendar to the passive calendar</source>
        <translation>Kopiera den aktiva kalendern till den passiva kalendern</translation>
    </message>
    <message>
        <source>Remove the passive calendar</source>
        <translation>Ta bort den passiva kalendern</translation>
    </message>
    <message>
        <source>Activate the passive calendar at %1</source>
        <translation>Aktivera den passiva kalendern %1</translation>
    </message>
    <message>
        <source>No activation time for the passive calendar</source>
        <translation>Ingen aktiveringstid för den passiva kalendern</translation>
    </message>
    <message>
        <source>A switch time is hh:mm, from 00:00 to 23:59.</source>
        <translation>En växlingstid är tt:mm, från 00:00 till 23:59.</translation>
    </message>
    <message>
        <source>A tariff is 1, 2, 3 or 4.</source>
        <translation>En tariff är 1, 2, 3 eller 4.</translation>
    </message>
    <message>
        <source>A special day is *-MM-DD (every year) or YYYY-MM-DD.</source>
        <translation>En specialdag är *-MM-DD (varje år) eller YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>A day profile is a number from 1 to 255.</source>
        <translation>En dygnsprofil är ett tal från 1 till 255.</translation>
    </message>
    <message>
        <source>Change the special day %1</source>
        <translation>Ändra specialdagen %1</translation>
    </message>
    <message>
        <source>%1 (from %2, week %3)</source>
        <translation>%1 (från %2, vecka %3)</translation>
    </message>
    <message>
        <source>Day profile %1</source>
        <translation>Dygnsprofil %1</translation>
    </message>
    <message numerus="yes">
        <source>Passive calendar &quot;%1&quot;: %n season(s).</source>
        <translation>
            <numerusform>Passiv kalender &quot;%1&quot;: %n säsong.</numerusform>
            <numerusform>Passiv kalender &quot;%1&quot;: %n säsonger.</numerusform>
        </translation>
    </message>
    <message>
        <source>No passive calendar.</source>
        <translation>Ingen passiv kalender.</translation>
    </message>
    <message>
        <source>Copy the active calendar to the passive one</source>
        <translation>Kopiera den aktiva kalendern till den passiva</translation>
    </message>
    <message>
        <source>Cannot be written yet: %1</source>
        <translation>Kan inte skrivas än: %1</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <source>Week profile</source>
        <translation>Veckoprofil</translation>
    </message>
    <message>
        <source>Each season starts on its date (*-MM-DD) every year and uses its week profile.</source>
        <translation>Varje säsong börjar på sitt datum (*-MM-DD) varje år och använder sin veckoprofil.</translation>
    </message>
    <message>
        <source>Add season</source>
        <translation>Lägg till säsong</translation>
    </message>
    <message>
        <source>Remove season</source>
        <translation>Ta bort säsong</translation>
    </message>
    <message>
        <source>Seasons</source>
        <translation>Säsonger</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>mån</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>tis</translation>
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
        <translation>lör</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>sön</translation>
    </message>
    <message>
        <source>The day profile (its number) each weekday of the week profile uses.</source>
        <translation>Den dygnsprofil (dess nummer) som varje veckodag i veckoprofilen använder.</translation>
    </message>
    <message>
        <source>Add week profile</source>
        <translation>Lägg till veckoprofil</translation>
    </message>
    <message>
        <source>Remove week profile</source>
        <translation>Ta bort veckoprofil</translation>
    </message>
    <message>
        <source>Week profiles</source>
        <translation>Veckoprofiler</translation>
    </message>
    <message>
        <source>season %1</source>
        <translation>säsong %1</translation>
    </message>
    <message>
        <source>Another season already starts on %1.</source>
        <translation>En annan säsong börjar redan %1.</translation>
    </message>
    <message>
        <source>Add the season %1</source>
        <translation>Lägg till säsongen %1</translation>
    </message>
    <message>
        <source>Change the season %1</source>
        <translation>Ändra säsongen %1</translation>
    </message>
    <message>
        <source>Remove the season %1</source>
        <translation>Ta bort säsongen %1</translation>
    </message>
    <message>
        <source>Add the week profile %1</source>
        <translation>Lägg till veckoprofilen %1</translation>
    </message>
    <message>
        <source>A week profile needs a name.</source>
        <translation>En veckoprofil behöver ett namn.</translation>
    </message>
    <message>
        <source>There is already a week profile named %1.</source>
        <translation>Det finns redan en veckoprofil som heter %1.</translation>
    </message>
    <message>
        <source>Rename the week profile %1 to %2</source>
        <translation>Byt namn på veckoprofilen %1 till %2</translation>
    </message>
    <message>
        <source>Week profile %1: weekday %2 uses day profile %3</source>
        <translation>Veckoprofil %1: veckodag %2 använder dygnsprofil %3</translation>
    </message>
    <message>
        <source>The week profile %1 is used by the season %2.</source>
        <translation>Veckoprofilen %1 används av säsongen %2.</translation>
    </message>
    <message>
        <source>Remove the week profile %1</source>
        <translation>Ta bort veckoprofilen %1</translation>
    </message>
    <message>
        <source>A season starts on a date of every year: *-MM-DD.</source>
        <translation>En säsong börjar på ett datum varje år: *-MM-DD.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
</context>
<context>
    <name>omt::ui::TraceModel</name>
    <message>
        <source>to meter</source>
        <translation>till mätaren</translation>
    </message>
    <message>
        <source>from meter</source>
        <translation>från mätaren</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Riktning</translation>
    </message>
    <message>
        <source>Decoded</source>
        <translation>Avkodat</translation>
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
        <translation>Filter: text i valfri kolumn</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Spara…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>R&amp;ensa</translation>
    </message>
    <message>
        <source>Requests to and responses from the meter, newest last.</source>
        <translation>Begäranden till och svar från mätaren, nyaste sist.</translation>
    </message>
    <message>
        <source>Save trace</source>
        <translation>Spara spårning</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textfiler (*.txt);;Alla filer (*)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n record(s) to %1.</source>
        <translation>
            <numerusform>Sparade %n post i %1.</numerusform>
            <numerusform>Sparade %n poster i %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trace cannot be saved to %1: %2</source>
        <translation>Spårningen kan inte sparas i %1: %2</translation>
    </message>
    <message>
        <source>Select a record to see it in full.</source>
        <translation>Välj en post för att se den i sin helhet.</translation>
    </message>
    <message>
        <source>Selected record</source>
        <translation>Vald post</translation>
    </message>
    <message>
        <source>to meter</source>
        <translation>till mätaren</translation>
    </message>
    <message>
        <source>from meter</source>
        <translation>från mätaren</translation>
    </message>
</context>
<context>
    <name>omt::ui::WeekTimeline</name>
    <message>
        <source>Week timeline of the tariffs</source>
        <translation>Veckoöversikt över tarifferna</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>mån</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>tis</translation>
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
        <translation>lör</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>sön</translation>
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
        <translation>Skriv till mätaren</translation>
    </message>
    <message numerus="yes">
        <source>Write these %n change(s) to the meter?</source>
        <translation>
            <numerusform>Skriva den här %n ändringen till mätaren?</numerusform>
            <numerusform>Skriva dessa %n ändringar till mätaren?</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup of the old values is saved first. Every value is read back; if anything is refused or reads back wrong, the old values are written back.</source>
        <translation>Först sparas en säkerhetskopia av de gamla värdena. Varje värde läses tillbaka; avvisas något eller läses fel tillbaka skrivs de gamla värdena tillbaka.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
</context>
<context>
    <name>omt::ui::WriteOutcomeDialog</name>
    <message>
        <source>new value</source>
        <translation>nytt värde</translation>
    </message>
    <message>
        <source>old value</source>
        <translation>gammalt värde</translation>
    </message>
    <message>
        <source>unknown — restore the backup</source>
        <translation>okänt — återställ säkerhetskopian</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>inte skrivet</translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation>&amp;Kopiera sökväg</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Visa i &amp;mapp</translation>
    </message>
    <message>
        <source>&amp;Restore backup</source>
        <translation>&amp;Återställ säkerhetskopia</translation>
    </message>
    <message>
        <source>Write outcome</source>
        <translation>Skrivningens resultat</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Inställning</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Gammalt värde</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nytt värde</translation>
    </message>
    <message>
        <source>The meter holds</source>
        <translation>Mätaren har nu</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Säkerhetskopiefil</translation>
    </message>
    <message>
        <source>Write the old values of this backup back to the connected meter.</source>
        <translation>Skriv tillbaka de gamla värdena i den här säkerhetskopian till den anslutna mätaren.</translation>
    </message>
    <message>
        <source>Backup of the old values</source>
        <translation>Säkerhetskopia av de gamla värdena</translation>
    </message>
    <message>
        <source>No backup was saved.</source>
        <translation>Ingen säkerhetskopia sparades.</translation>
    </message>
</context>
<context>
    <name>omt::ui::ZCodeModel</name>
    <message>
        <source>Pending: the meter holds %1.</source>
        <translation>Väntande: mätaren har %1.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Inställning</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Betydelse</translation>
    </message>
    <message>
        <source>In meter</source>
        <translation>I mätaren</translation>
    </message>
</context>
</TS>
