// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

// The backup copies of a catalogue, newest first, by kind and date. The chosen copy is opened
// as a new catalogue file beside the original, which is never overwritten.
class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreDialog(const QString &cataloguePath, QWidget *parent = nullptr);
    QString chosenBackup() const;
    QListWidget *list() const { return m_list; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void retranslate();

    QString m_path;
    QLabel *m_intro;
    QListWidget *m_list;
    QPushButton *m_open;
};
