<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/help/aboutdialog.cpp" line="+52"/>
        <source>About Measures Catalogue</source>
        <translation>Acerca de Catálogo de Medidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures Catalogue %1</source>
        <translation>Catálogo de Medidas %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;A catalogue of the cultural-policy measures that States report under the UNESCO 2005 Convention on the Protection and Promotion of the Diversity of Cultural Expressions. It works offline; each catalogue is one file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un catálogo de las medidas de política cultural que los Estados comunican en el marco de la Convención de la UNESCO de 2005 sobre la Protección y la Promoción de la Diversidad de las Expresiones Culturales. Funciona sin conexión; cada catálogo es un solo archivo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Free software under the GNU General Public License, version 3 or later: you may use, study, share and change it (&lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org/licenses/gpl-3.0&lt;/a&gt;). It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior: puede usarlo, estudiarlo, compartirlo y modificarlo (&lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org/licenses/gpl-3.0&lt;/a&gt;). Se ofrece sin ninguna garantía.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;Built with&lt;/b&gt;&lt;br&gt;Qt %1, under the GNU Lesser General Public License v3 (&lt;a href=&quot;https://www.qt.io/licensing/&quot;&gt;qt.io/licensing&lt;/a&gt;).&lt;br&gt;SQLite %2, in the public domain (&lt;a href=&quot;https://sqlite.org/copyright.html&quot;&gt;sqlite.org/copyright&lt;/a&gt;).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Hecho con&lt;/b&gt;&lt;br&gt;Qt %1, bajo la Licencia Pública General Reducida de GNU v3 (&lt;a href=&quot;https://www.qt.io/licensing/&quot;&gt;qt.io/licensing&lt;/a&gt;).&lt;br&gt;SQLite %2, de dominio público (&lt;a href=&quot;https://sqlite.org/copyright.html&quot;&gt;sqlite.org/copyright&lt;/a&gt;).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Charts drawn with Qt Charts, under the GNU General Public License v3; Excel workbooks written with libxlsxwriter, under the BSD 2-Clause License.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Gráficos dibujados con Qt Charts, bajo la Licencia Pública General de GNU v3; libros de Excel escritos con libxlsxwriter, bajo la licencia BSD de 2 cláusulas.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;Data&lt;/b&gt;&lt;br&gt;Country names (ISO 3166) in English, Spanish and French from Debian&apos;s iso-codes, under the GNU Lesser General Public License v2.1 or later. The sample catalogue&apos;s five measures are read from public pages about cultural-policy measures.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Datos&lt;/b&gt;&lt;br&gt;Los nombres de países (ISO 3166) en inglés, en español y en francés provienen de iso-codes de Debian, bajo la Licencia Pública General Reducida de GNU v2.1 o posterior. Las cinco medidas del catálogo de ejemplo se tomaron de páginas públicas sobre medidas de política cultural.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../core/catalogue/backups.cpp" line="+244"/>
        <source>a backup cannot replace the catalogue itself</source>
        <translation>una copia de seguridad no puede reemplazar al propio catálogo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” already exists</source>
        <translation>“%1” ya existe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the folder “%1” cannot be written to (%2)</source>
        <translation>no se puede escribir en la carpeta “%1” (%2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the copy could not be written in “%1” (%2)</source>
        <translation>no se pudo escribir la copia en “%1” (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the copy could not be renamed to “%1” (%2)</source>
        <translation>no se pudo dar a la copia el nombre “%1” (%2)</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../core/catalogue/catalogue.cpp" line="+215"/>
        <source>the file could not be moved into place (%1)</source>
        <translation>no se pudo mover el archivo a su lugar (%1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the catalogue is not open for editing</source>
        <translation>el catálogo no está abierto para editarlo</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>its latest changes could not be folded into the file (%1)</source>
        <translation>sus últimos cambios no se pudieron incorporar al archivo (%1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>another program is reading the catalogue</source>
        <translation>otro programa está leyendo el catálogo</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>the new file could not be closed</source>
        <translation>no se pudo cerrar el archivo nuevo</translation>
    </message>
</context>
<context>
    <name>CatalogueCheck</name>
    <message>
        <location filename="../core/catalogue/cataloguecheck.cpp" line="+23"/>
        <source>row %1 of table %2 refers to a missing row of %3</source>
        <translation>la fila %1 de la tabla %2 remite a una fila inexistente de %3</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n measure(s) would be missed by some filters (their facet masks disagree with their goals, domains or partners). Export with --header keys --codes and import into a new catalogue to rebuild them.</source>
        <translation>
            <numerusform>%n medida no aparecería con algunos filtros (sus máscaras de facetas no coinciden con sus objetivos, dominios o socios). Exporte con --header keys --codes e importe el archivo en un catálogo nuevo para reconstruirla.</numerusform>
            <numerusform>%n medidas no aparecerían con algunos filtros (sus máscaras de facetas no coinciden con sus objetivos, dominios o socios). Exporte con --header keys --codes e importe el archivo en un catálogo nuevo para reconstruirlas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueError</name>
    <message>
        <location filename="../core/catalogue/catalogueerror.cpp" line="+17"/>
        <source>The catalogue “%1” does not exist. Check the name and folder, or create a new catalogue.</source>
        <translation>El catálogo “%1” no existe. Revise el nombre y la carpeta, o cree un catálogo nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The catalogue “%1” cannot be read (%2). Ask the owner of the file for read permission.</source>
        <translation>No se puede leer el catálogo “%1” (%2). Pida permiso de lectura a quien administra el archivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is an empty file, not a catalogue. It was left untouched. Open another file or create a new catalogue.</source>
        <translation>“%1” es un archivo vacío, no un catálogo. No se modificó. Abra otro archivo o cree un catálogo nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a Measures Catalogue file (%2). It was left untouched. Give a catalogue (.measures) file, or bring CSV data in with measures-cli import.</source>
        <translation>“%1” no es un archivo de Catálogo de Medidas (%2). No se modificó. Indique un archivo de catálogo (.measures), o incorpore datos CSV con measures-cli import.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a Measures Catalogue file (%2). It was left untouched. Open a catalogue (.measures) file, or bring CSV data in with Import.</source>
        <translation>“%1” no es un archivo del Catálogo de Medidas (%2). No se modificó. Abra un archivo de catálogo (.measures) o incorpore datos CSV con Importar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no free space left on the drive of the catalogue “%1”. The catalogue itself is fine and was left untouched. Free some space on that drive (or copy the catalogue to another one), then open it again.</source>
        <translation>No queda espacio libre en la unidad del catálogo “%1”. El catálogo en sí está bien y no se modificó. Libere espacio en esa unidad (o copie el catálogo a otra) y vuelva a abrirlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalogue “%1” could not be read from its drive (%2). The file was left untouched and is not known to be damaged. Check that the drive is connected and has free space, then open it again.</source>
        <translation>No se pudo leer el catálogo “%1” desde su unidad (%2). El archivo no se modificó y no consta que esté dañado. Compruebe que la unidad está conectada y tiene espacio libre, y vuelva a abrirlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalogue “%1” is damaged and cannot be opened safely (%2). It was left untouched. Restore it from a backup copy.</source>
        <translation>El catálogo “%1” está dañado y no se puede abrir con seguridad (%2). No se modificó. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalogue “%1” was saved by a newer version of Measures Catalogue (file format %2; this version reads up to %3). It was left untouched. Update the application to open it.</source>
        <translation>El catálogo “%1” se guardó con una versión más reciente del Catálogo de Medidas (formato de archivo %2; esta versión lee hasta el %3). No se modificó. Actualice la aplicación para abrirlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The catalogue “%1” is already open for editing in another program (%2). Close it there, or wait for that command to end, then run this command again; commands that only read it (count, export, stats, report) work meanwhile.</source>
        <translation>El catálogo “%1” ya está abierto para edición en otro programa (%2). Ciérrelo allí, o espere a que termine esa orden, y ejecute esta orden de nuevo; las órdenes que solo lo leen (count, export, stats, report) funcionan mientras tanto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The catalogue “%1” is already open for editing in another window (%2). Close it there, or open this catalogue read-only.</source>
        <translation>El catálogo “%1” ya está abierto para edición en otra ventana (%2). Ciérrelo allí o abra este catálogo en modo de solo lectura.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalogue “%1” is busy: another program is writing to it (%2). Try again in a moment.</source>
        <translation>El catálogo “%1” está ocupado: otro programa está escribiendo en él (%2). Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” already exists. Nothing was overwritten; choose another file name.</source>
        <translation>“%1” ya existe. No se sobrescribió nada; elija otro nombre de archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalogue “%1” cannot be created (%2). Choose a folder where you can write and that has free space.</source>
        <translation>No se puede crear el catálogo “%1” (%2). Elija una carpeta en la que pueda escribir y que tenga espacio libre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before upgrading “%1” to this version a safety copy is made, and that failed (%2). The catalogue was left untouched. Copy it to a folder where you can write and open it there.</source>
        <translation>No se pudo hacer la copia de seguridad que se crea antes de actualizar “%1” a esta versión (%2). El catálogo no se modificó. Cópielo a una carpeta en la que pueda escribir y ábralo allí.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is not as Measures Catalogue saves its catalogues: %2. Another program may have changed it, so to keep your data safe nothing was read from it, and it was left as it is. If it is your own catalogue, restore one of its backup copies; if someone sent it to you, ask them for the catalogue as the app saved it.</source>
        <translation>“%1” no está como el Catálogo de Medidas guarda sus catálogos: %2. Puede que otro programa lo haya modificado, así que, para proteger sus datos, no se leyó nada de él y se dejó como estaba. Si es su propio catálogo, restaure una de sus copias de seguridad; si alguien se lo envió, pídale el catálogo tal como lo guardó la aplicación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upgrading the catalogue “%1” to this version failed (%2). The unfinished step was undone; the safety copy made before the upgrade is kept next to it.</source>
        <translation>La actualización del catálogo “%1” a esta versión falló (%2). Se deshizo el paso incompleto; la copia de seguridad hecha antes de la actualización se conserva junto a él.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The catalogue “%1” was saved by an older version and must be upgraded to open here, which means writing to it; but the file or its folder is read-only. It was left untouched. Copy it to a folder where you can write and open the copy.</source>
        <translation>El catálogo “%1” se guardó con una versión anterior y debe actualizarse para abrirse aquí, lo que exige escribir en él; pero el archivo o su carpeta son de solo lectura. No se modificó. Cópielo a una carpeta en la que pueda escribir y abra la copia.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The catalogue “%1” was saved by an older version and must be upgraded before it can be read here, which means writing to it, and it was opened read-only. It was left untouched. Open it once in the window to upgrade it (a safety copy of it as it is now is made first), then try again.</source>
        <translation>El catálogo “%1” se guardó con una versión anterior y hay que actualizarlo antes de poder leerlo aquí, lo que supone escribir en él, y se abrió en modo de solo lectura. No se ha modificado. Ábralo una vez en la ventana para actualizarlo (antes se hace una copia de seguridad de su estado actual) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Upgrading the copy “%1” to this version failed (%2). The copy may be incomplete: delete it. The file it was copied from is unchanged.</source>
        <translation>No se pudo actualizar la copia “%1” a esta versión (%2). La copia puede estar incompleta: elimínela. El archivo del que se copió no ha cambiado.</translation>
    </message>
</context>
<context>
    <name>CatalogueProbe</name>
    <message>
        <location filename="../core/catalogue/catalogueprobe.cpp" line="+98"/>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its content is not a catalogue&apos;s</source>
        <translation>su contenido no es el de un catálogo</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>it is a database of another program</source>
        <translation>es una base de datos de otro programa</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>the file is truncated</source>
        <translation>el archivo está truncado</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the catalogue was never finished</source>
        <translation>el catálogo nunca terminó de crearse</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>the file could not be read (SQLite error %1)</source>
        <translation>no se pudo leer el archivo (error de SQLite %1)</translation>
    </message>
</context>
<context>
    <name>CatalogueSession</name>
    <message numerus="yes">
        <location filename="../ui/session/cataloguesession.cpp" line="+66"/>
        <source>The %n oldest step(s) can no longer be undone: the undo history keeps at most %L1 MB.</source>
        <translation>
            <numerusform>El paso más antiguo ya no se puede deshacer: el historial de deshacer guarda como mucho %L1 MB.</numerusform>
            <numerusform>Los %n pasos más antiguos ya no se pueden deshacer: el historial de deshacer guarda como mucho %L1 MB.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Another step is still under way. Wait until it has finished, then try again.</source>
        <translation>Todavía hay otro paso en curso. Espere a que termine y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Copying the catalogue to “%1”…</source>
        <translation>Copiando el catálogo en “%1”…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The copy was cancelled: no file was made.</source>
        <translation>Se canceló la copia: no se creó ningún archivo.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The catalogue “%1” could not be closed cleanly (%2). Its latest changes are in the file “%3” beside it: keep that file with the catalogue, and open the catalogue again to fold them in.</source>
        <translation>El catálogo “%1” no se pudo cerrar correctamente (%2). Sus últimos cambios están en el archivo “%3”, junto a él: conserve ese archivo con el catálogo y vuelva a abrir el catálogo para incorporarlos.</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>Rename partner “%1”</source>
        <translation>Cambiar el nombre del socio “%1”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change the type of “%1”</source>
        <translation>Cambiar el tipo de “%1”</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Merge partners into “%1”</source>
        <translation>Fusionar socios en “%1”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete partner “%1”</source>
        <translation>Eliminar el socio “%1”</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add “%1”</source>
        <translation>Añadir “%1”</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Rename “%1”</source>
        <translation>Cambiar el nombre de “%1”</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove “%1”</source>
        <translation>Quitar “%1”</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Checking “%1”…</source>
        <translation>Revisando “%1”…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Importing “%1”…</source>
        <translation>Importando “%1”…</translation>
    </message>
    <message>
        <location line="-237"/>
        <location line="+239"/>
        <source>First, a backup copy of the catalogue as it is…</source>
        <translation>Primero, una copia de seguridad del catálogo tal como está…</translation>
    </message>
    <message numerus="yes">
        <location line="-240"/>
        <source>Deleting %Ln measure(s)…</source>
        <translation>
            <numerusform>Eliminando %Ln medida…</numerusform>
            <numerusform>Eliminando %Ln medidas…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The deletion was cancelled: nothing was deleted.</source>
        <translation>La eliminación se canceló: no se eliminó nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was deleted: the backup copy made first failed (%1).</source>
        <translation>No se eliminó nada: falló la copia de seguridad que se hace antes (%1).</translation>
    </message>
    <message>
        <location line="+236"/>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>Se canceló la importación: no se importó nada.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import “%1”</source>
        <translation>Importar “%1”</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Comparing with “%1”…</source>
        <translation>Comparando con “%1”…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The comparison was cancelled: nothing was merged.</source>
        <translation>Se canceló la comparación: no se fusionó nada.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Merging “%1”…</source>
        <translation>Combinando “%1”…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The merge was cancelled: nothing was merged.</source>
        <translation>Se canceló la fusión: no se fusionó nada.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Merge “%1”</source>
        <translation>Combinar “%1”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Synchronize with “%1”</source>
        <translation>Sincronizar con “%1”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Looking for likely duplicates…</source>
        <translation>Buscando posibles duplicados…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Looking for duplicates was cancelled.</source>
        <translation>Se canceló la búsqueda de duplicados.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Merge Duplicates of “%1”</source>
        <translation>Unir duplicados de “%1”</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Putting measures back…</source>
        <translation>Restituyendo medidas…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelado: no se cambió nada.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo cancelled: nothing was changed.</source>
        <translation>Se canceló Deshacer: no se cambió nada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Redo: %1</source>
        <translation>Rehacer: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Redo cancelled: nothing was changed.</source>
        <translation>Se canceló Rehacer: no se cambió nada.</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>Nothing was imported: the backup copy made before a large import failed (%1).</source>
        <translation>No se importó nada: falló la copia de seguridad que se hace antes de una importación grande (%1).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="+52"/>
        <source>The option --%1 needs a value.</source>
        <translation>La opción --%1 necesita un valor.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The option --%1 needs a value before %2 (a value that starts with “--” is written as --%1=VALUE).</source>
        <translation>La opción --%1 necesita un valor antes de %2 (un valor que empieza por “--” se escribe como --%1=VALOR).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown option “%1”.</source>
        <translation>Opción desconocida: “%1”.</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="+19"/>
        <source>Run “measures-cli --help” for the list of commands.</source>
        <translation>Ejecute “measures-cli --help” para ver la lista de comandos.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>“%1” has no saved views. Save one in the window (View ▸ Saved Views ▸ Save Current View…).</source>
        <translation>“%1” no tiene vistas guardadas. Guarde una en la ventana (Ver ▸ Vistas guardadas ▸ Guardar la vista actual…).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a saved view of this catalogue. Saved views: %2.</source>
        <translation>“%1” no es una vista guardada de este catálogo. Vistas guardadas: %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The change is saved. Another program is reading the catalogue: until it closes, a copy of “%1” alone would not hold the change.</source>
        <translation>El cambio está guardado. Otro programa está leyendo el catálogo: hasta que lo cierre, una copia de “%1” por sí sola no contendría el cambio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The change is saved, but only in “%1” beside the catalogue, not yet in the catalogue&apos;s file itself (%2): a copy of “%3” alone would not hold it, and would not open. Free some space on the disk, then run measures-cli check on the catalogue (opening it folds the change in) before you copy it.</source>
        <translation>El cambio está guardado, pero solo en “%1”, junto al catálogo, y aún no en el propio archivo del catálogo (%2): una copia de “%3” por sí sola no lo contendría y no se abriría. Libere espacio en el disco y ejecute measures-cli check sobre el catálogo (al abrirlo se incorpora el cambio) antes de copiarlo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clicommands.cpp" line="+51"/>
        <source>Created “%1” with %n measure(s).</source>
        <translation>
            <numerusform>Se creó “%1” con %n medida.</numerusform>
            <numerusform>Se creó “%1” con %n medidas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>generate needs --count N, a number of measures between 0 and 10,000,000.</source>
        <translation>generate necesita --count N, un número de medidas entre 0 y 10.000.000.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--seed needs a whole number.</source>
        <translation>--seed necesita un número entero.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Generated %n measure(s) in %1 s.</source>
        <translation>
            <numerusform>Se generó %n medida en %1 s.</numerusform>
            <numerusform>Se generaron %n medidas en %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--format must be “csv” or “xlsx”.</source>
        <translation>--format debe ser “csv” o “xlsx”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An Excel workbook is a file: give it with --out FILE.xlsx.</source>
        <translation>Un libro de Excel es un archivo: indíquelo con --out ARCHIVO.xlsx.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--%1 is for CSV files; an Excel workbook does not need it.</source>
        <translation>--%1 es para archivos CSV; un libro de Excel no lo necesita.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <location line="+25"/>
        <source>Exported %n measure(s) to “%1”.</source>
        <translation>
            <numerusform>Se exportó %n medida a “%1”.</numerusform>
            <numerusform>Se exportaron %n medidas a “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>stats needs --by with one of: %1.</source>
        <translation>stats necesita --by con uno de: %1.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>report needs --out FILE.pdf, the PDF file to write.</source>
        <translation>report necesita --out ARCHIVO.pdf, el archivo PDF que se escribirá.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Wrote a report of %n measure(s) on %1 pages to “%2”.</source>
        <translation>
            <numerusform>Se escribió un informe de %n medida en %1 páginas en “%2”.</numerusform>
            <numerusform>Se escribió un informe de %n medidas en %1 páginas en “%2”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n likely duplicate pair(s): the same platform measure ID, or the same country and the same words in the title, or titles sharing most of their words, or the same title in another language.</source>
        <translation>
            <numerusform>%n par de probables duplicados: el mismo ID de medida de la plataforma, o el mismo país y las mismas palabras en el título, o títulos que comparten la mayoría de sus palabras, o el mismo título en otro idioma.</numerusform>
            <numerusform>%n pares de probables duplicados: el mismo ID de medida de la plataforma, o el mismo país y las mismas palabras en el título, o títulos que comparten la mayoría de sus palabras, o el mismo título en otro idioma.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Usage: measures-cli COMMAND CATALOGUE [OPTIONS]
       measures-cli --version | --help

Commands:
  create   CATALOGUE                       new empty catalogue (never overwrites)
  sample   CATALOGUE                       new catalogue holding the bundled sample measures
  generate CATALOGUE --count N [--seed S]  new catalogue of N synthetic measures
  count    CATALOGUE [FILTER]              number of matching measures
  export   CATALOGUE [FILTER] [--out FILE] [--columns k1,k2] [--lang LANG]
           [--delimiter ,|;|tab] [--bom] [--header labels|keys] [--codes]
           [--no-formula-guard] [--sort KEY[:desc]] [--format csv|xlsx]
           (an Excel workbook with --out FILE.xlsx or --format xlsx)
  import   CATALOGUE --in FILE [--dry-run]  all rows or none; also reads the
           Policy Monitoring Platform&apos;s CSV export (recognised by its header)
  check    CATALOGUE                       integrity, file format, foreign keys
  merge    CATALOGUE --from OTHER [--dry-run] [--prefer mine|theirs] [--ask-again]
           brings a colleague&apos;s catalogue in, by each measure&apos;s history; exit 1 with
           the conflicts listed and nothing written unless --prefer decides them;
           --ask-again also asks about what undoing a merge here took away of theirs
  delete   CATALOGUE (--uuid UUID)... | FILTER | --all [--dry-run]
           deletes as the window does (each deletion travels with the catalogue);
           lists what it deletes: uuid and title, tab-separated
  duplicates CATALOGUE                     likely duplicate pairs, one a line (tab-separated:
           uuid, uuid, platform-id|title|similar-title|other-language, title, title)
  stats    CATALOGUE [FILTER] --by DIMENSION [--lang LANG] [--delimiter ,|;|tab] [--bom] [--out FILE]
           measures and USD funding per goal|area|domain|scope|nature|country|year|
           partner-type|status|evaluated, as CSV: label,measures,funding_usd
  report   CATALOGUE [FILTER] --out FILE.pdf [--lang LANG]
           a printable report: cover, contents, statistics with charts, then the
           measures by goal and monitoring area

A team catalogue on a PostgreSQL server (URL: postgresql://USER@HOST/DATABASE?sslmode=…,
or postgresql:///DATABASE?host=/run/postgresql for a Unix socket; the password from the
address, PGPASSWORD or ~/.pgpass, else asked on the terminal):
  server init URL                        create the team schema, its roles and grants in an
           empty database
  server add-user URL NAME --role editor|reader   a login role of that team (password from
           MEASURES_NEW_PASSWORD, or asked on the terminal)
  server status URL                      schema version, members and roles, measures, last push
  team share CATALOGUE URL               upload this catalogue as the team&apos;s first content, and
           link it
  team join URL NEW_CATALOGUE            download the team catalogue into a new file, linked to it
  sync CATALOGUE [--dry-run] [--prefer mine|theirs]   pull, merge, push, through the linked team;
           exit 1 with the conflicts listed and nothing written unless --prefer decides them

FILTER: --search TEXT --goal N --area CODE --domain CODE --scope CODE --nature CODE
        --country CODE --year-from Y --year-to Y --evaluated yes|no|unknown
        --partner-type CODE --status draft|ready --needs-attention
        --view NAME starts from a view saved in the catalogue (its filter; for export also
        its sort and columns); a facet option replaces that facet&apos;s choice, --search
        adds words and --needs-attention adds the check.
        Repeat an option to allow several values; different options combine with AND.

Messages are in the --lang language (default: the system&apos;s), LANG one of: %1.
Exit codes: 0 ok, 1 invalid input or data, 2 usage, 3 catalogue or server cannot be reached, opened or
written.</source>
        <translation>Uso: measures-cli COMANDO CATÁLOGO [OPCIONES]
       measures-cli --version | --help

Comandos:
  create   CATÁLOGO                        catálogo nuevo y vacío (nunca sobrescribe)
  sample   CATÁLOGO                        catálogo nuevo con las medidas de ejemplo incluidas
  generate CATÁLOGO --count N [--seed S]   catálogo nuevo con N medidas sintéticas
  count    CATÁLOGO [FILTRO]               número de medidas que coinciden
  export   CATÁLOGO [FILTRO] [--out ARCHIVO] [--columns k1,k2] [--lang LANG]
           [--delimiter ,|;|tab] [--bom] [--header labels|keys] [--codes]
           [--no-formula-guard] [--sort CLAVE[:desc]] [--format csv|xlsx]
           (un libro de Excel con --out ARCHIVO.xlsx o --format xlsx)
  import   CATÁLOGO --in ARCHIVO [--dry-run]  todas las filas o ninguna; también lee
           la exportación CSV de la Plataforma de Seguimiento de Políticas (por su encabezado)
  check    CATÁLOGO                        integridad, formato de archivo, claves foráneas
  merge    CATÁLOGO --from OTRO [--dry-run] [--prefer mine|theirs] [--ask-again]
           incorpora el catálogo de un colega según la historia de cada medida; sale con 1,
           lista los conflictos y no escribe nada, salvo que --prefer los decida;
           --ask-again pregunta también por lo que deshacer una combinación aquí quitó de las del colega
  delete   CATÁLOGO (--uuid UUID)... | FILTRO | --all [--dry-run]
           elimina como la ventana (cada eliminación viaja con el catálogo);
           lista lo que elimina: uuid y título, separados por tabuladores
  duplicates CATÁLOGO                      pares de probables duplicados, uno por línea (separados
           por tabuladores: uuid, uuid, platform-id|title|similar-title|other-language, título, título)
  stats    CATÁLOGO [FILTRO] --by DIMENSIÓN [--lang LANG] [--delimiter ,|;|tab] [--bom] [--out ARCHIVO]
           medidas y financiación en USD por goal|area|domain|scope|nature|country|year|
           partner-type|status|evaluated, en CSV: label,measures,funding_usd
  report   CATÁLOGO [FILTRO] --out ARCHIVO.pdf [--lang LANG]
           un informe imprimible: portada, índice, estadísticas con gráficos y
           luego las medidas por objetivo y ámbito de seguimiento

Un catálogo de equipo en un servidor PostgreSQL (URL: postgresql://USUARIO@SERVIDOR/BASE?sslmode=…,
o postgresql:///BASE?host=/run/postgresql para un socket Unix; la contraseña se toma de la
dirección, de PGPASSWORD o de ~/.pgpass, y si no, se pide en el terminal):
  server init URL                        crea el esquema del equipo, sus roles y sus permisos en
           una base de datos vacía
  server add-user URL NOMBRE --role editor|reader   un rol de acceso de ese equipo (contraseña de
           MEASURES_NEW_PASSWORD, o pedida en el terminal)
  server status URL                      versión del esquema, miembros y roles, medidas, último envío
  team share CATÁLOGO URL                sube este catálogo como primer contenido del equipo, y lo
           vincula
  team join URL CATÁLOGO_NUEVO           descarga el catálogo del equipo en un archivo nuevo, vinculado
  sync CATÁLOGO [--dry-run] [--prefer mine|theirs]   trae, combina y envía, por el equipo vinculado;
           sale con 1, lista los conflictos y no escribe nada salvo que --prefer los decida

FILTRO: --search TEXTO --goal N --area CÓDIGO --domain CÓDIGO --scope CÓDIGO --nature CÓDIGO
        --country CÓDIGO --year-from A --year-to A --evaluated yes|no|unknown
        --partner-type CÓDIGO --status draft|ready --needs-attention
        --view NOMBRE parte de una vista guardada en el catálogo (su filtro; al exportar, también
        su orden y sus columnas); una opción de faceta sustituye lo que eligió la vista, --search
        añade palabras y --needs-attention añade la comprobación.
        Repita una opción para admitir varios valores; opciones distintas se combinan con Y.

Los mensajes se muestran en el idioma indicado con --lang (si no se indica, el del sistema); LANG es uno de: %1.
Códigos de salida: 0 correcto, 1 entrada o datos no válidos, 2 uso incorrecto, 3 no se puede alcanzar, abrir o escribir el catálogo
o el servidor.</translation>
    </message>
    <message>
        <location filename="../app/cli/clichanges.cpp" line="+179"/>
        <location line="+24"/>
        <location filename="../app/cli/clicommands.cpp" line="-59"/>
        <source>“%1” could not be read (%2).</source>
        <translation>No se pudo leer “%1” (%2).</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>merge needs --from OTHER, the catalogue to merge into this one.</source>
        <translation>merge necesita --from OTRO, el catálogo que se combinará con este.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/cliteam.cpp" line="+106"/>
        <source>--prefer takes mine or theirs.</source>
        <translation>--prefer admite mine o theirs.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n conflict(s): nothing was written. Choose a side for all of them with --prefer mine or --prefer theirs, or merge in the window to choose field by field.</source>
        <translation>
            <numerusform>%n conflicto: no se escribió nada. Elija un lado para todos con --prefer mine o --prefer theirs, o combine en la ventana para elegir campo por campo.</numerusform>
            <numerusform>%n conflictos: no se escribió nada. Elija un lado para todos con --prefer mine o --prefer theirs, o combine en la ventana para elegir campo por campo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Undoing a merge here took away “%1”&apos;s version of %n measure(s): --ask-again lists them as conflicts with its versions, to take theirs with --prefer theirs.</source>
        <translation>
            <numerusform>Al deshacer una combinación aquí se quitó la versión de “%1” de %n medida: --ask-again la muestra como conflicto con la versión del colega, para tomarla con --prefer theirs.</numerusform>
            <numerusform>Al deshacer una combinación aquí se quitó la versión de “%1” de %n medidas: --ask-again las muestra como conflictos con las versiones del colega, para tomarlas con --prefer theirs.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” brings nothing new: every measure in it is here already, the same or with later changes made here.</source>
        <translation>“%1” no trae nada nuevo: todas sus medidas ya están aquí, iguales o con cambios hechos aquí después.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>No measure changed: the histories of %n measure(s) or partner(s) now also record what “%1” holds, so that the next merges in either direction ask nothing. The catalogue as it was is in “%2”.</source>
        <translation>
            <numerusform>Ninguna medida cambió: el historial de %n medida o socio registra ahora también lo que contiene “%1”, para que las próximas combinaciones, en uno u otro sentido, no pregunten nada. El catálogo tal como estaba está en “%2”.</numerusform>
            <numerusform>Ninguna medida cambió: los historiales de %n medidas o socios registran ahora también lo que contiene “%1”, para que las próximas combinaciones, en uno u otro sentido, no pregunten nada. El catálogo tal como estaba está en “%2”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Merged %n measure(s). The catalogue as it was is in “%1”.</source>
        <translation>
            <numerusform>Se combinó %n medida. El catálogo tal como estaba está en “%1”.</numerusform>
            <numerusform>Se combinaron %n medidas. El catálogo tal como estaba está en “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>delete takes either --uuid or a filter, not both.</source>
        <translation>delete admite --uuid o un filtro, pero no ambos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delete needs --uuid UUID (repeated for several measures) or a filter such as --country or --search; to delete every measure of the catalogue, add --all.</source>
        <translation>delete necesita --uuid UUID (repetido para varias medidas) o un filtro como --country o --search; para eliminar todas las medidas del catálogo, añada --all.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The measure %1 was already deleted, on %2 by %3.</source>
        <translation>La medida %1 ya estaba eliminada, el %2 por %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>someone not named</source>
        <translation>alguien sin nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No measure of this catalogue has the identifier “%1”.</source>
        <translation>Ninguna medida de este catálogo tiene el identificador “%1”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was deleted. Give only identifiers of measures in the catalogue (measures-cli export --columns uuid,title lists them).</source>
        <translation>No se eliminó nada. Indique solo identificadores de medidas del catálogo (measures-cli export --columns uuid,title los enumera).</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Dry run: %n measure(s) would be deleted; the catalogue was not changed.</source>
        <translation>
            <numerusform>Prueba: se eliminaría %n medida; el catálogo no cambió.</numerusform>
            <numerusform>Prueba: se eliminarían %n medidas; el catálogo no cambió.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No measure matches: nothing was deleted.</source>
        <translation>Ninguna medida coincide: no se eliminó nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was deleted.</source>
        <translation>No se eliminó nada.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Deleted %n measure(s). Their deletions travel with the catalogue: merging it into another deletes them there too, unless they were changed there meanwhile.</source>
        <translation>
            <numerusform>Se eliminó %n medida. Su eliminación viaja con el catálogo: al combinarlo con otro, se elimina también allí, salvo que allí haya cambiado entretanto.</numerusform>
            <numerusform>Se eliminaron %n medidas. Sus eliminaciones viajan con el catálogo: al combinarlo con otro, se eliminan también allí, salvo que allí hayan cambiado entretanto.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-195"/>
        <source>import needs --in FILE, the CSV file to read.</source>
        <translation>import necesita --in ARCHIVO, el archivo CSV que se leerá.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+82"/>
        <source>Dry run: the catalogue was not changed.</source>
        <translation>Simulación: el catálogo no se modificó.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="+28"/>
        <source>“%1” has problems. Restore it from a backup copy, or export what can still be read.</source>
        <translation>“%1” tiene problemas. Restáurelo desde una copia de seguridad o exporte lo que aún se pueda leer.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>“%1” is a healthy catalogue: file format %2, %n measure(s), %3 partners.</source>
        <translation>
            <numerusform>“%1” es un catálogo en buen estado: formato de archivo %2, %n medida, %3 socios.</numerusform>
            <numerusform>“%1” es un catálogo en buen estado: formato de archivo %2, %n medidas, %3 socios.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>But its latest changes are still in “%1-wal” beside it, because another program has it open for editing: do not copy the file alone; copy the catalogue once it is closed there.</source>
        <translation>Pero sus últimos cambios siguen en “%1-wal”, a su lado, porque otro programa lo tiene abierto para edición: no copie el archivo solo; copie el catálogo cuando se haya cerrado allí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>But its latest changes are still only in “%1-wal” beside it: another program may be reading the catalogue, or there was no room to fold them into the file (is the disk full?). Do not copy the file alone: once nothing else has it open and there is free space, run measures-cli check again.</source>
        <translation>Pero sus últimos cambios siguen solo en “%1-wal”, a su lado: puede que otro programa esté leyendo el catálogo, o que no hubiera espacio para incorporarlos al archivo (¿está lleno el disco?). No copie el archivo solo: cuando nada más lo tenga abierto y haya espacio libre, ejecute measures-cli check de nuevo.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Unknown command “%1”.</source>
        <translation>Comando desconocido: “%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs exactly one catalogue file.</source>
        <translation>%1 necesita exactamente un archivo de catálogo.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 does not take --%2.</source>
        <translation>%1 no admite --%2.</translation>
    </message>
    <message>
        <location filename="../app/cli/clifilter.cpp" line="+28"/>
        <location line="+16"/>
        <source>“%1” is not a value of --%2. Use one of: %3.</source>
        <translation>“%1” no es un valor de --%2. Use uno de estos: %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--%1 needs a year, for example 2020.</source>
        <translation>--%1 necesita un año, por ejemplo 2020.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>“%1” is not a column to sort by. Use a column key, optionally followed by :desc.</source>
        <translation>“%1” no es una columna por la que ordenar. Use la clave de una columna, seguida opcionalmente de :desc.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--delimiter must be “,”, “;” or “tab”.</source>
        <translation>--delimiter debe ser “,”, “;” o “tab”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--header must be “labels” or “keys”.</source>
        <translation>--header debe ser “labels” o “keys”.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown column “%1”. Columns: %2.</source>
        <translation>Columna desconocida: “%1”. Columnas: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="-259"/>
        <location line="+52"/>
        <source>“%1” cannot be written (%2).</source>
        <translation>No se puede escribir “%1” (%2).</translation>
    </message>
    <message>
        <location filename="../app/cli/cliserver.cpp" line="+152"/>
        <source>Password of %1 on the server: </source>
        <translation>Contraseña de %1 en el servidor: </translation>
    </message>
    <message>
        <location line="-89"/>
        <source>%1 is now a team catalogue (format %2), with the roles “%3_editor” and “%3_reader”. Add its members with measures-cli server add-user.</source>
        <translation>%1 es ahora un catálogo de equipo (formato %2), con los roles “%3_editor” y “%3_reader”. Añada sus miembros con measures-cli server add-user.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>server add-user needs --role editor or --role reader.</source>
        <translation>server add-user necesita --role editor o --role reader.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” cannot be a member&apos;s name: use lower-case letters, digits and _ (at most 63), starting with a letter.</source>
        <translation>“%1” no puede ser el nombre de un miembro: use minúsculas, dígitos y _ (63 como máximo), empezando por una letra.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Password for the new member “%1”: </source>
        <translation>Contraseña del nuevo miembro “%1”: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same password again: </source>
        <translation>La misma contraseña otra vez: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the new member&apos;s password in MEASURES_NEW_PASSWORD, or run the command in a terminal to type it.</source>
        <translation>Indique la contraseña del nuevo miembro en MEASURES_NEW_PASSWORD, o ejecute la orden en un terminal para escribirla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passwords differ: nothing was changed.</source>
        <translation>Las dos contraseñas no coinciden: no se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an editor (may pull and push)</source>
        <translation>editor (puede recibir y enviar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a reader (may pull, not push)</source>
        <translation>lector (puede recibir, no enviar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is a new member of %2: %3.</source>
        <translation>“%1” es un nuevo miembro de %2: %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” already had a login on this server (its password is unchanged); now a member of %2: %3.</source>
        <translation>“%1” ya tenía acceso a este servidor (su contraseña no cambia); ahora es miembro de %2: %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Team catalogue %1</source>
        <translation>Catálogo de equipo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format: %1 (this app knows up to %2)</source>
        <translation>Formato: %1 (esta aplicación conoce hasta el %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures: %1</source>
        <translation>Medidas: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pushes: none yet</source>
        <translation>Envíos: ninguno todavía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pushes: %1, the last by %2 at %3</source>
        <translation>Envíos: %1, el último de %2 el %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members: none yet (add them with measures-cli server add-user)</source>
        <translation>Miembros: ninguno todavía (añádalos con measures-cli server add-user)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members:</source>
        <translation>Miembros:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>server needs one of: init, add-user, status.</source>
        <translation>server necesita uno de: init, add-user, status.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server add-user needs the server&apos;s address and the member&apos;s name.</source>
        <translation>server add-user necesita la dirección del servidor y el nombre del miembro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server %1 needs exactly one address (postgresql://…).</source>
        <translation>server %1 necesita exactamente una dirección (postgresql://…).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>server %1 does not take --%2.</source>
        <translation>server %1 no admite --%2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliteam.cpp" line="-51"/>
        <source>%n measure(s) of “%1” are now the content of %2, and “%1” is linked to it: synchronize it with measures-cli sync.</source>
        <translation>
            <numerusform>%n medida de “%1” es ahora el contenido de %2, y “%1” queda vinculado: sincronícelo con measures-cli sync.</numerusform>
            <numerusform>%n medidas de “%1” son ahora el contenido de %2, y “%1” queda vinculado: sincronícelo con measures-cli sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>“%1” holds the %n measure(s) of %2 and is linked to it: synchronize it with measures-cli sync.</source>
        <translation>
            <numerusform>“%1” contiene la %n medida de %2 y queda vinculado: sincronícelo con measures-cli sync.</numerusform>
            <numerusform>“%1” contiene las %n medidas de %2 y queda vinculado: sincronícelo con measures-cli sync.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>team needs share or join.</source>
        <translation>team necesita share o join.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>team share needs the catalogue and the team catalogue&apos;s address.</source>
        <translation>team share necesita el catálogo y la dirección del catálogo del equipo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team join needs the team catalogue&apos;s address and the new catalogue&apos;s file name.</source>
        <translation>team join necesita la dirección del catálogo del equipo y el nombre del archivo del catálogo nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>team %1 does not take --%2.</source>
        <translation>team %1 no admite --%2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sync needs exactly one catalogue file.</source>
        <translation>sync necesita exactamente un archivo de catálogo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sync does not take --%1.</source>
        <translation>sync no admite --%1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“%1” is not linked to a team catalogue: link it with measures-cli team share, or make a linked copy with measures-cli team join.</source>
        <translation>“%1” no está vinculado a un catálogo de equipo: vincúlelo con measures-cli team share, o haga una copia vinculada con measures-cli team join.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n conflict(s) with the team: nothing was written. Choose a side for all of them with --prefer mine or --prefer theirs, or synchronize in the window to choose field by field.</source>
        <translation>
            <numerusform>%n conflicto con el equipo: no se escribió nada. Elija un lado para todos con --prefer mine o --prefer theirs, o sincronice en la ventana para elegir campo por campo.</numerusform>
            <numerusform>%n conflictos con el equipo: no se escribió nada. Elija un lado para todos con --prefer mine o --prefer theirs, o sincronice en la ventana para elegir campo por campo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Dry run: nothing was written here or on the server; %n change(s) here wait to be pushed.</source>
        <translation>
            <numerusform>Prueba: no se escribió nada aquí ni en el servidor; %n cambio de aquí espera a enviarse.</numerusform>
            <numerusform>Prueba: no se escribió nada aquí ni en el servidor; %n cambios de aquí esperan a enviarse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Synchronized with %1: %n measure(s) from the team, </source>
        <translation>
            <numerusform>Sincronizado con %1: %n medida del equipo, </numerusform>
            <numerusform>Sincronizado con %1: %n medidas del equipo, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n measure(s) or partner(s) pushed.</source>
        <translation>
            <numerusform>%n medida o socio enviado.</numerusform>
            <numerusform>%n medidas o socios enviados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <location filename="../ui/widgets/comparisontable.cpp" line="+44"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
</context>
<context>
    <name>ContentCheck</name>
    <message>
        <location filename="../core/merge/contentcheck.cpp" line="+52"/>
        <source>The measure %1 is not at one of its own revisions.</source>
        <translation>La medida %1 no está en una de sus propias revisiones.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The measure “%1” (%2) does not hold what its history records: another program changed it.</source>
        <translation>La medida “%1” (%2) no contiene lo que registra su historial: otro programa la modificó.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The partner “%1” is not at one of its own revisions.</source>
        <translation>El socio “%1” no está en una de sus propias revisiones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The partner “%1” has the type “%2”, which this catalogue does not know.</source>
        <translation>El socio “%1” tiene el tipo “%2”, que este catálogo no conoce.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n more problem(s) of the same kinds.</source>
        <translation>
            <numerusform>%n problema más de los mismos tipos.</numerusform>
            <numerusform>%n problemas más de los mismos tipos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <location filename="../core/csv/csvexporter.cpp" line="+27"/>
        <source>The export could not start (%1).</source>
        <translation>No se pudo iniciar la exportación (%1).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing the CSV file failed (%1). Check the free space of the disk.</source>
        <translation>Falló la escritura del archivo CSV (%1). Revise el espacio libre del disco.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the catalogue failed during the export (%1).</source>
        <translation>Falló la lectura del catálogo durante la exportación (%1).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file “%1” cannot be written (%2). Choose another folder.</source>
        <translation>No se puede escribir el archivo “%1” (%2). Elija otra carpeta.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file “%1” could not be completed (%2). Nothing was written; check the free space and try again.</source>
        <translation>No se pudo completar el archivo “%1” (%2). No se escribió nada; revise el espacio libre e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message numerus="yes">
        <location filename="../core/csv/csvimporter.cpp" line="+342"/>
        <source>Nothing was imported: %n problem(s) found. Correct them and import the file again.</source>
        <translation>
            <numerusform>No se importó nada: se encontró %n problema. Corríjalo e importe el archivo de nuevo.</numerusform>
            <numerusform>No se importó nada: se encontraron %n problemas. Corríjalos e importe el archivo de nuevo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The first %n are listed.</source>
        <translation>
            <numerusform>Se muestra el primero.</numerusform>
            <numerusform>Se muestran los primeros %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) read: </source>
        <translation>
            <numerusform>%n fila leída: </numerusform>
            <numerusform>%n filas leídas: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n added, </source>
        <translation>
            <numerusform>%n añadida, </numerusform>
            <numerusform>%n añadidas, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n updated, </source>
        <translation>
            <numerusform>%n actualizada, </numerusform>
            <numerusform>%n actualizadas, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n already up to date.</source>
        <translation>
            <numerusform>%n ya estaba al día.</numerusform>
            <numerusform>%n ya estaban al día.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The file is not UTF-8: it was read as Windows-1252, as Excel writes CSV files on Windows.</source>
        <translation>El archivo no está en UTF-8: se leyó como Windows-1252, la codificación con la que Excel guarda los CSV en Windows.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>An export of the Policy Monitoring Platform.</source>
        <translation>Una exportación de la Plataforma de Seguimiento de Políticas.</translation>
    </message>
    <message numerus="yes">
        <location line="-12"/>
        <source>%n of the rows added bring back a measure deleted here.</source>
        <translation>
            <numerusform>%n de las filas añadidas recupera una medida eliminada aquí.</numerusform>
            <numerusform>%n de las filas añadidas recuperan medidas eliminadas aquí.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>“%1” is updated: %2.</source>
        <translation>“%1” se actualiza: %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” was deleted on %2; importing brings it back, its history going on from the deletion.</source>
        <translation>“%1” se eliminó el %2; al importarla vuelve, y su historial continúa desde la eliminación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” was deleted on %2 by %3; importing brings it back, its history going on from the deletion.</source>
        <translation>%3 eliminó “%1” el %2; al importarla vuelve, y su historial continúa desde la eliminación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It comes back with the file&apos;s columns only: its other fields were deleted with it.</source>
        <translation>Vuelve solo con las columnas del archivo: sus otros campos se eliminaron con ella.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It comes back with the file&apos;s columns only: its other fields were deleted with it (Edit ▸ Undo of the deletion, where it is still possible, brings it back whole).</source>
        <translation>Vuelve solo con las columnas del archivo: sus demás campos se eliminaron con ella (Edición ▸ Deshacer de la eliminación, si aún es posible, la recupera completa).</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+238"/>
        <source>The file cannot be read (%1).</source>
        <translation>No se puede leer el archivo (%1).</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>The file is empty. A CSV file for import starts with a header line naming its columns.</source>
        <translation>El archivo está vacío. Un archivo CSV para importar empieza con una línea de encabezado que nombra sus columnas.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This row has %1 fields but the header has %2. Check the delimiters and quotes of the row.</source>
        <translation>Esta fila tiene %1 campos, pero el encabezado tiene %2. Revise los separadores y las comillas de la fila.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This measure identifier already appears on line %1.</source>
        <translation>Este identificador de medida ya aparece en la línea %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The measure ID %1 already appears on line %2. Each measure of the platform&apos;s export has a row of its own: remove the repeated row.</source>
        <translation>El ID de medida %1 ya aparece en la línea %2. Cada medida de la exportación de la plataforma tiene su propia fila: elimine la fila repetida.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The partner “%1” is “%2” in this catalogue, but the file says “%3”. A partner has one type of entity in every measure: write “%2” in the file.</source>
        <translation>El socio “%1” es “%2” en este catálogo, pero el archivo dice “%3”. Un socio tiene un solo tipo de entidad en todas las medidas: escriba “%2” en el archivo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The catalogue&apos;s copy of this measure could not be read (%1). Import again; if this goes on, “measures-cli check” says what is wrong, and a backup copy is the way back.</source>
        <translation>No se pudo leer la copia de esta medida en el catálogo (%1). Importe de nuevo; si el problema continúa, “measures-cli check” dice qué falla, y una copia de seguridad permite volver atrás.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The catalogue&apos;s copy of this measure could not be read (%1). Close the catalogue and open it again, then import again; if this goes on, restore a backup (File ▸ Restore from Backup).</source>
        <translation>No se pudo leer la copia de esta medida en el catálogo (%1). Cierre el catálogo, vuelva a abrirlo e importe de nuevo; si el problema continúa, restaure una copia de seguridad (Archivo ▸ Restaurar desde una copia).</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>The import was cancelled, so nothing was imported.</source>
        <translation>Se canceló la importación, así que no se importó nada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line %1: the catalogue&apos;s copy of this measure could not be read (%2), so nothing was imported</source>
        <translation>línea %1: no se pudo leer la copia de esta medida en el catálogo (%2), así que no se importó nada</translation>
    </message>
    <message numerus="yes">
        <location line="-412"/>
        <source>%n left as they are, because the catalogue&apos;s copy is newer.</source>
        <translation>
            <numerusform>%n se dejó como estaba, porque la copia del catálogo es más reciente.</numerusform>
            <numerusform>%n se dejaron como estaban, porque la copia del catálogo es más reciente.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/csv/importlayout.cpp" line="+27"/>
        <source>This file looks like an export of the Policy Monitoring Platform, but it has no “%1” column. Export the view again with all its columns.</source>
        <translation>Este archivo parece una exportación de la Plataforma de Seguimiento de Políticas, pero no tiene la columna “%1”. Vuelva a exportar la vista con todas sus columnas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/csv/csvimporter.cpp" line="+9"/>
        <source>%n of the rows updated move a measure to another country: was the file a newer export of the same view?</source>
        <translation>
            <numerusform>%n de las filas actualizadas lleva una medida a otro país: ¿era el archivo una exportación más reciente de la misma vista?</numerusform>
            <numerusform>%n de las filas actualizadas llevan una medida a otro país: ¿era el archivo una exportación más reciente de la misma vista?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n value(s) matched none of the catalogue&apos;s terms and were kept as written in “Values kept as written” (each listed with its line and column).</source>
        <translation>
            <numerusform>%n valor no corresponde a ningún término del catálogo y se conservó tal como está escrito en “Valores conservados tal como se escribieron” (indicado con su línea y columna).</numerusform>
            <numerusform>%n valores no corresponden a ningún término del catálogo y se conservaron tal como están escritos en “Valores conservados tal como se escribieron” (cada uno indicado con su línea y columna).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” has the measure ID of a measure of %2 in the catalogue: check that this file is a newer export of the same view before importing it.</source>
        <translation>“%1” tiene el ID de medida de una medida de %2 en el catálogo: compruebe que este archivo es una exportación más reciente de la misma vista antes de importarlo.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Amounts were read as each one is written: the file has some with a decimal comma and some with a decimal point.</source>
        <translation>Los montos se leyeron tal como está escrito cada uno: el archivo tiene algunos con coma decimal y otros con punto decimal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amounts were read with a decimal comma (1.500,50), as usual in files separated by “;”.</source>
        <translation>Los montos se leyeron con coma decimal (1.500,50), como es habitual en los archivos separados por “;”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amounts were read with a decimal comma (1.500,50), as the file writes them.</source>
        <translation>Los montos se leyeron con coma decimal (1.500,50), como los escribe el archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amounts were read with a decimal point (1,500.50), as usual in files separated by “,”.</source>
        <translation>Los montos se leyeron con punto decimal (1,500.50), como es habitual en los archivos separados por “,”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amounts were read with a decimal point (1,500.50), as the file writes them.</source>
        <translation>Los montos se leyeron con punto decimal (1,500.50), como los escribe el archivo.</translation>
    </message>
    <message>
        <location line="+269"/>
        <source>The file “%1” changed after it was checked, so nothing was imported. Check it again and import what it holds now.</source>
        <translation>El archivo “%1” cambió después de revisarlo, así que no se importó nada. Revíselo de nuevo e importe lo que contiene ahora.</translation>
    </message>
    <message>
        <location line="-368"/>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <location line="+240"/>
        <source>The partner “%1” is “%2” here but “%3” on line %4. A partner has one type of entity: write the same one on every line.</source>
        <translation>El socio “%1” es “%2” aquí, pero “%3” en la línea %4. Un socio tiene un solo tipo de entidad: escriba el mismo en todas las líneas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The partner “%1” is “%2” in this catalogue, but the file says “%3”. A partner has one type of entity in every measure: write “%2” in the file, or change the partner&apos;s type first with Edit ▸ Partners.</source>
        <translation>El socio “%1” es “%2” en este catálogo, pero el archivo dice “%3”. Un socio tiene un solo tipo de entidad en todas las medidas: escriba “%2” en el archivo, o cambie primero el tipo del socio con Edición ▸ Socios.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The file changed while it was being read. Import it again once it is saved.</source>
        <translation>El archivo cambió mientras se leía. Vuelva a importarlo cuando esté guardado.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The catalogue changed after “%1” was checked, so nothing was imported. Check the file again and import it.</source>
        <translation>El catálogo cambió después de revisar “%1”, así que no se importó nada. Revise el archivo de nuevo e impórtelo.</translation>
    </message>
    <message numerus="yes">
        <location line="-357"/>
        <source>%n of the rows added look like measures already in the catalogue (the same title and country): check them for duplicates.</source>
        <translation>
            <numerusform>%n de las filas añadidas se parece a una medida que ya está en el catálogo (mismo título y país): revísela por si es un duplicado.</numerusform>
            <numerusform>%n de las filas añadidas se parecen a medidas que ya están en el catálogo (mismo título y país): revíselas por si son duplicados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>“%1” was left as it is: the catalogue&apos;s copy is newer than the file&apos;s.</source>
        <translation>“%1” se dejó como estaba: la copia del catálogo es más reciente que la del archivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” looks like “%2”, already in the catalogue (same title and country).</source>
        <translation>“%1” se parece a “%2”, que ya está en el catálogo (mismo título y país).</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/csv/csvreader.cpp" line="+91"/>
        <source>The file is saved as UTF-16 text. Save it again as “CSV UTF-8” and import that file.</source>
        <translation>El archivo está guardado como texto UTF-16. Guárdelo de nuevo como “CSV UTF-8” e importe ese archivo.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The text is not UTF-8 (perhaps Windows-1252 or Latin-1). Save the file as “CSV UTF-8” and import it again.</source>
        <translation>El texto no está en UTF-8 (quizá en Windows-1252 o Latin-1). Guarde el archivo como “CSV UTF-8” e impórtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file mixes UTF-8 and Windows-1252 text, so its accents cannot be read with certainty. Open it in a spreadsheet, save it as “CSV UTF-8” and import that file.</source>
        <translation>El archivo mezcla texto UTF-8 y Windows-1252, así que sus acentos no pueden leerse con certeza. Ábralo en una hoja de cálculo, guárdelo como “CSV UTF-8” e importe ese archivo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The text is neither UTF-8 nor Windows-1252. Save the file as “CSV UTF-8” and import it again.</source>
        <translation>El texto no está ni en UTF-8 ni en Windows-1252. Guarde el archivo como “CSV UTF-8” e impórtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The text is not UTF-8, and read as Windows-1252 it has “%1” inside a word (“%2”): it was probably saved in another encoding. Save the file as “CSV UTF-8” and import it again.</source>
        <translation>El texto no está en UTF-8 y, leído como Windows-1252, tiene “%1” dentro de una palabra (“%2”): probablemente se guardó en otra codificación. Guarde el archivo como “CSV UTF-8” e impórtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>A quoted field that starts on line %1 is never closed. Check the quotes in that row.</source>
        <translation>Un campo entre comillas que empieza en la línea %1 nunca se cierra. Revise las comillas de esa fila.</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>The file contains a NUL byte: it is not a text CSV file.</source>
        <translation>El archivo contiene un byte NUL: no es un archivo CSV de texto.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>This is a workbook (such as an Excel .xlsx file), not a CSV file. Open it in Excel or LibreOffice, save it as “CSV UTF-8”, and import that file.</source>
        <translation>Es un libro de cálculo (como un archivo .xlsx de Excel), no un archivo CSV. Ábralo en Excel o LibreOffice, guárdelo como “CSV UTF-8” e importe ese archivo.</translation>
    </message>
    <message>
        <location line="+151"/>
        <location line="+23"/>
        <source>A field is larger than %L1 bytes. Shorten it, or check the quotes of that row.</source>
        <translation>Un campo ocupa más de %L1 bytes. Acórtelo o revise las comillas de esa fila.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unexpected text after a closing quote. A quote inside a field must be doubled (&quot;&quot;).</source>
        <translation>Hay texto inesperado después de unas comillas de cierre. Las comillas dentro de un campo deben duplicarse (&quot;&quot;).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A quote inside a field that does not start with a quote. Put the whole field in quotes and double the inner quote (&quot;&quot;).</source>
        <translation>Hay comillas dentro de un campo que no empieza con comillas. Ponga todo el campo entre comillas y duplique las comillas internas (&quot;&quot;).</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+13"/>
        <source>A field is larger than %L1 bytes. Shorten it.</source>
        <translation>Un campo ocupa más de %L1 bytes. Acórtelo.</translation>
    </message>
</context>
<context>
    <name>DeleteMeasuresCommand</name>
    <message>
        <location filename="../ui/session/measurecommands.cpp" line="+78"/>
        <source>Delete “%1”</source>
        <translation>Eliminar “%1”</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Delete %Ln measure(s)</source>
        <translation>
            <numerusform>Eliminar %Ln medida</numerusform>
            <numerusform>Eliminar %Ln medidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../ui/dialogs/duplicatesdialog.cpp" line="+75"/>
        <source>Duplicates could not be looked for</source>
        <translation>No se pudieron buscar duplicados</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Find Duplicates</source>
        <translation>Buscar duplicados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+75"/>
        <source>First</source>
        <translation>Primera</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+75"/>
        <source>Second</source>
        <translation>Segunda</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields of the two measures</source>
        <translation>Campos de las dos medidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge These Two</source>
        <translation>&amp;Unir estas dos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the first measure with the fields picked from the second and both lists joined; delete the second. Edit ▸ Undo takes it back.</source>
        <translation>Conserva la primera medida con los campos elegidos de la segunda y las listas de ambas unidas; elimina la segunda. Edición ▸ Deshacer lo revierte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No likely duplicates: no two measures share a platform measure ID, nor, in one country, the words of their titles, most of them, or the same title in another language.</source>
        <translation>Ningún duplicado probable: no hay dos medidas que compartan el identificador de medida de la plataforma ni, en un mismo país, las palabras de sus títulos, la mayoría de ellas o el mismo título en otro idioma.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n pair(s) of measures that are probably the same. Pick a pair, compare it, and merge it if it is one measure entered twice.</source>
        <translation>
            <numerusform>%n par de medidas que probablemente son la misma. Elija un par, compárelo y únalo si es una medida ingresada dos veces.</numerusform>
            <numerusform>%n pares de medidas que probablemente son la misma. Elija un par, compárelo y únalo si es una medida ingresada dos veces.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same platform measure ID</source>
        <translation>mismo ID de medida de la plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same words in the title</source>
        <translation>mismas palabras en el título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same title in another language?</source>
        <translation>¿el mismo título en otro idioma?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>titles %1 % alike</source>
        <translation>títulos parecidos al %1 %</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>One of these measures is no longer in the catalogue.</source>
        <translation>Una de estas medidas ya no está en el catálogo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lists (partners, goals, areas, domains, scope, nature) are joined. For each other field that differs, pick the one to keep.</source>
        <translation>Las listas (socios, objetivos, ámbitos de seguimiento, dominios, alcance, naturaleza) se unen. Para cada otro campo que difiera, elija cuál conservar.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Both, joined</source>
        <translation>Ambas, unidas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Same</source>
        <translation>Igual</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The two measures were not merged</source>
        <translation>Las dos medidas no se unieron</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Show the fields that are the same in both (%Ln)</source>
        <translation>
            <numerusform>Mostrar el campo que es igual en ambas (%Ln)</numerusform>
            <numerusform>Mostrar los campos que son iguales en ambas (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EarlierFormPage</name>
    <message>
        <location filename="../ui/editor/earlierformpage.cpp" line="+151"/>
        <source>What earlier periodic reports and the Policy Monitoring Platform hold about this measure. Values an import could not match to the catalogue&apos;s terms are kept at the end, as written.</source>
        <translation>Lo que los informes periódicos anteriores y la Plataforma de Seguimiento de Políticas recogen sobre esta medida. Los valores que una importación no pudo hacer corresponder con los términos del catálogo se conservan al final, tal como se escribieron.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1:</source>
        <comment>a field&apos;s label</comment>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>EditLock</name>
    <message>
        <location filename="../core/catalogue/editlock.cpp" line="+35"/>
        <source>owner unknown</source>
        <translation>propietario desconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, process %2 on %3</source>
        <translation>%1, proceso %2 en %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>another program</source>
        <translation>otro programa</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <location filename="../core/model/choices.cpp" line="+17"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not known</source>
        <translation>No se sabe</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="+128"/>
        <source>Exporting measures…</source>
        <translation>Exportando medidas…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV for Excel (UTF-8 with BOM; “;” and decimal commas in Spanish and French)</source>
        <translation>CSV para Excel (UTF-8 con BOM; “;” y coma decimal en español y en francés)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard CSV (UTF-8, “,”, for LibreOffice and other programs)</source>
        <translation>CSV estándar (UTF-8, “,”, para LibreOffice y otros programas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of headers and values:</source>
        <translation>Idioma de encabezados y valores:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of headers and values</source>
        <translation>Idioma de los encabezados y los valores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column headers:</source>
        <translation>Encabezados de columna:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column names, for reading</source>
        <translation>Nombres de columna, para leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stable keys, for importing again</source>
        <translation>Claves estables, para volver a importar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write codes instead of labels (e.g. “music” instead of “Music”)</source>
        <translation>Escribir códigos en lugar de etiquetas (p. ej. “music” en vez de “Música”)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protect against formulas (cells starting with = + - @ get a leading &apos;)</source>
        <translation>Proteger contra fórmulas (las celdas que empiezan con = + - @ llevan un &apos; delante)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets run cells that start with these characters as formulas. Keep this on unless you know the file will not be opened in a spreadsheet.</source>
        <translation>Las hojas de cálculo ejecutan como fórmulas las celdas que empiezan con estos caracteres. Déjelo activado salvo que sepa que el archivo no se abrirá en una hoja de cálculo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Include the identifier column, so that the file can be imported again as changes</source>
        <translation>Incluir la columna del identificador, para que el archivo pueda volver a importarse como cambios</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+19"/>
        <source>Export the View</source>
        <translation>Exportar la vista</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Excel workbook (.xlsx: numbers as numbers, header frozen with filters)</source>
        <translation>Libro de Excel (.xlsx: números como números, encabezado fijo con filtros)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Without it, importing the edited file adds every row as a new measure.</source>
        <translation>Sin ella, al importar el archivo editado cada fila se añade como una medida nueva.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The export holds exactly the current view: %Ln measure(s), in the table&apos;s order, with its %1 visible columns.</source>
        <translation>
            <numerusform>La exportación contiene exactamente la vista actual: %Ln medida, en el orden de la tabla, con sus %1 columnas visibles.</numerusform>
            <numerusform>La exportación contiene exactamente la vista actual: %Ln medidas, en el orden de la tabla, con sus %1 columnas visibles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetButton</name>
    <message>
        <location filename="../ui/widgets/facetbutton.cpp" line="+214"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type to narrow the list</source>
        <translation>Escriba para acotar la lista</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../ui/mainwindow/filecontroller.cpp" line="+48"/>
        <source>Checking “%1”…</source>
        <translation>Revisando “%1”…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Measures catalogues (*.measures);;All files (*)</source>
        <translation>Catálogos de medidas (*.measures);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Catalogue in use</source>
        <translation>Catálogo en uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Read-Only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+9"/>
        <source>The catalogue cannot be opened</source>
        <translation>No se puede abrir el catálogo</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurar desde una copia…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The catalogue was upgraded to this version; a copy of it as it was is in “%1”.</source>
        <translation>El catálogo se actualizó a esta versión; hay una copia de su estado anterior en “%1”.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was written: %1. Choose a folder you can write to, with enough free space; the catalogue itself is unchanged.</source>
        <translation>No se escribió nada: %1. Elija una carpeta en la que pueda escribir y con espacio libre suficiente; el catálogo no ha cambiado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An older catalogue, opened read-only</source>
        <translation>Un catálogo antiguo, abierto en solo lectura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upgrade it and open it for editing (a safety copy is made first), or save an upgraded copy and open that, leaving the original as it is?</source>
        <translation>¿Actualizarlo y abrirlo para editar (antes se hace una copia de seguridad), o guardar una copia actualizada y abrirla, dejando el original como está?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upgrade and Open</source>
        <translation>Actualizar y abrir</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The sample catalogue cannot be created</source>
        <translation>No se puede crear el catálogo de ejemplo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Catalogue</source>
        <translation>Abrir catálogo</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>New Catalogue</source>
        <translation>Nuevo catálogo</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>measures.measures</source>
        <translation>medidas.measures</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” already exists and was not replaced. Choose a new name.</source>
        <translation>“%1” ya existe y no se reemplazó. Elija un nombre nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The catalogue cannot be created</source>
        <translation>No se puede crear el catálogo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import Measures from CSV</source>
        <translation>Importar medidas desde CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Import the Policy Monitoring Platform&apos;s Export</source>
        <translation>Importar la exportación de la Plataforma de Seguimiento de Políticas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV exports of the platform (*.csv);;All files (*)</source>
        <translation>Exportaciones CSV de la plataforma (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merge a Colleague&apos;s Catalogue</source>
        <translation>Combinar el catálogo de un colega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalogues (*.%1);;All files (*)</source>
        <translation>Catálogos (*.%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <location line="+27"/>
        <location line="+10"/>
        <source>Nothing was merged</source>
        <translation>No se combinó nada</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>“%1” brings nothing new: no measure changed here. The measures&apos; histories now record what it holds, so merging in either direction asks nothing.</source>
        <translation>“%1” no trae nada nuevo: ninguna medida cambió aquí. Los historiales de las medidas guardan ahora lo que contiene, así que combinar en cualquier sentido no pregunta nada.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Undoing a merge here took away “%1”&apos;s version of %n measure(s). Compare Again shows them beside yours, to take theirs where you choose.</source>
        <translation>
            <numerusform>Al deshacer una combinación aquí se quitó la versión de “%1” de %n medida. Comparar de nuevo la muestra junto a la de aquí, para tomar la del colega si lo prefiere.</numerusform>
            <numerusform>Al deshacer una combinación aquí se quitó la versión de “%1” de %n medidas. Comparar de nuevo las muestra junto a las de aquí, para tomar la del colega donde lo prefiera.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Compare Again…</source>
        <translation>&amp;Comparar de nuevo…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit ▸ Undo takes the merge back.</source>
        <translation>Edición ▸ Deshacer revierte la combinación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The histories record the sides you picked, so merging it again does not ask again.</source>
        <translation>Los historiales guardan los lados que eligió, así que combinarlo otra vez no vuelve a preguntar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalogue as it was before is in the backup copy “%1”.</source>
        <translation>El catálogo tal como estaba antes está en la copia de seguridad “%1”.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Undoing a merge here took away “%1”&apos;s version of %n measure(s): merge the same file again to compare them again.</source>
        <translation>
            <numerusform>Al deshacer una combinación aquí se quitó la versión de “%1” de %n medida: combine de nuevo el mismo archivo para volver a compararla.</numerusform>
            <numerusform>Al deshacer una combinación aquí se quitó la versión de “%1” de %n medidas: combine de nuevo el mismo archivo para volver a compararlas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your Name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each measure&apos;s history names who changed it. Your name, as colleagues merging your catalogue should see it:</source>
        <translation>El historial de cada medida indica quién la cambió. Su nombre, tal como deben verlo los colegas que combinen su catálogo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes you make from now on are recorded as made by %1.</source>
        <translation>Los cambios que haga a partir de ahora quedan registrados como hechos por %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup Copies Kept</source>
        <translation>Copias de seguridad que se guardan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies made without asking — when a changed catalogue is closed, before a merge, before a large import — are kept in the catalogue&apos;s backups folder, the newest of each kind. How many of each kind? (Copies you make with File ▸ Back Up are never removed. 0 makes no copy when closing and removes none.)</source>
        <translation>Las copias que se hacen sin preguntar —al cerrar un catálogo con cambios, antes de combinar, antes de una importación grande— se guardan en la carpeta de copias del catálogo, las más recientes de cada tipo. ¿Cuántas de cada tipo? (Las copias que hace con Archivo ▸ Copia de seguridad no se eliminan nunca. Con 0 no se hace copia al cerrar y no se elimina ninguna.)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No copy is made when closing from now on, and none is removed.</source>
        <translation>A partir de ahora no se hace copia al cerrar y no se elimina ninguna.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The newest %n copies of each kind are kept from now on.</source>
        <translation>
            <numerusform>A partir de ahora se guarda la copia más reciente de cada tipo.</numerusform>
            <numerusform>A partir de ahora se guardan las %n copias más recientes de cada tipo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The check of “%1” was cancelled. Nothing was imported.</source>
        <translation>Se canceló la revisión de “%1”. No se importó nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not an Export of the Platform</source>
        <translation>No es una exportación de la Plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not an export of the Policy Monitoring Platform: its columns are not the platform&apos;s. Import it as a spreadsheet of measures instead?</source>
        <translation>“%1” no es una exportación de la Plataforma de Seguimiento de Políticas: sus columnas no son las de la plataforma. ¿Importarlo como hoja de cálculo de medidas?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import as a &amp;Spreadsheet</source>
        <translation>Importar como &amp;hoja de cálculo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Back Up the Catalogue</source>
        <translation>Copia de seguridad del catálogo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The backup copy was not made</source>
        <translation>No se hizo la copia de seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup copy saved as “%1”.</source>
        <translation>Copia de seguridad guardada como “%1”.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 (kept when closing).measures</source>
        <translation>%1 (conservado al cerrar).measures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (kept when closing) %2.measures</source>
        <translation>%1 (conservado al cerrar) %2.measures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalogue file was gone; a copy could not be saved in “%1” (%2).</source>
        <translation>El archivo del catálogo ya no estaba; no se pudo guardar una copia en “%1” (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The catalogue file was gone; its latest changes were saved in “%1”, which opens next time.</source>
        <translation>El archivo del catálogo ya no estaba; sus últimos cambios se guardaron en “%1”, que se abrirá la próxima vez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The catalogue file is gone</source>
        <translation>El archivo del catálogo ya no está</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file “%1” was moved, renamed or deleted while this window had it open. Its latest changes may be held only by this window now: save a copy to be sure to keep them.</source>
        <translation>El archivo “%1” se movió, se renombró o se eliminó mientras esta ventana lo tenía abierto. Puede que sus últimos cambios solo los tenga ahora esta ventana: guarde una copia para conservarlos con seguridad.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save a Copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close Without Saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Restoring “%1”…</source>
        <translation>Restaurando “%1”…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restoring was cancelled; no file was made.</source>
        <translation>Se canceló la restauración: no se creó ningún archivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup could not be restored</source>
        <translation>No se pudo restaurar la copia de seguridad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup copy is now open as “%1”. The catalogue “%2” was not changed; keep whichever you need.</source>
        <translation>La copia de seguridad está abierta ahora como “%1”. El catálogo “%2” no se modificó; conserve el que necesite.</translation>
    </message>
    <message>
        <location line="-530"/>
        <source>Try Again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the other window has closed the catalogue</source>
        <translation>Cuando la otra ventana haya cerrado el catálogo</translation>
    </message>
    <message>
        <location line="+340"/>
        <source>Edit ▸ Undo takes the import back.</source>
        <translation>Edición ▸ Deshacer revierte la importación.</translation>
    </message>
    <message>
        <location line="-358"/>
        <source>“%1” is the catalogue open in this window.</source>
        <translation>“%1” es el catálogo abierto en esta ventana.</translation>
    </message>
    <message numerus="yes">
        <location line="+558"/>
        <source>Exported %Ln measure(s).</source>
        <translation>
            <numerusform>Se exportó %Ln medida.</numerusform>
            <numerusform>Se exportaron %Ln medidas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-146"/>
        <source>No catalogue is open.</source>
        <translation>No hay ningún catálogo abierto.</translation>
    </message>
    <message>
        <location line="-304"/>
        <location line="+307"/>
        <source>A file named “%1” already exists. Choose another name: a copy never replaces a file.</source>
        <translation>Ya existe un archivo llamado “%1”. Elija otro nombre: una copia nunca sustituye a un archivo.</translation>
    </message>
    <message>
        <location line="-315"/>
        <location line="+381"/>
        <source>%1 (copy).measures</source>
        <translation>%1 (copia).measures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a Copy of the Catalogue</source>
        <translation>Guardar una copia del catálogo</translation>
    </message>
    <message>
        <location line="-375"/>
        <location line="+7"/>
        <location line="+377"/>
        <source>The copy was not saved</source>
        <translation>La copia no se guardó</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>“%1” brings nothing new: every measure in it is here already, the same or with later changes made here.</source>
        <translation>“%1” no trae nada nuevo: todas sus medidas ya están aquí, iguales o con cambios hechos aquí después.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+12"/>
        <source>Nothing New to Merge</source>
        <translation>Nada nuevo que combinar</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>(Or Edit ▸ Redo, which redoes the last step undone, whole.)</source>
        <translation>(O Edición ▸ Rehacer, que rehace entero el último paso deshecho.)</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+9"/>
        <location line="+1"/>
        <source>“%1” merged: %2.</source>
        <translation>“%1” combinado: %2.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>This step cannot be undone</source>
        <translation>Este paso no se puede deshacer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It was too large to keep for Edit ▸ Undo, and earlier steps can no longer be undone either. The catalogue as it was before is in the backup copy “%1”: File ▸ Restore from Backup opens it.</source>
        <translation>Era demasiado grande para guardarlo para Edición ▸ Deshacer, y los pasos anteriores tampoco se pueden deshacer ya. El catálogo tal como estaba antes está en la copia de seguridad “%1”: Archivo ▸ Restaurar desde una copia la abre.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Copy saved as “%1”. This window stays on “%2”.</source>
        <translation>Copia guardada como “%1”. Esta ventana sigue en “%2”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy saved</source>
        <translation>Copia guardada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy “%1” can be edited. Open it now?</source>
        <translation>La copia “%1” se puede editar. ¿Abrirla ahora?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the Copy</source>
        <translation>Abrir la copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Viewing</source>
        <translation>Seguir consultando</translation>
    </message>
    <message>
        <location line="-427"/>
        <source>An older catalogue that cannot be upgraded where it is</source>
        <translation>Un catálogo antiguo que no se puede actualizar donde está</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save an upgraded copy somewhere you can write, and open that? The original is not changed.</source>
        <translation>¿Guardar una copia actualizada en un lugar donde pueda escribir y abrirla? El original no cambia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save an Upgraded Copy…</source>
        <translation>Guardar una copia actualizada…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save an Upgraded Copy</source>
        <translation>Guardar una copia actualizada</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../ui/widgets/filedialogs.cpp" line="+23"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measures catalogue</source>
        <translation>Catálogo de medidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV file</source>
        <translation>Archivo CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 file</source>
        <translation>Archivo %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="+223"/>
        <source>Search titles, agencies, objectives, results… (accents optional)</source>
        <translation>Buscar en títulos, organismos, objetivos, resultados… (tildes opcionales)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search measures</source>
        <translation>Buscar medidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every word must appear (as the start of a word). Ctrl+F comes back here.</source>
        <translation>Cada palabra debe aparecer (como comienzo de una palabra). Ctrl+F vuelve aquí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear Filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter:</source>
        <translation>Filtrar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring area</source>
        <translation>Ámbito de seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nature</source>
        <translation>Naturaleza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner type</source>
        <translation>Tipo de socio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluated</source>
        <translation>Evaluada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the measures that still lack something the periodic report asks for: a goal, a domain, main features, results, whether it was evaluated, or funding</source>
        <translation>Solo las medidas a las que aún les falta algo que pide el informe periódico: un objetivo, un dominio, las características principales, resultados, si se evaluó o la financiación</translation>
    </message>
    <message numerus="yes">
        <location line="-21"/>
        <source>%Ln measure(s)</source>
        <translation>
            <numerusform>%Ln medida</numerusform>
            <numerusform>%Ln medidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %Ln measure(s)</source>
        <translation>
            <numerusform>%1 de %Ln medida</numerusform>
            <numerusform>%1 de %Ln medidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterDescription</name>
    <message>
        <location filename="../core/query/filterdescription.cpp" line="+14"/>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none: every measure</source>
        <translation>ninguno: todas las medidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Partner type</source>
        <translation>Tipo de socio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the measures that still lack something the periodic report asks for</source>
        <translation>solo las medidas a las que aún les falta algo que pide el informe periódico</translation>
    </message>
</context>
<context>
    <name>HistoryHtml</name>
    <message>
        <location filename="../ui/models/historyhtml.cpp" line="+13"/>
        <source>Imported</source>
        <translation>Importada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged with a colleague&apos;s catalogue</source>
        <translation>Combinada con el catálogo de un colega</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As it was when this catalogue began keeping history</source>
        <translation>Tal como estaba cuando este catálogo empezó a guardar la historia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner list changed</source>
        <translation>Cambió la lista de socios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged with a duplicate</source>
        <translation>Unida con un duplicado</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+47"/>
        <source>Deleted</source>
        <translation>Eliminada</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Undo or redo</source>
        <translation>Deshacer o rehacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge undone</source>
        <translation>Combinación deshecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compared again with a colleague&apos;s catalogue</source>
        <translation>Comparada de nuevo con el catálogo de un colega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>Editada</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No history yet: it starts with the next change.</source>
        <translation>Aún no hay historia: empieza con el próximo cambio.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deleted by undoing or redoing a step</source>
        <translation>Eliminada al deshacer o rehacer un paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted by undoing a merge</source>
        <translation>Eliminada al deshacer una combinación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted, compared again with a colleague&apos;s catalogue</source>
        <translation>Eliminada, comparada de nuevo con el catálogo de un colega</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created by an import</source>
        <translation>Creada por una importación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came with a colleague&apos;s catalogue</source>
        <translation>Llegó con el catálogo de un colega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brought back by an import</source>
        <translation>Recuperada por una importación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brought back by a colleague&apos;s catalogue</source>
        <translation>Recuperada por el catálogo de un colega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brought back by undoing or redoing a step</source>
        <translation>Recuperada al deshacer o rehacer un paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brought back by undoing a merge</source>
        <translation>Recuperada al deshacer una combinación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brought back from a colleague&apos;s catalogue, compared again</source>
        <translation>Recuperada del catálogo de un colega, al comparar de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brought back</source>
        <translation>Recuperada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As it was when this catalogue was upgraded to keep a stronger history</source>
        <translation>Tal como estaba cuando este catálogo se actualizó para llevar un historial más sólido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merged with a colleague&apos;s catalogue: kept as it was here</source>
        <translation>Combinada con el catálogo de un colega: se conservó como estaba aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared again with a colleague&apos;s catalogue: kept as it was here</source>
        <translation>Comparada de nuevo con el catálogo de un colega: se conservó como estaba aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no field changed</source>
        <translation>%1: ningún campo cambió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <comment>how: which fields</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>someone unnamed</source>
        <translation>alguien sin nombre</translation>
    </message>
</context>
<context>
    <name>ImportPlanModel</name>
    <message>
        <location filename="../ui/models/importplanmodel.cpp" line="+72"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add (look alike)</source>
        <translation>Añadir (parecida a otra)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bring back</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already up to date</source>
        <translation>Ya está al día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left as it is</source>
        <translation>Se deja como está</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Looks like “%1”, already in the catalogue (the same title and country): check it is not the same measure.</source>
        <translation>Se parece a “%1”, que ya está en el catálogo (mismo título y país): compruebe que no es la misma medida.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 → %3</source>
        <comment>a field, its value before and after</comment>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes: %1</source>
        <translation>Cambios: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A measure of %1 has this measure ID: check the file is a newer export of the same view. %2</source>
        <translation>Una medida de %1 tiene este ID de medida: compruebe que el archivo es una exportación más reciente de la misma vista. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The catalogue&apos;s copy was changed after the file&apos;s: it is kept.</source>
        <translation>La copia del catálogo se modificó después que la del archivo: se conserva.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens</source>
        <translation>Qué se hará</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../ui/dialogs/importpreviewdialog.cpp" line="+154"/>
        <source>Import Preview</source>
        <translation>Vista previa de la importación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows of the file</source>
        <translation>Filas del archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing the Policy Monitoring Platform&apos;s export “%1” into “%2”</source>
        <translation>Importar la exportación de la Plataforma de Seguimiento de Políticas “%1” en “%2”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing “%1” into “%2”</source>
        <translation>Importar “%1” en “%2”</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Nothing can be imported yet: the file has %n problem(s). Correct them in the file, save it and import it again. Nothing has been written.</source>
        <translation>
            <numerusform>Todavía no se puede importar nada: el archivo tiene %n problema. Corríjalo en el archivo, guárdelo e impórtelo de nuevo. No se ha escrito nada.</numerusform>
            <numerusform>Todavía no se puede importar nada: el archivo tiene %n problemas. Corríjalos en el archivo, guárdelo e impórtelo de nuevo. No se ha escrito nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) in the file: </source>
        <translation>
            <numerusform>%n fila en el archivo: </numerusform>
            <numerusform>%n filas en el archivo: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n to add, </source>
        <translation>
            <numerusform>%n para añadir, </numerusform>
            <numerusform>%n para añadir, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n to update, </source>
        <translation>
            <numerusform>%n para actualizar, </numerusform>
            <numerusform>%n para actualizar, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n already up to date.</source>
        <translation>
            <numerusform>%n ya está al día.</numerusform>
            <numerusform>%n ya están al día.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n will be left as they are, because the catalogue&apos;s copy is newer.</source>
        <translation>
            <numerusform>%n se dejará como está, porque la copia del catálogo es más reciente.</numerusform>
            <numerusform>%n se dejarán como están, porque la copia del catálogo es más reciente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of the rows to add look like measures already in the catalogue (the same title and country): check them before importing.</source>
        <translation>
            <numerusform>%n de las filas para añadir se parece a una medida que ya está en el catálogo (mismo título y país): revísela antes de importar.</numerusform>
            <numerusform>%n de las filas para añadir se parecen a medidas que ya están en el catálogo (mismo título y país): revíselas antes de importar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of the rows to add bring back a measure deleted here (Show lists them, with when and by whom it was deleted).</source>
        <translation>
            <numerusform>%n de las filas que se añadirán recupera una medida eliminada aquí (en Mostrar se ve cuándo y quién la eliminó).</numerusform>
            <numerusform>%n de las filas que se añadirán recuperan medidas eliminadas aquí (en Mostrar se ve cuándo y quién las eliminó).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing would change: there is nothing to import.</source>
        <translation>No cambiaría nada: no hay nada que importar.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of the rows to update would move a measure to another country: check that the file is a newer export of the same view (Show lists them).</source>
        <translation>
            <numerusform>%n de las filas para actualizar llevaría una medida a otro país: compruebe que el archivo es una exportación más reciente de la misma vista (Mostrar las lista).</numerusform>
            <numerusform>%n de las filas para actualizar llevarían una medida a otro país: compruebe que el archivo es una exportación más reciente de la misma vista (Mostrar las lista).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rows are matched to measures by the platform&apos;s measure ID: importing a newer export of the same view updates them.</source>
        <translation>Las filas se asocian a las medidas por el ID de medida de la plataforma: importar una exportación más reciente de la misma vista las actualiza.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&amp;Kept as written: %n value(s) that match none of the catalogue&apos;s terms go to “Values kept as written” of their measure, as FILE:LINE:COLUMN:</source>
        <translation>
            <numerusform>&amp;Conservado tal cual: %n valor que no corresponde a ningún término del catálogo va a “Valores conservados tal como se escribieron” de su medida, como ARCHIVO:LÍNEA:COLUMNA:</numerusform>
            <numerusform>&amp;Conservados tal cual: %n valores que no corresponden a ningún término del catálogo van a “Valores conservados tal como se escribieron” de su medida, como ARCHIVO:LÍNEA:COLUMNA:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&amp;Problems (the first %n), as FILE:LINE:COLUMN:</source>
        <translation>
            <numerusform>&amp;Problemas (el primero), como ARCHIVO:LÍNEA:COLUMNA:</numerusform>
            <numerusform>&amp;Problemas (los %n primeros), como ARCHIVO:LÍNEA:COLUMNA:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Problems, as FILE:LINE:COLUMN:</source>
        <translation>&amp;Problemas, como ARCHIVO:LÍNEA:COLUMNA:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All rows (%L1)</source>
        <translation>Todas las filas (%L1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To add (%L1)</source>
        <translation>Para añadir (%L1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To update (%L1)</source>
        <translation>Para actualizar (%L1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to another country (%L1)</source>
        <translation>Pasan a otro país (%L1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look like a measure already there (%L1)</source>
        <translation>Parecidas a una medida existente (%L1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted here before (%L1)</source>
        <translation>Eliminadas aquí antes (%L1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already up to date (%L1)</source>
        <translation>Ya están al día (%L1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left as they are (%L1)</source>
        <translation>Se dejan como están (%L1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This import is too large to undo: a backup copy of the catalogue is made first, and earlier steps can no longer be undone either.</source>
        <translation>Esta importación es demasiado grande para deshacerla: antes se hace una copia de seguridad del catálogo, y los pasos anteriores tampoco se podrán deshacer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole import is one step: Edit ▸ Undo takes it back.</source>
        <translation>Toda la importación es un solo paso: Edición ▸ Deshacer la revierte.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%L1 of the file&apos;s %L2 rows are listed here, those that change the catalogue first; the import takes all of them.</source>
        <translation>Aquí se listan %L1 de las %L2 filas del archivo, primero las que cambian el catálogo; la importación las incluye todas.</translation>
    </message>
</context>
<context>
    <name>IncomingCheck</name>
    <message>
        <location filename="../core/merge/incomingcheck.cpp" line="+38"/>
        <source>The measure “%1” has no valid identifier (“%2”).</source>
        <translation>La medida “%1” no tiene un identificador válido (“%2”).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The measure “%1” (%2) keeps a record of the platform&apos;s last import that this catalogue cannot hold.</source>
        <translation>La medida “%1” (%2) guarda un registro de la última importación de la plataforma que este catálogo no puede contener.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The measure “%1” (%2) holds a value this catalogue refuses: %3: %4</source>
        <translation>La medida “%1” (%2) contiene un valor que este catálogo rechaza: %3: %4</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The history of the measure %1 is damaged or was changed by another program (revision “%2”).</source>
        <translation>El historial de la medida %1 está dañado o lo modificó otro programa (revisión “%2”).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history of the measure %1 names an author this catalogue cannot keep (more than %L2 characters, or a NUL character).</source>
        <translation>El historial de la medida %1 nombra a un autor que este catálogo no puede guardar (más de %L2 caracteres, o un carácter NUL).</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../core/merge/merge.cpp" line="+231"/>
        <location filename="../core/team/teamcopy.cpp" line="+261"/>
        <source>The history of the partner “%1” is damaged or was changed by another program.</source>
        <translation>El historial del socio “%1” está dañado o lo modificó otro programa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A deletion is recorded of “%1”, which is not a measure identifier.</source>
        <translation>Hay una eliminación registrada de “%1”, que no es un identificador de medida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A deletion is recorded with a platform measure ID this catalogue cannot hold (%1).</source>
        <translation>Hay una eliminación registrada con un ID de medida de la plataforma que este catálogo no puede guardar (%1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A list value has the code “%1”, which this catalogue cannot hold.</source>
        <translation>Un valor de lista tiene el código “%1”, que este catálogo no puede guardar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>The list value “%1” is refused: %2</source>
        <translation>El valor de lista “%1” se rechaza: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list value “%1” has labels in %2 languages, more than any catalogue made by this app.</source>
        <translation>El valor de lista “%1” tiene etiquetas en %2 idiomas, más que cualquier catálogo hecho con esta aplicación.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The list value “%1” has a label in a language coded “%2”, which this catalogue cannot hold.</source>
        <translation>El valor de lista “%1” tiene una etiqueta en un idioma con el código “%2”, que este catálogo no puede guardar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The history of the measure %1 holds more than %L2 revisions, more than any catalogue made by this app.</source>
        <translation>El historial de la medida %1 tiene más de %L2 revisiones, más que cualquier catálogo creado por esta aplicación.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The history of the partner “%1” holds more than %L2 revisions, more than any catalogue made by this app.</source>
        <translation>El historial del socio “%1” tiene más de %L2 revisiones, más que cualquier catálogo creado por esta aplicación.</translation>
    </message>
    <message>
        <location filename="../core/merge/merge.cpp" line="+3"/>
        <source>The partner “%1” has the type “%2”, which neither catalogue knows.</source>
        <translation>El socio “%1” tiene el tipo “%2”, que ninguno de los dos catálogos conoce.</translation>
    </message>
    <message>
        <location line="+188"/>
        <location filename="../core/team/teamcopy.cpp" line="-166"/>
        <source>The measure “%1” (%2) does not hold what its history records: another program changed it.</source>
        <translation>La medida “%1” (%2) no contiene lo que registra su historial: otro programa la modificó.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A measure&apos;s identifier “%1” is not a UUID.</source>
        <translation>El identificador de una medida, “%1”, no es un UUID.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../core/team/teamcopy.cpp" line="-27"/>
        <source>The history of the measure %1 is damaged or was changed by another program (its present revision is not among its revisions).</source>
        <translation>El historial de la medida %1 está dañado o lo modificó otro programa (su revisión actual no está entre sus revisiones).</translation>
    </message>
</context>
<context>
    <name>KeptEdit</name>
    <message>
        <location filename="../ui/mainwindow/keptedit.cpp" line="+100"/>
        <source>An unsaved edit was kept</source>
        <translation>Se conservó una edición sin guardar</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The application stopped while the measure “%1” was being edited: the system ended it, or it failed. What was typed was kept.</source>
        <translation>La aplicación se detuvo mientras se editaba la medida “%1”: el sistema la cerró o falló. Se conservó lo que se había escrito.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The application stopped while the measure “%1” was being edited: the system ended it, or it failed. What was typed was kept, but the measure has been deleted since: saving the kept edit adds it again as a new measure.</source>
        <translation>La aplicación se detuvo mientras se editaba la medida “%1”: el sistema la cerró o falló. Se conservó lo que se había escrito, pero la medida se eliminó después: guardar la edición conservada la añade de nuevo como una medida nueva.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The application stopped while a new measure, “%1”, was being entered: the system ended it, or it failed. What was typed was kept.</source>
        <translation>La aplicación se detuvo mientras se introducía una medida nueva, “%1”: el sistema la cerró o falló. Se conservó lo que se había escrito.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It was last kept at %1.</source>
        <translation>Lo último escrito es del %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It differs from the saved measure in: %1.</source>
        <translation>Difiere de la medida guardada en: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>It holds: %1.</source>
        <translation>Contiene: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open it in the form to finish it?</source>
        <translation>¿Abrirla en el formulario para terminarla?</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+24"/>
        <source>Open in the Form</source>
        <translation>Abrir en el formulario</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>Discard It</source>
        <translation>Descartarlo</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+5"/>
        <source>The kept edit was not opened</source>
        <translation>No se abrió la edición conservada</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Decide Later</source>
        <translation>Decidir más tarde</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The measure changed after your edit began</source>
        <translation>La medida cambió después de que empezara su edición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was changed and saved on %2, after the edit that was kept had begun. Opening the kept edit shows your values in every field, including fields you had not changed: check each section before saving, or discard the kept edit.</source>
        <translation>“%1” se modificó y guardó el %2, después de que empezara la edición conservada. Al abrirla verá sus valores en todos los campos, también en los que no había cambiado: revise cada sección antes de guardar, o descarte la edición conservada.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+160"/>
        <source>Search failed</source>
        <translation>La búsqueda falló</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The filters cannot pick out the measures without a value; the statistics count them.</source>
        <translation>Los filtros no pueden seleccionar las medidas sin valor; las estadísticas las cuentan.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Undo failed</source>
        <translation>No se pudo deshacer</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Undone: %1.</source>
        <translation>Deshecho: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redone: %1.</source>
        <translation>Rehecho: %1.</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>Vi&amp;ew Measure…</source>
        <translation>V&amp;er medida…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the selected measure (read-only)</source>
        <translation>Mostrar la medida seleccionada (solo lectura)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n pair(s) of duplicates merged. Edit ▸ Undo takes each back.</source>
        <translation>
            <numerusform>Se unió %n par de duplicados. Edición ▸ Deshacer revierte cada unión.</numerusform>
            <numerusform>Se unieron %n pares de duplicados. Edición ▸ Deshacer revierte cada unión.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+3"/>
        <source>Measures Catalogue</source>
        <translation>Catálogo de Medidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (read-only) — Measures Catalogue</source>
        <translation>%1 (solo lectura) — Catálogo de Medidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — Measures Catalogue</source>
        <translation>%1 — Catálogo de Medidas</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+15"/>
        <source>Measure saved.</source>
        <translation>Medida guardada.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Delete the measure “%1”?</source>
        <translation>¿Eliminar la medida “%1”?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>You can bring them back with Edit ▸ Undo.</source>
        <translation>
            <numerusform>Puede recuperarla con Edición ▸ Deshacer.</numerusform>
            <numerusform>Puede recuperarlas con Edición ▸ Deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They are too many to undo: a backup copy of the catalogue is made first, and earlier steps can no longer be undone either.</source>
        <translation>Son demasiadas para deshacerlo: antes se hace una copia de seguridad del catálogo, y los pasos anteriores tampoco se podrán deshacer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was deleted</source>
        <translation>No se eliminó nada</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln measure(s) deleted.</source>
        <translation>
            <numerusform>%Ln medida eliminada.</numerusform>
            <numerusform>%Ln medidas eliminadas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>View: %1</source>
        <comment>the saved view the window shows</comment>
        <translation>Vista: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved view “%1” is shown as it was saved. Change the search, a filter, the sort or the columns and it is no longer named here.</source>
        <translation>La vista guardada “%1” se muestra tal como se guardó. Si cambia la búsqueda, un filtro, el orden o las columnas, deja de nombrarse aquí.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;New Catalogue…</source>
        <translation>&amp;Nuevo catálogo…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create an empty catalogue file</source>
        <translation>Crear un archivo de catálogo vacío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Catalogue…</source>
        <translation>&amp;Abrir catálogo…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a catalogue file</source>
        <translation>Abrir un archivo de catálogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;Sample Catalogue</source>
        <translation>Abrir el catálogo de &amp;ejemplo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Five real measures to explore</source>
        <translation>Cinco medidas reales para explorar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add measures from a CSV file (all rows or none)</source>
        <translation>Añadir medidas desde un archivo CSV (todas las filas o ninguna)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From a &amp;CSV File…</source>
        <translation>Desde un archivo &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the &amp;Policy Monitoring Platform…</source>
        <translation>Desde la &amp;Plataforma de Seguimiento de Políticas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring in the measures of an earlier report: a CSV export of UNESCO&apos;s Policy Monitoring Platform</source>
        <translation>Traer las medidas de un informe anterior: una exportación CSV de la Plataforma de Seguimiento de Políticas de la UNESCO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge Catalogue…</source>
        <translation>Com&amp;binar catálogo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring a colleague&apos;s catalogue into this one: what only they changed comes in, what you both changed you choose</source>
        <translation>Incorporar el catálogo de un colega a este: entra lo que solo él cambió; lo que ambos cambiaron lo elige usted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A printable report of the measures shown: cover, contents, statistics with charts, then each measure by goal and area</source>
        <translation>Un informe imprimible de las medidas mostradas: portada, índice, estadísticas con gráficos y luego cada medida por objetivo y ámbito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Report as P&amp;DF…</source>
        <translation>Exportar el informe como P&amp;DF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>Impri&amp;mir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the report of the measures shown</source>
        <translation>Imprimir el informe de las medidas mostradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>See the pages of the report of the measures shown before printing them</source>
        <translation>Ver las páginas del informe de las medidas mostradas antes de imprimirlas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back Up…</source>
        <translation>C&amp;opia de seguridad…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close Catalogue</source>
        <translation>&amp;Cerrar catálogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="-286"/>
        <location line="+287"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="-286"/>
        <location line="+287"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Restore &amp;from Backup…</source>
        <translation>Res&amp;taurar desde una copia…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Measure…</source>
        <translation>&amp;Nueva medida…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter a new measure</source>
        <translation>Registrar una medida nueva</translation>
    </message>
    <message>
        <location line="-300"/>
        <location line="+301"/>
        <source>&amp;Edit Measure…</source>
        <translation>&amp;Editar medida…</translation>
    </message>
    <message>
        <location line="-300"/>
        <location line="+300"/>
        <source>Open the selected measure</source>
        <translation>Abrir la medida seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected measure as a new draft</source>
        <translation>Copiar la medida seleccionada como un borrador nuevo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dupli&amp;cate</source>
        <translation>Dupli&amp;car</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+81"/>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected measures (asks first; can be undone)</source>
        <translation>Eliminar las medidas seleccionadas (pregunta antes; se puede deshacer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the search box</source>
        <translation>Ir al cuadro de búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Duplicate&amp;s…</source>
        <translation>Buscar d&amp;uplicados…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Measures probably entered twice, side by side, to merge into one</source>
        <translation>Medidas probablemente ingresadas dos veces, lado a lado, para unirlas en una</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Partners…</source>
        <translation>&amp;Socios…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename, merge and retype partners</source>
        <translation>Renombrar, fusionar y cambiar el tipo de los socios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domains and Partner &amp;Types…</source>
        <translation>Dominios y &amp;tipos de socio…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add your own cultural domains and partner types</source>
        <translation>Añadir dominios culturales y tipos de socio propios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name each measure&apos;s history gives for the changes you make</source>
        <translation>El nombre que la historia de cada medida da a los cambios que usted hace</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Your Name…</source>
        <translation>Su nombre en el &amp;historial…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup Copies &amp;Kept…</source>
        <translation>Copias de seguridad que se &amp;guardan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many of the copies made without asking (when closing, before a merge, before a large import) are kept</source>
        <translation>Cuántas de las copias que se hacen sin preguntar (al cerrar, antes de combinar, antes de una importación grande) se guardan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset Columns</source>
        <translation>Restablecer columnas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Statistics</source>
        <translation>E&amp;stadísticas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count the measures of the view and their funding by goal, domain, country, year…</source>
        <translation>Cuenta las medidas de la vista y su financiación por objetivo, dominio, país, año…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Measures Catalogue</source>
        <translation>&amp;Acerca del Catálogo de Medidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Columns</source>
        <translation>&amp;Columnas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ort By</source>
        <translation>&amp;Ordenar por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toolbar</source>
        <translation>Barra de herramientas</translation>
    </message>
    <message>
        <location line="-629"/>
        <source>No automatic backup copy</source>
        <translation>Sin copia de seguridad automática</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The catalogue itself is saved, but its automatic backup copy could not be made (%1). Make one with File ▸ Back Up when you can.</source>
        <translation>El catálogo está guardado, pero no se pudo hacer su copia de seguridad automática (%1). Haga una con Archivo ▸ Copia de seguridad cuando pueda.</translation>
    </message>
    <message>
        <location line="+603"/>
        <source>Open a backup copy as a new catalogue</source>
        <translation>Abrir una copia de seguridad como un catálogo nuevo</translation>
    </message>
    <message>
        <location line="-616"/>
        <source>The catalogue was not closed cleanly</source>
        <translation>El catálogo no se cerró correctamente</translation>
    </message>
    <message numerus="yes">
        <location line="+337"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln seleccionada</numerusform>
            <numerusform>%Ln seleccionadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+198"/>
        <source>Delete the %Ln selected measure(s)?</source>
        <translation>
            <numerusform>¿Eliminar la medida seleccionada?</numerusform>
            <numerusform>¿Eliminar las %Ln medidas seleccionadas?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%Ln measure(s) deleted. Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>Se eliminó %Ln medida. Edición ▸ Deshacer la recupera.</numerusform>
            <numerusform>Se eliminaron %Ln medidas. Edición ▸ Deshacer las recupera.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Export View…</source>
        <translation>E&amp;xportar la vista…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the measures shown, with the visible columns, as an Excel workbook or CSV</source>
        <translation>Exporta las medidas que se muestran, con las columnas visibles, como libro de Excel o CSV</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Reading Pane</source>
        <translation>Panel de &amp;lectura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the selected measure beside the table</source>
        <translation>Mostrar la medida seleccionada junto a la tabla</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Copy saved.</source>
        <translation>Copia guardada.</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Save a Copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <location line="+237"/>
        <source>Save the whole catalogue under another name or in another folder; this window stays on the catalogue it has open</source>
        <translation>Guardar el catálogo entero con otro nombre o en otra carpeta; esta ventana sigue en el catálogo que tiene abierto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a checked copy of the whole catalogue in its backups folder</source>
        <translation>Guardar una copia comprobada del catálogo entero en su carpeta de copias de seguridad</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Save &amp;a Copy…</source>
        <translation>&amp;Guardar una copia…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How to find, enter, export, import and back up measures</source>
        <translation>Cómo buscar, registrar, exportar, importar y respaldar medidas</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>The measure was not opened</source>
        <translation>No se abrió la medida</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The copy was not made</source>
        <translation>No se hizo la copia</translation>
    </message>
</context>
<context>
    <name>MeasureCsvRow</name>
    <message>
        <location filename="../core/csv/measurecsvrow.cpp" line="+26"/>
        <source>The column “%1” appears twice. Keep only one.</source>
        <translation>La columna “%1” aparece dos veces. Deje solo una.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no title column. Every measure needs a title: add a column named “title” (or “Title” / “Título”).</source>
        <translation>No hay columna de título. Toda medida necesita un título: añada una columna llamada “title” (o “Title” / “Título”).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Unknown country “%1”. Use the ISO 3166 three-letter code (for example MEX or PER) or the country&apos;s name.</source>
        <translation>País desconocido: “%1”. Use el código ISO 3166 de tres letras (por ejemplo MEX o PER) o el nombre del país.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+26"/>
        <source>“%1” is not a value of %2. Use one of its codes or labels, separated by “;”.</source>
        <translation>“%1” no es un valor de %2. Use uno de sus códigos o etiquetas, separados por “;”.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>“%1” is not an answer to “%2”. Use yes, no or unknown (or Sí, No, No se sabe).</source>
        <translation>“%1” no es una respuesta a “%2”. Use yes, no o unknown (o Sí, No, No se sabe).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“%1” is not a measure identifier (UUID). Leave the cell empty for a new measure.</source>
        <translation>“%1” no es un identificador de medida (UUID). Deje la celda vacía para una medida nueva.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../core/platform/platformrow.cpp" line="+286"/>
        <source>“%1” is not a year. Write the report year with four digits, for example 2020.</source>
        <translation>“%1” no es un año. Escriba el año del informe con cuatro cifras, por ejemplo 2020.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>“%1” is not a status. Use draft or ready (Borrador, Lista).</source>
        <translation>“%1” no es un estado. Use draft o ready (Borrador, Lista).</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Unknown column “%1”. Columns are named by these keys or their labels in an interface language: %2.</source>
        <translation>Columna desconocida: “%1”. Las columnas se nombran con estas claves o con sus etiquetas en un idioma de la interfaz: %2.</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>The partner “%1” has no type of entity. Write it as “Name [type]”, for example “Ministry of Culture [public_sector]”.</source>
        <translation>El socio “%1” no tiene tipo de entidad. Escríbalo como “Nombre [tipo]”, por ejemplo “Ministerio de Cultura [public_sector]”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a type of entity for the partner “%2”. Use public_sector, private_sector, civil_society, international_organization or their labels.</source>
        <translation>“%1” no es un tipo de entidad para el socio “%2”. Use public_sector, private_sector, civil_society, international_organization o sus etiquetas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not a date and time. Use ISO 8601, for example 2026-11-22T09:30:00Z.</source>
        <translation>“%1” no es una fecha y hora. Use ISO 8601, por ejemplo 2026-11-22T09:30:00Z.</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>“%1” could be read two ways, because this file writes some amounts with a decimal comma and others with a decimal point. Write this amount without a thousands separator, for example 1500 or 1500.50.</source>
        <translation>“%1” puede leerse de dos maneras, porque este archivo escribe algunos montos con coma decimal y otros con punto decimal. Escriba este monto sin separador de miles, por ejemplo 1500 o 1500.50.</translation>
    </message>
</context>
<context>
    <name>MeasureEditor</name>
    <message>
        <location filename="../ui/editor/measureeditor.cpp" line="+167"/>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View Measure — %1</source>
        <translation>Ver medida — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Measure — %1</source>
        <translation>Nueva medida — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Measure — %1</source>
        <translation>Editar medida — %1</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The measure was not saved</source>
        <translation>La medida no se guardó</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What you typed is kept in the form.</source>
        <translation>Lo que escribió se conserva en el formulario.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This measure has changes that are not saved yet. Save them?</source>
        <translation>Esta medida tiene cambios que aún no se guardaron. ¿Guardarlos?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>This measure has changes that are not saved yet, and %n problem(s) to fix before it can be saved. Go back to the form to fix them, or discard the changes?</source>
        <translation>
            <numerusform>Esta medida tiene cambios que aún no se han guardado y %n problema que corregir antes de poder guardarla. ¿Volver al formulario para corregirlo, o descartar los cambios?</numerusform>
            <numerusform>Esta medida tiene cambios que aún no se han guardado y %n problemas que corregir antes de poder guardarla. ¿Volver al formulario para corregirlos, o descartar los cambios?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Back to the Form</source>
        <translation>&amp;Volver al formulario</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save the measure (Ctrl+S)</source>
        <translation>Guardar la medida (Ctrl+S)</translation>
    </message>
    <message numerus="yes">
        <location line="-156"/>
        <source>%n problem(s) to fix before saving: %1</source>
        <translation>
            <numerusform>Hay %n problema que corregir antes de guardar: %1</numerusform>
            <numerusform>Hay %n problemas que corregir antes de guardar: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy of a Measure — %1</source>
        <translation>Copia de una medida — %1</translation>
    </message>
</context>
<context>
    <name>MeasureField</name>
    <message>
        <location filename="../core/model/measurefield.cpp" line="+21"/>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report year</source>
        <translation>Año del informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible agencies</source>
        <translation>Organismos responsables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key objectives</source>
        <translation>Objetivos clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main features</source>
        <translation>Características principales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nature</source>
        <translation>Naturaleza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected results</source>
        <translation>Resultados esperados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results achieved</source>
        <translation>Resultados obtenidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding as reported</source>
        <translation>Financiamiento según el informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding (USD)</source>
        <translation>Financiamiento (USD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluated</source>
        <translation>Evaluada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation conclusions</source>
        <translation>Conclusiones de la evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convention goals</source>
        <translation>Objetivos de la Convención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring areas</source>
        <translation>Ámbitos de seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cultural domains</source>
        <translation>Dominios culturales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context of the measure</source>
        <translation>Contexto de la medida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cultural value chain</source>
        <translation>Cadena de valor cultural</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aimed at groups of Article 7</source>
        <translation>Dirigida a grupos del artículo 7</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aimed at young people</source>
        <translation>Dirigida a los jóvenes</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Targeted individuals and groups</source>
        <translation>Personas y grupos destinatarios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IFCD funding</source>
        <translation>Financiación del FIDC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To implement the Convention</source>
        <translation>Para aplicar la Convención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To nurture policy discussion</source>
        <translation>Para alimentar el debate sobre políticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For reasons unrelated to the Convention</source>
        <translation>Por motivos ajenos a la Convención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Innovative</source>
        <translation>Innovadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level of the evaluation</source>
        <translation>Nivel de la evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact indicators</source>
        <translation>Indicadores de impacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sustainable Development Goals</source>
        <translation>Objetivos de Desarrollo Sostenible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special categories</source>
        <translation>Categorías especiales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title on the platform</source>
        <translation>Título en la plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform measure ID</source>
        <translation>ID de la medida en la plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform report ID</source>
        <translation>ID del informe en la plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page on the platform</source>
        <translation>Página en la plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canonical page on the platform</source>
        <translation>Página canónica en la plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values kept as written</source>
        <translation>Valores conservados tal como se escribieron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last changed</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing for the report</source>
        <translation>Falta para el informe</translation>
    </message>
</context>
<context>
    <name>MeasureFieldShort</name>
    <message>
        <location line="+78"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agencies</source>
        <translation>Organismos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Areas</source>
        <translation>Ámbitos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domains</source>
        <translation>Dominios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conclusions</source>
        <translation>Conclusiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding</source>
        <translation>Financiamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
</context>
<context>
    <name>MeasureForm</name>
    <message>
        <location filename="../ui/editor/measureform.cpp" line="+481"/>
        <source>Identification</source>
        <translation>Identificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope and nature</source>
        <translation>Alcance y naturaleza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding</source>
        <translation>Financiamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals and domains</source>
        <translation>Objetivos y dominios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From earlier report forms</source>
        <translation>De formularios de informes anteriores</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 *:</source>
        <comment>a required field&apos;s label</comment>
        <translation>%1 *:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1:</source>
        <comment>a field&apos;s label</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goals and monitoring areas:</source>
        <translation>Objetivos y ámbitos de seguimiento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the policy, programme or law (required)</source>
        <translation>Nombre de la política, el programa o la ley (obligatorio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type or choose a country</source>
        <translation>Escriba o elija un país</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ministry of Culture; Ministry of Foreign Affairs</source>
        <translation>Ministerio de Cultura; Ministerio de Relaciones Exteriores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the report states it, e.g. “CAD 2.5 million (or USD 1.8 million) annually”</source>
        <translation>Tal como lo indica el informe, p. ej. “CAD 2,5 millones (o USD 1,8 millones) anuales”</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>e.g. %1</source>
        <translation>p. ej. %1</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>The line breaks pasted into the title became spaces: a title is one line.</source>
        <translation>Los saltos de línea pegados en el título se convirtieron en espacios: un título es una sola línea.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Amount in US dollars, in the format of the interface language.</source>
        <translation>Monto en dólares estadounidenses, en el formato del idioma de la interfaz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners are shared across the catalogue: a partner&apos;s type of entity is the same in every measure that names it.</source>
        <translation>Los socios son comunes a todo el catálogo: el tipo de entidad de un socio es el mismo en todas las medidas que lo nombran.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking a monitoring area also checks its Convention goal.</source>
        <translation>Al marcar un ámbito de seguimiento se marca también su objetivo de la Convención.</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>Type the year in digits, e.g. %1.</source>
        <translation>Escriba el año en cifras, p. ej. %1.</translation>
    </message>
</context>
<context>
    <name>MeasureHtml</name>
    <message>
        <location filename="../ui/models/measurehtml.cpp" line="+114"/>
        <source>Needs attention:</source>
        <translation>Requiere atención:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identification</source>
        <translation>Identificación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope and nature</source>
        <translation>Alcance y naturaleza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funding</source>
        <translation>Financiamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goals, areas and domains</source>
        <translation>Objetivos, ámbitos y dominios</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>From earlier report forms</source>
        <translation>De formularios de informes anteriores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
</context>
<context>
    <name>MeasureIdLoader</name>
    <message>
        <location filename="../ui/models/measureidloader.cpp" line="+38"/>
        <source>The catalogue is not open for searching.</source>
        <translation>El catálogo no está abierto para buscar.</translation>
    </message>
</context>
<context>
    <name>MeasureJson</name>
    <message>
        <location filename="../core/team/measurejson.cpp" line="+96"/>
        <source>a measure&apos;s content is larger than any this app makes (%1 bytes).</source>
        <translation>el contenido de una medida es mayor que cualquiera que haga esta aplicación (%1 bytes).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a measure&apos;s content is not what this app writes (%1).</source>
        <translation>el contenido de una medida no es lo que escribe esta aplicación (%1).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a measure&apos;s field “%1” holds a value of the wrong kind.</source>
        <translation>el campo “%1” de una medida tiene un valor de un tipo equivocado.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a measure&apos;s content lacks its field “%1”.</source>
        <translation>al contenido de una medida le falta su campo “%1”.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>a measure&apos;s content has a field “%1” this version does not know: update Measures Catalogue.</source>
        <translation>el contenido de una medida tiene un campo “%1” que esta versión no conoce: actualice Catálogo de Medidas.</translation>
    </message>
</context>
<context>
    <name>MeasureStore</name>
    <message>
        <location filename="../core/store/measurestore.cpp" line="+147"/>
        <location line="+11"/>
        <location line="+19"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelado: no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>MeasureTableView</name>
    <message>
        <location filename="../ui/widgets/measuretableview.cpp" line="+408"/>
        <source>&amp;Reset Columns</source>
        <translation>&amp;Restablecer columnas</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Ascending</source>
        <translation>&amp;Ascendente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Descending</source>
        <translation>&amp;Descendente</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This catalogue has no measures yet.
Add the first one, import a CSV file with File ▸ Import ▸ From a CSV File, or bring in the last report&apos;s measures with File ▸ Import ▸ From the Policy Monitoring Platform.</source>
        <translation>Este catálogo aún no tiene medidas.
Añada la primera, importe un archivo CSV con Archivo ▸ Importar ▸ Desde un archivo CSV, o traiga las medidas del último informe con Archivo ▸ Importar ▸ Desde la Plataforma de Seguimiento de Políticas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No measure matches these filters.</source>
        <translation>Ninguna medida coincide con estos filtros.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Measure</source>
        <translation>Nueva medida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear Filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The measures the search and filters find. Enter or F2 opens one; Delete deletes the selected ones.</source>
        <translation>Las medidas que encuentran la búsqueda y los filtros. Intro o F2 abre una; Supr elimina las seleccionadas.</translation>
    </message>
</context>
<context>
    <name>MeasureValidator</name>
    <message>
        <location filename="../core/model/measurevalidator.cpp" line="+92"/>
        <source>Every measure needs a title. Type the name of the policy or programme.</source>
        <translation>Toda medida necesita un título. Escriba el nombre de la política o del programa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every measure needs a title, and this one has none.</source>
        <translation>Toda medida necesita un título, y esta no tiene ninguno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The title is too long: at most %L1 characters.</source>
        <translation>El título es demasiado largo: como máximo %L1 caracteres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report year must be between %1 and %2, or left empty.</source>
        <translation>El año del informe debe estar entre %1 y %2, o quedar vacío.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The amount cannot be negative.</source>
        <translation>El monto no puede ser negativo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount is too large.</source>
        <translation>El monto es demasiado grande.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The website must be a web address starting with http:// or https://, for example https://en.unesco.org/creativity.</source>
        <translation>El sitio web debe ser una dirección que empiece con http:// o https://, por ejemplo https://es.unesco.org/creativity.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>“%1” is not an ISO 3166 country code. Pick the country from the list.</source>
        <translation>“%1” no es un código de país ISO 3166. Elija el país de la lista.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not an ISO 3166 country code.</source>
        <translation>“%1” no es un código de país ISO 3166.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluated must be yes, no or not known.</source>
        <translation>“Evaluada” debe ser sí, no o no se sabe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The status must be draft or ready.</source>
        <translation>El estado debe ser borrador o lista.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be yes, no or not known.</source>
        <translation>%1 debe ser sí, no o no se sabe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a stage of the cultural value chain.</source>
        <translation>“%1” no es una etapa de la cadena de valor cultural.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not a known value of %2.</source>
        <translation>“%1” no es un valor conocido de %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A partner has a type but no name. Type the partner&apos;s name or remove the row.</source>
        <translation>Un socio tiene tipo, pero no nombre. Escriba el nombre del socio o quite la fila.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A partner has a type but no name.</source>
        <translation>Un socio tiene tipo pero no nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the type of entity of the partner “%1”.</source>
        <translation>Elija el tipo de entidad del socio “%1”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The partner “%1” has no type of entity this catalogue knows.</source>
        <translation>El socio “%1” no tiene un tipo de entidad que este catálogo conozca.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The partner “%1” is listed twice.</source>
        <translation>El socio “%1” figura dos veces.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A partner&apos;s name is too long: at most %L1 characters.</source>
        <translation>El nombre de un socio es demasiado largo: como máximo %L1 caracteres.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+5"/>
        <source>%1 is too long: at most %L2 characters.</source>
        <translation>El campo “%1” es demasiado largo: como máximo %L2 caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 contains a NUL character, which is not text. Remove it.</source>
        <translation>%1 contiene un carácter NUL, que no es texto. Elimínelo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not a measure identifier (a UUID in lower case, such as 3f2b8c1e-5d4a-4e6f-9b7c-2a1d0e9f8c7b).</source>
        <translation>“%1” no es un identificador de medida (un UUID en minúsculas, como 3f2b8c1e-5d4a-4e6f-9b7c-2a1d0e9f8c7b).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is %2, which is in the future. Correct the date (or the clock of the computer that wrote it), or leave it empty.</source>
        <translation>%1 es %2, una fecha futura. Corrija la fecha (o el reloj del ordenador que la escribió), o déjela vacía.</translation>
    </message>
</context>
<context>
    <name>MeasureWriter</name>
    <message>
        <location filename="../core/store/measurewriter.cpp" line="+303"/>
        <source>the measure is no longer in the catalogue</source>
        <translation>la medida ya no está en el catálogo</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <location filename="../core/merge/merge.cpp" line="-386"/>
        <source>“%1” is called “%2” in their catalogue; the name here is kept.</source>
        <translation>“%1” se llama “%2” en su catálogo; se conserva el nombre de aquí.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The catalogues could not be read to compare them (%1). Nothing was merged.</source>
        <translation>No se pudieron leer los catálogos para compararlos (%1). No se combinó nada.</translation>
    </message>
    <message>
        <location line="+284"/>
        <source>In “%1”: %2 Nothing was merged: ask for the catalogue again as the app saved it, or for a CSV export of it to import.</source>
        <translation>En “%1”: %2 No se combinó nada: pida de nuevo el catálogo tal como lo guardó la aplicación, o una exportación CSV para importarla.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>This catalogue is damaged: %1 Nothing was merged: a backup copy of it, made before, is the way back.</source>
        <translation>Este catálogo está dañado: %1 No se combinó nada: una copia de seguridad hecha antes permite volver atrás.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This catalogue is damaged: %1 Nothing was merged: File ▸ Restore from Backup… opens a copy made before.</source>
        <translation>Este catálogo está dañado: %1 No se combinó nada: Archivo ▸ Restaurar desde una copia… abre una copia hecha antes.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+13"/>
        <source>a measure listed was not found</source>
        <translation>no se encontró una de las medidas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The comparison was cancelled. Nothing was merged.</source>
        <translation>Se canceló la comparación. No se fusionó nada.</translation>
    </message>
    <message numerus="yes">
        <location line="+205"/>
        <source>%n conflict(s) still need a side. Nothing was merged.</source>
        <translation>
            <numerusform>%n conflicto aún necesita un lado. No se combinó nada.</numerusform>
            <numerusform>%n conflictos aún necesitan un lado. No se combinó nada.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First, a backup copy of the catalogue as it is…</source>
        <translation>Primero, una copia de seguridad del catálogo tal como está…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was merged: the backup copy made first failed (%1).</source>
        <translation>No se combinó nada: falló la copia de seguridad previa (%1).</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>“%1” cannot be merged: %2</source>
        <translation>“%1” no se puede combinar: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The merge was cancelled. Nothing was merged.</source>
        <translation>Se canceló la fusión. No se fusionó nada.</translation>
    </message>
    <message>
        <location line="-492"/>
        <source>This catalogue changed since the merge was previewed. Nothing was merged; merge again to see what it would do now.</source>
        <translation>Este catálogo cambió desde la vista previa de la combinación. No se combinó nada; vuelva a combinar para ver lo que haría ahora.</translation>
    </message>
    <message>
        <location filename="../core/merge/duplicatemerge.cpp" line="+76"/>
        <source>One of the two measures changed or was deleted meanwhile. Nothing was merged; look at them again.</source>
        <translation>Una de las dos medidas cambió o se eliminó entretanto. No se unió nada; vuelva a mirarlas.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../ui/dialogs/mergedialog.cpp" line="+171"/>
        <source>Merge Catalogue</source>
        <translation>Combinar catálogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge “%1” into “%2”</source>
        <translation>Combinar “%1” con “%2”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+118"/>
        <source>Yours</source>
        <translation>La de aquí</translation>
    </message>
    <message>
        <location line="-118"/>
        <location line="+119"/>
        <location line="+76"/>
        <source>Theirs</source>
        <translation>La del colega</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take &amp;Theirs for This Measure</source>
        <translation>&amp;Tomar la del colega en esta medida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Merge</source>
        <translation>Co&amp;mbinar</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>“%1” brings nothing new: every measure in it is here already, the same or with later changes made here.</source>
        <translation>“%1” no trae nada nuevo: todas sus medidas ya están aquí, iguales o con cambios hechos aquí después.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Partner: %1</source>
        <translation>Socio: %1</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Cancel the Merge?</source>
        <translation>¿Cancelar la combinación?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel the merge and forget the sides you picked? Nothing has been merged yet.</source>
        <translation>¿Cancelar la combinación y olvidar los lados que eligió? Aún no se ha combinado nada.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Their own values added to your lists: %1.</source>
        <translation>Valores propios del colega que se añaden a sus listas: %1.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Keep &amp;Yours for This Measure</source>
        <translation>&amp;Conservar la de aquí en esta medida</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The partner “%1” has another type in their catalogue. One type serves every measure that names it.</source>
        <translation>El socio “%1” tiene otro tipo en el catálogo del colega. Un solo tipo sirve para todas las medidas que lo nombran.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Brought back by the undo</source>
        <translation>Recuperada al deshacer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted by the undo</source>
        <translation>Eliminada al deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As they have it</source>
        <translation>Como la tiene el colega</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You changed this measure; your colleague deleted it. Keep yours, or delete it?</source>
        <translation>Usted cambió esta medida; su colega la eliminó. ¿Conservar la de aquí o eliminarla?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You deleted this measure; your colleague changed it. Keep it deleted, or bring theirs back?</source>
        <translation>Usted eliminó esta medida; su colega la cambió. ¿Dejarla eliminada o recuperar la de su colega?</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>The whole measure</source>
        <translation>La medida entera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>Cambiada</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <location line="+41"/>
        <source>Deleted</source>
        <translation>Eliminada</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>Synchronize with the Team</source>
        <translation>Sincronizar con el equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the team “%1” pushed meets what you changed in “%2”</source>
        <translation>Lo que envió el equipo “%1” se encuentra con lo que usted cambió en “%2”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the team “%1” pushed, to bring into “%2”</source>
        <translation>Lo que envió el equipo “%1”, para traerlo a “%2”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the team&apos;s changes like this before e&amp;very synchronize (otherwise only when they meet yours)</source>
        <translation>Mostrar así los cambios del equipo antes de cada sincroni&amp;zación (si no, solo cuando se encuentran con los suyos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team&apos;s</source>
        <translation>La del equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team&apos;s changes</source>
        <translation>Los cambios del equipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the merge brings</source>
        <translation>Lo que trae la combinación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields, yours and theirs</source>
        <translation>Campos: la versión de aquí y la del colega</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the &amp;Team&apos;s for This Measure</source>
        <translation>&amp;Tomar la del equipo en esta medida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Yours for &amp;All Undecided</source>
        <translation>Conservar la de aquí en to&amp;dos los pendientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take Theirs for A&amp;ll Undecided</source>
        <translation>Tomar la del colega en todo&amp;s los pendientes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take the Team&apos;s for A&amp;ll Undecided</source>
        <translation>Tomar la del equipo en todo&amp;s los pendientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Synchronize</source>
        <translation>Si&amp;ncronizar</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>✔ Yours: partner %1</source>
        <translation>✔ La de aquí: socio %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ Theirs: partner %1</source>
        <translation>✔ La del colega: socio %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Undoing a merge here brought this measure back after their deletion came in. Keep yours, or delete it as they did?</source>
        <translation>Al deshacer una combinación aquí se recuperó esta medida después de recibir su eliminación. ¿Conservar la de aquí o eliminarla como hizo el colega?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undoing a merge here deleted their version of this measure. Keep it deleted, or bring theirs back?</source>
        <translation>Al deshacer una combinación aquí se eliminó la versión del colega de esta medida. ¿Dejarla eliminada o recuperar la del colega?</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Keep yours</source>
        <translation>Conservar la de aquí</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>Keep it deleted</source>
        <translation>Mantenerla eliminada</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>Bring theirs back</source>
        <translation>Recuperar la del colega</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>Delete it</source>
        <translation>Eliminarla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both of you changed some of the fields below; undoing a merge here took their version of the others away. Pick a side for each; whatever you pick, they are not asked about again.</source>
        <translation>Los dos cambiaron algunos de los campos de abajo; al deshacer una combinación aquí se quitó la versión del colega de los demás. Elija un lado para cada uno; elija lo que elija, no se vuelve a preguntar por ellos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undoing a merge here took their version of the fields below away. Pick theirs where you want it after all; whatever you pick, they are not asked about again.</source>
        <translation>Al deshacer una combinación aquí se quitó la versión del colega de los campos de abajo. Elija la del colega donde la prefiera; elija lo que elija, no se vuelve a preguntar por ellos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both of you changed the fields below; you picked a side for each.</source>
        <translation>Ambos cambiaron los campos de abajo; usted eligió un lado para cada uno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both of you changed the fields marked “Choose…” since you last shared this measure. Pick a side for each.</source>
        <translation>Ambos cambiaron los campos marcados “Elegir…” desde la última vez que compartieron esta medida. Elija un lado para cada uno.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Changed here since you last shared it</source>
        <translation>Cambiado aquí desde la última vez que la compartieron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed there since you last shared it</source>
        <translation>Cambiado allí desde la última vez que la compartieron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs (changed only there)</source>
        <translation>La del colega (solo cambió allí)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yours (changed only here)</source>
        <translation>La de aquí (solo cambió aquí)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Nothing to merge.</source>
        <translation>Nada que combinar.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conflict(s) still need a side: pick one per field (in the table, ← yours, → theirs), per measure, or for all.</source>
        <translation>
            <numerusform>%n conflicto aún necesita un lado: elija uno por campo (en la tabla, ← la de aquí, → la del colega), por medida o para todos.</numerusform>
            <numerusform>%n conflictos aún necesitan un lado: elija uno por campo (en la tabla, ← la de aquí, → la del colega), por medida o para todos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merging now changes no measure here: the histories record the sides you picked, so they are not asked again.</source>
        <translation>Combinar ahora no cambia ninguna medida aquí: los historiales guardan los lados que eligió, así que no se vuelve a preguntar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synchronizing now: %1, then what changed here is sent to the team. Edit ▸ Undo takes the team&apos;s changes back out of this catalogue, as a change of yours.</source>
        <translation>Si sincroniza ahora: %1; después se envía al equipo lo que cambió aquí. Edición ▸ Deshacer vuelve a sacar de este catálogo los cambios del equipo, como un cambio suyo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synchronizing now: %1, then what changed here is sent to the team. This is too large to undo: a backup copy of this catalogue is made first, and File ▸ Restore from Backup opens it as it was.</source>
        <translation>Si sincroniza ahora: %1; después se envía al equipo lo que cambió aquí. Es demasiado grande para deshacerlo: antes se hace una copia de seguridad de este catálogo, y Archivo ▸ Restaurar desde una copia lo abre tal como estaba.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merging now: %1. This merge is too large to undo, and earlier steps can no longer be undone either: a backup copy of this catalogue is made first, and File ▸ Restore from Backup opens the catalogue as it was.</source>
        <translation>Si combina ahora: %1. Esta combinación es demasiado grande para deshacerla, y los pasos anteriores tampoco se podrán deshacer: antes se hace una copia de seguridad de este catálogo, y Archivo ▸ Restaurar desde una copia abre el catálogo tal como estaba.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merging now: %1. A backup copy of this catalogue is made first, and Edit ▸ Undo takes the whole merge back.</source>
        <translation>Si combina ahora: %1. Antes se hace una copia de seguridad de este catálogo, y Edición ▸ Deshacer revierte toda la combinación.</translation>
    </message>
</context>
<context>
    <name>MergeSource</name>
    <message>
        <location filename="../core/merge/mergesource.cpp" line="+20"/>
        <source>“%1” is the catalogue being merged into: merging it into itself would change nothing. Choose a colleague&apos;s catalogue.</source>
        <translation>“%1” es el catálogo en el que se combina: combinarlo consigo mismo no cambiaría nada. Elija el catálogo de un colega.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The catalogue “%1” is open for editing in another program (%2). Close it there, then run the merge again.</source>
        <translation>El catálogo “%1” está abierto para edición en otro programa (%2). Ciérrelo allí y ejecute la combinación de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalogue “%1” is open for editing in another window (%2). Close it there, then merge it.</source>
        <translation>El catálogo “%1” está abierto para edición en otra ventana (%2). Ciérrelo allí y luego combínelo.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“%1” could not be read: no temporary folder for an upgraded copy (%2).</source>
        <translation>No se pudo leer “%1”: no hay carpeta temporal para una copia actualizada (%2).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is of an older format, and upgrading a copy of it for the merge failed (%2). Nothing was merged, and “%1” was left as it is.</source>
        <translation>“%1” tiene un formato anterior, y falló la actualización de una copia suya para la combinación (%2). No se combinó nada, y “%1” quedó como estaba.</translation>
    </message>
</context>
<context>
    <name>MergeText</name>
    <message>
        <location filename="../core/merge/mergetext.cpp" line="+11"/>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated from theirs</source>
        <translation>Actualizada con la del colega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both changes kept</source>
        <translation>Se conservan ambos cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Eliminada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept as it is here</source>
        <translation>Se conserva como está aquí</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2</source>
        <comment>kind of change: measure</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <comment>change: what it changes</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>brought back here by undoing a merge, deleted in theirs</source>
        <translation>recuperada aquí al deshacer una combinación, eliminada en la del colega</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deleted here by undoing a merge, still in theirs</source>
        <translation>eliminada aquí al deshacer una combinación, sigue en la del colega</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed here, deleted in theirs</source>
        <translation>cambiada aquí, eliminada en la del colega</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deleted here, changed in theirs</source>
        <translation>eliminada aquí, cambiada en la del colega</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>undone here: %1</source>
        <translation>deshecho aquí: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; undone here: %2</source>
        <translation>%1; deshecho aquí: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deleted here, brought back in theirs</source>
        <translation>eliminada aquí, recuperada en la del colega</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>✔ Yours</source>
        <translation>✔ La de aquí</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+2"/>
        <source>✔ Theirs</source>
        <translation>✔ La del colega</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ Yours, with their other changes</source>
        <translation>✔ La de aquí, con los demás cambios del colega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ Some fields each</source>
        <translation>✔ Algunos campos de cada una</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conflict: partner “%1” is “%2” here and “%3” in theirs</source>
        <translation>Conflicto: el socio “%1” es “%2” aquí y “%3” en la del colega</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partner “%1”: now “%2” (changed in theirs; “%3” here until now)</source>
        <translation>Socio “%1”: ahora “%2” (cambiado en el catálogo del colega; aquí era “%3” hasta ahora)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New type of partner: “%1”</source>
        <translation>Nuevo tipo de socio: “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New cultural domain: “%1”</source>
        <translation>Nuevo dominio cultural: “%1”</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln añadida</numerusform>
            <numerusform>%Ln añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln updated from theirs</source>
        <translation>
            <numerusform>%Ln actualizada con la del colega</numerusform>
            <numerusform>%Ln actualizadas con las del colega</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln with both sides&apos; changes</source>
        <translation>
            <numerusform>%Ln con cambios de ambos lados</numerusform>
            <numerusform>%Ln con cambios de ambos lados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln deleted</source>
        <translation>
            <numerusform>%Ln eliminada</numerusform>
            <numerusform>%Ln eliminadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln kept as they are here</source>
        <translation>
            <numerusform>%Ln se conserva como está aquí</numerusform>
            <numerusform>%Ln se conservan como están aquí</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflicto</numerusform>
            <numerusform>%Ln conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%Ln decided)</source>
        <translation>
            <numerusform>(%Ln decidido)</numerusform>
            <numerusform>(%Ln decididos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln partner type(s) taken from theirs</source>
        <translation>
            <numerusform>%Ln tipo de socio tomado del catálogo del colega</numerusform>
            <numerusform>%Ln tipos de socio tomados del catálogo del colega</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln new list value(s)</source>
        <translation>
            <numerusform>%Ln valor nuevo de lista</numerusform>
            <numerusform>%Ln valores nuevos de lista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln list value(s) named in another language</source>
        <translation>
            <numerusform>%Ln valor de lista con nombre en otro idioma</numerusform>
            <numerusform>%Ln valores de lista con nombre en otro idioma</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merging “%1”: %2.</source>
        <translation>Combinación de “%1”: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n measure(s) added</source>
        <translation>
            <numerusform>%n medida añadida</numerusform>
            <numerusform>%n medidas añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n measure(s) changed</source>
        <translation>
            <numerusform>%n medida cambiada</numerusform>
            <numerusform>%n medidas cambiadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n measure(s) deleted</source>
        <translation>
            <numerusform>%n medida eliminada</numerusform>
            <numerusform>%n medidas eliminadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n partner type(s) changed</source>
        <translation>
            <numerusform>%n tipo de socio cambiado</numerusform>
            <numerusform>%n tipos de socio cambiados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no measure changes here</source>
        <translation>ninguna medida cambia aquí</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../core/catalogue/migrations.cpp" line="+187"/>
        <source>the upgrade script %1 is missing from this program</source>
        <translation>a este programa le falta el script de actualización %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>upgrade step %1: %2</source>
        <translation>paso de actualización %1: %2</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../core/model/money.cpp" line="+57"/>
        <source>The amount cannot be negative. Type the amount in US dollars, for example %1.</source>
        <translation>El monto no puede ser negativo. Escriba el monto en dólares estadounidenses, por ejemplo %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+14"/>
        <location line="+6"/>
        <location line="+4"/>
        <source>“%1” is not an amount. Type digits, for example %2.</source>
        <translation>“%1” no es un monto. Escriba cifras, por ejemplo %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amounts have at most two decimals (cents). Check “%1”.</source>
        <translation>Los montos tienen como máximo dos decimales (centavos). Revise “%1”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amount is too large. Amounts up to %1 are accepted.</source>
        <translation>El monto es demasiado grande. Se aceptan montos de hasta %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>USD %1</source>
        <comment>an amount in US dollars</comment>
        <translation>USD %1</translation>
    </message>
</context>
<context>
    <name>NetworkDrive</name>
    <message>
        <location filename="../core/catalogue/networkdrive.cpp" line="+24"/>
        <source>This catalogue is on a network drive (%1). If two computers open it at the same time it can be damaged. Copy it to this computer to work on it, and copy it back when you are done.</source>
        <translation>Este catálogo está en una unidad de red (%1). Si dos equipos lo abren a la vez, puede dañarse. Cópielo a este equipo para trabajar en él y vuelva a copiarlo cuando termine.</translation>
    </message>
</context>
<context>
    <name>PartnerListEditor</name>
    <message>
        <location filename="../ui/editor/partnerlisteditor.cpp" line="+82"/>
        <location line="+88"/>
        <source>Type of entity…</source>
        <translation>Tipo de entidad…</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+74"/>
        <source>Partner&apos;s name</source>
        <translation>Nombre del socio</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+66"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+66"/>
        <source>Remove this partner from the measure</source>
        <translation>Quitar este socio de la medida</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&amp;Add Partner</source>
        <translation>Añadir &amp;socio</translation>
    </message>
</context>
<context>
    <name>PartnerStore</name>
    <message>
        <location filename="../core/store/partnerstore.cpp" line="+128"/>
        <source>A partner needs a name.</source>
        <translation>Un socio necesita un nombre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another partner is already called “%1”. To make them one, select both and choose Merge.</source>
        <translation>Ya hay otro socio llamado “%1”. Para unirlos, seleccione ambos y elija Fusionar.</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>This partner is named in %n measure(s), so it cannot be deleted. Remove it from those measures, or merge it into another partner.</source>
        <translation>
            <numerusform>Este socio figura en %n medida, por eso no se puede eliminar. Quítelo de esa medida o fusiónelo con otro socio.</numerusform>
            <numerusform>Este socio figura en %n medidas, por eso no se puede eliminar. Quítelo de esas medidas o fusiónelo con otro socio.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <location filename="../ui/dialogs/partnersdialog.cpp" line="+130"/>
        <source>Measures that name “%1”:</source>
        <translation>Medidas que nombran a “%1”:</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>Merge partners</source>
        <translation>Fusionar socios</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Select two or more partners (Ctrl+click) to merge them into one.</source>
        <translation>Seleccione dos o más socios (Ctrl+clic) para fusionarlos en uno.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+5"/>
        <location line="+2"/>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Measures that name the selected partner</source>
        <translation>Medidas que nombran al socio seleccionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every partner named in the catalogue. Double-click a name to rename it; the change applies to every measure that names it.</source>
        <translation>Todos los socios nombrados en el catálogo. Haga doble clic en un nombre para cambiarlo; el cambio se aplica a todas las medidas que lo nombran.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type of entity</source>
        <translation>Tipo de entidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures that name the selected partner:</source>
        <translation>Medidas que nombran al socio seleccionado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge Selected…</source>
        <translation>Fusionar seleccionados…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Unused</source>
        <translation>Eliminar los no usados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletes the selected partners if no measure names them.</source>
        <translation>Elimina los socios seleccionados si ninguna medida los nombra.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Keep which name? The other partners are replaced by it in every measure. Edit ▸ Undo in the catalogue window undoes the merge.</source>
        <translation>¿Qué nombre se conserva? Los demás socios se reemplazan por él en todas las medidas. Edición ▸ Deshacer, en la ventana del catálogo, revierte la fusión.</translation>
    </message>
</context>
<context>
    <name>PlatformRow</name>
    <message>
        <location filename="../core/platform/platformrow.cpp" line="-39"/>
        <source>“%1” is not a value of %2 that this catalogue knows; it was kept as written in “%3”.</source>
        <translation>“%1” no es un valor de %2 que este catálogo conozca; se conservó tal como está escrito en “%3”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The column “%1” has no field of its own; its value was kept as written in “%2”.</source>
        <translation>La columna “%1” no tiene un campo propio; su valor se conservó tal como está escrito en “%2”.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This row has no measure ID. Every row of the platform&apos;s export has one: export the view again.</source>
        <translation>Esta fila no tiene ID de medida. Todas las filas de la exportación de la plataforma tienen uno: vuelva a exportar la vista.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>A partner&apos;s name is longer than %L1 characters; it was kept as written in “%2”.</source>
        <translation>El nombre de un socio tiene más de %L1 caracteres; se conservó tal como está escrito en “%2”.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>“%1” is not a web address starting with http:// or https://; it was kept as written in “%2”.</source>
        <translation>“%1” no es una dirección web que empiece por http:// o https://; se conservó tal como está escrita en “%2”.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyPolicy</name>
    <message>
        <location filename="../core/catalogue/readonlypolicy.cpp" line="+66"/>
        <source>This catalogue is open read-only. You can search and export, but not change it.</source>
        <translation>Este catálogo está abierto en modo de solo lectura. Puede buscar y exportar, pero no modificarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This catalogue file is read-only, so it cannot be changed. Copy it to a folder where you can write, or ask for write permission.</source>
        <translation>El archivo de este catálogo es de solo lectura, así que no se puede cambiar. Cópielo a una carpeta en la que pueda escribir, o solicite permiso de escritura.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This catalogue file is read-only, so it is open for viewing only. To edit it, save a copy with File ▸ Save a Copy, or ask for write permission.</source>
        <translation>El archivo de este catálogo es de solo lectura, por eso está abierto solo para consulta. Para editarlo, guarde una copia con Archivo ▸ Guardar una copia, o solicite permiso de escritura.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder of this catalogue is read-only, so it cannot be changed. Copy it to a folder where you can write.</source>
        <translation>La carpeta de este catálogo es de solo lectura, así que no se puede cambiar. Cópielo a una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder of this catalogue is read-only, so it is open for viewing only. To edit it, save a copy in a folder where you can write with File ▸ Save a Copy.</source>
        <translation>La carpeta de este catálogo es de solo lectura, por eso está abierto solo para consulta. Para editarlo, use Archivo ▸ Guardar una copia y elija una carpeta en la que pueda escribir.</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <location filename="../core/model/readiness.cpp" line="+34"/>
        <source>no Convention goal</source>
        <translation>sin objetivo de la Convención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no cultural domain</source>
        <translation>sin dominio cultural</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>main features not described</source>
        <translation>sin describir las características principales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no results, expected or achieved</source>
        <translation>sin resultados, esperados ni obtenidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evaluation not known</source>
        <translation>evaluación desconocida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no funding, as reported or in USD</source>
        <translation>sin financiación, ni declarada ni en USD</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message numerus="yes">
        <location filename="../ui/widgets/readingpane.cpp" line="+81"/>
        <source>%Ln measures selected.</source>
        <translation>
            <numerusform>%Ln medida seleccionada.</numerusform>
            <numerusform>%Ln medidas seleccionadas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a measure in the table to read it here.</source>
        <translation>Seleccione una medida en la tabla para leerla aquí.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>View…</source>
        <translation>Ver…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading pane</source>
        <translation>Panel de lectura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The selected measure</source>
        <translation>La medida seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History of the selected measure</source>
        <translation>Historial de la medida seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who changed this measure, what and when</source>
        <translation>Quién cambió esta medida, qué y cuándo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this measure in the form (F2)</source>
        <translation>Editar esta medida en el formulario (F2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>View this measure in the form, read-only (F2)</source>
        <translation>Ver esta medida en el formulario, solo lectura (F2)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../core/report/report.cpp" line="+42"/>
        <source>The report cannot be written to “%1” (%2). Choose a folder where you can write.</source>
        <translation>No se puede escribir el informe en “%1” (%2). Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../core/report/reportcontent.cpp" line="+384"/>
        <source>Cultural policy measures</source>
        <translation>Medidas de política cultural</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/report/reportcontent.cpp" line="-3"/>
        <source>Measures Catalogue</source>
        <translation>Catálogo de Medidas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The report cannot be written to “%1” (%2). Check that the disk has free space.</source>
        <translation>No se puede escribir el informe en “%1” (%2). Compruebe que el disco tiene espacio libre.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>This report would run to %1 pages, more than one report can hold (about %2 at this printer&apos;s resolution). Narrow the view, by goal, country or year, and make a report of each part.</source>
        <translation>Este informe tendría %1 páginas, más de las que cabe en un informe (unas %2 con la resolución de esta impresora). Acote la vista por objetivo, país o año, y haga un informe de cada parte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The report could not be started on this printer or file.</source>
        <translation>No se pudo empezar el informe en esta impresora o archivo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The printer or file stopped taking pages (page %1).</source>
        <translation>La impresora o el archivo dejó de aceptar páginas (página %1).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The report could not be finished on this printer or file.</source>
        <translation>No se pudo terminar el informe en esta impresora o archivo.</translation>
    </message>
    <message>
        <location filename="../core/report/reportcontent.cpp" line="-160"/>
        <source>Measures by Convention goal</source>
        <translation>Medidas por objetivo de la Convención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures by monitoring area</source>
        <translation>Medidas por ámbito de seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures by cultural domain</source>
        <translation>Medidas por dominio cultural</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures by scope</source>
        <translation>Medidas por alcance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures by nature</source>
        <translation>Medidas por naturaleza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures by country</source>
        <translation>Medidas por país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures by report year</source>
        <translation>Medidas por año del informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures by type of partner</source>
        <translation>Medidas por tipo de socio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures by status</source>
        <translation>Medidas por estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures by evaluation</source>
        <translation>Medidas por evaluación</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(untitled measure)</source>
        <translation>(medida sin título)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Funding</source>
        <translation>Financiamiento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Still missing for the report: %1</source>
        <translation>Falta aún para el informe: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+7"/>
        <location line="+52"/>
        <source>Reading the catalogue failed while the report was made (%1).</source>
        <translation>Falló la lectura del catálogo mientras se hacía el informe (%1).</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Prepared for the quadrennial periodic report on the 2005 Convention on the Protection and Promotion of the Diversity of Cultural Expressions</source>
        <translation>Preparado para el informe periódico cuatrienal sobre la Convención de 2005 sobre la Protección y la Promoción de la Diversidad de las Expresiones Culturales</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Catalogue: %1</source>
        <translation>Catálogo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n measure(s): the whole catalogue</source>
        <translation>
            <numerusform>%n medida: todo el catálogo</numerusform>
            <numerusform>%n medidas: todo el catálogo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n measure(s) of the catalogue&apos;s %1, chosen by:</source>
        <translation>
            <numerusform>%n medida de las %1 del catálogo, elegida por:</numerusform>
            <numerusform>%n medidas de las %1 del catálogo, elegidas por:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+14"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Measures without a Convention goal</source>
        <translation>Medidas sin objetivo de la Convención</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a monitoring area of this goal</source>
        <translation>Sin ámbito de seguimiento de este objetivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n measure(s). </source>
        <translation>
            <numerusform>%n medida. </numerusform>
            <numerusform>%n medidas. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of them state their funding in US dollars, %1 in all.</source>
        <translation>
            <numerusform>%n de ellas indica su financiación en dólares estadounidenses, %1 en total.</numerusform>
            <numerusform>%n de ellas indican su financiación en dólares estadounidenses, %1 en total.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A measure with several goals, areas, domains or partners counts once under each of them, so the counts of a table may add up to more than the number of measures.</source>
        <translation>Una medida con varios objetivos, ámbitos, dominios o socios se cuenta una vez en cada uno, por lo que los recuentos de una tabla pueden sumar más que el número de medidas.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The chart shows the %1 largest; the table lists all %2.</source>
        <translation>El gráfico muestra los %1 mayores; la tabla enumera los %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Funding (USD)</source>
        <translation>Financiamiento (USD)</translation>
    </message>
</context>
<context>
    <name>ReportController</name>
    <message>
        <location filename="../ui/mainwindow/reportcontroller.cpp" line="+51"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The view holds %1 measures: the report would run to many thousands of pages and take some minutes. Narrow the view with the search or the filters first?</source>
        <translation>La vista contiene %1 medidas: el informe tendría muchos miles de páginas y tardaría varios minutos. ¿Acotar antes la vista con la búsqueda o los filtros?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the Report Anyway</source>
        <translation>Hacer el informe de todos modos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrow the View</source>
        <translation>Acotar la vista</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 report.pdf</source>
        <comment>file name</comment>
        <translation>Informe %1.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+21"/>
        <source>Export Report as PDF</source>
        <translation>Exportar el informe como PDF</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” already exists. Replace it?</source>
        <translation>“%1” ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Writing the report…</source>
        <translation>Escribiendo el informe…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+36"/>
        <location line="+22"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>The report was cancelled; no file was written.</source>
        <translation>Se canceló el informe; no se escribió ningún archivo.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Wrote the report of %Ln measure(s), %1 pages, to “%2”.</source>
        <translation>
            <numerusform>Se escribió el informe de %Ln medida, %1 páginas, en “%2”.</numerusform>
            <numerusform>Se escribió el informe de %Ln medidas, %1 páginas, en “%2”.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+8"/>
        <source>Print Preview of the Report</source>
        <translation>Vista previa de impresión del informe</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Laying out the report…</source>
        <translation>Componiendo el informe…</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+12"/>
        <source>Print the Report</source>
        <translation>Imprimir el informe</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Printing the report…</source>
        <translation>Imprimiendo el informe…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printing was cancelled.</source>
        <translation>Se canceló la impresión.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Sent the report of %Ln measure(s), %1 pages, to the printer.</source>
        <translation>
            <numerusform>Se envió a la impresora el informe de %Ln medida, %1 páginas.</numerusform>
            <numerusform>Se envió a la impresora el informe de %Ln medidas, %1 páginas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../ui/dialogs/restoredialog.cpp" line="+52"/>
        <source>automatic, on closing</source>
        <translation>automática, al cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made with Back Up</source>
        <translation>hecha con Copia de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before an upgrade</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before merging “%1”</source>
        <translation>antes de combinar “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before importing “%1”</source>
        <translation>antes de importar “%1”</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>before deleting %Ln measure(s)</source>
        <translation>
            <numerusform>antes de eliminar %Ln medida</numerusform>
            <numerusform>antes de eliminar %Ln medidas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a copy</source>
        <translation>una copia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restore from a Backup Copy</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a copy of “%1”. It opens as a new catalogue file beside the original, which stays as it is.</source>
        <translation>Elija una copia de “%1”. Se abre como un archivo de catálogo nuevo junto al original, que queda como está.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no backup copies of “%1” yet. Copies are made with File ▸ Back Up, when a changed catalogue is closed, and before merges, large imports and upgrades.</source>
        <translation>Todavía no hay copias de seguridad de “%1”. Las copias se hacen con Archivo ▸ Copia de seguridad, al cerrar un catálogo cambiado y antes de combinaciones, importaciones grandes y actualizaciones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open as a New Catalogue</source>
        <translation>Abrir como catálogo nuevo</translation>
    </message>
</context>
<context>
    <name>ReviewStatus</name>
    <message>
        <location filename="../core/model/choices.cpp" line="+4"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready</source>
        <translation>Lista</translation>
    </message>
</context>
<context>
    <name>RevisionQuery</name>
    <message>
        <location filename="../core/query/revisionquery.cpp" line="+52"/>
        <source>Two measures have the identifier %1.</source>
        <translation>Dos medidas tienen el identificador %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+26"/>
        <source>The measure %1 is both in the catalogue and deleted.</source>
        <translation>La medida %1 está a la vez en el catálogo y eliminada.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Its histories hold more than %L1 revisions: more than any catalogue this app makes.</source>
        <translation>Sus historiales tienen más de %L1 revisiones: más que cualquier catálogo que haga esta aplicación.</translation>
    </message>
</context>
<context>
    <name>SaveMeasureCommand</name>
    <message>
        <location filename="../ui/session/measurecommands.cpp" line="-26"/>
        <source>Edit “%1”</source>
        <translation>Editar “%1”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New measure “%1”</source>
        <translation>Nueva medida “%1”</translation>
    </message>
</context>
<context>
    <name>SavedViewStore</name>
    <message>
        <location filename="../core/store/savedviewstore.cpp" line="+25"/>
        <source>There is already a view called “%1”. Choose another name, or replace that view.</source>
        <translation>Ya hay una vista llamada “%1”. Elija otro nombre o reemplace esa vista.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is already a view called “%1”. Choose another name.</source>
        <translation>Ya hay una vista llamada “%1”. Elija otro nombre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The view “%1” is no longer in this catalogue.</source>
        <translation>La vista “%1” ya no está en este catálogo.</translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <location filename="../core/query/savedview.cpp" line="+104"/>
        <source>Give the view a name, for example “Ready for the 2027 report”.</source>
        <translation>Dé un nombre a la vista, por ejemplo “Listas para el informe de 2027”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A view&apos;s name is at most 80 characters long.</source>
        <translation>El nombre de una vista tiene como máximo 80 caracteres.</translation>
    </message>
</context>
<context>
    <name>SavedViewsDialog</name>
    <message>
        <location filename="../ui/dialogs/savedviewsdialog.cpp" line="+79"/>
        <location line="+6"/>
        <source>Rename View</source>
        <translation>Cambiar el nombre de la vista</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>New name of “%1”:</source>
        <translation>Nuevo nombre de “%1”:</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+8"/>
        <source>Delete View</source>
        <translation>Eliminar la vista</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Delete the view “%1” from this catalogue? The measures stay as they are; only the saved search, filters, sort and columns go, for everyone who opens the file.</source>
        <translation>¿Eliminar la vista “%1” de este catálogo? Las medidas quedan como están; solo desaparecen la búsqueda, los filtros, el orden y las columnas guardados, para todos los que abran el archivo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This catalogue is open read-only: its views can be shown, not changed.</source>
        <translation>Este catálogo está abierto en modo de solo lectura: sus vistas se pueden mostrar, no modificar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved views</source>
        <translation>Vistas guardadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved Views</source>
        <translation>Vistas guardadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename…</source>
        <translation>Cambiar el &amp;nombre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>SavedViewsMenu</name>
    <message>
        <location filename="../ui/mainwindow/savedviewsmenu.cpp" line="+119"/>
        <location line="+7"/>
        <location line="+15"/>
        <location line="+14"/>
        <source>Save Current View</source>
        <translation>Guardar la vista actual</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>The search, the filters, the sort and the columns are kept in the catalogue file, for you and for whoever opens it.

Name of the view:</source>
        <translation>La búsqueda, los filtros, el orden y las columnas se guardan en el archivo del catálogo, para usted y para quien lo abra.

Nombre de la vista:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is already a view called “%1”. Replace it with what the window shows now?</source>
        <translation>Ya hay una vista llamada “%1”. ¿Reemplazarla por lo que muestra ahora la ventana?</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No saved views yet: set a search and filters, then save them</source>
        <translation>Aún no hay vistas guardadas: defina una búsqueda y filtros, y guárdelos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a catalogue to see its saved views</source>
        <translation>Abra un catálogo para ver sus vistas guardadas</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sa&amp;ved Views</source>
        <translation>&amp;Vistas guardadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Current View…</source>
        <translation>&amp;Guardar la vista actual…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename or Delete Views…</source>
        <translation>Cambiar el &amp;nombre o eliminar vistas…</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <location filename="../core/catalogue/schemacheck.cpp" line="+114"/>
        <source>this version cannot tell how format %1 is laid out</source>
        <translation>esta versión no puede saber cómo es la estructura del formato %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a view “%1” that this app never makes</source>
        <translation>una vista “%1” que esta aplicación nunca crea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a trigger “%1” that this app never makes</source>
        <translation>un disparador “%1” que esta aplicación nunca crea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an index “%1” that this app never makes</source>
        <translation>un índice “%1” que esta aplicación nunca crea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a table “%1” that this app never makes</source>
        <translation>una tabla “%1” que esta aplicación nunca crea</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is a view, where this app makes a table</source>
        <translation>“%1” es una vista, donde esta aplicación crea una tabla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is of another kind than this app makes</source>
        <translation>“%1” es de otro tipo que el que crea esta aplicación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the index “%1” covers other columns than this app makes</source>
        <translation>el índice “%1” abarca otras columnas que las que crea esta aplicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the table “%1” has other columns than this app makes</source>
        <translation>la tabla “%1” tiene otras columnas que las que crea esta aplicación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the index “%1” is missing</source>
        <translation>falta el índice “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the table “%1” is missing</source>
        <translation>falta la tabla “%1”</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n more difference(s)</source>
        <translation>
            <numerusform>%n diferencia más</numerusform>
            <numerusform>%n diferencias más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionCommand</name>
    <message>
        <location filename="../ui/session/measurecommands.cpp" line="-16"/>
        <location line="+7"/>
        <source>This step is no longer kept: the undo history let it go to stay within its memory budget.</source>
        <translation>Este paso ya no se guarda: el historial de deshacer lo soltó para no pasar de su límite de memoria.</translation>
    </message>
</context>
<context>
    <name>SideFiles</name>
    <message>
        <location filename="../core/catalogue/readonlypolicy.cpp" line="+29"/>
        <source>The catalogue cannot be edited because SQLite&apos;s working file “%1” beside it is read-only and belongs to another user. It is left over from an earlier use of the catalogue. Ask that user (or an administrator) to delete it or make it writable; the catalogue itself is not affected. Until then you can open it read-only.</source>
        <translation>El catálogo no puede editarse porque el archivo de trabajo de SQLite “%1”, junto a él, es de solo lectura y pertenece a otro usuario. Quedó de un uso anterior del catálogo. Pida a ese usuario (o a un administrador) que lo elimine o que le dé permiso de escritura; el catálogo en sí no se ve afectado. Mientras tanto puede abrirlo en modo de solo lectura.</translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <location filename="../core/catalogue/sqlitestatement.cpp" line="+17"/>
        <source>the catalogue is closed</source>
        <translation>el catálogo está cerrado</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the catalogue was closed</source>
        <translation>el catálogo se cerró</translation>
    </message>
</context>
<context>
    <name>SqliteText</name>
    <message>
        <location filename="../core/catalogue/sqlitetext.cpp" line="+10"/>
        <location line="+28"/>
        <source>there was not enough memory</source>
        <translation>no había memoria suficiente</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>the file was moved or deleted while it was open</source>
        <translation>el archivo se movió o se eliminó mientras estaba abierto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk could not be read or written: the drive may be full, disconnected or failing</source>
        <translation>no se pudo leer ni escribir en el disco: la unidad puede estar llena, desconectada o fallando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file&apos;s content is damaged</source>
        <translation>el contenido del archivo está dañado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is not a catalogue</source>
        <translation>el archivo no es un catálogo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file or its folder cannot be written to</source>
        <translation>no se puede escribir en el archivo o en su carpeta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another program is using the catalogue</source>
        <translation>otro programa está usando el catálogo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file could not be opened</source>
        <translation>no se pudo abrir el archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>permission was refused</source>
        <translation>se denegó el permiso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the step was stopped</source>
        <translation>se detuvo el paso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a value is larger than a catalogue holds</source>
        <translation>un valor es más grande de lo que admite un catálogo</translation>
    </message>
</context>
<context>
    <name>StatisticsCsv</name>
    <message>
        <location filename="../core/csv/statisticscsv.cpp" line="+18"/>
        <source>(not given)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>label</source>
        <comment>CSV header</comment>
        <translation>etiqueta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>measures</source>
        <comment>CSV header</comment>
        <translation>medidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>funding_usd</source>
        <comment>CSV header</comment>
        <translation>financiación_usd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The statistics could not be written (%1).</source>
        <translation>No se pudieron escribir las estadísticas (%1).</translation>
    </message>
</context>
<context>
    <name>StatisticsPane</name>
    <message>
        <location filename="../ui/widgets/statisticspane.cpp" line="+168"/>
        <source>The statistics could not be read (%1).</source>
        <translation>No se pudieron leer las estadísticas (%1).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln measure(s) in the view; %1 with an amount, %2 in all.</source>
        <translation>
            <numerusform>%Ln medida en la vista; %1 con importe, %2 en total.</numerusform>
            <numerusform>%Ln medidas en la vista; %1 con importe, %2 en total.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>None of these measures gives an amount in USD.</source>
        <translation>Ninguna de estas medidas indica un importe en USD.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The chart shows %1 of the %2 values; the list below has them all.</source>
        <translation>El gráfico muestra %1 de los %2 valores; la lista de abajo los tiene todos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+82"/>
        <location line="+1"/>
        <source>Funding (USD)</source>
        <translation>Financiamiento (USD)</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+81"/>
        <location line="+2"/>
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Click to show only these measures.</source>
        <translation>Haga clic para mostrar solo estas medidas.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>By Convention goal</source>
        <translation>Por objetivo de la Convención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By monitoring area</source>
        <translation>Por ámbito de seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By cultural domain</source>
        <translation>Por dominio cultural</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By scope</source>
        <translation>Por alcance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By nature</source>
        <translation>Por naturaleza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By country</source>
        <translation>Por país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By report year</source>
        <translation>Por año del informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By type of partner</source>
        <translation>Por tipo de socio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By status</source>
        <translation>Por estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By evaluation</source>
        <translation>Por evaluación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to count the measures of the view by</source>
        <translation>Según qué contar las medidas de la vista</translation>
    </message>
</context>
<context>
    <name>StepProgressDialog</name>
    <message>
        <location filename="../ui/widgets/stepprogressdialog.cpp" line="+66"/>
        <source>Cancelling… Nothing of this step will be kept.</source>
        <translation>Cancelando… No se conservará nada de este paso.</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <location filename="../core/store/storageerror.cpp" line="+19"/>
        <source>The change was not saved because SQLite&apos;s working files beside the catalogue (its name followed by “-wal” and “-shm”) are read-only (%1). Run the command again once no other program has the catalogue open: if the files belong to you they are repaired, otherwise you are told whom to ask.</source>
        <translation>El cambio no se guardó porque los archivos de trabajo de SQLite junto al catálogo (su nombre seguido de “-wal” y “-shm”) son de solo lectura (%1). Ejecute la orden de nuevo cuando ningún otro programa tenga abierto el catálogo: si los archivos le pertenecen se reparan; si no, se le indica a quién preguntar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The change was not saved because SQLite&apos;s working files beside the catalogue (its name followed by “-wal” and “-shm”) are read-only (%1). Close the catalogue and open it again: if the files belong to you they are repaired, otherwise you are told whom to ask.</source>
        <translation>El cambio no se guardó porque los archivos de trabajo de SQLite junto al catálogo (su nombre seguido de “-wal” y “-shm”) son de solo lectura (%1). Cierre el catálogo y vuelva a abrirlo: si los archivos le pertenecen se reparan; si no, se le indica a quién preguntar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The disk is full, so the change was not saved. Free some space and try again.</source>
        <translation>El disco está lleno, así que el cambio no se guardó. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalogue file has become read-only, so the change was not saved. Check its permissions, or copy it to a folder where you can write.</source>
        <translation>El archivo del catálogo pasó a ser de solo lectura, así que el cambio no se guardó. Revise sus permisos o cópielo a una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another program is writing to the catalogue, so the change was not saved. Try again in a moment.</source>
        <translation>Otro programa está escribiendo en el catálogo, así que el cambio no se guardó. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The catalogue file could not be written: it may have been moved or deleted, or its drive disconnected (%1). Reconnect the drive and try again.</source>
        <translation>No se pudo escribir en el archivo del catálogo: puede que se haya movido o eliminado, o que su unidad se haya desconectado (%1). Vuelva a conectar la unidad e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The catalogue file is damaged (%1). The change was not saved. “measures-cli check” says what is wrong; a backup copy of the catalogue is the way back.</source>
        <translation>El archivo del catálogo está dañado (%1). El cambio no se guardó. “measures-cli check” dice qué falla; una copia de seguridad del catálogo permite volver atrás.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalogue file is damaged (%1). The change was not saved. Restore the catalogue from a backup copy.</source>
        <translation>El archivo del catálogo está dañado (%1). El cambio no se guardó. Restaure el catálogo desde una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The change breaks a rule of the catalogue (%1) and was not saved.</source>
        <translation>El cambio no respeta una regla del catálogo (%1) y no se guardó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The change could not be saved (%1).</source>
        <translation>No se pudo guardar el cambio (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The catalogue could not be read (%1), so nothing was changed. Run the command again; if this goes on, “measures-cli check” says whether its file is damaged.</source>
        <translation>No se pudo leer el catálogo (%1), así que no se cambió nada. Ejecute la orden de nuevo; si sigue ocurriendo, “measures-cli check” dice si su archivo está dañado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalogue could not be read (%1), so nothing was changed. Close the catalogue and open it again; if this goes on, its file may be damaged: File ▸ Restore from Backup brings back a checked copy.</source>
        <translation>No se pudo leer el catálogo (%1), así que no se cambió nada. Cierre el catálogo y vuelva a abrirlo; si sigue ocurriendo, puede que su archivo esté dañado: Archivo ▸ Restaurar desde una copia recupera una copia comprobada.</translation>
    </message>
    <message>
        <location filename="../core/store/writetransaction.cpp" line="+176"/>
        <source>The catalogue file was moved, renamed or deleted while the command ran, so the change was not saved. Run the command again on the file where it is now.</source>
        <translation>El archivo del catálogo se movió, se renombró o se eliminó mientras se ejecutaba la orden, así que el cambio no se guardó. Ejecute la orden de nuevo sobre el archivo donde está ahora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalogue file was moved, renamed or deleted since it was opened, so the change was not saved. Save everything that is open to a new file with File ▸ Save a Copy, then work in that file.</source>
        <translation>El archivo del catálogo se movió, se renombró o se eliminó después de abrirlo, así que el cambio no se guardó. Guarde todo lo abierto en un archivo nuevo con Archivo ▸ Guardar una copia y trabaje en ese archivo.</translation>
    </message>
</context>
<context>
    <name>TeamConnectDialog</name>
    <message>
        <location filename="../ui/dialogs/teamconnectdialog.cpp" line="+109"/>
        <source>Connect to a Team Catalogue</source>
        <translation>Conectar con un catálogo de equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A team catalogue is kept on your team&apos;s PostgreSQL server. Whoever runs it gives you these details; each of you keeps working on a copy of your own and synchronizes it.</source>
        <translation>Un catálogo de equipo se guarda en el servidor PostgreSQL de su equipo. Quien lo administra le da estos datos; cada uno sigue trabajando en su propia copia y la sincroniza.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for example db.ministry.example</source>
        <translation>por ejemplo db.ministerio.example</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example team</source>
        <translation>por ejemplo equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted, the server&apos;s certificate checked (recommended)</source>
        <translation>Cifrada, con el certificado del servidor comprobado (recomendado)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Encrypted, the certificate not checked</source>
        <translation>Cifrada, sin comprobar el certificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not encrypted (a server on this computer, or a test server, only)</source>
        <translation>Sin cifrar (solo un servidor en este ordenador, o de pruebas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>~/.postgresql/root.crt unless another file is given</source>
        <translation>~/.postgresql/root.crt salvo que indique otro archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ecurity:</source>
        <translation>Se&amp;guridad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Certificate authority:</source>
        <translation>Autoridad de &amp;certificación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then</source>
        <translation>Después</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the team catalogue into a &amp;new file</source>
        <translation>Descargar el catálogo del equipo en un archivo &amp;nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up&amp;load this catalogue as the team&apos;s first content</source>
        <translation>Subir este catá&amp;logo como primer contenido del equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the catalogue to upload first.</source>
        <translation>Abra primero el catálogo que quiere subir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;onnect</source>
        <translation>Conec&amp;tar</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>The Server&apos;s Certificate Authority</source>
        <translation>Autoridad de certificación del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Certificados (*.crt *.pem);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Give the server&apos;s name or address (or the folder of its socket, starting with /).</source>
        <translation>Indique el nombre o la dirección del servidor (o la carpeta de su socket, que empieza por /).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the name of the team catalogue&apos;s database.</source>
        <translation>Indique el nombre de la base de datos del catálogo del equipo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give your user name on the server.</source>
        <translation>Indique su nombre de usuario en el servidor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no file “%1”. Copy the certificate authority&apos;s file your IT department gives (often root.crt or ca.crt) to this computer, then choose it here with Browse.</source>
        <translation>No existe el archivo “%1”. Copie a este ordenador el archivo de la autoridad de certificación que le da su departamento de informática (a menudo root.crt o ca.crt) y elíjalo aquí con Examinar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the server&apos;s certificate needs its certificate authority&apos;s file, and “%1” is not there. Copy the file your IT department gives (often root.crt or ca.crt) to this computer, then choose it here with Browse.</source>
        <translation>Para comprobar el certificado del servidor hace falta el archivo de su autoridad de certificación, y “%1” no está. Copie a este ordenador el archivo que le da su departamento de informática (a menudo root.crt o ca.crt) y elíjalo aquí con Examinar.</translation>
    </message>
</context>
<context>
    <name>TeamConnection</name>
    <message>
        <location filename="../core/team/teamconnection.cpp" line="+79"/>
        <source>no answer within 5 seconds</source>
        <translation>sin respuesta en 5 segundos</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the socket folder&apos;s path is too long</source>
        <translation>la ruta de la carpeta del socket es demasiado larga</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Qt&apos;s PostgreSQL driver is not installed (on Debian: the package libqt6sql6-psql), so no team catalogue can be reached.</source>
        <translation>El controlador PostgreSQL de Qt no está instalado (en Debian: el paquete libqt6sql6-psql), así que no se puede alcanzar ningún catálogo de equipo.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot reach the server of %1: the host name “%2” is not known (%3). Check the address, or the network.</source>
        <translation>No se puede alcanzar el servidor de %1: el nombre de servidor “%2” no se conoce (%3). Revise la dirección o la red.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot reach the server of %1: nothing answers there (%2). Check the host and port, and that the server runs; offline, try again once connected.</source>
        <translation>No se puede alcanzar el servidor de %1: nada responde ahí (%2). Revise el servidor y el puerto, y que el servidor esté en marcha; sin conexión, vuelva a intentarlo cuando esté conectado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>your login name</source>
        <translation>su nombre de usuario</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server of %1 answered, but its certificate is not one to trust for that address (signed by another authority, or made for another name), so nothing was sent to it. Check the address and the certificate authority file with whoever runs the server. The connection said: %2</source>
        <translation>El servidor de %1 respondió, pero su certificado no es de confianza para esa dirección (firmado por otra autoridad, o hecho para otro nombre), así que no se le envió nada. Revise la dirección y el archivo de la autoridad de certificación con quien administra el servidor. La conexión dijo: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server of %1 asks for the password of %2: give it in PGPASSWORD or the password file (~/.pgpass), or run the command in a terminal to be asked.</source>
        <translation>El servidor de %1 pide la contraseña de %2: indíquela en PGPASSWORD o en el archivo de contraseñas (~/.pgpass), o ejecute la orden en un terminal para que se le pida.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server of %1 asks for the password of %2: type it in Password.</source>
        <translation>El servidor de %1 pide la contraseña de %2: escríbala en Contraseña.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server of %1 was reached but refused the login: the password of %2 is wrong (or there is no such user).</source>
        <translation>Se ha alcanzado el servidor de %1, pero rechazó el acceso: la contraseña de %2 es incorrecta (o no existe ese usuario).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server of %1 was reached, but it has no database “%2”.</source>
        <translation>Se ha alcanzado el servidor de %1, pero no tiene ninguna base de datos “%2”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server of %1 was reached but refused the login of %2: the password, the user or the database is wrong, or the server&apos;s pg_hba.conf does not let them in. The server said: %3</source>
        <translation>Se ha alcanzado el servidor de %1, pero rechazó el acceso de %2: la contraseña, el usuario o la base de datos son incorrectos, o el pg_hba.conf del servidor no le deja entrar. El servidor dijo: %3</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>“%1” may not change the team catalogue %2: readers can pull what the team pushed but not push. Ask whoever runs the server to make them an editor (measures-cli server add-user … --role editor). The server said: %3</source>
        <translation>“%1” no puede cambiar el catálogo de equipo %2: los lectores pueden recibir lo que el equipo envió, pero no enviar. Pida a quien administra el servidor que lo haga editor (measures-cli server add-user … --role editor). El servidor dijo: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” may not do this on %2. Setting up a team catalogue and its members needs a login that owns the database and may create roles; a push writes only its own work. The server said: %3</source>
        <translation>“%1” no puede hacer esto en %2. Preparar un catálogo de equipo y sus miembros requiere un usuario que sea dueño de la base de datos y pueda crear roles; un envío solo escribe su propio trabajo. El servidor dijo: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The connection to the server of %1 was lost: %2</source>
        <translation>Se perdió la conexión con el servidor de %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server of %1 refused: %2</source>
        <translation>El servidor de %1 lo rechazó: %2</translation>
    </message>
</context>
<context>
    <name>TeamController</name>
    <message>
        <location filename="../ui/mainwindow/teamcontroller.cpp" line="+79"/>
        <source>&amp;Team</source>
        <translation>E&amp;quipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect to a Team Catalogue…</source>
        <translation>&amp;Conectar con un catálogo de equipo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work on one catalogue with your team through its server: download it, or upload this one as its first content</source>
        <translation>Trabajar en un mismo catálogo con su equipo a través de su servidor: descargarlo, o subir este como su primer contenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Synchronize</source>
        <translation>&amp;Sincronizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronize</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring in what the team pushed since, as a merge, then send what changed here</source>
        <translation>Traer lo que el equipo envió desde entonces, como una combinación, y después enviar lo que cambió aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;how the Team&apos;s Changes First</source>
        <translation>&amp;Mostrar primero los cambios del equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before every synchronize, show what the team changed; otherwise only when it meets a change of yours</source>
        <translation>Antes de cada sincronización, mostrar lo que cambió el equipo; si no, solo cuando se encuentra con un cambio suyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Disconnect from the Team</source>
        <translation>&amp;Desconectar del equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This catalogue stops synchronizing; it keeps every measure</source>
        <translation>Este catálogo deja de sincronizarse; conserva todas las medidas</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>synchronized %1</source>
        <translation>sincronizado el %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not synchronized yet</source>
        <translation>aún no sincronizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team: %1</source>
        <translation>Equipo: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>· %Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>· %Ln cambio por enviar</numerusform>
            <numerusform>· %Ln cambios por enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>· %Ln change(s) from the team</source>
        <translation>
            <numerusform>· %Ln cambio del equipo</numerusform>
            <numerusform>· %Ln cambios del equipo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>Nothing here was lost: %Ln change(s) wait for the next Synchronize.</source>
        <translation>
            <numerusform>No se perdió nada aquí: %Ln cambio espera a la próxima sincronización.</numerusform>
            <numerusform>No se perdió nada aquí: %Ln cambios esperan a la próxima sincronización.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+153"/>
        <source>Synchronized with the team: %Ln measure(s) from the team</source>
        <translation>
            <numerusform>Sincronizado con el equipo: %Ln medida del equipo</numerusform>
            <numerusform>Sincronizado con el equipo: %Ln medidas del equipo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>, %Ln change(s) sent.</source>
        <translation>
            <numerusform>, %Ln cambio enviado.</numerusform>
            <numerusform>, %Ln cambios enviados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Connecting to the team&apos;s server…</source>
        <translation>Conectando con el servidor del equipo…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nobody has uploaded a catalogue to “%1” yet, so downloading it makes an empty file. To make a catalogue of yours the team&apos;s first content, open it, then connect again and choose to upload it.</source>
        <translation>Nadie ha subido todavía un catálogo a “%1”, así que descargarlo crea un archivo vacío. Para que un catálogo suyo sea el primer contenido del equipo, ábralo, conéctese de nuevo y elija subirlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Team Catalogue Is Empty</source>
        <translation>El catálogo del equipo está vacío</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Nobody has uploaded a catalogue to “%1” yet, so downloading it makes an empty file. To make this catalogue the team&apos;s first content, go back and choose to upload it.</source>
        <translation>Nadie ha subido todavía un catálogo a “%1”, así que descargarlo crea un archivo vacío. Para que este catálogo sea el primer contenido del equipo, vuelva atrás y elija subirlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Download Empty</source>
        <translation>&amp;Descargar vacío</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%Ln measure(s) are now the team&apos;s catalogue. Your colleagues connect to it and download it; File ▸ Team ▸ Synchronize brings their work in and sends yours.</source>
        <translation>
            <numerusform>%Ln medida es ahora el catálogo del equipo. Sus colegas se conectan a él y lo descargan; Archivo ▸ Equipo ▸ Sincronizar trae su trabajo y envía el suyo.</numerusform>
            <numerusform>%Ln medidas son ahora el catálogo del equipo. Sus colegas se conectan a él y lo descargan; Archivo ▸ Equipo ▸ Sincronizar trae su trabajo y envía el suyo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>The team catalogue is downloaded: %Ln measure(s). File ▸ Team ▸ Synchronize brings in what the team pushes and sends what you change.</source>
        <translation>
            <numerusform>El catálogo del equipo está descargado: %Ln medida. Archivo ▸ Equipo ▸ Sincronizar trae lo que envía el equipo y envía lo que usted cambia.</numerusform>
            <numerusform>El catálogo del equipo está descargado: %Ln medidas. Archivo ▸ Equipo ▸ Sincronizar trae lo que envía el equipo y envía lo que usted cambia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%Ln change(s) made here have not been sent to the team.</source>
        <translation>
            <numerusform>%Ln cambio hecho aquí no se ha enviado al equipo.</numerusform>
            <numerusform>%Ln cambios hechos aquí no se han enviado al equipo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-301"/>
        <source>The password was not kept in the system keyring (%1): it will be asked again next time.</source>
        <translation>La contraseña no se guardó en el llavero del sistema (%1): se pedirá de nuevo la próxima vez.</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+14"/>
        <location line="+27"/>
        <location line="+18"/>
        <location line="+6"/>
        <location line="+20"/>
        <location line="+18"/>
        <location line="+10"/>
        <source>Not Synchronized</source>
        <translation>No sincronizado</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Not a Team Catalogue</source>
        <translation>No es un catálogo de equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This catalogue is not linked to a team catalogue. File ▸ Team ▸ Connect to a Team Catalogue… uploads it as a team&apos;s first content, or downloads a team&apos;s catalogue into a new file.</source>
        <translation>Este catálogo no está vinculado a un catálogo de equipo. Archivo ▸ Equipo ▸ Conectar con un catálogo de equipo… lo sube como primer contenido de un equipo, o descarga el catálogo de un equipo en un archivo nuevo.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Synchronizing: reading what the team pushed…</source>
        <translation>Sincronizando: leyendo lo que envió el equipo…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Synchronize stopped: nothing was written here or on the server.</source>
        <translation>Sincronización detenida: no se escribió nada aquí ni en el servidor.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Synchronizing: sending what changed here…</source>
        <translation>Sincronizando: enviando lo que cambió aquí…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Uploading this catalogue to the team…</source>
        <translation>Subiendo este catálogo al equipo…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>team.measures</source>
        <translation>equipo.measures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the Team Catalogue As</source>
        <translation>Guardar el catálogo del equipo como</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalogues (*.%1);;All files (*)</source>
        <translation>Catálogos (*.%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” exists already: the team catalogue is downloaded into a new file. Choose another name.</source>
        <translation>“%1” ya existe: el catálogo del equipo se descarga en un archivo nuevo. Elija otro nombre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Downloading the team catalogue…</source>
        <translation>Descargando el catálogo del equipo…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This catalogue stops synchronizing with its team catalogue. It keeps every measure; to synchronize again later, download the team catalogue into a new file and merge this one into it.</source>
        <translation>Este catálogo deja de sincronizarse con su catálogo de equipo. Conserva todas las medidas; para sincronizar de nuevo más adelante, descargue el catálogo del equipo en un archivo nuevo y combine este en él.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Disconnect from the Team</source>
        <translation>Desconectar del equipo</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This catalogue no longer synchronizes with a team.</source>
        <translation>Este catálogo ya no se sincroniza con un equipo.</translation>
    </message>
</context>
<context>
    <name>TeamCopy</name>
    <message>
        <location filename="../core/team/teamcopy.cpp" line="-29"/>
        <source>The team catalogue %1 holds data this app refuses: %2 Nothing was changed here. Tell whoever runs the server; the team&apos;s other members may have pushed it with another program.</source>
        <translation>El catálogo del equipo %1 contiene datos que esta aplicación rechaza: %2 No se cambió nada aquí. Avise a quien administra el servidor; otro miembro del equipo puede haberlos enviado con otro programa.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>a revision names its author with characters no catalogue writes.</source>
        <translation>una revisión nombra a su autor con caracteres que ningún catálogo escribe.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it has more revisions than any catalogue this app makes.</source>
        <translation>tiene más revisiones que cualquier catálogo que haga esta aplicación.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelado: no se cambió nada.</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>the measure %1 holds the content of another measure.</source>
        <translation>la medida %1 contiene el contenido de otra medida.</translation>
    </message>
</context>
<context>
    <name>TeamPasswordDialog</name>
    <message>
        <location filename="../ui/dialogs/teampassworddialog.cpp" line="+13"/>
        <source>Team Catalogue Password</source>
        <translation>Contraseña del catálogo de equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>The password of “%1” for %2:</source>
        <translation>La contraseña de “%1” para %2:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Recordar la contraseña en el llavero del sistema</translation>
    </message>
</context>
<context>
    <name>TeamPasswords</name>
    <message>
        <location filename="../ui/session/teampasswords.cpp" line="+64"/>
        <source>no system keyring is available</source>
        <translation>no hay llavero del sistema</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the system keyring did not answer</source>
        <translation>el llavero del sistema no respondió</translation>
    </message>
</context>
<context>
    <name>TeamPull</name>
    <message>
        <location filename="../core/team/teampull.cpp" line="+41"/>
        <location line="+124"/>
        <source>The server gave no answer to a question it always answers.</source>
        <translation>El servidor no respondió a una pregunta que siempre responde.</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>The team catalogue has fewer pushes than this copy has already read: it was restored from an older backup or made again. Nothing was changed here. Ask whoever runs the server; to go on, download the team catalogue into a new file and merge this one into it.</source>
        <translation>El catálogo del equipo tiene menos envíos de los que esta copia ya leyó: se restauró desde una copia anterior o se creó de nuevo. No se cambió nada aquí. Consulte a quien administra el servidor; para seguir, descargue el catálogo del equipo en un archivo nuevo y combine este en él.</translation>
    </message>
</context>
<context>
    <name>TeamPush</name>
    <message>
        <location filename="../core/team/teampush.cpp" line="+154"/>
        <source>“%1” may read the team catalogue %2 but not change it: what changed here stays in this catalogue only. To send it, ask whoever runs the server to make “%1” an editor (measures-cli server add-user … --role editor).</source>
        <translation>“%1” puede leer el catálogo del equipo %2 pero no cambiarlo: lo que cambió aquí se queda solo en este catálogo. Para enviarlo, pida a quien administra el servidor que haga a “%1” editor (measures-cli server add-user … --role editor).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The server gave no answer to a question it always answers.</source>
        <translation>El servidor no respondió a una pregunta que siempre responde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Another member&apos;s push has held the team catalogue for a minute: nothing was sent. Synchronize again in a moment.</source>
        <translation>El envío de otro miembro ocupa el catálogo del equipo desde hace un minuto: no se envió nada. Sincronice de nuevo dentro de un momento.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The team catalogue has fewer pushes than this copy has already read: it was restored from an older backup or made again. Nothing was sent. Ask whoever runs the server; to go on, download the team catalogue into a new file and merge this one into it.</source>
        <translation>El catálogo del equipo tiene menos envíos de los que esta copia ya leyó: se restauró desde una copia anterior o se creó de nuevo. No se envió nada. Consulte a quien administra el servidor; para seguir, descargue el catálogo del equipo en un archivo nuevo y combine este en él.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+6"/>
        <source>Someone pushed changes to the same measures meanwhile.</source>
        <translation>Alguien envió mientras tanto cambios a las mismas medidas.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cancelled: nothing was pushed.</source>
        <translation>Cancelado: no se envió nada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>a measure changed while it was being pushed; synchronize again.</source>
        <translation>una medida cambió mientras se enviaba; sincronice de nuevo.</translation>
    </message>
</context>
<context>
    <name>TeamSchema</name>
    <message>
        <location filename="../core/team/teamschema.cpp" line="+82"/>
        <source>The team schema&apos;s step %1 is missing from this program.</source>
        <translation>Falta en este programa el paso %1 del esquema del equipo.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1 is not a team catalogue (it has no team schema). Check the database&apos;s name, or make an empty database a team catalogue with measures-cli server init.</source>
        <translation>%1 no es un catálogo de equipo (no tiene el esquema del equipo). Revise el nombre de la base de datos, o convierta una base de datos vacía en catálogo de equipo con measures-cli server init.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is a team catalogue of format %2, made by a later version of Measures Catalogue; this version knows formats up to %3. Update Measures Catalogue to work with it.</source>
        <translation>%1 es un catálogo de equipo de formato %2, creado por una versión posterior de Measures Catalogue; esta versión conoce formatos hasta el %3. Actualice Measures Catalogue para trabajar con él.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a whole team catalogue: its format is not recorded.</source>
        <translation>%1 no es un catálogo de equipo completo: su formato no está registrado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A team catalogue&apos;s database is named with lower-case letters, digits and _ (at most 56), because its roles are named after it; “%1” is not. Create a database with such a name.</source>
        <translation>La base de datos de un catálogo de equipo se nombra con minúsculas, dígitos y _ (56 como máximo), porque sus roles llevan su nombre; “%1” no lo cumple. Cree una base de datos con un nombre así.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is one of the server&apos;s own databases: a team catalogue needs a database of its own. Create one (CREATE DATABASE team) and give its address.</source>
        <translation>“%1” es una de las bases de datos propias del servidor: un catálogo de equipo necesita una base de datos propia. Cree una (CREATE DATABASE team) e indique su dirección.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is a team catalogue already (format %2): nothing was changed.</source>
        <translation>%1 ya es un catálogo de equipo (formato %2): no se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not empty: it holds tables or schemas already. A team catalogue is made in an empty database (CREATE DATABASE …); nothing was changed.</source>
        <translation>%1 no está vacía: ya contiene tablas o esquemas. Un catálogo de equipo se crea en una base de datos vacía (CREATE DATABASE …); no se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” may not create roles: run server init as a PostgreSQL superuser, or as a user with CREATEROLE that owns the database. Nothing was changed.</source>
        <translation>“%1” no puede crear roles: ejecute server init como superusuario de PostgreSQL, o como un usuario con CREATEROLE propietario de la base de datos. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server has a role “%1” already (left by an earlier team catalogue of that name?): drop it or use another database name. Nothing was changed.</source>
        <translation>El servidor ya tiene un rol “%1” (¿lo dejó un catálogo de equipo anterior con ese nombre?): elimínelo o use otro nombre de base de datos. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“%1” cannot be a member&apos;s name: use lower-case letters, digits and _ (at most 63), starting with a letter.</source>
        <translation>“%1” no puede ser el nombre de un miembro: use minúsculas, dígitos y _ (63 como máximo), empezando por una letra.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is one of the team&apos;s own roles, not a person.</source>
        <translation>“%1” es uno de los roles propios del equipo, no una persona.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A new member needs a password.</source>
        <translation>Un nuevo miembro necesita una contraseña.</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <location filename="../core/team/teamsync.cpp" line="+43"/>
        <source>%1 is a team catalogue of an earlier format (%2). Ask whoever runs the server to bring it up to date with measures-cli server init (it keeps everything the team pushed); nothing was changed.</source>
        <translation>%1 es un catálogo de equipo de un formato anterior (%2). Pida a quien administra el servidor que lo actualice con measures-cli server init (conserva todo lo que el equipo envió); no se cambió nada.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the team</source>
        <translation>el equipo</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+84"/>
        <source>This catalogue is not linked to a team catalogue: connect it first.</source>
        <translation>Este catálogo no está vinculado a un catálogo de equipo: conéctelo primero.</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>No temporary folder for what the team pushed (%1).</source>
        <translation>No hay carpeta temporal para lo que envió el equipo (%1).</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>The server gave no answer to a question it always answers.</source>
        <translation>El servidor no respondió a una pregunta que siempre responde.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+17"/>
        <source>%1 has content already: sharing is for a team catalogue&apos;s first content. Join it instead (a new file), then merge this catalogue into that file. Nothing was changed.</source>
        <translation>%1 ya tiene contenido: compartir es para el primer contenido de un catálogo de equipo. Únase a él (un archivo nuevo) y después combine este catálogo en ese archivo. No se cambió nada.</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n conflict(s) with the team: nothing was written here or on the server.</source>
        <translation>
            <numerusform>%n conflicto con el equipo: no se escribió nada aquí ni en el servidor.</numerusform>
            <numerusform>%n conflictos con el equipo: no se escribió nada aquí ni en el servidor.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>“%1” exists already: joining a team makes a new catalogue. Choose a new file name.</source>
        <translation>“%1” ya existe: unirse a un equipo crea un catálogo nuevo. Elija otro nombre de archivo.</translation>
    </message>
</context>
<context>
    <name>TeamUrl</name>
    <message>
        <location filename="../core/team/teamurl.cpp" line="+57"/>
        <source>The server&apos;s address is not a PostgreSQL address: it starts with postgresql:// (for example postgresql://ana@db.example.org/team, or postgresql:///team?host=/run/postgresql for a Unix socket).</source>
        <translation>La dirección del servidor no es una dirección de PostgreSQL: empieza por postgresql:// (por ejemplo postgresql://ana@db.example.org/team, o postgresql:///team?host=/run/postgresql para un socket Unix).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server&apos;s address is not a valid PostgreSQL address. Check it; in the user name and password write @ as %40, : as %3A, / as %2F and a space as %20.</source>
        <translation>La dirección del servidor no es una dirección de PostgreSQL válida. Revísela; en el nombre de usuario y la contraseña escriba @ como %40, : como %3A, / como %2F y un espacio como %20.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A PostgreSQL address has no “#” part.</source>
        <translation>Una dirección de PostgreSQL no lleva parte “#”.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not a database name: a PostgreSQL address names one database after the server.</source>
        <translation>“%1” no es un nombre de base de datos: una dirección de PostgreSQL nombra una sola base de datos tras el servidor.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not a port number.</source>
        <translation>“%1” no es un número de puerto.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The value of %1 in the address cannot contain “;”.</source>
        <translation>El valor de %1 en la dirección no puede contener “;”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The address sets “%1”, which this app does not know as a PostgreSQL connection setting.</source>
        <translation>La dirección indica “%1”, que esta aplicación no conoce como ajuste de conexión de PostgreSQL.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The address names several servers; a team catalogue is on one.</source>
        <translation>La dirección nombra varios servidores; un catálogo de equipo está en uno.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The address contains a NUL character.</source>
        <translation>La dirección contiene un carácter NUL.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (port %2)</source>
        <translation>%1 (puerto %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” on %2</source>
        <translation>“%1” en %2</translation>
    </message>
</context>
<context>
    <name>TeamViews</name>
    <message>
        <location filename="../core/team/teamviews.cpp" line="+59"/>
        <source>The team catalogue holds a saved view “%1” this app cannot read. Nothing of it was taken; tell whoever runs the server.</source>
        <translation>El catálogo del equipo contiene una vista guardada “%1” que esta aplicación no puede leer. No se tomó nada de ella; avise a quien administra el servidor.</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../ui/help/userguide.cpp" line="+41"/>
        <source>User Guide</source>
        <translation>Guía de uso</translation>
    </message>
</context>
<context>
    <name>ValueChain</name>
    <message>
        <location filename="../core/model/choices.cpp" line="+4"/>
        <source>Creation</source>
        <translation>Creación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribution</source>
        <translation>Distribución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participation</source>
        <translation>Participación</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../core/model/vocabulary.cpp" line="+38"/>
        <source>%1 (in English)</source>
        <comment>a term without a label in this language</comment>
        <translation>%1 (en inglés)</translation>
    </message>
</context>
<context>
    <name>VocabularyDialog</name>
    <message>
        <location filename="../ui/dialogs/vocabularydialog.cpp" line="+154"/>
        <source>No label in this language yet: the English one shows. Double-click to add one.</source>
        <translation>Aún no tiene etiqueta en este idioma: se muestra la inglesa. Haga doble clic para añadirla.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>built-in</source>
        <translation>predefinido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cultural Domains and Partner Types</source>
        <translation>Dominios culturales y tipos de socio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cultural domains</source>
        <translation>Dominios culturales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner types</source>
        <translation>Tipos de socio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (required)</source>
        <comment>a label&apos;s language</comment>
        <translation>%1 (obligatoria)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (optional)</source>
        <comment>a label&apos;s language</comment>
        <translation>%1 (opcional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Selected</source>
        <translation>Quitar el valor seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only values you added, and that no measure or partner uses, can be removed.</source>
        <translation>Solo se pueden quitar los valores que usted añadió y que ninguna medida ni socio usa.</translation>
    </message>
</context>
<context>
    <name>VocabularyStore</name>
    <message>
        <location filename="../core/store/vocabularystore.cpp" line="+44"/>
        <source>Give the value a label in English and in Spanish.</source>
        <translation>Escriba la etiqueta del valor en inglés y en español.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labels are at most 200 characters long.</source>
        <translation>Las etiquetas tienen como máximo 200 caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A label cannot contain control characters (such as NUL). Type it again as plain text.</source>
        <translation>Una etiqueta no puede contener caracteres de control (como NUL). Escríbala de nuevo como texto simple.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This list is fixed by the Convention&apos;s reporting framework.</source>
        <translation>Esta lista la fija el marco de presentación de informes de la Convención.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is already in the list (as “%2”).</source>
        <translation>“%1” ya está en la lista (como “%2”).</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>“%1” is part of the Convention&apos;s reporting framework and cannot be removed.</source>
        <translation>“%1” forma parte del marco de presentación de informes de la Convención y no se puede quitar.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>“%1” is in use (%n time(s)), so it cannot be removed. Change those measures or partners first.</source>
        <translation>
            <numerusform>“%1” está en uso (%n vez), por eso no se puede quitar. Cambie primero la medida o el socio que lo usa.</numerusform>
            <numerusform>“%1” está en uso (%n veces), por eso no se puede quitar. Cambie primero las medidas o los socios que lo usan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+85"/>
        <source>This list is full: it can hold 63 values. Remove a value you added before adding another.</source>
        <translation>Esta lista está completa: admite 63 valores. Quite un valor que haya añadido antes de añadir otro.</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>A label cannot contain “%1”: in CSV files it separates values. Use another character, such as “,” or “/”.</source>
        <translation>Una etiqueta no puede contener “%1”: en los archivos CSV separa valores. Use otro carácter, como “,” o “/”.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/widgets/welcomepage.cpp" line="+90"/>
        <source>Measures Catalogue</source>
        <translation>Catálogo de Medidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalogue the cultural-policy measures of your periodic report on the 2005 Convention: enter them, find them again with search and filters, and export exactly what you see to an Excel workbook or CSV.</source>
        <translation>Catalogue las medidas de política cultural de su informe periódico sobre la Convención de 2005: regístrelas, encuéntrelas de nuevo con la búsqueda y los filtros, y exporte a un libro de Excel o a CSV exactamente lo que ve.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Catalogue…</source>
        <translation>Nuevo catálogo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Catalogue…</source>
        <translation>Abrir catálogo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join a Team Catalogue on a Server…</source>
        <translation>Unirse a un catálogo de equipo en un servidor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explore the Sample Catalogue (5 real measures)</source>
        <translation>Explorar el catálogo de ejemplo (5 medidas reales)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent catalogues (double-click to open):</source>
        <translation>Catálogos recientes (doble clic para abrir):</translation>
    </message>
</context>
<context>
    <name>XlsxExporter</name>
    <message>
        <location filename="../core/xlsx/xlsxexporter.cpp" line="+114"/>
        <source>The file “%1” cannot be written (%2). Choose another folder.</source>
        <translation>No se puede escribir el archivo “%1” (%2). Elija otra carpeta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The view holds more measures than an Excel sheet has rows (1,048,575), so no workbook was written. Narrow the view, or export as CSV.</source>
        <translation>La vista tiene más medidas que filas una hoja de Excel (1.048.575), así que no se escribió ningún libro. Acote la vista o exporte a CSV.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <location line="+91"/>
        <source>the workbook could not be created</source>
        <translation>no se pudo crear el libro</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+112"/>
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>The export could not start (%1).</source>
        <translation>No se pudo iniciar la exportación (%1).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>“%1” of the measure “%2” is longer than an Excel cell can hold (32,767 characters), so no workbook was written. Export as CSV, which keeps every text whole.</source>
        <translation>“%1” de la medida “%2” es más largo de lo que cabe en una celda de Excel (32.767 caracteres), así que no se escribió ningún libro. Exporte a CSV, que conserva todos los textos completos.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the catalogue failed during the export (%1).</source>
        <translation>Falló la lectura del catálogo durante la exportación (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Times</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in UTC (coordinated universal time)</source>
        <translation>en UTC (tiempo universal coordinado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorted by</source>
        <translation>Ordenado por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(ascending)</source>
        <translation>(ascendente)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(descending)</source>
        <translation>(descendente)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the disk may be full</source>
        <translation>puede que el disco esté lleno</translation>
    </message>
</context>
<context>
    <name>YearRangeButton</name>
    <message>
        <location filename="../ui/widgets/yearrangebutton.cpp" line="+74"/>
        <source>Report year</source>
        <translation>Año del informe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year: %1</source>
        <translation>Año: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Years: %1–%2</source>
        <translation>Años: %1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year ≥ %1</source>
        <translation>Año ≥ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year ≤ %1</source>
        <translation>Año ≤ %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>any year</source>
        <translation>cualquier año</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+43"/>
        <source>Measures Catalogue: the cultural-policy measures of the UNESCO 2005 Convention, one file per catalogue.</source>
        <translation>Catálogo de Medidas: las medidas de política cultural de la Convención de 2005 de la UNESCO, un archivo por catálogo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show this help and exit.</source>
        <translation>Muestra esta ayuda y termina.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface language for this run: %1.</source>
        <translation>Idioma de la interfaz en esta ejecución: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>catalogue</source>
        <translation>catálogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalogue to open (a .measures file); without it, the last one opened.</source>
        <translation>El catálogo que se abrirá (un archivo .measures); si no se indica, el último abierto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[catalogue]</source>
        <translation>[catálogo]</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+20"/>
        <source>--lang must be one of: %1.</source>
        <translation>--lang debe ser uno de: %1.</translation>
    </message>
</context>
</TS>
