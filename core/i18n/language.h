// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <optional>

// An interface language. The list of them is data (translations/languages.tsv, embedded as
// :/i18n/languages.tsv): the menu, --lang, vocabulary labels, the translations and the tests all
// read it, so adding a language adds files, not code. Data is stored as codes; labels are chosen
// per Language at the edge (table, form, CSV header), so switching never rewrites a record.
class Language
{
public:
    // English, the source language: tr()'s texts are English, and every label falls back to it.
    constexpr Language() = default;
    static const Language English;

    static const QList<Language> &all();
    // "fr", "fr_CA", "fr-FR", "FR" ...: the listed language of that code, if any.
    static std::optional<Language> fromCode(QStringView code);
    // A listed language known to exist (tests, the list's own defaults); English when it is not.
    static Language byCode(QStringView code) { return fromCode(code).value_or(English); }
    static Language system(); // the system locale's language when listed, else English
    static QStringList codes(); // every listed code, in order

    QString code() const;      // "en", "es", "fr"
    QString name() const;      // in itself: "English", "Español", "Français"
    QLocale locale() const;    // numbers and dates
    Qt::LayoutDirection direction() const;
    bool isEnglish() const { return m_index == 0; }

    friend bool operator==(Language a, Language b) { return a.m_index == b.m_index; }
    friend bool operator!=(Language a, Language b) { return a.m_index != b.m_index; }

private:
    constexpr explicit Language(int index) : m_index(index) {}
    int m_index = 0;
};

inline constexpr Language Language::English{};

QString languageCode(Language language);                     // language.code()
std::optional<Language> languageFromCode(QStringView code);  // Language::fromCode
Language systemLanguage();                                   // Language::system
QLocale localeFor(Language language);                        // language.locale()
