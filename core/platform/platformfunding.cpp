// SPDX-License-Identifier: GPL-3.0-or-later
#include "platformfunding.h"

#include "model/money.h"

#include <QRegularExpression>
#include <cmath>

namespace {

// A number: digits with "," or "." between them, or groups of three digits after spaces
// ("1 200 000,50"); a space never joins other digits ("Budget 2019 150 000 USD" is 150,000).
constexpr auto kNumber = "(?<![0-9.,])((?:[0-9]{1,3}(?:[\\x{00A0}\\x{202F} ][0-9]{3})+(?:[.,][0-9]+)?)|[0-9](?:[0-9]|[.,](?=[0-9]))*)";
// Millions only: a bigger or smaller scale ("bn", "k", "mil") is not read, rather than read wrong.
constexpr auto kScale = "(?:\\s*(million|millions|millones|millón|mn|m)\\b)?";
constexpr auto kOtherScale = "^\\s*(billion|billions|bn|thousand|thousands|k|mil|mille|milliards?|millardos?)\\b";
constexpr auto kCurrency = "(?:\\bUSD\\b|\\bUS\\s?\\$|\\bU\\.S\\.\\s?\\$|\\bUS\\s+dollars?\\b|\\bdollars?\\s+US\\b|\\bd[oó]lares\\s+"
                           "(?:estadounidenses|de\\s+los\\s+Estados\\s+Unidos|EE\\.\\s?UU\\.)|\\bdollars\\s+am[ée]ricains\\b)";

// "11,782.5", "150.000", "1 200 000,50": the last mark is the decimal one when both appear; a
// lone mark followed by exactly three digits groups thousands, unless a scale follows ("1.250
// million" is one and a quarter million).
std::optional<double> number(QString digits, bool scaled)
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
        if (once && (scaled || digits.size() - at - 1 != 3))
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
    const bool currencyFirst = first.hasMatch() && (!second.hasMatch() || first.capturedStart() <= second.capturedStart());
    if (!currencyFirst && !second.hasMatch())
        return std::nullopt;
    const QRegularExpressionMatch &found = currencyFirst ? first : second;
    static const QRegularExpression otherScale(QString::fromUtf8(kOtherScale), QRegularExpression::CaseInsensitiveOption);
    if (currencyFirst && otherScale.match(text.mid(found.capturedEnd())).hasMatch())
        return std::nullopt; // "USD 1.2 billion", "USD 45k": a scale we do not read, rather than read wrong
    const bool scaled = !found.captured(2).isEmpty();
    const std::optional<double> value = number(found.captured(1), scaled);
    if (!value)
        return std::nullopt;
    const double scale = scaled ? 1e6 : 1.0;
    const double cents = std::round(*value * scale * 100.0);
    if (cents < 0 || cents > double(Money::kMaximumCents))
        return std::nullopt;
    return qint64(cents);
}

} // namespace PlatformFunding
