// SPDX-License-Identifier: GPL-3.0-or-later
#include "platformterms.h"

#include "model/choices.h"
#include "model/textfold.h"

#include <QFile>

namespace {

std::optional<PlatformTerms::Kind> kindOf(QStringView code)
{
    using K = PlatformTerms::Kind;
    static const QHash<QString, K> kinds = {{QStringLiteral("goal"), K::Goal},     {QStringLiteral("area"), K::Area},
                                            {QStringLiteral("domain"), K::Domain}, {QStringLiteral("scope"), K::Scope},
                                            {QStringLiteral("nature"), K::Nature}, {QStringLiteral("value_chain"), K::ValueChain},
                                            {QStringLiteral("answer"), K::Answer}, {QStringLiteral("country"), K::Country}};
    const auto it = kinds.constFind(code.toString());
    return it == kinds.cend() ? std::nullopt : std::optional<K>(it.value());
}

std::optional<VocabularyKind> vocabularyKind(PlatformTerms::Kind kind)
{
    using K = PlatformTerms::Kind;
    switch (kind) {
    case K::Goal: return VocabularyKind::ConventionGoal;
    case K::Area: return VocabularyKind::MonitoringArea;
    case K::Domain: return VocabularyKind::CulturalDomain;
    case K::Scope: return VocabularyKind::Scope;
    case K::Nature: return VocabularyKind::Nature;
    case K::Country: return VocabularyKind::Country;
    default: return std::nullopt;
    }
}

} // namespace

PlatformTerms::PlatformTerms(const Vocabulary &vocabulary) : m_vocabulary(vocabulary)
{
    const auto load = [this](const QString &path, std::optional<Kind> fixedKind) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const QStringList parts = line.split(u'\t');
            const std::optional<Kind> kind = fixedKind ? fixedKind : kindOf(parts.value(0));
            const int first = fixedKind ? 0 : 1;
            if (!kind || parts.size() < first + 2)
                continue;
            QHash<QString, QString> &synonyms = m_synonyms[int(*kind)];
            const QString folded = foldForMatching(parts.at(first + 1));
            if (!synonyms.contains(folded)) // the first code listed for a name wins
                synonyms.insert(folded, parts.at(first));
        }
    };
    load(QStringLiteral(":/vocabularies/platform-terms.tsv"), std::nullopt);
    load(QStringLiteral(":/vocabularies/country-names.tsv"), Kind::Country);
}

QString PlatformTerms::match(Kind kind, const QString &label) const
{
    const QString trimmed = label.trimmed();
    if (trimmed.isEmpty())
        return {};
    QHash<QString, QString> &seen = m_seen[int(kind)];
    if (const auto it = seen.constFind(trimmed); it != seen.cend())
        return it.value();
    const QString code = lookUp(kind, trimmed);
    seen.insert(trimmed, code);
    return code;
}

QString PlatformTerms::lookUp(Kind kind, const QString &trimmed) const
{
    if (const auto vocabularyKindOf = vocabularyKind(kind))
        if (const VocabularyTerm *term = m_vocabulary.match(*vocabularyKindOf, trimmed))
            return term->code;
    if (kind == Kind::ValueChain)
        if (const QString code = ValueChain::match(trimmed); !code.isEmpty())
            return code;
    if (kind == Kind::Answer)
        if (const QString code = Evaluation::match(trimmed); code == u"yes" || code == u"no")
            return code;
    const QString code = m_synonyms.value(int(kind)).value(foldForMatching(trimmed));
    // A synonym names a built-in term; a catalogue could have had it removed (custom vocabularies).
    if (!code.isEmpty() && vocabularyKind(kind) && !m_vocabulary.contains(*vocabularyKind(kind), code))
        return {};
    return code;
}

PlatformTerms::Split PlatformTerms::splitList(const QString &cell, const std::function<QString(const QString &)> &known)
{
    Split split;
    QStringList pieces = cell.split(u',');
    for (QString &piece : pieces)
        piece = piece.trimmed();
    for (qsizetype i = 0; i < pieces.size();) {
        if (pieces.at(i).isEmpty()) {
            ++i;
            continue;
        }
        qsizetype taken = 0;
        for (qsizetype end = pieces.size(); end > i && taken == 0; --end) {
            const QString candidate = pieces.mid(i, end - i).join(QStringLiteral(", "));
            if (const QString code = known(candidate); !code.isEmpty()) {
                split.append({candidate, code});
                taken = end - i;
            }
        }
        if (taken == 0) {
            split.append({pieces.at(i), QString()});
            taken = 1;
        }
        i += taken;
    }
    return split;
}
