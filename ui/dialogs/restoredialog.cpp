// SPDX-License-Identifier: GPL-3.0-or-later
#include "restoredialog.h"

#include "catalogue/backups.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

RestoreDialog::RestoreDialog(const QString &cataloguePath, QWidget *parent) : QDialog(parent), m_path(cataloguePath)
{
    setObjectName(QStringLiteral("restoreDialog"));
    resize(680, 420);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_list = new QListWidget(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_open = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_open->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_open->setEnabled(row >= 0); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    retranslate();
    m_list->setFocus();
}

QString RestoreDialog::chosenBackup() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void RestoreDialog::fill()
{
    const QString chosen = chosenBackup();
    m_list->clear();
    for (const QString &path : Backups::all(m_path)) {
        const QFileInfo info(path);
        QString kind;
        switch (Backups::kindOf(m_path, path)) {
        case Backups::Kind::Automatic: kind = tr("automatic, on closing"); break;
        case Backups::Kind::OnRequest: kind = tr("made with Back Up"); break;
        case Backups::Kind::BeforeUpgrade: kind = tr("before an upgrade"); break;
        case Backups::Kind::BeforeMerge: kind = tr("before merging “%1”").arg(Backups::sourceOf(m_path, path)); break;
        case Backups::Kind::BeforeImport: kind = tr("before importing “%1”").arg(Backups::sourceOf(m_path, path)); break;
        case Backups::Kind::BeforeDelete:
            kind = tr("before deleting %Ln measure(s)", nullptr, Backups::sourceOf(m_path, path).toInt());
            break;
        case Backups::Kind::Unknown: kind = tr("a copy"); break;
        }
        auto *item = new QListWidgetItem(tr("%1 — %2 — %3").arg(QLocale().toString(info.lastModified(), QLocale::LongFormat), kind,
                                                                QLocale().formattedDataSize(info.size())),
                                         m_list);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (path == chosen)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_open->setEnabled(m_list->currentItem() != nullptr);
}

void RestoreDialog::retranslate()
{
    setWindowTitle(tr("Restore from a Backup Copy"));
    m_intro->setText(m_list->count() || !Backups::all(m_path).isEmpty()
                         ? tr("Choose a copy of “%1”. It opens as a new catalogue file beside the original, which stays as it is.")
                               .arg(QFileInfo(m_path).completeBaseName())
                         : tr("There are no backup copies of “%1” yet. Copies are made with File ▸ Back Up, when a changed "
                              "catalogue is closed, and before merges, large imports and upgrades.")
                               .arg(QFileInfo(m_path).completeBaseName()));
    m_open->setText(tr("Open as a New Catalogue"));
    fill();
}

void RestoreDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
