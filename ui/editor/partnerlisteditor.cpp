// SPDX-License-Identifier: GPL-3.0-or-later
#include "partnerlisteditor.h"
#include "model/partneridentity.h"

#include <QFocusEvent>

#include "model/textfold.h"
#include "model/vocabulary.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

PartnerListEditor::PartnerListEditor(QWidget *parent) : QWidget(parent), m_names(new QStringListModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setSpacing(4);
    layout->addLayout(m_rowsLayout);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addPartner"));
    connect(m_add, &QPushButton::clicked, this, [this] { addRow()->setFocus(); });
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    layout->addStretch(1);
    retranslate();
    connect(qApp, &QApplication::focusChanged, this, &PartnerListEditor::noteFocusMoved);
}

void PartnerListEditor::noteFocusMoved(QWidget *old, QWidget *now)
{
    for (Row &row : m_rows) {
        const bool wasIn = old && (old == row.widget || row.widget->isAncestorOf(old));
        const bool stillIn = now && (now == row.widget || row.widget->isAncestorOf(now));
        // Another window (a completion list, another program) is not leaving the row.
        if (wasIn && !stillIn && !row.left && now && now->window() == window()) {
            row.left = true;
            emit changed();
        }
    }
}

QStringList PartnerListEditor::beingEntered() const
{
    QStringList names;
    for (const Row &row : m_rows)
        if (!row.left)
            names << row.name->text();
    return names;
}

void PartnerListEditor::setKnownPartners(const QHash<QString, QString> &typesByName)
{
    m_known.clear();
    for (auto it = typesByName.cbegin(); it != typesByName.cend(); ++it)
        m_known.insert(PartnerIdentity::key(it.key()), it.value());
    QStringList names = typesByName.keys();
    names.sort(Qt::CaseInsensitive);
    m_names->setStringList(names);
}

void PartnerListEditor::setVocabulary(const Vocabulary &vocabulary, Language language)
{
    m_types.clear();
    for (const VocabularyTerm &term : vocabulary.terms(VocabularyKind::PartnerType))
        m_types.append({term.code, term.shownLabel(language)});
    for (const Row &row : std::as_const(m_rows))
        fillTypes(row.type, row.type->currentData().toString());
}

void PartnerListEditor::fillTypes(QComboBox *combo, const QString &code) const
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("Type of entity…"), QString());
    for (const auto &type : m_types)
        combo->addItem(type.second, type.first);
    combo->setCurrentIndex(qMax(0, combo->findData(code)));
}

QLineEdit *PartnerListEditor::addRow(const PartnerLink &link)
{
    auto *widget = new QWidget(this);
    auto *layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *name = new QLineEdit(link.name, widget);
    name->setObjectName(QStringLiteral("partnerName"));
    name->setPlaceholderText(tr("Partner's name"));
    auto *completer = new QCompleter(m_names, name);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    name->setCompleter(completer);
    auto *type = new QComboBox(widget);
    type->setObjectName(QStringLiteral("partnerType"));
    type->setMinimumContentsLength(20);
    fillTypes(type, link.typeCode);
    auto *remove = new QToolButton(widget);
    remove->setText(tr("Remove"));
    remove->setToolTip(tr("Remove this partner from the measure"));
    layout->addWidget(name, 3);
    layout->addWidget(type, 2);
    layout->addWidget(remove);
    m_rowsLayout->addWidget(widget);
    if (isVisible())
        widget->show(); // now, not at the next event: Tab from the new name goes on to its type
    m_rows.append({widget, name, type, remove, !link.name.isEmpty() || !link.typeCode.isEmpty()});

    connect(name, &QLineEdit::textChanged, this, [this, type](const QString &text) {
        // A partner already in the catalogue brings its type along.
        const QString known = m_known.value(PartnerIdentity::key(text));
        if (!known.isEmpty() && type->currentData().toString().isEmpty())
            type->setCurrentIndex(qMax(0, type->findData(known)));
        emit changed();
    });
    connect(type, &QComboBox::currentIndexChanged, this, &PartnerListEditor::changed);
    connect(remove, &QToolButton::clicked, this, [this, widget] { removeRow(widget); });
    // Rows are created after the button, so Qt would tab to them last: put each new row where
    // the button was and the button after it (… row, row, Add Partner).
    setTabOrder(m_add, name);
    setTabOrder(name, type);
    setTabOrder(type, remove);
    setTabOrder(remove, m_add);
    emit changed();
    return name;
}

void PartnerListEditor::removeRow(QWidget *rowWidget)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].widget == rowWidget) {
            m_rows.removeAt(i);
            rowWidget->deleteLater();
            rowWidget->hide();
            (i < m_rows.size() ? m_rows[i].name : i > 0 ? m_rows[i - 1].name : static_cast<QWidget *>(m_add))->setFocus();
            break;
        }
    }
    emit changed();
}

QList<PartnerLink> PartnerListEditor::partners() const
{
    QList<PartnerLink> links;
    for (const Row &row : m_rows)
        links.append({row.name->text(), row.type->currentData().toString()});
    return links;
}

void PartnerListEditor::setPartners(const QList<PartnerLink> &partners)
{
    const QList<Row> gone = std::exchange(m_rows, {}); // no row is looked at while it is deleted
    for (const Row &row : gone)
        delete row.widget;
    for (const PartnerLink &link : partners)
        addRow(link);
}

void PartnerListEditor::retranslate()
{
    m_add->setText(tr("&Add Partner"));
    for (const Row &row : std::as_const(m_rows)) {
        row.name->setPlaceholderText(tr("Partner's name"));
        row.type->setItemText(0, tr("Type of entity…"));
        row.remove->setText(tr("Remove"));
        row.remove->setToolTip(tr("Remove this partner from the measure"));
    }
}

void PartnerListEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PartnerListEditor::focusInEvent(QFocusEvent *event)
{
    // Going to the partners lands on the first one (or on Add Partner). Not a focus proxy: Qt
    // would send Tab from the end of the first row back into it, through the proxy.
    // Sent here by Save, to a problem: the first partner named without a type gets its type box.
    if (event->reason() == Qt::OtherFocusReason)
        for (const Row &row : std::as_const(m_rows))
            if (!row.name->text().trimmed().isEmpty() && row.type->currentData().toString().isEmpty()) {
                row.type->setFocus(event->reason());
                return;
            }
    (m_rows.isEmpty() ? static_cast<QWidget *>(m_add) : m_rows.first().name)->setFocus(event->reason());
}
