// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

// The controlled vocabularies of the periodic report. Codes are stored; labels are shown.
enum class VocabularyKind { ConventionGoal, MonitoringArea, CulturalDomain, Scope, Nature, PartnerType, Country };

QString vocabularyKindCode(VocabularyKind kind); // 'goal', 'area', 'domain', ... as in the term table
std::optional<VocabularyKind> vocabularyKindFromCode(QStringView code);
const QList<VocabularyKind> &allVocabularyKinds();
// Whether analysts may add their own terms (design: domains and partner types).
bool isUserExtensible(VocabularyKind kind);
// The built-in partner type of partners named without one (the platform's export, core/sql/007).
inline const QString kPartnerTypeNotStated = QStringLiteral("not_stated");

struct VocabularyTerm {
    VocabularyKind kind = VocabularyKind::CulturalDomain;
    QString code;
    QString labelEn;
    QString labelEs;
    // Labels in the further listed languages (term_label): language code -> label. A language
    // without one shows the English label.
    QMap<QString, QString> otherLabels;
    QString parentCode; // a monitoring area's goal
    bool builtin = false;
    int position = 0;
    int bit = -1; // the term's bit in its vocabulary's facet mask (core/sql/004_facet_bits.sql)

    // English and Spanish have columns of the term table, which every catalogue has had; every
    // other language's labels are rows of term_label.
    static bool hasColumn(Language language) { return language.isEnglish() || language.code() == u"es"; }
    QString label(Language language) const; // English when the term has none in that language
    // As label(), saying so when it is the English one: “Street art (in English)”. For what the
    // analyst reads (form, facets, reading pane); exports write label(), which imports read back.
    QString shownLabel(Language language) const;
    bool hasLabel(Language language) const { return !labelIn(language).isEmpty(); }
    QString labelIn(Language language) const; // empty when it has none in that language
    void setLabel(Language language, const QString &label);
    bool sameLabels(const VocabularyTerm &other) const
    {
        return labelEn == other.labelEn && labelEs == other.labelEs && otherLabels == other.otherLabels;
    }
    QStringList allLabels() const { return QStringList{labelEn, labelEs} + otherLabels.values(); }
};

// A read-only snapshot of every term of one catalogue, loaded once (a few hundred rows) so that
// labels are looked up in memory instead of per table cell.
class Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)
public:
    // Built from every term of a catalogue (see VocabularyQuery::load), in display order.
    static Vocabulary fromTerms(const QList<VocabularyTerm> &terms);

    const QList<VocabularyTerm> &terms(VocabularyKind kind) const;
    const VocabularyTerm *find(VocabularyKind kind, const QString &code) const;
    bool contains(VocabularyKind kind, const QString &code) const { return find(kind, code) != nullptr; }
    // The label in `language`, or the code itself when the term is unknown.
    QString label(VocabularyKind kind, const QString &code, Language language) const;
    // VocabularyTerm::shownLabel of the term (the code itself when unknown).
    QString shownLabel(VocabularyKind kind, const QString &code, Language language) const;
    QStringList labels(VocabularyKind kind, const QStringList &codes, Language language) const;
    // Accepts a code or a label in either language, ignoring case and accents (CSV import).
    const VocabularyTerm *match(VocabularyKind kind, const QString &text) const;
    // Monitoring areas under one Convention goal.
    QList<VocabularyTerm> areasOfGoal(const QString &goalCode) const;

    // The goals whose areas are among `areaCodes` (a measure working on an area serves its goal).
    QStringList goalsOfAreas(const QStringList &areaCodes) const;

private:
    const VocabularyTerm *at(int kind, int index) const;

    QHash<int, QList<VocabularyTerm>> m_terms;
    // Positions, not pointers: a Vocabulary is copied by value and its lists are implicitly shared.
    // One table per kind, so that a lookup (thousands per import) builds no key string.
    QHash<int, QHash<QString, int>> m_byCode;  // kind -> code -> index in m_terms[kind]
    QHash<int, QHash<QString, int>> m_byMatch; // kind -> folded code or label -> index
};
