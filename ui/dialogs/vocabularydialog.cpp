// SPDX-License-Identifier: GPL-3.0-or-later
#include "vocabularydialog.h"

#include "session/cataloguesession.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

VocabularyDialog::VocabularyDialog(CatalogueSession *session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("vocabularyDialog"));
    resize(760, 520);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(makePage(VocabularyKind::CulturalDomain), QString());
    m_tabs->addTab(makePage(VocabularyKind::PartnerType), QString());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    retranslate();
    reload();
}

QWidget *VocabularyDialog::makePage(VocabularyKind kind)
{
    auto *page = new QWidget(this);
    Page p{kind, new QTableWidget(0, 3, page), new QLineEdit(page), new QLineEdit(page), new QPushButton(page),
           new QPushButton(page)};
    p.table->verticalHeader()->hide();
    p.table->setSelectionBehavior(QAbstractItemView::SelectRows);
    p.table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    p.table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    p.table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    auto *add = new QHBoxLayout;
    add->addWidget(p.english);
    add->addWidget(p.spanish);
    add->addWidget(p.add);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(p.table);
    layout->addLayout(add);
    layout->addWidget(p.remove, 0, Qt::AlignLeft);
    connect(p.add, &QPushButton::clicked, this, [this, p] {
        const QString error = addTerm(p.kind, p.english->text(), p.spanish->text());
        if (!error.isEmpty()) {
            QMessageBox::warning(this, windowTitle(), error);
            return;
        }
        p.english->clear();
        p.spanish->clear();
        p.english->setFocus();
    });
    connect(p.spanish, &QLineEdit::returnPressed, p.add, &QPushButton::click);
    connect(p.remove, &QPushButton::clicked, this, [this, p] {
        const int row = p.table->currentRow();
        if (row < 0)
            return;
        const QString error = m_session->removeTerm(p.kind, p.table->item(row, 0)->data(Qt::UserRole).toString());
        if (!error.isEmpty())
            QMessageBox::warning(this, windowTitle(), error);
        reload();
    });
    connect(p.table, &QTableWidget::itemChanged, this, [this, p](QTableWidgetItem *item) {
        if (m_loading)
            return;
        const int row = item->row();
        const QString error = m_session->updateTermLabels(p.kind, p.table->item(row, 0)->data(Qt::UserRole).toString(),
                                                          p.table->item(row, 0)->text(), p.table->item(row, 1)->text());
        if (!error.isEmpty())
            QMessageBox::warning(this, windowTitle(), error);
        reload();
    });
    m_pages << p;
    return page;
}

QString VocabularyDialog::addTerm(VocabularyKind kind, const QString &labelEn, const QString &labelEs)
{
    const QString error = m_session->addTerm(kind, labelEn, labelEs);
    if (error.isEmpty())
        reload();
    return error;
}

void VocabularyDialog::reload()
{
    m_loading = true;
    const bool editable = !m_session->isReadOnly();
    for (const Page &p : std::as_const(m_pages)) {
        const QList<VocabularyTerm> &terms = m_session->vocabulary().terms(p.kind);
        p.table->setRowCount(int(terms.size()));
        for (int row = 0; row < terms.size(); ++row) {
            const VocabularyTerm &term = terms[row];
            auto *english = new QTableWidgetItem(term.labelEn);
            english->setData(Qt::UserRole, term.code);
            auto *spanish = new QTableWidgetItem(term.labelEs);
            auto *kind = new QTableWidgetItem(term.builtin ? tr("built-in") : tr("added"));
            for (QTableWidgetItem *item : {english, spanish, kind})
                item->setFlags(term.builtin || !editable || item == kind ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                                                         : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
            p.table->setItem(row, 0, english);
            p.table->setItem(row, 1, spanish);
            p.table->setItem(row, 2, kind);
        }
        for (QWidget *w : std::initializer_list<QWidget *>{p.english, p.spanish, p.add, p.remove})
            w->setEnabled(editable);
    }
    m_loading = false;
}

void VocabularyDialog::retranslate()
{
    setWindowTitle(tr("Cultural Domains and Partner Types"));
    m_tabs->setTabText(0, tr("Cultural domains"));
    m_tabs->setTabText(1, tr("Partner types"));
    for (const Page &p : std::as_const(m_pages)) {
        p.table->setHorizontalHeaderLabels({tr("English"), tr("Spanish"), tr("Kind")});
        p.english->setPlaceholderText(tr("Label in English"));
        p.spanish->setPlaceholderText(tr("Label in Spanish"));
        p.add->setText(tr("Add"));
        p.remove->setText(tr("Remove Selected"));
        p.remove->setToolTip(tr("Only values you added, and that no measure or partner uses, can be removed."));
    }
}

void VocabularyDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QDialog::changeEvent(event);
}
