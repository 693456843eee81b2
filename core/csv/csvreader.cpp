// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QIODevice>
#include <algorithm>

namespace {
constexpr qint64 kChunk = 1 << 16;
}

CsvReader::CsvReader(QIODevice *device, Language language, qint64 maxFieldBytes, Encoding encoding)
    : m_device(device), m_messages(language), m_maxFieldBytes(maxFieldBytes), m_encoding(encoding)
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
    // Read straight into the buffer's end: no chunk of its own to allocate and copy.
    const qsizetype kept = m_buffer.size();
    m_buffer.resize(kept + kChunk);
    const qint64 read = m_device->read(m_buffer.data() + kept, kChunk);
    m_buffer.resize(kept + qMax<qint64>(read, 0));
    if (read <= 0) {
        m_eof = true;
        return false;
    }
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

// How many bytes from m_pos are plain text of a field (neither quote, NUL nor line end, nor
// outside quotes the delimiter): they need none of the byte-by-byte checks, and a field is
// appended a run at a time rather than a byte at a time. Fills the buffer when it is empty.
qsizetype CsvReader::plainRun(bool quoted)
{
    if (m_pos >= m_buffer.size() && !fill())
        return 0;
    const char *data = m_buffer.constData();
    const qsizetype end = m_buffer.size();
    const bool *stops = m_stops[quoted ? 1 : 0];
    qsizetype i = m_pos;
    while (i < end && !stops[uchar(data[i])])
        ++i;
    return i - m_pos;
}

bool CsvReader::fail(int column, const QString &message, bool notUtf8, bool mixed)
{
    if (!m_problem)
        m_problem = Problem{m_line, column, message, notUtf8, mixed};
    return false;
}

QString CsvReader::nulByteMessage() const
{
    if (m_line == 1 && (m_buffer.startsWith(QByteArrayLiteral("PK\x03\x04")) // .xlsx, .ods: zip files
                        || m_buffer.startsWith(QByteArrayLiteral("\xD0\xCF\x11\xE0")))) // .xls, an encrypted .xlsx
        return m_messages.translate("CsvReader", "This is a workbook (such as an Excel .xlsx file), not a CSV file. Open it in "
                                                 "Excel or LibreOffice, save it as “CSV UTF-8”, and import that file.");
    return m_messages.translate("CsvReader", "The file contains a NUL byte: it is not a text CSV file.");
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
    for (bool *stops : m_stops) // the bytes that end a plain run: one lookup a byte
        stops[uchar('"')] = stops[uchar('\n')] = stops[uchar('\r')] = stops[0] = true;
    m_stops[0][uchar(m_delimiter)] = true;
    return true;
}

namespace {

// Windows-1252's 0x80..0x9F; 0 where the code page defines no character.
const char16_t kWindows1252High[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
                                       0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
                                       0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

} // namespace

bool CsvReader::finishField(QStringList &fields, const QByteArray &bytes)
{
    QString text;
    bool utf8 = false;
    if (m_onlyColumn > 0 && m_encoding == Encoding::Utf8 && fields.size() + 1 != m_onlyColumn) {
        utf8 = QByteArrayView(bytes).isValidUtf8(); // what decoding would say, without the text
    } else {
        text = m_decoder.decode(bytes);
        utf8 = !m_decoder.hasError();
        m_decoder.resetState();
    }
    if (m_encoding == Encoding::Utf8) {
        if (!utf8)
            return fail(int(fields.size()) + 1,
                        m_messages.translate("CsvReader", "The text is not UTF-8 (perhaps Windows-1252 or Latin-1). Save the file as “CSV UTF-8” and "
                           "import it again."), true);
        fields << text;
        return true;
    }
    const bool ascii = std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (utf8 && !ascii) // UTF-8 text in a Windows-1252 file: which one is meant cannot be told
        return fail(int(fields.size()) + 1,
                    m_messages.translate("CsvReader", "The file mixes UTF-8 and Windows-1252 text, so its accents cannot be read with "
                                                      "certainty. Open it in a spreadsheet, save it as “CSV UTF-8” and import that file."),
                    false, true);
    text.clear();
    text.reserve(bytes.size());
    for (const char c : bytes) {
        const unsigned char byte = static_cast<unsigned char>(c);
        const char16_t unit = byte >= 0x80 && byte < 0xA0 ? kWindows1252High[byte - 0x80] : char16_t(byte);
        if (unit == 0 && byte != 0)
            return fail(int(fields.size()) + 1,
                        m_messages.translate("CsvReader", "The text is neither UTF-8 nor Windows-1252. Save the file as “CSV UTF-8” and import "
                                                          "it again."));
        text += QChar(unit);
    }
    // Mac Roman or Central European text decodes without a gap too, but puts punctuation inside
    // words ("m‡s" for "más", "Wroc³aw"): refused rather than imported garbled.
    for (qsizetype i = 1; i + 1 < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const bool high = (c >= 0x80 && c < 0xC0) || (c > 0xFF && !text.at(i).isLetter());
        const bool wordPunctuation = c == 0x2019 || c == 0x00B7 || c == 0x00A0 || c == 0x00AD; // l’art, col·lecció
        if (high && !text.at(i).isLetter() && !wordPunctuation && text.at(i - 1).isLetter() && text.at(i + 1).isLetter())
            return fail(int(fields.size()) + 1,
                        m_messages.translate("CsvReader", "The text is not UTF-8, and read as Windows-1252 it has “%1” inside a word (“%2”): "
                                                          "it was probably saved in another encoding. Save the file as “CSV UTF-8” and import "
                                                          "it again.")
                            .arg(text.at(i), text.mid(qMax<qsizetype>(0, i - 12), 25).trimmed()));
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
        field.truncate(0); // keeps its capacity for the next field
        const int column = int(fields.size()) + 1;
        int c = peek();
        if (c == '"') {
            take();
            const qint64 openedAt = m_line;
            for (;;) {
                // The bytes up to the next quote, NUL or line end go in at once.
                if (const qsizetype run = plainRun(true)) {
                    field.append(m_buffer.constData() + m_pos, run);
                    m_pos += run;
                    if (field.size() > m_maxFieldBytes)
                        return fail(column, m_messages.translate("CsvReader", "A field is larger than %L1 bytes. Shorten it, or check the quotes of "
                                               "that row.").arg(m_maxFieldBytes));
                }
                c = take();
                if (c < 0) {
                    m_line = openedAt; // point at the opening quote, not at the end of the file
                    return fail(column, m_messages.translate("CsvReader", "A quoted field that starts on line %1 is never closed. Check the quotes "
                                           "in that row.").arg(openedAt));
                }
                if (c == 0)
                    return fail(column, nulByteMessage());
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
                if (const qsizetype run = plainRun(false)) {
                    field.append(m_buffer.constData() + m_pos, run);
                    m_pos += run;
                    if (field.size() > m_maxFieldBytes)
                        return fail(column, m_messages.translate("CsvReader", "A field is larger than %L1 bytes. Shorten it.").arg(m_maxFieldBytes));
                }
                c = peek();
                if (c < 0 || c == m_delimiter || c == '\r' || c == '\n')
                    break;
                take();
                if (c == 0)
                    return fail(column, nulByteMessage());
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
