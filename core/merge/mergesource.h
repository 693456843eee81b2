// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTemporaryDir>
#include <memory>

class Catalogue;

// A colleague's catalogue, opened to be merged into this one: read only, never changed. A file
// of an older format is read from an upgraded copy in a temporary folder (the colleague's file
// stays as it was); one that is not a catalogue, newer, damaged, this very catalogue or open
// for editing in another window is refused with the answers opening it would give.
class MergeSource
{
    Q_DECLARE_TR_FUNCTIONS(MergeSource)
public:
    static constexpr int kStepLimitMs = 30000;
    static std::unique_ptr<MergeSource> open(const Catalogue &mine, const QString &path, QString *error);
    ~MergeSource();

    Catalogue &catalogue() const { return *m_catalogue; }
    QString path() const { return m_path; }

private:
    MergeSource() = default;
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_copyFolder;
    std::unique_ptr<Catalogue> m_catalogue;
};
