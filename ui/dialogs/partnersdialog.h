// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class CatalogueSession;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

// The partners of the whole catalogue: rename, change the type of entity, merge duplicates,
// delete unused ones, and see which measures name a partner.
class PartnersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PartnersDialog(CatalogueSession *session, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    void mergeSelected(int keepRow); // merges every selected row into the row `keepRow`

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void showUsage();
    void askMerge();
    void deleteSelected();
    void report(const QString &error);
    void retranslate();

    CatalogueSession *m_session;
    QTableWidget *m_table;
    QListWidget *m_usage;
    QLabel *m_usageTitle;
    QLabel *m_hint;
    QPushButton *m_merge;
    QPushButton *m_delete;
    bool m_loading = false;
};
