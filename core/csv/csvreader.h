// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/translations.h"

#include <QByteArray>
#include <QStringDecoder>
#include <QStringList>
#include <optional>

class QIODevice;

// A streaming RFC 4180 reader that accepts everything our export writes (UTF-8 with or without
// BOM; "," ";" or tab, detected from the header line; CRLF, LF or CR line ends) and stops at the
// first problem it cannot step over, naming the line and column: broken quoting, NUL bytes, text
// that is not UTF-8, a field over the size limit. Memory is bounded by the largest field (and,
// while the delimiter is detected, by the header line up to kMaxHeaderBytes). Pure: it knows
// nothing of catalogues. Messages are in the caller's language.
class CsvReader
{
public:
    struct Problem {
        qint64 line = 0;
        int column = 0; // 1-based
        QString message;
        bool notUtf8 = false; // the text is not UTF-8: worth reading again as Windows-1252
        bool mixed = false;   // read as Windows-1252, the file also holds UTF-8 text
    };
    // Windows-1252: what Excel on Windows writes for "CSV (comma delimited)". Read only when asked,
    // after UTF-8 failed; a file that also holds UTF-8 text, or bytes Windows-1252 does not
    // define, is refused (it could be read two ways).
    enum class Encoding { Utf8, Windows1252 };
    static constexpr qint64 kDefaultMaxFieldBytes = 1 << 20;
    static constexpr qint64 kMaxHeaderBytes = 1 << 20;

    explicit CsvReader(QIODevice *device, Language language = Language::English, qint64 maxFieldBytes = kDefaultMaxFieldBytes,
                       Encoding encoding = Encoding::Utf8);

    // Next record; false at the end of input or on a problem. Blank lines are skipped.
    bool next(QStringList &fields);
    qint64 recordLine() const { return m_recordLine; } // where the last record started
    // Only this 1-based column's text is wanted: the others are checked as UTF-8 as usual but
    // come back empty (a reading that needs one column need not decode the rest).
    void decodeOnly(int column) { m_onlyColumn = column; }
    const std::optional<Problem> &problem() const { return m_problem; }
    char delimiter() const { return m_delimiter; }

private:
    bool fill();
    bool start();
    int peek();
    int take();
    qsizetype plainRun(bool quoted);
    bool fail(int column, const QString &message, bool notUtf8 = false, bool mixed = false);
    QString nulByteMessage() const; // names a workbook (.xlsx, a zip file) as what it is
    bool finishField(QStringList &fields, const QByteArray &bytes);

    QIODevice *m_device;
    Messages m_messages;
    qint64 m_maxFieldBytes;
    Encoding m_encoding;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_started = false;
    bool m_eof = false;
    char m_delimiter = ',';
    qint64 m_line = 1;
    qint64 m_recordLine = 1;
    std::optional<Problem> m_problem;
    int m_onlyColumn = 0;
    bool m_stops[2][256] = {}; // plainRun's ends, outside and inside quotes (start() sets them)
    QStringDecoder m_decoder{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless};
};
