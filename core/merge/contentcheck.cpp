// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentcheck.h"

#include "incomingcheck.h"
#include "merge.h"
#include "model/measurevalidator.h"
#include "model/legacydigest.h"
#include "model/measuredigest.h"
#include "query/measurecursor.h"
#include "query/revisionquery.h"
#include "query/vocabularyquery.h"

QStringList ContentCheck::run(const Catalogue &catalogue, Language language, int limit)
{
    QStringList problems;
    int more = 0;
    const auto add = [&](const QString &problem) {
        if (problems.size() < limit)
            problems << problem;
        else
            ++more;
    };
    QString error;
    const Vocabulary vocabulary = VocabularyQuery::load(catalogue, &error);
    if (!error.isEmpty())
        return {error};
    for (VocabularyKind kind : {VocabularyKind::CulturalDomain, VocabularyKind::PartnerType})
        for (const VocabularyTerm &term : vocabulary.terms(kind))
            if (!term.builtin)
                if (const QString problem = IncomingCheck::term(term); !problem.isEmpty())
                    add(problem);

    RevisionQuery history(catalogue);
    QHash<QString, RevisionQuery::Head> heads;
    if (!history.heads(&heads))
        return {history.error()};
    QHash<QString, Revision> revisions;
    if (!history.revisionsOf(heads.keys(), &revisions))
        return {history.error()};
    if (revisions.size() > Merge::kMaxRevisions) // what a merge refuses to read
        add(RevisionQuery::tooLong(Merge::kMaxRevisions));
    QHash<QString, qsizetype> perMeasure;
    for (const Revision &r : std::as_const(revisions)) {
        if (const QString problem = IncomingCheck::revision(r); !problem.isEmpty())
            add(problem);
        if (++perMeasure[r.measureUuid] == Merge::kMaxRevisionsOfOneMeasure + 1)
            add(IncomingCheck::tooManyRevisions(r.measureUuid, Merge::kMaxRevisionsOfOneMeasure));
    }
    for (auto it = heads.cbegin(); it != heads.cend(); ++it) {
        const auto head = revisions.constFind(it->revision);
        if (head == revisions.cend() || head->measureUuid != it.key() || head->isDeletion() != it->deleted)
            add(tr("The measure %1 is not at one of its own revisions.").arg(MeasureValidator::shown(it.key())));
        if (it->deleted)
            if (const QString problem = IncomingCheck::tombstone(it.key(), it->platformMeasureId); !problem.isEmpty())
                add(problem);
    }

    MeasureCursor cursor(catalogue, vocabulary, {}, {}, true, MeasureCursor::ReadAhead::No);
    while (cursor.next()) {
        const Measure &m = cursor.measure();
        if (const QString problem = IncomingCheck::measure(m, vocabulary, language); !problem.isEmpty())
            add(problem);
        const auto head = revisions.constFind(m.revision);
        if (head != revisions.cend() && !head->isDeletion()) {
            const QByteArray held = head->isLegacy() ? LegacyDigest::fields(m) : MeasureDigest::fields(m);
            if (held != head->fields)
                add(tr("The measure “%1” (%2) does not hold what its history records: another program changed it.")
                        .arg(MeasureValidator::shown(m.title), m.uuid));
        }
    }
    if (cursor.hasError())
        add(cursor.error());

    QHash<QString, RevisionQuery::PartnerHead> partners;
    QHash<QString, PartnerRevision> partnerRevisions;
    if (!history.partnerHeads(&partners) || !history.partnerRevisionsOf(partners.keys(), &partnerRevisions))
        return problems << history.error();
    QHash<QString, qsizetype> perPartner;
    for (const PartnerRevision &r : std::as_const(partnerRevisions)) {
        if (const QString problem = IncomingCheck::partnerRevision(r); !problem.isEmpty())
            add(problem);
        if (++perPartner[r.key] == Merge::kMaxRevisionsOfOneMeasure + 1)
            add(IncomingCheck::tooManyPartnerRevisions(r.key, Merge::kMaxRevisionsOfOneMeasure));
    }
    for (auto it = partners.cbegin(); it != partners.cend(); ++it) {
        const auto head = partnerRevisions.constFind(it->revision);
        if (head == partnerRevisions.cend() || head->key != it.key())
            add(tr("The partner “%1” is not at one of its own revisions.").arg(MeasureValidator::shown(it->name)));
        if (!vocabulary.contains(VocabularyKind::PartnerType, it->typeCode))
            add(tr("The partner “%1” has the type “%2”, which this catalogue does not know.")
                    .arg(MeasureValidator::shown(it->name), MeasureValidator::shown(it->typeCode)));
    }
    if (more > 0)
        problems << tr("%n more problem(s) of the same kinds.", nullptr, more);
    return problems;
}
