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
    void showMessage(const QString &text, Tone tone = Tone::Warning);
    QString text() const;

private:
    QLabel *m_text;
    QPushButton *m_close;
};
