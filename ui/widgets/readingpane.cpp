// SPDX-License-Identifier: GPL-3.0-or-later
#include "readingpane.h"

#include "models/historyhtml.h"
#include "models/measurehtml.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

ReadingPane::ReadingPane(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("readingPane"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("readingText"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_history = new QTextBrowser(this);
    m_history->setObjectName(QStringLiteral("readingHistory"));
    m_history->setFrameShape(QFrame::NoFrame);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_browser, QString());
    m_tabs->addTab(m_history, QString());
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("readingEdit"));
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (m_measure)
            emit editRequested(m_measure->id);
    });
    m_tabs->setCornerWidget(m_edit, Qt::TopRightCorner);
    m_tabs->tabBar()->setElideMode(Qt::ElideNone); // “Histor…” told nothing: the pane keeps room for both tabs
    m_tabs->tabBar()->setUsesScrollButtons(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_empty, 1);
    retranslate();
    render();
}

void ReadingPane::show(const std::optional<Measure> &measure, int selected, const Vocabulary *vocabulary, Language language,
                       const QString &search, const QList<Revision> &history)
{
    m_revisions = history;
    m_measure = measure;
    m_selected = selected;
    m_vocabulary = vocabulary;
    m_language = language;
    m_search = search;
    render();
}

void ReadingPane::setEditable(bool editable)
{
    m_editable = editable;
    retranslate();
}

QString ReadingPane::plainText() const { return m_tabs->isVisible() ? m_browser->toPlainText() : m_empty->text(); }

void ReadingPane::render()
{
    const bool one = m_measure && m_vocabulary && m_selected == 1;
    m_tabs->setVisible(one);
    m_edit->setVisible(one);
    m_empty->setVisible(!one);
    if (one) {
        m_browser->setHtml(MeasureHtml::page(*m_measure, *m_vocabulary, m_language, m_search));
        m_history->setHtml(HistoryHtml::page(m_revisions, m_language));
    } else {
        m_empty->setText(m_selected > 1 ? tr("%Ln measures selected.", nullptr, m_selected)
                                        : tr("Select a measure in the table to read it here."));
    }
}

void ReadingPane::retranslate()
{
    // No mnemonic: Alt+E is the Edit menu's, and F2 or Enter on the table already open the form.
    m_edit->setText(m_editable ? tr("Edit…") : tr("View…"));
    m_tabs->setTabText(0, tr("Measure"));
    m_tabs->setTabText(1, tr("History"));
    // What a screen reader calls them (the tabs name the pages, not the pane itself).
    m_tabs->setAccessibleName(tr("Reading pane"));
    // As narrow as the splitter may make it, the pane still shows both tabs and its button whole.
    setMinimumWidth(m_tabs->tabBar()->sizeHint().width() + m_edit->sizeHint().width() + 24);
    m_browser->setAccessibleName(tr("The selected measure"));
    m_history->setAccessibleName(tr("History of the selected measure"));
    m_tabs->setTabToolTip(1, tr("Who changed this measure, what and when"));
    m_edit->setToolTip(m_editable ? tr("Edit this measure in the form (F2)") : tr("View this measure in the form, read-only (F2)"));
    render();
}

void ReadingPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
