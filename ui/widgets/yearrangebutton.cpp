// SPDX-License-Identifier: GPL-3.0-or-later
#include "yearrangebutton.h"

#include "model/measurevalidator.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QMenu>
#include <QSpinBox>
#include <QWidgetAction>

namespace {
constexpr int kAny = MeasureValidator::kFirstYear - 1; // the spin box's "any year" position
}

YearRangeButton::YearRangeButton(QWidget *parent) : QToolButton(parent)
{
    setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(this);
    auto *panel = new QWidget(menu);
    auto *layout = new QFormLayout(panel);
    m_from = new QSpinBox(panel);
    m_to = new QSpinBox(panel);
    for (QSpinBox *box : {m_from, m_to}) {
        box->setRange(kAny, MeasureValidator::kLastYear);
        box->setValue(kAny);
        box->setGroupSeparatorShown(false);
        box->setAccelerated(true);
        connect(box, &QSpinBox::valueChanged, this, [this] {
            if (m_updating)
                return;
            refreshText();
            emit rangeChanged();
        });
    }
    m_from->setObjectName(QStringLiteral("yearFrom"));
    m_to->setObjectName(QStringLiteral("yearTo"));
    layout->addRow(new QLabel(panel), m_from);
    layout->addRow(new QLabel(panel), m_to);
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(panel);
    menu->addAction(action);
    setMenu(menu);
    connect(menu, &QMenu::aboutToShow, m_from, qOverload<>(&QWidget::setFocus));
    retranslate();
}

std::optional<int> YearRangeButton::from() const
{
    return m_from->value() == kAny ? std::nullopt : std::optional<int>(m_from->value());
}

std::optional<int> YearRangeButton::to() const
{
    return m_to->value() == kAny ? std::nullopt : std::optional<int>(m_to->value());
}

void YearRangeButton::setRange(std::optional<int> from, std::optional<int> to)
{
    m_updating = true;
    m_from->setValue(from.value_or(kAny));
    m_to->setValue(to.value_or(kAny));
    m_updating = false;
    refreshText();
}

void YearRangeButton::refreshText()
{
    const auto f = from();
    const auto t = to();
    QString text;
    if (!f && !t)
        text = tr("Report year");
    else if (f && t)
        text = f == t ? tr("Year: %1").arg(*f) : tr("Years: %1–%2").arg(*f).arg(*t);
    else if (f)
        text = tr("Year ≥ %1").arg(*f);
    else
        text = tr("Year ≤ %1").arg(*t);
    setText(text);
    QFont bold = font();
    bold.setBold(f || t);
    setFont(bold);
}

void YearRangeButton::retranslate()
{
    auto *layout = static_cast<QFormLayout *>(m_from->parentWidget()->layout());
    static_cast<QLabel *>(layout->itemAt(0, QFormLayout::LabelRole)->widget())->setText(tr("From"));
    static_cast<QLabel *>(layout->itemAt(1, QFormLayout::LabelRole)->widget())->setText(tr("To"));
    m_from->setSpecialValueText(tr("any year"));
    m_to->setSpecialValueText(tr("any year"));
    refreshText();
}

void YearRangeButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolButton::changeEvent(event);
}
