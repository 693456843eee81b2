// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class CatalogueSession;
class QWidget;

// An edit kept when the session ended (MeasureDraft), offered again when its catalogue opens:
// finish it in the form or discard it. The draft stays until the analyst has decided, and a
// measure changed since the edit began is not saved over without a word.
class KeptEdit
{
    Q_DECLARE_TR_FUNCTIONS(KeptEdit)
public:
    // Returns the id of the measure saved from it, or 0. `ending`: the session is ending again
    // (then the draft is kept whatever happened).
    static qint64 offer(QWidget *window, CatalogueSession *session, const bool *ending);
};
