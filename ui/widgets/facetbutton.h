#pragma once

#include <QPair>
#include <QStringList>
#include <QToolButton>

class QLineEdit;
class QListWidget;
class QMenu;

// One facet of the filter ("Domain", "Country"...): a button that opens a check list. The button
// reads "Domain" when nothing is chosen, "Domain: Music" for one value, "Domain (3)" for more.
class FacetButton : public QToolButton
{
    Q_OBJECT
public:
    explicit FacetButton(QWidget *parent = nullptr);

    void setTitle(const QString &title); // translated by the owner on language change
    // Values as (code, label), in display order. Chosen codes that still exist stay chosen.
    void setValues(const QList<QPair<QString, QString>> &values);
    void setSearchable(bool searchable); // a search line above long lists (countries)
    QStringList selectedCodes() const { return m_selected; }
    void setSelectedCodes(const QStringList &codes); // does not emit
    QListWidget *list() const { return m_list; }     // for keyboard focus and tests

signals:
    void selectionChanged(const QStringList &codes);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshText();
    void retranslate();
    void applyFilterText(const QString &text);

    QString m_title;
    QStringList m_selected;
    QList<QPair<QString, QString>> m_values;
    QMenu *m_menu;
    QLineEdit *m_search;
    QListWidget *m_list;
    bool m_updating = false;
};
