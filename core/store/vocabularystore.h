// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/vocabulary.h"

#include <QCoreApplication>

class Catalogue;

// Analysts' own cultural domains and partner types, with English and Spanish labels (and
// optionally labels in the further languages). Built-in
// terms and terms in use cannot be removed; the message says why. Every change can be undone:
// restore() puts a term back exactly (code, labels, position and facet bit).
class VocabularyStore
{
    Q_DECLARE_TR_FUNCTIONS(VocabularyStore)
public:
    explicit VocabularyStore(const Catalogue &catalogue);

    // A label a CSV list cell can carry unescaped: not empty, short, without “;”, “[” or “]”.
    static QString checkLabel(const QString &label);
    // Adds a term; its code is derived from the English label ("Video games" -> video_games).
    // `otherLabels`: the optional labels in the further languages (code -> label; empty: none).
    QString add(VocabularyKind kind, const QString &labelEn, const QString &labelEs, QString *code = nullptr,
                const QMap<QString, QString> &otherLabels = {});
    QString updateLabels(VocabularyKind kind, const QString &code, const QString &labelEn, const QString &labelEs,
                         const QMap<QString, QString> &otherLabels);
    QString remove(VocabularyKind kind, const QString &code);
    QString restore(const VocabularyTerm &term); // re-adds a removed term, or puts its labels back

private:
    // Replaces the term's rows of term_label, inside the caller's transaction.
    QString writeOtherLabels(VocabularyKind kind, const QString &code, const QMap<QString, QString> &otherLabels);

    const Catalogue &m_catalogue;
};
