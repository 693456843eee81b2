// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>
#include <cstdint>
#include <optional>

// SHA-256, the same bytes as QCryptographicHash's, with the processor's SHA instructions when it
// has them (x86 SHA extensions): an import hashes its file twice over and each measure's fields
// (MeasureDigest), and Qt's portable SHA-256 was a fifth of its time. Without them it is
// QCryptographicHash itself.
class Sha256
{
public:
    Sha256();
    void addData(QByteArrayView data);
    QByteArray result(); // 32 bytes; the hash is then finished: asked again, the same bytes
    // The first `size` (at most 32) bytes of result() appended to `out`, without a QByteArray of
    // its own: MeasureDigest keeps 16 bytes of forty digests a measure.
    void appendResult(QByteArray &out, qsizetype size);

    static QByteArray hash(QByteArrayView data);
    static bool accelerated(); // the processor's instructions are used

private:
    void compress(const unsigned char *blocks, qsizetype count);
    void finish(); // pads and compresses the last block into m_digest, once

    bool m_accelerated;
    std::optional<QCryptographicHash> m_fallback; // without them
    std::uint32_t m_state[8];
    quint64 m_length = 0;      // bytes added
    unsigned char m_block[64]; // a block not yet compressed
    int m_used = 0;            // bytes of m_block in use
    bool m_finished = false;
    char m_digest[32];         // once finished
};
