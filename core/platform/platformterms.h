// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/vocabulary.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <functional>

// What the platform's labels are in our codes: a catalogue's vocabulary (codes and labels in
// English and Spanish) and, after it, the synonyms of resources/vocabularies/platform-terms.tsv
// (French labels and the variants seen in exports) and country-names.tsv (country names in the
// three languages). Built once per import.
class PlatformTerms
{
public:
    enum class Kind { Goal, Area, Domain, Scope, Nature, ValueChain, Answer, Country };

    explicit PlatformTerms(const Vocabulary &vocabulary);

    // The code `label` names, or empty.
    QString match(Kind kind, const QString &label) const;

    // A cell of comma-joined items, whose items may hold commas themselves: the longest run of
    // pieces that `known` accepts is one item; a piece nothing accepts is an unknown item.
    struct Item {
        QString text; // as written
        QString code; // what `known` returned for it; empty for an unknown item
    };
    using Split = QList<Item>; // in the cell's order
    static Split splitList(const QString &cell, const std::function<QString(const QString &)> &known);

private:
    const Vocabulary &m_vocabulary;
    QString lookUp(Kind kind, const QString &trimmed) const;

    QHash<int, QHash<QString, QString>> m_synonyms; // kind -> folded label -> code
    // The same labels come back on row after row: each is folded and looked up once per import.
    mutable QHash<int, QHash<QString, QString>> m_seen; // kind -> label as written -> code (empty: none)
};
