// SPDX-License-Identifier: GPL-3.0-or-later
#include "incomingcheck.h"

#include "model/legacydigest.h"
#include "model/measuredigest.h"
#include "model/measurevalidator.h"
#include "model/partneridentity.h"
#include "model/timestamps.h"
#include "store/vocabularystore.h"

#include <QRegularExpression>
#include <QUuid>

namespace {

bool isHexId(const QString &id)
{
    if (id.size() != MeasureDigest::kIdLength && id.size() != LegacyDigest::kIdLength)
        return false;
    for (const QChar c : id)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    return true;
}

// Authors are names (at most Catalogue::kMaxAuthorLength when typed here); generous for other versions.
constexpr int kMaxAuthorLength = 2000;

bool isPlainText(const QString &text, int limit) { return text.size() <= limit && !text.contains(QChar(0)); }

QString shown(const QString &value) { return MeasureValidator::shown(value); }

} // namespace

QString IncomingCheck::measure(const Measure &m, const Vocabulary &vocabulary, Language language)
{
    if (m.uuid.isEmpty() || QUuid::fromString(m.uuid).toString(QUuid::WithoutBraces) != m.uuid)
        return tr("The measure “%1” has no valid identifier (“%2”).").arg(shown(m.title), shown(m.uuid));
    // What the platform's last import left beside the measure travels with it: a few hundred characters.
    if (!isPlainText(m.platformSource, 10000))
        return tr("The measure “%1” (%2) keeps a record of the platform's last import that this catalogue cannot "
                  "hold.").arg(shown(m.title), m.uuid);
    const QList<FieldIssue> issues = MeasureValidator::validate(m, vocabulary, language, MeasureValidator::Source::File)
                                   + MeasureValidator::validateTimes(m, language);
    if (issues.isEmpty())
        return {};
    return tr("The measure “%1” (%2) holds a value this catalogue refuses: %3: %4")
        .arg(shown(m.title), m.uuid.left(36), MeasureFields::label(issues.first().field, language), issues.first().message);
}

QString IncomingCheck::revision(const Revision &r)
{
    const bool uuidOk = !QUuid::fromString(r.measureUuid).isNull() && r.measureUuid.size() == 36;
    bool shapeOk = uuidOk && isHexId(r.id) && (r.parent.isEmpty() || isHexId(r.parent)) && (r.merged.isEmpty() || isHexId(r.merged))
                && r.changedAt.isValid() && RevisionOrigin::isKnown(r.origin)
                // An answer to Compare Again always joins their head; an undo never does.
                && (r.origin != RevisionOrigin::answer || !r.merged.isEmpty())
                && (r.origin != RevisionOrigin::undoMerge || r.merged.isEmpty());
    if (shapeOk) {
        // The id is what its content gives: a revision cannot claim to be another one.
        if (r.isLegacy())
            shapeOk = (r.fields.isEmpty() || r.fields.size() == LegacyDigest::fields(Measure()).size())
                   && r.id == LegacyDigest::revisionId(r.measureUuid, r.parent, r.merged, r.fields);
        else
            shapeOk = (r.fields.isEmpty() || MeasureDigest::isWellFormed(r.fields))
                   && r.id == MeasureDigest::revisionId(r.measureUuid, r.parents(), r.fields);
    }
    if (!shapeOk)
        return tr("The history of the measure %1 is damaged or was changed by another program (revision “%2”).")
            .arg(shown(r.measureUuid), shown(r.id));
    // Who and when are not part of a revision's id: a laptop's clock may be ahead, shown as stated.
    if (!isPlainText(r.author, kMaxAuthorLength))
        return tr("The history of the measure %1 names an author this catalogue cannot keep (more than %L2 "
                  "characters, or a NUL character).")
            .arg(shown(r.measureUuid))
            .arg(kMaxAuthorLength);
    return {};
}

QString IncomingCheck::partnerRevision(const PartnerRevision &r)
{
    const bool ok = isHexId(r.id) && r.id.size() == MeasureDigest::kIdLength && (r.parent.isEmpty() || isHexId(r.parent))
                 && (r.merged.isEmpty() || isHexId(r.merged)) && !r.key.isEmpty() && r.key == PartnerIdentity::key(r.key)
                 && isPlainText(r.key, MeasureValidator::kMaxShortTextLength) && isPlainText(r.typeCode, 64)
                 && isPlainText(r.author, kMaxAuthorLength) && r.changedAt.isValid() && RevisionOrigin::isKnown(r.origin)
                 && r.id == MeasureDigest::partnerRevisionId(r.key, r.parents(), r.typeCode);
    if (ok)
        return {};
    return tr("The history of the partner “%1” is damaged or was changed by another program.").arg(shown(r.key));
}

QString IncomingCheck::tombstone(const QString &uuid, const QString &platformMeasureId)
{
    if (QUuid::fromString(uuid).isNull() || uuid.size() != 36 || uuid != uuid.toLower())
        return tr("A deletion is recorded of “%1”, which is not a measure identifier.").arg(shown(uuid));
    if (!isPlainText(platformMeasureId, MeasureValidator::kMaxShortTextLength))
        return tr("A deletion is recorded with a platform measure ID this catalogue cannot hold (%1).").arg(shown(uuid));
    return {};
}

QString IncomingCheck::term(const VocabularyTerm &term)
{
    static const QRegularExpression code(QStringLiteral("^[a-z0-9][a-z0-9_]{0,63}$"));
    if (!code.match(term.code).hasMatch())
        return tr("A list value has the code “%1”, which this catalogue cannot hold.").arg(shown(term.code));
    for (const QString &label : {term.labelEn, term.labelEs})
        if (const QString problem = VocabularyStore::checkLabel(label); !problem.isEmpty())
            return tr("The list value “%1” is refused: %2").arg(shown(label), problem);
    for (const QString &label : term.otherLabels) // a blank one is optional: it is not kept
        if (!label.simplified().isEmpty())
            if (const QString problem = VocabularyStore::checkLabel(label); !problem.isEmpty())
                return tr("The list value “%1” is refused: %2").arg(shown(label), problem);
    if (term.otherLabels.size() > 16)
        return tr("The list value “%1” has labels in %2 languages, more than any catalogue made by this app.")
            .arg(shown(term.labelEn))
            .arg(term.otherLabels.size());
    static const QRegularExpression language(QStringLiteral("^[a-z]{2,8}$"));
    for (auto it = term.otherLabels.cbegin(); it != term.otherLabels.cend(); ++it)
        if (!language.match(it.key()).hasMatch() || it.key() == u"en" || it.key() == u"es")
            return tr("The list value “%1” has a label in a language coded “%2”, which this catalogue cannot hold.")
                .arg(shown(term.labelEn), shown(it.key()));
    return {};
}

QString IncomingCheck::tooManyRevisions(const QString &measureUuid, qsizetype limit)
{
    return tr("The history of the measure %1 holds more than %L2 revisions, more than any catalogue made by this app.")
        .arg(shown(measureUuid))
        .arg(limit);
}

QString IncomingCheck::tooManyPartnerRevisions(const QString &partnerKey, qsizetype limit)
{
    return tr("The history of the partner “%1” holds more than %L2 revisions, more than any catalogue made by this app.")
        .arg(shown(partnerKey))
        .arg(limit);
}
