# English plural forms (English is the source language; only "%n ..." strings need entries).
T = {
    'Created “%1” with %n measure(s).': ['Created “%1” with %n measure.', 'Created “%1” with %n measures.'],
    'Generated %n measure(s) in %1 s.': ['Generated %n measure in %1 s.', 'Generated %n measures in %1 s.'],
    'Exported %n measure(s) to “%1”.': ['Exported %n measure to “%1”.', 'Exported %n measures to “%1”.'],
    '“%1” is a healthy catalogue: file format %2, %n measure(s), %3 partners.':
        ['“%1” is a healthy catalogue: file format %2, %n measure, %3 partners.',
         '“%1” is a healthy catalogue: file format %2, %n measures, %3 partners.'],
    'Nothing was imported: %n problem(s) found. Correct them and import the file again.':
        ['Nothing was imported: %n problem found. Correct it and import the file again.',
         'Nothing was imported: %n problems found. Correct them and import the file again.'],
    'The first %n are listed.': ['The first one is listed.', 'The first %n are listed.'],
    '%n row(s) read: ': ['%n row read: ', '%n rows read: '],
    '%n added, ': ['%n added, ', '%n added, '],
    '%n updated, ': ['%n updated, ', '%n updated, '],
    '%n already up to date.': ['%n already up to date.', '%n already up to date.'],
}
