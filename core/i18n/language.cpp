// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QFile>
#include <QMutex>
#include <QRegularExpression>
#include <QTextStream>
#include <atomic>

namespace {

struct Listed {
    QString code;
    QString name;
    QLocale locale;
    Qt::LayoutDirection direction = Qt::LeftToRight;
};

// English, the source language: first in every list, and the whole list until the file is read.
Listed english()
{
    QLocale locale(QLocale::English, QLocale::UnitedStates);
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return {QStringLiteral("en"), QStringLiteral("English"), locale, Qt::LeftToRight};
}

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
        list.prepend(english());
    }
    return list;
}

// Read once: labels ask for a language's code per table cell, so once the list is there, no lock.
const QList<Listed> &listed()
{
    static std::atomic<const QList<Listed> *> ready{nullptr};
    if (const QList<Listed> *list = ready.load(std::memory_order_acquire))
        return *list;
    static QMutex mutex;
    static QList<Listed> list;
    static const QList<Listed> englishOnly = {english()};
    const QMutexLocker lock(&mutex);
    if (list.isEmpty())
        list = readList();
    if (list.isEmpty())
        return englishOnly;
    ready.store(&list, std::memory_order_release);
    return list;
}

const Listed &entry(int index)
{
    const QList<Listed> &list = listed();
    return list.at(index < list.size() ? index : 0);
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

QString Language::code() const { return entry(m_index).code; }
QString Language::name() const { return entry(m_index).name; }
QLocale Language::locale() const { return entry(m_index).locale; }
Qt::LayoutDirection Language::direction() const { return entry(m_index).direction; }

QString languageCode(Language language) { return language.code(); }
std::optional<Language> languageFromCode(QStringView code) { return Language::fromCode(code); }
Language systemLanguage() { return Language::system(); }
QLocale localeFor(Language language) { return language.locale(); }
