// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"
#include "measure.h"
#include "measurefield.h"

#include <QList>

class Vocabulary;

struct FieldIssue {
    MeasureField field;
    QString message; // translated; says what to fix
    QString about;   // the entry of a list field it is about (a partner's name), if one
};

// The rules a measure must satisfy before it is written. They live in core so that the form,
// the CSV import and the command line give the same answers in the same words.
// Messages are in the language the caller asks for (validation also runs in the command line
// and on import, whatever the window shows).
class MeasureValidator
{
public:
    static constexpr int kMaxTitleLength = 500;
    static constexpr int kMaxShortTextLength = 2'000;
    static constexpr int kMaxLongTextLength = 100'000;
    static constexpr int kFirstYear = 2005; // the Convention's adoption
    static constexpr int kLastYear = 2100;
    // How far ahead of this computer's clock a time stamp from elsewhere may be (another
    // laptop's clock): beyond it, a time is refused rather than left to win every comparison.
    static constexpr int kClockSkewSeconds = 24 * 3600;

    // Trims text, drops empty partner rows and repeated codes, adds the goal of each chosen
    // monitoring area. What is saved is always the normalized measure.
    static Measure normalized(const Measure &measure, const Vocabulary &vocabulary);
    // Form: the analyst typed it, and the message says what to do in the form ("Pick the country
    // from the list"). File: it came from a file (an import, a colleague's catalogue, the command
    // line), and the message says what is wrong with the value, with no form to point at.
    enum class Source { Form, File };
    static QList<FieldIssue> validate(const Measure &measure, const Vocabulary &vocabulary, Language language,
                                      Source source = Source::Form);
    // Time stamps that come from elsewhere (an import, a colleague's catalogue): valid, and not in
    // the future. Core sets them for everything typed here.
    static QList<FieldIssue> validateTimes(const Measure &measure, Language language);
    // A value as a message quotes it: at most a few dozen characters, on one line, whatever the
    // file held (a refusal never echoes megabytes of someone else's text).
    static QString shown(const QString &value);
    // An http:// or https:// address with a host: what the website field accepts.
    static bool isWebAddress(const QString &text);
};
