// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterdescription.h"

#include "i18n/translations.h"
#include "model/vocabulary.h"

namespace FilterDescription {

QList<QPair<QString, QString>> lines(const MeasureFilter &filter, const Vocabulary &vocabulary, Language language)
{
    const Messages m(language);
    QList<QPair<QString, QString>> lines;
    if (filter.isEmpty())
        lines.append({m.translate("FilterDescription", "Filter"), m.translate("FilterDescription", "none: every measure")});
    if (!filter.search.isEmpty())
        lines.append({m.translate("FilterDescription", "Search"), filter.search});
    for (MeasureField field : MeasureFields::all()) {
        const auto kind = MeasureFields::vocabulary(field);
        const QStringList &codes = filter.codes(field);
        if (codes.isEmpty())
            continue;
        QStringList labels;
        for (const QString &code : codes)
            labels << (kind ? vocabulary.label(*kind, code, language) : code);
        const QString name = field == MeasureField::Partners ? m.translate("FilterDescription", "Partner type")
                                                             : MeasureFields::label(field, language);
        lines.append({name, labels.join(m.translate("FilterDescription", " or "))});
    }
    if (filter.needsAttention)
        lines.append({m.translate("FilterDescription", "Needs attention"),
                      m.translate("FilterDescription", "only the measures that still lack something the periodic report asks for")});
    if (filter.yearFrom || filter.yearTo)
        lines.append({MeasureFields::label(MeasureField::ReportYear, language),
                      QStringLiteral("%1 – %2").arg(filter.yearFrom ? QString::number(*filter.yearFrom) : QStringLiteral("…"),
                                                    filter.yearTo ? QString::number(*filter.yearTo) : QStringLiteral("…"))});
    return lines;
}

} // namespace FilterDescription
