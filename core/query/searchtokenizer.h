// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class SqliteConnection;

// What the analyst types in the search box, split into words by FTS5's own unicode61 tokenizer
// (remove_diacritics 2, as core/sql/003_search.sql builds the index), so the words searched for
// are exactly the words indexed: whatever is typed (emoji, combining marks, other scripts, FTS
// syntax) becomes plain words or nothing, never an error and never a query operator.
class SearchTokenizer
{
public:
    explicit SearchTokenizer(SqliteConnection &connection);
    ~SearchTokenizer();
    SearchTokenizer(const SearchTokenizer &) = delete;
    SearchTokenizer &operator=(const SearchTokenizer &) = delete;

    bool isValid() const { return m_tokenizer != nullptr; }
    // The folded words of `text` (lower case, accents removed), in order.
    QStringList words(const QString &text) const;
    // The FTS5 query: every word quoted and matched as a prefix ("musica"*). Empty if no word.
    QString ftsQuery(const QString &text) const;

private:
    struct Api;
    Api *m_api = nullptr;
    void *m_tokenizer = nullptr;
};
