// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamcopy.h"

#include "catalogue/catalogue.h"
#include "catalogue/stepprogress.h"
#include "measurejson.h"
#include "merge/incomingcheck.h"
#include "merge/merge.h"
#include "model/legacydigest.h"
#include "model/measuredigest.h"
#include "model/measurevalidator.h"
#include "model/partneridentity.h"
#include "query/vocabularyquery.h"
#include "store/measurestore.h"
#include "store/partnerstore.h"
#include "store/revisionlog.h"
#include "store/storageerror.h"
#include "store/teamlinkstore.h"
#include "store/vocabularystore.h"
#include "store/writetransaction.h"
#include "teampull.h"

#include <QSet>
#include <QUuid>

namespace TeamCopy {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(TeamCopy)
};

TeamError refused(const QString &team, const QString &why)
{
    return TeamError::of(TeamError::Kind::Refused,
                         Text::tr("The team catalogue %1 holds data this app refuses: %2 Nothing was changed here. Tell whoever "
                                  "runs the server; the team's other members may have pushed it with another program.")
                             .arg(team, why));
}

TeamError local(const QString &why) { return TeamError::of(TeamError::Kind::Local, why); }

bool isUuid(const QString &uuid) { return uuid.size() == 36 && QUuid::fromString(uuid).toString(QUuid::WithoutBraces) == uuid; }

} // namespace

Written write(const Catalogue &catalogue, TeamPull &pull, Language language, const QString &team, const QString &linkAddress,
              StepProgress *progress)
{
    Written result;
    if (!progress)
        progress = catalogue.stepProgress();
    QList<VocabularyTerm> terms;
    QList<Revision> revisions;
    QList<PartnerRevision> partnerRevisions;
    QList<TeamPartnerHead> partnerHeads;
    qint64 count = 0;
    if (!pull.terms(&terms, &result.error) || !pull.revisions(&revisions, &result.error)
        || !pull.partnerRevisions(&partnerRevisions, &result.error) || !pull.partnerHeads(&partnerHeads, &result.error)
        || !pull.countMeasures(&count, &result.error))
        return result;
    result.heads.seq = pull.seq();
    if (progress)
        progress->setTotal(count);

    // Checked before anything is written.
    QHash<QString, const Revision *> byId;
    QHash<QString, qsizetype> perMeasure;
    for (const Revision &r : std::as_const(revisions)) {
        if (const QString problem = IncomingCheck::revision(r); !problem.isEmpty()) {
            result.error = refused(team, problem);
            return result;
        }
        if (r.author.size() > 200 || MeasureValidator::shown(r.author) != r.author.simplified()) {
            result.error = refused(team, Text::tr("a revision names its author with characters no catalogue writes."));
            return result;
        }
        if (++perMeasure[r.measureUuid] > Merge::kMaxRevisionsOfOneMeasure) {
            result.error = refused(team, IncomingCheck::tooManyRevisions(r.measureUuid, Merge::kMaxRevisionsOfOneMeasure));
            return result;
        }
        byId.insert(r.id, &r);
    }
    if (revisions.size() > Merge::kMaxRevisions) {
        result.error = refused(team, Text::tr("it has more revisions than any catalogue this app makes."));
        return result;
    }
    for (const PartnerRevision &r : std::as_const(partnerRevisions))
        if (const QString problem = IncomingCheck::partnerRevision(r); !problem.isEmpty()) {
            result.error = refused(team, problem);
            return result;
        }
    for (const VocabularyTerm &term : std::as_const(terms))
        if (const QString problem = IncomingCheck::term(term); !problem.isEmpty()) {
            result.error = refused(team, problem);
            return result;
        }

    WriteTransaction transaction(catalogue, count > 5000 ? WriteTransaction::Size::Bulk : WriteTransaction::Size::Normal, count);
    if (!transaction.isActive()) {
        result.error = local(transaction.errorMessage());
        return result;
    }
    VocabularyStore vocabularyStore(catalogue);
    QString error;
    const Vocabulary before = VocabularyQuery::load(catalogue, &error);
    if (!error.isEmpty()) {
        result.error = local(error);
        return result;
    }
    for (const VocabularyTerm &term : std::as_const(terms)) {
        const VocabularyTerm *same = before.find(term.kind, term.code);
        if (same && same->labelEn == term.labelEn && same->labelEs == term.labelEs)
            continue;
        if (const QString failure = vocabularyStore.restore(term); !failure.isEmpty()) {
            result.error = refused(team, failure); // a term this catalogue cannot take (a list full)
            return result;
        }
    }
    const Vocabulary vocabulary = VocabularyQuery::load(catalogue, &error);
    if (!error.isEmpty()) {
        result.error = local(error);
        return result;
    }
    MeasureStore store(catalogue, vocabulary);
    store.setOrigin(RevisionOrigin::merge);
    RevisionLog &log = store.revisions();
    const auto logFailed = [&] { return local(StorageError::message(log.errorCode(), log.errorDetail())); };
    for (const Revision &r : std::as_const(revisions))
        if (!log.add(r)) {
            result.error = logFailed();
            return result;
        }
    for (const PartnerRevision &r : std::as_const(partnerRevisions))
        if (!log.addPartnerRevision(r)) {
            result.error = logFailed();
            return result;
        }

    QList<TeamMeasureHead> page;
    for (;;) {
        if (!pull.nextMeasures(&page, &result.error))
            return result;
        if (page.isEmpty())
            break;
        for (TeamMeasureHead &head : page) {
            if (progress) {
                if (progress->isCancelled()) {
                    result.error = TeamError::of(TeamError::Kind::Cancelled, Text::tr("Cancelled: nothing was changed."));
                    return result;
                }
                progress->advance();
            }
            const auto revision = byId.constFind(head.revision);
            if (!isUuid(head.uuid) || revision == byId.cend() || (*revision)->measureUuid != head.uuid
                || (*revision)->isDeletion() != head.deleted) {
                result.error = refused(team, IncomingCheck::tr("The history of the measure %1 is damaged or was changed by another "
                                                               "program (its present revision is not among its revisions).")
                                                 .arg(MeasureValidator::shown(head.uuid)));
                return result;
            }
            result.heads.measures.insert(head.uuid, head.revision);
            if (head.deleted) {
                if (const QString problem = IncomingCheck::tombstone(head.uuid, head.platformMeasureId); !problem.isEmpty()) {
                    result.error = refused(team, problem);
                    return result;
                }
                if (!log.bury({head.uuid, head.revision, head.platformMeasureId})) {
                    result.error = logFailed();
                    return result;
                }
                continue;
            }
            std::optional<Measure> read = MeasureJson::read(head.content, &error);
            head.content.clear();
            if (!read) {
                result.error = refused(team, error);
                return result;
            }
            if (read->uuid != head.uuid) {
                result.error = refused(team, Text::tr("the measure %1 holds the content of another measure.").arg(MeasureValidator::shown(head.uuid)));
                return result;
            }
            Measure m = MeasureValidator::normalized(*read, vocabulary);
            if (const QString problem = IncomingCheck::measure(m, vocabulary, language); !problem.isEmpty()) {
                result.error = refused(team, problem);
                return result;
            }
            // What it holds is what its head records, or the next merge would never converge.
            const QByteArray fields = (*revision)->isLegacy() ? LegacyDigest::fields(m) : MeasureDigest::fields(m);
            if (fields != (*revision)->fields) {
                result.error = refused(team, IncomingCheck::tr("The measure “%1” (%2) does not hold what its history records: another "
                                                               "program changed it.")
                                                 .arg(MeasureValidator::shown(m.title), head.uuid));
                return result;
            }
            log.adoptNext(head.revision);
            if (!store.writeChecked(m, MeasureStore::Timestamps::Keep, &error)) { // normalized and checked above
                result.error = local(error);
                return result;
            }
            ++result.measures;
        }
    }

    // Partners take their types and histories once their measures made them.
    PartnerStore partners(catalogue);
    QHash<QString, const PartnerRevision *> partnerRevisionById;
    for (const PartnerRevision &r : std::as_const(partnerRevisions))
        partnerRevisionById.insert(r.id, &r);
    for (const TeamPartnerHead &head : std::as_const(partnerHeads)) {
        const PartnerRevision *recorded = partnerRevisionById.value(head.revision);
        if (head.key != PartnerIdentity::key(head.name) || !vocabulary.contains(VocabularyKind::PartnerType, head.typeCode)
            || !recorded || recorded->key != head.key || recorded->typeCode != head.typeCode
            || head.name.size() > 1000 || head.name.trimmed().isEmpty() || head.name.contains(QChar(0))) {
            result.error = refused(team, IncomingCheck::tr("The history of the partner “%1” is damaged or was changed by another program.")
                                             .arg(MeasureValidator::shown(head.name)));
            return result;
        }
        result.heads.partners.insert(head.key, head.revision);
        const qint64 id = partners.idOf(head.name, &error);
        if (!error.isEmpty()) {
            result.error = local(error);
            return result;
        }
        // One no measure here names comes too: its type may have changed there, its measures not.
        if (const QString failure = id == 0 ? partners.addWithHistory(head.name, head.typeCode, head.revision)
                                            : partners.mergeType(id, head.typeCode, head.revision, true);
            !failure.isEmpty()) {
            result.error = local(failure);
            return result;
        }
    }
    if (!linkAddress.isEmpty()) {
        QString failure = TeamLinkStore::link(catalogue, linkAddress);
        if (failure.isEmpty())
            failure = TeamLinkStore::record(catalogue, result.heads, true);
        if (!failure.isEmpty()) {
            result.error = local(failure);
            return result;
        }
    }
    if (!transaction.commit())
        result.error = local(transaction.errorMessage());
    return result;
}

} // namespace TeamCopy
