// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/vocabulary.h"

#include <QDialog>
#include <QMap>

class CatalogueSession;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

// The analyst's own cultural domains and partner types, with a label in each interface language
// (English and Spanish required, the others optional: English shows where one is missing).
// Built-in values are listed but fixed; values in use cannot be removed.
class VocabularyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit VocabularyDialog(CatalogueSession *session, QWidget *parent = nullptr);
    // For tests and the Add button: adds a term to the kind of the current tab.
    // `otherLabels`: the optional labels in the further languages (code -> label).
    QString addTerm(VocabularyKind kind, const QString &labelEn, const QString &labelEs, const QMap<QString, QString> &otherLabels = {});

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Page {
        VocabularyKind kind;
        QTableWidget *table;
        QList<QLineEdit *> labels; // one per language, as Language::all() lists them
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
