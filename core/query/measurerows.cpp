// SPDX-License-Identifier: GPL-3.0-or-later
#include "measurerows.h"

#include "catalogue/facetcolumns.h"
#include "catalogue/measurecolumns.h"
#include "catalogue/sqlitestatement.h"
#include "model/timestamps.h"
#include "model/vocabulary.h"

namespace {

// The facets whose codes are lists of the measure itself (partner types belong to partners).
const QList<const FacetColumn *> &listFacets()
{
    static const QList<const FacetColumn *> facets = [] {
        QList<const FacetColumn *> list;
        for (const FacetColumn &facet : FacetColumns::all())
            if (facet.field != MeasureField::Partners)
                list << &facet;
        return list;
    }();
    return facets;
}

// The earlier forms' columns (kEarlierFormCount of them), after the measure's own.
QString earlierFormList(int textLimit)
{
    Q_ASSERT(MeasureFields::earlierFormFields().size() + 20 == MeasureRows::kColumnCount);
    QString list;
    for (const QString &column : MeasureColumns::earlierFormNames())
        list += textLimit > 0 ? QStringLiteral(", substr(m.%1, 1, %2)").arg(column).arg(textLimit) : QStringLiteral(", m.") + column;
    // The platform's last row matters to an import only, which reads whole measures.
    return list + (textLimit > 0 ? QStringLiteral(", '', m.revision") : QStringLiteral(", m.platform_source, m.revision"));
}

} // namespace

namespace MeasureRows {

QString selectList(int textLimit)
{
    const auto text = [textLimit](const char *column) {
        return textLimit > 0 ? QStringLiteral("substr(m.%1, 1, %2)").arg(QLatin1String(column)).arg(textLimit)
                             : QStringLiteral("m.%1").arg(QLatin1String(column));
    };
    return QStringList{QStringLiteral("m.id"),
                       QStringLiteral("m.uuid"),
                       QStringLiteral("m.title"),
                       QStringLiteral("m.country"),
                       QStringLiteral("m.report_year"),
                       text("responsible_agencies"),
                       text("key_objectives"),
                       text("main_features"),
                       text("expected_results"),
                       text("results_achieved"),
                       text("funding_text"),
                       QStringLiteral("m.funding_usd"),
                       QStringLiteral("m.evaluated"),
                       text("evaluation_conclusions"),
                       QStringLiteral("m.website"),
                       QStringLiteral("m.status"),
                       QStringLiteral("m.created_at"),
                       QStringLiteral("m.updated_at")}
        .join(QStringLiteral(", "))
        + earlierFormList(textLimit);
}

void read(const SqliteStatement &q, int c, Measure &m)
{
    // Into the strings the measure already holds: a cursor reuses its measures row after row.
    m.id = q.int64(c + 0);
    q.textInto(c + 1, m.uuid);
    q.textInto(c + 2, m.title);
    q.textInto(c + 3, m.country);
    m.reportYear = q.isNull(c + 4) ? std::nullopt : std::optional<int>(int(q.int64(c + 4)));
    q.textInto(c + 5, m.responsibleAgencies);
    q.textInto(c + 6, m.keyObjectives);
    q.textInto(c + 7, m.mainFeatures);
    q.textInto(c + 8, m.expectedResults);
    q.textInto(c + 9, m.resultsAchieved);
    q.textInto(c + 10, m.fundingText);
    m.fundingUsdCents = q.isNull(c + 11) ? std::nullopt : std::optional<qint64>(q.int64(c + 11));
    q.textInto(c + 12, m.evaluated);
    q.textInto(c + 13, m.evaluationConclusions);
    q.textInto(c + 14, m.website);
    q.textInto(c + 15, m.status);
    m.createdAt = parseIsoTimestamp(q.utf8(c + 16));
    m.updatedAt = parseIsoTimestamp(q.utf8(c + 17));
    int column = c + 18;
    for (MeasureField field : MeasureFields::earlierFormFields()) {
        if (QString *text = MeasureFields::text(m, field))
            q.textInto(column, *text);
        else if (QString *code = MeasureFields::choice(m, field))
            q.textInto(column, *code);
        else
            MeasureFields::setPlainValue(m, field, q.text(column));
        ++column;
    }
    q.textInto(column, m.platformSource);
    q.textInto(++column, m.revision);
    m.scopes.clear();
    m.natures.clear();
    m.goals.clear();
    m.monitoringAreas.clear();
    m.domains.clear();
    m.partners.clear();
}

void addTerm(Measure &m, QByteArrayView kind, const QString &code)
{
    for (const FacetColumn &facet : FacetColumns::all()) {
        if (kind != QByteArrayView(facet.kindCode))
            continue;
        if (QStringList *codes = MeasureFields::codes(m, facet.field))
            codes->append(code);
        return;
    }
}

MaskDecoder::MaskDecoder(const Vocabulary &vocabulary)
{
    for (const FacetColumn *facet : listFacets()) {
        QList<QPair<int, QString>> bits;
        for (const VocabularyTerm &term : vocabulary.terms(facet->kind))
            if (term.bit >= 0)
                bits.append({term.bit, term.code});
        m_bits << bits;
    }
}

void MaskDecoder::decode(int facetIndex, qint64 mask, Measure &m) const
{
    const QByteArrayView kind(listFacets().at(facetIndex)->kindCode);
    for (const auto &[bit, code] : m_bits.at(facetIndex))
        if (mask & (qint64(1) << bit))
            addTerm(m, kind, code);
}

QString maskColumns()
{
    QStringList columns;
    for (const FacetColumn *facet : listFacets())
        columns << QStringLiteral("m.") + facet->columnName();
    return columns.join(QStringLiteral(", "));
}

int maskColumnCount() { return int(listFacets().size()); }

} // namespace MeasureRows
