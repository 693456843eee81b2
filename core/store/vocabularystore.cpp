#include "vocabularystore.h"

#include "catalogue/catalogue.h"
#include "catalogue/sqlitestatement.h"
#include "storageerror.h"
#include "writetransaction.h"

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

QString checkLabels(const QString &labelEn, const QString &labelEs)
{
    if (labelEn.simplified().isEmpty() || labelEs.simplified().isEmpty())
        return VocabularyStore::tr("Give the value a label in English and in Spanish.");
    if (labelEn.size() > 200 || labelEs.size() > 200)
        return VocabularyStore::tr("Labels are at most 200 characters long.");
    return {};
}

} // namespace

VocabularyStore::VocabularyStore(const Catalogue &catalogue) : m_catalogue(catalogue) {}

int VocabularyStore::usage(VocabularyKind kind, const QString &code) const
{
    SqliteStatement query(m_catalogue.handle(),
                          kind == VocabularyKind::PartnerType
                              ? QStringLiteral("SELECT count(*) FROM partner WHERE type_code = ?2 AND ?1 = 'partner_type'")
                              : QStringLiteral("SELECT count(*) FROM measure_term WHERE kind = ?1 AND code = ?2"));
    query.bindText(1, vocabularyKindCode(kind));
    query.bindText(2, code);
    return query.step() ? int(query.int64(0)) : 0;
}

QString VocabularyStore::add(VocabularyKind kind, const QString &labelEn, const QString &labelEs, QString *codeOut)
{
    if (!isUserExtensible(kind))
        return tr("This list is fixed by the Convention's reporting framework.");
    if (m_catalogue.isReadOnly())
        return m_catalogue.readOnlyExplanation();
    if (const QString problem = checkLabels(labelEn, labelEs); !problem.isEmpty())
        return problem;
    const Vocabulary vocabulary = Vocabulary::load(m_catalogue.database());
    for (const QString &label : {labelEn, labelEs})
        if (const VocabularyTerm *same = vocabulary.match(kind, label))
            return tr("“%1” is already in the list (as “%2”).").arg(label.simplified(), same->labelEn);
    const QString base = codeFrom(labelEn).isEmpty() ? QStringLiteral("custom") : codeFrom(labelEn);
    QString code = base;
    for (int n = 2; vocabulary.contains(kind, code); ++n)
        code = QStringLiteral("%1_%2").arg(base).arg(n);
    int position = 0;
    for (const VocabularyTerm &term : vocabulary.terms(kind))
        position = qMax(position, term.position);
    // Each term has one of 63 bits of its vocabulary's facet mask (core/sql/004_facet_bits.sql).
    int bit = -1;
    {
        SqliteStatement used(m_catalogue.handle(), QStringLiteral("SELECT bit FROM term WHERE kind = ? AND bit IS NOT NULL"));
        used.bindText(1, vocabularyKindCode(kind));
        QList<int> taken;
        while (used.step())
            taken << int(used.int64(0));
        for (int candidate = 0; candidate <= 62 && bit < 0; ++candidate)
            if (!taken.contains(candidate))
                bit = candidate;
    }
    if (bit < 0)
        return tr("This list is full: it can hold 63 values. Remove a value you added before adding another.");

    WriteTransaction transaction(m_catalogue);
    if (!transaction.isActive())
        return transaction.errorMessage();
    SqliteStatement insert(m_catalogue.handle(), QStringLiteral("INSERT INTO term (kind, code, label_en, label_es, builtin, position, bit) "
                                                                "VALUES (?, ?, ?, ?, 0, ?, ?)"));
    insert.bindAll({vocabularyKindCode(kind), code, labelEn.simplified(), labelEs.simplified(), position + 1, bit});
    insert.step();
    if (insert.hasError())
        return StorageError::message(insert.errorCode(), insert.errorMessage());
    if (!transaction.commit())
        return transaction.errorMessage();
    if (codeOut)
        *codeOut = code;
    return {};
}

QString VocabularyStore::updateLabels(VocabularyKind kind, const QString &code, const QString &labelEn, const QString &labelEs)
{
    if (m_catalogue.isReadOnly())
        return m_catalogue.readOnlyExplanation();
    if (const QString problem = checkLabels(labelEn, labelEs); !problem.isEmpty())
        return problem;
    WriteTransaction transaction(m_catalogue);
    if (!transaction.isActive())
        return transaction.errorMessage();
    SqliteStatement update(m_catalogue.handle(), QStringLiteral("UPDATE term SET label_en = ?, label_es = ? "
                                                                "WHERE kind = ? AND code = ? AND builtin = 0"));
    update.bindAll({labelEn.simplified(), labelEs.simplified(), vocabularyKindCode(kind), code});
    update.step();
    if (update.hasError())
        return StorageError::message(update.errorCode(), update.errorMessage());
    return transaction.commit() ? QString() : transaction.errorMessage();
}

QString VocabularyStore::remove(VocabularyKind kind, const QString &code)
{
    if (m_catalogue.isReadOnly())
        return m_catalogue.readOnlyExplanation();
    const Vocabulary vocabulary = Vocabulary::load(m_catalogue.database());
    const VocabularyTerm *term = vocabulary.find(kind, code);
    if (!term)
        return {};
    if (term->builtin)
        return tr("“%1” is part of the Convention's reporting framework and cannot be removed.").arg(term->labelEn);
    if (const int uses = usage(kind, code); uses > 0)
        return tr("“%1” is in use (%n time(s)), so it cannot be removed. Change those measures or partners first.", nullptr, uses)
            .arg(term->labelEn);
    WriteTransaction transaction(m_catalogue);
    if (!transaction.isActive())
        return transaction.errorMessage();
    SqliteStatement remove(m_catalogue.handle(), QStringLiteral("DELETE FROM term WHERE kind = ? AND code = ? AND builtin = 0"));
    remove.bindAll({vocabularyKindCode(kind), code});
    remove.step();
    if (remove.hasError())
        return StorageError::message(remove.errorCode(), remove.errorMessage());
    return transaction.commit() ? QString() : transaction.errorMessage();
}
