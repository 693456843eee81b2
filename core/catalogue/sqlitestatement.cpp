// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitestatement.h"

#include "sqliteconnection.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include "sqlitetext.h"

#include <sqlite3.h>

SqliteStatement::SqliteStatement(SqliteConnection &connection, const QString &sql)
{
    sqlite3 *db = connection.handle();
    if (!db) {
        m_errorCode = SQLITE_MISUSE;
        m_error = QCoreApplication::translate("SqliteStatement", "the catalogue is closed");
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        m_errorCode = sqlite3_extended_errcode(db);
        m_error = SqliteText::of(m_errorCode, QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        return;
    }
    m_connection = &connection;
    connection.attach(this);
}

SqliteStatement::~SqliteStatement()
{
    if (m_connection)
        m_connection->detach(this);
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::release()
{
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_connection = nullptr;
    m_errorCode = SQLITE_MISUSE;
    m_error = QCoreApplication::translate("SqliteStatement", "the catalogue was closed");
}

void SqliteStatement::bindAll(const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        bind(i + 1, values.at(i));
}

void SqliteStatement::bind(int position, const QVariant &value)
{
    if (value.isNull()) {
        bindNull(position);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        bindInt64(position, value.toLongLong());
        break;
    default:
        bindText(position, value.toString());
    }
}

void SqliteStatement::bindInt64(int position, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, position, value);
}

void SqliteStatement::bindNull(int position)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, position);
}

void SqliteStatement::bindText(int position, const QString &text)
{
    if (!m_stmt || position < 1) {
        bindUtf8(position, text.toUtf8());
        return;
    }
    // Converted once and lent to SQLite (kept here until this position is bound again or the
    // statement goes), rather than converted, then copied by SQLite: a measure's write binds
    // some seventy texts.
    QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text64(m_stmt, position, utf8.isNull() ? "" : utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_STATIC, SQLITE_UTF8);
    if (m_bound.size() < position)
        m_bound.resize(position);
    m_bound[position - 1] = std::move(utf8);
}

void SqliteStatement::bindBlob(int position, QByteArrayView bytes)
{
    if (!m_stmt)
        return;
    if (bytes.data())
        sqlite3_bind_blob64(m_stmt, position, bytes.data(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(m_stmt, position);
}

void SqliteStatement::bindUtf8(int position, QByteArrayView utf8)
{
    // A null QString has no data pointer; SQLite would read that as NULL, but it means "".
    if (m_stmt)
        sqlite3_bind_text64(m_stmt, position, utf8.data() ? utf8.data() : "", sqlite3_uint64(utf8.size()),
                            SQLITE_TRANSIENT, SQLITE_UTF8);
}

void SqliteStatement::bindPointer(int position, void *pointer, const char *type)
{
    if (m_stmt)
        sqlite3_bind_pointer(m_stmt, position, pointer, type, nullptr);
}

bool SqliteStatement::step()
{
    if (!m_stmt)
        return false;
    if (!sqlite3_stmt_busy(m_stmt)) { // a new run: an earlier failure is history
        m_errorCode = 0;
        m_error.clear();
    }
    m_connection->stepStarting();
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        sqlite3 *db = sqlite3_db_handle(m_stmt);
        m_errorCode = sqlite3_extended_errcode(db);
        m_error = SqliteText::of(m_errorCode, QString::fromUtf8(sqlite3_errmsg(db)));
    }
    return false;
}

bool SqliteStatement::run()
{
    if (!m_stmt)
        return false;
    step();
    const bool ok = !hasError();
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    return ok;
}

void SqliteStatement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        m_errorCode = 0;
        m_error.clear();
    }
}

bool SqliteStatement::isNull(int column) const { return !m_stmt || sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

qint64 SqliteStatement::int64(int column) const { return m_stmt ? sqlite3_column_int64(m_stmt, column) : 0; }

QByteArrayView SqliteStatement::utf8(int column) const
{
    if (!m_stmt)
        return {};
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QByteArrayView(data, size) : QByteArrayView();
}

QString SqliteStatement::text(int column) const
{
    const QByteArrayView bytes = utf8(column);
    return QString::fromUtf8(bytes.data(), bytes.size());
}

QByteArray SqliteStatement::blob(int column) const
{
    if (!m_stmt)
        return {};
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

void SqliteStatement::textInto(int column, QString &out) const
{
    const QByteArrayView bytes = utf8(column);
    if (bytes.isEmpty()) {
        out.resize(0);
        return;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    // UTF-16 never needs more units than UTF-8 has bytes. A string without room gets exactly that
    // much: resize() would round it up to the next power of two, and a plan or undo step holding
    // 20,000 measures would keep about 40% more than their texts.
    if (out.isDetached() && out.capacity() >= bytes.size())
        out.resize(bytes.size());
    else
        out = QString(bytes.size(), Qt::Uninitialized);
    QChar *end = decoder.appendToBuffer(out.data(), bytes);
    out.truncate(end - out.constData());
}

QString sqlPlaceholders(qsizetype count)
{
    QString text;
    text.reserve(count * 2);
    for (qsizetype i = 0; i < count; ++i)
        text += i ? QStringLiteral(",?") : QStringLiteral("?");
    return text;
}
