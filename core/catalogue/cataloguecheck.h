// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class Catalogue;

// A thorough look at an open catalogue (measures-cli check): SQLite's integrity check, foreign
// keys, and the facet masks derived from the vocabulary links. Slower than the quick check on
// open; nothing is written.
class CatalogueCheck
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueCheck)
public:
    struct Result {
        QStringList problems; // translated
        int measures = 0;
        int partners = 0;
        int formatVersion = 0;
    };
    static Result run(const Catalogue &catalogue);
};
