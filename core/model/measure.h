// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// A partner organisation as it appears on one measure: shared by name across the catalogue.
struct PartnerLink {
    QString name;
    QString typeCode; // partner_type vocabulary code
    bool operator==(const PartnerLink &other) const { return name == other.name && typeCode == other.typeCode; }
};

// One cultural-policy measure as reported in a periodic report of the 2005 Convention.
// Vocabulary values are codes; see Vocabulary for their labels.
struct Measure {
    qint64 id = 0;  // 0 until saved
    QString uuid;   // stable identity across catalogues; assigned on first save when empty
    QString title;
    QString country; // ISO 3166-1 alpha-3, or empty
    std::optional<int> reportYear;
    QString responsibleAgencies;
    QString keyObjectives;
    QString mainFeatures;
    QStringList scopes;
    QStringList natures;
    QString expectedResults;
    QString resultsAchieved;
    QString fundingText;                // as reported: "CAD 2.5 million (or USD 1.8 million)"
    std::optional<qint64> fundingUsdCents; // the USD amount in cents
    QString evaluated = QStringLiteral("unknown");
    QString evaluationConclusions;
    QStringList goals;
    QStringList monitoringAreas;
    QStringList domains;
    QList<PartnerLink> partners;
    QString website;
    QString status = QStringLiteral("draft");
    QDateTime createdAt; // UTC, set by core
    QDateTime updatedAt;

    // Same content, ignoring identity and timestamps (what "unsaved changes" means).
    bool sameContentAs(const Measure &other) const;
};
