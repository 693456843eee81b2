// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "measurefilter.h"

#include <QList>
#include <QString>
#include <optional>

class Catalogue;
class Vocabulary;

// How the measures of a filter spread over one dimension (goal, domain, country, year...): how
// many measures have each value and the sum of their USD funding. Computed in SQL over the same
// WHERE clause as the table; multi-valued facets count a measure once under each of its values.
// It feeds the facet pop-ups' counts and the statistics view.
class Statistics
{
public:
    enum class Dimension { Goal, Area, Domain, Scope, Nature, Country, Year, PartnerType, Status, Evaluated };
    struct Row {
        QString code;   // vocabulary or choice code; the year as text; empty: "not given"
        int measures = 0;
        qint64 fundingCents = 0;
        int funded = 0; // measures with an amount (so that an average can be honest)
    };

    static QList<Dimension> all();
    static QString key(Dimension dimension); // goal, area, domain, ... as on the command line
    static std::optional<Dimension> fromKey(QStringView key);
    // The MeasureFilter field a dimension filters (Partners for partner types, ReportYear for years).
    static MeasureField field(Dimension dimension);

    Statistics(const Catalogue &catalogue, const Vocabulary &vocabulary);

    // One row per value that at least one measure has (vocabulary order; years ascending), then
    // a row with an empty code for the measures that have none, when there are any.
    QList<Row> by(const MeasureFilter &filter, Dimension dimension, QString *error = nullptr) const;
    // The whole filter: measures, funded ones and their funding.
    Row total(const MeasureFilter &filter, QString *error = nullptr) const;

private:
    const Catalogue &m_catalogue;
    const Vocabulary &m_vocabulary;
};
