// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QIODevice>

namespace {
constexpr qint64 kChunk = 1 << 16;
}

CsvReader::CsvReader(QIODevice *device, Language language, qint64 maxFieldBytes)
    : m_device(device), m_messages(language), m_maxFieldBytes(maxFieldBytes)
{
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const QByteArray chunk = m_device->read(kChunk);
    if (chunk.isEmpty()) {
        m_eof = true;
        return false;
    }
    m_buffer += chunk;
    return true;
}

int CsvReader::peek()
{
    if (m_pos >= m_buffer.size() && !fill())
        return -1;
    return static_cast<unsigned char>(m_buffer.at(m_pos));
}

int CsvReader::take()
{
    const int c = peek();
    if (c >= 0)
        ++m_pos;
    return c;
}

bool CsvReader::fail(int column, const QString &message)
{
    if (!m_problem)
        m_problem = Problem{m_line, column, message};
    return false;
}

bool CsvReader::start()
{
    m_started = true;
    while (m_buffer.size() < 4 && fill()) {
    }
    if (m_buffer.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    else if (m_buffer.startsWith("\xFF\xFE") || m_buffer.startsWith("\xFE\xFF"))
        return fail(1, m_messages.translate("CsvReader", "The file is saved as UTF-16 text. Save it again as “CSV UTF-8” and import that file."));
    // Blank lines before the header are skipped here, so that the header line decides.
    for (int c = peek(); c == '\r' || c == '\n'; c = peek()) {
        take();
        if (c == '\r' && peek() == '\n')
            take();
        ++m_line;
    }
    // The delimiter is the one of ",", ";" and tab that the header line uses most. The line ends
    // at the first CR or LF outside quotes; only that much (at most kMaxHeaderBytes) is read ahead.
    int counts[3] = {0, 0, 0};
    bool quoted = false;
    for (qsizetype i = m_pos;; ++i) {
        if (i >= m_buffer.size()) {
            if (i - m_pos >= kMaxHeaderBytes)
                break;
            const qsizetype offset = i - m_pos;
            if (!fill())
                break;
            i = m_pos + offset; // fill() moves the unread part to the front
        }
        const char c = m_buffer.at(i);
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++counts[0];
        else if (!quoted && c == ';')
            ++counts[1];
        else if (!quoted && c == '\t')
            ++counts[2];
    }
    m_delimiter = counts[1] > counts[0] && counts[1] >= counts[2] ? ';' : counts[2] > counts[0] ? '\t' : ',';
    return true;
}

bool CsvReader::finishField(QStringList &fields, const QByteArray &bytes)
{
    QString text = m_decoder.decode(bytes);
    if (m_decoder.hasError()) {
        m_decoder.resetState();
        return fail(int(fields.size()) + 1,
                    m_messages.translate("CsvReader", "The text is not UTF-8 (perhaps Windows-1252 or Latin-1). Save the file as “CSV UTF-8” and "
                       "import it again."));
    }
    fields << text;
    return true;
}

bool CsvReader::next(QStringList &fields)
{
    fields.clear();
    if (m_problem || (!m_started && !start()))
        return false;

    QByteArray field;
    for (;;) {
        // Skip blank lines between records.
        int c = peek();
        while (c == '\r' || c == '\n') {
            take();
            if (c == '\r' && peek() == '\n')
                take();
            ++m_line;
            c = peek();
        }
        if (c < 0)
            return false;
        m_recordLine = m_line;
        break;
    }

    for (;;) { // one field per iteration
        field.clear();
        const int column = int(fields.size()) + 1;
        int c = peek();
        if (c == '"') {
            take();
            const qint64 openedAt = m_line;
            for (;;) {
                c = take();
                if (c < 0) {
                    m_line = openedAt; // point at the opening quote, not at the end of the file
                    return fail(column, m_messages.translate("CsvReader", "A quoted field that starts on line %1 is never closed. Check the quotes "
                                           "in that row.").arg(openedAt));
                }
                if (c == 0)
                    return fail(column, m_messages.translate("CsvReader", "The file contains a NUL byte: it is not a text CSV file."));
                if (c == '"') {
                    if (peek() == '"') {
                        take();
                        field += '"';
                        continue;
                    }
                    break;
                }
                if (c == '\n' || (c == '\r' && peek() != '\n'))
                    ++m_line;
                field += char(c);
                if (field.size() > m_maxFieldBytes)
                    return fail(column, m_messages.translate("CsvReader", "A field is larger than %L1 bytes. Shorten it, or check the quotes of "
                                           "that row.").arg(m_maxFieldBytes));
            }
            c = peek();
            if (c >= 0 && c != m_delimiter && c != '\r' && c != '\n')
                return fail(column, m_messages.translate("CsvReader", "Unexpected text after a closing quote. A quote inside a field must be "
                                       "doubled (\"\")."));
        } else {
            for (;;) {
                c = peek();
                if (c < 0 || c == m_delimiter || c == '\r' || c == '\n')
                    break;
                take();
                if (c == 0)
                    return fail(column, m_messages.translate("CsvReader", "The file contains a NUL byte: it is not a text CSV file."));
                if (c == '"')
                    return fail(column, m_messages.translate("CsvReader", "A quote inside a field that does not start with a quote. Put the whole "
                                           "field in quotes and double the inner quote (\"\")."));
                field += char(c);
                if (field.size() > m_maxFieldBytes)
                    return fail(column, m_messages.translate("CsvReader", "A field is larger than %L1 bytes. Shorten it.").arg(m_maxFieldBytes));
            }
        }
        if (!finishField(fields, field))
            return false;
        c = take();
        if (c == m_delimiter)
            continue;
        if (c == '\r' && peek() == '\n')
            take();
        if (c == '\r' || c == '\n')
            ++m_line;
        return true; // end of record (or of input)
    }
}
