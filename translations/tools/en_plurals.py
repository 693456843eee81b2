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
T.update({
    'Delete %n measure(s)': ['Delete %n measure', 'Delete %n measures'],
    "The export holds exactly the current view: %n measure(s), in the table's order, with its %1 visible columns.":
        ["The export holds exactly the current view: %n measure, with the table's %1 visible columns.",
         "The export holds exactly the current view: %n measures, in the table's order, with its %1 visible columns."],
    'Exported %n measure(s).': ['Exported %n measure.', 'Exported %n measures.'],
    '%n measure(s)': ['%n measure', '%n measures'],
    '%1 of %n measure(s)': ['%1 of %n measure', '%1 of %n measures'],
    '%n selected': ['%n selected', '%n selected'],
    'Delete the %n selected measure(s)?': ['Delete the selected measure?', 'Delete the %n selected measures?'],
    '%n measure(s) deleted. Edit ▸ Undo brings them back.':
        ['%n measure deleted. Edit ▸ Undo brings it back.', '%n measures deleted. Edit ▸ Undo brings them back.'],
    'Save is off until %n problem(s) are fixed: %1': ['Save is off until this problem is fixed: %1', 'Save is off until %n problems are fixed: %1'],
    'This partner is named in %n measure(s), so it cannot be deleted. Remove it from those measures, or merge it into another partner.':
        ['This partner is named in %n measure, so it cannot be deleted. Remove it from that measure, or merge it into another partner.',
         'This partner is named in %n measures, so it cannot be deleted. Remove it from those measures, or merge it into another partner.'],
    '“%1” is in use (%n time(s)), so it cannot be removed. Change those measures or partners first.':
        ['“%1” is in use (once), so it cannot be removed. Change that measure or partner first.',
         '“%1” is in use (%n times), so it cannot be removed. Change those measures or partners first.'],
})
T.update({
    '%n measure(s) would be missed by some filters (their facet masks disagree with their goals, domains or partners). Export with --header keys --codes and import into a new catalogue to rebuild them.':
        ['%n measure would be missed by some filters (its facet masks disagree with its goals, domains or partners). Export with --header keys --codes and import into a new catalogue to rebuild it.',
         '%n measures would be missed by some filters (their facet masks disagree with their goals, domains or partners). Export with --header keys --codes and import into a new catalogue to rebuild them.'],
})
