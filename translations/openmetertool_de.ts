<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>omt::gui::MeterController</name>
    <message>
        <source>Give the meter&apos;s TCP address as host:port, e.g. 10.0.0.5:4059.</source>
        <translation>Geben Sie die TCP-Adresse des Zählers als Host:Port an, z. B. 10.0.0.5:4059.</translation>
    </message>
    <message>
        <source>Choose the optical head&apos;s serial port or type its path.</source>
        <translation>Wählen Sie die serielle Schnittstelle des Optokopfs oder geben Sie ihren Pfad ein.</translation>
    </message>
    <message>
        <source>The reader association needs the meter&apos;s password.</source>
        <translation>Die Ableser-Assoziation braucht das Passwort des Zählers.</translation>
    </message>
    <message>
        <source>The key file %1 is not usable (%2).</source>
        <translation>Die Schlüsseldatei %1 ist nicht verwendbar (%2).</translation>
    </message>
    <message>
        <source>The installer association needs the meter&apos;s key file (EK and AK).</source>
        <translation>Die Installateur-Assoziation braucht die Schlüsseldatei des Zählers (EK und AK).</translation>
    </message>
    <message>
        <source>The connection could not start.</source>
        <translation>Die Verbindung konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Opening the connection…</source>
        <translation>Verbindung wird geöffnet…</translation>
    </message>
    <message>
        <source>Signing on at 300 baud…</source>
        <translation>Anmeldung mit 300 Baud…</translation>
    </message>
    <message>
        <source>Switching to %1 baud…</source>
        <translation>Wechsel auf %1 Baud…</translation>
    </message>
    <message>
        <source>Connecting the HDLC link…</source>
        <translation>HDLC-Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <source>HDLC link up.</source>
        <translation>HDLC-Verbindung steht.</translation>
    </message>
    <message>
        <source>Opening the association…</source>
        <translation>Assoziation wird geöffnet…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <source>Releasing the association…</source>
        <translation>Assoziation wird freigegeben…</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Verbindung wird getrennt…</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Reading the meter…</source>
        <translation>Zähler wird ausgelesen…</translation>
    </message>
    <message>
        <source>Read the meter %1.</source>
        <translation>Zähler %1 ausgelesen.</translation>
    </message>
    <message>
        <source>CT ratio</source>
        <translation>CT-Verhältnis</translation>
    </message>
    <message>
        <source>configuration codes</source>
        <translation>Konfigurationscodes</translation>
    </message>
    <message>
        <source>CT ratio lock</source>
        <translation>CT-Sperre</translation>
    </message>
    <message>
        <source>Nothing to write: the meter already holds these values.</source>
        <translation>Nichts zu schreiben: Der Zähler hat diese Werte bereits.</translation>
    </message>
    <message>
        <source>the meter does not hold what was written for %1</source>
        <translation>der Zähler enthält nicht, was für %1 geschrieben wurde</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 request, %n attribute(s)</source>
        <translation>
            <numerusform>%1-Anfrage, %n Attribut</numerusform>
            <numerusform>%1-Anfrage, %n Attribute</numerusform>
        </translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>SET result: %1</source>
        <translation>SET-Ergebnis: %1</translation>
    </message>
    <message>
        <source>ACTION result: %1</source>
        <translation>ACTION-Ergebnis: %1</translation>
    </message>
    <message>
        <source>The tariff calendar cannot be shown: %1</source>
        <translation>Der Tarifkalender kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>The load control settings cannot be shown: %1</source>
        <translation>Die Laststeuerung kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>tariff plan</source>
        <translation>Tarifplan</translation>
    </message>
    <message>
        <source>load control</source>
        <translation>Laststeuerung</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s), part of a frame</source>
        <translation>
            <numerusform>%n Byte, Teil eines Rahmens</numerusform>
            <numerusform>%n Bytes, Teil eines Rahmens</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>The meter&apos;s clock was set to this computer&apos;s time.</source>
        <translation>Die Uhr des Zählers wurde auf die Zeit dieses Computers gestellt.</translation>
    </message>
    <message>
        <source>Connect to the meter before setting its clock.</source>
        <translation>Verbinden Sie sich mit dem Zähler, bevor Sie seine Uhr stellen.</translation>
    </message>
    <message>
        <source>This meter&apos;s clock was not read; it cannot be set.</source>
        <translation>Die Uhr dieses Zählers wurde nicht gelesen; sie kann nicht gestellt werden.</translation>
    </message>
    <message>
        <source>The meter&apos;s clock cannot be set: its time does not decode (%1).</source>
        <translation>Die Uhr des Zählers kann nicht gestellt werden: ihre Zeit lässt sich nicht dekodieren (%1).</translation>
    </message>
    <message>
        <source>Setting the meter&apos;s clock…</source>
        <translation>Die Uhr des Zählers wird gestellt…</translation>
    </message>
    <message>
        <source>load profile period</source>
        <translation>Lastgangperiode</translation>
    </message>
    <message>
        <source>Changing the load profile period clears the load profile stored in the meter: its history is lost.</source>
        <translation>Eine Änderung der Lastgangperiode löscht den im Zähler gespeicherten Lastgang: sein Verlauf geht verloren.</translation>
    </message>
    <message>
        <source>Writing %1 loses data stored in the meter.</source>
        <translation>Das Schreiben von %1 löscht im Zähler gespeicherte Daten.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Checking the restored values…</source>
        <translation>Die wiederhergestellten Werte werden geprüft…</translation>
    </message>
    <message>
        <source>Reading back what was written…</source>
        <translation>Das Geschriebene wird zurückgelesen…</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>%1 wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>writing %1 failed: %2</source>
        <translation>das Schreiben von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>automatic display list</source>
        <translation>automatische Anzeigeliste</translation>
    </message>
    <message>
        <source>manual display list</source>
        <translation>manuelle Anzeigeliste</translation>
    </message>
    <message>
        <source>backup-powered display list</source>
        <translation>Anzeigeliste bei Batteriebetrieb</translation>
    </message>
    <message>
        <source>Search for the Bluetooth head, or type its address like 00:1A:7D:DA:71:13.</source>
        <translation>Suchen Sie den Bluetooth-Kopf oder geben Sie seine Adresse ein, etwa 00:1A:7D:DA:71:13.</translation>
    </message>
    <message>
        <source>The clock was set, but reading it back failed.</source>
        <translation>Die Uhr wurde gestellt, aber das Zurücklesen ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>the connection could not start</source>
        <translation>die Verbindung konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>the program was closed during the write</source>
        <translation>das Programm wurde während des Schreibens geschlossen</translation>
    </message>
    <message>
        <source>Check the meter&apos;s address and port, and that the meter or its gateway is switched on and reachable; then Connect again.</source>
        <translation>Prüfen Sie Adresse und Port des Zählers und ob der Zähler oder sein Gateway eingeschaltet und erreichbar ist; drücken Sie dann erneut Verbinden.</translation>
    </message>
    <message>
        <source>Check that the optical head sits squarely on the meter&apos;s optical port (the cable pointing down), that its cable is plugged in and that the meter has power; then Connect again.</source>
        <translation>Prüfen Sie, ob der Optokopf gerade auf der optischen Schnittstelle des Zählers sitzt (Kabel nach unten), ob sein Kabel eingesteckt ist und ob der Zähler Strom hat; drücken Sie dann erneut Verbinden.</translation>
    </message>
    <message>
        <source>Check the network connection to the meter, then Connect again.</source>
        <translation>Prüfen Sie die Netzwerkverbindung zum Zähler und drücken Sie dann erneut Verbinden.</translation>
    </message>
    <message>
        <source>Check the optical head&apos;s position on the meter and its cable (a USB head that was pulled out must be plugged in again), then Connect.</source>
        <translation>Prüfen Sie den Sitz des Optokopfs am Zähler und sein Kabel (ein abgezogener USB-Kopf muss wieder eingesteckt werden) und drücken Sie dann Verbinden.</translation>
    </message>
    <message>
        <source>The meter does not accept this HDLC address: check the meter&apos;s address settings, then Connect again.</source>
        <translation>Der Zähler akzeptiert diese HDLC-Adresse nicht: Prüfen Sie die Adresseinstellungen des Zählers und drücken Sie dann erneut Verbinden.</translation>
    </message>
    <message>
        <source>Type the meter&apos;s reader password again (the connection bar keeps it only for this session), then Connect.</source>
        <translation>Geben Sie das Ableser-Passwort des Zählers erneut ein (die Verbindungsleiste behält es nur für diese Sitzung) und drücken Sie dann Verbinden.</translation>
    </message>
    <message>
        <source>Choose the key file that holds this meter&apos;s EK and AK (keys are per meter), then Connect.</source>
        <translation>Wählen Sie die Schlüsseldatei mit EK und AK dieses Zählers (jeder Zähler hat eigene Schlüssel) und drücken Sie dann Verbinden.</translation>
    </message>
    <message>
        <source>Connect again: the tool reads the meter&apos;s invocation counter (0.0.43.1.0.255) before it opens the installer association.</source>
        <translation>Drücken Sie erneut Verbinden: Das Programm liest den Invocation Counter des Zählers (0.0.43.1.0.255), bevor es die Installateur-Assoziation öffnet.</translation>
    </message>
    <message>
        <source>Check the association (public, reader, installer) and its secret, then Connect again.</source>
        <translation>Prüfen Sie die Assoziation (öffentlich, Ableser, Installateur) und ihr Passwort bzw. ihre Schlüsseldatei und drücken Sie dann erneut Verbinden.</translation>
    </message>
    <message>
        <source>This meter does not have that object; check the meter type and its device profile.</source>
        <translation>Dieser Zähler hat dieses Objekt nicht; prüfen Sie den Zählertyp und sein Geräteprofil.</translation>
    </message>
    <message>
        <source>This association may not do that: connect as installer.</source>
        <translation>Diese Assoziation darf das nicht: Verbinden Sie sich als Installateur.</translation>
    </message>
    <message>
        <source>Connect again. If it keeps happening, save the trace (Trace page, Save) and send it with a description of the meter.</source>
        <translation>Drücken Sie erneut Verbinden. Tritt der Fehler weiter auf, speichern Sie den Mitschnitt (Seite „Mitschnitt“, Speichern) und senden Sie ihn mit einer Beschreibung des Zählers.</translation>
    </message>
    <message>
        <source>Plug the optical head in, or choose its port again in the connection bar (the list is refreshed when it opens).</source>
        <translation>Stecken Sie den Optokopf ein oder wählen Sie seine Schnittstelle in der Verbindungsleiste erneut (die Liste wird beim Öffnen aktualisiert).</translation>
    </message>
    <message>
        <source>Close the other program that has the port open, then Connect again.</source>
        <translation>Schließen Sie das andere Programm, das die Schnittstelle geöffnet hat, und drücken Sie dann erneut Verbinden.</translation>
    </message>
    <message>
        <source>Your user may not open serial ports: add it to the dialout group (sudo usermod -aG dialout $USER), log out and in again, then Connect.</source>
        <translation>Ihr Benutzer darf keine seriellen Schnittstellen öffnen: Fügen Sie ihn der Gruppe dialout hinzu (sudo usermod -aG dialout $USER), melden Sie sich ab und wieder an und drücken Sie dann Verbinden.</translation>
    </message>
    <message>
        <source>Your user may not open this port: ask the computer&apos;s administrator.</source>
        <translation>Ihr Benutzer darf diese Schnittstelle nicht öffnen: Wenden Sie sich an den Administrator des Computers.</translation>
    </message>
    <message>
        <source>Check the meter&apos;s address and port, then Connect again.</source>
        <translation>Prüfen Sie Adresse und Port des Zählers und drücken Sie dann erneut Verbinden.</translation>
    </message>
    <message>
        <source>Connect again.</source>
        <translation>Drücken Sie erneut Verbinden.</translation>
    </message>
    <message>
        <source>Start the computer&apos;s Bluetooth service or plug in a Bluetooth adapter, then Connect again.</source>
        <translation>Starten Sie den Bluetooth-Dienst des Computers oder stecken Sie einen Bluetooth-Adapter ein und drücken Sie dann erneut Verbinden.</translation>
    </message>
    <message>
        <source>Switch Bluetooth on, then Connect again.</source>
        <translation>Schalten Sie Bluetooth ein und drücken Sie dann erneut Verbinden.</translation>
    </message>
    <message>
        <source>Pair the Bluetooth head in the system&apos;s Bluetooth settings, then Connect again.</source>
        <translation>Koppeln Sie den Bluetooth-Kopf in den Bluetooth-Einstellungen des Systems und drücken Sie dann erneut Verbinden.</translation>
    </message>
    <message>
        <source>Choose the Bluetooth optical head, not another Bluetooth device.</source>
        <translation>Wählen Sie den Bluetooth-Optokopf, nicht ein anderes Bluetooth-Gerät.</translation>
    </message>
    <message>
        <source>This optical port offers only a data readout; configure the meter through a port that offers DLMS (mode E).</source>
        <translation>Diese optische Schnittstelle bietet nur eine Datenauslesung; konfigurieren Sie den Zähler über eine Schnittstelle mit DLMS (Mode E).</translation>
    </message>
    <message>
        <source>A write to the meter is under way: wait for it to finish.</source>
        <translation>Ein Schreibvorgang in den Zähler läuft: Warten Sie, bis er abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Restart OpenMeterTool.</source>
        <translation>Starten Sie OpenMeterTool neu.</translation>
    </message>
    <message>
        <source>“%1” is not a TCP address.</source>
        <translation>„%1“ ist keine TCP-Adresse.</translation>
    </message>
    <message>
        <source>No Bluetooth head is chosen.</source>
        <translation>Es ist kein Bluetooth-Kopf ausgewählt.</translation>
    </message>
    <message>
        <source>No serial port is chosen.</source>
        <translation>Es ist keine serielle Schnittstelle ausgewählt.</translation>
    </message>
    <message>
        <source>Type the reader password in the connection bar, then Connect.</source>
        <translation>Geben Sie das Ableser-Passwort in der Verbindungsleiste ein und drücken Sie dann Verbinden.</translation>
    </message>
    <message>
        <source>Choose the key file in the connection bar, then Connect.</source>
        <translation>Wählen Sie die Schlüsseldatei in der Verbindungsleiste und drücken Sie dann Verbinden.</translation>
    </message>
    <message>
        <source>Choose a key file with lines EK = &lt;32 hex digits&gt; and AK = &lt;32 hex digits&gt;, then Connect.</source>
        <translation>Wählen Sie eine Schlüsseldatei mit den Zeilen EK = &lt;32 Hex-Ziffern&gt; und AK = &lt;32 Hex-Ziffern&gt; und drücken Sie dann Verbinden.</translation>
    </message>
    <message>
        <source>cancelled while connecting again</source>
        <translation>abgebrochen beim erneuten Verbinden</translation>
    </message>
    <message>
        <source>Stopping the write: what was written is being put back…</source>
        <translation>Schreiben wird gestoppt: Die alten Werte werden zurückgeschrieben…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Connecting again to finish the write: %1</source>
        <translation>Erneutes Verbinden, um das Schreiben abzuschließen: %1</translation>
    </message>
    <message>
        <source>Connected again: the write goes on.</source>
        <translation>Wieder verbunden: Das Schreiben wird fortgesetzt.</translation>
    </message>
    <message>
        <source>The connection closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>Connecting to the meter failed.</source>
        <translation>Die Verbindung mit dem Zähler ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The link to the meter was lost.</source>
        <translation>Die Verbindung zum Zähler ist abgebrochen.</translation>
    </message>
    <message>
        <source>Reading the meter failed.</source>
        <translation>Das Auslesen des Zählers ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The clock was not set.</source>
        <translation>Die Uhr wurde nicht gestellt.</translation>
    </message>
    <message>
        <source>Connect to a meter first.</source>
        <translation>Verbinden Sie sich zuerst mit einem Zähler.</translation>
    </message>
    <message>
        <source>The meter refused the new time (%1).</source>
        <translation>Der Zähler hat die neue Zeit abgelehnt (%1).</translation>
    </message>
    <message>
        <source>Connect as installer to set the meter&apos;s clock.</source>
        <translation>Verbinden Sie sich als Installateur, um die Uhr des Zählers zu stellen.</translation>
    </message>
    <message>
        <source>This meter does not say which type it is.</source>
        <translation>Dieser Zähler nennt seinen Typ nicht.</translation>
    </message>
    <message>
        <source>Connect as reader or installer to read its type number.</source>
        <translation>Verbinden Sie sich als Ableser oder Installateur, um seine Typennummer zu lesen.</translation>
    </message>
    <message>
        <source>The device profile for this meter cannot be used.</source>
        <translation>Das Geräteprofil für diesen Zähler ist nicht verwendbar.</translation>
    </message>
    <message>
        <source>Reinstall OpenMeterTool, or correct the profile file the message names.</source>
        <translation>Installieren Sie OpenMeterTool neu oder korrigieren Sie die in der Meldung genannte Profildatei.</translation>
    </message>
    <message>
        <source>Nothing was written: not connected.</source>
        <translation>Es wurde nichts geschrieben: nicht verbunden.</translation>
    </message>
    <message>
        <source>Connect to the meter, then Write again: the pending changes are kept.</source>
        <translation>Verbinden Sie sich mit dem Zähler und wählen Sie dann erneut „In den Zähler schreiben“: Die ausstehenden Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Nothing was written: the pending plans break the meter&apos;s rules.</source>
        <translation>Es wurde nichts geschrieben: Die ausstehenden Pläne verletzen die Regeln des Zählers.</translation>
    </message>
    <message>
        <source>Correct what the pages mark, then Write again.</source>
        <translation>Korrigieren Sie, was die Seiten markieren, und wählen Sie dann erneut „In den Zähler schreiben“.</translation>
    </message>
    <message>
        <source>Correct the pending changes the message names, then Write again.</source>
        <translation>Korrigieren Sie die in der Meldung genannten ausstehenden Änderungen und wählen Sie dann erneut „In den Zähler schreiben“.</translation>
    </message>
    <message>
        <source>Nothing to restore: the meter already holds the backup&apos;s values.</source>
        <translation>Nichts wiederherzustellen: Der Zähler hat bereits die Werte der Sicherung.</translation>
    </message>
    <message>
        <source>Nothing to write.</source>
        <translation>Nichts zu schreiben.</translation>
    </message>
    <message>
        <source>Nothing was written: the backup of the old values could not be saved.</source>
        <translation>Es wurde nichts geschrieben: Die Sicherung der alten Werte konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Free some disk space or fix the folder&apos;s permissions, then Write again.</source>
        <translation>Geben Sie Speicherplatz frei oder korrigieren Sie die Berechtigungen des Ordners und wählen Sie dann erneut „In den Zähler schreiben“.</translation>
    </message>
    <message>
        <source>Nothing was written: the audit log could not be written.</source>
        <translation>Es wurde nichts geschrieben: Das Prüfprotokoll konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Free some disk space or fix the audit log&apos;s permissions, then Write again.</source>
        <translation>Geben Sie Speicherplatz frei oder korrigieren Sie die Berechtigungen des Prüfprotokolls und wählen Sie dann erneut „In den Zähler schreiben“.</translation>
    </message>
    <message>
        <source>Nothing was written: the write journal could not be saved.</source>
        <translation>Es wurde nichts geschrieben: Das Schreibjournal konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Free some disk space, then Write again.</source>
        <translation>Geben Sie Speicherplatz frei und wählen Sie dann erneut „In den Zähler schreiben“.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>The link to the meter was lost: connecting again to finish the write safely.</source>
        <translation>Die Verbindung zum Zähler ist abgebrochen: Es wird erneut verbunden, um das Schreiben sicher abzuschließen.</translation>
    </message>
    <message numerus="yes">
        <source>Connecting again in %n s (attempt %1 of %2)…</source>
        <translation>
            <numerusform>Erneutes Verbinden in %n s (Versuch %1 von %2)…</numerusform>
            <numerusform>Erneutes Verbinden in %n s (Versuch %1 von %2)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written and verified.</source>
        <translation>
            <numerusform>%n Änderung geschrieben und geprüft.</numerusform>
            <numerusform>%n Änderungen geschrieben und geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was restored and verified.</source>
        <translation>Die Sicherung wurde wiederhergestellt und geprüft.</translation>
    </message>
    <message>
        <source>The write was cancelled: the meter holds its old configuration.</source>
        <translation>Das Schreiben wurde abgebrochen: Der Zähler hat seine alte Konfiguration.</translation>
    </message>
    <message>
        <source>The write failed: the meter holds its old configuration.</source>
        <translation>Das Schreiben ist fehlgeschlagen: Der Zähler hat seine alte Konfiguration.</translation>
    </message>
    <message>
        <source>The write failed and the old values could not all be put back: the meter may hold part of it.</source>
        <translation>Das Schreiben ist fehlgeschlagen, und nicht alle alten Werte konnten zurückgeschrieben werden: Der Zähler kann einen Teil der neuen Werte enthalten.</translation>
    </message>
    <message>
        <source>%1; restoring: %2</source>
        <translation>%1; beim Wiederherstellen: %2</translation>
    </message>
    <message>
        <source>The CT ratio lock was written but does not read back; it cannot be undone.</source>
        <translation>Die Sperre des CT-Verhältnisses wurde geschrieben, lässt sich aber nicht zurücklesen; sie kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The audit log could not be written: %1</source>
        <translation>Das Prüfprotokoll konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The audit log cannot be written: %1</source>
        <translation>Das Prüfprotokoll kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The backup cannot be read.</source>
        <translation>Die Sicherung kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Choose the backup file again.</source>
        <translation>Wählen Sie die Sicherungsdatei erneut.</translation>
    </message>
    <message>
        <source>%1 is not a backup this version can restore.</source>
        <translation>%1 ist keine Sicherung, die diese Version wiederherstellen kann.</translation>
    </message>
    <message>
        <source>Choose a backup saved by OpenMeterTool or omt.</source>
        <translation>Wählen Sie eine von OpenMeterTool oder omt gespeicherte Sicherung.</translation>
    </message>
    <message>
        <source>Connect to meter %1 as installer to restore this backup.</source>
        <translation>Verbinden Sie sich als Installateur mit Zähler %1, um diese Sicherung wiederherzustellen.</translation>
    </message>
    <message>
        <source>Connect, then choose Restore backup again.</source>
        <translation>Drücken Sie Verbinden und wählen Sie dann erneut „Sicherung wiederherstellen“.</translation>
    </message>
    <message>
        <source>This backup is of meter %1, not of the connected meter %2.</source>
        <translation>Diese Sicherung stammt von Zähler %1, nicht vom verbundenen Zähler %2.</translation>
    </message>
    <message>
        <source>Connect to meter %1, then restore it.</source>
        <translation>Verbinden Sie sich mit Zähler %1 und stellen Sie sie dann wieder her.</translation>
    </message>
    <message>
        <source>The backup does not fit this meter.</source>
        <translation>Die Sicherung passt nicht zu diesem Zähler.</translation>
    </message>
    <message>
        <source>Connect to a meter before opening a template.</source>
        <translation>Verbinden Sie sich mit einem Zähler, bevor Sie eine Vorlage öffnen.</translation>
    </message>
    <message>
        <source>The template&apos;s values become pending changes of the connected meter.</source>
        <translation>Die Werte der Vorlage werden zu ausstehenden Änderungen des verbundenen Zählers.</translation>
    </message>
    <message>
        <source>The template cannot be read.</source>
        <translation>Die Vorlage kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not a configuration template this version reads.</source>
        <translation>%1 ist keine Konfigurationsvorlage, die diese Version lesen kann.</translation>
    </message>
    <message>
        <source>Choose a template saved by OpenMeterTool or `omt config show --json`.</source>
        <translation>Wählen Sie eine von OpenMeterTool oder `omt config show --json` gespeicherte Vorlage.</translation>
    </message>
    <message>
        <source>The template does not fit this meter.</source>
        <translation>Die Vorlage passt nicht zu diesem Zähler.</translation>
    </message>
    <message>
        <source>Open template %1</source>
        <translation>Vorlage %1 öffnen</translation>
    </message>
    <message>
        <source>The template&apos;s changes are pending: check them, then Write to meter.</source>
        <translation>Die Änderungen der Vorlage stehen aus: Prüfen Sie sie und wählen Sie dann „In den Zähler schreiben“.</translation>
    </message>
    <message>
        <source>Connect to a meter before saving a template.</source>
        <translation>Verbinden Sie sich mit einem Zähler, bevor Sie eine Vorlage speichern.</translation>
    </message>
    <message>
        <source>The pending configuration cannot be saved.</source>
        <translation>Die ausstehende Konfiguration kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Correct the pending changes the message names.</source>
        <translation>Korrigieren Sie die in der Meldung genannten ausstehenden Änderungen.</translation>
    </message>
    <message>
        <source>The template could not be saved.</source>
        <translation>Die Vorlage konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Saved the template %1.</source>
        <translation>Vorlage %1 gespeichert.</translation>
    </message>
    <message>
        <source>A write journal entry cannot be read: %1</source>
        <translation>Ein Eintrag im Schreibjournal kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This association cannot set the meter&apos;s clock.</source>
        <translation>Diese Assoziation kann die Uhr des Zählers nicht stellen.</translation>
    </message>
    <message>
        <source>load profile 2 period</source>
        <translation>Periode von Lastgang 2</translation>
    </message>
    <message>
        <source>CT ratio unlock</source>
        <translation>Entsperren des CT-Verhältnisses</translation>
    </message>
</context>
<context>
    <name>omt::link</name>
    <message>
        <source>No answer on %1: check that the head is on the optical port and the cable, and that the meter is powered.</source>
        <translation>Keine Antwort auf %1: Prüfen Sie, ob der Optokopf auf der optischen Schnittstelle sitzt, das Kabel, und ob der Zähler Strom hat.</translation>
    </message>
    <message>
        <source>The meter&apos;s sign-on answer was not usable (%1).</source>
        <translation>Die Antwort des Zählers auf die Anmeldung war nicht verwendbar (%1).</translation>
    </message>
    <message>
        <source>The meter refused the HDLC connection (%1): check the client and server addresses.</source>
        <translation>Der Zähler hat die HDLC-Verbindung abgelehnt (%1): Prüfen Sie die Client- und Serveradressen.</translation>
    </message>
    <message>
        <source>The link to the meter was lost (%1).</source>
        <translation>Die Verbindung zum Zähler ist abgebrochen (%1).</translation>
    </message>
    <message>
        <source>The meter rejected the association: wrong password (LLS).</source>
        <translation>Der Zähler hat die Assoziation abgelehnt: falsches Passwort (LLS).</translation>
    </message>
    <message>
        <source>The meter rejected the association: the encryption or authentication key is wrong.</source>
        <translation>Der Zähler hat die Assoziation abgelehnt: Der Verschlüsselungs- oder Authentifizierungsschlüssel ist falsch.</translation>
    </message>
    <message>
        <source>The meter&apos;s answer fails authentication: the encryption or authentication key is wrong.</source>
        <translation>Die Antwort des Zählers besteht die Authentifizierung nicht: Der Verschlüsselungs- oder Authentifizierungsschlüssel ist falsch.</translation>
    </message>
    <message>
        <source>Invocation counter too low (%1): the frame counter must be read and set again.</source>
        <translation>Invocation Counter zu niedrig (%1): Der Rahmenzähler muss neu gelesen und gesetzt werden.</translation>
    </message>
    <message>
        <source>The meter rejected the association (%1).</source>
        <translation>Der Zähler hat die Assoziation abgelehnt (%1).</translation>
    </message>
    <message>
        <source>Object %1 is not in this meter&apos;s association.</source>
        <translation>Das Objekt %1 ist in der Assoziation dieses Zählers nicht vorhanden.</translation>
    </message>
    <message>
        <source>Access to %1 is denied in this association.</source>
        <translation>Der Zugriff auf %1 ist in dieser Assoziation verweigert.</translation>
    </message>
    <message>
        <source>The meter refused %1.</source>
        <translation>Der Zähler hat %1 abgelehnt.</translation>
    </message>
    <message>
        <source>The meter refused the request (%1).</source>
        <translation>Der Zähler hat die Anfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The meter&apos;s answer could not be understood (%1).</source>
        <translation>Die Antwort des Zählers war unverständlich (%1).</translation>
    </message>
    <message>
        <source>Port %1 does not exist.</source>
        <translation>Die Schnittstelle %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Port %1 is in use by another program.</source>
        <translation>Die Schnittstelle %1 wird von einem anderen Programm verwendet.</translation>
    </message>
    <message>
        <source>No permission to open %1.</source>
        <translation>Keine Berechtigung, %1 zu öffnen.</translation>
    </message>
    <message>
        <source>Port error: %1.</source>
        <translation>Schnittstellenfehler: %1.</translation>
    </message>
    <message>
        <source>Nobody accepts connections at %1.</source>
        <translation>Unter %1 nimmt niemand Verbindungen an.</translation>
    </message>
    <message>
        <source>Host %1 not found.</source>
        <translation>Host %1 nicht gefunden.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The connection is not ready for this request (%1).</source>
        <translation>Die Verbindung ist für diese Anfrage nicht bereit (%1).</translation>
    </message>
    <message>
        <source>No Bluetooth adapter found on this computer (or the Bluetooth service is not running).</source>
        <translation>Auf diesem Computer wurde kein Bluetooth-Adapter gefunden (oder der Bluetooth-Dienst läuft nicht).</translation>
    </message>
    <message>
        <source>The Bluetooth adapter is switched off: switch it on and try again.</source>
        <translation>Der Bluetooth-Adapter ist ausgeschaltet: Schalten Sie ihn ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Pair the Bluetooth head with this computer first (%1).</source>
        <translation>Koppeln Sie den Bluetooth-Kopf zuerst mit diesem Computer (%1).</translation>
    </message>
    <message>
        <source>The Bluetooth device %1 offers no serial service: is it an optical head?</source>
        <translation>Das Bluetooth-Gerät %1 bietet keinen seriellen Dienst an: Ist es ein optischer Lesekopf?</translation>
    </message>
    <message>
        <source>The meter (%1) offers only an IEC 62056-21 mode C data readout, no DLMS on this port: only its data readout can be read.</source>
        <translation>Der Zähler (%1) bietet an dieser Schnittstelle nur eine Datenauslesung nach IEC 62056-21 Mode C, kein DLMS: nur die Datenauslesung kann gelesen werden.</translation>
    </message>
    <message>
        <source>the meter&apos;s answer holds no result</source>
        <translation>die Antwort des Zählers enthält kein Ergebnis</translation>
    </message>
    <message>
        <source>the meter refused %1 (%2)</source>
        <translation>der Zähler hat %1 abgelehnt (%2)</translation>
    </message>
    <message>
        <source>the meter refused action %1 (%2)</source>
        <translation>der Zähler hat die Aktion %1 abgelehnt (%2)</translation>
    </message>
    <message>
        <source>the meter answered a write with something else</source>
        <translation>der Zähler hat auf einen Schreibbefehl etwas anderes geantwortet</translation>
    </message>
</context>
<context>
    <name>omt::ui::AboutDialog</name>
    <message>
        <source>About OpenMeterTool</source>
        <translation>Über OpenMeterTool</translation>
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
        <translation>Konfiguriert und liest DLMS/COSEM-Stromzähler (Kamstrup OMNIPOWER CT und OMNIA) über einen Optokopf.</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (erstellt mit Qt %2)</translation>
    </message>
    <message>
        <source>OpenSSL: %1</source>
        <translation>OpenSSL: %1</translation>
    </message>
    <message>
        <source>Licence: see the licence file distributed with OpenMeterTool.</source>
        <translation>Lizenz: siehe die Lizenzdatei, die mit OpenMeterTool verteilt wird.</translation>
    </message>
    <message>
        <source>Backups and the audit log: %1</source>
        <translation>Sicherungen und Prüfprotokoll: %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
</context>
<context>
    <name>omt::ui::AuditLogDialog</name>
    <message>
        <source>&amp;Open in another program</source>
        <translation>In anderem Programm ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Filter: text in any column</source>
        <translation>Filter: Text in einer beliebigen Spalte</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Open %1 in the program this computer uses for CSV files.</source>
        <translation>%1 in dem Programm öffnen, das dieser Computer für CSV-Dateien verwendet.</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>No write has been recorded yet.</source>
        <translation>Es wurde noch kein Schreibvorgang protokolliert.</translation>
    </message>
    <message>
        <source>The audit log %1 cannot be read: %2</source>
        <translation>Das Prüfprotokoll %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in %1.</source>
        <translation>
            <numerusform>%n Eintrag in %1.</numerusform>
            <numerusform>%n Einträge in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) are not records; they are shown as they stand in the file.</source>
        <translation>
            <numerusform>%n Zeile ist kein Eintrag; sie wird so gezeigt, wie sie in der Datei steht.</numerusform>
            <numerusform>%n Zeilen sind keine Einträge; sie werden so gezeigt, wie sie in der Datei stehen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omt::ui::AuditLogModel</name>
    <message>
        <source>not a record (line %1): a quoted field is not closed</source>
        <translation>kein Eintrag (Zeile %1): ein Feld in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>not a record (line %1): text after a closing quote</source>
        <translation>kein Eintrag (Zeile %1): Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>not a record (line %1): a quote inside a field</source>
        <translation>kein Eintrag (Zeile %1): ein Anführungszeichen innerhalb eines Feldes</translation>
    </message>
    <message numerus="yes">
        <source>not a record (line %1): %n field(s) instead of 7</source>
        <translation>
            <numerusform>kein Eintrag (Zeile %1): %n Feld statt 7</numerusform>
            <numerusform>kein Eintrag (Zeile %1): %n Felder statt 7</numerusform>
        </translation>
    </message>
    <message>
        <source>not a record (line %1): the time does not read</source>
        <translation>kein Eintrag (Zeile %1): die Zeit ist nicht lesbar</translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <translation>%1 (UTC)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>omt::ui::ConfigCodesPage</name>
    <message>
        <source>The full configuration string; paste one to set every field.</source>
        <translation>Die vollständige Konfigurationszeichenfolge; fügen Sie eine ein, um alle Felder zu setzen.</translation>
    </message>
    <message>
        <source>&amp;Configuration:</source>
        <translation>&amp;Konfiguration:</translation>
    </message>
    <message>
        <source>In meter:</source>
        <translation>Im Zähler:</translation>
    </message>
    <message>
        <source>The configuration string is empty.</source>
        <translation>Die Konfigurationszeichenfolge ist leer.</translation>
    </message>
    <message>
        <source>Only digits and &apos;-&apos; are allowed (position %1).</source>
        <translation>Nur Ziffern und &apos;-&apos; sind erlaubt (Position %1).</translation>
    </message>
    <message>
        <source>A configuration has 56 digits; this one has %1.</source>
        <translation>Eine Konfiguration hat 56 Ziffern; diese hat %1.</translation>
    </message>
    <message>
        <source>A configuration has 28 fields separated by &apos;-&apos;.</source>
        <translation>Eine Konfiguration hat 28 durch &apos;-&apos; getrennte Felder.</translation>
    </message>
    <message>
        <source>A field has the wrong number of digits (%1).</source>
        <translation>Ein Feld hat die falsche Anzahl Ziffern (%1).</translation>
    </message>
    <message>
        <source>Connect to a meter to see its configuration.</source>
        <translation>Verbinden Sie sich mit einem Zähler, um seine Konfiguration zu sehen.</translation>
    </message>
    <message>
        <source>The configuration is valid for variant %1.</source>
        <translation>Die Konfiguration ist für Variante %1 gültig.</translation>
    </message>
    <message>
        <source>Connect to a meter to see its configuration codes.</source>
        <translation>Verbinden Sie sich mit einem Zähler, um seine Konfigurationscodes zu sehen.</translation>
    </message>
    <message>
        <source>The configuration codes cannot be read with the public association. Connect as reader or installer.</source>
        <translation>Die Konfigurationscodes können mit der öffentlichen Assoziation nicht gelesen werden. Verbinden Sie sich als Ableser oder Installateur.</translation>
    </message>
    <message>
        <source>This meter has no configuration codes.</source>
        <translation>Dieser Zähler hat keine Konfigurationscodes.</translation>
    </message>
</context>
<context>
    <name>omt::ui::ConnectionBar</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Meter connection</source>
        <translation>Zählerverbindung</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Key file (EK/AK)</source>
        <translation>Schlüsseldatei (EK/AK)</translation>
    </message>
    <message>
        <source>Public (no security)</source>
        <translation>Öffentlich (ohne Sicherheit)</translation>
    </message>
    <message>
        <source>Reader (password)</source>
        <translation>Ableser (Passwort)</translation>
    </message>
    <message>
        <source>Installer (HLS keys)</source>
        <translation>Installateur (HLS-Schlüssel)</translation>
    </message>
    <message>
        <source>&amp;Meter:</source>
        <translation>Zä&amp;hler:</translation>
    </message>
    <message>
        <source>Demo meter: OMNIPOWER CT</source>
        <translation>Demo-Zähler: OMNIPOWER CT</translation>
    </message>
    <message>
        <source>Demo meter: OMNIA e-meter</source>
        <translation>Demo-Zähler: OMNIA e-meter</translation>
    </message>
    <message>
        <source>Optical head: %1</source>
        <translation>Optokopf: %1</translation>
    </message>
    <message>
        <source>Optical head: other port…</source>
        <translation>Optokopf: andere Schnittstelle…</translation>
    </message>
    <message>
        <source>TCP (HDLC or wrapper)…</source>
        <translation>TCP (HDLC oder Wrapper)…</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>Host:Port</translation>
    </message>
    <message>
        <source>/dev/ttyUSB0</source>
        <translation>/dev/ttyUSB0</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>AA:BB:CC:DD:EE:FF</source>
        <translation>AA:BB:CC:DD:EE:FF</translation>
    </message>
    <message>
        <source>Bluetooth head</source>
        <translation>Bluetooth-Kopf</translation>
    </message>
    <message>
        <source>Look for Bluetooth optical heads nearby.</source>
        <translation>Nach Bluetooth-Optoköpfen in der Nähe suchen.</translation>
    </message>
    <message>
        <source>Bluetooth head…</source>
        <translation>Bluetooth-Kopf…</translation>
    </message>
    <message>
        <source>Choose a head found by Search or type its address (AA:BB:CC:DD:EE:FF).</source>
        <translation>Wählen Sie einen mit Suchen gefundenen Kopf oder geben Sie seine Adresse ein (AA:BB:CC:DD:EE:FF).</translation>
    </message>
    <message>
        <source>Searching for Bluetooth heads…</source>
        <translation>Suche nach Bluetooth-Köpfen…</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
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
        <translation>Keine Bluetooth-Köpfe gefunden. Ist der Kopf eingeschaltet und in der Nähe?</translation>
    </message>
    <message numerus="yes">
        <source>Found %n Bluetooth head(s).</source>
        <translation>
            <numerusform>%n Bluetooth-Kopf gefunden.</numerusform>
            <numerusform>%n Bluetooth-Köpfe gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Bluetooth adapter found.</source>
        <translation>Kein Bluetooth-Adapter gefunden.</translation>
    </message>
    <message>
        <source>The Bluetooth adapter is switched off: switch it on and search again.</source>
        <translation>Der Bluetooth-Adapter ist ausgeschaltet: schalten Sie ihn ein und suchen Sie erneut.</translation>
    </message>
    <message>
        <source>This program may not use Bluetooth: allow it in the system settings and search again.</source>
        <translation>Dieses Programm darf Bluetooth nicht verwenden: erlauben Sie es in den Systemeinstellungen und suchen Sie erneut.</translation>
    </message>
    <message>
        <source>Bluetooth search is not supported on this system.</source>
        <translation>Die Bluetooth-Suche wird auf diesem System nicht unterstützt.</translation>
    </message>
    <message>
        <source>The Bluetooth search failed. Search again.</source>
        <translation>Die Bluetooth-Suche ist fehlgeschlagen. Suchen Sie erneut.</translation>
    </message>
</context>
<context>
    <name>omt::ui::CtRatioPage</name>
    <message>
        <source>%1/%2 A (factor %3)</source>
        <translation>%1/%2 A (Faktor %3)</translation>
    </message>
    <message>
        <source>&amp;Lock the ratio…</source>
        <translation>Verhältnis &amp;sperren…</translation>
    </message>
    <message>
        <source>Any factor from 1 to 600: primary current = factor × secondary.</source>
        <translation>Jeder Faktor von 1 bis 600: Primärstrom = Faktor × Sekundärstrom.</translation>
    </message>
    <message>
        <source>%1 (%2/5 A or %3/1 A)</source>
        <translation>%1 (%2/5 A oder %3/1 A)</translation>
    </message>
    <message>
        <source>In the meter</source>
        <translation>Im Zähler</translation>
    </message>
    <message>
        <source>Ratio:</source>
        <translation>Verhältnis:</translation>
    </message>
    <message>
        <source>Lock:</source>
        <translation>Sperre:</translation>
    </message>
    <message>
        <source>New ratio</source>
        <translation>Neues Verhältnis</translation>
    </message>
    <message>
        <source>&amp;Standard ratio:</source>
        <translation>S&amp;tandardverhältnis:</translation>
    </message>
    <message>
        <source>&amp;Custom factor:</source>
        <translation>&amp;Eigener Faktor:</translation>
    </message>
    <message>
        <source>Will be:</source>
        <translation>Wird:</translation>
    </message>
    <message>
        <source>The CT ratio is already locked.</source>
        <translation>Das CT-Verhältnis ist bereits gesperrt.</translation>
    </message>
    <message>
        <source>Lock the CT ratio permanently</source>
        <translation>CT-Verhältnis dauerhaft sperren</translation>
    </message>
    <message>
        <source>This meter has no CT ratio.</source>
        <translation>Dieser Zähler hat kein CT-Verhältnis.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Locked: the ratio can no longer be changed.</source>
        <translation>Gesperrt: Das Verhältnis kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Nicht gesperrt</translation>
    </message>
    <message>
        <source>and locked (pending)</source>
        <translation>und gesperrt (ausstehend)</translation>
    </message>
    <message>
        <source>Lock the CT ratio at %1?

This is PERMANENT: this meter type does not allow unlocking from the optical port (device profile), so once written, the ratio cannot be changed from here again.</source>
        <translation>CT-Verhältnis bei %1 sperren?

Das ist DAUERHAFT: Dieser Zählertyp erlaubt kein Entsperren über die optische Schnittstelle (Geräteprofil); einmal geschrieben, kann das Verhältnis von hier aus nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Lock the CT ratio at %1?

The device profile says this meter type can be unlocked again from the optical port.</source>
        <translation>CT-Verhältnis bei %1 sperren?

Laut Geräteprofil kann dieser Zählertyp über die optische Schnittstelle wieder entsperrt werden.</translation>
    </message>
    <message>
        <source>Lock the CT ratio at %1?

Treat this as PERMANENT: the device profile does not say whether this meter type can be unlocked, and OpenMeterTool never unlocks it.</source>
        <translation>CT-Verhältnis bei %1 sperren?

Betrachten Sie das als DAUERHAFT: Das Geräteprofil sagt nicht, ob dieser Zählertyp entsperrt werden kann, und OpenMeterTool entsperrt ihn nie.</translation>
    </message>
    <message>
        <source>Lock the CT ratio</source>
        <translation>CT-Verhältnis sperren</translation>
    </message>
    <message>
        <source>The factor is the transformer&apos;s primary current divided by its secondary current (5 A or 1 A, set by the meter&apos;s type). The display shows primary energy (secondary energy × factor); the S0 output counts secondary energy; Z23 and Z24 choose the basis of the load profile and of the module&apos;s pulse output.</source>
        <translation>Der Faktor ist der Primärstrom des Wandlers geteilt durch seinen Sekundärstrom (5 A oder 1 A, durch den Zählertyp festgelegt). Die Anzeige zeigt Primärenergie (Sekundärenergie × Faktor); der S0-Ausgang zählt Sekundärenergie; Z23 und Z24 wählen die Grundlage des Lastprofils und des Impulsausgangs des Moduls.</translation>
    </message>
    <message>
        <source>Locking fixes the ratio for good: this meter type does not allow unlocking from the optical port (device profile).</source>
        <translation>Das Sperren legt das Verhältnis endgültig fest: Dieser Zählertyp erlaubt kein Entsperren über die optische Schnittstelle (Geräteprofil).</translation>
    </message>
    <message>
        <source>The device profile says a locked ratio can be unlocked again on this meter type.</source>
        <translation>Laut Geräteprofil kann ein gesperrtes Verhältnis bei diesem Zählertyp wieder entsperrt werden.</translation>
    </message>
    <message>
        <source>The device profile does not say whether a locked ratio can be unlocked on this meter type; OpenMeterTool never unlocks it.</source>
        <translation>Das Geräteprofil sagt nicht, ob ein gesperrtes Verhältnis bei diesem Zählertyp entsperrt werden kann; OpenMeterTool entsperrt es nie.</translation>
    </message>
</context>
<context>
    <name>omt::ui::DisplayCatalogueModel</name>
    <message>
        <source>Historical value: not allowed in the automatic list.</source>
        <translation>Historischer Wert: in der automatischen Liste nicht erlaubt.</translation>
    </message>
    <message>
        <source>Legal reading: always in the manual list.</source>
        <translation>Eichrechtlich relevanter Wert: immer in der manuellen Liste.</translation>
    </message>
</context>
<context>
    <name>omt::ui::DisplayListModel</name>
    <message>
        <source>%1: legal reading, cannot be removed from the manual list.</source>
        <translation>%1: eichrechtlich relevanter Wert, kann nicht aus der manuellen Liste entfernt werden.</translation>
    </message>
    <message>
        <source>Add %1 to the %2 list</source>
        <translation>%1 zur Liste „%2“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1 from the %2 list</source>
        <translation>%1 aus der Liste „%2“ entfernen</translation>
    </message>
    <message>
        <source>Reorder the %1 list</source>
        <translation>Liste „%1“ umsortieren</translation>
    </message>
</context>
<context>
    <name>omt::ui::DisplayListsPage</name>
    <message>
        <source>Filter readings</source>
        <translation>Messwerte filtern</translation>
    </message>
    <message>
        <source>&amp;Add →</source>
        <translation>&amp;Hinzufügen →</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Readings the meter offers</source>
        <translation>Messwerte, die der Zähler anbietet</translation>
    </message>
    <message>
        <source>This meter has no display lists.</source>
        <translation>Dieser Zähler hat keine Anzeigelisten.</translation>
    </message>
    <message>
        <source>Connect to a meter to edit its display lists.</source>
        <translation>Verbinden Sie sich mit einem Zähler, um seine Anzeigelisten zu bearbeiten.</translation>
    </message>
    <message>
        <source>(Size limit assumed: the data sheet gives none.)</source>
        <translation>(Größengrenze angenommen: Das Datenblatt nennt keine.)</translation>
    </message>
    <message>
        <source>%1: no value read from the meter yet.</source>
        <translation>%1: noch kein Wert vom Zähler gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of at most %n reading(s).</source>
        <translation>
            <numerusform>%1 von höchstens %n Messwert.</numerusform>
            <numerusform>%1 von höchstens %n Messwerten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omt::ui::InterruptedWritesPanel</name>
    <message>
        <source>Writes that did not finish</source>
        <translation>Nicht abgeschlossene Schreibvorgänge</translation>
    </message>
    <message>
        <source>A meter of unknown serial number</source>
        <translation>Ein Zähler mit unbekannter Seriennummer</translation>
    </message>
    <message>
        <source>Meter %1</source>
        <translation>Zähler %1</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>zu unbekannter Zeit</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4.</source>
        <translation>%1, %2, %3: %4.</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>unbekanntes Programm</translation>
    </message>
    <message>
        <source>settings not recorded</source>
        <translation>Einstellungen nicht protokolliert</translation>
    </message>
    <message>
        <source>No backup was saved.</source>
        <translation>Es wurde keine Sicherung gespeichert.</translation>
    </message>
    <message>
        <source>Backup of the old values: %1</source>
        <translation>Sicherung der alten Werte: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) did not finish: the meter may hold part of the new values. Restore the backup on that meter, or dismiss the entry once it is repaired.</source>
        <translation>
            <numerusform>%n Schreibvorgang wurde nicht abgeschlossen: Der Zähler kann einen Teil der neuen Werte enthalten. Stellen Sie die Sicherung auf diesem Zähler wieder her, oder verwerfen Sie den Eintrag, sobald er repariert ist.</numerusform>
            <numerusform>%n Schreibvorgänge wurden nicht abgeschlossen: Der Zähler kann einen Teil der neuen Werte enthalten. Stellen Sie die Sicherung auf diesem Zähler wieder her, oder verwerfen Sie den Eintrag, sobald er repariert ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the backup of meter %1</source>
        <translation>Sicherung von Zähler %1 wiederherstellen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Dismiss the entry of meter %1</source>
        <translation>Eintrag von Zähler %1 verwerfen</translation>
    </message>
</context>
<context>
    <name>omt::ui::LcdPreview</name>
    <message>
        <source>Display preview</source>
        <translation>Anzeigevorschau</translation>
    </message>
</context>
<context>
    <name>omt::ui::LoadControlPage</name>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>ready for reconnection</source>
        <translation>bereit zum Wiedereinschalten</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>Auf Anforderung</translation>
    </message>
    <message>
        <source>Calendar (daily times)</source>
        <translation>Kalender (tägliche Zeiten)</translation>
    </message>
    <message>
        <source>Follow tariff</source>
        <translation>Tarif folgen</translation>
    </message>
    <message>
        <source>Supply control switch</source>
        <translation>Versorgungsschalter</translation>
    </message>
    <message>
        <source>Relay %1</source>
        <translation>Relais %1</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>State (on demand):</source>
        <translation>Zustand (auf Anforderung):</translation>
    </message>
    <message>
        <source>Schedule (calendar):</source>
        <translation>Zeitplan (Kalender):</translation>
    </message>
    <message>
        <source>On in tariffs (follow tariff):</source>
        <translation>Ein in den Tarifen (Tarif folgen):</translation>
    </message>
    <message>
        <source>This meter has no supply control switch.</source>
        <translation>Dieser Zähler hat keinen Versorgungsschalter.</translation>
    </message>
    <message>
        <source>Relay %1: %2</source>
        <translation>Relais %1: %2</translation>
    </message>
    <message>
        <source>The supply is %1.</source>
        <translation>Die Versorgung ist %1.</translation>
    </message>
    <message>
        <source>Pending: %1 when written.</source>
        <translation>Ausstehend: %1 nach dem Schreiben.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Schalten</translation>
    </message>
    <message>
        <source>Every day at this time (hh:mm) the relay switches on or off.</source>
        <translation>Jeden Tag zu dieser Zeit (hh:mm) schaltet das Relais ein oder aus.</translation>
    </message>
    <message>
        <source>Add time</source>
        <translation>Zeit hinzufügen</translation>
    </message>
    <message>
        <source>Remove time</source>
        <translation>Zeit entfernen</translation>
    </message>
    <message>
        <source>switch on</source>
        <translation>einschalten</translation>
    </message>
    <message>
        <source>switch off</source>
        <translation>ausschalten</translation>
    </message>
    <message>
        <source>Relay %1 follows a schedule only in calendar mode.</source>
        <translation>Relais %1 folgt einem Zeitplan nur im Kalendermodus.</translation>
    </message>
    <message>
        <source>Relay %1: schedule %2</source>
        <translation>Relais %1: Zeitplan %2</translation>
    </message>
    <message>
        <source>A switch time is hh:mm, from 00:00 to 23:59.</source>
        <translation>Eine Schaltzeit ist hh:mm, von 00:00 bis 23:59.</translation>
    </message>
    <message>
        <source>Relay %1: select the time to remove.</source>
        <translation>Relais %1: Wählen Sie die Zeit aus, die entfernt werden soll.</translation>
    </message>
    <message>
        <source>Cut the customer&apos;s supply</source>
        <translation>Versorgung des Kunden abschalten</translation>
    </message>
    <message>
        <source>Writing to the meter will open the meter&apos;s breaker: the customer has no electricity until the supply is restored. Go on?</source>
        <translation>Beim Schreiben in den Zähler öffnet der Schalter des Zählers: Der Kunde hat keinen Strom, bis die Versorgung wieder eingeschaltet wird. Fortfahren?</translation>
    </message>
    <message>
        <source>Restore the customer&apos;s supply</source>
        <translation>Versorgung des Kunden wieder einschalten</translation>
    </message>
    <message>
        <source>Writing to the meter will close the meter&apos;s breaker and restore the customer&apos;s supply. Make sure it is safe to do so. Go on?</source>
        <translation>Beim Schreiben in den Zähler schließt der Schalter des Zählers und die Versorgung des Kunden wird wieder eingeschaltet. Stellen Sie sicher, dass das gefahrlos möglich ist. Fortfahren?</translation>
    </message>
    <message>
        <source>Cut the customer&apos;s supply…</source>
        <translation>Versorgung des Kunden abschalten…</translation>
    </message>
    <message>
        <source>Restore the customer&apos;s supply…</source>
        <translation>Versorgung des Kunden wieder einschalten…</translation>
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
        <translation>In den Zähler schreiben</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Display lists</source>
        <translation>Anzeigelisten</translation>
    </message>
    <message>
        <source>CT ratio</source>
        <translation>CT-Verhältnis</translation>
    </message>
    <message>
        <source>Configuration codes</source>
        <translation>Konfigurationscodes</translation>
    </message>
    <message>
        <source>&amp;Meter</source>
        <translation>&amp;Zähler</translation>
    </message>
    <message>
        <source>&amp;Read from meter</source>
        <translation>Vom Zähler &amp;lesen</translation>
    </message>
    <message>
        <source>&amp;Write to meter…</source>
        <translation>In den Zähler &amp;schreiben…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>Nothing to write: there are no pending changes.</source>
        <translation>Nichts zu schreiben: Es gibt keine ausstehenden Änderungen.</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Tariffs</source>
        <translation>Tarife</translation>
    </message>
    <message>
        <source>Load control</source>
        <translation>Laststeuerung</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Mitschnitt</translation>
    </message>
    <message>
        <source>estimating time left…</source>
        <translation>Restzeit wird geschätzt…</translation>
    </message>
    <message>
        <source>about %1 min %2 s left</source>
        <translation>noch etwa %1 min %2 s</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>noch etwa %n s</numerusform>
            <numerusform>noch etwa %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>The language changes the next time OpenMeterTool starts.</source>
        <translation>Die Sprache wechselt beim nächsten Start von OpenMeterTool.</translation>
    </message>
    <message>
        <source>&amp;Synchronise clock</source>
        <translation>Uhr &amp;synchronisieren</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not been written to the meter. Quit anyway?</source>
        <translation>
            <numerusform>%n Änderung wurde nicht in den Zähler geschrieben. Trotzdem beenden?</numerusform>
            <numerusform>%n Änderungen wurden nicht in den Zähler geschrieben. Trotzdem beenden?</numerusform>
        </translation>
    </message>
    <message>
        <source>This write loses data stored in the meter:</source>
        <translation>Dieser Schreibvorgang löscht im Zähler gespeicherte Daten:</translation>
    </message>
    <message>
        <source>Write anyway</source>
        <translation>Trotzdem schreiben</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not been written to the meter.</source>
        <translation>
            <numerusform>%n Änderung wurde nicht in den Zähler geschrieben.</numerusform>
            <numerusform>%n Änderungen wurden nicht in den Zähler geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>They stay in the pages after disconnecting: connect to the meter again to write them, or save them as a template.</source>
        <translation>Sie bleiben nach dem Trennen auf den Seiten: Verbinden Sie sich erneut mit dem Zähler, um sie zu schreiben, oder speichern Sie sie als Vorlage.</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Als Vorlage speichern…</translation>
    </message>
    <message>
        <source>Configuration templates (*.json);;All files (*)</source>
        <translation>Konfigurationsvorlagen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open configuration template</source>
        <translation>Konfigurationsvorlage öffnen</translation>
    </message>
    <message>
        <source>Save configuration as template</source>
        <translation>Konfiguration als Vorlage speichern</translation>
    </message>
    <message>
        <source>Save pending changes as template</source>
        <translation>Ausstehende Änderungen als Vorlage speichern</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Backups (*.json);;All files (*)</source>
        <translation>Sicherungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open template…</source>
        <translation>Vorlage ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Load a configuration template into the pending changes; Write to meter writes it.</source>
        <translation>Lädt eine Konfigurationsvorlage in die ausstehenden Änderungen; „In den Zähler schreiben“ schreibt sie.</translation>
    </message>
    <message>
        <source>&amp;Save configuration as template…</source>
        <translation>Konfiguration als Vorlage &amp;speichern…</translation>
    </message>
    <message>
        <source>Save &amp;pending changes as template…</source>
        <translation>Ausstehende Änderungen als &amp;Vorlage speichern…</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Prüfprotokoll…</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About OpenMeterTool</source>
        <translation>Ü&amp;ber OpenMeterTool</translation>
    </message>
    <message>
        <source>Connect to the meter to write the changes.</source>
        <translation>Verbinden Sie sich mit dem Zähler, um die Änderungen zu schreiben.</translation>
    </message>
    <message>
        <source>There are no pending changes to write.</source>
        <translation>Es gibt keine ausstehenden Änderungen zum Schreiben.</translation>
    </message>
    <message>
        <source>Write the pending changes to the meter.</source>
        <translation>Die ausstehenden Änderungen in den Zähler schreiben.</translation>
    </message>
    <message>
        <source>This association cannot set the meter&apos;s clock: connect as installer.</source>
        <translation>Diese Assoziation kann die Uhr des Zählers nicht stellen: Verbinden Sie sich als Installateur.</translation>
    </message>
    <message>
        <source>Set the meter&apos;s clock to this computer&apos;s time.</source>
        <translation>Die Uhr des Zählers auf die Zeit dieses Computers stellen.</translation>
    </message>
    <message>
        <source>Backup of the old values: %1</source>
        <translation>Sicherung der alten Werte: %1</translation>
    </message>
    <message>
        <source>Recorded in the audit log %1</source>
        <translation>Im Prüfprotokoll %1 protokolliert</translation>
    </message>
    <message>
        <source>Written in %1 s.</source>
        <translation>Geschrieben in %1 s.</translation>
    </message>
    <message numerus="yes">
        <source>The link was opened again %n time(s) during the write.</source>
        <translation>
            <numerusform>Die Verbindung wurde während des Schreibens %n Mal neu aufgebaut.</numerusform>
            <numerusform>Die Verbindung wurde während des Schreibens %n Mal neu aufgebaut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The meter holds its old configuration.</source>
        <translation>Der Zähler hat seine alte Konfiguration.</translation>
    </message>
    <message>
        <source>&amp;Operator name…</source>
        <translation>&amp;Name des Bedieners…</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>Name des Bedieners</translation>
    </message>
    <message>
        <source>The name the audit log records for your writes (empty: your account&apos;s name):</source>
        <translation>Der Name, den das Prüfprotokoll für Ihre Schreibvorgänge festhält (leer: der Name Ihres Kontos):</translation>
    </message>
</context>
<context>
    <name>omt::ui::MessageBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Diese Meldung verwerfen</translation>
    </message>
</context>
<context>
    <name>omt::ui::MeterDocument</name>
    <message>
        <source>Lock the CT ratio on the CT ratio page: it asks for the confirmation a permanent lock needs.</source>
        <translation>Sperren Sie das CT-Verhältnis auf der Seite CT-Verhältnis: Sie fragt nach der Bestätigung, die eine dauerhafte Sperre braucht.</translation>
    </message>
    <message>
        <source>Z21 is the CT ratio: a number from 001 to 600.</source>
        <translation>Z21 ist das CT-Verhältnis: eine Zahl von 001 bis 600.</translation>
    </message>
    <message>
        <source>The CT ratio is locked in this meter (Z22): Z21 cannot be changed.</source>
        <translation>Das CT-Verhältnis ist in diesem Zähler gesperrt (Z22): Z21 kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Set the configuration codes</source>
        <translation>Konfigurationscodes setzen</translation>
    </message>
    <message>
        <source>This meter has no %1 display list.</source>
        <translation>Dieser Zähler hat keine Anzeigeliste „%1“.</translation>
    </message>
    <message>
        <source>This meter has no current transformer ratio.</source>
        <translation>Dieser Zähler hat kein Stromwandlerverhältnis.</translation>
    </message>
    <message>
        <source>The CT ratio is locked in this meter and can no longer be changed.</source>
        <translation>Das CT-Verhältnis ist in diesem Zähler gesperrt und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>The CT ratio is locked and can no longer be changed.</source>
        <translation>Das CT-Verhältnis ist gesperrt und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>The ratio must be between %1 and %2.</source>
        <translation>Das Verhältnis muss zwischen %1 und %2 liegen.</translation>
    </message>
    <message>
        <source>Set the CT ratio to %1</source>
        <translation>CT-Verhältnis auf %1 setzen</translation>
    </message>
    <message>
        <source>The CT ratio is already locked.</source>
        <translation>Das CT-Verhältnis ist bereits gesperrt.</translation>
    </message>
    <message>
        <source>The ratio changed since the confirmation; confirm the lock again.</source>
        <translation>Das Verhältnis hat sich seit der Bestätigung geändert; bestätigen Sie die Sperre erneut.</translation>
    </message>
    <message>
        <source>Lock the CT ratio at %1</source>
        <translation>CT-Verhältnis bei %1 sperren</translation>
    </message>
    <message>
        <source>%1: code %2 is not available on variant %3 of this meter.</source>
        <translation>%1: Code %2 ist in Variante %3 dieses Zählers nicht verfügbar.</translation>
    </message>
    <message>
        <source>%1: code %2 is not one of the codes this field allows.</source>
        <translation>%1: Code %2 gehört nicht zu den Codes, die dieses Feld erlaubt.</translation>
    </message>
    <message>
        <source>%1: the CT ratio must be between 001 and 600.</source>
        <translation>%1: Das CT-Verhältnis muss zwischen 001 und 600 liegen.</translation>
    </message>
    <message>
        <source>%1: the CT ratio is locked and cannot be changed.</source>
        <translation>%1: Das CT-Verhältnis ist gesperrt und kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>%1: the CT ratio lock cannot be undone.</source>
        <translation>%1: Die CT-Sperre kann nicht aufgehoben werden.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Backup-powered</source>
        <translation>Batteriebetrieb</translation>
    </message>
    <message>
        <source>%1 is already in the %2 list.</source>
        <translation>%1 ist bereits in der Liste „%2“.</translation>
    </message>
    <message>
        <source>%1 is a historical value: the automatic list cannot show historical values.</source>
        <translation>%1 ist ein historischer Wert: Die automatische Liste kann keine historischen Werte anzeigen.</translation>
    </message>
    <message>
        <source>%1 is a legal reading: the manual list must always show it.</source>
        <translation>%1 ist ein eichrechtlich relevanter Wert: Die manuelle Liste muss ihn immer anzeigen.</translation>
    </message>
    <message>
        <source>This meter has no %1 list.</source>
        <translation>Dieser Zähler hat keine Liste „%1“.</translation>
    </message>
    <message>
        <source>There is no reading at that position.</source>
        <translation>An dieser Position gibt es keinen Messwert.</translation>
    </message>
    <message>
        <source>The value does not fit the display.</source>
        <translation>Der Wert passt nicht auf die Anzeige.</translation>
    </message>
    <message>
        <source>This meter has no tariff calendar.</source>
        <translation>Dieser Zähler hat keinen Tarifkalender.</translation>
    </message>
    <message>
        <source>This meter has no load control.</source>
        <translation>Dieser Zähler hat keine Laststeuerung.</translation>
    </message>
    <message>
        <source>Tariffs: %1</source>
        <translation>Tarife: %1</translation>
    </message>
    <message>
        <source>Load control: %1</source>
        <translation>Laststeuerung: %1</translation>
    </message>
    <message>
        <source>Tariffs</source>
        <translation>Tarife</translation>
    </message>
    <message>
        <source>Load control</source>
        <translation>Laststeuerung</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs %n digit(s).</source>
        <translation>
            <numerusform>%1 braucht %n Ziffer.</numerusform>
            <numerusform>%1 braucht %n Ziffern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 list holds at most %n reading(s).</source>
        <translation>
            <numerusform>Die Liste „%1“ fasst höchstens %n Messwert.</numerusform>
            <numerusform>Die Liste „%1“ fasst höchstens %n Messwerte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cover opened: the terminal cover has been opened (tamper, stays set until cleared).</source>
        <translation>Deckel geöffnet: der Klemmendeckel wurde geöffnet (Manipulation, bleibt gesetzt, bis sie gelöscht wird).</translation>
    </message>
    <message>
        <source>Magnetic influence: a strong magnet was detected near the meter (tamper, stays set until cleared).</source>
        <translation>Magnetische Beeinflussung: ein starker Magnet wurde nahe am Zähler erkannt (Manipulation, bleibt gesetzt, bis sie gelöscht wird).</translation>
    </message>
    <message>
        <source>Voltage sag: a phase voltage is below its limit now.</source>
        <translation>Spannungseinbruch: eine Phasenspannung liegt jetzt unter ihrer Grenze.</translation>
    </message>
    <message>
        <source>Voltage swell: a phase voltage is above its limit now.</source>
        <translation>Spannungsüberhöhung: eine Phasenspannung liegt jetzt über ihrer Grenze.</translation>
    </message>
    <message>
        <source>THD over limit: the harmonic distortion is above its limit now.</source>
        <translation>THD über der Grenze: die harmonische Verzerrung liegt jetzt über ihrer Grenze.</translation>
    </message>
    <message>
        <source>Voltage unbalance: the phase voltages differ more than allowed now.</source>
        <translation>Spannungsunsymmetrie: die Phasenspannungen weichen jetzt stärker als erlaubt voneinander ab.</translation>
    </message>
    <message>
        <source>Phase missing: a phase has no voltage now.</source>
        <translation>Phasenausfall: eine Phase hat jetzt keine Spannung.</translation>
    </message>
    <message>
        <source>alarm bit %1</source>
        <translation>Alarmbit %1</translation>
    </message>
    <message>
        <source>The meter&apos;s clock could not be compared with this computer&apos;s.</source>
        <translation>Die Uhr des Zählers konnte nicht mit der dieses Computers verglichen werden.</translation>
    </message>
    <message>
        <source>The meter&apos;s clock is right (within 1 s).</source>
        <translation>Die Uhr des Zählers geht richtig (auf 1 s genau).</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
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
        <translation>Die Uhr des Zählers geht %1 nach.</translation>
    </message>
    <message>
        <source>The meter&apos;s clock is %1 ahead.</source>
        <translation>Die Uhr des Zählers geht %1 vor.</translation>
    </message>
    <message>
        <source>Connect to a meter before loading a configuration into it.</source>
        <translation>Verbinden Sie sich mit einem Zähler, bevor Sie eine Konfiguration hineinladen.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>removed %1 (was at %2)</source>
        <translation>%1 entfernt (war an Stelle %2)</translation>
    </message>
    <message>
        <source>moved %1 from %2 to %3</source>
        <translation>%1 von Stelle %2 nach %3 verschoben</translation>
    </message>
    <message>
        <source>added %1 at %2</source>
        <translation>%1 an Stelle %2 hinzugefügt</translation>
    </message>
    <message>
        <source>calendar name: %1</source>
        <translation>Kalendername: %1</translation>
    </message>
    <message>
        <source>season %1 added: from %2, week profile %3</source>
        <translation>Saison %1 hinzugefügt: ab %2, Wochenprofil %3</translation>
    </message>
    <message>
        <source>season %1: starts %2</source>
        <translation>Saison %1: beginnt %2</translation>
    </message>
    <message>
        <source>season %1: week profile %2</source>
        <translation>Saison %1: Wochenprofil %2</translation>
    </message>
    <message>
        <source>season %1 removed</source>
        <translation>Saison %1 entfernt</translation>
    </message>
    <message>
        <source>week profile %1 added: %2</source>
        <translation>Wochenprofil %1 hinzugefügt: %2</translation>
    </message>
    <message>
        <source>week profile %1, %2: day profile %3</source>
        <translation>Wochenprofil %1, %2: Tagesprofil %3</translation>
    </message>
    <message>
        <source>week profile %1 removed</source>
        <translation>Wochenprofil %1 entfernt</translation>
    </message>
    <message>
        <source>day profile %1 added: %2</source>
        <translation>Tagesprofil %1 hinzugefügt: %2</translation>
    </message>
    <message>
        <source>day profile %1: added %2</source>
        <translation>Tagesprofil %1: %2 hinzugefügt</translation>
    </message>
    <message>
        <source>day profile %1: removed %2</source>
        <translation>Tagesprofil %1: %2 entfernt</translation>
    </message>
    <message>
        <source>day profile %1: %2</source>
        <translation>Tagesprofil %1: %2</translation>
    </message>
    <message>
        <source>day profile %1 removed</source>
        <translation>Tagesprofil %1 entfernt</translation>
    </message>
    <message>
        <source>special day %1 added: day profile %2</source>
        <translation>Sondertag %1 hinzugefügt: Tagesprofil %2</translation>
    </message>
    <message>
        <source>special day %1: day profile %2</source>
        <translation>Sondertag %1: Tagesprofil %2</translation>
    </message>
    <message>
        <source>special day %1 removed</source>
        <translation>Sondertag %1 entfernt</translation>
    </message>
    <message numerus="yes">
        <source>passive calendar %1 added: %n season(s)</source>
        <translation>
            <numerusform>Passiver Kalender %1 hinzugefügt: %n Saison</numerusform>
            <numerusform>Passiver Kalender %1 hinzugefügt: %n Saisons</numerusform>
        </translation>
    </message>
    <message>
        <source>passive calendar %1 removed</source>
        <translation>Passiver Kalender %1 entfernt</translation>
    </message>
    <message>
        <source>passive calendar: %1</source>
        <translation>Passiver Kalender: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>passive calendar activation: %1</source>
        <translation>Aktivierung des passiven Kalenders: %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>time, then on or off</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>relay %1: %2</source>
        <translation>Relais %1: %2</translation>
    </message>
    <message>
        <source>relay %1, on demand: %2</source>
        <translation>Relais %1, auf Anforderung: %2</translation>
    </message>
    <message>
        <source>relay %1 schedule: added %2</source>
        <translation>Relais %1 Zeitplan: %2 hinzugefügt</translation>
    </message>
    <message>
        <source>relay %1 schedule: removed %2</source>
        <translation>Relais %1 Zeitplan: %2 entfernt</translation>
    </message>
    <message>
        <source>relay %1 schedule: %2</source>
        <translation>Relais %1 Zeitplan: %2</translation>
    </message>
    <message>
        <source>relay %1, on in tariffs: %2</source>
        <translation>Relais %1, ein in den Tarifen: %2</translation>
    </message>
    <message>
        <source>restore the customer&apos;s supply (%1)</source>
        <translation>Versorgung des Kunden wieder einschalten (%1)</translation>
    </message>
    <message>
        <source>cut the customer&apos;s supply (%1)</source>
        <translation>Versorgung des Kunden abschalten (%1)</translation>
    </message>
    <message>
        <source>supply control mode: %1</source>
        <translation>Modus des Versorgungsschalters: %1</translation>
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
        <translation>Anzeigeliste „%1“</translation>
    </message>
    <message>
        <source>CT ratio</source>
        <translation>CT-Verhältnis</translation>
    </message>
    <message>
        <source>CT ratio lock</source>
        <translation>CT-Sperre</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>entsperrt</translation>
    </message>
    <message>
        <source>LOCKED (permanent)</source>
        <translation>GESPERRT (dauerhaft)</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This meter type does not allow unlocking the CT ratio (Z22) from the optical port.</source>
        <translation>Dieser Zählertyp erlaubt kein Entsperren des CT-Verhältnisses (Z22) über die optische Schnittstelle.</translation>
    </message>
    <message>
        <source>OpenMeterTool does not unlock the CT ratio (Z22): the device profile does not say that this meter type allows it.</source>
        <translation>OpenMeterTool entsperrt das CT-Verhältnis (Z22) nicht: Das Geräteprofil sagt nicht, dass dieser Zählertyp es erlaubt.</translation>
    </message>
    <message>
        <source>This meter has no configuration codes.</source>
        <translation>Dieser Zähler hat keine Konfigurationscodes.</translation>
    </message>
    <message>
        <source>This meter has no load profile %1.</source>
        <translation>Dieser Zähler hat keinen Lastgang %1.</translation>
    </message>
    <message>
        <source>This meter does not offer a load profile period of %1.</source>
        <translation>Dieser Zähler bietet keine Lastgangperiode von %1 an.</translation>
    </message>
    <message>
        <source>Set the period of load profile %1 to %2</source>
        <translation>Periode von Lastgang %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>LOCKED</source>
        <translation>GESPERRT</translation>
    </message>
    <message>
        <source>Load profile %1 period</source>
        <translation>Periode von Lastgang %1</translation>
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
        <translation>Nachkommastellen im Display</translation>
    </message>
    <message>
        <source>LED configuration</source>
        <translation>LED-Konfiguration</translation>
    </message>
    <message>
        <source>Primary module configuration</source>
        <translation>Konfiguration des Primärmoduls</translation>
    </message>
    <message>
        <source>Integration period / Load profile period</source>
        <translation>Integrationsperiode / Lastgangperiode</translation>
    </message>
    <message>
        <source>Display configuration</source>
        <translation>Displaykonfiguration</translation>
    </message>
    <message>
        <source>Debiting stop date</source>
        <translation>Abrechnungsstichtag</translation>
    </message>
    <message>
        <source>Debiting logging interval</source>
        <translation>Abrechnungs-Speicherintervall</translation>
    </message>
    <message>
        <source>Pulse out length / Alarm input</source>
        <translation>Ausgangsimpulslänge / Alarmeingang</translation>
    </message>
    <message>
        <source>Analysis logger setup</source>
        <translation>Einstellung des Analyseloggers</translation>
    </message>
    <message>
        <source>Greenwich Mean Time (GMT)</source>
        <translation>Greenwich-Zeit (GMT)</translation>
    </message>
    <message>
        <source>Unit pulse input</source>
        <translation>Einheit des Impulseingangs</translation>
    </message>
    <message>
        <source>Tariff control plan</source>
        <translation>Tarifsteuerungsplan</translation>
    </message>
    <message>
        <source>Load control plan</source>
        <translation>Laststeuerungsplan</translation>
    </message>
    <message>
        <source>Daylight saving time / Summer-winter time table</source>
        <translation>Sommerzeit / Sommer-Winterzeit-Tabelle</translation>
    </message>
    <message>
        <source>Frequency code Protocol</source>
        <translation>Frequenzcode Protokoll</translation>
    </message>
    <message>
        <source>Push button 2 setup</source>
        <translation>Einstellung von Taster 2</translation>
    </message>
    <message>
        <source>1107 configuration</source>
        <translation>1107-Konfiguration</translation>
    </message>
    <message>
        <source>Calendar setup</source>
        <translation>Kalendereinstellung</translation>
    </message>
    <message>
        <source>Transformer ratio</source>
        <translation>Wandlerverhältnis</translation>
    </message>
    <message>
        <source>Transformer ratio (unlocked / locked)</source>
        <translation>Wandlerverhältnis (entsperrt/gesperrt)</translation>
    </message>
    <message>
        <source>Load profile, based on</source>
        <translation>Lastgang, basierend auf</translation>
    </message>
    <message>
        <source>Pulse output (module)</source>
        <translation>Impulsausgang (Modul)</translation>
    </message>
    <message>
        <source>Debitlogger 2 interval</source>
        <translation>Intervall des Abrechnungsloggers 2</translation>
    </message>
    <message>
        <source>Alarm configuration</source>
        <translation>Alarmkonfiguration</translation>
    </message>
    <message>
        <source>Load profile data (DLMS)</source>
        <translation>Lastgangdaten (DLMS)</translation>
    </message>
    <message>
        <source>Local interface encryption</source>
        <translation>Verschlüsselung der lokalen Schnittstelle</translation>
    </message>
    <message>
        <source>Load profile configuration</source>
        <translation>Lastgangkonfiguration</translation>
    </message>
    <message>
        <source>Debit 2 logger configuration</source>
        <translation>Konfiguration des Abrechnungsloggers 2</translation>
    </message>
    <message>
        <source>7.0 [Default]</source>
        <translation>7.0 [Standard]</translation>
    </message>
    <message>
        <source>7.1 [Country specific]</source>
        <translation>7.1 [länderspezifisch]</translation>
    </message>
    <message>
        <source>7.2 [Country specific]</source>
        <translation>7.2 [länderspezifisch]</translation>
    </message>
    <message>
        <source>LED switched off without consumption</source>
        <translation>LED ohne Verbrauch aus</translation>
    </message>
    <message>
        <source>LED switched on without consumption</source>
        <translation>LED ohne Verbrauch an</translation>
    </message>
    <message>
        <source>No function</source>
        <translation>Keine Funktion</translation>
    </message>
    <message>
        <source>4-tariff</source>
        <translation>4-Tarif</translation>
    </message>
    <message>
        <source>4-tariff inverted</source>
        <translation>4-Tarif invertiert</translation>
    </message>
    <message>
        <source>Pulse in</source>
        <translation>Impuls ein</translation>
    </message>
    <message>
        <source>Pulse in inv.</source>
        <translation>Impuls ein inv.</translation>
    </message>
    <message>
        <source>Alarm in</source>
        <translation>Alarm ein</translation>
    </message>
    <message>
        <source>Alarm in inverted</source>
        <translation>Alarm ein invertiert</translation>
    </message>
    <message>
        <source>A+ out</source>
        <translation>A+ aus</translation>
    </message>
    <message>
        <source>A- out</source>
        <translation>A- aus</translation>
    </message>
    <message>
        <source>R+ out</source>
        <translation>R+ aus</translation>
    </message>
    <message>
        <source>2-tariff</source>
        <translation>2-Tarif</translation>
    </message>
    <message>
        <source>2-tariff inverted</source>
        <translation>2-Tarif invertiert</translation>
    </message>
    <message>
        <source>Debiting stop pulse</source>
        <translation>Abrechnungsstopp-Impuls</translation>
    </message>
    <message>
        <source>Load control load</source>
        <translation>Laststeuerung Last</translation>
    </message>
    <message>
        <source>Status control</source>
        <translation>Statussteuerung</translation>
    </message>
    <message>
        <source>Load tariff sync</source>
        <translation>Lasttarif-Synchronisation</translation>
    </message>
    <message>
        <source>Load tariff sync inverted</source>
        <translation>Lasttarif-Synchronisation invertiert</translation>
    </message>
    <message>
        <source>4-tariff sync load control</source>
        <translation>4-Tarif-synchrone Laststeuerung</translation>
    </message>
    <message>
        <source>4-tariff sync load control inverted</source>
        <translation>4-Tarif-synchrone Laststeuerung invertiert</translation>
    </message>
    <message>
        <source>Load control</source>
        <translation>Laststeuerung</translation>
    </message>
    <message>
        <source>Load control 1</source>
        <translation>Laststeuerung 1</translation>
    </message>
    <message>
        <source>Load control 2</source>
        <translation>Laststeuerung 2</translation>
    </message>
    <message>
        <source>Toggle Load control 1 &amp; 2</source>
        <translation>Laststeuerung 1 &amp; 2 umschalten</translation>
    </message>
    <message>
        <source>None (externally controlled)</source>
        <translation>Keine (extern gesteuert)</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Every second month</source>
        <translation>Jeden zweiten Monat</translation>
    </message>
    <message>
        <source>Every third month</source>
        <translation>Jeden dritten Monat</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>Halbjährlich</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>30 msec pulse length</source>
        <translation>30 ms Impulslänge</translation>
    </message>
    <message>
        <source>80 msec pulse length</source>
        <translation>80 ms Impulslänge</translation>
    </message>
    <message>
        <source>Alarm input deactivated</source>
        <translation>Alarmeingang deaktiviert</translation>
    </message>
    <message>
        <source>Alarm input active</source>
        <translation>Alarmeingang aktiv</translation>
    </message>
    <message>
        <source>Default setup</source>
        <translation>Standardeinstellung</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Tariff disabled</source>
        <translation>Tarif deaktiviert</translation>
    </message>
    <message>
        <source>Module Port control</source>
        <translation>Steuerung über Modulport</translation>
    </message>
    <message>
        <source>Register control</source>
        <translation>Registersteuerung</translation>
    </message>
    <message>
        <source>Load control disabled</source>
        <translation>Laststeuerung deaktiviert</translation>
    </message>
    <message>
        <source>No PB2 setup</source>
        <translation>Keine PB2-Einstellung</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Mode A and C</source>
        <translation>Mode A und C</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Entsperrt</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Primary energy</source>
        <translation>Primärenergie</translation>
    </message>
    <message>
        <source>Secondary energy</source>
        <translation>Sekundärenergie</translation>
    </message>
    <message>
        <source>Based on secondary energy</source>
        <translation>Basierend auf Sekundärenergie</translation>
    </message>
    <message>
        <source>Based on primary energy</source>
        <translation>Basierend auf Primärenergie</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>No alarms enabled</source>
        <translation>Keine Alarme aktiviert</translation>
    </message>
    <message>
        <source>Absolute values</source>
        <translation>Absolutwerte</translation>
    </message>
    <message>
        <source>Delta values</source>
        <translation>Deltawerte</translation>
    </message>
    <message>
        <source>order-form specific setting</source>
        <translation>Einstellung laut Bestellformular</translation>
    </message>
    <message>
        <source>unknown code</source>
        <translation>unbekannter Code</translation>
    </message>
    <message>
        <source>Active energy A+ total</source>
        <translation>Wirkenergie A+ gesamt</translation>
    </message>
    <message>
        <source>Active energy A- total</source>
        <translation>Wirkenergie A- gesamt</translation>
    </message>
    <message>
        <source>Reactive energy R+ total</source>
        <translation>Blindenergie R+ gesamt</translation>
    </message>
    <message>
        <source>Reactive energy R- total</source>
        <translation>Blindenergie R- gesamt</translation>
    </message>
    <message>
        <source>Apparent energy E+ total</source>
        <translation>Scheinenergie E+ gesamt</translation>
    </message>
    <message>
        <source>Apparent energy E- total</source>
        <translation>Scheinenergie E- gesamt</translation>
    </message>
    <message>
        <source>Active energy A+</source>
        <translation>Wirkenergie A+</translation>
    </message>
    <message>
        <source>Reactive energy R+</source>
        <translation>Blindenergie R+</translation>
    </message>
    <message>
        <source>last debiting period</source>
        <translation>letzte Abrechnungsperiode</translation>
    </message>
    <message>
        <source>Peak power P+max</source>
        <translation>Spitzenleistung P+max</translation>
    </message>
    <message>
        <source>Accumulated peak power P+max acc</source>
        <translation>Kumulierte Spitzenleistung P+max acc</translation>
    </message>
    <message>
        <source>Peak power Q+max</source>
        <translation>Spitzenleistung Q+max</translation>
    </message>
    <message>
        <source>Peak power S+max</source>
        <translation>Spitzenleistung S+max</translation>
    </message>
    <message>
        <source>Peak power S-max</source>
        <translation>Spitzenleistung S-max</translation>
    </message>
    <message>
        <source>Voltage</source>
        <translation>Spannung</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Strom</translation>
    </message>
    <message>
        <source>Active power P+</source>
        <translation>Wirkleistung P+</translation>
    </message>
    <message>
        <source>Active power P+ total</source>
        <translation>Wirkleistung P+ gesamt</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequenz</translation>
    </message>
    <message>
        <source>Current transformer ratio</source>
        <translation>Stromwandlerverhältnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Hour counter</source>
        <translation>Stundenzähler</translation>
    </message>
    <message>
        <source>Debiting stop counter</source>
        <translation>Zähler der Abrechnungsstopps</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Ländercode</translation>
    </message>
    <message>
        <source>CT meter</source>
        <translation>CT-Zähler</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>2 systems - Aron</source>
        <translation>2 Systeme - Aron</translation>
    </message>
    <message>
        <source>No breaker</source>
        <translation>Kein Unterbrecher</translation>
    </message>
    <message>
        <source>No radio</source>
        <translation>Kein Funk</translation>
    </message>
    <message>
        <source>Radio (for OMNIA)</source>
        <translation>Funk (für OMNIA)</translation>
    </message>
    <message>
        <source>Supercap + battery</source>
        <translation>Superkondensator + Batterie</translation>
    </message>
    <message>
        <source>S0 output</source>
        <translation>S0-Ausgang</translation>
    </message>
    <message>
        <source>Three-phase meter</source>
        <translation>Dreiphasenzähler</translation>
    </message>
    <message>
        <source>Single-phase meter</source>
        <translation>Einphasenzähler</translation>
    </message>
    <message>
        <source>Standard layout</source>
        <translation>Standardbauform</translation>
    </message>
    <message>
        <source>2 screws</source>
        <translation>2 Schrauben</translation>
    </message>
    <message>
        <source>OMNIA e-meter</source>
        <translation>OMNIA e-meter</translation>
    </message>
    <message>
        <source>LTE cat. M1/NB2</source>
        <translation>LTE Kat. M1/NB2</translation>
    </message>
    <message>
        <source>DSMR P1 Lite</source>
        <translation>DSMR P1 Lite</translation>
    </message>
    <message>
        <source>APS + 2x load ctrl + 1x pulse out</source>
        <translation>APS + 2x Laststeuerung + 1x Impulsausgang</translation>
    </message>
    <message>
        <source>2x load ctrl + 1x pulse out</source>
        <translation>2x Laststeuerung + 1x Impulsausgang</translation>
    </message>
    <message>
        <source>APS + 1x pulse out</source>
        <translation>APS + 1x Impulsausgang</translation>
    </message>
    <message>
        <source>Supercap</source>
        <translation>Superkondensator</translation>
    </message>
    <message>
        <source>3 days capacity</source>
        <translation>3 Tage Kapazität</translation>
    </message>
    <message>
        <source>7 days capacity</source>
        <translation>7 Tage Kapazität</translation>
    </message>
    <message>
        <source>3 days capacity and last gasp</source>
        <translation>3 Tage Kapazität und Last Gasp</translation>
    </message>
    <message>
        <source>7 days capacity and last gasp</source>
        <translation>7 Tage Kapazität und Last Gasp</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Batterie</translation>
    </message>
    <message>
        <source>Battery and last gasp</source>
        <translation>Batterie und Last Gasp</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Active 1 / reactive 1 (IEC)</source>
        <translation>Wirk 1 / Blind 1 (IEC)</translation>
    </message>
    <message>
        <source>Active 1 / reactive 2 (IEC)</source>
        <translation>Wirk 1 / Blind 2 (IEC)</translation>
    </message>
    <message>
        <source>Active 2 / reactive 2 (IEC)</source>
        <translation>Wirk 2 / Blind 2 (IEC)</translation>
    </message>
    <message>
        <source>Active B / reactive 1 (MID)</source>
        <translation>Wirk B / Blind 1 (MID)</translation>
    </message>
    <message>
        <source>Active B / reactive 2 (MID)</source>
        <translation>Wirk B / Blind 2 (MID)</translation>
    </message>
    <message>
        <source>Active A / reactive 2 (MID)</source>
        <translation>Wirk A / Blind 2 (MID)</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>%1 (I/O 1: %2, I/O 2: %3)</source>
        <translation>%1 (I/O 1: %2, I/O 2: %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 A/5 A or %2 A/1 A</source>
        <translation>%1 A/5 A oder %2 A/1 A</translation>
    </message>
    <message>
        <source>%1 min.</source>
        <translation>%1 Min.</translation>
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
        <translation>%1 Tarif %2</translation>
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
        <translation>Variante %1</translation>
    </message>
    <message numerus="yes">
        <source>%n system(s)</source>
        <translation>
            <numerusform>%n System</numerusform>
            <numerusform>%n Systeme</numerusform>
        </translation>
    </message>
    <message>
        <source>Active energy A-</source>
        <translation>Wirkenergie A-</translation>
    </message>
    <message>
        <source>Reactive energy R-</source>
        <translation>Blindenergie R-</translation>
    </message>
    <message>
        <source>Apparent energy E+</source>
        <translation>Scheinenergie E+</translation>
    </message>
    <message>
        <source>Apparent energy E-</source>
        <translation>Scheinenergie E-</translation>
    </message>
    <message>
        <source>order-form specific setting (device profile)</source>
        <translation>Einstellung laut Bestellformular (Geräteprofil)</translation>
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
        <translation>Code</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Messwert</translation>
    </message>
    <message>
        <source>OBIS</source>
        <translation>OBIS</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>Not connected. Choose a meter above and press Connect.</source>
        <translation>Nicht verbunden. Wählen Sie oben einen Zähler und drücken Sie Verbinden.</translation>
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
        <translation>&lt;b&gt;%1&lt;/b&gt;, Seriennummer %2</translation>
    </message>
    <message>
        <source>Firmware %1</source>
        <translation>Firmware %1</translation>
    </message>
    <message>
        <source>Type number %1</source>
        <translation>Typennummer %1</translation>
    </message>
    <message>
        <source>The type number does not decode: %1</source>
        <translation>Die Typennummer lässt sich nicht dekodieren: %1</translation>
    </message>
    <message>
        <source>&amp;Synchronise clock</source>
        <translation>Uhr &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Voltage U</source>
        <translation>Spannung U</translation>
    </message>
    <message>
        <source>Current I</source>
        <translation>Strom I</translation>
    </message>
    <message>
        <source>Active power P+</source>
        <translation>Wirkleistung P+</translation>
    </message>
    <message>
        <source>Reactive power Q</source>
        <translation>Blindleistung Q</translation>
    </message>
    <message>
        <source>Power factor</source>
        <translation>Leistungsfaktor</translation>
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
        <translation>Gesamtwirkleistung P+</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequenz</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <source>Alarms and tamper</source>
        <translation>Alarme und Manipulation</translation>
    </message>
    <message>
        <source>Instantaneous values</source>
        <translation>Momentanwerte</translation>
    </message>
    <message>
        <source>Energy registers</source>
        <translation>Energieregister</translation>
    </message>
    <message>
        <source>Connect to read the meter&apos;s clock.</source>
        <translation>Verbinden Sie sich, um die Uhr des Zählers zu lesen.</translation>
    </message>
    <message>
        <source>The meter&apos;s clock was not read.</source>
        <translation>Die Uhr des Zählers wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>This meter&apos;s alarm register was not read.</source>
        <translation>Das Alarmregister dieses Zählers wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>No alarms.</source>
        <translation>Keine Alarme.</translation>
    </message>
    <message>
        <source>Set the meter&apos;s clock to this computer&apos;s time (the same instant, in the meter&apos;s own UTC offset) and read it back.</source>
        <translation>Die Uhr des Zählers auf die Zeit dieses Computers stellen (derselbe Zeitpunkt, in der eigenen UTC-Abweichung des Zählers) und zurücklesen.</translation>
    </message>
    <message>
        <source>Meter clock: %1 (%2)</source>
        <translation>Zähleruhr: %1 (%2)</translation>
    </message>
    <message>
        <source>This association cannot set the meter&apos;s clock: connect as installer.</source>
        <translation>Diese Assoziation kann die Uhr des Zählers nicht stellen: Verbinden Sie sich als Installateur.</translation>
    </message>
    <message>
        <source>Load profiles</source>
        <translation>Lastgänge</translation>
    </message>
    <message>
        <source>Load profile &amp;1 period:</source>
        <translation>Periode von Lastgang &amp;1:</translation>
    </message>
    <message>
        <source>Load profile &amp;2 period:</source>
        <translation>Periode von Lastgang &amp;2:</translation>
    </message>
    <message>
        <source>In the meter: %1. A new period clears this load profile when it is written.</source>
        <translation>Im Zähler: %1. Eine neue Periode löscht diesen Lastgang, wenn sie geschrieben wird.</translation>
    </message>
</context>
<context>
    <name>omt::ui::TariffPage</name>
    <message>
        <source>The calendar sets the tariffs.</source>
        <translation>Der Kalender bestimmt die Tarife.</translation>
    </message>
    <message>
        <source>Tariffs disabled (Z13 %1): the meter counts in T1 only.</source>
        <translation>Tarife abgeschaltet (Z13 %1): der Zähler zählt nur in T1.</translation>
    </message>
    <message>
        <source>Module port control (Z13 %1): the module&apos;s tariff inputs set the tariffs, not this calendar.</source>
        <translation>Modulport-Steuerung (Z13 %1): die Tarifeingänge des Moduls bestimmen die Tarife, nicht dieser Kalender.</translation>
    </message>
    <message>
        <source>Register control (Z13 %1): the calendar sets the tariffs.</source>
        <translation>Registersteuerung (Z13 %1): der Kalender bestimmt die Tarife.</translation>
    </message>
    <message>
        <source>Order-form tariff plan (Z13 %1).</source>
        <translation>Tarifplan laut Bestellformular (Z13 %1).</translation>
    </message>
    <message>
        <source>Activate at</source>
        <translation>Aktivieren am</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Saison</translation>
    </message>
    <message>
        <source>Day profile</source>
        <translation>Tagesprofil</translation>
    </message>
    <message>
        <source>Week of the active calendar</source>
        <translation>Woche des aktiven Kalenders</translation>
    </message>
    <message>
        <source>Season:</source>
        <translation>Saison:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Switch times as hh:mm, tariffs 1 to 4.</source>
        <translation>Schaltzeiten als hh:mm, Tarife 1 bis 4.</translation>
    </message>
    <message>
        <source>Add switch</source>
        <translation>Schaltpunkt hinzufügen</translation>
    </message>
    <message>
        <source>Remove switch</source>
        <translation>Schaltpunkt entfernen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Dates as *-MM-DD (every year) or YYYY-MM-DD.</source>
        <translation>Daten als *-MM-DD (jedes Jahr) oder YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Add special day</source>
        <translation>Sondertag hinzufügen</translation>
    </message>
    <message>
        <source>Remove special day</source>
        <translation>Sondertag entfernen</translation>
    </message>
    <message>
        <source>Special days</source>
        <translation>Sondertage</translation>
    </message>
    <message>
        <source>Passive calendar</source>
        <translation>Passiver Kalender</translation>
    </message>
    <message>
        <source>Day profile %1: from %2 tariff T%3</source>
        <translation>Tagesprofil %1: ab %2 Tarif T%3</translation>
    </message>
    <message>
        <source>Add a switch to day profile %1</source>
        <translation>Schaltpunkt zu Tagesprofil %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove a switch from day profile %1</source>
        <translation>Schaltpunkt aus Tagesprofil %1 entfernen</translation>
    </message>
    <message>
        <source>Add the special day %1</source>
        <translation>Sondertag %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove the special day %1</source>
        <translation>Sondertag %1 entfernen</translation>
    </message>
    <message>
        <source>Copy the active calendar to the passive calendar</source>
        <translation>Aktiven Kalender in den passiven Kalender kopieren</translation>
    </message>
    <message>
        <source>Remove the passive calendar</source>
        <translation>Passiven Kalender entfernen</translation>
    </message>
    <message>
        <source>Activate the passive calendar at %1</source>
        <translation>Passiven Kalender am %1 aktivieren</translation>
    </message>
    <message>
        <source>No activation time for the passive calendar</source>
        <translation>Keine Aktivierungszeit für den passiven Kalender</translation>
    </message>
    <message>
        <source>A switch time is hh:mm, from 00:00 to 23:59.</source>
        <translation>Eine Schaltzeit ist hh:mm, von 00:00 bis 23:59.</translation>
    </message>
    <message>
        <source>A tariff is 1, 2, 3 or 4.</source>
        <translation>Ein Tarif ist 1, 2, 3 oder 4.</translation>
    </message>
    <message>
        <source>A special day is *-MM-DD (every year) or YYYY-MM-DD.</source>
        <translation>Ein Sondertag ist *-MM-DD (jedes Jahr) oder YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>A day profile is a number from 1 to 255.</source>
        <translation>Ein Tagesprofil ist eine Zahl von 1 bis 255.</translation>
    </message>
    <message>
        <source>Change the special day %1</source>
        <translation>Sondertag %1 ändern</translation>
    </message>
    <message>
        <source>%1 (from %2, week %3)</source>
        <translation>%1 (ab %2, Woche %3)</translation>
    </message>
    <message>
        <source>Day profile %1</source>
        <translation>Tagesprofil %1</translation>
    </message>
    <message numerus="yes">
        <source>Passive calendar &quot;%1&quot;: %n season(s).</source>
        <translation>
            <numerusform>Passiver Kalender &quot;%1&quot;: %n Saison.</numerusform>
            <numerusform>Passiver Kalender &quot;%1&quot;: %n Saisons.</numerusform>
        </translation>
    </message>
    <message>
        <source>No passive calendar.</source>
        <translation>Kein passiver Kalender.</translation>
    </message>
    <message>
        <source>Copy the active calendar to the passive one</source>
        <translation>Aktiven Kalender in den passiven kopieren</translation>
    </message>
    <message>
        <source>Cannot be written yet: %1</source>
        <translation>Kann noch nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginnt</translation>
    </message>
    <message>
        <source>Week profile</source>
        <translation>Wochenprofil</translation>
    </message>
    <message>
        <source>Each season starts on its date (*-MM-DD) every year and uses its week profile.</source>
        <translation>Jede Saison beginnt jedes Jahr an ihrem Datum (*-MM-DD) und verwendet ihr Wochenprofil.</translation>
    </message>
    <message>
        <source>Add season</source>
        <translation>Saison hinzufügen</translation>
    </message>
    <message>
        <source>Remove season</source>
        <translation>Saison entfernen</translation>
    </message>
    <message>
        <source>Seasons</source>
        <translation>Saisons</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>The day profile (its number) each weekday of the week profile uses.</source>
        <translation>Das Tagesprofil (seine Nummer), das jeder Wochentag des Wochenprofils verwendet.</translation>
    </message>
    <message>
        <source>Add week profile</source>
        <translation>Wochenprofil hinzufügen</translation>
    </message>
    <message>
        <source>Remove week profile</source>
        <translation>Wochenprofil entfernen</translation>
    </message>
    <message>
        <source>Week profiles</source>
        <translation>Wochenprofile</translation>
    </message>
    <message>
        <source>season %1</source>
        <translation>Saison %1</translation>
    </message>
    <message>
        <source>Another season already starts on %1.</source>
        <translation>Eine andere Saison beginnt bereits am %1.</translation>
    </message>
    <message>
        <source>Add the season %1</source>
        <translation>Saison %1 hinzufügen</translation>
    </message>
    <message>
        <source>Change the season %1</source>
        <translation>Saison %1 ändern</translation>
    </message>
    <message>
        <source>Remove the season %1</source>
        <translation>Saison %1 entfernen</translation>
    </message>
    <message>
        <source>Add the week profile %1</source>
        <translation>Wochenprofil %1 hinzufügen</translation>
    </message>
    <message>
        <source>A week profile needs a name.</source>
        <translation>Ein Wochenprofil braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a week profile named %1.</source>
        <translation>Es gibt bereits ein Wochenprofil namens %1.</translation>
    </message>
    <message>
        <source>Rename the week profile %1 to %2</source>
        <translation>Wochenprofil %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Week profile %1: weekday %2 uses day profile %3</source>
        <translation>Wochenprofil %1: Wochentag %2 verwendet Tagesprofil %3</translation>
    </message>
    <message>
        <source>The week profile %1 is used by the season %2.</source>
        <translation>Das Wochenprofil %1 wird von der Saison %2 verwendet.</translation>
    </message>
    <message>
        <source>Remove the week profile %1</source>
        <translation>Wochenprofil %1 entfernen</translation>
    </message>
    <message>
        <source>A season starts on a date of every year: *-MM-DD.</source>
        <translation>Eine Saison beginnt an einem Datum jedes Jahres: *-MM-DD.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>omt::ui::TraceModel</name>
    <message>
        <source>to meter</source>
        <translation>zum Zähler</translation>
    </message>
    <message>
        <source>from meter</source>
        <translation>vom Zähler</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Decoded</source>
        <translation>Dekodiert</translation>
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
        <translation>Filter: Text in einer beliebigen Spalte</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Requests to and responses from the meter, newest last.</source>
        <translation>Anfragen an den Zähler und Antworten von ihm, neueste zuletzt.</translation>
    </message>
    <message>
        <source>Save trace</source>
        <translation>Mitschnitt speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n record(s) to %1.</source>
        <translation>
            <numerusform>%n Eintrag in %1 gespeichert.</numerusform>
            <numerusform>%n Einträge in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trace cannot be saved to %1: %2</source>
        <translation>Der Mitschnitt kann nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Select a record to see it in full.</source>
        <translation>Wählen Sie einen Eintrag, um ihn vollständig zu sehen.</translation>
    </message>
    <message>
        <source>Selected record</source>
        <translation>Ausgewählter Eintrag</translation>
    </message>
    <message>
        <source>to meter</source>
        <translation>zum Zähler</translation>
    </message>
    <message>
        <source>from meter</source>
        <translation>vom Zähler</translation>
    </message>
</context>
<context>
    <name>omt::ui::WeekTimeline</name>
    <message>
        <source>Week timeline of the tariffs</source>
        <translation>Wochenverlauf der Tarife</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
</context>
<context>
    <name>omt::ui::WriteConfirmDialog</name>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Schreiben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Write to meter</source>
        <translation>In den Zähler schreiben</translation>
    </message>
    <message numerus="yes">
        <source>Write these %n change(s) to the meter?</source>
        <translation>
            <numerusform>%n Änderung in den Zähler schreiben?</numerusform>
            <numerusform>Diese %n Änderungen in den Zähler schreiben?</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup of the old values is saved first. Every value is read back; if anything is refused or reads back wrong, the old values are written back.</source>
        <translation>Zuerst wird eine Sicherung der alten Werte gespeichert. Jeder Wert wird zurückgelesen; wird etwas abgelehnt oder falsch zurückgelesen, werden die alten Werte zurückgeschrieben.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
</context>
<context>
    <name>omt::ui::WriteOutcomeDialog</name>
    <message>
        <source>new value</source>
        <translation>neuer Wert</translation>
    </message>
    <message>
        <source>old value</source>
        <translation>alter Wert</translation>
    </message>
    <message>
        <source>unknown — restore the backup</source>
        <translation>unbekannt — Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>nicht geschrieben</translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation>Pfad &amp;kopieren</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>&amp;Restore backup</source>
        <translation>Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Write outcome</source>
        <translation>Ergebnis des Schreibens</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>The meter holds</source>
        <translation>Der Zähler hat jetzt</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <source>Write the old values of this backup back to the connected meter.</source>
        <translation>Die alten Werte dieser Sicherung in den verbundenen Zähler zurückschreiben.</translation>
    </message>
    <message>
        <source>Backup of the old values</source>
        <translation>Sicherung der alten Werte</translation>
    </message>
    <message>
        <source>No backup was saved.</source>
        <translation>Es wurde keine Sicherung gespeichert.</translation>
    </message>
</context>
<context>
    <name>omt::ui::ZCodeModel</name>
    <message>
        <source>Pending: the meter holds %1.</source>
        <translation>Ausstehend: Der Zähler hat %1.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>In meter</source>
        <translation>Im Zähler</translation>
    </message>
</context>
</TS>
