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
        <source>Cannot read the key file %1: %2</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
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
        <source>Reading the meter failed: %1</source>
        <translation>Auslesen des Zählers fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>writing failed: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>reading back failed: %1</source>
        <translation>Zurücklesen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Restoring the old configuration failed too (%1): check the meter and restore the backup %2 by hand.</source>
        <translation>Auch das Wiederherstellen der alten Konfiguration ist fehlgeschlagen (%1): Prüfen Sie den Zähler und stellen Sie die Sicherung %2 von Hand wieder her.</translation>
    </message>
    <message>
        <source>Reading the meter…</source>
        <translation>Zähler wird ausgelesen…</translation>
    </message>
    <message>
        <source>The meter refused to restore %1 (%2): restore the backup %3 by hand.</source>
        <translation>Der Zähler hat das Wiederherstellen von %1 abgelehnt (%2): Stellen Sie die Sicherung %3 von Hand wieder her.</translation>
    </message>
    <message>
        <source>the meter refused %1 (%2)</source>
        <translation>der Zähler hat %1 abgelehnt (%2)</translation>
    </message>
    <message>
        <source>This meter does not say which type it is; connect as reader or installer to read its type number.</source>
        <translation>Dieser Zähler nennt seinen Typ nicht; verbinden Sie sich als Ableser oder Installateur, um seine Typennummer zu lesen.</translation>
    </message>
    <message>
        <source>The device profile for this meter cannot be used: %1</source>
        <translation>Das Geräteprofil für diesen Zähler ist nicht verwendbar: %1</translation>
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
        <source>%1 display list</source>
        <translation>Anzeigeliste „%1“</translation>
    </message>
    <message>
        <source>CT ratio lock</source>
        <translation>CT-Sperre</translation>
    </message>
    <message>
        <source>Connect to the meter before writing.</source>
        <translation>Verbinden Sie sich vor dem Schreiben mit dem Zähler.</translation>
    </message>
    <message>
        <source>Nothing to write: the meter already holds these values.</source>
        <translation>Nichts zu schreiben: Der Zähler hat diese Werte bereits.</translation>
    </message>
    <message>
        <source>Nothing was written: the backup file could not be saved in %1.</source>
        <translation>Nichts wurde geschrieben: Die Sicherungsdatei konnte nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Restoring %1 (%2 of %3)…</source>
        <translation>%1 wird wiederhergestellt (%2 von %3)…</translation>
    </message>
    <message>
        <source>Writing %1 (%2 of %3)…</source>
        <translation>%1 wird geschrieben (%2 von %3)…</translation>
    </message>
    <message>
        <source>Nothing changed: %1. The old configuration was restored and verified.</source>
        <translation>Nichts wurde geändert: %1. Die alte Konfiguration wurde wiederhergestellt und geprüft.</translation>
    </message>
    <message>
        <source>%1; restoring did not verify for %2: restore the backup %3 by hand.</source>
        <translation>%1; die Wiederherstellung von %2 ließ sich nicht bestätigen: Stellen Sie die Sicherung %3 von Hand wieder her.</translation>
    </message>
    <message>
        <source>the meter does not hold what was written for %1</source>
        <translation>der Zähler enthält nicht, was für %1 geschrieben wurde</translation>
    </message>
    <message numerus="yes">
        <source>Written and verified: %n change(s).</source>
        <translation>
            <numerusform>Geschrieben und geprüft: %n Änderung.</numerusform>
            <numerusform>Geschrieben und geprüft: %n Änderungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed: %1.</source>
        <translation>Nichts wurde geändert: %1.</translation>
    </message>
    <message>
        <source>The audit log %1 cannot be written: %2</source>
        <translation>Das Prüfprotokoll %1 kann nicht geschrieben werden: %2</translation>
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
        <source>Nothing was written: %1</source>
        <translation>Nichts wurde geschrieben: %1</translation>
    </message>
    <message>
        <source>Running %1 (%2 of %3)…</source>
        <translation>Führe %1 aus (%2 von %3)…</translation>
    </message>
    <message>
        <source>; %1 was run and cannot be undone</source>
        <translation>; %1 wurde ausgeführt und kann nicht rückgängig gemacht werden</translation>
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
        <source>The factor is the transformer&apos;s primary current divided by its secondary current (5 A or 1 A, set by the meter&apos;s type). The display shows primary energy (secondary energy × factor); the S0 output counts secondary energy; Z23 and Z24 choose the basis of the load profile and of the module&apos;s pulse output. Locking fixes the ratio for good: it cannot be unlocked from the optical port.</source>
        <translation>Der Faktor ist der Primärstrom des Wandlers geteilt durch seinen Sekundärstrom (5 A oder 1 A, durch den Zählertyp festgelegt). Die Anzeige zeigt Primärenergie (Sekundärenergie × Faktor); der S0-Ausgang zählt Sekundärenergie; Z23 und Z24 wählen die Grundlage des Lastprofils und des Impulsausgangs des Moduls. Das Sperren legt das Verhältnis endgültig fest: Über die optische Schnittstelle kann es nicht entsperrt werden.</translation>
    </message>
    <message>
        <source>The CT ratio is already locked.</source>
        <translation>Das CT-Verhältnis ist bereits gesperrt.</translation>
    </message>
    <message>
        <source>Lock the CT ratio at %1?

This is PERMANENT: once written, the ratio can never be changed or unlocked from the optical port.</source>
        <translation>CT-Verhältnis bei %1 sperren?

Das ist DAUERHAFT: Einmal geschrieben, kann das Verhältnis über die optische Schnittstelle nie mehr geändert oder entsperrt werden.</translation>
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
        <source>%1 of at most %2 readings.</source>
        <translation>%1 von höchstens %2 Messwerten.</translation>
    </message>
    <message>
        <source>(Size limit assumed: the data sheet gives none.)</source>
        <translation>(Größengrenze angenommen: Das Datenblatt nennt keine.)</translation>
    </message>
    <message>
        <source>%1: no value read from the meter yet.</source>
        <translation>%1: noch kein Wert vom Zähler gelesen.</translation>
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
        <source>e.g. 06:00 on, 22:00 off</source>
        <translation>z. B. 06:00 on, 22:00 off</translation>
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
        <source>Disconnect the supply</source>
        <translation>Versorgung trennen</translation>
    </message>
    <message>
        <source>Writing to the meter will disconnect the customer&apos;s supply with the meter&apos;s breaker. Go on?</source>
        <translation>Das Schreiben in den Zähler trennt die Versorgung des Kunden mit dem Schalter des Zählers. Fortfahren?</translation>
    </message>
    <message>
        <source>Reconnect the supply</source>
        <translation>Versorgung wieder einschalten</translation>
    </message>
    <message>
        <source>Writing to the meter will reconnect the customer&apos;s supply. Make sure it is safe to do so. Go on?</source>
        <translation>Das Schreiben in den Zähler schaltet die Versorgung des Kunden wieder ein. Stellen Sie sicher, dass das gefahrlos möglich ist. Fortfahren?</translation>
    </message>
    <message>
        <source>Relay %1: write the schedule as &quot;06:00 on, 22:00 off&quot;.</source>
        <translation>Relais %1: Zeitplan als &quot;06:00 on, 22:00 off&quot; schreiben.</translation>
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
        <source>Disconnect…</source>
        <translation>Trennen…</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>Wieder einschalten…</translation>
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
        <source>Write these %1 changes to the meter?</source>
        <translation>Diese %1 Änderungen in den Zähler schreiben?</translation>
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
        <source>%1 changes have not been written to the meter. Quit anyway?</source>
        <translation>%1 Änderungen wurden nicht in den Zähler geschrieben. Trotzdem beenden?</translation>
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
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The language changes the next time OpenMeterTool starts.</source>
        <translation>Die Sprache wechselt beim nächsten Start von OpenMeterTool.</translation>
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
        <source>%1 needs 1 digit.</source>
        <translation>%1 braucht 1 Ziffer.</translation>
    </message>
    <message>
        <source>%1 needs %2 digits.</source>
        <translation>%1 braucht %2 Ziffern.</translation>
    </message>
    <message>
        <source>The CT ratio is locked in this meter (Z22): Z21 cannot be changed.</source>
        <translation>Das CT-Verhältnis ist in diesem Zähler gesperrt (Z22): Z21 kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>The CT ratio lock (Z22) cannot be undone from the optical port.</source>
        <translation>Die CT-Sperre (Z22) kann über die optische Schnittstelle nicht aufgehoben werden.</translation>
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
        <source>%1 %2: %3 (%4) -&gt; %5 (%6)</source>
        <translation>%1 %2: %3 (%4) -&gt; %5 (%6)</translation>
    </message>
    <message>
        <source>%1 display list: %2 -&gt; %3 readings</source>
        <translation>Anzeigeliste „%1“: %2 -&gt; %3 Messwerte</translation>
    </message>
    <message>
        <source>CT ratio: %1 -&gt; %2</source>
        <translation>CT-Verhältnis: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>CT ratio lock: unlocked -&gt; LOCKED (permanent)</source>
        <translation>CT-Sperre: nicht gesperrt -&gt; GESPERRT (dauerhaft)</translation>
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
        <source>The %1 list holds at most %2 readings.</source>
        <translation>Die Liste „%1“ fasst höchstens %2 Messwerte.</translation>
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
        <source>%1 %2: added %3</source>
        <translation>%1 %2: hinzugefügt %3</translation>
    </message>
    <message>
        <source>%1 %2: removed %3</source>
        <translation>%1 %2: entfernt %3</translation>
    </message>
    <message>
        <source>%1 %2: %3 -&gt; %4</source>
        <translation>%1 %2: %3 -&gt; %4</translation>
    </message>
    <message>
        <source>Tariffs</source>
        <translation>Tarife</translation>
    </message>
    <message>
        <source>Load control</source>
        <translation>Laststeuerung</translation>
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
        <source>Readings</source>
        <translation>Messwerte</translation>
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
