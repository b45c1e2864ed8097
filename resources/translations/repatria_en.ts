<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ExchangeDayDialog</name>
    <message numerus="yes">
        <location filename="../../views/lists/exchange_day.py" line="244"/>
        <source>%n more came home than were handed over.</source>
        <translation>
            <numerusform>%n more came home than was handed over.</numerusform>
            <numerusform>%n more came home than were handed over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/lists/exchange_day.py" line="245"/>
        <source>%n more were handed over than came home.</source>
        <translation>
            <numerusform>%n more was handed over than came home.</numerusform>
            <numerusform>%n more were handed over than came home.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message numerus="yes">
        <location filename="../../views/office/bundle_dialogs.py" line="307"/>
        <source>%n change(s) made here to persons merged meanwhile elsewhere were made again on the persons kept.</source>
        <translation>
            <numerusform>%n change made here to a person merged meanwhile elsewhere was made again on the person kept.</numerusform>
            <numerusform>%n changes made here to persons merged meanwhile elsewhere were made again on the persons kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/office/bundle_dialogs.py" line="315"/>
        <source>%n change(s) made here to persons merged meanwhile were not made again: the person kept has another value typed here for the same field. Choose one there.</source>
        <translation>
            <numerusform>%n change made here to a person merged meanwhile was not made again: the person kept has another value typed here for the same field. Choose one there.</numerusform>
            <numerusform>%n changes made here to persons merged meanwhile were not made again: the person kept has another value typed here for the same field. Choose one there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/office/bundle_dialogs.py" line="328"/>
        <source>… and %n more numbers given twice.</source>
        <translation>
            <numerusform>… and %n more number given twice.</numerusform>
            <numerusform>… and %n more numbers given twice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../views/app/main_window.py" line="419"/>
        <source>%n person(s) have changes that are not saved: save or close them first.</source>
        <translation>
            <numerusform>%n person has changes that are not saved: save or close them first.</numerusform>
            <numerusform>%n persons have changes that are not saved: save or close them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/app.py" line="171"/>
        <source>%n change(s) made there never went to another office: they are only in {0}.</source>
        <translation>
            <numerusform>%n change made there never went to another office: it is only in {0}.</numerusform>
            <numerusform>%n changes made there never went to another office: they are only in {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message numerus="yes">
        <location filename="../../views/persons/editor.py" line="351"/>
        <location filename="../../views/persons/editor.py" line="354"/>
        <source>%n problem(s) on this tab</source>
        <translation>
            <numerusform>%n problem on this tab</numerusform>
            <numerusform>%n problems on this tab</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemainsPage</name>
    <message numerus="yes">
        <location filename="../../views/remains/page.py" line="301"/>
        <source>%n cases</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message numerus="yes">
        <location filename="../../views/common/report_preview.py" line="53"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message numerus="yes">
        <location filename="../../views/lists/review.py" line="88"/>
        <source>All %n entries reviewed.</source>
        <translation>
            <numerusform>The entry is reviewed.</numerusform>
            <numerusform>All %n entries reviewed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message numerus="yes">
        <location filename="../../views/app/commands.py" line="232"/>
        <source> %n older backup(s) removed.</source>
        <translation>
            <numerusform> %n older backup removed.</numerusform>
            <numerusform> %n older backups removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/app/commands.py" line="235"/>
        <source> %n backup(s) there are dated after now: check this computer&apos;s date; they are kept.</source>
        <translation>
            <numerusform> %n backup there is dated after now: check this computer&apos;s date; it is kept.</numerusform>
            <numerusform> %n backups there are dated after now: check this computer&apos;s date; they are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/app/commands.py" line="241"/>
        <source> %n user(s) cannot sign in with their password (damaged key slot, in the backup too): an admin gives them a new one.</source>
        <translation>
            <numerusform> %n user cannot sign in with their password (damaged key slot, in the backup too): an admin gives them a new one.</numerusform>
            <numerusform> %n users cannot sign in with their password (damaged key slot, in the backup too): an admin gives them a new one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/app/commands.py" line="282"/>
        <source>The last backup of this database is %n day(s) old: File → Back up… (Ctrl+Shift+B).</source>
        <translation>
            <numerusform>The last backup of this database is %n day old: File → Back up… (Ctrl+Shift+B).</numerusform>
            <numerusform>The last backup of this database is %n days old: File → Back up… (Ctrl+Shift+B).</numerusform>
        </translation>
    </message>
</context>
</TS>
