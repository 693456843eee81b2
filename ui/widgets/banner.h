// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// A coloured strip above the table for conditions the analyst must not miss: a read-only
// catalogue, a catalogue on a network drive, an upgrade that made a backup.
class Banner : public QFrame
{
    Q_OBJECT
public:
    enum class Tone { Warning, Information };
    explicit Banner(QWidget *parent = nullptr);
    // `actionText`, when given, labels a button that emits actionTriggered (what to do about it).
    void showMessage(const QString &text, Tone tone = Tone::Warning, const QString &actionText = {});
    QString text() const;
    QPushButton *actionButton() const { return m_action; }

signals:
    void actionTriggered();

private:
    QLabel *m_text;
    QPushButton *m_action;
    QPushButton *m_close;
};
