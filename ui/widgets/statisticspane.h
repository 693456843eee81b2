// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"
#include "query/measurefilter.h"
#include "query/statistics.h"

#include <QWidget>

class Catalogue;
class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QTimer;
class QTreeWidget;
class Vocabulary;

// The shape of the current view (View ▸ Statistics): how many measures, and how much USD
// funding, each value of one dimension has — as bars (Qt Charts) and a line of totals. It follows
// the filter, recomputing in SQL (core's Statistics) only while it is shown; clicking a bar
// narrows the table to that value.
class StatisticsPane : public QWidget
{
    Q_OBJECT
public:
    explicit StatisticsPane(QWidget *parent = nullptr);

    // The catalogue to count in (null: none open) and its vocabulary; both outlive the pane's use.
    void setCatalogue(const Catalogue *catalogue, const Vocabulary *vocabulary);
    void setFilter(const MeasureFilter &filter);
    void setDimension(Statistics::Dimension dimension);

    // What the chart shows now, for tests: the bar labels and values, and the totals line.
    QStringList barLabels() const { return m_labels; }
    QList<double> barValues() const { return m_values; }
    QString totalsText() const;
    QChartView *chartView() const { return m_view; }
    void chooseBar(int index); // as a click on bar `index` does
    void focusFirst();         // the keyboard at the first choice (not a focus proxy: Tab would loop)

signals:
    // The analyst clicked a bar: narrow the view to `code` of `field`.
    void narrowRequested(MeasureField field, const QString &code);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void fitRows();
    void scheduleRefresh();
    void refresh();
    Language language() const;

    const Catalogue *m_catalogue = nullptr;
    const Vocabulary *m_vocabulary = nullptr;
    MeasureFilter m_filter;
    bool m_stale = true;
    QTimer *m_refreshTimer;
    QComboBox *m_dimension;
    QComboBox *m_quantity;
    QLabel *m_totals;
    QChart *m_chart;
    QChartView *m_view;
    QTreeWidget *m_list;
    QStringList m_labels, m_codes;
    QList<double> m_values;
};
