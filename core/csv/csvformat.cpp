#include "csvformat.h"

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
    for (char c : field)
        if (c == delimiter || c == '"' || c == '\r' || c == '\n')
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

} // namespace Csv

CsvOptions CsvOptions::excel(Language language)
{
    CsvOptions options;
    options.bom = true;
    options.delimiter = language == Language::Spanish ? ';' : ',';
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
    return delimiter == ';' && language == Language::Spanish && header == Header::Labels && !codes ? u',' : u'.';
}
