// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class StepProgress;

// A big step (a merge, an import, their undo, a backup copy) runs on a worker thread while the
// window keeps repainting. After a moment this window-modal dialog shows what runs and how far it
// has got, with Cancel; meanwhile nothing else in the window can start (no second write). Escape,
// Cancel and closing ask the step to stop; the dialog goes when the step has finished either way.
class StepProgressDialog : public QDialog
{
    Q_OBJECT
public:
    // Returns when `work` has finished.
    static void run(QWidget *window, const QString &label, StepProgress &progress, const std::function<void()> &work);
    // Before the dialog shows: a step this quick looks like any click.
    static constexpr int kShowAfterMs = 400;

    void done(int result) override; // before the step has finished: asks it to stop

private:
    StepProgressDialog(const QString &label, StepProgress &progress, QWidget *parent);
    void update();

    StepProgress &m_progress;
    QString m_step;
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    bool m_finished = false;
};
