// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "query/savedview.h"

#include <QDialog>
#include <optional>

class CatalogueSession;
class QListWidget;
class QPushButton;

// The catalogue's saved views: show one, rename it, delete it (after a question).
class SavedViewsDialog : public QDialog
{
    Q_OBJECT
public:
    SavedViewsDialog(CatalogueSession *session, QWidget *parent = nullptr);
    std::optional<SavedView> chosen() const { return m_chosen; } // the view to show, once accepted
    QListWidget *list() const { return m_list; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload(const QString &select = {});
    void renameCurrent();
    void deleteCurrent();
    void updateButtons();
    void retranslate();

    CatalogueSession *m_session;
    QListWidget *m_list;
    QPushButton *m_show;
    QPushButton *m_rename;
    QPushButton *m_delete;
    QPushButton *m_close;
    QList<SavedView> m_views;
    std::optional<SavedView> m_chosen;
};
