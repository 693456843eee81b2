// SPDX-License-Identifier: GPL-3.0-or-later
#include "stepprogressdialog.h"

#include "catalogue/stepprogress.h"

#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

StepProgressDialog::StepProgressDialog(const QString &label, StepProgress &progress, QWidget *parent)
    : QDialog(parent), m_progress(progress), m_step(label)
{
    setObjectName(QStringLiteral("stepProgress"));
    // No title of its own (the window system shows the app's name): the step is said in full
    // below, never cut.
    setWindowTitle(QString());
    setWindowModality(Qt::WindowModal);
    auto *layout = new QVBoxLayout(this);
    m_label = new QLabel(label, this);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_bar = new QProgressBar(this);
    m_bar->setMinimumWidth(440);
    m_label->setMinimumWidth(440);
    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_cancel, &QPushButton::clicked, this, &StepProgressDialog::reject);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(buttons);
    m_cancel->setFocus();
    update();
}

void StepProgressDialog::update()
{
    if (m_cancel->isEnabled()) { // else it says it is cancelling
        const QString part = m_progress.part();
        m_label->setText(part.isEmpty() ? m_step : m_step + u'\n' + part);
    }
    const qint64 total = m_progress.total(), done = m_progress.done();
    // QProgressBar counts in int: large totals are scaled to thousandths.
    if (total <= 0) {
        m_bar->setRange(0, 0); // not known: a busy indicator
    } else {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
    }
}

void StepProgressDialog::done(int result)
{
    if (m_finished) {
        QDialog::done(result);
        return;
    }
    // The step stops at its next check and rolls back; the dialog stays until it has.
    m_progress.cancel();
    m_cancel->setEnabled(false);
    m_label->setText(tr("Cancelling… Nothing of this step will be kept."));
}

void StepProgressDialog::run(QWidget *window, const QString &label, StepProgress &progress, const std::function<void()> &work)
{
    QFutureWatcher<void> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(work));
    // First the window only repaints (keys and clicks wait, as for any click's work) ...
    QTimer later;
    later.setSingleShot(true);
    QObject::connect(&later, &QTimer::timeout, &loop, &QEventLoop::quit);
    later.start(kShowAfterMs);
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (watcher.isFinished())
        return;
    // ... then says what runs, with Cancel; the window behind it takes no input meanwhile.
    StepProgressDialog dialog(label, progress, window);
    QTimer ticks;
    QObject::connect(&ticks, &QTimer::timeout, &dialog, &StepProgressDialog::update);
    ticks.start(100);
    dialog.show();
    if (!watcher.isFinished())
        loop.exec();
    watcher.waitForFinished();
    dialog.m_finished = true;
    dialog.hide();
}
