// SPDX-License-Identifier: GPL-3.0-or-later
#include "measurehtml.h"
#include "measuretext.h"

#include "model/measurevalidator.h"

#include "i18n/translations.h"
#include "model/choices.h"
#include "model/measurefield.h"
#include "model/money.h"
#include "model/readiness.h"
#include "model/textfold.h"
#include "model/vocabulary.h"

namespace {

bool isWordCharacter(QChar c) { return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing; }

QString escaped(const QString &text) { return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")); }

} // namespace

QStringList MeasureHtml::searchWords(const QString &search)
{
    QStringList words;
    QString word;
    for (const QChar c : search + u' ') {
        if (isWordCharacter(c)) {
            word += c;
        } else if (!word.isEmpty()) {
            words << foldForMatching(word);
            word.clear();
        }
    }
    return words;
}

QString MeasureHtml::highlighted(const QString &text, const QStringList &foldedWords)
{
    if (foldedWords.isEmpty())
        return escaped(text);
    QString html;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isWordCharacter(text.at(i))) {
            qsizetype j = i;
            while (j < text.size() && !isWordCharacter(text.at(j)))
                ++j;
            html += escaped(text.mid(i, j - i));
            i = j;
            continue;
        }
        qsizetype j = i;
        while (j < text.size() && isWordCharacter(text.at(j)))
            ++j;
        const QString word = text.mid(i, j - i);
        const QString folded = foldForMatching(word);
        bool hit = false;
        for (const QString &wanted : foldedWords)
            hit = hit || folded.startsWith(wanted);
        html += hit ? QStringLiteral("<span style=\"background-color:#ffe58f; color:#000\">%1</span>").arg(word.toHtmlEscaped())
                    : word.toHtmlEscaped();
        i = j;
    }
    return html;
}

QString MeasureHtml::page(const Measure &m, const Vocabulary &vocabulary, Language language, const QString &search)
{
    const QStringList words = searchWords(search);
    const QLocale locale = localeFor(language);
    const auto label = [language](MeasureField field) { return MeasureFields::label(field, language).toHtmlEscaped(); };
    const auto text = [&](const QString &value) {
        return value.trimmed().isEmpty() ? QStringLiteral("<span style=\"color:#777\">%1</span>")
                                               .arg(Translations::translate(language, "MeasureHtml", QT_TRANSLATE_NOOP("MeasureHtml", "Not given")))
                                         : highlighted(value, words);
    };
    const auto labels = [&](VocabularyKind kind, const QStringList &codes) {
        QStringList shown;
        for (const QString &code : codes)
            shown << vocabulary.shownLabel(kind, code, language);
        return codes.isEmpty() ? text({}) : highlighted(shown.join(QStringLiteral(", ")), words);
    };
    const auto row = [&](MeasureField field, const QString &html) {
        // Label above value: a narrow pane keeps its width for the text, whatever the label's length.
        return QStringLiteral("<p style=\"color:#555; margin-top:6px; margin-bottom:0\">%1</p>"
                              "<p style=\"margin-top:0; margin-bottom:0\">%2</p>").arg(label(field), html);
    };
    const auto section = [&](const char *title, const QString &rows) {
        return QStringLiteral("<h3 style=\"margin-top:14px; margin-bottom:2px\">%1</h3>%2")
            .arg(Translations::translate(language, "MeasureHtml", title).toHtmlEscaped(), rows);
    };

    QString goals;
    for (const QString &code : m.goals)
        goals += QStringLiteral("%1. %2<br>").arg(code, highlighted(vocabulary.label(VocabularyKind::ConventionGoal, code, language), words));
    QString partners;
    for (const PartnerLink &p : m.partners)
        partners += QStringLiteral("%1 <span style=\"color:#555\">(%2)</span><br>")
                        .arg(highlighted(p.name, words), vocabulary.shownLabel(VocabularyKind::PartnerType, p.typeCode, language).toHtmlEscaped());
    const QString country = m.country.isEmpty() ? text({}) : vocabulary.label(VocabularyKind::Country, m.country, language).toHtmlEscaped();
    const QString funding = m.fundingUsdCents ? Money::inDollars(*m.fundingUsdCents, language) : QString();
    const QString website = m.website.isEmpty() ? text({})
                                                : QStringLiteral("<a href=\"%1\">%2</a>").arg(m.website.toHtmlEscaped(), m.website.toHtmlEscaped());
    const auto when = [&](const QDateTime &t) { return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::LongFormat) : QString(); };

    QString html = QStringLiteral("<h2 style=\"margin-bottom:2px\">%1</h2>").arg(highlighted(m.title, words));
    html += QStringLiteral("<p style=\"color:#555; margin-top:0\">%1 · %2 · %3</p>")
                .arg(country, m.reportYear ? QString::number(*m.reportYear) : text({}),
                     ReviewStatus::label(m.status, language).toHtmlEscaped());
    // What the periodic report would still ask for, first: the analyst's to-do for this measure.
    if (const QString gaps = Readiness::describe(m, language); !gaps.isEmpty())
        html += QStringLiteral("<p style=\"background:#fff4d6; padding:4px\"><b>%1</b> %2</p>")
                    .arg(Translations::translate(language, "MeasureHtml", QT_TRANSLATE_NOOP("MeasureHtml", "Needs attention:")).toHtmlEscaped(),
                         gaps.toHtmlEscaped());
    html += section(QT_TRANSLATE_NOOP("MeasureHtml", "Identification"),
                    row(MeasureField::ResponsibleAgencies, text(m.responsibleAgencies)) + row(MeasureField::Website, website));
    html += section(QT_TRANSLATE_NOOP("MeasureHtml", "Description"),
                    row(MeasureField::KeyObjectives, text(m.keyObjectives)) + row(MeasureField::MainFeatures, text(m.mainFeatures)));
    html += section(QT_TRANSLATE_NOOP("MeasureHtml", "Scope and nature"),
                    row(MeasureField::Scope, labels(VocabularyKind::Scope, m.scopes)) + row(MeasureField::Nature, labels(VocabularyKind::Nature, m.natures)));
    html += section(QT_TRANSLATE_NOOP("MeasureHtml", "Results"),
                    row(MeasureField::ExpectedResults, text(m.expectedResults)) + row(MeasureField::ResultsAchieved, text(m.resultsAchieved)));
    html += section(QT_TRANSLATE_NOOP("MeasureHtml", "Funding"),
                    row(MeasureField::FundingText, text(m.fundingText)) + row(MeasureField::FundingUsd, text(funding)));
    html += section(QT_TRANSLATE_NOOP("MeasureHtml", "Partners"), row(MeasureField::Partners, partners.isEmpty() ? text({}) : partners));
    html += section(QT_TRANSLATE_NOOP("MeasureHtml", "Evaluation"),
                    row(MeasureField::Evaluated, Evaluation::label(m.evaluated, language).toHtmlEscaped())
                        + row(MeasureField::EvaluationConclusions, text(m.evaluationConclusions)));
    html += section(QT_TRANSLATE_NOOP("MeasureHtml", "Goals, areas and domains"),
                    row(MeasureField::Goals, goals.isEmpty() ? text({}) : goals)
                        + row(MeasureField::MonitoringAreas, labels(VocabularyKind::MonitoringArea, m.monitoringAreas))
                        + row(MeasureField::Domains, labels(VocabularyKind::CulturalDomain, m.domains)));
    // From earlier report forms: only what is filled, as the form lists it only then.
    QString earlier;
    for (MeasureField field : MeasureFields::earlierFormFields()) {
        if (!MeasureFields::isFilled(m, field))
            continue;
        const QString *plain = MeasureFields::text(m, field);
        QString value;
        if (!plain) // answers and stages of the value chain: their labels, as the table shows them
            value = MeasureText::cell(m, field, vocabulary, language, locale).toHtmlEscaped();
        else if (MeasureFields::type(field) == MeasureFields::Type::Url && MeasureValidator::isWebAddress(*plain))
            value = QStringLiteral("<a href=\"%1\">%1</a>").arg(plain->toHtmlEscaped()); // never a file or a share
        else
            value = text(*plain);
        earlier += row(field, value);
    }
    if (!earlier.isEmpty())
        html += section(QT_TRANSLATE_NOOP("MeasureHtml", "From earlier report forms"), earlier);
    const auto line = [&](MeasureField field, const QString &value) {
        return Messages(language).translate("MeasureHtml", "%1: %2", "a label and its value").arg(label(field), value);
    };
    html += QStringLiteral("<p style=\"color:#777; margin-top:14px\">%1<br>%2<br>%3</p>")
                .arg(line(MeasureField::CreatedAt, when(m.createdAt)), line(MeasureField::UpdatedAt, when(m.updatedAt)),
                     line(MeasureField::Uuid, m.uuid.toHtmlEscaped()));
    return html;
}
