// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/vocabulary.h"

#include <QDialog>

class CatalogueSession;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

// The analyst's own cultural domains and partner types, with English and Spanish labels.
// Built-in values are listed but fixed; values in use cannot be removed.
class VocabularyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit VocabularyDialog(CatalogueSession *session, QWidget *parent = nullptr);
    // For tests and the Add button: adds a term to the kind of the current tab.
    QString addTerm(VocabularyKind kind, const QString &labelEn, const QString &labelEs);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Page {
        VocabularyKind kind;
        QTableWidget *table;
        QLineEdit *english;
        QLineEdit *spanish;
        QPushButton *add;
        QPushButton *remove;
    };
    QWidget *makePage(VocabularyKind kind);
    void reload();
    void retranslate();

    CatalogueSession *m_session;
    QTabWidget *m_tabs;
    QList<Page> m_pages;
    bool m_loading = false;
};
