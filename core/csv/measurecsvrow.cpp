#include "measurecsvrow.h"

#include "csvformat.h"
#include "i18n/translations.h"
#include "model/choices.h"
#include "model/money.h"
#include "model/vocabulary.h"
#include "store/measurewriter.h"

#include <QRegularExpression>
#include <QUuid>

namespace {

QString fieldName(MeasureField field) { return MeasureFields::label(field, Translations::current()); }

QStringList splitList(const QString &cell)
{
    QStringList items;
    for (const QString &part : cell.split(u';')) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            items << item;
    }
    return items;
}

} // namespace

QList<std::optional<MeasureField>> MeasureCsvRow::mapHeader(const QStringList &header, QList<CellProblem> *problems)
{
    QList<std::optional<MeasureField>> columns;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = Csv::removeFormulaGuard(header.at(i)).trimmed();
        const auto field = MeasureFields::fromHeader(name);
        if (!field) {
            QStringList keys;
            for (MeasureField f : MeasureFields::all())
                keys << MeasureFields::key(f);
            problems->append({i + 1, tr("Unknown column “%1”. Columns are named by these keys or their English or "
                                        "Spanish labels: %2.").arg(name, keys.join(QStringLiteral(", ")))});
        } else if (columns.contains(field)) {
            problems->append({i + 1, tr("The column “%1” appears twice. Keep only one.").arg(name)});
        }
        columns << field;
    }
    if (!columns.contains(MeasureField::Title))
        problems->append({1, tr("There is no title column. Every measure needs a title: add a column named "
                                "“title” (or “Title” / “Título”).")});
    return columns;
}

int MeasureCsvRow::columnOf(MeasureField field, const QList<std::optional<MeasureField>> &columns)
{
    const qsizetype at = columns.indexOf(field);
    return at < 0 ? 0 : int(at) + 1;
}

Measure MeasureCsvRow::parse(const QStringList &cells, const QList<std::optional<MeasureField>> &columns,
                             const Vocabulary &vocabulary, QList<CellProblem> *problems)
{
    Measure m;
    m.evaluated = QStringLiteral("unknown");
    m.status = QStringLiteral("draft");
    const QLocale english = localeFor(Language::English); // both decimal conventions are accepted anyway
    for (int i = 0; i < columns.size() && i < cells.size(); ++i) {
        if (!columns.at(i))
            continue;
        const MeasureField field = *columns.at(i);
        const int column = i + 1;
        const QString cell = Csv::removeFormulaGuard(cells.at(i));
        const QString trimmed = cell.trimmed();
        const auto problem = [&](const QString &message) { problems->append({column, message}); };

        if (const auto kind = MeasureFields::vocabulary(field)) {
            QStringList codes;
            for (const QString &item : field == MeasureField::Country ? (trimmed.isEmpty() ? QStringList() : QStringList{trimmed})
                                                                       : splitList(trimmed)) {
                if (const VocabularyTerm *term = vocabulary.match(*kind, item))
                    codes << term->code;
                else if (field == MeasureField::Country)
                    problem(tr("Unknown country “%1”. Use the ISO 3166 three-letter code (for example MEX or PER) or "
                               "the country's name.").arg(item));
                else
                    problem(tr("“%1” is not a value of %2. Use one of its codes or labels, separated by “;”.")
                                .arg(item, fieldName(field)));
            }
            switch (field) {
            case MeasureField::Country: m.country = codes.value(0); break;
            case MeasureField::Scope: m.scopes = codes; break;
            case MeasureField::Nature: m.natures = codes; break;
            case MeasureField::Goals: m.goals = codes; break;
            case MeasureField::MonitoringAreas: m.monitoringAreas = codes; break;
            case MeasureField::Domains: m.domains = codes; break;
            default: break;
            }
            continue;
        }

        switch (field) {
        case MeasureField::Uuid:
            if (!trimmed.isEmpty() && QUuid::fromString(trimmed).isNull())
                problem(tr("“%1” is not a measure identifier (UUID). Leave the cell empty for a new measure.").arg(trimmed));
            else
                m.uuid = QUuid::fromString(trimmed).isNull() ? QString() : QUuid::fromString(trimmed).toString(QUuid::WithoutBraces);
            break;
        case MeasureField::Title: m.title = cell; break;
        case MeasureField::ResponsibleAgencies: m.responsibleAgencies = cell; break;
        case MeasureField::KeyObjectives: m.keyObjectives = cell; break;
        case MeasureField::MainFeatures: m.mainFeatures = cell; break;
        case MeasureField::ExpectedResults: m.expectedResults = cell; break;
        case MeasureField::ResultsAchieved: m.resultsAchieved = cell; break;
        case MeasureField::FundingText: m.fundingText = cell; break;
        case MeasureField::EvaluationConclusions: m.evaluationConclusions = cell; break;
        case MeasureField::Website: m.website = trimmed; break;
        case MeasureField::ReportYear:
            if (!trimmed.isEmpty()) {
                bool ok = false;
                const int year = trimmed.toInt(&ok);
                if (!ok)
                    problem(tr("“%1” is not a year. Write the report year with four digits, for example 2020.").arg(trimmed));
                else
                    m.reportYear = year;
            }
            break;
        case MeasureField::FundingUsd:
            if (!trimmed.isEmpty()) {
                QString error;
                m.fundingUsdCents = Money::parse(trimmed, english, &error);
                if (!error.isEmpty())
                    problem(error);
            }
            break;
        case MeasureField::Evaluated:
            if (!trimmed.isEmpty()) {
                m.evaluated = Evaluation::match(trimmed);
                if (m.evaluated.isEmpty())
                    problem(tr("“%1” is not an answer to “evaluated”. Use yes, no or unknown (or Sí, No, No se sabe).").arg(trimmed));
            }
            break;
        case MeasureField::Status:
            if (!trimmed.isEmpty()) {
                m.status = ReviewStatus::match(trimmed);
                if (m.status.isEmpty())
                    problem(tr("“%1” is not a status. Use draft or ready (Borrador, Lista).").arg(trimmed));
            }
            break;
        case MeasureField::Partners: {
            static const QRegularExpression shape(QStringLiteral("^(.*\\S)\\s*\\[([^\\[\\]]*)\\]$"));
            for (const QString &item : splitList(trimmed)) {
                const QRegularExpressionMatch match = shape.match(item);
                if (!match.hasMatch()) {
                    problem(tr("The partner “%1” has no type of entity. Write it as “Name [type]”, for example "
                               "“Ministry of Culture [public_sector]”.").arg(item));
                    continue;
                }
                const VocabularyTerm *type = vocabulary.match(VocabularyKind::PartnerType, match.captured(2));
                if (!type)
                    problem(tr("“%1” is not a type of entity for the partner “%2”. Use public_sector, private_sector, "
                               "civil_society, international_organization or their labels.").arg(match.captured(2), match.captured(1)));
                else
                    m.partners.append({match.captured(1).simplified(), type->code});
            }
            break;
        }
        case MeasureField::CreatedAt:
        case MeasureField::UpdatedAt:
            if (!trimmed.isEmpty()) {
                const QDateTime when = parseIsoTimestamp(trimmed);
                if (!when.isValid())
                    problem(tr("“%1” is not a date and time. Use ISO 8601, for example 2026-11-22T09:30:00Z.").arg(trimmed));
                else if (field == MeasureField::CreatedAt)
                    m.createdAt = when;
                else
                    m.updatedAt = when;
            }
            break;
        default:
            break;
        }
    }
    return m;
}
