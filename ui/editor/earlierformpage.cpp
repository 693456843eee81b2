// SPDX-License-Identifier: GPL-3.0-or-later
#include "earlierformpage.h"
#include "widgets/readonlylook.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace {

using Type = MeasureFields::Type;

// The checkboxes of a Choices field (the value chain), one per code.
QList<QCheckBox *> boxesOf(QWidget *widget) { return widget->findChildren<QCheckBox *>(); }

} // namespace

EarlierFormPage::EarlierFormPage(QWidget *parent) : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    form->addRow(m_intro);
    for (MeasureField field : MeasureFields::earlierFormFields()) {
        QWidget *widget = nullptr;
        switch (MeasureFields::type(field)) {
        case Type::LongText: {
            auto *edit = new QPlainTextEdit(this);
            edit->setTabChangesFocus(true);
            edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 4);
            connect(edit, &QPlainTextEdit::textChanged, this, &EarlierFormPage::changed);
            widget = edit;
            break;
        }
        case Type::Choice: {
            auto *combo = new QComboBox(this);
            combo->setFocusPolicy(Qt::StrongFocus);
            combo->installEventFilter(this); // the wheel scrolls the page, never an answer under the pointer
            for (const QString &code : MeasureFields::choiceCodes(field))
                combo->addItem(QString(), code);
            connect(combo, &QComboBox::currentIndexChanged, this, &EarlierFormPage::changed);
            widget = combo;
            break;
        }
        case Type::Choices: {
            widget = new QWidget(this);
            auto *row = new QHBoxLayout(widget);
            row->setContentsMargins(0, 0, 0, 0);
            for (const QString &code : MeasureFields::choiceCodes(field)) {
                auto *box = new QCheckBox(widget);
                box->setProperty("code", code);
                connect(box, &QCheckBox::toggled, this, &EarlierFormPage::changed);
                row->addWidget(box);
            }
            row->addStretch(1);
            break;
        }
        default: {
            auto *edit = new QLineEdit(this);
            connect(edit, &QLineEdit::textChanged, this, &EarlierFormPage::changed);
            widget = edit;
            break;
        }
        }
        widget->setObjectName(MeasureFields::key(field));
        auto *label = new QLabel(this);
        label->setBuddy(widget);
        form->addRow(label, widget);
        m_widgets.insert(int(field), widget);
        m_labels.insert(int(field), label);
    }
    setLanguage(m_language);
}

bool EarlierFormPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel && qobject_cast<QComboBox *>(watched) && !static_cast<QWidget *>(watched)->hasFocus()) {
        event->ignore(); // goes on to the scroll area
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QWidget *EarlierFormPage::firstField() const { return m_widgets.value(int(MeasureFields::earlierFormFields().constFirst())); }

void EarlierFormPage::setMeasure(const Measure &m)
{
    const QSignalBlocker blocker(this);
    for (MeasureField field : MeasureFields::earlierFormFields()) {
        QWidget *widget = m_widgets.value(int(field));
        if (auto *edit = qobject_cast<QPlainTextEdit *>(widget))
            edit->setPlainText(*MeasureFields::text(m, field));
        else if (auto *line = qobject_cast<QLineEdit *>(widget)) {
            line->setText(*MeasureFields::text(m, field));
            line->setCursorPosition(0); // an address shows from its start
        }
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            combo->setCurrentIndex(combo->findData(*MeasureFields::choice(m, field)) >= 0 ? combo->findData(*MeasureFields::choice(m, field))
                                                                                        : combo->findData(QStringLiteral("unknown")));
        else
            for (QCheckBox *box : boxesOf(widget))
                box->setChecked(MeasureFields::codes(m, field)->contains(box->property("code").toString()));
    }
}

void EarlierFormPage::fill(Measure &m) const
{
    for (MeasureField field : MeasureFields::earlierFormFields()) {
        QWidget *widget = m_widgets.value(int(field));
        if (auto *edit = qobject_cast<QPlainTextEdit *>(widget))
            *MeasureFields::text(m, field) = edit->toPlainText();
        else if (auto *line = qobject_cast<QLineEdit *>(widget))
            *MeasureFields::text(m, field) = line->text();
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            *MeasureFields::choice(m, field) = combo->currentData().toString();
        else {
            QStringList *codes = MeasureFields::codes(m, field);
            codes->clear();
            for (QCheckBox *box : boxesOf(widget))
                if (box->isChecked())
                    codes->append(box->property("code").toString());
        }
    }
}

void EarlierFormPage::setReadOnly(bool readOnly)
{
    for (QWidget *widget : std::as_const(m_widgets)) {
        if (auto *edit = qobject_cast<QPlainTextEdit *>(widget)) {
            edit->setReadOnly(readOnly);
            setReadOnlyLook(edit, readOnly);
        } else if (auto *line = qobject_cast<QLineEdit *>(widget)) {
            line->setReadOnly(readOnly);
            setReadOnlyLook(line, readOnly);
        } else
            widget->setEnabled(!readOnly);
    }
}

void EarlierFormPage::setLanguage(Language language)
{
    m_language = language;
    m_intro->setText(tr("What earlier periodic reports and the Policy Monitoring Platform hold about this measure. "
                        "Values an import could not match to the catalogue's terms are kept at the end, as written."));
    for (MeasureField field : MeasureFields::earlierFormFields()) {
        m_labels.value(int(field))->setText(tr("%1:", "a field's label").arg(MeasureFields::label(field, language)));
        QWidget *widget = m_widgets.value(int(field));
        if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            const QSignalBlocker blocker(combo);
            for (int i = 0; i < combo->count(); ++i)
                combo->setItemText(i, MeasureFields::choiceLabel(field, combo->itemData(i).toString(), language));
        } else if (!qobject_cast<QPlainTextEdit *>(widget) && !qobject_cast<QLineEdit *>(widget)) {
            for (QCheckBox *box : boxesOf(widget))
                box->setText(MeasureFields::choiceLabel(field, box->property("code").toString(), language));
        }
    }
}
