#pragma once

#include "measure.h"
#include "measurefield.h"

#include <QCoreApplication>
#include <QList>

class Vocabulary;

struct FieldIssue {
    MeasureField field;
    QString message; // translated; says what to fix
};

// The rules a measure must satisfy before it is written. They live in core so that the form,
// the CSV import and the command line give the same answers in the same words.
class MeasureValidator
{
    Q_DECLARE_TR_FUNCTIONS(MeasureValidator)
public:
    static constexpr int kMaxTitleLength = 500;
    static constexpr int kMaxShortTextLength = 2'000;
    static constexpr int kMaxLongTextLength = 100'000;
    static constexpr int kFirstYear = 2005; // the Convention's adoption
    static constexpr int kLastYear = 2100;

    // Trims text, drops empty partner rows and repeated codes, adds the goal of each chosen
    // monitoring area. What is saved is always the normalized measure.
    static Measure normalized(const Measure &measure, const Vocabulary &vocabulary);
    static QList<FieldIssue> validate(const Measure &measure, const Vocabulary &vocabulary);

    static QString checkTitle(const QString &title);
    static QString checkYear(std::optional<int> year);
    static QString checkFunding(std::optional<qint64> cents);
    static QString checkWebsite(const QString &website);
};
