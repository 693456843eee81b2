// SPDX-License-Identifier: GPL-3.0-or-later
#include "vocabulary.h"

#include "i18n/translations.h"


namespace {

const QList<VocabularyTerm> kNoTerms;

int indexIn(const QHash<int, QHash<QString, int>> &table, VocabularyKind kind, const QString &text)
{
    const auto perKind = table.constFind(int(kind));
    return perKind == table.cend() ? -1 : perKind->value(text, -1);
}

} // namespace

QString VocabularyTerm::labelIn(Language language) const
{
    if (language.isEnglish())
        return labelEn;
    if (hasColumn(language))
        return labelEs;
    return otherLabels.value(language.code());
}

QString VocabularyTerm::label(Language language) const
{
    const QString own = labelIn(language);
    return own.isEmpty() ? labelEn : own;
}

QString VocabularyTerm::shownLabel(Language language) const
{
    if (hasLabel(language))
        return labelIn(language);
    return Messages(language).translate("Vocabulary", "%1 (in English)", "a term without a label in this language").arg(labelEn);
}

void VocabularyTerm::setLabel(Language language, const QString &label)
{
    if (language.isEnglish())
        labelEn = label;
    else if (hasColumn(language))
        labelEs = label;
    else if (label.isEmpty())
        otherLabels.remove(language.code());
    else
        otherLabels.insert(language.code(), label);
}

QString vocabularyKindCode(VocabularyKind kind)
{
    switch (kind) {
    case VocabularyKind::ConventionGoal: return QStringLiteral("goal");
    case VocabularyKind::MonitoringArea: return QStringLiteral("area");
    case VocabularyKind::CulturalDomain: return QStringLiteral("domain");
    case VocabularyKind::Scope: return QStringLiteral("scope");
    case VocabularyKind::Nature: return QStringLiteral("nature");
    case VocabularyKind::PartnerType: return QStringLiteral("partner_type");
    case VocabularyKind::Country: return QStringLiteral("country");
    }
    return {};
}

const QList<VocabularyKind> &allVocabularyKinds()
{
    static const QList<VocabularyKind> kinds = {VocabularyKind::ConventionGoal, VocabularyKind::MonitoringArea, VocabularyKind::CulturalDomain,
                                                VocabularyKind::Scope, VocabularyKind::Nature, VocabularyKind::PartnerType, VocabularyKind::Country};
    return kinds;
}

std::optional<VocabularyKind> vocabularyKindFromCode(QStringView code)
{
    for (VocabularyKind kind : allVocabularyKinds())
        if (vocabularyKindCode(kind) == code)
            return kind;
    return std::nullopt;
}

bool isUserExtensible(VocabularyKind kind)
{
    return kind == VocabularyKind::CulturalDomain || kind == VocabularyKind::PartnerType;
}

Vocabulary Vocabulary::fromTerms(const QList<VocabularyTerm> &terms)
{
    Vocabulary vocabulary;
    for (const VocabularyTerm &term : terms)
        vocabulary.m_terms[int(term.kind)].append(term);
    for (auto it = vocabulary.m_terms.cbegin(); it != vocabulary.m_terms.cend(); ++it) {
        for (int i = 0; i < it.value().size(); ++i) {
            const VocabularyTerm &term = it.value().at(i);
            vocabulary.m_byCode[int(term.kind)].insert(term.code, i);
            QHash<QString, int> &matches = vocabulary.m_byMatch[int(term.kind)];
            // Labels in languages this version does not list are kept, never matched: unseen here,
            // they must not decide which term a sheet's value is.
            QStringList texts = {term.code, term.labelEn, term.labelEs};
            for (auto label = term.otherLabels.cbegin(); label != term.otherLabels.cend(); ++label)
                if (const auto language = Language::fromCode(label.key()); language && language->code() == label.key())
                    texts << label.value();
            for (const QString &text : std::as_const(texts)) {
                const QString folded = foldForMatching(text);
                if (!matches.contains(folded))
                    matches.insert(folded, i);
            }
        }
    }
    return vocabulary;
}

const QList<VocabularyTerm> &Vocabulary::terms(VocabularyKind kind) const
{
    const auto it = m_terms.constFind(int(kind));
    return it == m_terms.cend() ? kNoTerms : it.value();
}

const VocabularyTerm *Vocabulary::at(int kind, int index) const
{
    const auto it = m_terms.constFind(kind);
    return it == m_terms.cend() || index < 0 || index >= it.value().size() ? nullptr : &it.value().at(index);
}

const VocabularyTerm *Vocabulary::find(VocabularyKind kind, const QString &code) const
{
    return at(int(kind), indexIn(m_byCode, kind, code));
}

QString Vocabulary::label(VocabularyKind kind, const QString &code, Language language) const
{
    const VocabularyTerm *term = find(kind, code);
    return term ? term->label(language) : code;
}

QString Vocabulary::shownLabel(VocabularyKind kind, const QString &code, Language language) const
{
    const VocabularyTerm *term = find(kind, code);
    return term ? term->shownLabel(language) : code;
}

QStringList Vocabulary::labels(VocabularyKind kind, const QStringList &codes, Language language) const
{
    QStringList result;
    result.reserve(codes.size());
    for (const QString &code : codes)
        result << label(kind, code, language);
    return result;
}

const VocabularyTerm *Vocabulary::match(VocabularyKind kind, const QString &text) const
{
    return at(int(kind), indexIn(m_byMatch, kind, foldForMatching(text)));
}

QList<VocabularyTerm> Vocabulary::areasOfGoal(const QString &goalCode) const
{
    QList<VocabularyTerm> result;
    for (const VocabularyTerm &term : terms(VocabularyKind::MonitoringArea))
        if (term.parentCode == goalCode)
            result << term;
    return result;
}

QStringList Vocabulary::goalsOfAreas(const QStringList &areaCodes) const
{
    QStringList goals;
    for (const QString &area : areaCodes)
        if (const VocabularyTerm *term = find(VocabularyKind::MonitoringArea, area))
            if (!term->parentCode.isEmpty() && !goals.contains(term->parentCode))
                goals << term->parentCode;
    return goals;
}
