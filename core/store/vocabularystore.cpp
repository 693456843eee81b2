// SPDX-License-Identifier: GPL-3.0-or-later
#include "vocabularystore.h"

#include <QRegularExpression>

#include "i18n/translations.h"

#include "catalogue/catalogue.h"
#include "catalogue/facetcolumns.h"
#include "catalogue/sqlitestatement.h"
#include "query/vocabularyquery.h"
#include "storageerror.h"
#include "writetransaction.h"

#include <QRegularExpression>
#include <algorithm>

namespace {

QString codeFrom(const QString &label)
{
    const QString folded = foldForMatching(label);
    QString code;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            code += c;
        else if (!code.isEmpty() && !code.endsWith(u'_'))
            code += u'_';
    }
    while (code.endsWith(u'_'))
        code.chop(1);
    return code.left(48);
}


} // namespace

VocabularyStore::VocabularyStore(const Catalogue &catalogue) : m_catalogue(catalogue) {}

QString VocabularyStore::checkLabel(const QString &label)
{
    const QString text = label.simplified();
    if (text.isEmpty())
        return tr("Give the value a label in English and in Spanish.");
    if (text.size() > 200)
        return tr("Labels are at most 200 characters long.");
    if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        return tr("A label cannot contain control characters (such as NUL). Type it again as plain text.");
    // CSV files list several values in one cell as "Music; Design" and partners as "Name [type]".
    for (const QChar c : {QChar(u';'), QChar(u'['), QChar(u']')})
        if (text.contains(c))
            return tr("A label cannot contain “%1”: in CSV files it separates values. Use another character, such as "
                      "“,” or “/”.").arg(c);
    return {};
}

QString VocabularyStore::writeOtherLabels(VocabularyKind kind, const QString &code, const QMap<QString, QString> &otherLabels)
{
    // Built-in terms' labels come from the program's own files, never from here.
    QString error = StorageError::run(m_catalogue, QStringLiteral("DELETE FROM term_label WHERE kind = ?1 AND code = ?2 AND EXISTS "
                                                                  "(SELECT 1 FROM term WHERE kind = ?1 AND code = ?2 AND builtin = 0)"),
                                      {vocabularyKindCode(kind), code});
    for (auto it = otherLabels.cbegin(); error.isEmpty() && it != otherLabels.cend(); ++it) {
        // A language this version does not list is kept all the same (a colleague's newer version).
        static const QRegularExpression languageCode(QStringLiteral("^[a-z]{2,8}$"));
        if (!languageCode.match(it.key()).hasMatch() || it.key() == u"en" || it.key() == u"es" || it.value().simplified().isEmpty())
            continue;
        error = StorageError::run(m_catalogue, QStringLiteral("INSERT INTO term_label (kind, code, language, label) "
                                                              "SELECT kind, code, ?3, ?4 FROM term WHERE kind = ?1 AND code = ?2 AND builtin = 0"),
                                  {vocabularyKindCode(kind), code, it.key(), it.value().simplified()});
    }
    return error;
}

QString VocabularyStore::add(VocabularyKind kind, const QString &labelEn, const QString &labelEs, QString *codeOut,
                             const QMap<QString, QString> &otherLabels)
{
    if (!isUserExtensible(kind))
        return tr("This list is fixed by the Convention's reporting framework.");
    if (m_catalogue.isReadOnly())
        return m_catalogue.readOnlyExplanation();
    QStringList given = {labelEn, labelEs};
    for (const QString &other : otherLabels)
        if (!other.simplified().isEmpty())
            given << other;
    for (const QString &label : std::as_const(given))
        if (const QString problem = checkLabel(label); !problem.isEmpty())
            return problem;
    const Vocabulary vocabulary = VocabularyQuery::load(m_catalogue);
    for (const QString &label : std::as_const(given))
        if (const VocabularyTerm *same = vocabulary.match(kind, label))
            return tr("“%1” is already in the list (as “%2”).").arg(label.simplified(), same->label(Translations::current()));
    const QString base = codeFrom(labelEn).isEmpty() ? QStringLiteral("custom") : codeFrom(labelEn);
    QString code = base;
    for (int n = 2; vocabulary.contains(kind, code); ++n)
        code = QStringLiteral("%1_%2").arg(base).arg(n);
    int position = 0;
    QList<int> taken;
    for (const VocabularyTerm &term : vocabulary.terms(kind)) {
        position = qMax(position, term.position);
        if (term.bit >= 0)
            taken << term.bit;
    }
    // Each term has one of 63 bits of its vocabulary's facet mask (core/sql/004_facet_bits.sql).
    int bit = -1;
    for (int candidate = 0; candidate < FacetColumns::kMaxBits && bit < 0; ++candidate)
        if (!taken.contains(candidate))
            bit = candidate;
    if (bit < 0)
        return tr("This list is full: it can hold 63 values. Remove a value you added before adding another.");

    WriteTransaction transaction(m_catalogue);
    if (!transaction.isActive())
        return transaction.errorMessage();
    const QString error = StorageError::run(m_catalogue,
                                 QStringLiteral("INSERT INTO term (kind, code, label_en, label_es, builtin, position, bit) "
                                                "VALUES (?, ?, ?, ?, 0, ?, ?)"),
                                 {vocabularyKindCode(kind), code, labelEn.simplified(), labelEs.simplified(), position + 1, bit});
    if (!error.isEmpty())
        return error;
    if (const QString labelsError = writeOtherLabels(kind, code, otherLabels); !labelsError.isEmpty())
        return labelsError;
    if (!transaction.commit())
        return transaction.errorMessage();
    if (codeOut)
        *codeOut = code;
    return {};
}

QString VocabularyStore::updateLabels(VocabularyKind kind, const QString &code, const QString &labelEn, const QString &labelEs,
                                     const QMap<QString, QString> &otherLabels)
{
    QStringList given = {labelEn, labelEs};
    for (const QString &other : otherLabels)
        if (!other.simplified().isEmpty())
            given << other;
    for (const QString &label : std::as_const(given))
        if (const QString problem = checkLabel(label); !problem.isEmpty())
            return problem;
    WriteTransaction transaction(m_catalogue);
    if (!transaction.isActive())
        return transaction.errorMessage();
    const QString error = StorageError::run(m_catalogue, QStringLiteral("UPDATE term SET label_en = ?, label_es = ? "
                                                             "WHERE kind = ? AND code = ? AND builtin = 0"),
                                 {labelEn.simplified(), labelEs.simplified(), vocabularyKindCode(kind), code});
    if (!error.isEmpty())
        return error;
    if (const QString labelsError = writeOtherLabels(kind, code, otherLabels); !labelsError.isEmpty())
        return labelsError;
    return transaction.commit() ? QString() : transaction.errorMessage();
}

QString VocabularyStore::remove(VocabularyKind kind, const QString &code)
{
    if (m_catalogue.isReadOnly())
        return m_catalogue.readOnlyExplanation();
    const Vocabulary vocabulary = VocabularyQuery::load(m_catalogue);
    const VocabularyTerm *term = vocabulary.find(kind, code);
    if (!term)
        return {};
    if (term->builtin)
        return tr("“%1” is part of the Convention's reporting framework and cannot be removed.").arg(term->label(Translations::current()));
    if (const int uses = VocabularyQuery::usage(m_catalogue, kind, code); uses > 0)
        return tr("“%1” is in use (%n time(s)), so it cannot be removed. Change those measures or partners first.", nullptr, uses)
            .arg(term->label(Translations::current())); // tr() speaks the interface's language: so does the label
    WriteTransaction transaction(m_catalogue);
    if (!transaction.isActive())
        return transaction.errorMessage();
    const QString error = StorageError::run(m_catalogue, QStringLiteral("DELETE FROM term WHERE kind = ? AND code = ? AND builtin = 0"),
                                 {vocabularyKindCode(kind), code});
    if (!error.isEmpty())
        return error;
    return transaction.commit() ? QString() : transaction.errorMessage();
}

QString VocabularyStore::restore(const VocabularyTerm &original)
{
    // A term put back keeps its bit unless another term took it meanwhile; then any free bit
    // serves (a removed term had no measure, so no mask mentions its bit).
    VocabularyTerm term = original;
    const Vocabulary vocabulary = VocabularyQuery::load(m_catalogue);
    // A value of a facet always has a bit (a colleague's file may say none, or one out of range).
    const bool facet = FacetColumns::forKind(term.kind) != nullptr;
    if (!vocabulary.contains(term.kind, term.code) && (term.bit >= 0 || facet)) {
        QList<int> taken;
        for (const VocabularyTerm &other : vocabulary.terms(term.kind))
            if (other.bit >= 0)
                taken << other.bit;
        if (taken.contains(term.bit) || term.bit < 0 || term.bit >= FacetColumns::kMaxBits) {
            term.bit = -1;
            for (int candidate = 0; candidate < FacetColumns::kMaxBits && term.bit < 0; ++candidate)
                if (!taken.contains(candidate))
                    term.bit = candidate;
            if (term.bit < 0)
                return tr("This list is full: it can hold 63 values. Remove a value you added before adding another.");
        }
    }
    WriteTransaction transaction(m_catalogue);
    if (!transaction.isActive())
        return transaction.errorMessage();
    const QString error = StorageError::run(m_catalogue,
                                 QStringLiteral("INSERT INTO term (kind, code, label_en, label_es, parent_code, builtin, position, bit) "
                                                "VALUES (?1, ?2, ?3, ?4, ?5, 0, ?6, ?7) ON CONFLICT (kind, code) DO UPDATE SET "
                                                "label_en = ?3, label_es = ?4 WHERE builtin = 0"),
                                 {vocabularyKindCode(term.kind), term.code, term.labelEn, term.labelEs,
                                  term.parentCode.isEmpty() ? QVariant() : QVariant(term.parentCode), term.position,
                                  term.bit >= 0 ? QVariant(term.bit) : QVariant()});
    if (!error.isEmpty())
        return error;
    if (const QString labelsError = writeOtherLabels(term.kind, term.code, term.otherLabels); !labelsError.isEmpty())
        return labelsError;
    return transaction.commit() ? QString() : transaction.errorMessage();
}
