// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

#include <QRegularExpression>

namespace {

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

// Grouped integer: "11" "782" "000" with each group after the first exactly three digits.
bool validGroups(const QStringList &groups)
{
    if (groups.isEmpty() || !allDigits(groups.first()) || groups.first().size() > 3)
        return false;
    for (int i = 1; i < groups.size(); ++i)
        if (groups.at(i).size() != 3 || !allDigits(groups.at(i)))
            return false;
    return true;
}

} // namespace

std::optional<qint64> Money::parse(const QString &input, const QLocale &locale, QString *error)
{
    const Language language = Language::fromCode(QLocale::languageToCode(locale.language())).value_or(Language::English);
    return parse(input, locale.decimalPoint().at(0), Messages(language), locale, error);
}

std::optional<qint64> Money::parse(const QString &input, QChar localeDecimal, const Messages &m, const QLocale &locale,
                                   QString *error)
{
    const auto fail = [&](const QString &message) -> std::optional<qint64> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (error)
        error->clear();
    QString text = input.trimmed();
    static const QRegularExpression currency(QStringLiteral("^(usd|us\\$|u\\$s|\\$)\\s*|\\s*(usd|us\\$)$"),
                                             QRegularExpression::CaseInsensitiveOption);
    text.remove(currency);
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{00A0}\\x{202F}']"));
    text.remove(spaces);
    if (text.isEmpty())
        return std::nullopt;
    const QString example = format(1178250, locale);
    if (text.startsWith(u'-') || text.startsWith(u'−'))
        return fail(m.translate("Money", "The amount cannot be negative. Type the amount in US dollars, for example %1.").arg(example));

    const bool hasDot = text.contains(u'.');
    const bool hasComma = text.contains(u',');
    QString integerPart = text;
    QString decimals;
    QChar group;
    if (hasDot && hasComma) {
        const QChar decimal = text.lastIndexOf(u'.') > text.lastIndexOf(u',') ? u'.' : u',';
        group = decimal == u'.' ? u',' : u'.';
        const qsizetype at = text.lastIndexOf(decimal);
        integerPart = text.left(at);
        decimals = text.mid(at + 1);
        if (integerPart.contains(decimal))
            return fail(m.translate("Money", "“%1” is not an amount. Type digits, for example %2.").arg(input.trimmed(), example));
    } else if (hasDot || hasComma) {
        const QChar sep = hasDot ? u'.' : u',';
        const QStringList parts = text.split(sep);
        const bool twoNumbers = parts.size() == 2 && allDigits(parts.at(0)) && allDigits(parts.at(1));
        if (sep == localeDecimal && twoNumbers) {
            integerPart = parts.at(0);
            decimals = parts.at(1);
        } else if (validGroups(parts)) {
            group = sep; // "11.782" in Spanish, "11,782" in English
        } else if (twoNumbers && parts.at(1).size() <= 2) {
            integerPart = parts.at(0); // the other convention, unambiguous: "11782.5" in Spanish
            decimals = parts.at(1);
        } else {
            return fail(m.translate("Money", "“%1” is not an amount. Type digits, for example %2.").arg(input.trimmed(), example));
        }
    }
    if (!group.isNull()) {
        const QStringList groups = integerPart.split(group);
        if (!validGroups(groups))
            return fail(m.translate("Money", "“%1” is not an amount. Type digits, for example %2.").arg(input.trimmed(), example));
        integerPart = groups.join(QString());
    }
    if (!allDigits(integerPart) || (!decimals.isEmpty() && !allDigits(decimals)))
        return fail(m.translate("Money", "“%1” is not an amount. Type digits, for example %2.").arg(input.trimmed(), example));
    if (decimals.size() > 2)
        return fail(m.translate("Money", "Amounts have at most two decimals (cents). Check “%1”.").arg(input.trimmed()));
    while (integerPart.size() > 1 && integerPart.startsWith(u'0'))
        integerPart.remove(0, 1);
    if (integerPart.size() > 12)
        return fail(m.translate("Money", "The amount is too large. Amounts up to %1 are accepted.").arg(format(kMaximumCents, locale)));
    const qint64 units = integerPart.toLongLong();
    const qint64 cents = decimals.isEmpty() ? 0 : decimals.leftJustified(2, u'0').toLongLong();
    return units * 100 + cents;
}

QString Money::format(qint64 cents, const QLocale &locale)
{
    // Grouped by hand: Qt follows CLDR's "minimum grouping digits" for Spanish, which leaves
    // 1234 ungrouped and, in 6.4, groups 1234567890 as "1234.567.890". Reports group every
    // thousand.
    QString units = QString::number(cents / 100);
    const QString group = locale.groupSeparator();
    for (qsizetype i = units.size() - 3; i > 0; i -= 3)
        units.insert(i, group);
    return units + locale.decimalPoint() + QStringLiteral("%1").arg(cents % 100, 2, 10, QLatin1Char('0'));
}

QString Money::formatPlain(qint64 cents, QChar decimalPoint)
{
    return QString::number(cents / 100) + decimalPoint + QStringLiteral("%1").arg(cents % 100, 2, 10, QLatin1Char('0'));
}

QString Money::inDollars(qint64 cents, Language language)
{
    return Messages(language).translate("Money", "USD %1", "an amount in US dollars").arg(format(cents, language.locale()));
}
