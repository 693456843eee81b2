// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"
#include "model/revision.h"

#include <QCoreApplication>
#include <QList>

// A measure's history as the reading pane's History tab shows it: when, who, and which fields
// each step changed, newest first, in the language of the moment.
class HistoryHtml
{
    Q_DECLARE_TR_FUNCTIONS(HistoryHtml)
public:
    static QString page(const QList<Revision> &history, Language language);
    static QString origin(const QString &code);
};
