// SPDX-License-Identifier: GPL-3.0-or-later
#include "scramverifier.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace {

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// PBKDF2-HMAC-SHA-256 of one 32-byte block: SCRAM's Hi().
QByteArray hi(const QByteArray &password, const QByteArray &salt, int iterations)
{
    QByteArray u = hmac(password, salt + QByteArray("\x00\x00\x00\x01", 4));
    QByteArray result = u;
    for (int i = 1; i < iterations; ++i) {
        u = hmac(password, u);
        for (int b = 0; b < result.size(); ++b)
            result[b] = char(result.at(b) ^ u.at(b));
    }
    return result;
}

// SASLprep as the server applies it to what is typed at login (RFC 4013): spaces of other
// kinds are spaces, characters "mapped to nothing" go, then NFKC.
QByteArray prepared(const QString &password)
{
    QString mapped;
    for (const QChar c : password) {
        const char16_t u = c.unicode();
        if (u == 0x00AD || u == 0x034F || u == 0x1806 || (u >= 0x180B && u <= 0x180D) || (u >= 0x200B && u <= 0x200D)
            || u == 0x2060 || (u >= 0xFE00 && u <= 0xFE0F) || u == 0xFEFF)
            continue;
        mapped += (c.category() == QChar::Separator_Space) ? QChar(u' ') : c;
    }
    return mapped.normalized(QString::NormalizationForm_KC).toUtf8();
}

} // namespace

namespace ScramVerifier {

QString of(const QString &password, const QByteArray &salt, int iterations)
{
    const QByteArray salted = hi(prepared(password), salt, iterations);
    const QByteArray stored = QCryptographicHash::hash(hmac(salted, "Client Key"), QCryptographicHash::Sha256);
    const QByteArray server = hmac(salted, "Server Key");
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(stored.toBase64()), QString::fromLatin1(server.toBase64()));
}

QString of(const QString &password)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), salt.size() / 4);
    return of(password, salt);
}

} // namespace ScramVerifier
