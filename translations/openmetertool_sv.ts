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
        <source>Cannot read the key file %1: %2</source>
        <translation>Kan inte läsa nyckelfilen %1: %2</translation>
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
        <source>Reading the meter failed: %1</source>
        <translation>Avläsningen av mätaren misslyckades: %1</translation>
    </message>
    <message>
        <source>writing failed: %1</source>
        <translation>skrivningen misslyckades: %1</translation>
    </message>
    <message>
        <source>reading back failed: %1</source>
        <translation>återläsningen misslyckades: %1</translation>
    </message>
    <message>
        <source>Restoring the old configuration failed too (%1): check the meter and restore the backup %2 by hand.</source>
        <translation>Även återställningen av den gamla konfigurationen misslyckades (%1): kontrollera mätaren och återställ säkerhetskopian %2 manuellt.</translation>
    </message>
    <message>
        <source>Reading the meter…</source>
        <translation>Läser av mätaren…</translation>
    </message>
    <message>
        <source>The meter refused to restore %1 (%2): restore the backup %3 by hand.</source>
        <translation>Mätaren vägrade återställa %1 (%2): återställ säkerhetskopian %3 manuellt.</translation>
    </message>
    <message>
        <source>the meter refused %1 (%2)</source>
        <translation>mätaren vägrade %1 (%2)</translation>
    </message>
    <message>
        <source>This meter does not say which type it is; connect as reader or installer to read its type number.</source>
        <translation>Den här mätaren anger inte vilken typ den är; anslut som avläsare eller installatör för att läsa dess typnummer.</translation>
    </message>
    <message>
        <source>The device profile for this meter cannot be used: %1</source>
        <translation>Enhetsprofilen för den här mätaren går inte att använda: %1</translation>
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
        <source>%1 display list</source>
        <translation>displaylista ”%1”</translation>
    </message>
    <message>
        <source>CT ratio lock</source>
        <translation>CT-lås</translation>
    </message>
    <message>
        <source>Connect to the meter before writing.</source>
        <translation>Anslut till mätaren innan du skriver.</translation>
    </message>
    <message>
        <source>Nothing to write: the meter already holds these values.</source>
        <translation>Inget att skriva: mätaren har redan dessa värden.</translation>
    </message>
    <message>
        <source>Nothing was written: the backup file could not be saved in %1.</source>
        <translation>Inget skrevs: säkerhetskopian kunde inte sparas i %1.</translation>
    </message>
    <message>
        <source>Restoring %1 (%2 of %3)…</source>
        <translation>Återställer %1 (%2 av %3)…</translation>
    </message>
    <message>
        <source>Writing %1 (%2 of %3)…</source>
        <translation>Skriver %1 (%2 av %3)…</translation>
    </message>
    <message>
        <source>Nothing changed: %1. The old configuration was restored and verified.</source>
        <translation>Inget ändrades: %1. Den gamla konfigurationen återställdes och verifierades.</translation>
    </message>
    <message>
        <source>%1; restoring did not verify for %2: restore the backup %3 by hand.</source>
        <translation>%1; återställningen av %2 kunde inte verifieras: återställ säkerhetskopian %3 manuellt.</translation>
    </message>
    <message>
        <source>the meter does not hold what was written for %1</source>
        <translation>mätaren innehåller inte det som skrevs för %1</translation>
    </message>
    <message numerus="yes">
        <source>Written and verified: %n change(s).</source>
        <translation>
            <numerusform>Skrivet och verifierat: %n ändring.</numerusform>
            <numerusform>Skrivet och verifierat: %n ändringar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed: %1.</source>
        <translation>Inget ändrades: %1.</translation>
    </message>
    <message>
        <source>The audit log %1 cannot be written: %2</source>
        <translation>Granskningsloggen %1 kan inte skrivas: %2</translation>
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
        <source>Nothing was written: %1</source>
        <translation>Inget skrevs: %1</translation>
    </message>
    <message>
        <source>Running %1 (%2 of %3)…</source>
        <translation>Kör %1 (%2 av %3)…</translation>
    </message>
    <message>
        <source>; %1 was run and cannot be undone</source>
        <translation>; %1 kördes och kan inte ångras</translation>
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
        <source>The factor is the transformer&apos;s primary current divided by its secondary current (5 A or 1 A, set by the meter&apos;s type). The display shows primary energy (secondary energy × factor); the S0 output counts secondary energy; Z23 and Z24 choose the basis of the load profile and of the module&apos;s pulse output. Locking fixes the ratio for good: it cannot be unlocked from the optical port.</source>
        <translation>Faktorn är transformatorns primärström delad med dess sekundärström (5 A eller 1 A, bestämt av mätarens typ). Displayen visar primär energi (sekundär energi × faktor); S0-utgången räknar sekundär energi; Z23 och Z24 väljer underlaget för lastprofilen och för modulens pulsutgång. Låsningen fastställer omsättningen för gott: den kan inte låsas upp från den optiska porten.</translation>
    </message>
    <message>
        <source>The CT ratio is already locked.</source>
        <translation>CT-omsättningen är redan låst.</translation>
    </message>
    <message>
        <source>Lock the CT ratio at %1?

This is PERMANENT: once written, the ratio can never be changed or unlocked from the optical port.</source>
        <translation>Lås CT-omsättningen på %1?

Detta är PERMANENT: när den väl är skriven kan omsättningen aldrig ändras eller låsas upp från den optiska porten.</translation>
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
        <source>%1 of at most %2 readings.</source>
        <translation>%1 av högst %2 avläsningar.</translation>
    </message>
    <message>
        <source>(Size limit assumed: the data sheet gives none.)</source>
        <translation>(Storleksgräns antagen: databladet anger ingen.)</translation>
    </message>
    <message>
        <source>%1: no value read from the meter yet.</source>
        <translation>%1: inget värde har lästs från mätaren än.</translation>
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
        <source>e.g. 06:00 on, 22:00 off</source>
        <translation>t.ex. 06:00 on, 22:00 off</translation>
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
        <source>Disconnect the supply</source>
        <translation>Koppla från matningen</translation>
    </message>
    <message>
        <source>Writing to the meter will disconnect the customer&apos;s supply with the meter&apos;s breaker. Go on?</source>
        <translation>Skrivning till mätaren kopplar från kundens matning med mätarens brytare. Fortsätta?</translation>
    </message>
    <message>
        <source>Reconnect the supply</source>
        <translation>Återanslut matningen</translation>
    </message>
    <message>
        <source>Writing to the meter will reconnect the customer&apos;s supply. Make sure it is safe to do so. Go on?</source>
        <translation>Skrivning till mätaren återansluter kundens matning. Se till att det är säkert. Fortsätta?</translation>
    </message>
    <message>
        <source>Relay %1: write the schedule as &quot;06:00 on, 22:00 off&quot;.</source>
        <translation>Relä %1: skriv schemat som &quot;06:00 on, 22:00 off&quot;.</translation>
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
        <source>Disconnect…</source>
        <translation>Koppla från…</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>Återanslut…</translation>
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
        <source>Write these %1 changes to the meter?</source>
        <translation>Skriva dessa %1 ändringar till mätaren?</translation>
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
        <source>%1 changes have not been written to the meter. Quit anyway?</source>
        <translation>%1 ändringar har inte skrivits till mätaren. Avsluta ändå?</translation>
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
        <source>System language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>The language changes the next time OpenMeterTool starts.</source>
        <translation>Språket byts nästa gång OpenMeterTool startar.</translation>
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
        <source>%1 needs 1 digit.</source>
        <translation>%1 behöver 1 siffra.</translation>
    </message>
    <message>
        <source>%1 needs %2 digits.</source>
        <translation>%1 behöver %2 siffror.</translation>
    </message>
    <message>
        <source>The CT ratio is locked in this meter (Z22): Z21 cannot be changed.</source>
        <translation>CT-omsättningen är låst i den här mätaren (Z22): Z21 kan inte ändras.</translation>
    </message>
    <message>
        <source>The CT ratio lock (Z22) cannot be undone from the optical port.</source>
        <translation>CT-låset (Z22) kan inte ångras från den optiska porten.</translation>
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
        <source>%1 %2: %3 (%4) -&gt; %5 (%6)</source>
        <translation>%1 %2: %3 (%4) -&gt; %5 (%6)</translation>
    </message>
    <message>
        <source>%1 display list: %2 -&gt; %3 readings</source>
        <translation>Displaylista ”%1”: %2 -&gt; %3 avläsningar</translation>
    </message>
    <message>
        <source>CT ratio: %1 -&gt; %2</source>
        <translation>CT-omsättning: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>CT ratio lock: unlocked -&gt; LOCKED (permanent)</source>
        <translation>CT-lås: olåst -&gt; LÅST (permanent)</translation>
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
        <source>The %1 list holds at most %2 readings.</source>
        <translation>Listan ”%1” rymmer högst %2 avläsningar.</translation>
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
        <source>%1 %2: added %3</source>
        <translation>%1 %2: tillagt %3</translation>
    </message>
    <message>
        <source>%1 %2: removed %3</source>
        <translation>%1 %2: borttaget %3</translation>
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
        <translation>Laststyrning</translation>
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
        <source>Readings</source>
        <translation>Avläsningar</translation>
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
