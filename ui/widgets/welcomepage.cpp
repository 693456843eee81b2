// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomepage.h"

#include "help/appicon.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_title->setFont(big);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_new = new QPushButton(this);
    m_open = new QPushButton(this);
    m_team = new QPushButton(this);
    m_team->setObjectName(QStringLiteral("joinTeamButton"));
    m_sample = new QPushButton(this);
    m_sample->setObjectName(QStringLiteral("openSampleButton"));
    m_recentTitle = new QLabel(this);
    m_recent = new QListWidget(this);
    m_recent->setMaximumHeight(180);
    connect(m_new, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(m_open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_team, &QPushButton::clicked, this, &WelcomePage::teamRequested);
    connect(m_sample, &QPushButton::clicked, this, &WelcomePage::sampleRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit recentRequested(item->data(Qt::UserRole).toString()); });

    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("welcomeIcon"));
    icon->setPixmap(AppIcon::icon().pixmap(64, 64));
    auto *heading = new QHBoxLayout;
    heading->addWidget(icon);
    heading->addSpacing(10);
    heading->addWidget(m_title, 1);
    auto *column = new QVBoxLayout;
    column->addLayout(heading);
    column->addWidget(m_intro);
    column->addSpacing(12);
    for (QPushButton *button : {m_new, m_open, m_team, m_sample}) {
        button->setMinimumHeight(button->sizeHint().height() + 10);
        column->addWidget(button);
    }
    column->addSpacing(12);
    column->addWidget(m_recentTitle);
    column->addWidget(m_recent);
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto *middle = new QVBoxLayout;
    middle->addStretch(1);
    middle->addLayout(column);
    middle->addStretch(2);
    auto *holder = new QWidget(this);
    holder->setLayout(middle);
    holder->setMaximumWidth(620);
    holder->setMinimumWidth(460);
    outer->addWidget(holder, 3);
    outer->addStretch(1);
    retranslate();
}

void WelcomePage::setRecent(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(QFileInfo(path).completeBaseName(),
                                                                       QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
                                         m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    m_recentTitle->setVisible(!paths.isEmpty());
    m_recent->setVisible(!paths.isEmpty());
}

void WelcomePage::retranslate()
{
    m_title->setText(tr("Measures Catalogue"));
    m_intro->setText(tr("Catalogue the cultural-policy measures of your periodic report on the 2005 Convention: enter them, "
                        "find them again with search and filters, and export exactly what you see to an Excel workbook or CSV."));
    m_new->setText(tr("New Catalogue…"));
    m_open->setText(tr("Open Catalogue…"));
    m_team->setText(tr("Join a Team Catalogue on a Server…"));
    m_sample->setText(tr("Explore the Sample Catalogue (5 real measures)"));
    m_recentTitle->setText(tr("Recent catalogues (double-click to open):"));
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
