// SPDX-License-Identifier: GPL-3.0-or-later
#include "statisticscsv.h"

#include "i18n/translations.h"
#include "model/choices.h"
#include "model/money.h"
#include "model/vocabulary.h"

namespace StatisticsCsv {

QString label(const QString &code, Statistics::Dimension dimension, const Vocabulary &vocabulary, Language language, LabelStyle style)
{
    const auto term = [&](VocabularyKind kind) {
        return style == LabelStyle::Shown ? vocabulary.shownLabel(kind, code, language) : vocabulary.label(kind, code, language);
    };
    using D = Statistics::Dimension;
    if (code.isEmpty())
        return Messages(language).translate("StatisticsCsv", "(not given)");
    switch (dimension) {
    case D::Goal: return term(VocabularyKind::ConventionGoal);
    case D::Area: return term(VocabularyKind::MonitoringArea);
    case D::Domain: return term(VocabularyKind::CulturalDomain);
    case D::Scope: return term(VocabularyKind::Scope);
    case D::Nature: return term(VocabularyKind::Nature);
    case D::Country: return term(VocabularyKind::Country);
    case D::PartnerType: return term(VocabularyKind::PartnerType);
    case D::Status: return ReviewStatus::label(code, language);
    case D::Evaluated: return Evaluation::label(code, language);
    case D::Year: break;
    }
    return code;
}

bool write(QIODevice &out, const QList<Statistics::Row> &rows, Statistics::Dimension dimension,
           const Vocabulary &vocabulary, const CsvOptions &options, QString *error)
{
    QByteArray bytes;
    if (options.bom)
        bytes += Csv::kUtf8Bom;
    const auto line = [&](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                bytes += options.delimiter;
            Csv::appendField(bytes, cells[i].toUtf8(), options.delimiter, options.formulaGuard);
        }
        bytes += "\r\n";
    };
    const Messages m(options.language); // the header in the language, as the contract asks
    line({m.translate("StatisticsCsv", "label", "CSV header"), m.translate("StatisticsCsv", "measures", "CSV header"),
          m.translate("StatisticsCsv", "funding_usd", "CSV header")});
    for (const Statistics::Row &row : rows)
        line({label(row.code, dimension, vocabulary, options.language), QString::number(row.measures),
              Money::formatPlain(row.fundingCents, options.decimalPoint())});
    if (out.write(bytes) != bytes.size()) {
        if (error)
            *error = Messages(options.language).translate("StatisticsCsv", "The statistics could not be written (%1).")
                         .arg(out.errorString());
        return false;
    }
    return true;
}

} // namespace StatisticsCsv
