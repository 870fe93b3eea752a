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
        <source>Reading the meter…</source>
        <translation>Odczytywanie licznika…</translation>
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
        <source>CT ratio lock</source>
        <translation>blokada przekładni CT</translation>
    </message>
    <message>
        <source>Nothing to write: the meter already holds these values.</source>
        <translation>Nie ma nic do zapisania: licznik ma już te wartości.</translation>
    </message>
    <message>
        <source>the meter does not hold what was written for %1</source>
        <translation>licznik nie zawiera tego, co zapisano dla: %1</translation>
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
    <message>
        <source>the connection closed</source>
        <translation>połączenie zostało zamknięte</translation>
    </message>
    <message>
        <source>The meter&apos;s clock was set to this computer&apos;s time.</source>
        <translation>Zegar licznika ustawiono na czas tego komputera.</translation>
    </message>
    <message>
        <source>Connect to the meter before setting its clock.</source>
        <translation>Połącz się z licznikiem przed ustawieniem jego zegara.</translation>
    </message>
    <message>
        <source>This meter&apos;s clock was not read; it cannot be set.</source>
        <translation>Zegar tego licznika nie został odczytany; nie można go ustawić.</translation>
    </message>
    <message>
        <source>The meter&apos;s clock cannot be set: its time does not decode (%1).</source>
        <translation>Nie można ustawić zegara licznika: jego czasu nie da się zdekodować (%1).</translation>
    </message>
    <message>
        <source>Setting the meter&apos;s clock…</source>
        <translation>Ustawianie zegara licznika…</translation>
    </message>
    <message>
        <source>load profile period</source>
        <translation>okres profilu obciążenia</translation>
    </message>
    <message>
        <source>Changing the load profile period clears the load profile stored in the meter: its history is lost.</source>
        <translation>Zmiana okresu profilu obciążenia kasuje profil obciążenia zapisany w liczniku: jego historia zostanie utracona.</translation>
    </message>
    <message>
        <source>Writing %1 loses data stored in the meter.</source>
        <translation>Zapis %1 usuwa dane zapisane w liczniku.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Nic nie zostało zapisane.</translation>
    </message>
    <message>
        <source>Checking the restored values…</source>
        <translation>Sprawdzanie przywróconych wartości…</translation>
    </message>
    <message>
        <source>Reading back what was written…</source>
        <translation>Odczytywanie zapisanych danych…</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Przywracanie %1…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Zapisywanie %1…</translation>
    </message>
    <message>
        <source>writing %1 failed: %2</source>
        <translation>zapis %1 nie powiódł się: %2</translation>
    </message>
    <message>
        <source>automatic display list</source>
        <translation>automatyczna lista wyświetlacza</translation>
    </message>
    <message>
        <source>manual display list</source>
        <translation>ręczna lista wyświetlacza</translation>
    </message>
    <message>
        <source>backup-powered display list</source>
        <translation>lista wyświetlacza przy zasilaniu awaryjnym</translation>
    </message>
    <message>
        <source>Search for the Bluetooth head, or type its address like 00:1A:7D:DA:71:13.</source>
        <translation>Wyszukaj głowicę Bluetooth lub wpisz jej adres, np. 00:1A:7D:DA:71:13.</translation>
    </message>
    <message>
        <source>The clock was set, but reading it back failed.</source>
        <translation>Zegar został ustawiony, ale jego ponowny odczyt nie powiódł się.</translation>
    </message>
    <message>
        <source>the connection could not start</source>
        <translation>nie udało się rozpocząć połączenia</translation>
    </message>
    <message>
        <source>the program was closed during the write</source>
        <translation>program został zamknięty podczas zapisu</translation>
    </message>
    <message>
        <source>Check the meter&apos;s address and port, and that the meter or its gateway is switched on and reachable; then Connect again.</source>
        <translation>Sprawdź adres i port licznika oraz to, czy licznik lub jego bramka są włączone i osiągalne w sieci; następnie ponownie naciśnij Połącz.</translation>
    </message>
    <message>
        <source>Check that the optical head sits squarely on the meter&apos;s optical port (the cable pointing down), that its cable is plugged in and that the meter has power; then Connect again.</source>
        <translation>Sprawdź, czy głowica optyczna przylega prosto do portu optycznego licznika (kablem w dół), czy jej kabel jest podłączony i czy licznik jest zasilany; następnie ponownie naciśnij Połącz.</translation>
    </message>
    <message>
        <source>Check the network connection to the meter, then Connect again.</source>
        <translation>Sprawdź połączenie sieciowe z licznikiem, a następnie ponownie naciśnij Połącz.</translation>
    </message>
    <message>
        <source>Check the optical head&apos;s position on the meter and its cable (a USB head that was pulled out must be plugged in again), then Connect.</source>
        <translation>Sprawdź położenie głowicy optycznej na liczniku i jej kabel (odłączoną głowicę USB trzeba podłączyć ponownie), a następnie naciśnij Połącz.</translation>
    </message>
    <message>
        <source>The meter does not accept this HDLC address: check the meter&apos;s address settings, then Connect again.</source>
        <translation>Licznik nie akceptuje tego adresu HDLC: sprawdź ustawienia adresu licznika, a następnie ponownie naciśnij Połącz.</translation>
    </message>
    <message>
        <source>Type the meter&apos;s reader password again (the connection bar keeps it only for this session), then Connect.</source>
        <translation>Wpisz ponownie hasło odczytu licznika (pasek połączenia przechowuje je tylko w tej sesji), a następnie naciśnij Połącz.</translation>
    </message>
    <message>
        <source>Choose the key file that holds this meter&apos;s EK and AK (keys are per meter), then Connect.</source>
        <translation>Wybierz plik kluczy zawierający EK i AK tego licznika (każdy licznik ma własne klucze), a następnie naciśnij Połącz.</translation>
    </message>
    <message>
        <source>Connect again: the tool reads the meter&apos;s invocation counter (0.0.43.1.0.255) before it opens the installer association.</source>
        <translation>Ponownie naciśnij Połącz: przed otwarciem asocjacji instalatora program odczyta z licznika wartość invocation counter (0.0.43.1.0.255).</translation>
    </message>
    <message>
        <source>Check the association (public, reader, installer) and its secret, then Connect again.</source>
        <translation>Sprawdź asocjację (publiczna, odczyt, instalator) oraz jej hasło lub plik kluczy, a następnie ponownie naciśnij Połącz.</translation>
    </message>
    <message>
        <source>This meter does not have that object; check the meter type and its device profile.</source>
        <translation>Ten licznik nie ma tego obiektu; sprawdź typ licznika i jego profil urządzenia.</translation>
    </message>
    <message>
        <source>This association may not do that: connect as installer.</source>
        <translation>Ta asocjacja nie ma do tego uprawnień: połącz się jako instalator.</translation>
    </message>
    <message>
        <source>Connect again. If it keeps happening, save the trace (Trace page, Save) and send it with a description of the meter.</source>
        <translation>Ponownie naciśnij Połącz. Jeśli problem się powtarza, zapisz śledzenie (strona „Śledzenie”, Zapisz) i wyślij je z opisem licznika.</translation>
    </message>
    <message>
        <source>Plug the optical head in, or choose its port again in the connection bar (the list is refreshed when it opens).</source>
        <translation>Podłącz głowicę optyczną lub ponownie wybierz jej port na pasku połączenia (lista odświeża się po jej rozwinięciu).</translation>
    </message>
    <message>
        <source>Close the other program that has the port open, then Connect again.</source>
        <translation>Zamknij inny program, który ma otwarty ten port, a następnie ponownie naciśnij Połącz.</translation>
    </message>
    <message>
        <source>Your user may not open serial ports: add it to the dialout group (sudo usermod -aG dialout $USER), log out and in again, then Connect.</source>
        <translation>Twój użytkownik nie może otwierać portów szeregowych: dodaj go do grupy dialout (sudo usermod -aG dialout $USER), wyloguj się i zaloguj ponownie, a następnie naciśnij Połącz.</translation>
    </message>
    <message>
        <source>Your user may not open this port: ask the computer&apos;s administrator.</source>
        <translation>Twój użytkownik nie może otworzyć tego portu: zwróć się do administratora komputera.</translation>
    </message>
    <message>
        <source>Check the meter&apos;s address and port, then Connect again.</source>
        <translation>Sprawdź adres i port licznika, a następnie ponownie naciśnij Połącz.</translation>
    </message>
    <message>
        <source>Connect again.</source>
        <translation>Ponownie naciśnij Połącz.</translation>
    </message>
    <message>
        <source>Start the computer&apos;s Bluetooth service or plug in a Bluetooth adapter, then Connect again.</source>
        <translation>Uruchom usługę Bluetooth na komputerze lub podłącz adapter Bluetooth, a następnie ponownie naciśnij Połącz.</translation>
    </message>
    <message>
        <source>Switch Bluetooth on, then Connect again.</source>
        <translation>Włącz Bluetooth, a następnie ponownie naciśnij Połącz.</translation>
    </message>
    <message>
        <source>Pair the Bluetooth head in the system&apos;s Bluetooth settings, then Connect again.</source>
        <translation>Sparuj głowicę Bluetooth w ustawieniach Bluetooth systemu, a następnie ponownie naciśnij Połącz.</translation>
    </message>
    <message>
        <source>Choose the Bluetooth optical head, not another Bluetooth device.</source>
        <translation>Wybierz optyczną głowicę Bluetooth, a nie inne urządzenie Bluetooth.</translation>
    </message>
    <message>
        <source>This optical port offers only a data readout; configure the meter through a port that offers DLMS (mode E).</source>
        <translation>Ten port optyczny oferuje tylko odczyt danych; skonfiguruj licznik przez port obsługujący DLMS (tryb E).</translation>
    </message>
    <message>
        <source>A write to the meter is under way: wait for it to finish.</source>
        <translation>Trwa zapis do licznika: poczekaj na jego zakończenie.</translation>
    </message>
    <message>
        <source>Restart OpenMeterTool.</source>
        <translation>Uruchom ponownie OpenMeterTool.</translation>
    </message>
    <message>
        <source>“%1” is not a TCP address.</source>
        <translation>„%1” nie jest adresem TCP.</translation>
    </message>
    <message>
        <source>No Bluetooth head is chosen.</source>
        <translation>Nie wybrano głowicy Bluetooth.</translation>
    </message>
    <message>
        <source>No serial port is chosen.</source>
        <translation>Nie wybrano portu szeregowego.</translation>
    </message>
    <message>
        <source>Type the reader password in the connection bar, then Connect.</source>
        <translation>Wpisz hasło odczytu na pasku połączenia, a następnie naciśnij Połącz.</translation>
    </message>
    <message>
        <source>Choose the key file in the connection bar, then Connect.</source>
        <translation>Wybierz plik kluczy na pasku połączenia, a następnie naciśnij Połącz.</translation>
    </message>
    <message>
        <source>Choose a key file with lines EK = &lt;32 hex digits&gt; and AK = &lt;32 hex digits&gt;, then Connect.</source>
        <translation>Wybierz plik kluczy z wierszami EK = &lt;32 cyfry szesnastkowe&gt; i AK = &lt;32 cyfry szesnastkowe&gt;, a następnie naciśnij Połącz.</translation>
    </message>
    <message>
        <source>cancelled while connecting again</source>
        <translation>anulowano podczas ponownego łączenia</translation>
    </message>
    <message>
        <source>Stopping the write: what was written is being put back…</source>
        <translation>Zatrzymywanie zapisu: przywracanie starych wartości…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
    <message>
        <source>Connecting again to finish the write: %1</source>
        <translation>Ponowne łączenie w celu dokończenia zapisu: %1</translation>
    </message>
    <message>
        <source>Connected again: the write goes on.</source>
        <translation>Ponownie połączono: zapis jest kontynuowany.</translation>
    </message>
    <message>
        <source>The connection closed.</source>
        <translation>Połączenie zostało zamknięte.</translation>
    </message>
    <message>
        <source>Connecting to the meter failed.</source>
        <translation>Nie udało się połączyć z licznikiem.</translation>
    </message>
    <message>
        <source>The link to the meter was lost.</source>
        <translation>Utracono łącze z licznikiem.</translation>
    </message>
    <message>
        <source>Reading the meter failed.</source>
        <translation>Odczyt licznika nie powiódł się.</translation>
    </message>
    <message>
        <source>The clock was not set.</source>
        <translation>Zegar nie został ustawiony.</translation>
    </message>
    <message>
        <source>Connect to a meter first.</source>
        <translation>Najpierw połącz się z licznikiem.</translation>
    </message>
    <message>
        <source>The meter refused the new time (%1).</source>
        <translation>Licznik odrzucił nowy czas (%1).</translation>
    </message>
    <message>
        <source>Connect as installer to set the meter&apos;s clock.</source>
        <translation>Połącz się jako instalator, aby ustawić zegar licznika.</translation>
    </message>
    <message>
        <source>This meter does not say which type it is.</source>
        <translation>Ten licznik nie podaje swojego typu.</translation>
    </message>
    <message>
        <source>Connect as reader or installer to read its type number.</source>
        <translation>Połącz się w trybie odczytu lub jako instalator, aby odczytać numer typu.</translation>
    </message>
    <message>
        <source>The device profile for this meter cannot be used.</source>
        <translation>Nie można użyć profilu urządzenia dla tego licznika.</translation>
    </message>
    <message>
        <source>Reinstall OpenMeterTool, or correct the profile file the message names.</source>
        <translation>Zainstaluj ponownie OpenMeterTool lub popraw plik profilu wskazany w komunikacie.</translation>
    </message>
    <message>
        <source>Nothing was written: not connected.</source>
        <translation>Nic nie zostało zapisane: brak połączenia.</translation>
    </message>
    <message>
        <source>Connect to the meter, then Write again: the pending changes are kept.</source>
        <translation>Połącz się z licznikiem, a następnie ponownie wybierz „Zapisz do licznika”: oczekujące zmiany zostaną zachowane.</translation>
    </message>
    <message>
        <source>Nothing was written: the pending plans break the meter&apos;s rules.</source>
        <translation>Nic nie zostało zapisane: oczekujące plany naruszają reguły licznika.</translation>
    </message>
    <message>
        <source>Correct what the pages mark, then Write again.</source>
        <translation>Popraw to, co zaznaczono na stronach, a następnie ponownie wybierz „Zapisz do licznika”.</translation>
    </message>
    <message>
        <source>Correct the pending changes the message names, then Write again.</source>
        <translation>Popraw oczekujące zmiany wskazane w komunikacie, a następnie ponownie wybierz „Zapisz do licznika”.</translation>
    </message>
    <message>
        <source>Nothing to restore: the meter already holds the backup&apos;s values.</source>
        <translation>Nie ma nic do przywrócenia: licznik ma już wartości z kopii zapasowej.</translation>
    </message>
    <message>
        <source>Nothing to write.</source>
        <translation>Nie ma nic do zapisania.</translation>
    </message>
    <message>
        <source>Nothing was written: the backup of the old values could not be saved.</source>
        <translation>Nic nie zostało zapisane: nie udało się zachować kopii zapasowej starych wartości.</translation>
    </message>
    <message>
        <source>Free some disk space or fix the folder&apos;s permissions, then Write again.</source>
        <translation>Zwolnij miejsce na dysku lub popraw uprawnienia folderu, a następnie ponownie wybierz „Zapisz do licznika”.</translation>
    </message>
    <message>
        <source>Nothing was written: the audit log could not be written.</source>
        <translation>Nic nie zostało zapisane: nie udało się zapisać dziennika zmian.</translation>
    </message>
    <message>
        <source>Free some disk space or fix the audit log&apos;s permissions, then Write again.</source>
        <translation>Zwolnij miejsce na dysku lub popraw uprawnienia dziennika zmian, a następnie ponownie wybierz „Zapisz do licznika”.</translation>
    </message>
    <message>
        <source>Nothing was written: the write journal could not be saved.</source>
        <translation>Nic nie zostało zapisane: nie udało się zachować dziennika zapisu.</translation>
    </message>
    <message>
        <source>Free some disk space, then Write again.</source>
        <translation>Zwolnij miejsce na dysku, a następnie ponownie wybierz „Zapisz do licznika”.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulowano</translation>
    </message>
    <message>
        <source>The link to the meter was lost: connecting again to finish the write safely.</source>
        <translation>Utracono łącze z licznikiem: ponowne łączenie w celu bezpiecznego dokończenia zapisu.</translation>
    </message>
    <message numerus="yes">
        <source>Connecting again in %n s (attempt %1 of %2)…</source>
        <translation>
            <numerusform>Ponowne łączenie za %n s (próba %1 z %2)…</numerusform>
            <numerusform>Ponowne łączenie za %n s (próba %1 z %2)…</numerusform>
            <numerusform>Ponowne łączenie za %n s (próba %1 z %2)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written and verified.</source>
        <translation>
            <numerusform>Zapisano i sprawdzono %n zmianę.</numerusform>
            <numerusform>Zapisano i sprawdzono %n zmiany.</numerusform>
            <numerusform>Zapisano i sprawdzono %n zmian.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was restored and verified.</source>
        <translation>Kopia zapasowa została przywrócona i sprawdzona.</translation>
    </message>
    <message>
        <source>The write was cancelled: the meter holds its old configuration.</source>
        <translation>Zapis został anulowany: licznik ma poprzednią konfigurację.</translation>
    </message>
    <message>
        <source>The write failed: the meter holds its old configuration.</source>
        <translation>Zapis nie powiódł się: licznik ma poprzednią konfigurację.</translation>
    </message>
    <message>
        <source>The write failed and the old values could not all be put back: the meter may hold part of it.</source>
        <translation>Zapis nie powiódł się i nie wszystkie stare wartości udało się przywrócić: licznik może zawierać część nowych wartości.</translation>
    </message>
    <message>
        <source>%1; restoring: %2</source>
        <translation>%1; przy przywracaniu: %2</translation>
    </message>
    <message>
        <source>The CT ratio lock was written but does not read back; it cannot be undone.</source>
        <translation>Blokada przekładni CT została zapisana, ale nie daje się jej odczytać; nie można jej cofnąć.</translation>
    </message>
    <message>
        <source>The audit log could not be written: %1</source>
        <translation>Nie udało się zapisać dziennika zmian: %1</translation>
    </message>
    <message>
        <source>The audit log cannot be written: %1</source>
        <translation>Nie można zapisać dziennika zmian: %1</translation>
    </message>
    <message>
        <source>The backup cannot be read.</source>
        <translation>Nie można odczytać kopii zapasowej.</translation>
    </message>
    <message>
        <source>Choose the backup file again.</source>
        <translation>Wybierz ponownie plik kopii zapasowej.</translation>
    </message>
    <message>
        <source>%1 is not a backup this version can restore.</source>
        <translation>%1 nie jest kopią zapasową, którą ta wersja może przywrócić.</translation>
    </message>
    <message>
        <source>Choose a backup saved by OpenMeterTool or omt.</source>
        <translation>Wybierz kopię zapasową zapisaną przez OpenMeterTool lub omt.</translation>
    </message>
    <message>
        <source>Connect to meter %1 as installer to restore this backup.</source>
        <translation>Połącz się z licznikiem %1 jako instalator, aby przywrócić tę kopię zapasową.</translation>
    </message>
    <message>
        <source>Connect, then choose Restore backup again.</source>
        <translation>Naciśnij Połącz, a następnie ponownie wybierz „Przywróć kopię zapasową”.</translation>
    </message>
    <message>
        <source>This backup is of meter %1, not of the connected meter %2.</source>
        <translation>Ta kopia zapasowa pochodzi z licznika %1, a nie z podłączonego licznika %2.</translation>
    </message>
    <message>
        <source>Connect to meter %1, then restore it.</source>
        <translation>Połącz się z licznikiem %1, a następnie ją przywróć.</translation>
    </message>
    <message>
        <source>The backup does not fit this meter.</source>
        <translation>Kopia zapasowa nie pasuje do tego licznika.</translation>
    </message>
    <message>
        <source>Connect to a meter before opening a template.</source>
        <translation>Połącz się z licznikiem przed otwarciem szablonu.</translation>
    </message>
    <message>
        <source>The template&apos;s values become pending changes of the connected meter.</source>
        <translation>Wartości z szablonu stają się oczekującymi zmianami podłączonego licznika.</translation>
    </message>
    <message>
        <source>The template cannot be read.</source>
        <translation>Nie można odczytać szablonu.</translation>
    </message>
    <message>
        <source>%1 is not a configuration template this version reads.</source>
        <translation>%1 nie jest szablonem konfiguracji, który ta wersja potrafi odczytać.</translation>
    </message>
    <message>
        <source>Choose a template saved by OpenMeterTool or `omt config show --json`.</source>
        <translation>Wybierz szablon zapisany przez OpenMeterTool lub `omt config show --json`.</translation>
    </message>
    <message>
        <source>The template does not fit this meter.</source>
        <translation>Szablon nie pasuje do tego licznika.</translation>
    </message>
    <message>
        <source>Open template %1</source>
        <translation>Otwórz szablon %1</translation>
    </message>
    <message>
        <source>The template&apos;s changes are pending: check them, then Write to meter.</source>
        <translation>Zmiany z szablonu oczekują: sprawdź je, a następnie wybierz „Zapisz do licznika”.</translation>
    </message>
    <message>
        <source>Connect to a meter before saving a template.</source>
        <translation>Połącz się z licznikiem przed zapisaniem szablonu.</translation>
    </message>
    <message>
        <source>The pending configuration cannot be saved.</source>
        <translation>Nie można zapisać oczekującej konfiguracji.</translation>
    </message>
    <message>
        <source>Correct the pending changes the message names.</source>
        <translation>Popraw oczekujące zmiany wskazane w komunikacie.</translation>
    </message>
    <message>
        <source>The template could not be saved.</source>
        <translation>Nie udało się zapisać szablonu.</translation>
    </message>
    <message>
        <source>Saved the template %1.</source>
        <translation>Zapisano szablon %1.</translation>
    </message>
    <message>
        <source>A write journal entry cannot be read: %1</source>
        <translation>Nie można odczytać wpisu dziennika zapisu: %1</translation>
    </message>
    <message>
        <source>This association cannot set the meter&apos;s clock.</source>
        <translation>Ta asocjacja nie może ustawić zegara licznika.</translation>
    </message>
    <message>
        <source>load profile 2 period</source>
        <translation>okres profilu obciążenia 2</translation>
    </message>
    <message>
        <source>CT ratio unlock</source>
        <translation>odblokowanie przekładni CT</translation>
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
    <message>
        <source>The meter (%1) offers only an IEC 62056-21 mode C data readout, no DLMS on this port: only its data readout can be read.</source>
        <translation>Licznik (%1) oferuje na tym porcie tylko odczyt danych IEC 62056-21 w trybie C, bez DLMS: można odczytać tylko ten odczyt danych.</translation>
    </message>
    <message>
        <source>the meter&apos;s answer holds no result</source>
        <translation>odpowiedź licznika nie zawiera wyniku</translation>
    </message>
    <message>
        <source>the meter refused %1 (%2)</source>
        <translation>licznik odrzucił %1 (%2)</translation>
    </message>
    <message>
        <source>the meter refused action %1 (%2)</source>
        <translation>licznik odrzucił akcję %1 (%2)</translation>
    </message>
    <message>
        <source>the meter answered a write with something else</source>
        <translation>licznik odpowiedział na zapis czymś innym</translation>
    </message>
</context>
<context>
    <name>omt::ui::AboutDialog</name>
    <message>
        <source>About OpenMeterTool</source>
        <translation>O programie OpenMeterTool</translation>
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
        <translation>Konfiguruje i odczytuje liczniki energii elektrycznej DLMS/COSEM (Kamstrup OMNIPOWER CT i OMNIA) przez głowicę optyczną.</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (zbudowano z Qt %2)</translation>
    </message>
    <message>
        <source>OpenSSL: %1</source>
        <translation>OpenSSL: %1</translation>
    </message>
    <message>
        <source>Licence: see the licence file distributed with OpenMeterTool.</source>
        <translation>Licencja: zobacz plik licencji dołączony do OpenMeterTool.</translation>
    </message>
    <message>
        <source>Backups and the audit log: %1</source>
        <translation>Kopie zapasowe i dziennik zmian: %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nie ustawiono</translation>
    </message>
</context>
<context>
    <name>omt::ui::AuditLogDialog</name>
    <message>
        <source>&amp;Open in another program</source>
        <translation>&amp;Otwórz w innym programie</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Dziennik zmian</translation>
    </message>
    <message>
        <source>Filter: text in any column</source>
        <translation>Filtr: tekst w dowolnej kolumnie</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtr</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Plik: %1</translation>
    </message>
    <message>
        <source>Open %1 in the program this computer uses for CSV files.</source>
        <translation>Otwórz %1 w programie, którego ten komputer używa do plików CSV.</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Wczytaj ponownie</translation>
    </message>
    <message>
        <source>No write has been recorded yet.</source>
        <translation>Nie zarejestrowano jeszcze żadnego zapisu.</translation>
    </message>
    <message>
        <source>The audit log %1 cannot be read: %2</source>
        <translation>Nie można odczytać dziennika zmian %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in %1.</source>
        <translation>
            <numerusform>%n wpis w %1.</numerusform>
            <numerusform>%n wpisy w %1.</numerusform>
            <numerusform>%n wpisów w %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) are not records; they are shown as they stand in the file.</source>
        <translation>
            <numerusform>%n wiersz nie jest wpisem; pokazano go tak, jak jest w pliku.</numerusform>
            <numerusform>%n wiersze nie są wpisami; pokazano je tak, jak są w pliku.</numerusform>
            <numerusform>%n wierszy nie jest wpisami; pokazano je tak, jak są w pliku.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omt::ui::AuditLogModel</name>
    <message>
        <source>not a record (line %1): a quoted field is not closed</source>
        <translation>nie jest wpisem (wiersz %1): pole w cudzysłowie nie jest zamknięte</translation>
    </message>
    <message>
        <source>not a record (line %1): text after a closing quote</source>
        <translation>nie jest wpisem (wiersz %1): tekst po zamykającym cudzysłowie</translation>
    </message>
    <message>
        <source>not a record (line %1): a quote inside a field</source>
        <translation>nie jest wpisem (wiersz %1): cudzysłów wewnątrz pola</translation>
    </message>
    <message numerus="yes">
        <source>not a record (line %1): %n field(s) instead of 7</source>
        <translation>
            <numerusform>nie jest wpisem (wiersz %1): %n pole zamiast 7</numerusform>
            <numerusform>nie jest wpisem (wiersz %1): %n pola zamiast 7</numerusform>
            <numerusform>nie jest wpisem (wiersz %1): %n pól zamiast 7</numerusform>
        </translation>
    </message>
    <message>
        <source>not a record (line %1): the time does not read</source>
        <translation>nie jest wpisem (wiersz %1): nie można odczytać czasu</translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <translation>%1 (UTC)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Licznik</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ustawienie</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Stara wartość</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nowa wartość</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
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
    <message>
        <source>Connect to a meter to see its configuration codes.</source>
        <translation>Połącz się z licznikiem, aby zobaczyć jego kody konfiguracji.</translation>
    </message>
    <message>
        <source>The configuration codes cannot be read with the public association. Connect as reader or installer.</source>
        <translation>Kodów konfiguracji nie można odczytać w asocjacji publicznej. Połącz się w trybie odczytu lub jako instalator.</translation>
    </message>
    <message>
        <source>This meter has no configuration codes.</source>
        <translation>Ten licznik nie ma kodów konfiguracji.</translation>
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
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Szukaj</translation>
    </message>
    <message>
        <source>AA:BB:CC:DD:EE:FF</source>
        <translation>AA:BB:CC:DD:EE:FF</translation>
    </message>
    <message>
        <source>Bluetooth head</source>
        <translation>Głowica Bluetooth</translation>
    </message>
    <message>
        <source>Look for Bluetooth optical heads nearby.</source>
        <translation>Wyszukaj pobliskie głowice optyczne Bluetooth.</translation>
    </message>
    <message>
        <source>Bluetooth head…</source>
        <translation>Głowica Bluetooth…</translation>
    </message>
    <message>
        <source>Choose a head found by Search or type its address (AA:BB:CC:DD:EE:FF).</source>
        <translation>Wybierz głowicę znalezioną przez Szukaj lub wpisz jej adres (AA:BB:CC:DD:EE:FF).</translation>
    </message>
    <message>
        <source>Searching for Bluetooth heads…</source>
        <translation>Wyszukiwanie głowic Bluetooth…</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(bez nazwy)</translation>
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
        <translation>Nie znaleziono głowic Bluetooth. Czy głowica jest włączona i w pobliżu?</translation>
    </message>
    <message numerus="yes">
        <source>Found %n Bluetooth head(s).</source>
        <translation>
            <numerusform>Znaleziono %n głowicę Bluetooth.</numerusform>
            <numerusform>Znaleziono %n głowice Bluetooth.</numerusform>
            <numerusform>Znaleziono %n głowic Bluetooth.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Bluetooth adapter found.</source>
        <translation>Nie znaleziono adaptera Bluetooth.</translation>
    </message>
    <message>
        <source>The Bluetooth adapter is switched off: switch it on and search again.</source>
        <translation>Adapter Bluetooth jest wyłączony: włącz go i wyszukaj ponownie.</translation>
    </message>
    <message>
        <source>This program may not use Bluetooth: allow it in the system settings and search again.</source>
        <translation>Ten program nie może używać Bluetooth: zezwól na to w ustawieniach systemu i wyszukaj ponownie.</translation>
    </message>
    <message>
        <source>Bluetooth search is not supported on this system.</source>
        <translation>Wyszukiwanie Bluetooth nie jest obsługiwane w tym systemie.</translation>
    </message>
    <message>
        <source>The Bluetooth search failed. Search again.</source>
        <translation>Wyszukiwanie Bluetooth nie powiodło się. Wyszukaj ponownie.</translation>
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
        <source>The CT ratio is already locked.</source>
        <translation>Przekładnia CT jest już zablokowana.</translation>
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
    <message>
        <source>Lock the CT ratio at %1?

This is PERMANENT: this meter type does not allow unlocking from the optical port (device profile), so once written, the ratio cannot be changed from here again.</source>
        <translation>Zablokować przekładnię CT na %1?

To jest TRWAŁE: ten typ licznika nie pozwala na odblokowanie przez port optyczny (profil urządzenia), więc po zapisaniu przekładni nie można już stąd zmienić.</translation>
    </message>
    <message>
        <source>Lock the CT ratio at %1?

The device profile says this meter type can be unlocked again from the optical port.</source>
        <translation>Zablokować przekładnię CT na %1?

Według profilu urządzenia ten typ licznika można ponownie odblokować przez port optyczny.</translation>
    </message>
    <message>
        <source>Lock the CT ratio at %1?

Treat this as PERMANENT: the device profile does not say whether this meter type can be unlocked, and OpenMeterTool never unlocks it.</source>
        <translation>Zablokować przekładnię CT na %1?

Traktuj to jako TRWAŁE: profil urządzenia nie mówi, czy ten typ licznika można odblokować, a OpenMeterTool nigdy go nie odblokowuje.</translation>
    </message>
    <message>
        <source>Lock the CT ratio</source>
        <translation>Zablokuj przekładnię CT</translation>
    </message>
    <message>
        <source>The factor is the transformer&apos;s primary current divided by its secondary current (5 A or 1 A, set by the meter&apos;s type). The display shows primary energy (secondary energy × factor); the S0 output counts secondary energy; Z23 and Z24 choose the basis of the load profile and of the module&apos;s pulse output.</source>
        <translation>Współczynnik to prąd pierwotny przekładnika podzielony przez jego prąd wtórny (5 A lub 1 A, zależnie od typu licznika). Wyświetlacz pokazuje energię pierwotną (energia wtórna × współczynnik); wyjście S0 zlicza energię wtórną; Z23 i Z24 wybierają podstawę profilu obciążenia i wyjścia impulsowego modułu.</translation>
    </message>
    <message>
        <source>Locking fixes the ratio for good: this meter type does not allow unlocking from the optical port (device profile).</source>
        <translation>Zablokowanie ustala przekładnię na stałe: ten typ licznika nie pozwala na odblokowanie przez port optyczny (profil urządzenia).</translation>
    </message>
    <message>
        <source>The device profile says a locked ratio can be unlocked again on this meter type.</source>
        <translation>Według profilu urządzenia zablokowaną przekładnię można w tym typie licznika ponownie odblokować.</translation>
    </message>
    <message>
        <source>The device profile does not say whether a locked ratio can be unlocked on this meter type; OpenMeterTool never unlocks it.</source>
        <translation>Profil urządzenia nie mówi, czy zablokowaną przekładnię można w tym typie licznika odblokować; OpenMeterTool nigdy jej nie odblokowuje.</translation>
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
        <source>(Size limit assumed: the data sheet gives none.)</source>
        <translation>(Przyjęto limit rozmiaru: karta katalogowa go nie podaje.)</translation>
    </message>
    <message>
        <source>%1: no value read from the meter yet.</source>
        <translation>%1: jeszcze nie odczytano wartości z licznika.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of at most %n reading(s).</source>
        <translation>
            <numerusform>%1 z najwyżej %n odczytu.</numerusform>
            <numerusform>%1 z najwyżej %n odczytów.</numerusform>
            <numerusform>%1 z najwyżej %n odczytów.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omt::ui::InterruptedWritesPanel</name>
    <message>
        <source>Writes that did not finish</source>
        <translation>Niedokończone zapisy</translation>
    </message>
    <message>
        <source>A meter of unknown serial number</source>
        <translation>Licznik o nieznanym numerze seryjnym</translation>
    </message>
    <message>
        <source>Meter %1</source>
        <translation>Licznik %1</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>w nieznanym czasie</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4.</source>
        <translation>%1, %2, %3: %4.</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>nieznany program</translation>
    </message>
    <message>
        <source>settings not recorded</source>
        <translation>ustawienia nie zostały zapisane w dzienniku</translation>
    </message>
    <message>
        <source>No backup was saved.</source>
        <translation>Nie zapisano kopii zapasowej.</translation>
    </message>
    <message>
        <source>Backup of the old values: %1</source>
        <translation>Kopia zapasowa starych wartości: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) did not finish: the meter may hold part of the new values. Restore the backup on that meter, or dismiss the entry once it is repaired.</source>
        <translation>
            <numerusform>%n zapis nie został dokończony: licznik może zawierać część nowych wartości. Przywróć kopię zapasową w tym liczniku albo odrzuć wpis po naprawie.</numerusform>
            <numerusform>%n zapisy nie zostały dokończone: licznik może zawierać część nowych wartości. Przywróć kopię zapasową w tym liczniku albo odrzuć wpis po naprawie.</numerusform>
            <numerusform>%n zapisów nie zostało dokończonych: licznik może zawierać część nowych wartości. Przywróć kopię zapasową w tym liczniku albo odrzuć wpis po naprawie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Przywróć kopię zapasową</translation>
    </message>
    <message>
        <source>Restore the backup of meter %1</source>
        <translation>Przywróć kopię zapasową licznika %1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Dismiss the entry of meter %1</source>
        <translation>Odrzuć wpis licznika %1</translation>
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
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Przełączenie</translation>
    </message>
    <message>
        <source>Every day at this time (hh:mm) the relay switches on or off.</source>
        <translation>Codziennie o tej godzinie (hh:mm) przekaźnik włącza się lub wyłącza.</translation>
    </message>
    <message>
        <source>Add time</source>
        <translation>Dodaj godzinę</translation>
    </message>
    <message>
        <source>Remove time</source>
        <translation>Usuń godzinę</translation>
    </message>
    <message>
        <source>switch on</source>
        <translation>włącz</translation>
    </message>
    <message>
        <source>switch off</source>
        <translation>wyłącz</translation>
    </message>
    <message>
        <source>Relay %1 follows a schedule only in calendar mode.</source>
        <translation>Przekaźnik %1 działa według harmonogramu tylko w trybie kalendarza.</translation>
    </message>
    <message>
        <source>Relay %1: schedule %2</source>
        <translation>Przekaźnik %1: harmonogram %2</translation>
    </message>
    <message>
        <source>A switch time is hh:mm, from 00:00 to 23:59.</source>
        <translation>Czas przełączenia to hh:mm, od 00:00 do 23:59.</translation>
    </message>
    <message>
        <source>Relay %1: select the time to remove.</source>
        <translation>Przekaźnik %1: zaznacz godzinę do usunięcia.</translation>
    </message>
    <message>
        <source>Cut the customer&apos;s supply</source>
        <translation>Odetnij zasilanie odbiorcy</translation>
    </message>
    <message>
        <source>Writing to the meter will open the meter&apos;s breaker: the customer has no electricity until the supply is restored. Go on?</source>
        <translation>Zapis do licznika otworzy wyłącznik licznika: odbiorca nie będzie miał prądu do czasu przywrócenia zasilania. Kontynuować?</translation>
    </message>
    <message>
        <source>Restore the customer&apos;s supply</source>
        <translation>Przywróć zasilanie odbiorcy</translation>
    </message>
    <message>
        <source>Writing to the meter will close the meter&apos;s breaker and restore the customer&apos;s supply. Make sure it is safe to do so. Go on?</source>
        <translation>Zapis do licznika zamknie wyłącznik licznika i przywróci zasilanie odbiorcy. Upewnij się, że jest to bezpieczne. Kontynuować?</translation>
    </message>
    <message>
        <source>Cut the customer&apos;s supply…</source>
        <translation>Odetnij zasilanie odbiorcy…</translation>
    </message>
    <message>
        <source>Restore the customer&apos;s supply…</source>
        <translation>Przywróć zasilanie odbiorcy…</translation>
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
        <source>The language changes the next time OpenMeterTool starts.</source>
        <translation>Język zmieni się przy następnym uruchomieniu OpenMeterTool.</translation>
    </message>
    <message>
        <source>&amp;Synchronise clock</source>
        <translation>&amp;Synchronizuj zegar</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not been written to the meter. Quit anyway?</source>
        <translation>
            <numerusform>%n zmiana nie została zapisana do licznika. Zakończyć mimo to?</numerusform>
            <numerusform>%n zmiany nie zostały zapisane do licznika. Zakończyć mimo to?</numerusform>
            <numerusform>%n zmian nie zostało zapisanych do licznika. Zakończyć mimo to?</numerusform>
        </translation>
    </message>
    <message>
        <source>This write loses data stored in the meter:</source>
        <translation>Ten zapis usunie dane zapisane w liczniku:</translation>
    </message>
    <message>
        <source>Write anyway</source>
        <translation>Zapisz mimo to</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Rozłącz</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not been written to the meter.</source>
        <translation>
            <numerusform>%n zmiana nie została zapisana do licznika.</numerusform>
            <numerusform>%n zmiany nie zostały zapisane do licznika.</numerusform>
            <numerusform>%n zmian nie zostało zapisanych do licznika.</numerusform>
        </translation>
    </message>
    <message>
        <source>They stay in the pages after disconnecting: connect to the meter again to write them, or save them as a template.</source>
        <translation>Pozostaną na stronach po rozłączeniu: połącz się ponownie z licznikiem, aby je zapisać, albo zapisz je jako szablon.</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Zapisz jako szablon…</translation>
    </message>
    <message>
        <source>Configuration templates (*.json);;All files (*)</source>
        <translation>Szablony konfiguracji (*.json);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Open configuration template</source>
        <translation>Otwórz szablon konfiguracji</translation>
    </message>
    <message>
        <source>Save configuration as template</source>
        <translation>Zapisz konfigurację jako szablon</translation>
    </message>
    <message>
        <source>Save pending changes as template</source>
        <translation>Zapisz oczekujące zmiany jako szablon</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Przywróć kopię zapasową</translation>
    </message>
    <message>
        <source>Backups (*.json);;All files (*)</source>
        <translation>Kopie zapasowe (*.json);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Open template…</source>
        <translation>&amp;Otwórz szablon…</translation>
    </message>
    <message>
        <source>Load a configuration template into the pending changes; Write to meter writes it.</source>
        <translation>Wczytaj szablon konfiguracji do oczekujących zmian; „Zapisz do licznika” go zapisze.</translation>
    </message>
    <message>
        <source>&amp;Save configuration as template…</source>
        <translation>&amp;Zapisz konfigurację jako szablon…</translation>
    </message>
    <message>
        <source>Save &amp;pending changes as template…</source>
        <translation>Zapisz oczekujące zmiany jako &amp;szablon…</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>P&amp;rzywróć kopię zapasową…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Dziennik zmian…</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Język systemu (%1)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;About OpenMeterTool</source>
        <translation>&amp;O programie OpenMeterTool</translation>
    </message>
    <message>
        <source>Connect to the meter to write the changes.</source>
        <translation>Połącz się z licznikiem, aby zapisać zmiany.</translation>
    </message>
    <message>
        <source>There are no pending changes to write.</source>
        <translation>Brak oczekujących zmian do zapisania.</translation>
    </message>
    <message>
        <source>Write the pending changes to the meter.</source>
        <translation>Zapisz oczekujące zmiany do licznika.</translation>
    </message>
    <message>
        <source>This association cannot set the meter&apos;s clock: connect as installer.</source>
        <translation>Ta asocjacja nie może ustawić zegara licznika: połącz się jako instalator.</translation>
    </message>
    <message>
        <source>Set the meter&apos;s clock to this computer&apos;s time.</source>
        <translation>Ustaw zegar licznika według czasu tego komputera.</translation>
    </message>
    <message>
        <source>Backup of the old values: %1</source>
        <translation>Kopia zapasowa starych wartości: %1</translation>
    </message>
    <message>
        <source>Recorded in the audit log %1</source>
        <translation>Zapisano w dzienniku zmian %1</translation>
    </message>
    <message>
        <source>Written in %1 s.</source>
        <translation>Zapisano w %1 s.</translation>
    </message>
    <message numerus="yes">
        <source>The link was opened again %n time(s) during the write.</source>
        <translation>
            <numerusform>Połączenie zostało otwarte ponownie %n raz podczas zapisu.</numerusform>
            <numerusform>Połączenie zostało otwarte ponownie %n razy podczas zapisu.</numerusform>
            <numerusform>Połączenie zostało otwarte ponownie %n razy podczas zapisu.</numerusform>
        </translation>
    </message>
    <message>
        <source>The meter holds its old configuration.</source>
        <translation>Licznik ma swoją starą konfigurację.</translation>
    </message>
    <message>
        <source>&amp;Operator name…</source>
        <translation>&amp;Nazwa operatora…</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>Nazwa operatora</translation>
    </message>
    <message>
        <source>The name the audit log records for your writes (empty: your account&apos;s name):</source>
        <translation>Nazwa, którą dziennik zmian zapisuje dla Twoich zapisów (puste: nazwa Twojego konta):</translation>
    </message>
</context>
<context>
    <name>omt::ui::MessageBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Odrzuć ten komunikat</translation>
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
        <source>The CT ratio is locked in this meter (Z22): Z21 cannot be changed.</source>
        <translation>Przekładnia CT jest zablokowana w tym liczniku (Z22): nie można zmienić Z21.</translation>
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
        <source>Tariffs</source>
        <translation>Taryfy</translation>
    </message>
    <message>
        <source>Load control</source>
        <translation>Sterowanie obciążeniem</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs %n digit(s).</source>
        <translation>
            <numerusform>%1 wymaga %n cyfry.</numerusform>
            <numerusform>%1 wymaga %n cyfr.</numerusform>
            <numerusform>%1 wymaga %n cyfr.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 list holds at most %n reading(s).</source>
        <translation>
            <numerusform>Lista „%1” mieści najwyżej %n odczyt.</numerusform>
            <numerusform>Lista „%1” mieści najwyżej %n odczyty.</numerusform>
            <numerusform>Lista „%1” mieści najwyżej %n odczytów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cover opened: the terminal cover has been opened (tamper, stays set until cleared).</source>
        <translation>Otwarcie pokrywy: pokrywa listwy zaciskowej została otwarta (manipulacja, pozostaje ustawiona do skasowania).</translation>
    </message>
    <message>
        <source>Magnetic influence: a strong magnet was detected near the meter (tamper, stays set until cleared).</source>
        <translation>Wpływ pola magnetycznego: w pobliżu licznika wykryto silny magnes (manipulacja, pozostaje ustawiona do skasowania).</translation>
    </message>
    <message>
        <source>Voltage sag: a phase voltage is below its limit now.</source>
        <translation>Zapad napięcia: napięcie fazy jest teraz poniżej swojej granicy.</translation>
    </message>
    <message>
        <source>Voltage swell: a phase voltage is above its limit now.</source>
        <translation>Wzrost napięcia: napięcie fazy jest teraz powyżej swojej granicy.</translation>
    </message>
    <message>
        <source>THD over limit: the harmonic distortion is above its limit now.</source>
        <translation>THD powyżej granicy: zniekształcenia harmoniczne są teraz powyżej swojej granicy.</translation>
    </message>
    <message>
        <source>Voltage unbalance: the phase voltages differ more than allowed now.</source>
        <translation>Asymetria napięć: napięcia faz różnią się teraz bardziej, niż jest to dozwolone.</translation>
    </message>
    <message>
        <source>Phase missing: a phase has no voltage now.</source>
        <translation>Brak fazy: jedna z faz nie ma teraz napięcia.</translation>
    </message>
    <message>
        <source>alarm bit %1</source>
        <translation>bit alarmu %1</translation>
    </message>
    <message>
        <source>The meter&apos;s clock could not be compared with this computer&apos;s.</source>
        <translation>Nie udało się porównać zegara licznika z zegarem tego komputera.</translation>
    </message>
    <message>
        <source>The meter&apos;s clock is right (within 1 s).</source>
        <translation>Zegar licznika chodzi dokładnie (z dokładnością do 1 s).</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
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
        <translation>Zegar licznika spóźnia się o %1.</translation>
    </message>
    <message>
        <source>The meter&apos;s clock is %1 ahead.</source>
        <translation>Zegar licznika spieszy się o %1.</translation>
    </message>
    <message>
        <source>Connect to a meter before loading a configuration into it.</source>
        <translation>Połącz się z licznikiem przed wczytaniem do niego konfiguracji.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>removed %1 (was at %2)</source>
        <translation>usunięto %1 (było na pozycji %2)</translation>
    </message>
    <message>
        <source>moved %1 from %2 to %3</source>
        <translation>przeniesiono %1 z pozycji %2 na %3</translation>
    </message>
    <message>
        <source>added %1 at %2</source>
        <translation>dodano %1 na pozycji %2</translation>
    </message>
    <message>
        <source>calendar name: %1</source>
        <translation>nazwa kalendarza: %1</translation>
    </message>
    <message>
        <source>season %1 added: from %2, week profile %3</source>
        <translation>dodano sezon %1: od %2, profil tygodniowy %3</translation>
    </message>
    <message>
        <source>season %1: starts %2</source>
        <translation>sezon %1: początek %2</translation>
    </message>
    <message>
        <source>season %1: week profile %2</source>
        <translation>sezon %1: profil tygodniowy %2</translation>
    </message>
    <message>
        <source>season %1 removed</source>
        <translation>usunięto sezon %1</translation>
    </message>
    <message>
        <source>week profile %1 added: %2</source>
        <translation>dodano profil tygodniowy %1: %2</translation>
    </message>
    <message>
        <source>week profile %1, %2: day profile %3</source>
        <translation>profil tygodniowy %1, %2: profil dobowy %3</translation>
    </message>
    <message>
        <source>week profile %1 removed</source>
        <translation>usunięto profil tygodniowy %1</translation>
    </message>
    <message>
        <source>day profile %1 added: %2</source>
        <translation>dodano profil dobowy %1: %2</translation>
    </message>
    <message>
        <source>day profile %1: added %2</source>
        <translation>profil dobowy %1: dodano %2</translation>
    </message>
    <message>
        <source>day profile %1: removed %2</source>
        <translation>profil dobowy %1: usunięto %2</translation>
    </message>
    <message>
        <source>day profile %1: %2</source>
        <translation>profil dobowy %1: %2</translation>
    </message>
    <message>
        <source>day profile %1 removed</source>
        <translation>usunięto profil dobowy %1</translation>
    </message>
    <message>
        <source>special day %1 added: day profile %2</source>
        <translation>dodano dzień specjalny %1: profil dobowy %2</translation>
    </message>
    <message>
        <source>special day %1: day profile %2</source>
        <translation>dzień specjalny %1: profil dobowy %2</translation>
    </message>
    <message>
        <source>special day %1 removed</source>
        <translation>usunięto dzień specjalny %1</translation>
    </message>
    <message numerus="yes">
        <source>passive calendar %1 added: %n season(s)</source>
        <translation>
            <numerusform>dodano kalendarz pasywny %1: %n sezon</numerusform>
            <numerusform>dodano kalendarz pasywny %1: %n sezony</numerusform>
            <numerusform>dodano kalendarz pasywny %1: %n sezonów</numerusform>
        </translation>
    </message>
    <message>
        <source>passive calendar %1 removed</source>
        <translation>usunięto kalendarz pasywny %1</translation>
    </message>
    <message>
        <source>passive calendar: %1</source>
        <translation>kalendarz pasywny: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>passive calendar activation: %1</source>
        <translation>aktywacja kalendarza pasywnego: %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>wł.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>wył.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>time, then on or off</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>relay %1: %2</source>
        <translation>przekaźnik %1: %2</translation>
    </message>
    <message>
        <source>relay %1, on demand: %2</source>
        <translation>przekaźnik %1, na żądanie: %2</translation>
    </message>
    <message>
        <source>relay %1 schedule: added %2</source>
        <translation>harmonogram przekaźnika %1: dodano %2</translation>
    </message>
    <message>
        <source>relay %1 schedule: removed %2</source>
        <translation>harmonogram przekaźnika %1: usunięto %2</translation>
    </message>
    <message>
        <source>relay %1 schedule: %2</source>
        <translation>harmonogram przekaźnika %1: %2</translation>
    </message>
    <message>
        <source>relay %1, on in tariffs: %2</source>
        <translation>przekaźnik %1, włączony w taryfach: %2</translation>
    </message>
    <message>
        <source>restore the customer&apos;s supply (%1)</source>
        <translation>przywróć zasilanie odbiorcy (%1)</translation>
    </message>
    <message>
        <source>cut the customer&apos;s supply (%1)</source>
        <translation>odetnij zasilanie odbiorcy (%1)</translation>
    </message>
    <message>
        <source>supply control mode: %1</source>
        <translation>tryb wyłącznika zasilania: %1</translation>
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
        <translation>Lista wyświetlacza „%1”</translation>
    </message>
    <message>
        <source>CT ratio</source>
        <translation>Przekładnia CT</translation>
    </message>
    <message>
        <source>CT ratio lock</source>
        <translation>Blokada przekładni CT</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>odblokowana</translation>
    </message>
    <message>
        <source>LOCKED (permanent)</source>
        <translation>ZABLOKOWANA (trwale)</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>zmieniono</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This meter type does not allow unlocking the CT ratio (Z22) from the optical port.</source>
        <translation>Ten typ licznika nie pozwala na odblokowanie przekładni CT (Z22) przez port optyczny.</translation>
    </message>
    <message>
        <source>OpenMeterTool does not unlock the CT ratio (Z22): the device profile does not say that this meter type allows it.</source>
        <translation>OpenMeterTool nie odblokowuje przekładni CT (Z22): profil urządzenia nie mówi, że ten typ licznika na to pozwala.</translation>
    </message>
    <message>
        <source>This meter has no configuration codes.</source>
        <translation>Ten licznik nie ma kodów konfiguracji.</translation>
    </message>
    <message>
        <source>This meter has no load profile %1.</source>
        <translation>Ten licznik nie ma profilu obciążenia %1.</translation>
    </message>
    <message>
        <source>This meter does not offer a load profile period of %1.</source>
        <translation>Ten licznik nie oferuje okresu profilu obciążenia %1.</translation>
    </message>
    <message>
        <source>Set the period of load profile %1 to %2</source>
        <translation>Ustaw okres profilu obciążenia %1 na %2</translation>
    </message>
    <message>
        <source>LOCKED</source>
        <translation>ZABLOKOWANA</translation>
    </message>
    <message>
        <source>Load profile %1 period</source>
        <translation>Okres profilu obciążenia %1</translation>
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
        <translation>Miejsca dziesiętne na wyświetlaczu</translation>
    </message>
    <message>
        <source>LED configuration</source>
        <translation>Konfiguracja diody LED</translation>
    </message>
    <message>
        <source>Primary module configuration</source>
        <translation>Konfiguracja modułu głównego</translation>
    </message>
    <message>
        <source>Integration period / Load profile period</source>
        <translation>Okres integracji / okres profilu obciążenia</translation>
    </message>
    <message>
        <source>Display configuration</source>
        <translation>Konfiguracja wyświetlacza</translation>
    </message>
    <message>
        <source>Debiting stop date</source>
        <translation>Dzień zamknięcia okresu rozliczeniowego</translation>
    </message>
    <message>
        <source>Debiting logging interval</source>
        <translation>Interwał rejestracji rozliczeń</translation>
    </message>
    <message>
        <source>Pulse out length / Alarm input</source>
        <translation>Długość impulsu wyjściowego / wejście alarmowe</translation>
    </message>
    <message>
        <source>Analysis logger setup</source>
        <translation>Ustawienia rejestratora analiz</translation>
    </message>
    <message>
        <source>Greenwich Mean Time (GMT)</source>
        <translation>Czas Greenwich (GMT)</translation>
    </message>
    <message>
        <source>Unit pulse input</source>
        <translation>Jednostka wejścia impulsowego</translation>
    </message>
    <message>
        <source>Tariff control plan</source>
        <translation>Plan sterowania taryfami</translation>
    </message>
    <message>
        <source>Load control plan</source>
        <translation>Plan sterowania obciążeniem</translation>
    </message>
    <message>
        <source>Daylight saving time / Summer-winter time table</source>
        <translation>Czas letni / tabela czasu letniego i zimowego</translation>
    </message>
    <message>
        <source>Frequency code Protocol</source>
        <translation>Kod częstotliwości protokołu</translation>
    </message>
    <message>
        <source>Push button 2 setup</source>
        <translation>Ustawienia przycisku 2</translation>
    </message>
    <message>
        <source>1107 configuration</source>
        <translation>Konfiguracja 1107</translation>
    </message>
    <message>
        <source>Calendar setup</source>
        <translation>Ustawienia kalendarza</translation>
    </message>
    <message>
        <source>Transformer ratio</source>
        <translation>Przekładnia przekładnika</translation>
    </message>
    <message>
        <source>Transformer ratio (unlocked / locked)</source>
        <translation>Przekładnia przekładnika (odblokowana/zablokowana)</translation>
    </message>
    <message>
        <source>Load profile, based on</source>
        <translation>Profil obciążenia, na podstawie</translation>
    </message>
    <message>
        <source>Pulse output (module)</source>
        <translation>Wyjście impulsowe (moduł)</translation>
    </message>
    <message>
        <source>Debitlogger 2 interval</source>
        <translation>Interwał rejestratora rozliczeń 2</translation>
    </message>
    <message>
        <source>Alarm configuration</source>
        <translation>Konfiguracja alarmów</translation>
    </message>
    <message>
        <source>Load profile data (DLMS)</source>
        <translation>Dane profilu obciążenia (DLMS)</translation>
    </message>
    <message>
        <source>Local interface encryption</source>
        <translation>Szyfrowanie interfejsu lokalnego</translation>
    </message>
    <message>
        <source>Load profile configuration</source>
        <translation>Konfiguracja profilu obciążenia</translation>
    </message>
    <message>
        <source>Debit 2 logger configuration</source>
        <translation>Konfiguracja rejestratora rozliczeń 2</translation>
    </message>
    <message>
        <source>7.0 [Default]</source>
        <translation>7.0 [domyślnie]</translation>
    </message>
    <message>
        <source>7.1 [Country specific]</source>
        <translation>7.1 [zależnie od kraju]</translation>
    </message>
    <message>
        <source>7.2 [Country specific]</source>
        <translation>7.2 [zależnie od kraju]</translation>
    </message>
    <message>
        <source>LED switched off without consumption</source>
        <translation>Dioda LED wyłączona bez zużycia</translation>
    </message>
    <message>
        <source>LED switched on without consumption</source>
        <translation>Dioda LED włączona bez zużycia</translation>
    </message>
    <message>
        <source>No function</source>
        <translation>Brak funkcji</translation>
    </message>
    <message>
        <source>4-tariff</source>
        <translation>4-taryfowe</translation>
    </message>
    <message>
        <source>4-tariff inverted</source>
        <translation>4-taryfowe odwrócone</translation>
    </message>
    <message>
        <source>Pulse in</source>
        <translation>Impuls wej.</translation>
    </message>
    <message>
        <source>Pulse in inv.</source>
        <translation>Impuls wej. odwr.</translation>
    </message>
    <message>
        <source>Alarm in</source>
        <translation>Alarm wej.</translation>
    </message>
    <message>
        <source>Alarm in inverted</source>
        <translation>Alarm wej. odwrócony</translation>
    </message>
    <message>
        <source>A+ out</source>
        <translation>A+ wyj.</translation>
    </message>
    <message>
        <source>A- out</source>
        <translation>A- wyj.</translation>
    </message>
    <message>
        <source>R+ out</source>
        <translation>R+ wyj.</translation>
    </message>
    <message>
        <source>2-tariff</source>
        <translation>2-taryfowe</translation>
    </message>
    <message>
        <source>2-tariff inverted</source>
        <translation>2-taryfowe odwrócone</translation>
    </message>
    <message>
        <source>Debiting stop pulse</source>
        <translation>Impuls zamknięcia okresu</translation>
    </message>
    <message>
        <source>Load control load</source>
        <translation>Sterowanie obciążeniem — obciążenie</translation>
    </message>
    <message>
        <source>Status control</source>
        <translation>Sterowanie stanem</translation>
    </message>
    <message>
        <source>Load tariff sync</source>
        <translation>Synchronizacja taryfy obciążenia</translation>
    </message>
    <message>
        <source>Load tariff sync inverted</source>
        <translation>Synchronizacja taryfy obciążenia odwrócona</translation>
    </message>
    <message>
        <source>4-tariff sync load control</source>
        <translation>4-taryfowe synchr. sterowanie obciążeniem</translation>
    </message>
    <message>
        <source>4-tariff sync load control inverted</source>
        <translation>4-taryfowe synchr. sterowanie obciążeniem odwrócone</translation>
    </message>
    <message>
        <source>Load control</source>
        <translation>Sterowanie obciążeniem</translation>
    </message>
    <message>
        <source>Load control 1</source>
        <translation>Sterowanie obciążeniem 1</translation>
    </message>
    <message>
        <source>Load control 2</source>
        <translation>Sterowanie obciążeniem 2</translation>
    </message>
    <message>
        <source>Toggle Load control 1 &amp; 2</source>
        <translation>Przełączanie sterowania obciążeniem 1 &amp; 2</translation>
    </message>
    <message>
        <source>None (externally controlled)</source>
        <translation>Brak (sterowanie zewnętrzne)</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Co miesiąc</translation>
    </message>
    <message>
        <source>Every second month</source>
        <translation>Co drugi miesiąc</translation>
    </message>
    <message>
        <source>Every third month</source>
        <translation>Co trzeci miesiąc</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>Co pół roku</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Co rok</translation>
    </message>
    <message>
        <source>January</source>
        <translation>styczeń</translation>
    </message>
    <message>
        <source>February</source>
        <translation>luty</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzec</translation>
    </message>
    <message>
        <source>April</source>
        <translation>kwiecień</translation>
    </message>
    <message>
        <source>May</source>
        <translation>maj</translation>
    </message>
    <message>
        <source>June</source>
        <translation>czerwiec</translation>
    </message>
    <message>
        <source>July</source>
        <translation>lipiec</translation>
    </message>
    <message>
        <source>August</source>
        <translation>sierpień</translation>
    </message>
    <message>
        <source>September</source>
        <translation>wrzesień</translation>
    </message>
    <message>
        <source>October</source>
        <translation>październik</translation>
    </message>
    <message>
        <source>November</source>
        <translation>listopad</translation>
    </message>
    <message>
        <source>December</source>
        <translation>grudzień</translation>
    </message>
    <message>
        <source>30 msec pulse length</source>
        <translation>Długość impulsu 30 ms</translation>
    </message>
    <message>
        <source>80 msec pulse length</source>
        <translation>Długość impulsu 80 ms</translation>
    </message>
    <message>
        <source>Alarm input deactivated</source>
        <translation>Wejście alarmowe wyłączone</translation>
    </message>
    <message>
        <source>Alarm input active</source>
        <translation>Wejście alarmowe aktywne</translation>
    </message>
    <message>
        <source>Default setup</source>
        <translation>Ustawienia domyślne</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Tariff disabled</source>
        <translation>Taryfa wyłączona</translation>
    </message>
    <message>
        <source>Module Port control</source>
        <translation>Sterowanie przez port modułu</translation>
    </message>
    <message>
        <source>Register control</source>
        <translation>Sterowanie rejestrem</translation>
    </message>
    <message>
        <source>Load control disabled</source>
        <translation>Sterowanie obciążeniem wyłączone</translation>
    </message>
    <message>
        <source>No PB2 setup</source>
        <translation>Brak ustawień PB2</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Wyłączone</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Włączone</translation>
    </message>
    <message>
        <source>Mode A and C</source>
        <translation>Tryb A i C</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Odblokowana</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Zablokowana</translation>
    </message>
    <message>
        <source>Primary energy</source>
        <translation>Energia pierwotna</translation>
    </message>
    <message>
        <source>Secondary energy</source>
        <translation>Energia wtórna</translation>
    </message>
    <message>
        <source>Based on secondary energy</source>
        <translation>Na podstawie energii wtórnej</translation>
    </message>
    <message>
        <source>Based on primary energy</source>
        <translation>Na podstawie energii pierwotnej</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Codziennie</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Co tydzień</translation>
    </message>
    <message>
        <source>No alarms enabled</source>
        <translation>Brak włączonych alarmów</translation>
    </message>
    <message>
        <source>Absolute values</source>
        <translation>Wartości bezwzględne</translation>
    </message>
    <message>
        <source>Delta values</source>
        <translation>Wartości przyrostowe</translation>
    </message>
    <message>
        <source>order-form specific setting</source>
        <translation>ustawienie z formularza zamówienia</translation>
    </message>
    <message>
        <source>unknown code</source>
        <translation>nieznany kod</translation>
    </message>
    <message>
        <source>Active energy A+ total</source>
        <translation>Energia czynna A+ łącznie</translation>
    </message>
    <message>
        <source>Active energy A- total</source>
        <translation>Energia czynna A- łącznie</translation>
    </message>
    <message>
        <source>Reactive energy R+ total</source>
        <translation>Energia bierna R+ łącznie</translation>
    </message>
    <message>
        <source>Reactive energy R- total</source>
        <translation>Energia bierna R- łącznie</translation>
    </message>
    <message>
        <source>Apparent energy E+ total</source>
        <translation>Energia pozorna E+ łącznie</translation>
    </message>
    <message>
        <source>Apparent energy E- total</source>
        <translation>Energia pozorna E- łącznie</translation>
    </message>
    <message>
        <source>Active energy A+</source>
        <translation>Energia czynna A+</translation>
    </message>
    <message>
        <source>Reactive energy R+</source>
        <translation>Energia bierna R+</translation>
    </message>
    <message>
        <source>last debiting period</source>
        <translation>ostatni okres rozliczeniowy</translation>
    </message>
    <message>
        <source>Peak power P+max</source>
        <translation>Moc szczytowa P+max</translation>
    </message>
    <message>
        <source>Accumulated peak power P+max acc</source>
        <translation>Skumulowana moc szczytowa P+max acc</translation>
    </message>
    <message>
        <source>Peak power Q+max</source>
        <translation>Moc szczytowa Q+max</translation>
    </message>
    <message>
        <source>Peak power S+max</source>
        <translation>Moc szczytowa S+max</translation>
    </message>
    <message>
        <source>Peak power S-max</source>
        <translation>Moc szczytowa S-max</translation>
    </message>
    <message>
        <source>Voltage</source>
        <translation>Napięcie</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Prąd</translation>
    </message>
    <message>
        <source>Active power P+</source>
        <translation>Moc czynna P+</translation>
    </message>
    <message>
        <source>Active power P+ total</source>
        <translation>Moc czynna P+ łącznie</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Częstotliwość</translation>
    </message>
    <message>
        <source>Current transformer ratio</source>
        <translation>Przekładnia przekładnika prądowego</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numer seryjny</translation>
    </message>
    <message>
        <source>Hour counter</source>
        <translation>Licznik godzin</translation>
    </message>
    <message>
        <source>Debiting stop counter</source>
        <translation>Licznik zamknięć okresów</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Kod kraju</translation>
    </message>
    <message>
        <source>CT meter</source>
        <translation>Licznik CT</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>2 systems - Aron</source>
        <translation>2 systemy - Aron</translation>
    </message>
    <message>
        <source>No breaker</source>
        <translation>Bez wyłącznika</translation>
    </message>
    <message>
        <source>No radio</source>
        <translation>Bez radia</translation>
    </message>
    <message>
        <source>Radio (for OMNIA)</source>
        <translation>Radio (dla OMNIA)</translation>
    </message>
    <message>
        <source>Supercap + battery</source>
        <translation>Superkondensator + bateria</translation>
    </message>
    <message>
        <source>S0 output</source>
        <translation>Wyjście S0</translation>
    </message>
    <message>
        <source>Three-phase meter</source>
        <translation>Licznik trójfazowy</translation>
    </message>
    <message>
        <source>Single-phase meter</source>
        <translation>Licznik jednofazowy</translation>
    </message>
    <message>
        <source>Standard layout</source>
        <translation>Układ standardowy</translation>
    </message>
    <message>
        <source>2 screws</source>
        <translation>2 wkręty</translation>
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
        <translation>APS + 2x sterowanie obciążeniem + 1x wyjście impulsowe</translation>
    </message>
    <message>
        <source>2x load ctrl + 1x pulse out</source>
        <translation>2x sterowanie obciążeniem + 1x wyjście impulsowe</translation>
    </message>
    <message>
        <source>APS + 1x pulse out</source>
        <translation>APS + 1x wyjście impulsowe</translation>
    </message>
    <message>
        <source>Supercap</source>
        <translation>Superkondensator</translation>
    </message>
    <message>
        <source>3 days capacity</source>
        <translation>pojemność na 3 dni</translation>
    </message>
    <message>
        <source>7 days capacity</source>
        <translation>pojemność na 7 dni</translation>
    </message>
    <message>
        <source>3 days capacity and last gasp</source>
        <translation>pojemność na 3 dni i last gasp</translation>
    </message>
    <message>
        <source>7 days capacity and last gasp</source>
        <translation>pojemność na 7 dni i last gasp</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Bateria</translation>
    </message>
    <message>
        <source>Battery and last gasp</source>
        <translation>Bateria i last gasp</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>Active 1 / reactive 1 (IEC)</source>
        <translation>Czynna 1 / bierna 1 (IEC)</translation>
    </message>
    <message>
        <source>Active 1 / reactive 2 (IEC)</source>
        <translation>Czynna 1 / bierna 2 (IEC)</translation>
    </message>
    <message>
        <source>Active 2 / reactive 2 (IEC)</source>
        <translation>Czynna 2 / bierna 2 (IEC)</translation>
    </message>
    <message>
        <source>Active B / reactive 1 (MID)</source>
        <translation>Czynna B / bierna 1 (MID)</translation>
    </message>
    <message>
        <source>Active B / reactive 2 (MID)</source>
        <translation>Czynna B / bierna 2 (MID)</translation>
    </message>
    <message>
        <source>Active A / reactive 2 (MID)</source>
        <translation>Czynna A / bierna 2 (MID)</translation>
    </message>
    <message>
        <source>input</source>
        <translation>wejście</translation>
    </message>
    <message>
        <source>output</source>
        <translation>wyjście</translation>
    </message>
    <message>
        <source>%1 (I/O 1: %2, I/O 2: %3)</source>
        <translation>%1 (I/O 1: %2, I/O 2: %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n godzina</numerusform>
            <numerusform>%n godziny</numerusform>
            <numerusform>%n godzin</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 A/5 A or %2 A/1 A</source>
        <translation>%1 A/5 A lub %2 A/1 A</translation>
    </message>
    <message>
        <source>%1 min.</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Secondary %1</source>
        <translation>Wtórna %1</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>%1 tariff %2</source>
        <translation>%1 taryfa %2</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Klasa %1</translation>
    </message>
    <message>
        <source>Generation %1</source>
        <translation>Generacja %1</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Wersja %1</translation>
    </message>
    <message>
        <source>Variant %1</source>
        <translation>Wariant %1</translation>
    </message>
    <message numerus="yes">
        <source>%n system(s)</source>
        <translation>
            <numerusform>%n system</numerusform>
            <numerusform>%n systemy</numerusform>
            <numerusform>%n systemów</numerusform>
        </translation>
    </message>
    <message>
        <source>Active energy A-</source>
        <translation>Energia czynna A-</translation>
    </message>
    <message>
        <source>Reactive energy R-</source>
        <translation>Energia bierna R-</translation>
    </message>
    <message>
        <source>Apparent energy E+</source>
        <translation>Energia pozorna E+</translation>
    </message>
    <message>
        <source>Apparent energy E-</source>
        <translation>Energia pozorna E-</translation>
    </message>
    <message>
        <source>order-form specific setting (device profile)</source>
        <translation>ustawienie z formularza zamówienia (profil urządzenia)</translation>
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
    <message>
        <source>&amp;Synchronise clock</source>
        <translation>&amp;Synchronizuj zegar</translation>
    </message>
    <message>
        <source>Voltage U</source>
        <translation>Napięcie U</translation>
    </message>
    <message>
        <source>Current I</source>
        <translation>Prąd I</translation>
    </message>
    <message>
        <source>Active power P+</source>
        <translation>Moc czynna P+</translation>
    </message>
    <message>
        <source>Reactive power Q</source>
        <translation>Moc bierna Q</translation>
    </message>
    <message>
        <source>Power factor</source>
        <translation>Współczynnik mocy</translation>
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
        <translation>Całkowita moc czynna P+</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Częstotliwość</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Zegar</translation>
    </message>
    <message>
        <source>Alarms and tamper</source>
        <translation>Alarmy i manipulacje</translation>
    </message>
    <message>
        <source>Instantaneous values</source>
        <translation>Wartości chwilowe</translation>
    </message>
    <message>
        <source>Energy registers</source>
        <translation>Rejestry energii</translation>
    </message>
    <message>
        <source>Connect to read the meter&apos;s clock.</source>
        <translation>Połącz się, aby odczytać zegar licznika.</translation>
    </message>
    <message>
        <source>The meter&apos;s clock was not read.</source>
        <translation>Zegar licznika nie został odczytany.</translation>
    </message>
    <message>
        <source>This meter&apos;s alarm register was not read.</source>
        <translation>Rejestr alarmów tego licznika nie został odczytany.</translation>
    </message>
    <message>
        <source>No alarms.</source>
        <translation>Brak alarmów.</translation>
    </message>
    <message>
        <source>Set the meter&apos;s clock to this computer&apos;s time (the same instant, in the meter&apos;s own UTC offset) and read it back.</source>
        <translation>Ustaw zegar licznika według czasu tego komputera (ta sama chwila, we własnym przesunięciu UTC licznika) i odczytaj go ponownie.</translation>
    </message>
    <message>
        <source>Meter clock: %1 (%2)</source>
        <translation>Zegar licznika: %1 (%2)</translation>
    </message>
    <message>
        <source>This association cannot set the meter&apos;s clock: connect as installer.</source>
        <translation>Ta asocjacja nie może ustawić zegara licznika: połącz się jako instalator.</translation>
    </message>
    <message>
        <source>Load profiles</source>
        <translation>Profile obciążenia</translation>
    </message>
    <message>
        <source>Load profile &amp;1 period:</source>
        <translation>Okres profilu obciążenia &amp;1:</translation>
    </message>
    <message>
        <source>Load profile &amp;2 period:</source>
        <translation>Okres profilu obciążenia &amp;2:</translation>
    </message>
    <message>
        <source>In the meter: %1. A new period clears this load profile when it is written.</source>
        <translation>W liczniku: %1. Nowy okres czyści ten profil obciążenia po zapisaniu.</translation>
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
        <translation>Dodaj dzień</translation>
    </message>
    <message>
        <source>Remove special day</source>
        <translation>Usuń dzień</translation>
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
    <message>
        <source>Starts</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>Week profile</source>
        <translation>Profil tygodniowy</translation>
    </message>
    <message>
        <source>Each season starts on its date (*-MM-DD) every year and uses its week profile.</source>
        <translation>Każdy sezon zaczyna się co roku w swoim dniu (*-MM-DD) i używa swojego profilu tygodniowego.</translation>
    </message>
    <message>
        <source>Add season</source>
        <translation>Dodaj sezon</translation>
    </message>
    <message>
        <source>Remove season</source>
        <translation>Usuń sezon</translation>
    </message>
    <message>
        <source>Seasons</source>
        <translation>Sezony</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>pn</translation>
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
        <translation>cz</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>pt</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>so</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>nd</translation>
    </message>
    <message>
        <source>The day profile (its number) each weekday of the week profile uses.</source>
        <translation>Profil dobowy (jego numer) używany przez każdy dzień profilu tygodniowego.</translation>
    </message>
    <message>
        <source>Add week profile</source>
        <translation>Dodaj profil</translation>
    </message>
    <message>
        <source>Remove week profile</source>
        <translation>Usuń profil</translation>
    </message>
    <message>
        <source>Week profiles</source>
        <translation>Profile tygodniowe</translation>
    </message>
    <message>
        <source>season %1</source>
        <translation>sezon %1</translation>
    </message>
    <message>
        <source>Another season already starts on %1.</source>
        <translation>Inny sezon zaczyna się już %1.</translation>
    </message>
    <message>
        <source>Add the season %1</source>
        <translation>Dodaj sezon %1</translation>
    </message>
    <message>
        <source>Change the season %1</source>
        <translation>Zmień sezon %1</translation>
    </message>
    <message>
        <source>Remove the season %1</source>
        <translation>Usuń sezon %1</translation>
    </message>
    <message>
        <source>Add the week profile %1</source>
        <translation>Dodaj profil tygodniowy %1</translation>
    </message>
    <message>
        <source>A week profile needs a name.</source>
        <translation>Profil tygodniowy musi mieć nazwę.</translation>
    </message>
    <message>
        <source>There is already a week profile named %1.</source>
        <translation>Profil tygodniowy o nazwie %1 już istnieje.</translation>
    </message>
    <message>
        <source>Rename the week profile %1 to %2</source>
        <translation>Zmień nazwę profilu tygodniowego %1 na %2</translation>
    </message>
    <message>
        <source>Week profile %1: weekday %2 uses day profile %3</source>
        <translation>Profil tygodniowy %1: dzień tygodnia %2 używa profilu dobowego %3</translation>
    </message>
    <message>
        <source>The week profile %1 is used by the season %2.</source>
        <translation>Profil tygodniowy %1 jest używany przez sezon %2.</translation>
    </message>
    <message>
        <source>Remove the week profile %1</source>
        <translation>Usuń profil tygodniowy %1</translation>
    </message>
    <message>
        <source>A season starts on a date of every year: *-MM-DD.</source>
        <translation>Sezon zaczyna się co roku w tym samym dniu: *-MM-DD.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
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
    <message>
        <source>Select a record to see it in full.</source>
        <translation>Wybierz wpis, aby zobaczyć go w całości.</translation>
    </message>
    <message>
        <source>Selected record</source>
        <translation>Wybrany wpis</translation>
    </message>
    <message>
        <source>to meter</source>
        <translation>do licznika</translation>
    </message>
    <message>
        <source>from meter</source>
        <translation>z licznika</translation>
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
        <translation>pn</translation>
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
        <translation>cz</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>pt</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>so</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>nd</translation>
    </message>
</context>
<context>
    <name>omt::ui::WriteConfirmDialog</name>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Write to meter</source>
        <translation>Zapisz do licznika</translation>
    </message>
    <message numerus="yes">
        <source>Write these %n change(s) to the meter?</source>
        <translation>
            <numerusform>Zapisać %n zmianę do licznika?</numerusform>
            <numerusform>Zapisać te %n zmiany do licznika?</numerusform>
            <numerusform>Zapisać tych %n zmian do licznika?</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup of the old values is saved first. Every value is read back; if anything is refused or reads back wrong, the old values are written back.</source>
        <translation>Najpierw zapisywana jest kopia zapasowa starych wartości. Każda wartość jest odczytywana ponownie; jeśli coś zostanie odrzucone lub odczyta się błędnie, stare wartości zostaną zapisane z powrotem.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Zmiany</translation>
    </message>
</context>
<context>
    <name>omt::ui::WriteOutcomeDialog</name>
    <message>
        <source>new value</source>
        <translation>nowa wartość</translation>
    </message>
    <message>
        <source>old value</source>
        <translation>stara wartość</translation>
    </message>
    <message>
        <source>unknown — restore the backup</source>
        <translation>nieznana — przywróć kopię zapasową</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>nie zapisano</translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation>&amp;Kopiuj ścieżkę</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Pokaż w &amp;folderze</translation>
    </message>
    <message>
        <source>&amp;Restore backup</source>
        <translation>P&amp;rzywróć kopię zapasową</translation>
    </message>
    <message>
        <source>Write outcome</source>
        <translation>Wynik zapisu</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ustawienie</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Stara wartość</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nowa wartość</translation>
    </message>
    <message>
        <source>The meter holds</source>
        <translation>Licznik ma teraz</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Plik kopii zapasowej</translation>
    </message>
    <message>
        <source>Write the old values of this backup back to the connected meter.</source>
        <translation>Zapisz stare wartości z tej kopii zapasowej z powrotem do podłączonego licznika.</translation>
    </message>
    <message>
        <source>Backup of the old values</source>
        <translation>Kopia zapasowa starych wartości</translation>
    </message>
    <message>
        <source>No backup was saved.</source>
        <translation>Nie zapisano kopii zapasowej.</translation>
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
