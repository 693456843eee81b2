// SPDX-License-Identifier: GPL-3.0-or-later
#include "importlayout.h"

#include "query/measurequery.h"

#include <algorithm>

ImportLayout ImportLayout::read(const QStringList &cells, const Messages &m, QList<MeasureCsvRow::CellProblem> *problems)
{
    ImportLayout layout;
    layout.m_headerCells = cells;
    QList<MeasureCsvRow::CellProblem> own;
    layout.m_columns = MeasureCsvRow::mapHeader(cells, m, &own);
    layout.m_fields = MeasureCsvRow::fieldsOf(layout.m_columns);
    if (own.isEmpty())
        return layout;
    const PlatformColumns::Header platform = PlatformColumns::read(cells);
    const auto ours = std::count_if(layout.m_columns.cbegin(), layout.m_columns.cend(), [](const auto &c) { return c.has_value(); });
    if (!platform.hasMeasureId && platform.recognised <= ours) {
        *problems = own;
        return layout;
    }
    layout.m_platform = true;
    layout.m_platformHeader = platform;
    layout.m_fields = PlatformRow::fieldsOf(platform);
    for (PlatformColumn missing : platform.missing) // named as the file's own header would name it
        problems->append({1, m.translate("CsvImporter", "This file looks like an export of the Policy Monitoring Platform, but it has no "
                                                        "“%1” column. Export the view again with all its columns.")
                                 .arg(PlatformColumns::header(missing, platform.language))});
    return layout;
}

int ImportLayout::columnOf(MeasureField field) const
{
    return m_platform ? PlatformRow::columnOf(field, m_platformHeader) : MeasureCsvRow::columnOf(field, m_columns);
}

Measure ImportLayout::parse(const QStringList &cells, const Vocabulary &vocabulary, const PlatformTerms &terms,
                            const QHash<QString, QString> &catalogPartners, const CsvAmounts::Reading &amounts, const Messages &m,
                            QList<MeasureCsvRow::CellProblem> *problems, QList<PlatformRow::Note> *kept) const
{
    if (!m_platform)
        return MeasureCsvRow::parse(cells, m_columns, vocabulary, amounts, m, problems);
    QList<PlatformRow::Note> rowProblems;
    const Measure measure = PlatformRow::parse(cells, m_platformHeader, m_headerCells, terms, catalogPartners, m, kept, &rowProblems);
    for (const PlatformRow::Note &problem : rowProblems)
        problems->append({problem.column, problem.message});
    return measure;
}

std::optional<Measure> ImportLayout::existing(MeasureQuery &query, const Measure &parsed) const
{
    const QString key = keyOf(parsed);
    if (key.isEmpty())
        return std::nullopt;
    return m_platform ? query.loadByPlatformId(key) : query.loadByUuid(key);
}

Measure ImportLayout::merged(const Measure &existing, const Measure &parsed, const QList<PlatformRow::Note> &kept) const
{
    if (m_platform) {
        QList<MeasureField> unresolved;
        for (const PlatformRow::Note &note : kept)
            if (note.field)
                unresolved << *note.field;
        return PlatformRow::updated(existing, parsed, m_fields, unresolved);
    }
    Measure m = existing;
    for (MeasureField field : m_fields)
        if (field != MeasureField::Uuid && field != MeasureField::UpdatedAt && (field != MeasureField::CreatedAt || parsed.createdAt.isValid()))
            MeasureFields::assign(m, parsed, field);
    return m;
}
