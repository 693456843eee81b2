// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Which file a path named when a catalogue was opened (device and inode), to notice later that
// it was deleted, moved, or replaced by another file of the same name.
class FileIdentity
{
public:
    FileIdentity() = default;
    static FileIdentity of(const QString &path);
    bool isKnown() const { return m_inode != 0; }
    // True while `path` still names the same file (or when the identity was never known, or the
    // file cannot be looked at just now: only a file not there, or another one, is gone).
    bool stillAt(const QString &path) const;

private:
    quint64 m_device = 0;
    quint64 m_inode = 0;
};
