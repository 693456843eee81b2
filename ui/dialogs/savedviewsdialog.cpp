// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedviewsdialog.h"

#include "session/cataloguesession.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

SavedViewsDialog::SavedViewsDialog(CatalogueSession *session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("savedViewsDialog"));
    resize(480, 360);
    m_list = new QListWidget(this);
    m_show = new QPushButton(this);
    m_rename = new QPushButton(this);
    m_delete = new QPushButton(this);
    m_close = new QPushButton(this);
    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {m_show, m_rename, m_delete})
        buttons->addWidget(button);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    m_show->setDefault(true);
    connect(m_show, &QPushButton::clicked, this, [this] {
        if (m_list->currentRow() < 0)
            return;
        m_chosen = m_views.value(m_list->currentRow());
        accept();
    });
    connect(m_list, &QListWidget::itemActivated, m_show, &QPushButton::click);
    connect(m_rename, &QPushButton::clicked, this, &SavedViewsDialog::renameCurrent);
    connect(m_delete, &QPushButton::clicked, this, &SavedViewsDialog::deleteCurrent);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &SavedViewsDialog::updateButtons);
    auto *del = new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &SavedViewsDialog::deleteCurrent);
    auto *f2 = new QShortcut(QKeySequence(Qt::Key_F2), m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(f2, &QShortcut::activated, this, &SavedViewsDialog::renameCurrent);
    retranslate();
    reload();
    m_list->setFocus();
}

void SavedViewsDialog::reload(const QString &select)
{
    const int row = m_list->currentRow();
    m_views = m_session->savedViews();
    m_list->clear();
    for (const SavedView &view : std::as_const(m_views))
        m_list->addItem(view.name);
    int target = qBound(0, row, int(m_views.size()) - 1);
    for (int i = 0; i < m_views.size(); ++i)
        if (!select.isEmpty() && m_views[i].name.compare(select, Qt::CaseInsensitive) == 0)
            target = i;
    m_list->setCurrentRow(m_views.isEmpty() ? -1 : target);
    updateButtons();
}

void SavedViewsDialog::renameCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || m_session->isReadOnly())
        return;
    const QString old = m_views[row].name;
    QString name = old;
    for (;;) {
        bool ok = false;
        name = QInputDialog::getText(this, tr("Rename View"), tr("New name of “%1”:").arg(old), QLineEdit::Normal, name, &ok);
        if (!ok || name.simplified() == old)
            return;
        const QString error = m_session->renameView(old, name);
        if (error.isEmpty())
            break;
        QMessageBox::warning(this, tr("Rename View"), error); // and the name again, as typed
    }
    reload(name.simplified());
}

void SavedViewsDialog::deleteCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || m_session->isReadOnly())
        return;
    const QString name = m_views[row].name;
    const auto answer = QMessageBox::question(this, tr("Delete View"),
                                              tr("Delete the view “%1” from this catalogue? The measures stay as they are; "
                                                 "only the saved search, filters, sort and columns go, for everyone who "
                                                 "opens the file.").arg(name),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (const QString error = m_session->removeView(name); !error.isEmpty())
        QMessageBox::warning(this, tr("Delete View"), error);
    reload();
}

void SavedViewsDialog::updateButtons()
{
    const bool any = m_list->currentRow() >= 0;
    const bool writable = !m_session->isReadOnly();
    m_show->setEnabled(any);
    m_rename->setEnabled(any && writable);
    m_delete->setEnabled(any && writable);
    if (!writable)
        for (QPushButton *button : {m_rename, m_delete})
            button->setToolTip(tr("This catalogue is open read-only: its views can be shown, not changed."));
}

void SavedViewsDialog::retranslate()
{
    m_list->setAccessibleName(tr("Saved views"));
    setWindowTitle(tr("Saved Views"));
    m_show->setText(tr("&Show"));
    m_rename->setText(tr("&Rename…"));
    m_delete->setText(tr("&Delete…"));
    m_close->setText(tr("&Close"));
}

void SavedViewsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
