// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/translations.h"

#include <QLocale>
#include <QString>
#include <optional>

// US dollar amounts, stored as integer cents so that no rounding ever changes a reported figure.
class Money
{
public:
    static constexpr qint64 kMaximumCents = 99'999'999'999'999; // just under one trillion dollars

    // Reads an amount as an analyst types it in `locale` ("11.782,50" in Spanish, "11,782.50" in
    // English), forgiving the other convention when it is unambiguous ("11782.5" in Spanish) and a
    // leading "USD"/"US$"/"$". Empty text is no amount. On failure returns nullopt and a translated
    // message that says what to type.
    static std::optional<qint64> parse(const QString &text, const QLocale &locale, QString *error = nullptr);
    // The same with the decimal mark given ('.' or ','): what a CSV file uses, decided from the
    // file (CsvAmounts). Messages in `messages`' language; `example` formats the sample amount.
    static std::optional<qint64> parse(const QString &text, QChar decimalPoint, const Messages &messages, const QLocale &example,
                                       QString *error = nullptr);
    static QString format(qint64 cents, const QLocale &locale);  // 11,782.50 / 11.782,50
    // With its currency, one way everywhere in a language: USD 11,782.50 · USD 11.782,50 · 11 782,50 USD.
    static QString inDollars(qint64 cents, Language language);
    static QString formatPlain(qint64 cents, QChar decimalPoint = u'.'); // 11782.50, for CSV
};
