// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcontent.h"

#include "barchartobject.h"
#include "catalogue/catalogue.h"
#include "csv/statisticscsv.h"
#include "i18n/translations.h"
#include "model/choices.h"
#include "model/money.h"
#include "model/readiness.h"
#include "model/vocabulary.h"
#include "query/filterdescription.h"
#include "query/measurecursor.h"
#include "query/measurequery.h"
#include "query/statistics.h"

#include <QAbstractTextDocumentLayout>
#include <climits>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QMap>
#include <QPaintDevice>
#include <QTextCursor>
#include <QTextDocument>
#include <QScopeGuard>
#include <QTextTable>

namespace {

constexpr int kMaxBars = 15; // more bars than this are unreadable on a page; the table lists all

// Formats in points, converted to the paint device's units once.
struct Styles {
    qreal pt = 1;       // vertical margins: Qt takes them as CSS pixels (1/96 inch)
    qreal devicePt = 1; // left margins: device units per point
    qreal width = 0;
    QTextCharFormat body, small, strong, fieldName, title, h1, h2, h3, missing, cover, coverTitle;
    QTextBlockFormat paragraph, fieldHead, fieldBody, h1Block, h2Block, h3Block, coverBlock;

    explicit Styles(const QTextDocument *document)
    {
        // Qt scales block and frame margins as CSS pixels (1/96 inch) to the device itself.
        pt = 96.0 / 72.0;
        const QPaintDevice *device = document->documentLayout()->paintDevice();
        devicePt = device ? device->logicalDpiX() / 72.0 : 1.0;
        width = document->pageSize().width();
        const QColor ink(0x1a, 0x1a, 0x1a), accent(0x1f, 0x3f, 0x6e), grey(0x55, 0x55, 0x55);
        body.setFont(document->defaultFont());
        body.setForeground(ink);
        small = body;
        small.setFontPointSize(document->defaultFont().pointSizeF() * 0.85);
        small.setForeground(grey);
        strong = body;
        strong.setFontWeight(QFont::Bold);
        fieldName = small;
        fieldName.setFontWeight(QFont::Bold);
        fieldName.setForeground(accent);
        h1 = body;
        h1.setFontPointSize(17);
        h1.setFontWeight(QFont::Bold);
        h1.setForeground(accent);
        h2 = h1;
        h2.setFontPointSize(13);
        h3 = strong;
        h3.setFontPointSize(11.5);
        missing = small;
        missing.setForeground(QColor(0x9a, 0x3b, 0x00));
        cover = body;
        cover.setFontPointSize(12);
        coverTitle = h1;
        coverTitle.setFontPointSize(26);

        paragraph.setBottomMargin(3 * pt);
        fieldHead.setTopMargin(5 * pt);
        fieldHead.setBottomMargin(0.5 * pt);
        fieldHead.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
        fieldBody.setBottomMargin(1.5 * pt);
        h1Block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        h1Block.setBottomMargin(10 * pt);
        h1Block.setHeadingLevel(1);
        h2Block.setTopMargin(14 * pt);
        h2Block.setBottomMargin(6 * pt);
        h2Block.setHeadingLevel(2);
        h3Block.setTopMargin(14 * pt);
        h3Block.setBottomMargin(2 * pt);
        h3Block.setHeadingLevel(3);
        coverBlock.setBottomMargin(8 * pt);
    }
};

class Builder
{
public:
    Builder(QTextDocument *document, const Vocabulary &vocabulary, Language language)
        : m_document(document), m_cursor(document), m_styles(document), m_vocabulary(vocabulary), m_language(language),
          m_messages(language), m_locale(language.locale())
    {
    }

    const Messages &m() const { return m_messages; }
    const QLocale &locale() const { return m_locale; }
    Language language() const { return m_language; }
    const Vocabulary &vocabulary() const { return m_vocabulary; }

    void block(const QTextBlockFormat &blockFormat, const QTextCharFormat &charFormat, const QString &text)
    {
        if (m_first) {
            m_cursor.setBlockFormat(blockFormat);
            m_cursor.setBlockCharFormat(charFormat);
            m_first = false;
        } else {
            m_cursor.insertBlock(blockFormat, charFormat);
        }
        if (!text.isEmpty())
            m_cursor.insertText(text, charFormat);
    }
    int heading(int level, const QString &text)
    {
        block(level == 1 ? m_styles.h1Block : level == 2 ? m_styles.h2Block : m_styles.h3Block,
              level == 1 ? m_styles.h1 : level == 2 ? m_styles.h2 : m_styles.h3, text);
        return m_cursor.block().position();
    }
    void paragraph(const QString &text, const QTextCharFormat *format = nullptr)
    {
        block(m_styles.paragraph, format ? *format : m_styles.body, text);
    }
    // A field of the report form: its name, then its text (kept whole, across pages if long).
    void field(const QString &name, const QString &text)
    {
        if (text.trimmed().isEmpty())
            return;
        block(m_styles.fieldHead, m_styles.fieldName, name);
        block(m_styles.fieldBody, m_styles.body, text.trimmed());
    }
    void chart(const QStringList &labels, const QList<double> &values, const QStringList &valueTexts)
    {
        if (labels.isEmpty())
            return;
        block(m_styles.paragraph, m_styles.body, {});
        m_cursor.insertText(QString(QChar::ObjectReplacementCharacter),
                            BarChartObject::format(labels, valueTexts, values, m_styles.width));
    }
    // A table of label, measures, funding; numbers right-aligned.
    void table(const QStringList &header, const QList<QStringList> &rows)
    {
        QTextTableFormat format;
        format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
        format.setCellPadding(1.5 * m_styles.pt);
        format.setCellSpacing(0);
        format.setHeaderRowCount(1);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 55), QTextLength(QTextLength::PercentageLength, 13),
                                          QTextLength(QTextLength::PercentageLength, 32)}); // room for USD 1.607.774.192,43
        format.setBottomMargin(6 * m_styles.pt);
        QTextTable *table = m_cursor.insertTable(int(rows.size()) + 1, int(header.size()), format);
        const auto put = [&](int row, int column, const QString &text, const QTextCharFormat &charFormat) {
            QTextCursor cell = table->cellAt(row, column).firstCursorPosition();
            QTextBlockFormat align;
            align.setAlignment(column == 0 ? Qt::AlignLeft : Qt::AlignRight);
            cell.setBlockFormat(align);
            cell.insertText(text, charFormat);
        };
        for (int c = 0; c < header.size(); ++c)
            put(0, c, header[c], m_styles.fieldName);
        for (int r = 0; r < rows.size(); ++r)
            for (int c = 0; c < rows[r].size(); ++c)
                put(r + 1, c, rows[r][c], m_styles.body);
        m_cursor = m_document->rootFrame()->lastCursorPosition();
    }
    // The contents: one row per heading, its page number filled in later. Returns the positions
    // of the number cells.
    QList<int> contents(const QList<ReportContent::Heading> &headings)
    {
        QTextTableFormat format;
        format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
        format.setCellPadding(1.2 * m_styles.pt);
        format.setCellSpacing(0);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 88), QTextLength(QTextLength::PercentageLength, 12)});
        QTextTable *table = m_cursor.insertTable(int(headings.size()), 2, format);
        QList<int> cells;
        for (int r = 0; r < headings.size(); ++r) {
            QTextCursor name = table->cellAt(r, 0).firstCursorPosition();
            QTextBlockFormat indent;
            indent.setLeftMargin((headings[r].level - 1) * 12 * m_styles.devicePt);
            name.setBlockFormat(indent);
            name.insertText(headings[r].text, headings[r].level == 1 ? m_styles.strong : m_styles.body);
            QTextCursor number = table->cellAt(r, 1).firstCursorPosition();
            QTextBlockFormat right;
            right.setAlignment(Qt::AlignRight);
            number.setBlockFormat(right);
            cells << number.position();
        }
        m_cursor = m_document->rootFrame()->lastCursorPosition();
        return cells;
    }
    QTextCursor &cursor() { return m_cursor; }
    const Styles &styles() const { return m_styles; }

private:
    QTextDocument *m_document;
    QTextCursor m_cursor;
    Styles m_styles;
    const Vocabulary &m_vocabulary;
    Language m_language;
    Messages m_messages;
    QLocale m_locale;
    bool m_first = true;
};

QString usd(const Builder &b, qint64 cents)
{
    return Money::inDollars(cents, b.language());
}

QString dimensionTitle(const Builder &b, Statistics::Dimension dimension)
{
    using D = Statistics::Dimension;
    switch (dimension) {
    case D::Goal: return b.m().translate("Report", "Measures by Convention goal");
    case D::Area: return b.m().translate("Report", "Measures by monitoring area");
    case D::Domain: return b.m().translate("Report", "Measures by cultural domain");
    case D::Scope: return b.m().translate("Report", "Measures by scope");
    case D::Nature: return b.m().translate("Report", "Measures by nature");
    case D::Country: return b.m().translate("Report", "Measures by country");
    case D::Year: return b.m().translate("Report", "Measures by report year");
    case D::PartnerType: return b.m().translate("Report", "Measures by type of partner");
    case D::Status: return b.m().translate("Report", "Measures by status");
    case D::Evaluated: return b.m().translate("Report", "Measures by evaluation");
    }
    return {};
}

// Where a measure is printed: under its first goal (the goal of its first area when it names
// no goal) and its first monitoring area of that goal. Each measure is printed once; its other
// goals and areas are listed in its fields.
struct Place {
    QString goal; // empty: no goal
    QString area; // empty: no area of that goal
    int goalOrder = INT_MAX; // the vocabulary's order; "none" last
    int areaOrder = INT_MAX;
    bool operator<(const Place &o) const { return std::tie(goalOrder, areaOrder) < std::tie(o.goalOrder, o.areaOrder); }
};

// A view filtered to some goals or areas files each measure under the first of those it has (a
// report of goal 2 lists its measures under goal 2, not under their goal 1).
Place placeOf(const Measure &m, const Vocabulary &vocabulary, const MeasureFilter &filter)
{
    Place place;
    QStringList goals = m.goals; // its own, and those its areas serve
    for (const QString &area : m.monitoringAreas)
        if (const VocabularyTerm *term = vocabulary.find(VocabularyKind::MonitoringArea, area); term && !goals.contains(term->parentCode))
            goals << term->parentCode;
    // Of the goals the filter asks for, when it asks; else of the goals of the areas it asks for.
    QStringList asked;
    for (const QString &goal : std::as_const(goals))
        if (filter.goals.contains(goal))
            asked << goal;
    if (asked.isEmpty())
        for (const QString &area : m.monitoringAreas)
            if (filter.areas.contains(area))
                if (const VocabularyTerm *term = vocabulary.find(VocabularyKind::MonitoringArea, area); term && !asked.contains(term->parentCode))
                    asked << term->parentCode;
    if (!asked.isEmpty())
        goals = asked;
    const QList<VocabularyTerm> &allGoals = vocabulary.terms(VocabularyKind::ConventionGoal);
    for (int i = 0; i < allGoals.size(); ++i)
        if (goals.contains(allGoals[i].code)) {
            place.goal = allGoals[i].code;
            place.goalOrder = i;
            break;
        }
    // Its first area of that goal, an asked one first.
    const QList<VocabularyTerm> &allAreas = vocabulary.terms(VocabularyKind::MonitoringArea);
    for (const bool askedOnly : {true, false})
        for (int i = 0; i < allAreas.size() && place.area.isEmpty(); ++i)
            if (!place.goal.isEmpty() && allAreas[i].parentCode == place.goal && m.monitoringAreas.contains(allAreas[i].code)
                && (!askedOnly || filter.areas.contains(allAreas[i].code))) {
                place.area = allAreas[i].code;
                place.areaOrder = i;
            }
    return place;
}

void writeMeasure(Builder &b, const Measure &m)
{
    const Vocabulary &v = b.vocabulary();
    const Language l = b.language();
    const auto label = [&](MeasureField f) { return MeasureFields::label(f, l); };
    const auto terms = [&](VocabularyKind kind, const QStringList &codes) {
        QStringList shown; // a printed page is read, not imported: an English stand-in says so
        for (const QString &code : codes)
            shown << v.shownLabel(kind, code, l);
        return shown.join(QStringLiteral("; "));
    };
    const auto pair = [&](const QString &name, const QString &value) {
        return b.m().translate("Report", "%1: %2", "a label and its value").arg(name, value);
    };
    b.heading(3, m.title.isEmpty() ? b.m().translate("Report", "(untitled measure)") : m.title);
    QStringList meta;
    if (!m.country.isEmpty())
        meta << v.label(VocabularyKind::Country, m.country, l);
    if (m.reportYear)
        meta << pair(MeasureFields::label(MeasureField::ReportYear, l), QString::number(*m.reportYear));
    meta << pair(MeasureFields::label(MeasureField::Status, l), ReviewStatus::label(m.status, l));
    b.paragraph(meta.join(QStringLiteral(" · ")), &b.styles().small);
    b.field(label(MeasureField::ResponsibleAgencies), m.responsibleAgencies);
    b.field(label(MeasureField::KeyObjectives), m.keyObjectives);
    b.field(label(MeasureField::MainFeatures), m.mainFeatures);
    b.field(label(MeasureField::Scope), terms(VocabularyKind::Scope, m.scopes));
    b.field(label(MeasureField::Nature), terms(VocabularyKind::Nature, m.natures));
    b.field(label(MeasureField::ExpectedResults), m.expectedResults);
    b.field(label(MeasureField::ResultsAchieved), m.resultsAchieved);
    QStringList funding;
    if (!m.fundingText.trimmed().isEmpty())
        funding << m.fundingText.trimmed();
    if (m.fundingUsdCents)
        funding << usd(b, *m.fundingUsdCents);
    b.field(b.m().translate("Report", "Funding"), funding.join(QStringLiteral("\n")));
    QStringList partners;
    for (const PartnerLink &p : m.partners)
        partners << (p.typeCode.isEmpty() ? p.name : QStringLiteral("%1 (%2)").arg(p.name, v.shownLabel(VocabularyKind::PartnerType, p.typeCode, l)));
    b.field(label(MeasureField::Partners), partners.join(QStringLiteral("\n")));
    QString evaluation = Evaluation::label(m.evaluated, l);
    if (!m.evaluationConclusions.trimmed().isEmpty())
        evaluation += QStringLiteral("\n") + m.evaluationConclusions.trimmed();
    b.field(b.m().translate("Report", "Evaluation"), evaluation);
    b.field(label(MeasureField::Goals), terms(VocabularyKind::ConventionGoal, m.goals));
    b.field(label(MeasureField::MonitoringAreas), terms(VocabularyKind::MonitoringArea, m.monitoringAreas));
    b.field(label(MeasureField::Domains), terms(VocabularyKind::CulturalDomain, m.domains));
    b.field(label(MeasureField::Website), m.website);
    if (const QString gaps = Readiness::describe(m, l); !gaps.isEmpty())
        b.paragraph(b.m().translate("Report", "Still missing for the report: %1").arg(gaps), &b.styles().missing);
}

} // namespace

ReportContent::ReportContent(const Catalogue &catalogue, const Vocabulary &vocabulary, Language language)
    : m_catalogue(catalogue), m_vocabulary(vocabulary), m_language(language)
{
}

ReportContent::Result ReportContent::build(QTextDocument *document, const MeasureFilter &filter, const Progress &progress) const
{
    Result result;
    Builder b(document, m_vocabulary, m_language);
    const Styles &s = b.styles();
    // One edit block: the document is laid out once at the end, not after every paragraph.
    QTextCursor edit(document);
    edit.beginEditBlock();
    const auto finish = qScopeGuard([&] { edit.endEditBlock(); });

    // Read first: the measures in title order, each filed under its goal and area.
    MeasureSort sort;
    sort.language = m_language;
    MeasureCursor cursor(m_catalogue, m_vocabulary, filter, sort);
    const int total = cursor.count();
    QMap<Place, QList<Measure>> places;
    while (cursor.next()) {
        places[placeOf(cursor.measure(), m_vocabulary, filter)] << cursor.measure();
        ++result.measures;
        if (progress && result.measures % 64 == 0 && !progress(result.measures, 2 * total)) {
            result.cancelled = true;
            return result;
        }
    }
    if (cursor.hasError()) {
        result.error = b.m().translate("Report", "Reading the catalogue failed while the report was made (%1).").arg(cursor.error());
        return result;
    }
    const Statistics statistics(m_catalogue, m_vocabulary);
    QString error;
    const Statistics::Row all = statistics.total(filter, &error);
    if (!error.isEmpty()) {
        result.error = b.m().translate("Report", "Reading the catalogue failed while the report was made (%1).").arg(error);
        return result;
    }

    // The cover.
    b.block(s.coverBlock, s.small, b.m().translate("Report", "Measures Catalogue"));
    QTextBlockFormat coverTop = s.coverBlock; // Qt drops the first block's top margin: the title's
    coverTop.setTopMargin(120 * s.pt);
    b.block(coverTop, s.coverTitle, b.m().translate("Report", "Cultural policy measures"));
    b.block(s.coverBlock, s.cover, b.m().translate("Report", "Prepared for the quadrennial periodic report on the 2005 Convention on the "
                                        "Protection and Promotion of the Diversity of Cultural Expressions"));
    QTextBlockFormat gap = s.coverBlock;
    gap.setTopMargin(30 * s.pt);
    b.block(gap, s.cover, b.m().translate("Report", "Catalogue: %1").arg(QFileInfo(m_catalogue.path()).fileName()));
    b.block(s.coverBlock, s.cover, b.m().translate("Report", "Date: %1").arg(b.locale().toString(QDate::currentDate(), QLocale::LongFormat)));
    const int inCatalogue = MeasureQuery(m_catalogue).total();
    b.block(s.coverBlock, s.cover,
            filter.isEmpty() ? b.m().translate("Report", "%n measure(s): the whole catalogue", nullptr, result.measures)
                             : b.m().translate("Report", "%n measure(s) of the catalogue's %1, chosen by:", nullptr, result.measures).arg(b.locale().toString(inCatalogue)));
    if (!filter.isEmpty())
        for (const auto &[name, value] : FilterDescription::lines(filter, m_vocabulary, m_language)) {
            QTextBlockFormat line = s.paragraph;
            line.setLeftMargin(12 * s.devicePt);
            b.block(line, s.strong, name + QStringLiteral(": "));
            b.cursor().insertText(value, s.body);
        }

    // The contents, then what they list.
    QList<Heading> headings;
    headings << Heading{0, 1, b.m().translate("Report", "Summary")};
    for (auto it = places.cbegin(); it != places.cend(); ++it) {
        if (it == places.cbegin() || std::prev(it).key().goal != it.key().goal)
            headings << Heading{0, 1, it.key().goal.isEmpty() ? b.m().translate("Report", "Measures without a Convention goal")
                                                               : m_vocabulary.label(VocabularyKind::ConventionGoal, it.key().goal, m_language)};
        if (!it.key().goal.isEmpty())
            headings << Heading{0, 2, it.key().area.isEmpty() ? b.m().translate("Report", "Without a monitoring area of this goal")
                                                               : m_vocabulary.label(VocabularyKind::MonitoringArea, it.key().area, m_language)};
    }
    b.heading(1, b.m().translate("Report", "Contents"));
    result.pageNumberCells = b.contents(headings);

    // The summary: the statistics of the filter, each dimension a chart and a table.
    int h = 0;
    headings[h++].position = b.heading(1, b.m().translate("Report", "Summary"));
    b.paragraph(b.m().translate("Report", "%n measure(s). ", nullptr, all.measures)
                + b.m().translate("Report", "%n of them state their funding in US dollars, %1 in all.", nullptr, all.funded).arg(usd(b, all.fundingCents)));
    b.paragraph(b.m().translate("Report", "A measure with several goals, areas, domains or partners counts once under each of them, so the "
                     "counts of a table may add up to more than the number of measures."),
                &s.small);
    for (Statistics::Dimension dimension : Statistics::all()) {
        const QList<Statistics::Row> rows = statistics.by(filter, dimension, &error);
        if (!error.isEmpty()) {
            result.error = b.m().translate("Report", "Reading the catalogue failed while the report was made (%1).").arg(error);
            return result;
        }
        if (rows.isEmpty())
            continue;
        b.heading(2, dimensionTitle(b, dimension));
        QList<Statistics::Row> bars = rows;
        if (dimension == Statistics::Dimension::Country) // the largest first; years and terms keep their order
            std::stable_sort(bars.begin(), bars.end(), [](const auto &a, const auto &c) { return a.measures > c.measures; });
        QStringList labels, valueTexts;
        QList<double> values;
        for (const Statistics::Row &row : bars.mid(0, kMaxBars)) {
            labels << StatisticsCsv::label(row.code, dimension, m_vocabulary, m_language, StatisticsCsv::LabelStyle::Shown);
            values << row.measures;
            valueTexts << b.locale().toString(row.measures);
        }
        b.chart(labels, values, valueTexts);
        if (bars.size() > kMaxBars)
            b.paragraph(b.m().translate("Report", "The chart shows the %1 largest; the table lists all %2.").arg(kMaxBars).arg(bars.size()), &s.small);
        QList<QStringList> table;
        for (const Statistics::Row &row : bars)
            table << QStringList{StatisticsCsv::label(row.code, dimension, m_vocabulary, m_language, StatisticsCsv::LabelStyle::Shown), b.locale().toString(row.measures),
                                 row.funded > 0 ? usd(b, row.fundingCents) : QStringLiteral("–")};
        b.table({b.m().translate("Report", "Value"), b.m().translate("Report", "Measures"), b.m().translate("Report", "Funding (USD)")}, table);
    }

    // The measures, by goal and monitoring area.
    int written = 0;
    for (auto it = places.cbegin(); it != places.cend(); ++it) {
        if (it == places.cbegin() || std::prev(it).key().goal != it.key().goal)
            headings[h].position = b.heading(1, headings[h].text), ++h;
        if (!it.key().goal.isEmpty())
            headings[h].position = b.heading(2, headings[h].text), ++h;
        for (const Measure &measure : it.value()) {
            writeMeasure(b, measure);
            ++written;
            if (progress && written % 64 == 0 && !progress(total + written, 2 * total)) {
                result.cancelled = true;
                return result;
            }
        }
    }
    result.headings = headings;
    result.ok = true;
    return result;
}
