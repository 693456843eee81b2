# Spanish for backups, restoring and storage warnings.
T = {
    'This catalogue is on a network drive (%1). If two computers open it at the same time it can be damaged. Copy it to this computer to work on it, and copy it back when you are done.':
        'Este catálogo está en una unidad de red (%1). Si dos computadoras lo abren a la vez puede dañarse. Cópielo a esta computadora para trabajar en él y vuelva a copiarlo cuando termine.',
    'The backup could not be restored': 'No se pudo restaurar la copia de seguridad',
    'Backup restored': 'Copia de seguridad restaurada',
    'The backup copy is now open as “%1”. The catalogue “%2” was not changed; keep whichever you need.':
        'La copia de seguridad está abierta ahora como “%1”. El catálogo “%2” no se modificó; conserve el que necesite.',
    'No automatic backup copy': 'Sin copia de seguridad automática',
    'The catalogue itself is saved, but its automatic backup copy could not be made (%1). Make one with File ▸ Back Up when you can.':
        'El catálogo está guardado, pero no se pudo hacer su copia de seguridad automática (%1). Haga una con Archivo ▸ Copia de seguridad cuando pueda.',
    '&Restore from Backup…': '&Restaurar desde una copia…',
    'Open a backup copy as a new catalogue': 'Abrir una copia de seguridad como un catálogo nuevo',
    'automatic, on closing': 'automática, al cerrar',
    'made with Back Up': 'hecha con Copia de seguridad',
    'before an upgrade': 'antes de una actualización',
    ('RestoreDialog', '%1 — %2 — %3'): '%1 — %2 — %3',
    'Restore from a Backup Copy': 'Restaurar desde una copia de seguridad',
    'Choose a copy of “%1”. It opens as a new catalogue file beside the original, which stays as it is.':
        'Elija una copia de “%1”. Se abre como un archivo de catálogo nuevo junto al original, que queda como está.',
    'There are no backup copies of “%1” yet. Copies are made with File ▸ Back Up, when a changed catalogue is closed, and before an upgrade.':
        'Todavía no hay copias de seguridad de “%1”. Las copias se hacen con Archivo ▸ Copia de seguridad, al cerrar un catálogo modificado y antes de una actualización.',
    'Open as a New Catalogue': 'Abrir como catálogo nuevo',
    'Try Again': 'Reintentar',
    'After the other window has closed the catalogue': 'Cuando la otra ventana haya cerrado el catálogo',
}
T.update({
    'The catalogue file was moved, renamed or deleted since it was opened, so the change was not saved. What you typed is kept. Save everything that is open to a new file with File ▸ Back Up, then open that file.':
        'El archivo del catálogo se movió, se renombró o se borró después de abrirlo, así que el cambio no se guardó. Lo que escribió se conserva. Guarde todo lo abierto en un archivo nuevo con Archivo ▸ Copia de seguridad y abra ese archivo.',
})
