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
#include <future>

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

// A measure's head as the server sent it, checked: its content read, normalized, and holding
// what its head records; or what is wrong with it.
struct Checked {
    TeamMeasureHead head; // without its content
    std::optional<Measure> measure;
    QString problem;
};
struct Prepared {
    QList<Checked> items;
};

Checked check(TeamMeasureHead head, const QHash<QString, const Revision *> &byId, const Vocabulary &vocabulary, Language language)
{
    Checked checked;
    const QByteArray content = std::move(head.content);
    head.content = QByteArray();
    checked.head = std::move(head);
    const TeamMeasureHead &h = checked.head;
    const auto revision = byId.constFind(h.revision);
    if (!isUuid(h.uuid) || revision == byId.cend() || (*revision)->measureUuid != h.uuid || (*revision)->isDeletion() != h.deleted) {
        checked.problem = IncomingCheck::tr("The history of the measure %1 is damaged or was changed by another program (its present "
                                            "revision is not among its revisions).")
                              .arg(MeasureValidator::shown(h.uuid));
        return checked;
    }
    if (h.deleted) {
        checked.problem = IncomingCheck::tombstone(h.uuid, h.platformMeasureId);
        return checked;
    }
    QString error;
    std::optional<Measure> read = MeasureJson::read(content, &error);
    if (!read) {
        checked.problem = error;
        return checked;
    }
    if (read->uuid != h.uuid) {
        checked.problem = Text::tr("the measure %1 holds the content of another measure.").arg(MeasureValidator::shown(h.uuid));
        return checked;
    }
    Measure m = MeasureValidator::normalized(*read, vocabulary);
    if (const QString problem = IncomingCheck::measure(m, vocabulary, language); !problem.isEmpty()) {
        checked.problem = problem;
        return checked;
    }
    // What it holds is what its head records, or the next merge would never converge.
    const QByteArray fields = (*revision)->isLegacy() ? LegacyDigest::fields(m) : MeasureDigest::fields(m);
    if (fields != (*revision)->fields) {
        checked.problem = IncomingCheck::tr("The measure “%1” (%2) does not hold what its history records: another program changed it.")
                              .arg(MeasureValidator::shown(m.title), h.uuid);
        return checked;
    }
    checked.measure = std::move(m);
    return checked;
}

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
        if (same && same->sameLabels(term))
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

    // Each page is read, checked and its digests compared on a thread of its own while the page
    // before is written here, in order: a download is bound by both, and two cores do them at once.
    const auto prepare = [&byId, &vocabulary, language](QList<TeamMeasureHead> page) {
        Prepared prepared;
        prepared.items.reserve(page.size());
        for (TeamMeasureHead &head : page)
            prepared.items << check(std::move(head), byId, vocabulary, language);
        return prepared;
    };
    QList<TeamMeasureHead> page;
    if (!pull.nextMeasures(&page, &result.error))
        return result;
    std::future<Prepared> next; // declared after what it reads: waited for before they go
    if (!page.isEmpty())
        next = std::async(std::launch::async, prepare, std::move(page));
    while (next.valid()) {
        // The page after this one is fetched while this one is being checked.
        QList<TeamMeasureHead> following;
        const bool fetched = pull.nextMeasures(&following, &result.error);
        Prepared current = next.get();
        if (fetched && !following.isEmpty())
            next = std::async(std::launch::async, prepare, std::move(following));
        for (Checked &item : current.items) {
            if (progress) {
                if (progress->isCancelled()) {
                    result.error = TeamError::of(TeamError::Kind::Cancelled, Text::tr("Cancelled: nothing was changed."));
                    return result;
                }
                progress->advance();
            }
            if (!item.problem.isEmpty()) {
                result.error = refused(team, item.problem);
                return result;
            }
            result.heads.measures.insert(item.head.uuid, item.head.revision);
            if (item.head.deleted) {
                if (!log.bury({item.head.uuid, item.head.revision, item.head.platformMeasureId})) {
                    result.error = logFailed();
                    return result;
                }
                continue;
            }
            log.adoptNext(item.head.revision);
            if (!store.writeChecked(*item.measure, MeasureStore::Timestamps::Keep, &error)) { // normalized and checked
                result.error = local(error);
                return result;
            }
            ++result.measures;
        }
        if (!fetched)
            return result;
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
