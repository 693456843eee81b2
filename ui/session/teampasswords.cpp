// SPDX-License-Identifier: GPL-3.0-or-later
#include "teampasswords.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace {

const QString kService = QStringLiteral("Measures Catalogue team");

class Text
{
    Q_DECLARE_TR_FUNCTIONS(TeamPasswords)
};

// Runs a keyring job to its end (a few milliseconds; at most 10 seconds for a keyring that
// never answers).
bool finish(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return job.error() == QKeychain::NoError;
}

} // namespace

namespace TeamPasswords {

std::optional<QString> read(const QString &address)
{
    if (qEnvironmentVariableIsSet("MEASURES_NO_KEYRING")) // headless tests: no keyring to wait for
        return std::nullopt;
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(address);
    if (!finish(job) || job.textData().isEmpty())
        return std::nullopt;
    return job.textData();
}

void readLater(const QString &address, QObject *context, std::function<void(std::optional<QString>)> done)
{
    if (qEnvironmentVariableIsSet("MEASURES_NO_KEYRING")) {
        QMetaObject::invokeMethod(context, [done] { done(std::nullopt); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(kService);
    job->setAutoDelete(true);
    job->setKey(address);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done] {
        done(job->error() == QKeychain::NoError && !job->textData().isEmpty() ? std::optional<QString>(job->textData()) : std::nullopt);
    });
    job->start();
}

QString store(const QString &address, const QString &password)
{
    if (qEnvironmentVariableIsSet("MEASURES_NO_KEYRING"))
        return Text::tr("no system keyring is available");
    QKeychain::WritePasswordJob job(kService);
    job.setKey(address);
    job.setTextData(password);
    if (finish(job))
        return {};
    return job.errorString().isEmpty() ? Text::tr("the system keyring did not answer") : job.errorString();
}

void forget(const QString &address)
{
    if (qEnvironmentVariableIsSet("MEASURES_NO_KEYRING"))
        return;
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(address);
    finish(job);
}

} // namespace TeamPasswords
