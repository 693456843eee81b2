// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"
#include "model/measure.h"
#include "model/revision.h"
#include "model/vocabulary.h"

#include <QCoreApplication>
#include <QString>

// What a colleague's catalogue brings in is untrusted input (docs/design-notes.md): every value
// passes the rules the import and the form apply (MeasureValidator), every revision must carry
// the id its content gives, and every code and label must be one this catalogue could have made.
// Each check returns empty, or a translated refusal naming the measure (or partner, or term) and
// the field, with values shortened: never megabytes of someone else's text.
class IncomingCheck
{
    Q_DECLARE_TR_FUNCTIONS(IncomingCheck)
public:
    static QString measure(const Measure &m, const Vocabulary &vocabulary, Language language);
    static QString revision(const Revision &r);
    static QString partnerRevision(const PartnerRevision &r);
    static QString tombstone(const QString &uuid, const QString &platformMeasureId);
    static QString term(const VocabularyTerm &term);
    // Longer histories than any catalogue made by this app (Merge::kMaxRevisionsOfOneMeasure).
    static QString tooManyRevisions(const QString &measureUuid, qsizetype limit);
    static QString tooManyPartnerRevisions(const QString &partnerKey, qsizetype limit);
};
