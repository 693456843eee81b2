// SPDX-License-Identifier: GPL-3.0-or-later
#include "statisticspane.h"

#include "csv/statisticscsv.h"
#include "model/money.h"
#include "session/uilanguage.h"
#include "widgets/wrappedrows.h"

#include <QBarCategoryAxis>
#include <algorithm>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QHeaderView>
#include <QSplitter>
#include <QTreeWidget>
#include <QTimer>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

namespace {

constexpr int kBarHeight = 30;
constexpr int kLabelChars = 26; // longer labels are elided on the axis; the list below has them whole
constexpr int kMaxBars = 15;
// A burst of changes (keys typed in quick succession) counts once, 40 ms after the last: with a
// count taking 25 ms (p95 62 ms, stats_ms) at 100,000 measures, the pane follows a change within
// about 65 ms at the median, about 100 ms at the 95th percentile.
constexpr int kSettleMs = 40;

QString elided(const QString &label)
{
    return label.size() <= kLabelChars ? label : label.left(kLabelChars - 1).trimmed() + u'…';
}

} // namespace

StatisticsPane::StatisticsPane(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("statisticsPane"));
    m_dimension = new QComboBox(this);
    m_dimension->setObjectName(QStringLiteral("statisticsDimension"));
    for (Statistics::Dimension dimension : Statistics::all())
        m_dimension->addItem(QString(), int(dimension));
    m_dimension->setCurrentIndex(int(Statistics::all().indexOf(Statistics::Dimension::Goal)));
    m_quantity = new QComboBox(this);
    m_quantity->setObjectName(QStringLiteral("statisticsQuantity"));
    m_quantity->addItem(QString());
    m_quantity->addItem(QString());
    m_totals = new QLabel(this);
    m_totals->setWordWrap(true);
    m_chart = new QChart;
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::NoFocus); // the list below is the keyboard's way to the same values
    // The same figures as a list: whole labels (wrapped), measures and funding side by side.
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("statisticsList"));
    m_list->setColumnCount(3);
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setUniformRowHeights(false);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { chooseBar(m_list->indexOfTopLevelItem(item)); });
    // The figures' columns size to their contents after a fill, the label's column takes the rest:
    // rows are wrapped again to the width it ends with.
    connect(m_list->header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == 0)
            QTimer::singleShot(0, this, &StatisticsPane::fitRows);
    });
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_list);
    split->setChildrenCollapsible(false);

    auto *choices = new QHBoxLayout;
    choices->addWidget(m_dimension, 1);
    choices->addWidget(m_quantity);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(choices);
    layout->addWidget(m_totals);
    layout->addWidget(split, 1);
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kSettleMs);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (m_stale)
            refresh();
    });
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &StatisticsPane::scheduleRefresh);
    connect(m_quantity, &QComboBox::currentIndexChanged, this, &StatisticsPane::scheduleRefresh);
    retranslate();
}

Language StatisticsPane::language() const { return UiLanguage::instance().current(); }

void StatisticsPane::setCatalogue(const Catalogue *catalogue, const Vocabulary *vocabulary)
{
    m_catalogue = catalogue;
    m_vocabulary = vocabulary;
    m_filter = {};
    scheduleRefresh();
}

void StatisticsPane::setFilter(const MeasureFilter &filter)
{
    m_filter = filter;
    scheduleRefresh();
}

void StatisticsPane::setDimension(Statistics::Dimension dimension)
{
    m_dimension->setCurrentIndex(m_dimension->findData(int(dimension)));
    refresh();
}

void StatisticsPane::scheduleRefresh()
{
    // Counted once the changes pause (a burst of keystrokes, a language switch, a cleared filter
    // count once: each count is a query on this thread), and never while the pane is hidden.
    m_stale = true;
    if (isVisible())
        m_refreshTimer->start();
}

void StatisticsPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void StatisticsPane::refresh()
{
    m_stale = false;
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis), delete axis;
    m_labels.clear();
    m_codes.clear();
    m_values.clear();
    m_list->clear();
    if (!m_catalogue || !m_vocabulary) {
        m_totals->clear();
        return;
    }
    const auto dimension = Statistics::Dimension(m_dimension->currentData().toInt());
    const bool funding = m_quantity->currentIndex() == 1;
    const Statistics statistics(*m_catalogue, *m_vocabulary);
    QString error;
    const QList<Statistics::Row> rows = statistics.by(m_filter, dimension, &error);
    const Statistics::Row total = statistics.total(m_filter, &error);
    if (!error.isEmpty()) {
        m_totals->setText(tr("The statistics could not be read (%1).").arg(error));
        return;
    }
    const QLocale locale;
    m_totals->setText(tr("%Ln measure(s) in the view; %1 with an amount, %2 in all.", nullptr, total.measures)
                          .arg(locale.toString(total.funded), Money::inDollars(total.fundingCents, language())));

    // Largest first (years stay in time order, goals in the Convention's); "not given" last.
    QList<Statistics::Row> ordered = rows;
    const auto valueOf = [funding](const Statistics::Row &r) { return funding ? double(r.fundingCents) : double(r.measures); };
    if (dimension != Statistics::Dimension::Year && dimension != Statistics::Dimension::Goal)
        std::stable_sort(ordered.begin(), ordered.end(), [&](const Statistics::Row &a, const Statistics::Row &b) {
            if (a.code.isEmpty() != b.code.isEmpty())
                return b.code.isEmpty();
            return valueOf(a) > valueOf(b);
        });
    for (const Statistics::Row &r : std::as_const(ordered)) {
        m_labels << StatisticsCsv::label(r.code, dimension, *m_vocabulary, language(), StatisticsCsv::LabelStyle::Shown);
        // A goal by its number too, as the filter and the table name it: “12 · 3. Integrate…” is
        // not read as goal 12.
        if (dimension == Statistics::Dimension::Goal && !r.code.isEmpty())
            m_labels.last() = QStringLiteral("%1. %2").arg(r.code, m_labels.last());
        m_codes << r.code;
        m_values << (funding ? double(r.fundingCents) / 100.0 : double(r.measures));
        // No amount known is not an amount of 0: none of these measures says what it cost.
        const QString amount = r.funded > 0 ? Money::format(r.fundingCents, locale) : QStringLiteral("—");
        auto *item = new QTreeWidgetItem(m_list, {m_labels.last(), locale.toString(r.measures), amount});
        if (r.funded == 0)
            item->setToolTip(2, tr("None of these measures gives an amount in USD."));
        item->setTextAlignment(0, Qt::AlignLeft | Qt::AlignTop);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignTop);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignTop);
        item->setToolTip(0, item->text(0));
    }
    // A chart stays readable with a few bars: the largest (or the latest years); the list has all.
    const int count = int(ordered.size());
    const int shown = qMin(count, kMaxBars);
    const int first = dimension == Statistics::Dimension::Year ? count - shown : 0;
    if (shown < count)
        m_totals->setText(m_totals->text() + u' ' + tr("The chart shows %1 of the %2 values; the list below has them all.").arg(shown).arg(count));

    auto *bars = new QBarSet(funding ? tr("Funding (USD)") : tr("Measures"));
    QStringList axisLabels;
    double most = 0;
    // Horizontal bars are drawn bottom up: the first value goes last, so that it shows on top.
    for (int i = first + shown - 1; i >= first; --i) {
        const Statistics::Row &r = ordered.at(i);
        // The figure first, so that it survives when the axis has to shorten the label.
        axisLabels << (funding ? (r.funded > 0 ? Money::format(r.fundingCents, locale) : QStringLiteral("—")) : locale.toString(r.measures))
                          + QStringLiteral(" · ")
                          + elided(m_labels.at(i));
        *bars << m_values.at(i);
        most = qMax(most, m_values.at(i));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(bars);
    series->setBarWidth(0.7);
    m_chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(axisLabels);
    m_chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto *values = new QValueAxis; // its figures are on the labels and in the list, in the locale's format
    values->setRange(0, most > 0 ? most * 1.02 : 1);
    values->setLabelsVisible(false);
    values->setTickCount(5);
    m_chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    m_view->setMinimumHeight(shown * kBarHeight + 70);
    const auto barToIndex = [first, shown](int bar) { return first + shown - 1 - bar; };
    connect(bars, &QBarSet::clicked, this, [this, barToIndex](int bar) { chooseBar(barToIndex(bar)); });
    connect(bars, &QBarSet::hovered, this, [this, barToIndex](bool over, int bar) {
        if (over && barToIndex(bar) >= 0 && barToIndex(bar) < m_labels.size())
            QToolTip::showText(QCursor::pos(), m_codes.value(barToIndex(bar)).isEmpty()
                                                   ? m_labels.value(barToIndex(bar)) // "not given": nothing to narrow to
                                                   : m_labels.value(barToIndex(bar)) + u'\n' + tr("Click to show only these measures."));
        else
            QToolTip::hideText();
    });
    fitRows();
}

void StatisticsPane::fitRows()
{
    WrappedRows::fit(m_list, 0, m_list->header()->sectionSize(0));
}

void StatisticsPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    QTimer::singleShot(0, this, &StatisticsPane::fitRows); // once the columns have their new widths
}

void StatisticsPane::chooseBar(int index)
{
    if (index < 0 || index >= m_codes.size())
        return;
    // An empty code ("not given") is emitted too: the window says why it cannot narrow to it.
    const auto dimension = Statistics::Dimension(m_dimension->currentData().toInt());
    emit narrowRequested(Statistics::field(dimension), m_codes.at(index));
}

QString StatisticsPane::totalsText() const { return m_totals->text(); }

void StatisticsPane::focusFirst() { m_dimension->setFocus(Qt::ShortcutFocusReason); }

void StatisticsPane::retranslate()
{
    for (int i = 0; i < m_dimension->count(); ++i) {
        switch (Statistics::Dimension(m_dimension->itemData(i).toInt())) {
        case Statistics::Dimension::Goal: m_dimension->setItemText(i, tr("By Convention goal")); break;
        case Statistics::Dimension::Area: m_dimension->setItemText(i, tr("By monitoring area")); break;
        case Statistics::Dimension::Domain: m_dimension->setItemText(i, tr("By cultural domain")); break;
        case Statistics::Dimension::Scope: m_dimension->setItemText(i, tr("By scope")); break;
        case Statistics::Dimension::Nature: m_dimension->setItemText(i, tr("By nature")); break;
        case Statistics::Dimension::Country: m_dimension->setItemText(i, tr("By country")); break;
        case Statistics::Dimension::Year: m_dimension->setItemText(i, tr("By report year")); break;
        case Statistics::Dimension::PartnerType: m_dimension->setItemText(i, tr("By type of partner")); break;
        case Statistics::Dimension::Status: m_dimension->setItemText(i, tr("By status")); break;
        case Statistics::Dimension::Evaluated: m_dimension->setItemText(i, tr("By evaluation")); break;
        }
    }
    m_quantity->setItemText(0, tr("Measures"));
    m_quantity->setItemText(1, tr("Funding (USD)"));
    m_list->setHeaderLabels({tr("Value"), tr("Measures"), tr("Funding (USD)")});
    m_dimension->setToolTip(tr("What to count the measures of the view by"));
    scheduleRefresh();
}

void StatisticsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
