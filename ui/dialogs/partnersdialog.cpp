// SPDX-License-Identifier: GPL-3.0-or-later
#include "partnersdialog.h"

#include "session/cataloguesession.h"
#include "session/uilanguage.h"
#include "query/partnerquery.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QKeyEvent>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { NameColumn, TypeColumn, UsesColumn };
}

PartnersDialog::PartnersDialog(CatalogueSession *session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("partnersDialog"));
    resize(820, 560);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_table = new QTableWidget(0, 3, this);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TypeColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(UsesColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_usageTitle = new QLabel(this);
    m_usage = new QListWidget(this);
    auto *usage = new QWidget(this);
    auto *usageLayout = new QVBoxLayout(usage);
    usageLayout->setContentsMargins(0, 0, 0, 0);
    usageLayout->addWidget(m_usageTitle);
    usageLayout->addWidget(m_usage);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(usage);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_merge = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_delete = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    // Enter on a partner renames it (as F2 does); it must never run Merge, the first button.
    for (QAbstractButton *button : buttons->buttons())
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false), push->setDefault(false);
    m_table->installEventFilter(this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_merge, &QPushButton::clicked, this, &PartnersDialog::askMerge);
    connect(m_delete, &QPushButton::clicked, this, &PartnersDialog::deleteSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PartnersDialog::showUsage);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_loading || item->column() != NameColumn)
            return;
        const QString error = m_session->renamePartner(item->data(Qt::UserRole).toLongLong(), item->text());
        report(error);
        reload();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    retranslate();
    reload();
}

void PartnersDialog::reload()
{
    m_loading = true;
    const qint64 current = m_table->currentRow() >= 0 && m_table->item(m_table->currentRow(), NameColumn)
                               ? m_table->item(m_table->currentRow(), NameColumn)->data(Qt::UserRole).toLongLong()
                               : 0;
    const QList<PartnerInfo> partners = PartnerQuery::all(*m_session->catalogue());
    const Language language = UiLanguage::instance().current();
    const Vocabulary &vocabulary = m_session->vocabulary();
    m_table->setRowCount(int(partners.size()));
    for (int row = 0; row < partners.size(); ++row) {
        const PartnerInfo &p = partners[row];
        auto *name = new QTableWidgetItem(p.name);
        name->setData(Qt::UserRole, p.id);
        m_table->setItem(row, NameColumn, name);
        auto *type = new QComboBox(m_table);
        for (const VocabularyTerm &term : vocabulary.terms(VocabularyKind::PartnerType))
            type->addItem(term.shownLabel(language), term.code);
        type->setCurrentIndex(qMax(0, type->findData(p.typeCode)));
        connect(type, &QComboBox::currentIndexChanged, this, [this, type, id = p.id] {
            report(m_session->setPartnerType(id, type->currentData().toString()));
        });
        m_table->setCellWidget(row, TypeColumn, type);
        auto *uses = new QTableWidgetItem(QLocale().toString(p.measureCount));
        uses->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        uses->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, UsesColumn, uses);
        if (p.id == current)
            m_table->setCurrentCell(row, NameColumn);
    }
    const bool editable = !m_session->isReadOnly();
    m_table->setEditTriggers(editable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                      : QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < m_table->rowCount(); ++row)
        m_table->cellWidget(row, TypeColumn)->setEnabled(editable);
    m_merge->setEnabled(editable);
    m_delete->setEnabled(editable);
    m_loading = false;
    showUsage();
}

void PartnersDialog::showUsage()
{
    m_usage->clear();
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, NameColumn))
        return;
    const qint64 id = m_table->item(row, NameColumn)->data(Qt::UserRole).toLongLong();
    for (const auto &measure : PartnerQuery::measuresUsing(*m_session->catalogue(), id))
        m_usage->addItem(measure.second);
    m_usageTitle->setText(tr("Measures that name “%1”:").arg(m_table->item(row, NameColumn)->text()));
}

void PartnersDialog::askMerge()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() < 2) {
        QMessageBox::information(this, tr("Merge partners"), tr("Select two or more partners (Ctrl+click) to merge them into one."));
        return;
    }
    QStringList names;
    for (const QModelIndex &index : rows)
        names << m_table->item(index.row(), NameColumn)->text();
    bool ok = false;
    const QString keep = QInputDialog::getItem(this, tr("Merge partners"),
                                               tr("Keep which name? The other partners are replaced by it in every measure. "
                                                  "Edit ▸ Undo in the catalogue window undoes the merge."),
                                               names, 0, false, &ok);
    if (ok)
        mergeSelected(rows.at(names.indexOf(keep)).row());
}

void PartnersDialog::mergeSelected(int keepRow)
{
    const qint64 target = m_table->item(keepRow, NameColumn)->data(Qt::UserRole).toLongLong();
    QList<qint64> sources;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        sources << m_table->item(index.row(), NameColumn)->data(Qt::UserRole).toLongLong();
    report(m_session->mergePartners(sources, target));
    reload();
}

void PartnersDialog::deleteSelected()
{
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const QString error = m_session->removePartner(m_table->item(index.row(), NameColumn)->data(Qt::UserRole).toLongLong());
        if (!error.isEmpty()) {
            report(error);
            break;
        }
    }
    reload();
}

void PartnersDialog::report(const QString &error)
{
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Partners"), error);
}

void PartnersDialog::retranslate()
{
    m_table->setAccessibleName(tr("Partners"));
    m_usage->setAccessibleName(tr("Measures that name the selected partner"));
    setWindowTitle(tr("Partners"));
    m_hint->setText(tr("Every partner named in the catalogue. Double-click a name to rename it; the change applies to every "
                       "measure that names it."));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Type of entity"), tr("Measures")});
    m_usageTitle->setText(tr("Measures that name the selected partner:"));
    m_merge->setText(tr("Merge Selected…"));
    m_delete->setText(tr("Delete Unused"));
    m_delete->setToolTip(tr("Deletes the selected partners if no measure names them."));
}

void PartnersDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_session->isOpen())
            reload();
    }
    QDialog::changeEvent(event);
}

bool PartnersDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter (not a click: single-click desktops activate on click) renames the current partner.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_table->currentRow() >= 0) {
            if (QTableWidgetItem *name = m_table->item(m_table->currentRow(), NameColumn)) {
                m_table->editItem(name);
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}
