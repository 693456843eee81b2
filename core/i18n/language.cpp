// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QFile>
#include <QMutex>
#include <QRegularExpression>
#include <QTextStream>

namespace {

struct Listed {
    QString code;
    QString name;
    QLocale locale;
    Qt::LayoutDirection direction = Qt::LeftToRight;
};

// Empty when the embedded list cannot be read yet (asked during static initialization, before
// the resource is registered): then English alone answers, and the next call reads again.
QList<Listed> readList()
{
    QList<Listed> list;
    QFile file(QStringLiteral(":/i18n/languages.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return list;
    {
        QTextStream in(&file);
        in.setEncoding(QStringConverter::Utf8);
        while (!in.atEnd()) {
            const QString line = in.readLine();
            if (line.trimmed().isEmpty() || line.startsWith(u'#'))
                continue;
            const QStringList parts = line.split(u'\t');
            if (parts.size() < 3)
                continue;
            static const QRegularExpression code(QStringLiteral("^[a-z]{2,8}$")); // written into SQL and file names
            if (!code.match(parts[0].trimmed()).hasMatch())
                continue;
            QLocale locale(parts[2]);
            locale.setNumberOptions(QLocale::DefaultNumberOptions);
            list.append({parts[0].trimmed().toLower(), parts[1].trimmed(), locale,
                         parts.value(3).trimmed() == u"rtl" ? Qt::RightToLeft : Qt::LeftToRight});
        }
    }
    // English is the source language and must come first, whatever the file says.
    if (list.isEmpty() || list.first().code != u"en") {
        list.removeIf([](const Listed &l) { return l.code == u"en"; });
        QLocale english(QLocale::English, QLocale::UnitedStates);
        english.setNumberOptions(QLocale::DefaultNumberOptions);
        list.prepend({QStringLiteral("en"), QStringLiteral("English"), english, Qt::LeftToRight});
    }
    return list;
}

const QList<Listed> &listed()
{
    static QMutex mutex;
    static QList<Listed> list;
    static QList<Listed> englishOnly = [] {
        QList<Listed> fallback;
        QLocale english(QLocale::English, QLocale::UnitedStates);
        english.setNumberOptions(QLocale::DefaultNumberOptions);
        fallback.append({QStringLiteral("en"), QStringLiteral("English"), english, Qt::LeftToRight});
        return fallback;
    }();
    const QMutexLocker lock(&mutex);
    if (list.isEmpty())
        list = readList();
    return list.isEmpty() ? englishOnly : list;
}

} // namespace

const QList<Language> &Language::all()
{
    static QList<Language> languages;
    static QMutex mutex;
    const QMutexLocker lock(&mutex);
    while (languages.size() < listed().size())
        languages.append(Language(int(languages.size())));
    return languages;
}

std::optional<Language> Language::fromCode(QStringView code)
{
    const QString lower = code.trimmed().toString().toLower();
    for (int i = 0; i < listed().size(); ++i) {
        const QString &c = listed()[i].code;
        if (lower == c || lower.startsWith(c + u'_') || lower.startsWith(c + u'-'))
            return Language(i);
    }
    return std::nullopt;
}

Language Language::system()
{
    return fromCode(QLocale::languageToCode(QLocale::system().language())).value_or(English);
}

QStringList Language::codes()
{
    QStringList result;
    for (const Listed &l : listed())
        result << l.code;
    return result;
}

QString Language::code() const { return listed().value(m_index).code; }
QString Language::name() const { return listed().value(m_index).name; }
QLocale Language::locale() const { return listed().value(m_index).locale; }
Qt::LayoutDirection Language::direction() const { return listed().value(m_index).direction; }

QString languageCode(Language language) { return language.code(); }
std::optional<Language> languageFromCode(QStringView code) { return Language::fromCode(code); }
Language systemLanguage() { return Language::system(); }
QLocale localeFor(Language language) { return language.locale(); }
