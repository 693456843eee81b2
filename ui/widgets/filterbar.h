// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"
#include "query/measurefilter.h"

#include <QHash>
#include <QKeySequence>
#include <QWidget>
#include <functional>

class FacetButton;
class QLabel;
class QToolButton;
class QLineEdit;
class QPushButton;
class Vocabulary;
class YearRangeButton;

// Search box, facet pickers, "clear filters" and the live "N of M measures" count. It produces one
// MeasureFilter value; the table, the count and the export all use that same value.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    enum class Facet { Goal, Area, Domain, Scope, Nature, Country, PartnerType, Evaluated, Status };

    explicit FilterBar(QWidget *parent = nullptr);

    // Refills the pickers' values (labels in `language`), keeping what is chosen.
    void setVocabulary(const Vocabulary &vocabulary, Language language);
    // How many measures each value of a facet has under a filter (code -> measures): the counts
    // a facet's list shows, for the current filter without that facet's own choice.
    using Counts = std::function<QHash<QString, int>(const MeasureFilter &filter, MeasureField facet)>;
    void setCounts(Counts counts) { m_countsOf = std::move(counts); }
    static MeasureField fieldOf(Facet facet);
    MeasureFilter filter() const;
    void clear(); // emits filterChanged
    // Shows a whole filter (a saved view's): the search, every facet, the years; emits once.
    void setFilter(const MeasureFilter &filter);
    // Narrows the view to one value of a field (a facet's code, or a report year), as clicking a
    // bar of the statistics does; emits filterChanged.
    void narrowTo(MeasureField field, const QString &code);
    void setCounts(int shown, int total);
    QLineEdit *searchBox() const { return m_search; }
    FacetButton *facet(Facet facet) const { return m_facets.value(int(facet)); }
    YearRangeButton *years() const { return m_years; }
    QToolButton *needsAttention() const { return m_attention; }

    // Window shortcuts that a line edit would otherwise keep for itself (Ctrl+E is "end of line"
    // and Ctrl+D "delete" in Qt's Emacs-style keys): in the search box they stay the window's.
    void setWindowShortcuts(const QList<QKeySequence> &shortcuts) { m_windowShortcuts = shortcuts; }

signals:
    void filterChanged(const MeasureFilter &filter);
    // Down arrow (or Enter) in the search box: go on to the results.
    void resultsRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void emitFilter();

    QLineEdit *m_search;
    QHash<int, FacetButton *> m_facets;
    QToolButton *m_attention = nullptr;
    YearRangeButton *m_years;
    QPushButton *m_clear;
    QLabel *m_count;
    QLabel *m_filterLabel;
    int m_shown = 0;
    int m_total = 0;
    MeasureFilter m_lastEmitted;
    Counts m_countsOf;
    QList<QKeySequence> m_windowShortcuts;
};
