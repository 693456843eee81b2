<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Created “%1” with %n measure(s).</source>
        <translation><numerusform>Created “%1” with %n measure.</numerusform><numerusform>Created “%1” with %n measures.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Generated %n measure(s) in %1 s.</source>
        <translation><numerusform>Generated %n measure in %1 s.</numerusform><numerusform>Generated %n measures in %1 s.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n measure(s) to “%1”.</source>
        <translation><numerusform>Exported %n measure to “%1”.</numerusform><numerusform>Exported %n measures to “%1”.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is a healthy catalogue: file format %2, %n measure(s), %3 partners.</source>
        <translation><numerusform>“%1” is a healthy catalogue: file format %2, %n measure, %3 partners.</numerusform><numerusform>“%1” is a healthy catalogue: file format %2, %n measures, %3 partners.</numerusform></translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) found. Correct them and import the file again.</source>
        <translation><numerusform>Nothing was imported: %n problem found. Correct it and import the file again.</numerusform><numerusform>Nothing was imported: %n problems found. Correct them and import the file again.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The first %n are listed.</source>
        <translation><numerusform>The first one is listed.</numerusform><numerusform>The first %n are listed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: </source>
        <translation><numerusform>%n row read: </numerusform><numerusform>%n rows read: </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n added, </source>
        <translation><numerusform>%n added, </numerusform><numerusform>%n added, </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n updated, </source>
        <translation><numerusform>%n updated, </numerusform><numerusform>%n updated, </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n already up to date.</source>
        <translation><numerusform>%n already up to date.</numerusform><numerusform>%n already up to date.</numerusform></translation>
    </message>
</context>
</TS>