// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
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
    // From earlier report forms and the Policy Monitoring Platform: kept so that an import from
    // the platform loses nothing; the form shows them only when one is filled.
    QString context;
    QStringList valueChain;                                  // ValueChain codes
    QString targetsArticle7 = QStringLiteral("unknown");     // Answer codes: yes, no, unknown
    QString targetedGroups;
    QString targetsYoungPeople = QStringLiteral("unknown");
    QString ifcdFunding = QStringLiteral("unknown");
    QString reasonConvention = QStringLiteral("unknown");    // h.1 to implement the Convention
    QString reasonPolicyDiscussion = QStringLiteral("unknown"); // h.2 to nurture policy discussion
    QString reasonOther = QStringLiteral("unknown");         // h.3 for reasons unrelated to it
    QString innovative = QStringLiteral("unknown");
    QString evaluationLevel;
    QString evaluationIndicators;
    QString sdgs;
    QString specialCategories;
    QString platformTitle;       // the platform's editorialized title
    QString platformMeasureId;   // the platform's "Unique ID Measure": the key of a re-import
    QString platformReportId;
    QString platformUrl;
    QString platformCanonicalUrl;
    QString keptAsWritten; // values an import could not map to a code, as "Column: value" lines
    QString status = QStringLiteral("draft");
    // What the platform's export said of this measure when it was last imported (digests,
    // PlatformRow::snapshot): not content, never exported; a newer export changes only what the platform
    // changed since, so that what the analyst changed stays.
    QString platformSource;
    // The revision this measure is at (MeasureDigest, RevisionLog): not content, never exported.
    QString revision;
    QDateTime createdAt; // UTC, set by core
    QDateTime updatedAt;

    // Same content, ignoring identity and timestamps (what "unsaved changes" means).
    bool sameContentAs(const Measure &other) const;
    // What putting it back (undo, redo) writes is the same: content, uuid, times, platform source.
    bool sameWrittenAs(const Measure &other) const;
};

// Measures as a step keeps them for undo and redo, each held once however many keep it: a merge's
// copies are often the very measures its plan read.
using MeasureCopies = QList<std::shared_ptr<const Measure>>;
