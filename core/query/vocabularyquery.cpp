// SPDX-License-Identifier: GPL-3.0-or-later
#include "vocabularyquery.h"

#include "catalogue/catalogue.h"
#include "catalogue/sqlitestatement.h"

namespace VocabularyQuery {

Vocabulary load(const Catalogue &catalogue, QString *error)
{
    SqliteStatement query(catalogue.connection(), QStringLiteral("SELECT kind, code, label_en, label_es, parent_code, builtin, "
                                                                 "position, bit FROM term ORDER BY kind, position, code"));
    QList<VocabularyTerm> terms;
    while (query.step()) {
        const auto kind = vocabularyKindFromCode(query.text(0));
        if (!kind)
            continue;
        VocabularyTerm term;
        term.kind = *kind;
        term.code = query.text(1);
        term.labelEn = query.text(2);
        term.labelEs = query.text(3);
        term.parentCode = query.text(4);
        term.builtin = query.int64(5) != 0;
        term.position = int(query.int64(6));
        term.bit = query.isNull(7) ? -1 : int(query.int64(7));
        terms << term;
    }
    if (error)
        *error = query.errorMessage();
    // Labels in further languages (a few hundred rows a language), joined here by position.
    QHash<QPair<QString, QString>, int> index;
    for (int i = 0; i < terms.size(); ++i)
        index.insert({vocabularyKindCode(terms[i].kind), terms[i].code}, i);
    SqliteStatement labels(catalogue.connection(), QStringLiteral("SELECT kind, code, language, label FROM term_label"));
    while (labels.step())
        if (const int i = index.value({labels.text(0), labels.text(1)}, -1); i >= 0)
            terms[i].otherLabels.insert(labels.text(2), labels.text(3));
    if (error && error->isEmpty())
        *error = labels.errorMessage();
    return Vocabulary::fromTerms(terms);
}

int usage(const Catalogue &catalogue, VocabularyKind kind, const QString &code)
{
    SqliteStatement query(catalogue.connection(),
                          kind == VocabularyKind::PartnerType
                              ? QStringLiteral("SELECT count(*) FROM partner WHERE type_code = ?2 AND ?1 = 'partner_type'")
                              : QStringLiteral("SELECT count(*) FROM measure_term WHERE kind = ?1 AND code = ?2"));
    query.bindText(1, vocabularyKindCode(kind));
    query.bindText(2, code);
    return query.step() ? int(query.int64(0)) : 0;
}

} // namespace VocabularyQuery
