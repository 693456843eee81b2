// SPDX-License-Identifier: GPL-3.0-or-later
#include "banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

Banner::Banner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("banner"));
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action = new QPushButton(this);
    m_action->setObjectName(QStringLiteral("bannerAction"));
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &Banner::actionTriggered);
    m_close = new QPushButton(this);
    m_close->setFlat(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAccessibleName(QStringLiteral("×"));
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void Banner::showMessage(const QString &text, Tone tone, const QString &actionText)
{
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    setStyleSheet(tone == Tone::Warning
                      ? QStringLiteral("#banner { background: #fff4ce; border: 1px solid #e0c36b; border-radius: 4px; } QLabel { color: #3d2f00; }")
                      : QStringLiteral("#banner { background: #e5f1fb; border: 1px solid #9cc3e6; border-radius: 4px; } QLabel { color: #0b2a45; }"));
    setVisible(!text.isEmpty());
}

QString Banner::text() const { return m_text->text(); }
