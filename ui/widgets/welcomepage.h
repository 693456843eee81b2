// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

// What the window shows with no catalogue open (first run, or after Close): start a new
// catalogue, open one, join a team's, try the sample, or pick a recent one.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void setRecent(const QStringList &paths);
    QPushButton *newButton() const { return m_new; }
    QPushButton *sampleButton() const { return m_sample; }
    QPushButton *teamButton() const { return m_team; }

signals:
    void newRequested();
    void openRequested();
    void sampleRequested();
    void teamRequested(); // download a team catalogue from its server
    void recentRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_intro;
    QPushButton *m_new;
    QPushButton *m_open;
    QPushButton *m_sample;
    QPushButton *m_team;
    QLabel *m_recentTitle;
    QListWidget *m_recent;
};
