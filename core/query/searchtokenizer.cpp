// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchtokenizer.h"

#include "catalogue/sqliteconnection.h"
#include "catalogue/sqlitestatement.h"

#include <sqlite3.h>

struct SearchTokenizer::Api {
    fts5_tokenizer methods{};
};

namespace {

fts5_api *fts5ApiOf(SqliteConnection &connection)
{
    fts5_api *api = nullptr;
    SqliteStatement query(connection, QStringLiteral("SELECT fts5(?1)"));
    query.bindPointer(1, &api, "fts5_api_ptr");
    query.step();
    return api;
}

int collect(void *context, int, const char *token, int size, int, int)
{
    static_cast<QStringList *>(context)->append(QString::fromUtf8(token, size));
    return SQLITE_OK;
}

} // namespace

SearchTokenizer::SearchTokenizer(SqliteConnection &connection)
{
    fts5_api *api = fts5ApiOf(connection);
    if (!api)
        return;
    m_api = new Api;
    void *userData = nullptr;
    if (api->xFindTokenizer(api, "unicode61", &userData, &m_api->methods) != SQLITE_OK)
        return;
    const char *arguments[] = {"remove_diacritics", "2"};
    Fts5Tokenizer *tokenizer = nullptr;
    if (m_api->methods.xCreate(userData, arguments, 2, &tokenizer) == SQLITE_OK)
        m_tokenizer = tokenizer;
}

SearchTokenizer::~SearchTokenizer()
{
    if (m_tokenizer)
        m_api->methods.xDelete(static_cast<Fts5Tokenizer *>(m_tokenizer));
    delete m_api;
}

QStringList SearchTokenizer::words(const QString &text) const
{
    QStringList words;
    if (!m_tokenizer || text.isEmpty())
        return words;
    const QByteArray utf8 = text.toUtf8();
    m_api->methods.xTokenize(static_cast<Fts5Tokenizer *>(m_tokenizer), &words, FTS5_TOKENIZE_QUERY, utf8.constData(),
                             int(utf8.size()), collect);
    return words;
}

QString SearchTokenizer::ftsQuery(const QString &text) const
{
    QStringList terms;
    for (const QString &word : words(text))
        if (!word.contains(u'"')) // unicode61 never makes a word of a quote; belt and braces
            terms << QStringLiteral("\"%1\"*").arg(word);
    return terms.join(QStringLiteral(" AND "));
}
