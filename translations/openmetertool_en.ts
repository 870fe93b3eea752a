<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>omt::gui::MeterController</name>
    <message numerus="yes">
        <source>%n byte(s), part of a frame</source>
        <translation>
            <numerusform>%n byte, part of a frame</numerusform>
            <numerusform>%n bytes, part of a frame</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 request, %n attribute(s)</source>
        <translation>
            <numerusform>%1 request, %n attribute</numerusform>
            <numerusform>%1 request, %n attributes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connecting again in %n s (attempt %1 of %2)…</source>
        <translation>
            <numerusform>Connecting again in %n s (attempt %1 of %2)…</numerusform>
            <numerusform>Connecting again in %n s (attempt %1 of %2)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written and verified.</source>
        <translation>
            <numerusform>%n change written and verified.</numerusform>
            <numerusform>%n changes written and verified.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omt::ui::AuditLogDialog</name>
    <message numerus="yes">
        <source>%n record(s) in %1.</source>
        <translation>
            <numerusform>%n record in %1.</numerusform>
            <numerusform>%n records in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) are not records; they are shown as they stand in the file.</source>
        <translation>
            <numerusform>%n line is not a record; it is shown as it stands in the file.</numerusform>
            <numerusform>%n lines are not records; they are shown as they stand in the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omt::ui::AuditLogModel</name>
    <message numerus="yes">
        <source>not a record (line %1): %n field(s) instead of 7</source>
        <translation>
            <numerusform>not a record (line %1): %n field instead of 7</numerusform>
            <numerusform>not a record (line %1): %n fields instead of 7</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omt::ui::ConnectionBar</name>
    <message numerus="yes">
        <source>Found %n Bluetooth head(s).</source>
        <translation>
            <numerusform>Found %n Bluetooth head.</numerusform>
            <numerusform>Found %n Bluetooth heads.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omt::ui::DisplayListsPage</name>
    <message numerus="yes">
        <source>%1 of at most %n reading(s).</source>
        <translation>
            <numerusform>%1 of at most %n reading.</numerusform>
            <numerusform>%1 of at most %n readings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omt::ui::InterruptedWritesPanel</name>
    <message numerus="yes">
        <source>%n write(s) did not finish: the meter may hold part of the new values. Restore the backup on that meter, or dismiss the entry once it is repaired.</source>
        <translation>
            <numerusform>%n write did not finish: the meter may hold part of the new values. Restore the backup on that meter, or dismiss the entry once it is repaired.</numerusform>
            <numerusform>%n writes did not finish: the meter may hold part of the new values. Restore the backup on that meter, or dismiss the entry once it is repaired.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omt::ui::MainWindow</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>about %n s left</numerusform>
            <numerusform>about %n s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not been written to the meter. Quit anyway?</source>
        <translation>
            <numerusform>%n change has not been written to the meter. Quit anyway?</numerusform>
            <numerusform>%n changes have not been written to the meter. Quit anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not been written to the meter.</source>
        <translation>
            <numerusform>%n change has not been written to the meter.</numerusform>
            <numerusform>%n changes have not been written to the meter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The link was opened again %n time(s) during the write.</source>
        <translation>
            <numerusform>The link was opened again %n time during the write.</numerusform>
            <numerusform>The link was opened again %n times during the write.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omt::ui::MeterDocument</name>
    <message numerus="yes">
        <source>%1 needs %n digit(s).</source>
        <translation>
            <numerusform>%1 needs %n digit.</numerusform>
            <numerusform>%1 needs %n digits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 list holds at most %n reading(s).</source>
        <translation>
            <numerusform>The %1 list holds at most %n reading.</numerusform>
            <numerusform>The %1 list holds at most %n readings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>passive calendar %1 added: %n season(s)</source>
        <translation>
            <numerusform>passive calendar %1 added: %n season</numerusform>
            <numerusform>passive calendar %1 added: %n seasons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omt::ui::MeterTexts</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n system(s)</source>
        <translation>
            <numerusform>%n system</numerusform>
            <numerusform>%n systems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omt::ui::TariffPage</name>
    <message numerus="yes">
        <source>Passive calendar &quot;%1&quot;: %n season(s).</source>
        <translation>
            <numerusform>Passive calendar &quot;%1&quot;: %n season.</numerusform>
            <numerusform>Passive calendar &quot;%1&quot;: %n seasons.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omt::ui::TracePage</name>
    <message numerus="yes">
        <source>Saved %n record(s) to %1.</source>
        <translation>
            <numerusform>Saved %n record to %1.</numerusform>
            <numerusform>Saved %n records to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omt::ui::WriteConfirmDialog</name>
    <message numerus="yes">
        <source>Write these %n change(s) to the meter?</source>
        <translation>
            <numerusform>Write this %n change to the meter?</numerusform>
            <numerusform>Write these %n changes to the meter?</numerusform>
        </translation>
    </message>
</context>
</TS>
