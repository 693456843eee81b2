// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvformat.h"

#include <cstring>

namespace {

bool isFormulaStart(char c) { return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'; }

} // namespace

namespace Csv {

bool needsQuotes(QByteArrayView field, char delimiter)
{
    if (field.isEmpty())
        return false;
    if (field.front() == ' ' || field.back() == ' ')
        return true;
    // memchr scans many bytes at a time: most fields hold none of these.
    for (const char c : {delimiter, '"', '\n', '\r'})
        if (std::memchr(field.data(), c, size_t(field.size())))
            return true;
    return false;
}

bool needsFormulaGuard(QByteArrayView field)
{
    if (field.isEmpty())
        return false;
    if (isFormulaStart(field.front()))
        return true;
    return field.front() == '\'' && field.size() > 1 && (isFormulaStart(field.at(1)) || field.at(1) == '\'');
}

void appendField(QByteArray &out, QByteArrayView field, char delimiter, bool formulaGuard)
{
    const bool guard = formulaGuard && needsFormulaGuard(field);
    if (!needsQuotes(field, delimiter)) {
        if (guard)
            out.append('\'');
        out.append(field.data(), field.size());
        return;
    }
    out.append('"');
    if (guard)
        out.append('\'');
    const char *begin = field.data();
    const char *end = begin + field.size();
    for (const char *p = begin; p != end; ++p) {
        if (*p == '"') {
            out.append(begin, p - begin + 1);
            out.append('"'); // a quote is doubled
            begin = p + 1;
        }
    }
    out.append(begin, end - begin);
    out.append('"');
}

QString removeFormulaGuard(const QString &cell)
{
    if (cell.size() < 2 || cell.at(0) != u'\'')
        return cell;
    const QChar next = cell.at(1);
    if (next == u'=' || next == u'+' || next == u'-' || next == u'@' || next == u'\t' || next == u'\r' || next == u'\'')
        return cell.mid(1);
    return cell;
}

QString joinList(const QStringList &items)
{
    bool plain = true;
    for (const QString &item : items)
        plain = plain && !item.contains(u';');
    if (plain)
        return items.join(QStringLiteral("; "));
    QStringList escaped;
    escaped.reserve(items.size());
    for (const QString &item : items)
        escaped << QString(item).replace(u';', QStringLiteral(";;"));
    return escaped.join(QStringLiteral("; "));
}

QStringList splitList(const QString &cell)
{
    QStringList items;
    QString item;
    const auto flush = [&] {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            items << trimmed;
        item.clear();
    };
    for (qsizetype i = 0; i < cell.size(); ++i) {
        if (cell.at(i) != u';') {
            // The text up to the next ";" at once, not a character at a time.
            qsizetype end = cell.indexOf(u';', i);
            if (end < 0)
                end = cell.size();
            item += QStringView(cell).mid(i, end - i);
            i = end - 1;
        } else if (i + 1 < cell.size() && cell.at(i + 1) == u';') {
            item += u';'; // a doubled ";" is part of the item
            ++i;
        } else {
            flush();
        }
    }
    flush();
    return items;
}

QString partnerItem(const QString &name, const QString &type) { return QStringLiteral("%1 [%2]").arg(name, type); }

bool parsePartnerItem(const QString &item, QString *name, QString *type)
{
    const QString text = item.trimmed();
    if (!text.endsWith(u']'))
        return false;
    const qsizetype open = text.lastIndexOf(u'[');
    if (open <= 0)
        return false;
    *name = text.left(open).simplified();
    *type = text.mid(open + 1, text.size() - open - 2).trimmed();
    return !name->isEmpty() && !type->contains(u'[');
}

} // namespace Csv

CsvOptions CsvOptions::excel(Language language)
{
    CsvOptions options;
    options.bom = true;
    // Spreadsheets set to a language with a decimal comma split CSV files at ";" (Excel's list separator).
    options.delimiter = language.locale().decimalPoint() == QStringLiteral(",") ? ';' : ',';
    options.language = language;
    return options;
}

CsvOptions CsvOptions::standard(Language language)
{
    CsvOptions options;
    options.language = language;
    return options;
}

QChar CsvOptions::decimalPoint() const
{
    return delimiter == ';' && language.locale().decimalPoint() == QStringLiteral(",") && header == Header::Labels && !codes ? u',' : u'.';
}
