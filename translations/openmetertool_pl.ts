<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>omt::gui::MeterController</name>
    <message>
        <source>Give the meter&apos;s TCP address as host:port, e.g. 10.0.0.5:4059.</source>
        <translation>Podaj adres TCP licznika jako host:port, np. 10.0.0.5:4059.</translation>
    </message>
    <message>
        <source>Choose the optical head&apos;s serial port or type its path.</source>
        <translation>Wybierz port szeregowy głowicy optycznej lub wpisz jego ścieżkę.</translation>
    </message>
    <message>
        <source>The reader association needs the meter&apos;s password.</source>
        <translation>Asocjacja odczytu wymaga hasła licznika.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>Nie można odczytać pliku kluczy %1: %2</translation>
    </message>
    <message>
        <source>The key file %1 is not usable (%2).</source>
        <translation>Pliku kluczy %1 nie można użyć (%2).</translation>
    </message>
    <message>
        <source>The installer association needs the meter&apos;s key file (EK and AK).</source>
        <translation>Asocjacja instalatora wymaga pliku kluczy licznika (EK i AK).</translation>
    </message>
    <message>
        <source>The connection could not start.</source>
        <translation>Nie udało się rozpocząć połączenia.</translation>
    </message>
    <message>
        <source>Opening the connection…</source>
        <translation>Otwieranie połączenia…</translation>
    </message>
    <message>
        <source>Signing on at 300 baud…</source>
        <translation>Logowanie z prędkością 300 bodów…</translation>
    </message>
    <message>
        <source>Switching to %1 baud…</source>
        <translation>Przełączanie na %1 bodów…</translation>
    </message>
    <message>
        <source>Connecting the HDLC link…</source>
        <translation>Nawiązywanie łącza HDLC…</translation>
    </message>
    <message>
        <source>HDLC link up.</source>
        <translation>Łącze HDLC nawiązane.</translation>
    </message>
    <message>
        <source>Opening the association…</source>
        <translation>Otwieranie asocjacji…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Połączono.</translation>
    </message>
    <message>
        <source>Releasing the association…</source>
        <translation>Zwalnianie asocjacji…</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Rozłączanie…</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Brak połączenia.</translation>
    </message>
    <message>
        <source>Reading the meter failed: %1</source>
        <translation>Odczyt licznika nie powiódł się: %1</translation>
    </message>
    <message>
        <source>writing failed: %1</source>
        <translation>zapis nie powiódł się: %1</translation>
    </message>
    <message>
        <source>reading back failed: %1</source>
        <translation>odczyt kontrolny nie powiódł się: %1</translation>
    </message>
    <message>
        <source>Restoring the old configuration failed too (%1): check the meter and restore the backup %2 by hand.</source>
        <translation>Przywrócenie poprzedniej konfiguracji również się nie powiodło (%1): sprawdź licznik i przywróć kopię zapasową %2 ręcznie.</translation>
    </message>
    <message>
        <source>Reading the meter…</source>
        <translation>Odczytywanie licznika…</translation>
    </message>
    <message>
        <source>The meter refused to restore %1 (%2): restore the backup %3 by hand.</source>
        <translation>Licznik odmówił przywrócenia: %1 (%2): przywróć kopię zapasową %3 ręcznie.</translation>
    </message>
    <message>
        <source>the meter refused %1 (%2)</source>
        <translation>licznik odrzucił: %1 (%2)</translation>
    </message>
    <message>
        <source>This meter does not say which type it is; connect as reader or installer to read its type number.</source>
        <translation>Ten licznik nie podaje swojego typu; połącz się jako odczyt lub instalator, aby odczytać numer typu.</translation>
    </message>
    <message>
        <source>The device profile for this meter cannot be used: %1</source>
        <translation>Nie można użyć profilu urządzenia dla tego licznika: %1</translation>
    </message>
    <message>
        <source>Read the meter %1.</source>
        <translation>Odczytano licznik %1.</translation>
    </message>
    <message>
        <source>CT ratio</source>
        <translation>przekładnia CT</translation>
    </message>
    <message>
        <source>configuration codes</source>
        <translation>kody konfiguracji</translation>
    </message>
    <message>
        <source>%1 display list</source>
        <translation>lista wyświetlacza „%1”</translation>
    </message>
    <message>
        <source>CT ratio lock</source>
        <translation>blokada przekładni CT</translation>
    </message>
    <message>
        <source>Connect to the meter before writing.</source>
        <translation>Przed zapisem połącz się z licznikiem.</translation>
    </message>
    <message>
        <source>Nothing to write: the meter already holds these values.</source>
        <translation>Nie ma nic do zapisania: licznik ma już te wartości.</translation>
    </message>
    <message>
        <source>Nothing was written: the backup file could not be saved in %1.</source>
        <translation>Nic nie zapisano: nie udało się zachować kopii zapasowej w %1.</translation>
    </message>
    <message>
        <source>Restoring %1 (%2 of %3)…</source>
        <translation>Przywracanie: %1 (%2 z %3)…</translation>
    </message>
    <message>
        <source>Writing %1 (%2 of %3)…</source>
        <translation>Zapisywanie: %1 (%2 z %3)…</translation>
    </message>
    <message>
        <source>Nothing changed: %1. The old configuration was restored and verified.</source>
        <translation>Nic nie zmieniono: %1. Poprzednia konfiguracja została przywrócona i sprawdzona.</translation>
    </message>
    <message>
        <source>%1; restoring did not verify for %2: restore the backup %3 by hand.</source>
        <translation>%1; nie potwierdzono przywrócenia: %2: przywróć kopię zapasową %3 ręcznie.</translation>
    </message>
    <message>
        <source>the meter does not hold what was written for %1</source>
        <translation>licznik nie zawiera tego, co zapisano dla: %1</translation>
    </message>
    <message numerus="yes">
        <source>Written and verified: %n change(s).</source>
        <translation>
            <numerusform>Zapisano i sprawdzono: %n zmianę.</numerusform>
            <numerusform>Zapisano i sprawdzono: %n zmiany.</numerusform>
            <numerusform>Zapisano i sprawdzono: %n zmian.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed: %1.</source>
        <translation>Nic nie zmieniono: %1.</translation>
    </message>
    <message>
        <source>The audit log %1 cannot be written: %2</source>
        <translation>Nie można zapisać dziennika zmian %1: %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Niepowodzenie: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 request, %n attribute(s)</source>
        <translation>
            <numerusform>Żądanie %1, %n atrybut</numerusform>
            <numerusform>Żądanie %1, %n atrybuty</numerusform>
            <numerusform>Żądanie %1, %n atrybutów</numerusform>
        </translation>
    </message>
    <message>
        <source>no value</source>
        <translation>brak wartości</translation>
    </message>
    <message>
        <source>SET result: %1</source>
        <translation>Wynik SET: %1</translation>
    </message>
    <message>
        <source>ACTION result: %1</source>
        <translation>Wynik ACTION: %1</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Nic nie zapisano: %1</translation>
    </message>
    <message>
        <source>Running %1 (%2 of %3)…</source>
        <translation>Wykonywanie: %1 (%2 z %3)…</translation>
    </message>
    <message>
        <source>; %1 was run and cannot be undone</source>
        <translation>; wykonano %1 i nie można tego cofnąć</translation>
    </message>
    <message>
        <source>The tariff calendar cannot be shown: %1</source>
        <translation>Nie można pokazać kalendarza taryf: %1</translation>
    </message>
    <message>
        <source>The load control settings cannot be shown: %1</source>
        <translation>Nie można pokazać ustawień sterowania obciążeniem: %1</translation>
    </message>
    <message>
        <source>tariff plan</source>
        <translation>plan taryf</translation>
    </message>
    <message>
        <source>load control</source>
        <translation>sterowanie obciążeniem</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s), part of a frame</source>
        <translation>
            <numerusform>%n bajt, część ramki</numerusform>
            <numerusform>%n bajty, część ramki</numerusform>
            <numerusform>%n bajtów, część ramki</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omt::link</name>
    <message>
        <source>No answer on %1: check that the head is on the optical port and the cable, and that the meter is powered.</source>
        <translation>Brak odpowiedzi na %1: sprawdź, czy głowica jest na porcie optycznym, sprawdź kabel i czy licznik jest zasilany.</translation>
    </message>
    <message>
        <source>The meter&apos;s sign-on answer was not usable (%1).</source>
        <translation>Odpowiedź licznika na logowanie była nieużyteczna (%1).</translation>
    </message>
    <message>
        <source>The meter refused the HDLC connection (%1): check the client and server addresses.</source>
        <translation>Licznik odrzucił połączenie HDLC (%1): sprawdź adresy klienta i serwera.</translation>
    </message>
    <message>
        <source>The link to the meter was lost (%1).</source>
        <translation>Utracono łącze z licznikiem (%1).</translation>
    </message>
    <message>
        <source>The meter rejected the association: wrong password (LLS).</source>
        <translation>Licznik odrzucił asocjację: błędne hasło (LLS).</translation>
    </message>
    <message>
        <source>The meter rejected the association: the encryption or authentication key is wrong.</source>
        <translation>Licznik odrzucił asocjację: błędny klucz szyfrowania lub uwierzytelniania.</translation>
    </message>
    <message>
        <source>The meter&apos;s answer fails authentication: the encryption or authentication key is wrong.</source>
        <translation>Odpowiedź licznika nie przechodzi uwierzytelniania: błędny klucz szyfrowania lub uwierzytelniania.</translation>
    </message>
    <message>
        <source>Invocation counter too low (%1): the frame counter must be read and set again.</source>
        <translation>Zbyt niski licznik wywołań (invocation counter) (%1): licznik ramek trzeba odczytać i ustawić ponownie.</translation>
    </message>
    <message>
        <source>The meter rejected the association (%1).</source>
        <translation>Licznik odrzucił asocjację (%1).</translation>
    </message>
    <message>
        <source>Object %1 is not in this meter&apos;s association.</source>
        <translation>Obiektu %1 nie ma w asocjacji tego licznika.</translation>
    </message>
    <message>
        <source>Access to %1 is denied in this association.</source>
        <translation>Dostęp do %1 jest zabroniony w tej asocjacji.</translation>
    </message>
    <message>
        <source>The meter refused %1.</source>
        <translation>Licznik odrzucił: %1.</translation>
    </message>
    <message>
        <source>The meter refused the request (%1).</source>
        <translation>Licznik odrzucił żądanie (%1).</translation>
    </message>
    <message>
        <source>The meter&apos;s answer could not be understood (%1).</source>
        <translation>Nie można zrozumieć odpowiedzi licznika (%1).</translation>
    </message>
    <message>
        <source>Port %1 does not exist.</source>
        <translation>Port %1 nie istnieje.</translation>
    </message>
    <message>
        <source>Port %1 is in use by another program.</source>
        <translation>Port %1 jest używany przez inny program.</translation>
    </message>
    <message>
        <source>No permission to open %1.</source>
        <translation>Brak uprawnień do otwarcia %1.</translation>
    </message>
    <message>
        <source>Port error: %1.</source>
        <translation>Błąd portu: %1.</translation>
    </message>
    <message>
        <source>Nobody accepts connections at %1.</source>
        <translation>Nikt nie przyjmuje połączeń pod adresem %1.</translation>
    </message>
    <message>
        <source>Host %1 not found.</source>
        <translation>Nie znaleziono hosta %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
    <message>
        <source>The connection is not ready for this request (%1).</source>
        <translation>Połączenie nie jest gotowe na to żądanie (%1).</translation>
    </message>
    <message>
        <source>No Bluetooth adapter found on this computer (or the Bluetooth service is not running).</source>
        <translation>Nie znaleziono adaptera Bluetooth w tym komputerze (lub usługa Bluetooth nie działa).</translation>
    </message>
    <message>
        <source>The Bluetooth adapter is switched off: switch it on and try again.</source>
        <translation>Adapter Bluetooth jest wyłączony: włącz go i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Pair the Bluetooth head with this computer first (%1).</source>
        <translation>Najpierw sparuj głowicę Bluetooth z tym komputerem (%1).</translation>
    </message>
    <message>
        <source>The Bluetooth device %1 offers no serial service: is it an optical head?</source>
        <translation>Urządzenie Bluetooth %1 nie udostępnia usługi szeregowej: czy to głowica optyczna?</translation>
    </message>
</context>
<context>
    <name>omt::ui::ConfigCodesPage</name>
    <message>
        <source>The full configuration string; paste one to set every field.</source>
        <translation>Pełny ciąg konfiguracji; wklej go, aby ustawić wszystkie pola.</translation>
    </message>
    <message>
        <source>&amp;Configuration:</source>
        <translation>&amp;Konfiguracja:</translation>
    </message>
    <message>
        <source>In meter:</source>
        <translation>W liczniku:</translation>
    </message>
    <message>
        <source>The configuration string is empty.</source>
        <translation>Ciąg konfiguracji jest pusty.</translation>
    </message>
    <message>
        <source>Only digits and &apos;-&apos; are allowed (position %1).</source>
        <translation>Dozwolone są tylko cyfry i &apos;-&apos; (pozycja %1).</translation>
    </message>
    <message>
        <source>A configuration has 56 digits; this one has %1.</source>
        <translation>Konfiguracja ma 56 cyfr; ta ma %1.</translation>
    </message>
    <message>
        <source>A configuration has 28 fields separated by &apos;-&apos;.</source>
        <translation>Konfiguracja ma 28 pól oddzielonych znakiem &apos;-&apos;.</translation>
    </message>
    <message>
        <source>A field has the wrong number of digits (%1).</source>
        <translation>Pole ma niewłaściwą liczbę cyfr (%1).</translation>
    </message>
    <message>
        <source>Connect to a meter to see its configuration.</source>
        <translation>Połącz się z licznikiem, aby zobaczyć jego konfigurację.</translation>
    </message>
    <message>
        <source>The configuration is valid for variant %1.</source>
        <translation>Konfiguracja jest prawidłowa dla wariantu %1.</translation>
    </message>
</context>
<context>
    <name>omt::ui::ConnectionBar</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Połącz</translation>
    </message>
    <message>
        <source>Meter connection</source>
        <translation>Połączenie z licznikiem</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Key file (EK/AK)</source>
        <translation>Plik kluczy (EK/AK)</translation>
    </message>
    <message>
        <source>Public (no security)</source>
        <translation>Publiczny (bez zabezpieczeń)</translation>
    </message>
    <message>
        <source>Reader (password)</source>
        <translation>Odczyt (hasło)</translation>
    </message>
    <message>
        <source>Installer (HLS keys)</source>
        <translation>Instalator (klucze HLS)</translation>
    </message>
    <message>
        <source>&amp;Meter:</source>
        <translation>Li&amp;cznik:</translation>
    </message>
    <message>
        <source>Demo meter: OMNIPOWER CT</source>
        <translation>Licznik demonstracyjny: OMNIPOWER CT</translation>
    </message>
    <message>
        <source>Demo meter: OMNIA e-meter</source>
        <translation>Licznik demonstracyjny: OMNIA e-meter</translation>
    </message>
    <message>
        <source>Optical head: %1</source>
        <translation>Głowica optyczna: %1</translation>
    </message>
    <message>
        <source>Optical head: other port…</source>
        <translation>Głowica optyczna: inny port…</translation>
    </message>
    <message>
        <source>TCP (HDLC or wrapper)…</source>
        <translation>TCP (HDLC lub wrapper)…</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:port</translation>
    </message>
    <message>
        <source>/dev/ttyUSB0</source>
        <translation>/dev/ttyUSB0</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Anuluj</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Rozłącz</translation>
    </message>
</context>
<context>
    <name>omt::ui::CtRatioPage</name>
    <message>
        <source>%1/%2 A (factor %3)</source>
        <translation>%1/%2 A (współczynnik %3)</translation>
    </message>
    <message>
        <source>&amp;Lock the ratio…</source>
        <translation>&amp;Zablokuj przekładnię…</translation>
    </message>
    <message>
        <source>Any factor from 1 to 600: primary current = factor × secondary.</source>
        <translation>Dowolny współczynnik od 1 do 600: prąd pierwotny = współczynnik × prąd wtórny.</translation>
    </message>
    <message>
        <source>%1 (%2/5 A or %3/1 A)</source>
        <translation>%1 (%2/5 A lub %3/1 A)</translation>
    </message>
    <message>
        <source>In the meter</source>
        <translation>W liczniku</translation>
    </message>
    <message>
        <source>Ratio:</source>
        <translation>Przekładnia:</translation>
    </message>
    <message>
        <source>Lock:</source>
        <translation>Blokada:</translation>
    </message>
    <message>
        <source>New ratio</source>
        <translation>Nowa przekładnia</translation>
    </message>
    <message>
        <source>&amp;Standard ratio:</source>
        <translation>Przekładnia &amp;standardowa:</translation>
    </message>
    <message>
        <source>&amp;Custom factor:</source>
        <translation>&amp;Własny współczynnik:</translation>
    </message>
    <message>
        <source>Will be:</source>
        <translation>Będzie:</translation>
    </message>
    <message>
        <source>The factor is the transformer&apos;s primary current divided by its secondary current (5 A or 1 A, set by the meter&apos;s type). The display shows primary energy (secondary energy × factor); the S0 output counts secondary energy; Z23 and Z24 choose the basis of the load profile and of the module&apos;s pulse output. Locking fixes the ratio for good: it cannot be unlocked from the optical port.</source>
        <translation>Współczynnik to prąd pierwotny przekładnika podzielony przez jego prąd wtórny (5 A lub 1 A, zależnie od typu licznika). Wyświetlacz pokazuje energię pierwotną (energia wtórna × współczynnik); wyjście S0 zlicza energię wtórną; Z23 i Z24 wybierają podstawę profilu obciążenia i wyjścia impulsowego modułu. Zablokowanie ustala przekładnię na stałe: nie można jej odblokować przez port optyczny.</translation>
    </message>
    <message>
        <source>The CT ratio is already locked.</source>
        <translation>Przekładnia CT jest już zablokowana.</translation>
    </message>
    <message>
        <source>Lock the CT ratio at %1?

This is PERMANENT: once written, the ratio can never be changed or unlocked from the optical port.</source>
        <translation>Zablokować przekładnię CT na %1?

To jest TRWAŁE: po zapisaniu przekładni nigdy nie można zmienić ani odblokować przez port optyczny.</translation>
    </message>
    <message>
        <source>Lock the CT ratio permanently</source>
        <translation>Zablokuj przekładnię CT na stałe</translation>
    </message>
    <message>
        <source>This meter has no CT ratio.</source>
        <translation>Ten licznik nie ma przekładni CT.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Brak połączenia.</translation>
    </message>
    <message>
        <source>Locked: the ratio can no longer be changed.</source>
        <translation>Zablokowana: przekładni nie można już zmienić.</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Odblokowana</translation>
    </message>
    <message>
        <source>and locked (pending)</source>
        <translation>i zablokowana (oczekuje)</translation>
    </message>
</context>
<context>
    <name>omt::ui::DisplayCatalogueModel</name>
    <message>
        <source>Historical value: not allowed in the automatic list.</source>
        <translation>Wartość historyczna: niedozwolona na liście automatycznej.</translation>
    </message>
    <message>
        <source>Legal reading: always in the manual list.</source>
        <translation>Odczyt wymagany prawnie: zawsze na liście ręcznej.</translation>
    </message>
</context>
<context>
    <name>omt::ui::DisplayListModel</name>
    <message>
        <source>%1: legal reading, cannot be removed from the manual list.</source>
        <translation>%1: odczyt wymagany prawnie, nie można go usunąć z listy ręcznej.</translation>
    </message>
    <message>
        <source>Add %1 to the %2 list</source>
        <translation>Dodaj %1 do listy „%2”</translation>
    </message>
    <message>
        <source>Remove %1 from the %2 list</source>
        <translation>Usuń %1 z listy „%2”</translation>
    </message>
    <message>
        <source>Reorder the %1 list</source>
        <translation>Zmień kolejność listy „%1”</translation>
    </message>
</context>
<context>
    <name>omt::ui::DisplayListsPage</name>
    <message>
        <source>Filter readings</source>
        <translation>Filtruj odczyty</translation>
    </message>
    <message>
        <source>&amp;Add →</source>
        <translation>&amp;Dodaj →</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>W &amp;górę</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>W dó&amp;ł</translation>
    </message>
    <message>
        <source>Readings the meter offers</source>
        <translation>Odczyty dostępne w liczniku</translation>
    </message>
    <message>
        <source>This meter has no display lists.</source>
        <translation>Ten licznik nie ma list wyświetlacza.</translation>
    </message>
    <message>
        <source>Connect to a meter to edit its display lists.</source>
        <translation>Połącz się z licznikiem, aby edytować jego listy wyświetlacza.</translation>
    </message>
    <message>
        <source>%1 of at most %2 readings.</source>
        <translation>%1 z maksymalnie %2 odczytów.</translation>
    </message>
    <message>
        <source>(Size limit assumed: the data sheet gives none.)</source>
        <translation>(Przyjęto limit rozmiaru: karta katalogowa go nie podaje.)</translation>
    </message>
    <message>
        <source>%1: no value read from the meter yet.</source>
        <translation>%1: jeszcze nie odczytano wartości z licznika.</translation>
    </message>
</context>
<context>
    <name>omt::ui::LcdPreview</name>
    <message>
        <source>Display preview</source>
        <translation>Podgląd wyświetlacza</translation>
    </message>
</context>
<context>
    <name>omt::ui::LoadControlPage</name>
    <message>
        <source>connected</source>
        <translation>podłączone</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>odłączone</translation>
    </message>
    <message>
        <source>ready for reconnection</source>
        <translation>gotowe do ponownego załączenia</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>Na żądanie</translation>
    </message>
    <message>
        <source>Calendar (daily times)</source>
        <translation>Kalendarz (codzienne godziny)</translation>
    </message>
    <message>
        <source>Follow tariff</source>
        <translation>Według taryfy</translation>
    </message>
    <message>
        <source>Supply control switch</source>
        <translation>Wyłącznik zasilania</translation>
    </message>
    <message>
        <source>Relay %1</source>
        <translation>Przekaźnik %1</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Włączony</translation>
    </message>
    <message>
        <source>e.g. 06:00 on, 22:00 off</source>
        <translation>np. 06:00 on, 22:00 off</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Tryb:</translation>
    </message>
    <message>
        <source>State (on demand):</source>
        <translation>Stan (na żądanie):</translation>
    </message>
    <message>
        <source>Schedule (calendar):</source>
        <translation>Harmonogram (kalendarz):</translation>
    </message>
    <message>
        <source>On in tariffs (follow tariff):</source>
        <translation>Włączony w taryfach (według taryfy):</translation>
    </message>
    <message>
        <source>This meter has no supply control switch.</source>
        <translation>Ten licznik nie ma wyłącznika zasilania.</translation>
    </message>
    <message>
        <source>Disconnect the supply</source>
        <translation>Odłącz zasilanie</translation>
    </message>
    <message>
        <source>Writing to the meter will disconnect the customer&apos;s supply with the meter&apos;s breaker. Go on?</source>
        <translation>Zapis do licznika odłączy zasilanie klienta wyłącznikiem licznika. Kontynuować?</translation>
    </message>
    <message>
        <source>Reconnect the supply</source>
        <translation>Ponownie załącz zasilanie</translation>
    </message>
    <message>
        <source>Writing to the meter will reconnect the customer&apos;s supply. Make sure it is safe to do so. Go on?</source>
        <translation>Zapis do licznika ponownie załączy zasilanie klienta. Upewnij się, że jest to bezpieczne. Kontynuować?</translation>
    </message>
    <message>
        <source>Relay %1: write the schedule as &quot;06:00 on, 22:00 off&quot;.</source>
        <translation>Przekaźnik %1: wpisz harmonogram jako &quot;06:00 on, 22:00 off&quot;.</translation>
    </message>
    <message>
        <source>Relay %1: %2</source>
        <translation>Przekaźnik %1: %2</translation>
    </message>
    <message>
        <source>The supply is %1.</source>
        <translation>Zasilanie: %1.</translation>
    </message>
    <message>
        <source>Pending: %1 when written.</source>
        <translation>Oczekuje: %1 po zapisie.</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>Odłącz…</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>Załącz ponownie…</translation>
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
        <translation>Zapisz do licznika</translation>
    </message>
    <message>
        <source>Write these %1 changes to the meter?</source>
        <translation>Zapisać zmiany w liczniku (liczba zmian: %1)?</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Strony</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <source>Display lists</source>
        <translation>Listy wyświetlacza</translation>
    </message>
    <message>
        <source>CT ratio</source>
        <translation>Przekładnia CT</translation>
    </message>
    <message>
        <source>Configuration codes</source>
        <translation>Kody konfiguracji</translation>
    </message>
    <message>
        <source>&amp;Meter</source>
        <translation>&amp;Licznik</translation>
    </message>
    <message>
        <source>&amp;Read from meter</source>
        <translation>&amp;Odczytaj z licznika</translation>
    </message>
    <message>
        <source>&amp;Write to meter…</source>
        <translation>&amp;Zapisz do licznika…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Licznik</translation>
    </message>
    <message>
        <source>Nothing to write: there are no pending changes.</source>
        <translation>Nie ma nic do zapisania: brak oczekujących zmian.</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Oczekujące zmiany</translation>
    </message>
    <message>
        <source>%1 changes have not been written to the meter. Quit anyway?</source>
        <translation>Nie zapisano zmian w liczniku (liczba zmian: %1). Mimo to zakończyć?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Tariffs</source>
        <translation>Taryfy</translation>
    </message>
    <message>
        <source>Load control</source>
        <translation>Sterowanie obciążeniem</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Śledzenie</translation>
    </message>
    <message>
        <source>estimating time left…</source>
        <translation>szacowanie pozostałego czasu…</translation>
    </message>
    <message>
        <source>about %1 min %2 s left</source>
        <translation>pozostało około %1 min %2 s</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>pozostała około %n s</numerusform>
            <numerusform>pozostały około %n s</numerusform>
            <numerusform>pozostało około %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Język systemu</translation>
    </message>
    <message>
        <source>The language changes the next time OpenMeterTool starts.</source>
        <translation>Język zmieni się przy następnym uruchomieniu OpenMeterTool.</translation>
    </message>
</context>
<context>
    <name>omt::ui::MeterDocument</name>
    <message>
        <source>Lock the CT ratio on the CT ratio page: it asks for the confirmation a permanent lock needs.</source>
        <translation>Zablokuj przekładnię CT na stronie Przekładnia CT: poprosi ona o potwierdzenie, którego wymaga trwała blokada.</translation>
    </message>
    <message>
        <source>Z21 is the CT ratio: a number from 001 to 600.</source>
        <translation>Z21 to przekładnia CT: liczba od 001 do 600.</translation>
    </message>
    <message>
        <source>%1 needs 1 digit.</source>
        <translation>%1 wymaga 1 cyfry.</translation>
    </message>
    <message>
        <source>%1 needs %2 digits.</source>
        <translation>%1 wymaga cyfr w liczbie: %2.</translation>
    </message>
    <message>
        <source>The CT ratio is locked in this meter (Z22): Z21 cannot be changed.</source>
        <translation>Przekładnia CT jest zablokowana w tym liczniku (Z22): nie można zmienić Z21.</translation>
    </message>
    <message>
        <source>The CT ratio lock (Z22) cannot be undone from the optical port.</source>
        <translation>Blokady przekładni CT (Z22) nie można cofnąć przez port optyczny.</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>Ustaw %1 na %2</translation>
    </message>
    <message>
        <source>Set the configuration codes</source>
        <translation>Ustaw kody konfiguracji</translation>
    </message>
    <message>
        <source>This meter has no %1 display list.</source>
        <translation>Ten licznik nie ma listy wyświetlacza „%1”.</translation>
    </message>
    <message>
        <source>This meter has no current transformer ratio.</source>
        <translation>Ten licznik nie ma przekładni przekładnika prądowego.</translation>
    </message>
    <message>
        <source>The CT ratio is locked in this meter and can no longer be changed.</source>
        <translation>Przekładnia CT jest zablokowana w tym liczniku i nie można jej już zmienić.</translation>
    </message>
    <message>
        <source>The CT ratio is locked and can no longer be changed.</source>
        <translation>Przekładnia CT jest zablokowana i nie można jej już zmienić.</translation>
    </message>
    <message>
        <source>The ratio must be between %1 and %2.</source>
        <translation>Przekładnia musi być z zakresu od %1 do %2.</translation>
    </message>
    <message>
        <source>Set the CT ratio to %1</source>
        <translation>Ustaw przekładnię CT na %1</translation>
    </message>
    <message>
        <source>The CT ratio is already locked.</source>
        <translation>Przekładnia CT jest już zablokowana.</translation>
    </message>
    <message>
        <source>The ratio changed since the confirmation; confirm the lock again.</source>
        <translation>Przekładnia zmieniła się od potwierdzenia; potwierdź blokadę ponownie.</translation>
    </message>
    <message>
        <source>Lock the CT ratio at %1</source>
        <translation>Zablokuj przekładnię CT na %1</translation>
    </message>
    <message>
        <source>%1 %2: %3 (%4) -&gt; %5 (%6)</source>
        <translation>%1 %2: %3 (%4) -&gt; %5 (%6)</translation>
    </message>
    <message>
        <source>%1 display list: %2 -&gt; %3 readings</source>
        <translation>Lista wyświetlacza „%1”: liczba odczytów %2 -&gt; %3</translation>
    </message>
    <message>
        <source>CT ratio: %1 -&gt; %2</source>
        <translation>Przekładnia CT: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>CT ratio lock: unlocked -&gt; LOCKED (permanent)</source>
        <translation>Blokada przekładni CT: odblokowana -&gt; ZABLOKOWANA (na stałe)</translation>
    </message>
    <message>
        <source>%1: code %2 is not available on variant %3 of this meter.</source>
        <translation>%1: kod %2 nie jest dostępny w wariancie %3 tego licznika.</translation>
    </message>
    <message>
        <source>%1: code %2 is not one of the codes this field allows.</source>
        <translation>%1: kod %2 nie należy do kodów dozwolonych w tym polu.</translation>
    </message>
    <message>
        <source>%1: the CT ratio must be between 001 and 600.</source>
        <translation>%1: przekładnia CT musi być z zakresu od 001 do 600.</translation>
    </message>
    <message>
        <source>%1: the CT ratio is locked and cannot be changed.</source>
        <translation>%1: przekładnia CT jest zablokowana i nie można jej zmienić.</translation>
    </message>
    <message>
        <source>%1: the CT ratio lock cannot be undone.</source>
        <translation>%1: blokady przekładni CT nie można cofnąć.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatyczna</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Ręczna</translation>
    </message>
    <message>
        <source>Backup-powered</source>
        <translation>Zasilanie awaryjne</translation>
    </message>
    <message>
        <source>The %1 list holds at most %2 readings.</source>
        <translation>Lista „%1” mieści co najwyżej tyle odczytów: %2.</translation>
    </message>
    <message>
        <source>%1 is already in the %2 list.</source>
        <translation>%1 jest już na liście „%2”.</translation>
    </message>
    <message>
        <source>%1 is a historical value: the automatic list cannot show historical values.</source>
        <translation>%1 to wartość historyczna: lista automatyczna nie może pokazywać wartości historycznych.</translation>
    </message>
    <message>
        <source>%1 is a legal reading: the manual list must always show it.</source>
        <translation>%1 to odczyt wymagany prawnie: lista ręczna musi go zawsze pokazywać.</translation>
    </message>
    <message>
        <source>This meter has no %1 list.</source>
        <translation>Ten licznik nie ma listy „%1”.</translation>
    </message>
    <message>
        <source>There is no reading at that position.</source>
        <translation>Na tej pozycji nie ma odczytu.</translation>
    </message>
    <message>
        <source>The value does not fit the display.</source>
        <translation>Wartość nie mieści się na wyświetlaczu.</translation>
    </message>
    <message>
        <source>This meter has no tariff calendar.</source>
        <translation>Ten licznik nie ma kalendarza taryf.</translation>
    </message>
    <message>
        <source>This meter has no load control.</source>
        <translation>Ten licznik nie ma sterowania obciążeniem.</translation>
    </message>
    <message>
        <source>Tariffs: %1</source>
        <translation>Taryfy: %1</translation>
    </message>
    <message>
        <source>Load control: %1</source>
        <translation>Sterowanie obciążeniem: %1</translation>
    </message>
    <message>
        <source>%1 %2: added %3</source>
        <translation>%1 %2: dodano %3</translation>
    </message>
    <message>
        <source>%1 %2: removed %3</source>
        <translation>%1 %2: usunięto %3</translation>
    </message>
    <message>
        <source>%1 %2: %3 -&gt; %4</source>
        <translation>%1 %2: %3 -&gt; %4</translation>
    </message>
    <message>
        <source>Tariffs</source>
        <translation>Taryfy</translation>
    </message>
    <message>
        <source>Load control</source>
        <translation>Sterowanie obciążeniem</translation>
    </message>
</context>
<context>
    <name>omt::ui::OverviewPage</name>
    <message>
        <source>Position</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Znaczenie</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Odczyt</translation>
    </message>
    <message>
        <source>OBIS</source>
        <translation>OBIS</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Licznik</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Odczyty</translation>
    </message>
    <message>
        <source>Not connected. Choose a meter above and press Connect.</source>
        <translation>Brak połączenia. Wybierz licznik powyżej i naciśnij Połącz.</translation>
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
        <translation>&lt;b&gt;%1&lt;/b&gt;, numer seryjny %2</translation>
    </message>
    <message>
        <source>Firmware %1</source>
        <translation>Oprogramowanie %1</translation>
    </message>
    <message>
        <source>Type number %1</source>
        <translation>Numer typu %1</translation>
    </message>
    <message>
        <source>The type number does not decode: %1</source>
        <translation>Nie można zdekodować numeru typu: %1</translation>
    </message>
</context>
<context>
    <name>omt::ui::TariffPage</name>
    <message>
        <source>The calendar sets the tariffs.</source>
        <translation>Kalendarz ustala taryfy.</translation>
    </message>
    <message>
        <source>Tariffs disabled (Z13 %1): the meter counts in T1 only.</source>
        <translation>Taryfy wyłączone (Z13 %1): licznik liczy tylko w T1.</translation>
    </message>
    <message>
        <source>Module port control (Z13 %1): the module&apos;s tariff inputs set the tariffs, not this calendar.</source>
        <translation>Sterowanie z portu modułu (Z13 %1): taryfy ustalają wejścia taryfowe modułu, a nie ten kalendarz.</translation>
    </message>
    <message>
        <source>Register control (Z13 %1): the calendar sets the tariffs.</source>
        <translation>Sterowanie rejestrem (Z13 %1): kalendarz ustala taryfy.</translation>
    </message>
    <message>
        <source>Order-form tariff plan (Z13 %1).</source>
        <translation>Plan taryf z formularza zamówienia (Z13 %1).</translation>
    </message>
    <message>
        <source>Activate at</source>
        <translation>Aktywuj o</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Sezon</translation>
    </message>
    <message>
        <source>Day profile</source>
        <translation>Profil dobowy</translation>
    </message>
    <message>
        <source>Week of the active calendar</source>
        <translation>Tydzień aktywnego kalendarza</translation>
    </message>
    <message>
        <source>Season:</source>
        <translation>Sezon:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Taryfa</translation>
    </message>
    <message>
        <source>Switch times as hh:mm, tariffs 1 to 4.</source>
        <translation>Godziny przełączeń jako gg:mm, taryfy od 1 do 4.</translation>
    </message>
    <message>
        <source>Add switch</source>
        <translation>Dodaj przełączenie</translation>
    </message>
    <message>
        <source>Remove switch</source>
        <translation>Usuń przełączenie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Dates as *-MM-DD (every year) or YYYY-MM-DD.</source>
        <translation>Daty jako *-MM-DD (co roku) lub YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Add special day</source>
        <translation>Dodaj dzień specjalny</translation>
    </message>
    <message>
        <source>Remove special day</source>
        <translation>Usuń dzień specjalny</translation>
    </message>
    <message>
        <source>Special days</source>
        <translation>Dni specjalne</translation>
    </message>
    <message>
        <source>Passive calendar</source>
        <translation>Kalendarz pasywny</translation>
    </message>
    <message>
        <source>Day profile %1: from %2 tariff T%3</source>
        <translation>Profil dobowy %1: od %2 taryfa T%3</translation>
    </message>
    <message>
        <source>Add a switch to day profile %1</source>
        <translation>Dodaj przełączenie do profilu dobowego %1</translation>
    </message>
    <message>
        <source>Remove a switch from day profile %1</source>
        <translation>Usuń przełączenie z profilu dobowego %1</translation>
    </message>
    <message>
        <source>Add the special day %1</source>
        <translation>Dodaj dzień specjalny %1</translation>
    </message>
    <message>
        <source>Remove the special day %1</source>
        <translation>Usuń dzień specjalny %1</translation>
    </message>
    <message>
        <source>Copy the active calendar to the passive calendar</source>
        <translation>Skopiuj kalendarz aktywny do kalendarza pasywnego</translation>
    </message>
    <message>
        <source>Remove the passive calendar</source>
        <translation>Usuń kalendarz pasywny</translation>
    </message>
    <message>
        <source>Activate the passive calendar at %1</source>
        <translation>Aktywuj kalendarz pasywny %1</translation>
    </message>
    <message>
        <source>No activation time for the passive calendar</source>
        <translation>Brak czasu aktywacji kalendarza pasywnego</translation>
    </message>
    <message>
        <source>A switch time is hh:mm, from 00:00 to 23:59.</source>
        <translation>Godzina przełączenia to gg:mm, od 00:00 do 23:59.</translation>
    </message>
    <message>
        <source>A tariff is 1, 2, 3 or 4.</source>
        <translation>Taryfa to 1, 2, 3 lub 4.</translation>
    </message>
    <message>
        <source>A special day is *-MM-DD (every year) or YYYY-MM-DD.</source>
        <translation>Dzień specjalny to *-MM-DD (co roku) lub YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>A day profile is a number from 1 to 255.</source>
        <translation>Profil dobowy to liczba od 1 do 255.</translation>
    </message>
    <message>
        <source>Change the special day %1</source>
        <translation>Zmień dzień specjalny %1</translation>
    </message>
    <message>
        <source>%1 (from %2, week %3)</source>
        <translation>%1 (od %2, tydzień %3)</translation>
    </message>
    <message>
        <source>Day profile %1</source>
        <translation>Profil dobowy %1</translation>
    </message>
    <message numerus="yes">
        <source>Passive calendar &quot;%1&quot;: %n season(s).</source>
        <translation>
            <numerusform>Kalendarz pasywny &quot;%1&quot;: %n sezon.</numerusform>
            <numerusform>Kalendarz pasywny &quot;%1&quot;: %n sezony.</numerusform>
            <numerusform>Kalendarz pasywny &quot;%1&quot;: %n sezonów.</numerusform>
        </translation>
    </message>
    <message>
        <source>No passive calendar.</source>
        <translation>Brak kalendarza pasywnego.</translation>
    </message>
    <message>
        <source>Copy the active calendar to the passive one</source>
        <translation>Skopiuj kalendarz aktywny do pasywnego</translation>
    </message>
    <message>
        <source>Cannot be written yet: %1</source>
        <translation>Nie można jeszcze zapisać: %1</translation>
    </message>
</context>
<context>
    <name>omt::ui::TraceModel</name>
    <message>
        <source>to meter</source>
        <translation>do licznika</translation>
    </message>
    <message>
        <source>from meter</source>
        <translation>z licznika</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Kierunek</translation>
    </message>
    <message>
        <source>Decoded</source>
        <translation>Zdekodowane</translation>
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
        <translation>Filtr: tekst w dowolnej kolumnie</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtr</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Zapisz…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Wyczyść</translation>
    </message>
    <message>
        <source>Requests to and responses from the meter, newest last.</source>
        <translation>Żądania do licznika i odpowiedzi z niego, najnowsze na końcu.</translation>
    </message>
    <message>
        <source>Save trace</source>
        <translation>Zapisz śledzenie</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Pliki tekstowe (*.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n record(s) to %1.</source>
        <translation>
            <numerusform>Zapisano %n wpis do %1.</numerusform>
            <numerusform>Zapisano %n wpisy do %1.</numerusform>
            <numerusform>Zapisano %n wpisów do %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trace cannot be saved to %1: %2</source>
        <translation>Nie można zapisać śledzenia do %1: %2</translation>
    </message>
</context>
<context>
    <name>omt::ui::WeekTimeline</name>
    <message>
        <source>Week timeline of the tariffs</source>
        <translation>Tygodniowy przebieg taryf</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>pon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>wt</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>śr</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>czw</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>pt</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sob</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>niedz</translation>
    </message>
</context>
<context>
    <name>omt::ui::ZCodeModel</name>
    <message>
        <source>Pending: the meter holds %1.</source>
        <translation>Oczekuje: licznik ma %1.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ustawienie</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Znaczenie</translation>
    </message>
    <message>
        <source>In meter</source>
        <translation>W liczniku</translation>
    </message>
</context>
</TS>
