// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"
#include "measure.h"
#include "vocabulary.h"

#include <QList>
#include <QString>
#include <optional>

// Every field of a measure, in the order of the periodic report form. The key is the stable
// name used in CSV headers ("--header keys") and on the command line; the label is translated.
enum class MeasureField {
    Uuid,
    Title,
    Country,
    ReportYear,
    ResponsibleAgencies,
    KeyObjectives,
    MainFeatures,
    Scope,
    Nature,
    ExpectedResults,
    ResultsAchieved,
    FundingText,
    FundingUsd,
    Evaluated,
    EvaluationConclusions,
    Goals,
    MonitoringAreas,
    Domains,
    Partners,
    Website,
    // From earlier report forms and the Policy Monitoring Platform (earlierFormFields()).
    Context,
    ValueChain,
    TargetsArticle7,
    TargetedGroups,
    TargetsYoungPeople,
    IfcdFunding,
    ReasonConvention,
    ReasonPolicyDiscussion,
    ReasonOther,
    Innovative,
    EvaluationLevel,
    EvaluationIndicators,
    Sdgs,
    SpecialCategories,
    PlatformTitle,
    PlatformMeasureId,
    PlatformReportId,
    PlatformUrl,
    PlatformCanonicalUrl,
    KeptAsWritten,
    Status,
    CreatedAt,
    UpdatedAt,
    // Derived, never stored, read or written in files: what the report form still lacks
    // (Readiness). A column of the table only; not in all().
    Readiness,
};

namespace MeasureFields {

// Choice: one code of a fixed list (choiceCodes); Choices: several of them.
enum class Type { Identifier, Text, LongText, Year, Money, Choice, Choices, Term, Terms, Partners, Url, Timestamp };

const QList<MeasureField> &all(); // the stored fields: what files carry
// The table's columns: the stored fields, then the derived Readiness.
const QList<MeasureField> &tableFields();
// `fields` without the derived ones (what an export of a view can write).
QList<MeasureField> stored(const QList<MeasureField> &fields);
QString key(MeasureField field);
std::optional<MeasureField> fromKey(QStringView key);
// Key, or label in either language (what a CSV header may hold), ignoring case and accents.
std::optional<MeasureField> fromHeader(const QString &header);
QString label(MeasureField field, Language language);
// A compact header for table columns ("Year", "Goals"); the full label is its tooltip.
QString shortLabel(MeasureField field, Language language);
Type type(MeasureField field);
std::optional<VocabularyKind> vocabulary(MeasureField field); // Term and Terms fields
bool isNumeric(MeasureField field);                          // exempt from the CSV formula guard
// The columns a new table shows, readable at a glance.
QList<MeasureField> defaultColumns();

// Where a field lives in a Measure: its list of codes (scope, nature, goals, areas, domains) or
// its text (identifier, title, agencies, the long texts, funding as reported, website); null
// for fields of another kind.
QStringList *codes(Measure &measure, MeasureField field);
const QStringList *codes(const Measure &measure, MeasureField field);
QString *text(Measure &measure, MeasureField field);
const QString *text(const Measure &measure, MeasureField field);
// A Choice field's code (evaluated, status, the yes/no answers of earlier forms), or null.
QString *choice(Measure &measure, MeasureField field);
const QString *choice(const Measure &measure, MeasureField field);
// The codes of a Choice or Choices field, their labels, and a code from a code or a label in
// either language (empty when nothing matches).
QStringList choiceCodes(MeasureField field);
QString choiceLabel(MeasureField field, const QString &code, Language language);
QString choiceMatch(MeasureField field, const QString &text);

// A text, answer or list-of-codes field as one plain string (codes separated by spaces) and back:
// what the catalogue stores for the earlier forms' fields and what an import compares.
QString plainValue(const Measure &measure, MeasureField field);
void setPlainValue(Measure &measure, MeasureField field, const QString &value);

// The fields of earlier report forms and of the platform: a section of the form shown only when
// one of them is filled (hasEarlierForm).
const QList<MeasureField> &earlierFormFields();
bool isFilled(const Measure &measure, MeasureField field);
bool hasEarlierForm(const Measure &measure);

// One field of a measure, copied or compared on its own: an import that carries only some
// columns, and a merge that picks a version per field, change exactly those fields.
void assign(Measure &to, const Measure &from, MeasureField field);
bool same(const Measure &a, const Measure &b, MeasureField field);
// The fields an analyst edits (everything but identity and time stamps).
const QList<MeasureField> &contentFields();
// Makes `to` share the text of every field whose value equals `from`'s (Qt's strings are shared
// when copied): a step kept for undo then holds each unchanged text once, whatever the number
// of copies of the measure it keeps.
void shareEqualTexts(Measure &to, const Measure &from);

} // namespace MeasureFields
