// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPair>
#include <QStringList>
#include <QToolButton>
#include <functional>

class QLineEdit;
class QMenu;
class QTreeWidget;

// One facet of the filter ("Domain", "Country"...): a button that opens a check list. The button
// reads "Domain" when nothing is chosen, "Domain: Music" for one value, "Domain (3)" for more.
// When the list opens, each value shows how many measures of the current view it would match
// (asked of the counter), values no measure has are greyed, and, for long lists, the values
// present come first. The pop-up grows to its labels (up to a limit) and wraps longer ones.
class FacetButton : public QToolButton
{
    Q_OBJECT
public:
    using Counter = std::function<QHash<QString, int>()>; // code -> measures

    explicit FacetButton(QWidget *parent = nullptr);

    void setTitle(const QString &title); // translated by the owner on language change
    // Values as (code, label), in display order. Chosen codes that still exist stay chosen.
    void setValues(const QList<QPair<QString, QString>> &values);
    void setSearchable(bool searchable); // a search line above long lists (countries)
    void setPresentFirst(bool presentFirst) { m_presentFirst = presentFirst; }
    void setCounter(Counter counter) { m_counter = std::move(counter); }
    QStringList selectedCodes() const { return m_selected; }
    void setSelectedCodes(const QStringList &codes); // does not emit
    QTreeWidget *list() const { return m_list; }     // for keyboard focus and tests
    // Shows the counts now (the list does it each time it opens).
    void refreshCounts();

signals:
    void selectionChanged(const QStringList &codes);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild(const QHash<QString, int> *counts);
    void fitToContent();
    void refreshText();
    void retranslate();
    void applyFilterText(const QString &text);

    QString m_title;
    QStringList m_selected;
    QList<QPair<QString, QString>> m_values;
    Counter m_counter;
    bool m_presentFirst = false;
    QMenu *m_menu;
    QLineEdit *m_search;
    QTreeWidget *m_list;
    bool m_updating = false;
};
