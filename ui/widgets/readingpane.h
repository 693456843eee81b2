// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/revision.h"

#include "i18n/language.h"
#include "model/measure.h"

#include <QWidget>
#include <optional>

class QLabel;
class QTabWidget;
class QPushButton;
class QTextBrowser;
class Vocabulary;

// The selected measure, every field readable beside the table without opening the form, with
// the words of the current search highlighted. It follows the language switch; "Edit…" (or
// F2, or a double click on the table) opens the form.
class ReadingPane : public QWidget
{
    Q_OBJECT
public:
    explicit ReadingPane(QWidget *parent = nullptr);

    // Nothing shown (no selection) when `measure` is empty; `selected` counts the table's selection.
    void show(const std::optional<Measure> &measure, int selected, const Vocabulary *vocabulary, Language language,
              const QString &search, const QList<Revision> &history = {});
    void setEditable(bool editable);
    QTextBrowser *browser() const { return m_browser; }
    QTextBrowser *historyBrowser() const { return m_history; }
    QTabWidget *tabs() const { return m_tabs; }
    QString plainText() const;

signals:
    void editRequested(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void retranslate();

    std::optional<Measure> m_measure;
    int m_selected = 0;
    const Vocabulary *m_vocabulary = nullptr;
    Language m_language = Language::English;
    QString m_search;
    bool m_editable = true;
    QList<Revision> m_revisions;
    QTabWidget *m_tabs;
    QTextBrowser *m_browser;
    QTextBrowser *m_history;
    QLabel *m_empty;
    QPushButton *m_edit;
};
