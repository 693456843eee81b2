<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CatalogueCheck</name>
    <message numerus="yes">
        <location filename="../core/catalogue/cataloguecheck.cpp" line="+31"/>
        <source>%n measure(s) would be missed by some filters (their facet masks disagree with their goals, domains or partners). Export with --header keys --codes and import into a new catalogue to rebuild them.</source>
        <translation>
            <numerusform>%n measure would be missed by some filters (its facet masks disagree with its goals, domains or partners). Export with --header keys --codes and import into a new catalogue to rebuild it.</numerusform>
            <numerusform>%n measures would be missed by some filters (their facet masks disagree with their goals, domains or partners). Export with --header keys --codes and import into a new catalogue to rebuild them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueSession</name>
    <message numerus="yes">
        <location filename="../ui/session/cataloguesession.cpp" line="+66"/>
        <source>The %n oldest step(s) can no longer be undone: the undo history keeps at most %L1 MB.</source>
        <translation>
            <numerusform>The oldest step can no longer be undone: the undo history keeps at most %L1 MB.</numerusform>
            <numerusform>The %n oldest steps can no longer be undone: the undo history keeps at most %L1 MB.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+268"/>
        <source>Deleting %Ln measure(s)…</source>
        <translation>
            <numerusform>Deleting %Ln measure…</numerusform>
            <numerusform>Deleting %Ln measures…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../app/cli/clicommands.cpp" line="+51"/>
        <source>Created “%1” with %n measure(s).</source>
        <translation>
            <numerusform>Created “%1” with %n measure.</numerusform>
            <numerusform>Created “%1” with %n measures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Generated %n measure(s) in %1 s.</source>
        <translation>
            <numerusform>Generated %n measure in %1 s.</numerusform>
            <numerusform>Generated %n measures in %1 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <location line="+25"/>
        <source>Exported %n measure(s) to “%1”.</source>
        <translation>
            <numerusform>Exported %n measure to “%1”.</numerusform>
            <numerusform>Exported %n measures to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>Wrote a report of %n measure(s) on %1 pages to “%2”.</source>
        <translation>
            <numerusform>Wrote a report of %n measure on %1 pages to “%2”.</numerusform>
            <numerusform>Wrote a report of %n measures on %1 pages to “%2”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n likely duplicate pair(s): the same platform measure ID, or the same country and the same words in the title, or titles sharing most of their words, or the same title in another language.</source>
        <translation>
            <numerusform>%n likely duplicate pair: the same platform measure ID, or the same country and the same words in the title, or titles sharing most of their words, or the same title in another language.</numerusform>
            <numerusform>%n likely duplicate pairs: the same platform measure ID, or the same country and the same words in the title, or titles sharing most of their words, or the same title in another language.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clichanges.cpp" line="+114"/>
        <source>%n conflict(s): nothing was written. Choose a side for all of them with --prefer mine or --prefer theirs, or merge in the window to choose field by field.</source>
        <translation>
            <numerusform>%n conflict: nothing was written. Choose a side for it with --prefer mine or --prefer theirs, or merge in the window to choose field by field.</numerusform>
            <numerusform>%n conflicts: nothing was written. Choose a side for all of them with --prefer mine or --prefer theirs, or merge in the window to choose field by field.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Undoing a merge here took away “%1”&apos;s version of %n measure(s): --ask-again lists them as conflicts with its versions, to take theirs with --prefer theirs.</source>
        <translation>
            <numerusform>Undoing a merge here took away “%1”&apos;s version of %n measure: --ask-again lists it as a conflict with its version, to take theirs with --prefer theirs.</numerusform>
            <numerusform>Undoing a merge here took away “%1”&apos;s version of %n measures: --ask-again lists them as conflicts with its versions, to take theirs with --prefer theirs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>No measure changed: the histories of %n measure(s) or partner(s) now also record what “%1” holds, so that the next merges in either direction ask nothing. The catalogue as it was is in “%2”.</source>
        <translation>
            <numerusform>No measure changed: the history of %n measure or partner now also records what “%1” holds, so that the next merges in either direction ask nothing. The catalogue as it was is in “%2”.</numerusform>
            <numerusform>No measure changed: the histories of %n measures or partners now also record what “%1” holds, so that the next merges in either direction ask nothing. The catalogue as it was is in “%2”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Merged %n measure(s). The catalogue as it was is in “%1”.</source>
        <translation>
            <numerusform>Merged %n measure. The catalogue as it was is in “%1”.</numerusform>
            <numerusform>Merged %n measures. The catalogue as it was is in “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>Dry run: %n measure(s) would be deleted; the catalogue was not changed.</source>
        <translation>
            <numerusform>Dry run: %n measure would be deleted; the catalogue was not changed.</numerusform>
            <numerusform>Dry run: %n measures would be deleted; the catalogue was not changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Deleted %n measure(s). Their deletions travel with the catalogue: merging it into another deletes them there too, unless they were changed there meanwhile.</source>
        <translation>
            <numerusform>Deleted %n measure. Its deletion travels with the catalogue: merging it into another deletes it there too, unless it was changed there meanwhile.</numerusform>
            <numerusform>Deleted %n measures. Their deletions travel with the catalogue: merging it into another deletes them there too, unless they were changed there meanwhile.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clicommands.cpp" line="+21"/>
        <source>“%1” is a healthy catalogue: file format %2, %n measure(s), %3 partners.</source>
        <translation>
            <numerusform>“%1” is a healthy catalogue: file format %2, %n measure, %3 partners.</numerusform>
            <numerusform>“%1” is a healthy catalogue: file format %2, %n measures, %3 partners.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliteam.cpp" line="+55"/>
        <source>%n measure(s) of “%1” are now the content of %2, and “%1” is linked to it: synchronize it with measures-cli sync.</source>
        <translation>
            <numerusform>%n measure of “%1” is now the content of %2, and “%1” is linked to it: synchronize it with measures-cli sync.</numerusform>
            <numerusform>%n measures of “%1” are now the content of %2, and “%1” is linked to it: synchronize it with measures-cli sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>“%1” holds the %n measure(s) of %2 and is linked to it: synchronize it with measures-cli sync.</source>
        <translation>
            <numerusform>“%1” holds the %n measure of %2 and is linked to it: synchronize it with measures-cli sync.</numerusform>
            <numerusform>“%1” holds the %n measures of %2 and is linked to it: synchronize it with measures-cli sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%n conflict(s) with the team: nothing was written. Choose a side for all of them with --prefer mine or --prefer theirs, or synchronize in the window to choose field by field.</source>
        <translation>
            <numerusform>%n conflict with the team: nothing was written. Choose a side for it with --prefer mine or --prefer theirs, or synchronize in the window to choose field by field.</numerusform>
            <numerusform>%n conflicts with the team: nothing was written. Choose a side for all of them with --prefer mine or --prefer theirs, or synchronize in the window to choose field by field.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Dry run: nothing was written here or on the server; %n change(s) here wait to be pushed.</source>
        <translation>
            <numerusform>Dry run: nothing was written here or on the server; %n change here waits to be pushed.</numerusform>
            <numerusform>Dry run: nothing was written here or on the server; %n changes here wait to be pushed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Synchronized with %1: %n measure(s) from the team, </source>
        <translation>
            <numerusform>Synchronized with %1: %n measure from the team, </numerusform>
            <numerusform>Synchronized with %1: %n measures from the team, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n measure(s) or partner(s) pushed.</source>
        <translation>
            <numerusform>%n measure or partner pushed.</numerusform>
            <numerusform>%n measures or partners pushed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContentCheck</name>
    <message numerus="yes">
        <location filename="../core/merge/contentcheck.cpp" line="+94"/>
        <source>%n more problem(s) of the same kinds.</source>
        <translation>
            <numerusform>%n more problem of the same kinds.</numerusform>
            <numerusform>%n more problems of the same kinds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message numerus="yes">
        <location filename="../core/csv/csvimporter.cpp" line="+342"/>
        <source>Nothing was imported: %n problem(s) found. Correct them and import the file again.</source>
        <translation>
            <numerusform>Nothing was imported: %n problem found. Correct it and import the file again.</numerusform>
            <numerusform>Nothing was imported: %n problems found. Correct them and import the file again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The first %n are listed.</source>
        <translation>
            <numerusform>The first one is listed.</numerusform>
            <numerusform>The first %n are listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) read: </source>
        <translation>
            <numerusform>%n row read: </numerusform>
            <numerusform>%n rows read: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n added, </source>
        <translation>
            <numerusform>%n added, </numerusform>
            <numerusform>%n added, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n updated, </source>
        <translation>
            <numerusform>%n updated, </numerusform>
            <numerusform>%n updated, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n already up to date.</source>
        <translation>
            <numerusform>%n already up to date.</numerusform>
            <numerusform>%n already up to date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n left as they are, because the catalogue&apos;s copy is newer.</source>
        <translation>
            <numerusform>%n left as it is, because the catalogue&apos;s copy is newer.</numerusform>
            <numerusform>%n left as they are, because the catalogue&apos;s copy is newer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of the rows added look like measures already in the catalogue (the same title and country): check them for duplicates.</source>
        <translation>
            <numerusform>%n of the rows added looks like a measure already in the catalogue (the same title and country): check it for a duplicate.</numerusform>
            <numerusform>%n of the rows added look like measures already in the catalogue (the same title and country): check them for duplicates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of the rows added bring back a measure deleted here.</source>
        <translation>
            <numerusform>%n of the rows added brings back a measure deleted here.</numerusform>
            <numerusform>%n of the rows added bring back measures deleted here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n of the rows updated move a measure to another country: was the file a newer export of the same view?</source>
        <translation>
            <numerusform>%n of the rows updated moves a measure to another country: was the file a newer export of the same view?</numerusform>
            <numerusform>%n of the rows updated move a measure to another country: was the file a newer export of the same view?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n value(s) matched none of the catalogue&apos;s terms and were kept as written in “Values kept as written” (each listed with its line and column).</source>
        <translation>
            <numerusform>%n value matched none of the catalogue&apos;s terms and was kept as written in “Values kept as written” (listed with its line and column).</numerusform>
            <numerusform>%n values matched none of the catalogue&apos;s terms and were kept as written in “Values kept as written” (each listed with its line and column).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteMeasuresCommand</name>
    <message numerus="yes">
        <location filename="../ui/session/measurecommands.cpp" line="+78"/>
        <source>Delete %Ln measure(s)</source>
        <translation>
            <numerusform>Delete %Ln measure</numerusform>
            <numerusform>Delete %Ln measures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/duplicatesdialog.cpp" line="+109"/>
        <source>%n pair(s) of measures that are probably the same. Pick a pair, compare it, and merge it if it is one measure entered twice.</source>
        <translation>
            <numerusform>%n pair of measures that are probably the same. Pick it, compare it, and merge it if it is one measure entered twice.</numerusform>
            <numerusform>%n pairs of measures that are probably the same. Pick a pair, compare it, and merge it if it is one measure entered twice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+100"/>
        <source>Show the fields that are the same in both (%Ln)</source>
        <translation>
            <numerusform>Show the field that is the same in both (%Ln)</numerusform>
            <numerusform>Show the fields that are the same in both (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/exportdialog.cpp" line="+184"/>
        <source>The export holds exactly the current view: %Ln measure(s), in the table&apos;s order, with its %1 visible columns.</source>
        <translation>
            <numerusform>The export holds exactly the current view: %Ln measure, in the table&apos;s order, with its %1 visible columns.</numerusform>
            <numerusform>The export holds exactly the current view: %Ln measures, in the table&apos;s order, with its %1 visible columns.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow/filecontroller.cpp" line="+314"/>
        <source>Undoing a merge here took away “%1”&apos;s version of %n measure(s). Compare Again shows them beside yours, to take theirs where you choose.</source>
        <translation>
            <numerusform>Undoing a merge here took away “%1”&apos;s version of %n measure. Compare Again shows it beside yours, to take theirs if you choose.</numerusform>
            <numerusform>Undoing a merge here took away “%1”&apos;s version of %n measures. Compare Again shows them beside yours, to take theirs where you choose.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Undoing a merge here took away “%1”&apos;s version of %n measure(s): merge the same file again to compare them again.</source>
        <translation>
            <numerusform>Undoing a merge here took away “%1”&apos;s version of %n measure: merge the same file again to compare it again.</numerusform>
            <numerusform>Undoing a merge here took away “%1”&apos;s version of %n measures: merge the same file again to compare them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>The newest %n copies of each kind are kept from now on.</source>
        <translation>
            <numerusform>The newest copy of each kind is kept from now on.</numerusform>
            <numerusform>The newest %n copies of each kind are kept from now on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+240"/>
        <source>Exported %Ln measure(s).</source>
        <translation>
            <numerusform>Exported %Ln measure.</numerusform>
            <numerusform>Exported %Ln measures.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <location filename="../ui/widgets/filterbar.cpp" line="+217"/>
        <source>%Ln measure(s)</source>
        <translation>
            <numerusform>%Ln measure</numerusform>
            <numerusform>%Ln measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %Ln measure(s)</source>
        <translation>
            <numerusform>%1 of %Ln measure</numerusform>
            <numerusform>%1 of %Ln measures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/importpreviewdialog.cpp" line="+160"/>
        <source>Nothing can be imported yet: the file has %n problem(s). Correct them in the file, save it and import it again. Nothing has been written.</source>
        <translation>
            <numerusform>Nothing can be imported yet: the file has %n problem. Correct it in the file, save it and import it again. Nothing has been written.</numerusform>
            <numerusform>Nothing can be imported yet: the file has %n problems. Correct them in the file, save it and import it again. Nothing has been written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) in the file: </source>
        <translation>
            <numerusform>%n row in the file: </numerusform>
            <numerusform>%n rows in the file: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n to add, </source>
        <translation>
            <numerusform>%n to add, </numerusform>
            <numerusform>%n to add, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n to update, </source>
        <translation>
            <numerusform>%n to update, </numerusform>
            <numerusform>%n to update, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n already up to date.</source>
        <translation>
            <numerusform>%n already up to date.</numerusform>
            <numerusform>%n already up to date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n will be left as they are, because the catalogue&apos;s copy is newer.</source>
        <translation>
            <numerusform>%n will be left as it is, because the catalogue&apos;s copy is newer.</numerusform>
            <numerusform>%n will be left as they are, because the catalogue&apos;s copy is newer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of the rows to add look like measures already in the catalogue (the same title and country): check them before importing.</source>
        <translation>
            <numerusform>%n of the rows to add looks like a measure already in the catalogue (the same title and country): check it before importing.</numerusform>
            <numerusform>%n of the rows to add look like measures already in the catalogue (the same title and country): check them before importing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of the rows to add bring back a measure deleted here (Show lists them, with when and by whom it was deleted).</source>
        <translation>
            <numerusform>%n of the rows to add brings back a measure deleted here (Show lists it, with when and by whom it was deleted).</numerusform>
            <numerusform>%n of the rows to add bring back measures deleted here (Show lists them, with when and by whom each was deleted).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n of the rows to update would move a measure to another country: check that the file is a newer export of the same view (Show lists them).</source>
        <translation>
            <numerusform>%n of the rows to update would move a measure to another country: check that the file is a newer export of the same view (Show lists it).</numerusform>
            <numerusform>%n of the rows to update would move a measure to another country: check that the file is a newer export of the same view (Show lists them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>&amp;Kept as written: %n value(s) that match none of the catalogue&apos;s terms go to “Values kept as written” of their measure, as FILE:LINE:COLUMN:</source>
        <translation>
            <numerusform>&amp;Kept as written: %n value that matches none of the catalogue&apos;s terms goes to “Values kept as written” of its measure, as FILE:LINE:COLUMN:</numerusform>
            <numerusform>&amp;Kept as written: %n values that match none of the catalogue&apos;s terms go to “Values kept as written” of their measure, as FILE:LINE:COLUMN:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&amp;Problems (the first %n), as FILE:LINE:COLUMN:</source>
        <translation>
            <numerusform>&amp;Problems (the first one), as FILE:LINE:COLUMN:</numerusform>
            <numerusform>&amp;Problems (the first %n), as FILE:LINE:COLUMN:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+528"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n pair(s) of duplicates merged. Edit ▸ Undo takes each back.</source>
        <translation>
            <numerusform>%n pair of duplicates merged. Edit ▸ Undo takes it back.</numerusform>
            <numerusform>%n pairs of duplicates merged. Edit ▸ Undo takes each back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+180"/>
        <source>Delete the %Ln selected measure(s)?</source>
        <translation>
            <numerusform>Delete the selected measure?</numerusform>
            <numerusform>Delete the %Ln selected measures?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>You can bring them back with Edit ▸ Undo.</source>
        <translation>
            <numerusform>You can bring it back with Edit ▸ Undo.</numerusform>
            <numerusform>You can bring them back with Edit ▸ Undo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%Ln measure(s) deleted.</source>
        <translation>
            <numerusform>%Ln measure deleted.</numerusform>
            <numerusform>%Ln measures deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln measure(s) deleted. Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>%Ln measure deleted. Edit ▸ Undo brings it back.</numerusform>
            <numerusform>%Ln measures deleted. Edit ▸ Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeasureEditor</name>
    <message numerus="yes">
        <location filename="../ui/editor/measureeditor.cpp" line="+164"/>
        <source>%n problem(s) to fix before saving: %1</source>
        <translation>
            <numerusform>%n problem to fix before saving: %1</numerusform>
            <numerusform>%n problems to fix before saving: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+112"/>
        <source>This measure has changes that are not saved yet, and %n problem(s) to fix before it can be saved. Go back to the form to fix them, or discard the changes?</source>
        <translation>
            <numerusform>This measure has changes that are not saved yet, and %n problem to fix before it can be saved. Go back to the form to fix it, or discard the changes?</numerusform>
            <numerusform>This measure has changes that are not saved yet, and %n problems to fix before it can be saved. Go back to the form to fix them, or discard the changes?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message numerus="yes">
        <location filename="../core/merge/merge.cpp" line="+640"/>
        <source>%n conflict(s) still need a side. Nothing was merged.</source>
        <translation>
            <numerusform>%n conflict still needs a side. Nothing was merged.</numerusform>
            <numerusform>%n conflicts still need a side. Nothing was merged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/mergedialog.cpp" line="+424"/>
        <source>%n conflict(s) still need a side: pick one per field (in the table, ← yours, → theirs), per measure, or for all.</source>
        <translation>
            <numerusform>%n conflict still needs a side: pick one per field (in the table, ← yours, → theirs), per measure, or for all.</numerusform>
            <numerusform>%n conflicts still need a side: pick one per field (in the table, ← yours, → theirs), per measure, or for all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeText</name>
    <message numerus="yes">
        <location filename="../core/merge/mergetext.cpp" line="+91"/>
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln added</numerusform>
            <numerusform>%Ln added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln updated from theirs</source>
        <translation>
            <numerusform>%Ln updated from theirs</numerusform>
            <numerusform>%Ln updated from theirs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln with both sides&apos; changes</source>
        <translation>
            <numerusform>%Ln with both sides&apos; changes</numerusform>
            <numerusform>%Ln with both sides&apos; changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln deleted</source>
        <translation>
            <numerusform>%Ln deleted</numerusform>
            <numerusform>%Ln deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln kept as they are here</source>
        <translation>
            <numerusform>%Ln kept as it is here</numerusform>
            <numerusform>%Ln kept as they are here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%Ln decided)</source>
        <translation>
            <numerusform>(%Ln decided)</numerusform>
            <numerusform>(%Ln decided)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln partner type(s) taken from theirs</source>
        <translation>
            <numerusform>%Ln partner type taken from theirs</numerusform>
            <numerusform>%Ln partner types taken from theirs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln new list value(s)</source>
        <translation>
            <numerusform>%Ln new list value</numerusform>
            <numerusform>%Ln new list values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln list value(s) named in another language</source>
        <translation>
            <numerusform>%Ln list value named in another language</numerusform>
            <numerusform>%Ln list values named in another language</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n measure(s) added</source>
        <translation>
            <numerusform>%n measure added</numerusform>
            <numerusform>%n measures added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n measure(s) changed</source>
        <translation>
            <numerusform>%n measure changed</numerusform>
            <numerusform>%n measures changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n measure(s) deleted</source>
        <translation>
            <numerusform>%n measure deleted</numerusform>
            <numerusform>%n measures deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n partner type(s) changed</source>
        <translation>
            <numerusform>%n partner type changed</numerusform>
            <numerusform>%n partner types changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerStore</name>
    <message numerus="yes">
        <location filename="../core/store/partnerstore.cpp" line="+223"/>
        <source>This partner is named in %n measure(s), so it cannot be deleted. Remove it from those measures, or merge it into another partner.</source>
        <translation>
            <numerusform>This partner is named in %n measure, so it cannot be deleted. Remove it from that measure, or merge it into another partner.</numerusform>
            <numerusform>This partner is named in %n measures, so it cannot be deleted. Remove it from those measures, or merge it into another partner.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message numerus="yes">
        <location filename="../ui/widgets/readingpane.cpp" line="+81"/>
        <source>%Ln measures selected.</source>
        <translation>
            <numerusform>%Ln measure selected.</numerusform>
            <numerusform>%Ln measures selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <location filename="../core/report/reportcontent.cpp" line="+393"/>
        <source>%n measure(s): the whole catalogue</source>
        <translation>
            <numerusform>%n measure: the whole catalogue</numerusform>
            <numerusform>%n measures: the whole catalogue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n measure(s) of the catalogue&apos;s %1, chosen by:</source>
        <translation>
            <numerusform>%n measure of the catalogue&apos;s %1, chosen by:</numerusform>
            <numerusform>%n measures of the catalogue&apos;s %1, chosen by:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n measure(s). </source>
        <translation>
            <numerusform>%n measure. </numerusform>
            <numerusform>%n measures. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of them state their funding in US dollars, %1 in all.</source>
        <translation>
            <numerusform>%n of them states its funding in US dollars, %1 in all.</numerusform>
            <numerusform>%n of them state their funding in US dollars, %1 in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportController</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow/reportcontroller.cpp" line="+100"/>
        <source>Wrote the report of %Ln measure(s), %1 pages, to “%2”.</source>
        <translation>
            <numerusform>Wrote the report of %Ln measure, %1 pages, to “%2”.</numerusform>
            <numerusform>Wrote the report of %Ln measures, %1 pages, to “%2”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>Sent the report of %Ln measure(s), %1 pages, to the printer.</source>
        <translation>
            <numerusform>Sent the report of %Ln measure, %1 pages, to the printer.</numerusform>
            <numerusform>Sent the report of %Ln measures, %1 pages, to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/restoredialog.cpp" line="+58"/>
        <source>before deleting %Ln measure(s)</source>
        <translation>
            <numerusform>before deleting %Ln measure</numerusform>
            <numerusform>before deleting %Ln measures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message numerus="yes">
        <location filename="../core/catalogue/schemacheck.cpp" line="+158"/>
        <source>%n more difference(s)</source>
        <translation>
            <numerusform>%n more difference</numerusform>
            <numerusform>%n more differences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsPane</name>
    <message numerus="yes">
        <location filename="../ui/widgets/statisticspane.cpp" line="+172"/>
        <source>%Ln measure(s) in the view; %1 with an amount, %2 in all.</source>
        <translation>
            <numerusform>%Ln measure in the view; %1 with an amount, %2 in all.</numerusform>
            <numerusform>%Ln measures in the view; %1 with an amount, %2 in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamController</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow/teamcontroller.cpp" line="+122"/>
        <source>· %Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>· %Ln change waiting to be sent</numerusform>
            <numerusform>· %Ln changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>· %Ln change(s) from the team</source>
        <translation>
            <numerusform>· %Ln change from the team</numerusform>
            <numerusform>· %Ln changes from the team</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>Nothing here was lost: %Ln change(s) wait for the next Synchronize.</source>
        <translation>
            <numerusform>Nothing here was lost: %Ln change waits for the next Synchronize.</numerusform>
            <numerusform>Nothing here was lost: %Ln changes wait for the next Synchronize.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+153"/>
        <source>Synchronized with the team: %Ln measure(s) from the team</source>
        <translation>
            <numerusform>Synchronized with the team: %Ln measure from the team</numerusform>
            <numerusform>Synchronized with the team: %Ln measures from the team</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>, %Ln change(s) sent.</source>
        <translation>
            <numerusform>, %Ln change sent.</numerusform>
            <numerusform>, %Ln changes sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+78"/>
        <source>%Ln measure(s) are now the team&apos;s catalogue. Your colleagues connect to it and download it; File ▸ Team ▸ Synchronize brings their work in and sends yours.</source>
        <translation>
            <numerusform>%Ln measure is now the team&apos;s catalogue. Your colleagues connect to it and download it; File ▸ Team ▸ Synchronize brings their work in and sends yours.</numerusform>
            <numerusform>%Ln measures are now the team&apos;s catalogue. Your colleagues connect to it and download it; File ▸ Team ▸ Synchronize brings their work in and sends yours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>The team catalogue is downloaded: %Ln measure(s). File ▸ Team ▸ Synchronize brings in what the team pushes and sends what you change.</source>
        <translation>
            <numerusform>The team catalogue is downloaded: %Ln measure. File ▸ Team ▸ Synchronize brings in what the team pushes and sends what you change.</numerusform>
            <numerusform>The team catalogue is downloaded: %Ln measures. File ▸ Team ▸ Synchronize brings in what the team pushes and sends what you change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%Ln change(s) made here have not been sent to the team.</source>
        <translation>
            <numerusform>%Ln change made here has not been sent to the team.</numerusform>
            <numerusform>%Ln changes made here have not been sent to the team.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message numerus="yes">
        <location filename="../core/team/teamsync.cpp" line="+254"/>
        <source>%n conflict(s) with the team: nothing was written here or on the server.</source>
        <translation>
            <numerusform>%n conflict with the team: nothing was written here or on the server.</numerusform>
            <numerusform>%n conflicts with the team: nothing was written here or on the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VocabularyStore</name>
    <message numerus="yes">
        <location filename="../core/store/vocabularystore.cpp" line="+164"/>
        <source>“%1” is in use (%n time(s)), so it cannot be removed. Change those measures or partners first.</source>
        <translation>
            <numerusform>“%1” is in use (once), so it cannot be removed. Change that measure or partner first.</numerusform>
            <numerusform>“%1” is in use (%n times), so it cannot be removed. Change those measures or partners first.</numerusform>
        </translation>
    </message>
</context>
</TS>
