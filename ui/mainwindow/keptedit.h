// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class CatalogueSession;
class QWidget;

// Edits kept as they were typed (MeasureDraft: the application stopped, or the session ended
// with a form open), offered again when their catalogue opens, the newest first: finish each in
// the form or discard it. A draft stays until the analyst has decided, and a measure changed
// since the edit began is not saved over without a word.
class KeptEdit
{
    Q_DECLARE_TR_FUNCTIONS(KeptEdit)
public:
    // Returns the id of the last measure saved from them, or 0. `ending`: the session is ending again
    // (then the draft is kept whatever happened).
    static qint64 offer(QWidget *window, CatalogueSession *session, const bool *ending);
};
