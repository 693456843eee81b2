<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Catalogue</name>
    <message>
        <source>owner unknown</source>
        <translation>propietario desconocido</translation>
    </message>
    <message>
        <source>%1, process %2 on %3</source>
        <translation>%1, proceso %2 en %3</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>otro programa</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>not an SQLite database</source>
        <translation>no es una base de datos SQLite</translation>
    </message>
    <message>
        <source>the file is truncated</source>
        <translation>el archivo está truncado</translation>
    </message>
    <message>
        <source>an SQLite database of another program</source>
        <translation>una base de datos SQLite de otro programa</translation>
    </message>
    <message>
        <source>the catalogue was never finished</source>
        <translation>el catálogo nunca terminó de crearse</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>el archivo o su carpeta son de solo lectura</translation>
    </message>
    <message>
        <source>the file could not be moved into place</source>
        <translation>no se pudo mover el archivo a su lugar</translation>
    </message>
    <message>
        <source>This catalogue is open read-only. You can search and export, but not change it.</source>
        <translation>Este catálogo está abierto en modo de solo lectura. Puede buscar y exportar, pero no modificarlo.</translation>
    </message>
    <message>
        <source>This catalogue file is read-only, so it is open for viewing only. To edit it, make a copy with File ▸ Back Up, or ask for write permission.</source>
        <translation>El archivo de este catálogo es de solo lectura, por eso está abierto solo para consulta. Para editarlo, haga una copia con Archivo ▸ Copia de seguridad o solicite permiso de escritura.</translation>
    </message>
    <message>
        <source>The folder of this catalogue is read-only, so it is open for viewing only. To edit it, copy it to a folder where you can write.</source>
        <translation>La carpeta de este catálogo es de solo lectura, por eso está abierto solo para consulta. Para editarlo, cópielo a una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>a backup cannot replace the catalogue itself</source>
        <translation>una copia de seguridad no puede reemplazar al propio catálogo</translation>
    </message>
    <message>
        <source>“%1” already exists</source>
        <translation>“%1” ya existe</translation>
    </message>
    <message>
        <source>the copy could not be renamed to “%1”</source>
        <translation>no se pudo dar a la copia el nombre “%1”</translation>
    </message>
</context>
<context>
    <name>CatalogueError</name>
    <message>
        <source>The catalogue “%1” does not exist. Check the name and folder, or create a new catalogue.</source>
        <translation>El catálogo “%1” no existe. Revise el nombre y la carpeta, o cree un catálogo nuevo.</translation>
    </message>
    <message>
        <source>The catalogue “%1” cannot be read (%2). Ask the owner of the file for read permission.</source>
        <translation>No se puede leer el catálogo “%1” (%2). Pida permiso de lectura a quien administra el archivo.</translation>
    </message>
    <message>
        <source>“%1” is an empty file, not a catalogue. It was left untouched. Open another file or create a new catalogue.</source>
        <translation>“%1” es un archivo vacío, no un catálogo. No se modificó. Abra otro archivo o cree un catálogo nuevo.</translation>
    </message>
    <message>
        <source>“%1” is not a Measures Catalogue file (%2). It was left untouched. Open a catalogue (.measures) file, or bring CSV data in with Import.</source>
        <translation>“%1” no es un archivo del Catálogo de Medidas (%2). No se modificó. Abra un archivo de catálogo (.measures) o traiga datos CSV con Importar.</translation>
    </message>
    <message>
        <source>The catalogue “%1” is damaged and cannot be opened safely (%2). It was left untouched. Restore it from a backup copy.</source>
        <translation>El catálogo “%1” está dañado y no se puede abrir con seguridad (%2). No se modificó. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The catalogue “%1” was saved by a newer version of Measures Catalogue (file format %2; this version reads up to %3). It was left untouched. Update the application to open it.</source>
        <translation>El catálogo “%1” se guardó con una versión más reciente del Catálogo de Medidas (formato de archivo %2; esta versión lee hasta el %3). No se modificó. Actualice la aplicación para abrirlo.</translation>
    </message>
    <message>
        <source>The catalogue “%1” is already open for editing in another window (%2). Close it there, or open this catalogue read-only.</source>
        <translation>El catálogo “%1” ya está abierto para edición en otra ventana (%2). Ciérrelo allí o abra este catálogo en modo de solo lectura.</translation>
    </message>
    <message>
        <source>The catalogue “%1” is busy: another program is writing to it (%2). Try again in a moment.</source>
        <translation>El catálogo “%1” está ocupado: otro programa está escribiendo en él (%2). Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>“%1” already exists. Nothing was overwritten; choose another file name.</source>
        <translation>“%1” ya existe. No se sobrescribió nada; elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>The catalogue “%1” cannot be created (%2). Choose a folder where you can write and that has free space.</source>
        <translation>No se puede crear el catálogo “%1” (%2). Elija una carpeta en la que pueda escribir y que tenga espacio libre.</translation>
    </message>
    <message>
        <source>Before upgrading “%1” to this version a safety copy is made, and that failed (%2). The catalogue was left untouched. Copy it to a folder where you can write and open it there.</source>
        <translation>Antes de actualizar “%1” a esta versión se hace una copia de seguridad, y eso falló (%2). El catálogo no se modificó. Cópielo a una carpeta en la que pueda escribir y ábralo allí.</translation>
    </message>
    <message>
        <source>Upgrading the catalogue “%1” to this version failed (%2). The unfinished step was undone; the safety copy made before the upgrade is kept next to it.</source>
        <translation>La actualización del catálogo “%1” a esta versión falló (%2). Se deshizo el paso incompleto; la copia de seguridad hecha antes de la actualización se conserva junto a él.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>La opción --%1 necesita un valor.</translation>
    </message>
    <message>
        <source>Unknown option “%1”.</source>
        <translation>Opción desconocida: “%1”.</translation>
    </message>
    <message>
        <source>Run “measures-cli --help” for the list of commands.</source>
        <translation>Ejecute “measures-cli --help” para ver la lista de órdenes.</translation>
    </message>
    <message numerus="yes">
        <source>Created “%1” with %n measure(s).</source>
        <translation><numerusform>Se creó “%1” con %n medida.</numerusform><numerusform>Se creó “%1” con %n medidas.</numerusform></translation>
    </message>
    <message>
        <source>generate needs --count N, a number of measures between 0 and 10,000,000.</source>
        <translation>generate necesita --count N, un número de medidas entre 0 y 10.000.000.</translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation>--seed necesita un número entero.</translation>
    </message>
    <message numerus="yes">
        <source>Generated %n measure(s) in %1 s.</source>
        <translation><numerusform>Se generó %n medida en %1 s.</numerusform><numerusform>Se generaron %n medidas en %1 s.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n measure(s) to “%1”.</source>
        <translation><numerusform>Se exportó %n medida a “%1”.</numerusform><numerusform>Se exportaron %n medidas a “%1”.</numerusform></translation>
    </message>
    <message>
        <source>import needs --in FILE, the CSV file to read.</source>
        <translation>import necesita --in ARCHIVO, el archivo CSV que se leerá.</translation>
    </message>
    <message>
        <source>Dry run: the catalogue was not changed.</source>
        <translation>Prueba sin escritura: el catálogo no se modificó.</translation>
    </message>
    <message>
        <source>row %1 of table %2 refers to a missing row of %3</source>
        <translation>la fila %1 de la tabla %2 remite a una fila inexistente de %3</translation>
    </message>
    <message>
        <source>“%1” has problems. Restore it from a backup copy, or export what can still be read.</source>
        <translation>“%1” tiene problemas. Restáurelo desde una copia de seguridad o exporte lo que aún se pueda leer.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is a healthy catalogue: file format %2, %n measure(s), %3 partners.</source>
        <translation><numerusform>“%1” es un catálogo en buen estado: formato de archivo %2, %n medida, %3 socios.</numerusform><numerusform>“%1” es un catálogo en buen estado: formato de archivo %2, %n medidas, %3 socios.</numerusform></translation>
    </message>
    <message>
        <source>Usage: measures-cli COMMAND CATALOGUE [OPTIONS]

Commands:
  create   CATALOGUE                       new empty catalogue (never overwrites)
  sample   CATALOGUE                       new catalogue holding the bundled sample measures
  generate CATALOGUE --count N [--seed S]  new catalogue of N synthetic measures
  count    CATALOGUE [FILTER]              number of matching measures
  export   CATALOGUE [FILTER] [--out FILE] [--columns k1,k2] [--lang en|es]
           [--delimiter ,|;|tab] [--bom] [--header labels|keys] [--codes]
           [--no-formula-guard] [--sort KEY[:desc]]
  import   CATALOGUE --in FILE [--dry-run]  all rows or none
  check    CATALOGUE                       integrity, file format, foreign keys

FILTER: --search TEXT --goal N --area CODE --domain CODE --scope CODE --nature CODE
        --country CODE --year-from Y --year-to Y --evaluated yes|no|unknown
        --partner-type CODE --status draft|ready
        Repeat an option to allow several values; different options combine with AND.

Messages are in the --lang language (default: the system's).
Exit codes: 0 ok, 1 invalid input or data, 2 usage, 3 catalogue cannot be opened.</source>
        <translation>Uso: measures-cli ORDEN CATÁLOGO [OPCIONES]

Órdenes:
  create   CATÁLOGO                        catálogo nuevo y vacío (nunca sobrescribe)
  sample   CATÁLOGO                        catálogo nuevo con las medidas de ejemplo incluidas
  generate CATÁLOGO --count N [--seed S]   catálogo nuevo con N medidas sintéticas
  count    CATÁLOGO [FILTRO]               número de medidas que coinciden
  export   CATÁLOGO [FILTRO] [--out ARCHIVO] [--columns k1,k2] [--lang en|es]
           [--delimiter ,|;|tab] [--bom] [--header labels|keys] [--codes]
           [--no-formula-guard] [--sort CLAVE[:desc]]
  import   CATÁLOGO --in ARCHIVO [--dry-run]  todas las filas o ninguna
  check    CATÁLOGO                        integridad, formato de archivo, claves foráneas

FILTRO: --search TEXTO --goal N --area CÓDIGO --domain CÓDIGO --scope CÓDIGO --nature CÓDIGO
        --country CÓDIGO --year-from A --year-to A --evaluated yes|no|unknown
        --partner-type CÓDIGO --status draft|ready
        Repita una opción para admitir varios valores; opciones distintas se combinan con Y.

Los mensajes salen en el idioma de --lang (por omisión, el del sistema).
Códigos de salida: 0 correcto, 1 datos no válidos, 2 uso incorrecto, 3 no se puede abrir el catálogo.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Orden desconocida: “%1”.</translation>
    </message>
    <message>
        <source>%1 needs exactly one catalogue file.</source>
        <translation>%1 necesita exactamente un archivo de catálogo.</translation>
    </message>
    <message>
        <source>%1 does not take --%2.</source>
        <translation>%1 no admite --%2.</translation>
    </message>
    <message>
        <source>“%1” is not a value of --%2. Use one of: %3.</source>
        <translation>“%1” no es un valor de --%2. Use uno de estos: %3.</translation>
    </message>
    <message>
        <source>--%1 needs a year, for example 2020.</source>
        <translation>--%1 necesita un año, por ejemplo 2020.</translation>
    </message>
    <message>
        <source>“%1” is not a column to sort by. Use a column key, optionally followed by :desc.</source>
        <translation>“%1” no es una columna por la que ordenar. Use la clave de una columna, seguida si quiere de :desc.</translation>
    </message>
    <message>
        <source>--delimiter must be “,”, “;” or “tab”.</source>
        <translation>--delimiter debe ser “,”, “;” o “tab”.</translation>
    </message>
    <message>
        <source>--header must be “labels” or “keys”.</source>
        <translation>--header debe ser “labels” o “keys”.</translation>
    </message>
    <message>
        <source>Unknown column “%1”. Columns: %2.</source>
        <translation>Columna desconocida: “%1”. Columnas: %2.</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>The export could not start (%1).</source>
        <translation>No se pudo iniciar la exportación (%1).</translation>
    </message>
    <message>
        <source>Writing the CSV file failed (%1). Check the free space of the disk.</source>
        <translation>Falló la escritura del archivo CSV (%1). Revise el espacio libre del disco.</translation>
    </message>
    <message>
        <source>Reading the catalogue failed during the export (%1).</source>
        <translation>Falló la lectura del catálogo durante la exportación (%1).</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written (%2). Choose another folder.</source>
        <translation>No se puede escribir el archivo “%1” (%2). Elija otra carpeta.</translation>
    </message>
    <message>
        <source>The file “%1” could not be completed (%2). Nothing was written; check the free space and try again.</source>
        <translation>No se pudo completar el archivo “%1” (%2). No se escribió nada; revise el espacio libre e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) found. Correct them and import the file again.</source>
        <translation><numerusform>No se importó nada: se encontró %n problema. Corríjalo e importe el archivo de nuevo.</numerusform><numerusform>No se importó nada: se encontraron %n problemas. Corríjalos e importe el archivo de nuevo.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The first %n are listed.</source>
        <translation><numerusform>Se muestra el primero.</numerusform><numerusform>Se muestran los primeros %n.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: </source>
        <translation><numerusform>%n fila leída: </numerusform><numerusform>%n filas leídas: </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n added, </source>
        <translation><numerusform>%n agregada, </numerusform><numerusform>%n agregadas, </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n updated, </source>
        <translation><numerusform>%n actualizada, </numerusform><numerusform>%n actualizadas, </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n already up to date.</source>
        <translation><numerusform>%n ya estaba al día.</numerusform><numerusform>%n ya estaban al día.</numerusform></translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>No se puede leer el archivo (%1).</translation>
    </message>
    <message>
        <source>The file is empty. A CSV file for import starts with a header line naming its columns.</source>
        <translation>El archivo está vacío. Un archivo CSV para importar empieza con una línea de encabezado que nombra sus columnas.</translation>
    </message>
    <message>
        <source>This row has %1 fields but the header has %2. Check the delimiters and quotes of the row.</source>
        <translation>Esta fila tiene %1 campos, pero el encabezado tiene %2. Revise los separadores y las comillas de la fila.</translation>
    </message>
    <message>
        <source>This measure identifier already appears on line %1.</source>
        <translation>Este identificador de medida ya aparece en la línea %1.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is saved as UTF-16 text. Save it again as “CSV UTF-8” and import that file.</source>
        <translation>El archivo está guardado como texto UTF-16. Guárdelo de nuevo como “CSV UTF-8” e importe ese archivo.</translation>
    </message>
    <message>
        <source>The text is not UTF-8 (perhaps Windows-1252 or Latin-1). Save the file as “CSV UTF-8” and import it again.</source>
        <translation>El texto no está en UTF-8 (quizá en Windows-1252 o Latin-1). Guarde el archivo como “CSV UTF-8” e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>A quoted field that starts on line %1 is never closed. Check the quotes in that row.</source>
        <translation>Un campo entre comillas que empieza en la línea %1 nunca se cierra. Revise las comillas de esa fila.</translation>
    </message>
    <message>
        <source>The file contains a NUL byte: it is not a text CSV file.</source>
        <translation>El archivo contiene un byte NUL: no es un archivo CSV de texto.</translation>
    </message>
    <message>
        <source>A field is larger than %L1 bytes. Shorten it, or check the quotes of that row.</source>
        <translation>Un campo ocupa más de %L1 bytes. Acórtelo o revise las comillas de esa fila.</translation>
    </message>
    <message>
        <source>Unexpected text after a closing quote. A quote inside a field must be doubled ("").</source>
        <translation>Hay texto inesperado después de unas comillas de cierre. Las comillas dentro de un campo deben duplicarse ("").</translation>
    </message>
    <message>
        <source>A quote inside a field that does not start with a quote. Put the whole field in quotes and double the inner quote ("").</source>
        <translation>Hay comillas dentro de un campo que no empieza con comillas. Ponga todo el campo entre comillas y duplique las comillas internas ("").</translation>
    </message>
    <message>
        <source>A field is larger than %L1 bytes. Shorten it.</source>
        <translation>Un campo ocupa más de %L1 bytes. Acórtelo.</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>No se sabe</translation>
    </message>
</context>
<context>
    <name>MeasureCsvRow</name>
    <message>
        <source>Unknown column “%1”. Columns are named by these keys or their English or Spanish labels: %2.</source>
        <translation>Columna desconocida: “%1”. Las columnas se nombran con estas claves o con sus etiquetas en inglés o en español: %2.</translation>
    </message>
    <message>
        <source>The column “%1” appears twice. Keep only one.</source>
        <translation>La columna “%1” aparece dos veces. Deje solo una.</translation>
    </message>
    <message>
        <source>There is no title column. Every measure needs a title: add a column named “title” (or “Title” / “Título”).</source>
        <translation>No hay columna de título. Toda medida necesita un título: agregue una columna llamada “title” (o “Title” / “Título”).</translation>
    </message>
    <message>
        <source>Unknown country “%1”. Use the ISO 3166 three-letter code (for example MEX or PER) or the country's name.</source>
        <translation>País desconocido: “%1”. Use el código ISO 3166 de tres letras (por ejemplo MEX o PER) o el nombre del país.</translation>
    </message>
    <message>
        <source>“%1” is not a value of %2. Use one of its codes or labels, separated by “;”.</source>
        <translation>“%1” no es un valor de %2. Use uno de sus códigos o etiquetas, separados por “;”.</translation>
    </message>
    <message>
        <source>“%1” is not a measure identifier (UUID). Leave the cell empty for a new measure.</source>
        <translation>“%1” no es un identificador de medida (UUID). Deje la celda vacía para una medida nueva.</translation>
    </message>
    <message>
        <source>“%1” is not a year. Write the report year with four digits, for example 2020.</source>
        <translation>“%1” no es un año. Escriba el año del informe con cuatro cifras, por ejemplo 2020.</translation>
    </message>
    <message>
        <source>“%1” is not an answer to “evaluated”. Use yes, no or unknown (or Sí, No, No se sabe).</source>
        <translation>“%1” no es una respuesta válida para “evaluada”. Use yes, no o unknown (o Sí, No, No se sabe).</translation>
    </message>
    <message>
        <source>“%1” is not a status. Use draft or ready (Borrador, Lista).</source>
        <translation>“%1” no es un estado. Use draft o ready (Borrador, Lista).</translation>
    </message>
    <message>
        <source>The partner “%1” has no type of entity. Write it as “Name [type]”, for example “Ministry of Culture [public_sector]”.</source>
        <translation>El socio “%1” no tiene tipo de entidad. Escríbalo como “Nombre [tipo]”, por ejemplo “Ministerio de Cultura [public_sector]”.</translation>
    </message>
    <message>
        <source>“%1” is not a type of entity for the partner “%2”. Use public_sector, private_sector, civil_society, international_organization or their labels.</source>
        <translation>“%1” no es un tipo de entidad para el socio “%2”. Use public_sector, private_sector, civil_society, international_organization o sus etiquetas.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time. Use ISO 8601, for example 2026-11-22T09:30:00Z.</source>
        <translation>“%1” no es una fecha y hora. Use ISO 8601, por ejemplo 2026-11-22T09:30:00Z.</translation>
    </message>
</context>
<context>
    <name>MeasureField</name>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Report year</source>
        <translation>Año del informe</translation>
    </message>
    <message>
        <source>Responsible agencies</source>
        <translation>Organismos responsables</translation>
    </message>
    <message>
        <source>Key objectives</source>
        <translation>Objetivos clave</translation>
    </message>
    <message>
        <source>Main features</source>
        <translation>Características principales</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Naturaleza</translation>
    </message>
    <message>
        <source>Expected results</source>
        <translation>Resultados esperados</translation>
    </message>
    <message>
        <source>Results achieved</source>
        <translation>Resultados obtenidos</translation>
    </message>
    <message>
        <source>Funding as reported</source>
        <translation>Financiamiento según el informe</translation>
    </message>
    <message>
        <source>Funding (USD)</source>
        <translation>Financiamiento (USD)</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Evaluada</translation>
    </message>
    <message>
        <source>Evaluation conclusions</source>
        <translation>Conclusiones de la evaluación</translation>
    </message>
    <message>
        <source>Convention goals</source>
        <translation>Objetivos de la Convención</translation>
    </message>
    <message>
        <source>Monitoring areas</source>
        <translation>Ámbitos de seguimiento</translation>
    </message>
    <message>
        <source>Cultural domains</source>
        <translation>Dominios culturales</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Último cambio</translation>
    </message>
</context>
<context>
    <name>MeasureValidator</name>
    <message>
        <source>Every measure needs a title. Type the name of the policy or programme.</source>
        <translation>Toda medida necesita un título. Escriba el nombre de la política o del programa.</translation>
    </message>
    <message>
        <source>The title is too long: at most %L1 characters.</source>
        <translation>El título es demasiado largo: como máximo %L1 caracteres.</translation>
    </message>
    <message>
        <source>The report year must be between %1 and %2, or left empty.</source>
        <translation>El año del informe debe estar entre %1 y %2, o quedar vacío.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>El monto no puede ser negativo.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>El monto es demasiado grande.</translation>
    </message>
    <message>
        <source>The website must be a web address starting with http:// or https://, for example https://en.unesco.org/creativity.</source>
        <translation>El sitio web debe ser una dirección que empiece con http:// o https://, por ejemplo https://es.unesco.org/creativity.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 3166 country code. Pick the country from the list.</source>
        <translation>“%1” no es un código de país ISO 3166. Elija el país de la lista.</translation>
    </message>
    <message>
        <source>Evaluated must be yes, no or not known.</source>
        <translation>“Evaluada” debe ser sí, no o no se sabe.</translation>
    </message>
    <message>
        <source>The status must be draft or ready.</source>
        <translation>El estado debe ser borrador o lista.</translation>
    </message>
    <message>
        <source>“%1” is not a known value of %2.</source>
        <translation>“%1” no es un valor conocido de %2.</translation>
    </message>
    <message>
        <source>A partner has a type but no name. Type the partner's name or remove the row.</source>
        <translation>Un socio tiene tipo pero no nombre. Escriba el nombre del socio o quite la fila.</translation>
    </message>
    <message>
        <source>Choose the type of entity of the partner “%1”.</source>
        <translation>Elija el tipo de entidad del socio “%1”.</translation>
    </message>
    <message>
        <source>The partner “%1” is listed twice.</source>
        <translation>El socio “%1” figura dos veces.</translation>
    </message>
    <message>
        <source>A partner's name is too long: at most %L1 characters.</source>
        <translation>El nombre de un socio es demasiado largo: como máximo %L1 caracteres.</translation>
    </message>
    <message>
        <source>%1 is too long: at most %L2 characters.</source>
        <translation>%1 es demasiado largo: como máximo %L2 caracteres.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The amount cannot be negative. Type the amount in US dollars, for example %1.</source>
        <translation>El monto no puede ser negativo. Escriba el monto en dólares estadounidenses, por ejemplo %1.</translation>
    </message>
    <message>
        <source>“%1” is not an amount. Type digits, for example %2.</source>
        <translation>“%1” no es un monto. Escriba cifras, por ejemplo %2.</translation>
    </message>
    <message>
        <source>Amounts have at most two decimals (cents). Check “%1”.</source>
        <translation>Los montos tienen como máximo dos decimales (centavos). Revise “%1”.</translation>
    </message>
    <message>
        <source>The amount is too large. Amounts up to %1 are accepted.</source>
        <translation>El monto es demasiado grande. Se aceptan montos de hasta %1.</translation>
    </message>
</context>
<context>
    <name>ReviewStatus</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Lista</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The disk is full, so the change was not saved. Free some space and save again; what you typed is kept.</source>
        <translation>El disco está lleno, así que el cambio no se guardó. Libere espacio y guarde de nuevo; lo que escribió se conserva.</translation>
    </message>
    <message>
        <source>The catalogue file has become read-only, so the change was not saved. Check its permissions, or back it up to another folder; what you typed is kept.</source>
        <translation>El archivo del catálogo pasó a ser de solo lectura, así que el cambio no se guardó. Revise sus permisos o haga una copia en otra carpeta; lo que escribió se conserva.</translation>
    </message>
    <message>
        <source>Another program is writing to the catalogue, so the change was not saved. Try again in a moment; what you typed is kept.</source>
        <translation>Otro programa está escribiendo en el catálogo, así que el cambio no se guardó. Inténtelo de nuevo en un momento; lo que escribió se conserva.</translation>
    </message>
    <message>
        <source>The catalogue file could not be written: it may have been moved or deleted, or its drive disconnected (%1). What you typed is kept; reconnect the drive and save again.</source>
        <translation>No se pudo escribir en el archivo del catálogo: puede que se haya movido o borrado, o que su unidad se haya desconectado (%1). Lo que escribió se conserva; vuelva a conectar la unidad y guarde de nuevo.</translation>
    </message>
    <message>
        <source>The catalogue file is damaged (%1). The change was not saved. Restore the catalogue from a backup copy.</source>
        <translation>El archivo del catálogo está dañado (%1). El cambio no se guardó. Restaure el catálogo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the catalogue (%1) and was not saved.</source>
        <translation>El cambio no respeta una regla del catálogo (%1) y no se guardó.</translation>
    </message>
    <message>
        <source>The change could not be saved (%1). What you typed is kept.</source>
        <translation>No se pudo guardar el cambio (%1). Lo que escribió se conserva.</translation>
    </message>
</context>
</TS>