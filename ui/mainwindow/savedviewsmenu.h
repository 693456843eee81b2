// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "query/savedview.h"

#include <QMenu>

#include <optional>

class CatalogueSession;
class FilterBar;
class MeasureTableView;

// View ▸ Saved Views: save the current search, filters, sort and columns under a name, get them
// back, rename or delete them. The views live in the catalogue file (CatalogueSession).
class SavedViewsMenu : public QMenu
{
    Q_OBJECT
public:
    SavedViewsMenu(CatalogueSession *session, FilterBar *filterBar, MeasureTableView *table, QWidget *window);

    SavedView current() const; // what the window shows now, without a name
    void apply(const SavedView &view);
    // Asks for a name (offering the last view shown) and saves; true when saved.
    bool saveCurrentWithDialog();
    void manageWithDialog();
    QAction *saveAction() const { return m_save; }
    QAction *manageAction() const { return m_manage; }
    QString shownView() const { return m_shown; }
    // The saved view the window shows now: the one last chosen or saved, while the search, the
    // filters, the sort and the columns are still its own; empty once any of them changes.
    QString activeView() const { return m_active; }

signals:
    void activeViewChanged(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();
    void updateActive();
    void readShownView(); // m_shown's definition, read once, not at each keystroke
    QString suggestedName() const;

    CatalogueSession *m_session;
    FilterBar *m_filterBar;
    MeasureTableView *m_table;
    QWidget *m_window;
    QAction *m_save;
    QAction *m_manage;
    QString m_shown; // the view last chosen, offered as the name when saving again
    QString m_active;
    std::optional<SavedView> m_shownView;
};
