// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"

#include <QCoreApplication>
#include <QStringList>

class Catalogue;

// Everything a merge would refuse in this catalogue, for `measures-cli check`: values the import
// refuses (IncomingCheck), histories whose ids are not what their content gives, measures that
// do not hold what their history's head records, tombstones that are not deletions. A file the
// check calls healthy is one a colleague can merge.
class ContentCheck
{
    Q_DECLARE_TR_FUNCTIONS(ContentCheck)
public:
    // Translated lines, at most `limit` (then how many more); empty when all is well.
    static QStringList run(const Catalogue &catalogue, Language language, int limit = 20);
};
