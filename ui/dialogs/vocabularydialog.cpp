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

namespace {

// The labels typed in a page's boxes (or a table row): English, Spanish, then the further ones.
struct Labels {
    QString english, spanish;
    QMap<QString, QString> others;
};

template <typename TextOf>
Labels labelsFrom(TextOf textOf)
{
    Labels labels;
    const QList<Language> &languages = Language::all();
    for (int i = 0; i < languages.size(); ++i) {
        const QString text = textOf(i);
        if (languages[i].isEnglish())
            labels.english = text;
        else if (VocabularyTerm::hasColumn(languages[i]))
            labels.spanish = text;
        else
            labels.others.insert(languages[i].code(), text);
    }
    return labels;
}

} // namespace

QWidget *VocabularyDialog::makePage(VocabularyKind kind)
{
    auto *page = new QWidget(this);
    const int languages = int(Language::all().size());
    Page p{kind, new QTableWidget(0, languages + 1, page), {}, new QPushButton(page), new QPushButton(page)};
    p.table->verticalHeader()->hide();
    p.table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int column = 0; column < languages; ++column)
        p.table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    p.table->horizontalHeader()->setSectionResizeMode(languages, QHeaderView::ResizeToContents);
    auto *add = new QHBoxLayout;
    for (int i = 0; i < languages; ++i) {
        auto *edit = new QLineEdit(page);
        edit->setObjectName(QStringLiteral("label_") + Language::all()[i].code());
        p.labels << edit;
        add->addWidget(edit);
    }
    add->addWidget(p.add);
    p.add->setAutoDefault(false); // Enter in a box adds once (returnPressed), not twice
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(p.table);
    layout->addLayout(add);
    layout->addWidget(p.remove, 0, Qt::AlignLeft);
    connect(p.add, &QPushButton::clicked, this, [this, p] {
        const Labels typed = labelsFrom([&p](int i) { return p.labels[i]->text(); });
        const QString error = addTerm(p.kind, typed.english, typed.spanish, typed.others);
        if (!error.isEmpty()) {
            QMessageBox::warning(this, windowTitle(), error);
            return;
        }
        for (QLineEdit *edit : p.labels)
            edit->clear();
        p.labels.first()->setFocus();
    });
    for (QLineEdit *edit : std::as_const(p.labels))
        connect(edit, &QLineEdit::returnPressed, p.add, &QPushButton::click);
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
        // A further language's cell shows the English label greyed when it has none: that is not one.
        Labels edited = labelsFrom([&p, row](int i) {
            const QTableWidgetItem *cell = p.table->item(row, i);
            return cell->data(Qt::UserRole + 1).toBool() && cell->text() == cell->data(Qt::UserRole + 2).toString() ? QString() : cell->text();
        });
        // Labels in languages this version does not list (a colleague's newer one) stay as they are.
        const QString code = p.table->item(row, 0)->data(Qt::UserRole).toString();
        if (const VocabularyTerm *term = m_session->vocabulary().find(p.kind, code))
            for (auto it = term->otherLabels.cbegin(); it != term->otherLabels.cend(); ++it)
                if (!Language::fromCode(it.key()) || Language::fromCode(it.key())->code() != it.key())
                    edited.others.insert(it.key(), it.value());
        const QString error = m_session->updateTermLabels(p.kind, p.table->item(row, 0)->data(Qt::UserRole).toString(),
                                                          edited.english, edited.spanish, edited.others);
        if (!error.isEmpty())
            QMessageBox::warning(this, windowTitle(), error);
        reload();
    });
    m_pages << p;
    return page;
}

QString VocabularyDialog::addTerm(VocabularyKind kind, const QString &labelEn, const QString &labelEs,
                                  const QMap<QString, QString> &otherLabels)
{
    const QString error = m_session->addTerm(kind, labelEn, labelEs, nullptr, otherLabels);
    if (error.isEmpty())
        reload();
    return error;
}

void VocabularyDialog::reload()
{
    m_loading = true;
    const bool editable = !m_session->isReadOnly();
    const QList<Language> &languages = Language::all();
    for (const Page &p : std::as_const(m_pages)) {
        const QList<VocabularyTerm> &terms = m_session->vocabulary().terms(p.kind);
        p.table->setRowCount(int(terms.size()));
        for (int row = 0; row < terms.size(); ++row) {
            const VocabularyTerm &term = terms[row];
            QList<QTableWidgetItem *> items;
            for (const Language language : languages) {
                auto *item = new QTableWidgetItem(term.label(language));
                if (!term.hasLabel(language)) { // shown in English, greyed, until the analyst names it
                    item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
                    item->setToolTip(tr("No label in this language yet: the English one shows. Double-click to add one."));
                    item->setData(Qt::UserRole + 1, true);
                    item->setData(Qt::UserRole + 2, item->text());
                }
                items << item;
            }
            items.first()->setData(Qt::UserRole, term.code);
            auto *kind = new QTableWidgetItem(term.builtin ? tr("built-in") : tr("added"));
            items << kind;
            for (QTableWidgetItem *item : std::as_const(items))
                item->setFlags(term.builtin || !editable || item == kind ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                                                         : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
            for (int column = 0; column < items.size(); ++column)
                p.table->setItem(row, column, items[column]);
        }
        for (QLineEdit *edit : p.labels)
            edit->setEnabled(editable);
        p.add->setEnabled(editable);
        p.remove->setEnabled(editable);
    }
    m_loading = false;
}

void VocabularyDialog::retranslate()
{
    setWindowTitle(tr("Cultural Domains and Partner Types"));
    m_tabs->setTabText(0, tr("Cultural domains"));
    m_tabs->setTabText(1, tr("Partner types"));
    m_tabs->setAccessibleName(windowTitle());
    const QList<Language> &languages = Language::all();
    QStringList headers;
    for (const Language language : languages)
        headers << language.name(); // each language named in itself, as View ▸ Language does
    headers << tr("Kind");
    for (int i = 0; i < m_pages.size(); ++i)
        m_pages[i].table->setAccessibleName(m_tabs->tabText(i));
    for (const Page &p : std::as_const(m_pages)) {
        p.table->setHorizontalHeaderLabels(headers);
        for (int i = 0; i < languages.size(); ++i) {
            const bool required = VocabularyTerm::hasColumn(languages[i]);
            // Each language named in itself, as the column's header and View ▸ Language name it.
            p.labels[i]->setPlaceholderText(required ? tr("%1 (required)", "a label's language").arg(languages[i].name())
                                                     : tr("%1 (optional)", "a label's language").arg(languages[i].name()));
            p.labels[i]->setAccessibleName(p.labels[i]->placeholderText());
        }
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
