// SPDX-License-Identifier: GPL-3.0-or-later
#include "platformfunding.h"

#include "model/money.h"

#include <QRegularExpression>
#include <cmath>

namespace {

// Digits with "," "." or spaces between them (a thousands separator or a decimal mark).
constexpr auto kNumber = "([0-9](?:[0-9]|[.,\\x{00A0}\\x{202F} ](?=[0-9]))*)";
constexpr auto kScale = "(?:\\s*(million|millions|millones|millón|mn|m)\\b)?";
constexpr auto kCurrency = "(?:USD|US\\s?\\$|U\\.S\\.\\s?\\$|US\\s+dollars?|dollars?\\s+US|d[oó]lares(?:\\s+estadounidenses)?|dollars\\s+am[ée]ricains)";

// "11,782.5", "150.000", "1 200 000,50": the last mark is the decimal one when both appear; a
// lone mark followed by exactly three digits groups thousands.
std::optional<double> number(QString digits)
{
    digits.remove(u' ');
    digits.remove(QChar(0x00A0));
    digits.remove(QChar(0x202F));
    const qsizetype comma = digits.lastIndexOf(u','), point = digits.lastIndexOf(u'.');
    QChar decimal;
    if (comma >= 0 && point >= 0)
        decimal = comma > point ? u',' : u'.';
    else if (comma >= 0 || point >= 0) {
        const QChar mark = comma >= 0 ? u',' : u'.';
        const qsizetype at = qMax(comma, point);
        const bool once = digits.count(mark) == 1;
        if (once && digits.size() - at - 1 != 3)
            decimal = mark;
    }
    QString plain;
    for (QChar c : digits) {
        if (c.isDigit())
            plain += c;
        else if (c == decimal)
            plain += u'.';
    }
    bool ok = false;
    const double value = plain.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

} // namespace

namespace PlatformFunding {

std::optional<qint64> usdCents(const QString &text)
{
    static const QRegularExpression before(QStringLiteral("%1\\s*%2%3").arg(QString::fromUtf8(kCurrency), QString::fromUtf8(kNumber), QString::fromUtf8(kScale)),
                                           QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression after(QStringLiteral("%1%2\\s*%3").arg(QString::fromUtf8(kNumber), QString::fromUtf8(kScale), QString::fromUtf8(kCurrency)),
                                          QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch first = before.match(text);
    const QRegularExpressionMatch second = after.match(text);
    QRegularExpressionMatch found;
    if (first.hasMatch() && (!second.hasMatch() || first.capturedStart() <= second.capturedStart()))
        found = first;
    else if (second.hasMatch())
        found = second;
    else
        return std::nullopt;
    const std::optional<double> value = number(found.captured(1));
    if (!value)
        return std::nullopt;
    const double scale = found.captured(2).isEmpty() ? 1.0 : 1e6;
    const double cents = std::round(*value * scale * 100.0);
    if (cents < 0 || cents > double(Money::kMaximumCents))
        return std::nullopt;
    return qint64(cents);
}

} // namespace PlatformFunding
