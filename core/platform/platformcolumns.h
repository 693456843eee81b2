// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The columns of a CSV export of UNESCO's Policy Monitoring Platform, as its header names them
// with the site in English, French or Spanish. Pure data and recognition: which column is which,
// in any order; nothing of catalogues.
enum class PlatformColumn {
    MeasureId, ReportId, ReportYear, Country, Title, PlatformTitle, Sdgs, Areas, SpecialCategories,
    Domains, FullUrl, CanonicalUrl, Innovative, KeyObjectives, WhatIs, Scope, Nature, MainFeatures,
    Context, ValueChain, TargetsArticle7, TargetsYoungPeople, IfcdFunding, ExpectedResults, Agencies,
    Funding, ReasonsIntro, ReasonConvention, ReasonPolicyDiscussion, ReasonOther, Evaluated,
    EvaluationLevel, Conclusions, Indicators, TargetedGroups, Partners, Website,
};

namespace PlatformColumns {

enum class SiteLanguage { English, French, Spanish };

// Every column, in the order of the export as it was seen (Special Categories is there twice).
const QList<PlatformColumn> &exportOrder();
QString header(PlatformColumn column, SiteLanguage language);
std::optional<PlatformColumn> fromHeader(const QString &header);

struct Header {
    QList<std::optional<PlatformColumn>> columns; // per header cell; empty for a column we do not know
    int recognised = 0;                          // cells naming a platform column
    bool hasMeasureId = false;
    QList<PlatformColumn> missing;               // mandatory columns the header lacks (measure id, title)
    SiteLanguage language = SiteLanguage::English; // the site's language the header is most written in
};
Header read(const QStringList &cells);

} // namespace PlatformColumns
