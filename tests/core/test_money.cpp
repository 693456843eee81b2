// SPDX-License-Identifier: GPL-3.0-or-later
// Amounts in US dollars, as analysts type them in Spanish and in English.
#include "testsupport.h"

#include "model/money.h"

namespace {
// Read when a test runs: the list of languages is embedded data, not there during static initialization.
QLocale english() { return localeFor(Language::English); }
QLocale spanish() { return localeFor(Language::byCode(u"es")); }

std::optional<qint64> parse(const char *text, const QLocale &locale, QString *error = nullptr)
{
    return Money::parse(QString::fromUtf8(text), locale, error);
}
} // namespace

TEST_CASE("amounts are shown in the conventions of the interface language")
{
    CHECK(Money::format(1178250, english()) == u"11,782.50");
    CHECK(Money::format(1178250, spanish()) == u"11.782,50");
    CHECK(Money::format(5, english()) == u"0.05");
    CHECK(Money::format(123456789012, spanish()) == u"1.234.567.890,12");
    CHECK(Money::formatPlain(1178250) == u"11782.50");
    CHECK(Money::formatPlain(1178250, u',') == u"11782,50");
}

TEST_CASE("amounts typed in the interface language are read exactly, in cents")
{
    CHECK(parse("11,782.50", english()) == 1178250);
    CHECK(parse("11.782,50", spanish()) == 1178250);
    CHECK(parse("11782.5", english()) == 1178250);
    CHECK(parse("11782,5", spanish()) == 1178250);
    CHECK(parse("1,234,567", english()) == 123456700);
    CHECK(parse("1.234.567", spanish()) == 123456700);
    CHECK(parse("0", english()) == 0);
    CHECK(parse("USD 11,782.5", english()) == 1178250);
    CHECK(parse("US$ 2.500", spanish()) == 250000);
    CHECK(parse("$ 1 500,25", spanish()) == 150025);
    CHECK_FALSE(parse("", english()));
    CHECK_FALSE(parse("   ", spanish()));
}

TEST_CASE("the other convention is accepted where it cannot be misread")
{
    CHECK(parse("11782.50", spanish()) == 1178250); // one dot, two decimals: a decimal point
    CHECK(parse("11.782,50", english()) == 1178250); // both separators: the last one is decimal
    CHECK(parse("11,50", english()) == 1150);
}

TEST_CASE("an invalid amount gets a message that says what to type")
{
    QString error;
    CHECK_FALSE(parse("-100", english(), &error));
    CHECK(error.contains(QStringLiteral("negative")));
    CHECK_FALSE(parse("twelve", english(), &error));
    CHECK(error.contains(QStringLiteral("11,782.50")));
    CHECK_FALSE(parse("doce", spanish(), &error));
    CHECK(error.contains(QStringLiteral("11.782,50")));
    CHECK_FALSE(parse("12.345", english(), &error));
    CHECK(error.contains(QStringLiteral("two decimals")));
    CHECK_FALSE(parse("1,2,3", english(), &error));
    CHECK_FALSE(parse("1.000.000.000.000.000", spanish(), &error));
    CHECK(error.contains(QStringLiteral("demasiado grande"))); // the message speaks the form's language
    CHECK_FALSE(parse("12e5", english(), &error));
}
