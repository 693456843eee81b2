#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringDecoder>
#include <QStringList>
#include <optional>

class QIODevice;

// A streaming RFC 4180 reader that accepts everything our export writes (UTF-8 with or without
// BOM; "," ";" or tab, detected from the header line; CRLF or LF) and stops at the first
// problem it cannot step over, naming the line and column: broken quoting, NUL bytes, text that
// is not UTF-8, a field over the size limit. Memory is bounded by the largest field.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    struct Problem {
        qint64 line = 0;
        int column = 0; // 1-based
        QString message;
    };
    static constexpr qint64 kDefaultMaxFieldBytes = 1 << 20;

    explicit CsvReader(QIODevice *device, qint64 maxFieldBytes = kDefaultMaxFieldBytes);

    // Next record; false at the end of input or on a problem. Blank lines are skipped.
    bool next(QStringList &fields);
    qint64 recordLine() const { return m_recordLine; } // where the last record started
    const std::optional<Problem> &problem() const { return m_problem; }
    char delimiter() const { return m_delimiter; }

private:
    bool fill();
    bool start();
    int peek();
    int take();
    bool fail(int column, const QString &message);
    bool finishField(QStringList &fields, const QByteArray &bytes);

    QIODevice *m_device;
    qint64 m_maxFieldBytes;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_started = false;
    bool m_eof = false;
    char m_delimiter = ',';
    qint64 m_line = 1;
    qint64 m_recordLine = 1;
    std::optional<Problem> m_problem;
    QStringDecoder m_decoder{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless};
};
