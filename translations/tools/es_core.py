# Spanish for core and the command line. Wording for Latin-American ministries: medida, catálogo,
# dominio cultural, socio, objetivo de la Convención, alcance, naturaleza, financiamiento.
T = {
    # Catalogue
    'owner unknown': 'propietario desconocido',
    '%1, process %2 on %3': '%1, proceso %2 en %3',
    'another program': 'otro programa',
    'it is a folder': 'es una carpeta',
    'not an SQLite database': 'no es una base de datos SQLite',
    'the file is truncated': 'el archivo está truncado',
    'an SQLite database of another program': 'una base de datos SQLite de otro programa',
    'the catalogue was never finished': 'el catálogo nunca terminó de crearse',
    'the file or its folder is read-only': 'el archivo o su carpeta son de solo lectura',
    'the file could not be moved into place': 'no se pudo mover el archivo a su lugar',
    'This catalogue is open read-only. You can search and export, but not change it.':
        'Este catálogo está abierto en modo de solo lectura. Puede buscar y exportar, pero no modificarlo.',
    'This catalogue file is read-only, so it is open for viewing only. To edit it, make a copy with File ▸ Back Up, or ask for write permission.':
        'El archivo de este catálogo es de solo lectura, por eso está abierto solo para consulta. Para editarlo, haga una copia con Archivo ▸ Copia de seguridad o solicite permiso de escritura.',
    'The folder of this catalogue is read-only, so it is open for viewing only. To edit it, copy it to a folder where you can write.':
        'La carpeta de este catálogo es de solo lectura, por eso está abierto solo para consulta. Para editarlo, cópielo a una carpeta en la que pueda escribir.',
    'a backup cannot replace the catalogue itself': 'una copia de seguridad no puede reemplazar al propio catálogo',
    '“%1” already exists': '“%1” ya existe',
    'the copy could not be renamed to “%1”': 'no se pudo dar a la copia el nombre “%1”',
    # CatalogueError
    'The catalogue “%1” does not exist. Check the name and folder, or create a new catalogue.':
        'El catálogo “%1” no existe. Revise el nombre y la carpeta, o cree un catálogo nuevo.',
    'The catalogue “%1” cannot be read (%2). Ask the owner of the file for read permission.':
        'No se puede leer el catálogo “%1” (%2). Pida permiso de lectura a quien administra el archivo.',
    '“%1” is an empty file, not a catalogue. It was left untouched. Open another file or create a new catalogue.':
        '“%1” es un archivo vacío, no un catálogo. No se modificó. Abra otro archivo o cree un catálogo nuevo.',
    '“%1” is not a Measures Catalogue file (%2). It was left untouched. Open a catalogue (.measures) file, or bring CSV data in with Import.':
        '“%1” no es un archivo del Catálogo de Medidas (%2). No se modificó. Abra un archivo de catálogo (.measures) o traiga datos CSV con Importar.',
    'The catalogue “%1” is damaged and cannot be opened safely (%2). It was left untouched. Restore it from a backup copy.':
        'El catálogo “%1” está dañado y no se puede abrir con seguridad (%2). No se modificó. Restáurelo desde una copia de seguridad.',
    'The catalogue “%1” was saved by a newer version of Measures Catalogue (file format %2; this version reads up to %3). It was left untouched. Update the application to open it.':
        'El catálogo “%1” se guardó con una versión más reciente del Catálogo de Medidas (formato de archivo %2; esta versión lee hasta el %3). No se modificó. Actualice la aplicación para abrirlo.',
    'The catalogue “%1” is already open for editing in another window (%2). Close it there, or open this catalogue read-only.':
        'El catálogo “%1” ya está abierto para edición en otra ventana (%2). Ciérrelo allí o abra este catálogo en modo de solo lectura.',
    'The catalogue “%1” is busy: another program is writing to it (%2). Try again in a moment.':
        'El catálogo “%1” está ocupado: otro programa está escribiendo en él (%2). Inténtelo de nuevo en un momento.',
    '“%1” already exists. Nothing was overwritten; choose another file name.':
        '“%1” ya existe. No se sobrescribió nada; elija otro nombre de archivo.',
    'The catalogue “%1” cannot be created (%2). Choose a folder where you can write and that has free space.':
        'No se puede crear el catálogo “%1” (%2). Elija una carpeta en la que pueda escribir y que tenga espacio libre.',
    'Before upgrading “%1” to this version a safety copy is made, and that failed (%2). The catalogue was left untouched. Copy it to a folder where you can write and open it there.':
        'Antes de actualizar “%1” a esta versión se hace una copia de seguridad, y eso falló (%2). El catálogo no se modificó. Cópielo a una carpeta en la que pueda escribir y ábralo allí.',
    'Upgrading the catalogue “%1” to this version failed (%2). The unfinished step was undone; the safety copy made before the upgrade is kept next to it.':
        'La actualización del catálogo “%1” a esta versión falló (%2). Se deshizo el paso incompleto; la copia de seguridad hecha antes de la actualización se conserva junto a él.',
    # Cli
    'The option --%1 needs a value.': 'La opción --%1 necesita un valor.',
    'Unknown option “%1”.': 'Opción desconocida: “%1”.',
    'Run “measures-cli --help” for the list of commands.': 'Ejecute “measures-cli --help” para ver la lista de órdenes.',
    'Created “%1” with %n measure(s).': ['Se creó “%1” con %n medida.', 'Se creó “%1” con %n medidas.'],
    'generate needs --count N, a number of measures between 0 and 10,000,000.':
        'generate necesita --count N, un número de medidas entre 0 y 10.000.000.',
    '--seed needs a whole number.': '--seed necesita un número entero.',
    'Generated %n measure(s) in %1 s.': ['Se generó %n medida en %1 s.', 'Se generaron %n medidas en %1 s.'],
    'Exported %n measure(s) to “%1”.': ['Se exportó %n medida a “%1”.', 'Se exportaron %n medidas a “%1”.'],
    'import needs --in FILE, the CSV file to read.': 'import necesita --in ARCHIVO, el archivo CSV que se leerá.',
    'Dry run: the catalogue was not changed.': 'Prueba sin escritura: el catálogo no se modificó.',
    'row %1 of table %2 refers to a missing row of %3': 'la fila %1 de la tabla %2 remite a una fila inexistente de %3',
    '“%1” has problems. Restore it from a backup copy, or export what can still be read.':
        '“%1” tiene problemas. Restáurelo desde una copia de seguridad o exporte lo que aún se pueda leer.',
    '“%1” is a healthy catalogue: file format %2, %n measure(s), %3 partners.':
        ['“%1” es un catálogo en buen estado: formato de archivo %2, %n medida, %3 socios.',
         '“%1” es un catálogo en buen estado: formato de archivo %2, %n medidas, %3 socios.'],
    'Usage: measures-cli COMMAND CATALOGUE [OPTIONS]\n\nCommands:\n  create   CATALOGUE                       new empty catalogue (never overwrites)\n  sample   CATALOGUE                       new catalogue holding the bundled sample measures\n  generate CATALOGUE --count N [--seed S]  new catalogue of N synthetic measures\n  count    CATALOGUE [FILTER]              number of matching measures\n  export   CATALOGUE [FILTER] [--out FILE] [--columns k1,k2] [--lang en|es]\n           [--delimiter ,|;|tab] [--bom] [--header labels|keys] [--codes]\n           [--no-formula-guard] [--sort KEY[:desc]]\n  import   CATALOGUE --in FILE [--dry-run]  all rows or none\n  check    CATALOGUE                       integrity, file format, foreign keys\n\nFILTER: --search TEXT --goal N --area CODE --domain CODE --scope CODE --nature CODE\n        --country CODE --year-from Y --year-to Y --evaluated yes|no|unknown\n        --partner-type CODE --status draft|ready\n        Repeat an option to allow several values; different options combine with AND.\n\nMessages are in the --lang language (default: the system\'s).\nExit codes: 0 ok, 1 invalid input or data, 2 usage, 3 catalogue cannot be opened.':
        'Uso: measures-cli ORDEN CATÁLOGO [OPCIONES]\n\nÓrdenes:\n  create   CATÁLOGO                        catálogo nuevo y vacío (nunca sobrescribe)\n  sample   CATÁLOGO                        catálogo nuevo con las medidas de ejemplo incluidas\n  generate CATÁLOGO --count N [--seed S]   catálogo nuevo con N medidas sintéticas\n  count    CATÁLOGO [FILTRO]               número de medidas que coinciden\n  export   CATÁLOGO [FILTRO] [--out ARCHIVO] [--columns k1,k2] [--lang en|es]\n           [--delimiter ,|;|tab] [--bom] [--header labels|keys] [--codes]\n           [--no-formula-guard] [--sort CLAVE[:desc]]\n  import   CATÁLOGO --in ARCHIVO [--dry-run]  todas las filas o ninguna\n  check    CATÁLOGO                        integridad, formato de archivo, claves foráneas\n\nFILTRO: --search TEXTO --goal N --area CÓDIGO --domain CÓDIGO --scope CÓDIGO --nature CÓDIGO\n        --country CÓDIGO --year-from A --year-to A --evaluated yes|no|unknown\n        --partner-type CÓDIGO --status draft|ready\n        Repita una opción para admitir varios valores; opciones distintas se combinan con Y.\n\nLos mensajes salen en el idioma de --lang (por omisión, el del sistema).\nCódigos de salida: 0 correcto, 1 datos no válidos, 2 uso incorrecto, 3 no se puede abrir el catálogo.',
    'Unknown command “%1”.': 'Orden desconocida: “%1”.',
    '%1 needs exactly one catalogue file.': '%1 necesita exactamente un archivo de catálogo.',
    '%1 does not take --%2.': '%1 no admite --%2.',
    '“%1” is not a value of --%2. Use one of: %3.': '“%1” no es un valor de --%2. Use uno de estos: %3.',
    '--%1 needs a year, for example 2020.': '--%1 necesita un año, por ejemplo 2020.',
    '“%1” is not a column to sort by. Use a column key, optionally followed by :desc.':
        '“%1” no es una columna por la que ordenar. Use la clave de una columna, seguida si quiere de :desc.',
    '--delimiter must be “,”, “;” or “tab”.': '--delimiter debe ser “,”, “;” o “tab”.',
    '--header must be “labels” or “keys”.': '--header debe ser “labels” o “keys”.',
    'Unknown column “%1”. Columns: %2.': 'Columna desconocida: “%1”. Columnas: %2.',
    # CsvExporter
    'The export could not start (%1).': 'No se pudo iniciar la exportación (%1).',
    'Writing the CSV file failed (%1). Check the free space of the disk.':
        'Falló la escritura del archivo CSV (%1). Revise el espacio libre del disco.',
    'Reading the catalogue failed during the export (%1).': 'Falló la lectura del catálogo durante la exportación (%1).',
    'The file “%1” cannot be written (%2). Choose another folder.': 'No se puede escribir el archivo “%1” (%2). Elija otra carpeta.',
    'The file “%1” could not be completed (%2). Nothing was written; check the free space and try again.':
        'No se pudo completar el archivo “%1” (%2). No se escribió nada; revise el espacio libre e inténtelo de nuevo.',
    # CsvImporter
    'Nothing was imported: %n problem(s) found. Correct them and import the file again.':
        ['No se importó nada: se encontró %n problema. Corríjalo e importe el archivo de nuevo.',
         'No se importó nada: se encontraron %n problemas. Corríjalos e importe el archivo de nuevo.'],
    'The first %n are listed.': ['Se muestra el primero.', 'Se muestran los primeros %n.'],
    '%n row(s) read: ': ['%n fila leída: ', '%n filas leídas: '],
    '%n added, ': ['%n agregada, ', '%n agregadas, '],
    '%n updated, ': ['%n actualizada, ', '%n actualizadas, '],
    '%n already up to date.': ['%n ya estaba al día.', '%n ya estaban al día.'],
    'The file cannot be read (%1).': 'No se puede leer el archivo (%1).',
    'The file is empty. A CSV file for import starts with a header line naming its columns.':
        'El archivo está vacío. Un archivo CSV para importar empieza con una línea de encabezado que nombra sus columnas.',
    'This row has %1 fields but the header has %2. Check the delimiters and quotes of the row.':
        'Esta fila tiene %1 campos, pero el encabezado tiene %2. Revise los separadores y las comillas de la fila.',
    'This measure identifier already appears on line %1.': 'Este identificador de medida ya aparece en la línea %1.',
    # CsvReader
    'The file is saved as UTF-16 text. Save it again as “CSV UTF-8” and import that file.':
        'El archivo está guardado como texto UTF-16. Guárdelo de nuevo como “CSV UTF-8” e importe ese archivo.',
    'The text is not UTF-8 (perhaps Windows-1252 or Latin-1). Save the file as “CSV UTF-8” and import it again.':
        'El texto no está en UTF-8 (quizá en Windows-1252 o Latin-1). Guarde el archivo como “CSV UTF-8” e impórtelo de nuevo.',
    'A quoted field that starts on line %1 is never closed. Check the quotes in that row.':
        'Un campo entre comillas que empieza en la línea %1 nunca se cierra. Revise las comillas de esa fila.',
    'The file contains a NUL byte: it is not a text CSV file.': 'El archivo contiene un byte NUL: no es un archivo CSV de texto.',
    'A field is larger than %L1 bytes. Shorten it, or check the quotes of that row.':
        'Un campo ocupa más de %L1 bytes. Acórtelo o revise las comillas de esa fila.',
    'Unexpected text after a closing quote. A quote inside a field must be doubled ("").':
        'Hay texto inesperado después de unas comillas de cierre. Las comillas dentro de un campo deben duplicarse ("").',
    'A quote inside a field that does not start with a quote. Put the whole field in quotes and double the inner quote ("").':
        'Hay comillas dentro de un campo que no empieza con comillas. Ponga todo el campo entre comillas y duplique las comillas internas ("").',
    'A field is larger than %L1 bytes. Shorten it.': 'Un campo ocupa más de %L1 bytes. Acórtelo.',
    # Evaluation, ReviewStatus
    ('Evaluation', 'Yes'): 'Sí',
    ('Evaluation', 'No'): 'No',
    ('Evaluation', 'Not known'): 'No se sabe',
    ('ReviewStatus', 'Draft'): 'Borrador',
    ('ReviewStatus', 'Ready'): 'Lista',
    # MeasureCsvRow
    'Unknown column “%1”. Columns are named by these keys or their English or Spanish labels: %2.':
        'Columna desconocida: “%1”. Las columnas se nombran con estas claves o con sus etiquetas en inglés o en español: %2.',
    'The column “%1” appears twice. Keep only one.': 'La columna “%1” aparece dos veces. Deje solo una.',
    'There is no title column. Every measure needs a title: add a column named “title” (or “Title” / “Título”).':
        'No hay columna de título. Toda medida necesita un título: agregue una columna llamada “title” (o “Title” / “Título”).',
    "Unknown country “%1”. Use the ISO 3166 three-letter code (for example MEX or PER) or the country's name.":
        'País desconocido: “%1”. Use el código ISO 3166 de tres letras (por ejemplo MEX o PER) o el nombre del país.',
    '“%1” is not a value of %2. Use one of its codes or labels, separated by “;”.':
        '“%1” no es un valor de %2. Use uno de sus códigos o etiquetas, separados por “;”.',
    '“%1” is not a measure identifier (UUID). Leave the cell empty for a new measure.':
        '“%1” no es un identificador de medida (UUID). Deje la celda vacía para una medida nueva.',
    '“%1” is not a year. Write the report year with four digits, for example 2020.':
        '“%1” no es un año. Escriba el año del informe con cuatro cifras, por ejemplo 2020.',
    '“%1” is not an answer to “evaluated”. Use yes, no or unknown (or Sí, No, No se sabe).':
        '“%1” no es una respuesta válida para “evaluada”. Use yes, no o unknown (o Sí, No, No se sabe).',
    '“%1” is not a status. Use draft or ready (Borrador, Lista).': '“%1” no es un estado. Use draft o ready (Borrador, Lista).',
    'The partner “%1” has no type of entity. Write it as “Name [type]”, for example “Ministry of Culture [public_sector]”.':
        'El socio “%1” no tiene tipo de entidad. Escríbalo como “Nombre [tipo]”, por ejemplo “Ministerio de Cultura [public_sector]”.',
    '“%1” is not a type of entity for the partner “%2”. Use public_sector, private_sector, civil_society, international_organization or their labels.':
        '“%1” no es un tipo de entidad para el socio “%2”. Use public_sector, private_sector, civil_society, international_organization o sus etiquetas.',
    '“%1” is not a date and time. Use ISO 8601, for example 2026-11-22T09:30:00Z.':
        '“%1” no es una fecha y hora. Use ISO 8601, por ejemplo 2026-11-22T09:30:00Z.',
    # MeasureField
    ('MeasureField', 'Identifier'): 'Identificador',
    ('MeasureField', 'Title'): 'Título',
    ('MeasureField', 'Country'): 'País',
    ('MeasureField', 'Report year'): 'Año del informe',
    ('MeasureField', 'Responsible agencies'): 'Organismos responsables',
    ('MeasureField', 'Key objectives'): 'Objetivos clave',
    ('MeasureField', 'Main features'): 'Características principales',
    ('MeasureField', 'Scope'): 'Alcance',
    ('MeasureField', 'Nature'): 'Naturaleza',
    ('MeasureField', 'Expected results'): 'Resultados esperados',
    ('MeasureField', 'Results achieved'): 'Resultados obtenidos',
    ('MeasureField', 'Funding as reported'): 'Financiamiento según el informe',
    ('MeasureField', 'Funding (USD)'): 'Financiamiento (USD)',
    ('MeasureField', 'Evaluated'): 'Evaluada',
    ('MeasureField', 'Evaluation conclusions'): 'Conclusiones de la evaluación',
    ('MeasureField', 'Convention goals'): 'Objetivos de la Convención',
    ('MeasureField', 'Monitoring areas'): 'Ámbitos de seguimiento',
    ('MeasureField', 'Cultural domains'): 'Dominios culturales',
    ('MeasureField', 'Partners'): 'Socios',
    ('MeasureField', 'Website'): 'Sitio web',
    ('MeasureField', 'Status'): 'Estado',
    ('MeasureField', 'Created'): 'Creada',
    ('MeasureField', 'Last changed'): 'Último cambio',
    # MeasureValidator
    'Every measure needs a title. Type the name of the policy or programme.':
        'Toda medida necesita un título. Escriba el nombre de la política o del programa.',
    'The title is too long: at most %L1 characters.': 'El título es demasiado largo: como máximo %L1 caracteres.',
    'The report year must be between %1 and %2, or left empty.': 'El año del informe debe estar entre %1 y %2, o quedar vacío.',
    'The amount cannot be negative.': 'El monto no puede ser negativo.',
    'The amount is too large.': 'El monto es demasiado grande.',
    'The website must be a web address starting with http:// or https://, for example https://en.unesco.org/creativity.':
        'El sitio web debe ser una dirección que empiece con http:// o https://, por ejemplo https://es.unesco.org/creativity.',
    '“%1” is not an ISO 3166 country code. Pick the country from the list.':
        '“%1” no es un código de país ISO 3166. Elija el país de la lista.',
    'Evaluated must be yes, no or not known.': '“Evaluada” debe ser sí, no o no se sabe.',
    'The status must be draft or ready.': 'El estado debe ser borrador o lista.',
    '“%1” is not a known value of %2.': '“%1” no es un valor conocido de %2.',
    "A partner has a type but no name. Type the partner's name or remove the row.":
        'Un socio tiene tipo pero no nombre. Escriba el nombre del socio o quite la fila.',
    'Choose the type of entity of the partner “%1”.': 'Elija el tipo de entidad del socio “%1”.',
    'The partner “%1” is listed twice.': 'El socio “%1” figura dos veces.',
    "A partner's name is too long: at most %L1 characters.": 'El nombre de un socio es demasiado largo: como máximo %L1 caracteres.',
    '%1 is too long: at most %L2 characters.': '%1 es demasiado largo: como máximo %L2 caracteres.',
    # Money
    'The amount cannot be negative. Type the amount in US dollars, for example %1.':
        'El monto no puede ser negativo. Escriba el monto en dólares estadounidenses, por ejemplo %1.',
    '“%1” is not an amount. Type digits, for example %2.': '“%1” no es un monto. Escriba cifras, por ejemplo %2.',
    'Amounts have at most two decimals (cents). Check “%1”.': 'Los montos tienen como máximo dos decimales (centavos). Revise “%1”.',
    'The amount is too large. Amounts up to %1 are accepted.': 'El monto es demasiado grande. Se aceptan montos de hasta %1.',
    # StorageError
    'The disk is full, so the change was not saved. Free some space and save again; what you typed is kept.':
        'El disco está lleno, así que el cambio no se guardó. Libere espacio y guarde de nuevo; lo que escribió se conserva.',
    'The catalogue file has become read-only, so the change was not saved. Check its permissions, or back it up to another folder; what you typed is kept.':
        'El archivo del catálogo pasó a ser de solo lectura, así que el cambio no se guardó. Revise sus permisos o haga una copia en otra carpeta; lo que escribió se conserva.',
    'Another program is writing to the catalogue, so the change was not saved. Try again in a moment; what you typed is kept.':
        'Otro programa está escribiendo en el catálogo, así que el cambio no se guardó. Inténtelo de nuevo en un momento; lo que escribió se conserva.',
    'The catalogue file could not be written: it may have been moved or deleted, or its drive disconnected (%1). What you typed is kept; reconnect the drive and save again.':
        'No se pudo escribir en el archivo del catálogo: puede que se haya movido o borrado, o que su unidad se haya desconectado (%1). Lo que escribió se conserva; vuelva a conectar la unidad y guarde de nuevo.',
    'The catalogue file is damaged (%1). The change was not saved. Restore the catalogue from a backup copy.':
        'El archivo del catálogo está dañado (%1). El cambio no se guardó. Restaure el catálogo desde una copia de seguridad.',
    'The change breaks a rule of the catalogue (%1) and was not saved.': 'El cambio no respeta una regla del catálogo (%1) y no se guardó.',
    'The change could not be saved (%1). What you typed is kept.': 'No se pudo guardar el cambio (%1). Lo que escribió se conserva.',
    # MeasureFieldShort: compact table headers
    ('MeasureFieldShort', 'Year'): 'Año',
    ('MeasureFieldShort', 'Agencies'): 'Organismos',
    ('MeasureFieldShort', 'USD'): 'USD',
    ('MeasureFieldShort', 'Goals'): 'Objetivos',
    ('MeasureFieldShort', 'Areas'): 'Ámbitos',
    ('MeasureFieldShort', 'Domains'): 'Dominios',
    ('MeasureFieldShort', 'Conclusions'): 'Conclusiones',
    ('MeasureFieldShort', 'Funding'): 'Financiamiento',
}
T.update({
    'This list is full: it can hold 63 values. Remove a value you added before adding another.':
        'Esta lista está completa: admite 63 valores. Quite un valor que haya agregado antes de agregar otro.',
})
T.update({
    '%n measure(s) would be missed by some filters (their facet masks disagree with their goals, domains or partners). Export with --header keys --codes and import into a new catalogue to rebuild them.':
        ['%n medida no aparecería con algunos filtros (sus máscaras de facetas no coinciden con sus objetivos, dominios o socios). Exporte con --header keys --codes e importe en un catálogo nuevo para reconstruirlas.',
         '%n medidas no aparecerían con algunos filtros (sus máscaras de facetas no coinciden con sus objetivos, dominios o socios). Exporte con --header keys --codes e importe en un catálogo nuevo para reconstruirlas.'],
})
