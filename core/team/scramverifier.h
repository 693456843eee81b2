// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// A password as PostgreSQL stores it for scram-sha-256 logins ("SCRAM-SHA-256$4096:salt$stored:server",
// RFC 5803), made here as psql's \password makes it: CREATE ROLE … PASSWORD then carries no
// password the server's log or pg_stat_activity could show.
namespace ScramVerifier {

constexpr int kIterations = 4096; // PostgreSQL's scram_iterations default

QString of(const QString &password, const QByteArray &salt, int iterations = kIterations);
QString of(const QString &password); // with 16 random bytes of salt

} // namespace ScramVerifier
