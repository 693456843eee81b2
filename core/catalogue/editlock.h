// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>

class QLockFile;

// One editor at a time: a lock file beside the catalogue (".NAME.lock"), held for the whole
// editing session and cleared automatically when its owner died.
class EditLock
{
    Q_DECLARE_TR_FUNCTIONS(EditLock)
public:
    enum class Result { Acquired, HeldByAnother, CannotCreate };

    explicit EditLock(const QString &cataloguePath);
    ~EditLock();
    Result acquire();
    QString ownerDescription() const; // "measures, process 123 on host" (translated)
    // Whether some process holds the lock now (without taking it).
    static bool isHeld(const QString &cataloguePath);
    static QString lockPathFor(const QString &cataloguePath);

private:
    QString m_lockPath;
    std::unique_ptr<QLockFile> m_lock;
};
