// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicatemerge.h"

#include "model/partneridentity.h"
#include "platform/platformrow.h"
#include "query/measurequery.h"
#include "query/vocabularyquery.h"
#include "store/measurestore.h"
#include "store/revisionlog.h"
#include "store/writetransaction.h"

namespace {

bool isList(MeasureField field)
{
    const MeasureFields::Type type = MeasureFields::type(field);
    return type == MeasureFields::Type::Terms || type == MeasureFields::Type::Choices || type == MeasureFields::Type::Partners;
}

} // namespace

namespace DuplicateMerge {

QList<MeasureField> differing(const Measure &first, const Measure &second)
{
    QList<MeasureField> fields;
    for (MeasureField field : MeasureFields::contentFields())
        if (!isList(field) && !MeasureFields::same(first, second, field))
            fields << field;
    return fields;
}

Measure combined(const Measure &first, const Measure &second, const QList<MeasureField> &fromSecond)
{
    Measure m = first;
    for (MeasureField field : fromSecond)
        if (!isList(field))
            MeasureFields::assign(m, second, field);
    for (MeasureField field : MeasureFields::contentFields()) {
        QStringList *codes = MeasureFields::codes(m, field);
        const QStringList *theirs = MeasureFields::codes(second, field);
        if (codes && theirs && isList(field))
            for (const QString &code : *theirs)
                if (!codes->contains(code))
                    codes->append(code);
    }
    for (const PartnerLink &partner : second.partners) {
        // The same partner however its case is written: one definition everywhere (PartnerIdentity).
        const bool known = std::any_of(m.partners.cbegin(), m.partners.cend(),
                                       [&](const PartnerLink &p) { return PartnerIdentity::same(p.name, partner.name); });
        if (!known)
            m.partners << partner;
    }
    // The platform's memory of the row follows the platform id the measure keeps.
    QList<MeasureField> taken;
    for (MeasureField field : fromSecond)
        if (!isList(field))
            taken << field;
    PlatformRow::carrySnapshot(m, second, taken);
    return m;
}

Merge::Applied apply(const Catalogue &catalogue, const Measure &first, const Measure &second, const QList<MeasureField> &fromSecond,
                     Language language)
{
    Merge::Applied result;
    WriteTransaction transaction(catalogue);
    if (!transaction.isActive()) {
        result.error = transaction.errorMessage();
        return result;
    }
    const Vocabulary vocabulary = VocabularyQuery::load(catalogue);
    MeasureQuery query(catalogue);
    const std::optional<Measure> keep = query.loadByUuid(first.uuid), drop = query.loadByUuid(second.uuid);
    if (!keep || !drop || keep->revision != first.revision || drop->revision != second.revision) {
        result.error = Merge::tr("One of the two measures changed or was deleted meanwhile. Nothing was merged; look at them again.");
        return result;
    }
    MeasureStore store(catalogue, vocabulary);
    store.setOrigin(RevisionOrigin::duplicates);
    Measure m = combined(*keep, *drop, fromSecond);
    QList<FieldIssue> issues;
    QString error;
    if (!store.write(m, MeasureStore::Timestamps::Now, language, &issues, &error) || !store.erase(drop->id, &error)) {
        result.error = error.isEmpty() && !issues.isEmpty() ? issues.first().message : error;
        return result;
    }
    if (!transaction.commit()) {
        result.error = transaction.errorMessage();
        return result;
    }
    result.ok = true;
    result.undoable = true;
    result.before = {std::make_shared<const Measure>(*keep), std::make_shared<const Measure>(*drop)};
    result.after = {std::make_shared<const Measure>(m)};
    result.deletedUuids = {drop->uuid};
    result.written = 2;
    return result;
}

} // namespace DuplicateMerge
