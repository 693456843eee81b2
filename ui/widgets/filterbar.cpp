// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterbar.h"

#include "facetbutton.h"
#include "model/choices.h"
#include "model/vocabulary.h"
#include "yearrangebutton.h"

#include <QCollator>
#include <QEvent>
#include "flowlayout.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace {

using Values = QList<QPair<QString, QString>>;

Values termValues(const Vocabulary &vocabulary, VocabularyKind kind, Language language, bool sortByLabel = false)
{
    Values values;
    for (const VocabularyTerm &term : vocabulary.terms(kind)) {
        QString label = term.shownLabel(language);
        if (kind == VocabularyKind::ConventionGoal)
            label = QStringLiteral("%1. %2").arg(term.code, label);
        else if (kind == VocabularyKind::MonitoringArea)
            label = QStringLiteral("%1 · %2").arg(term.parentCode, label);
        values.append({term.code, label});
    }
    if (sortByLabel) {
        QCollator collator(localeFor(language));
        std::sort(values.begin(), values.end(), [&](const auto &a, const auto &b) { return collator.compare(a.second, b.second) < 0; });
    }
    return values;
}

Values choiceValues(const QStringList &codes, QString (*label)(const QString &, Language), Language language)
{
    Values values;
    for (const QString &code : codes)
        values.append({code, label(code, language)});
    return values;
}

} // namespace

FilterBar::FilterBar(QWidget *parent) : QWidget(parent)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setClearButtonEnabled(true);
    // Every keystroke searches at once: the table answers a new search within milliseconds, or,
    // on a large catalogue, on a worker thread that drops the search typed before.
    connect(m_search, &QLineEdit::textChanged, this, &FilterBar::emitFilter);
    connect(m_search, &QLineEdit::returnPressed, this, &FilterBar::resultsRequested);
    m_search->installEventFilter(this);

    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    connect(m_clear, &QPushButton::clicked, this, &FilterBar::clear);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(QStringLiteral("000.000 de 000.000 medidas")));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_clear);
    top->addWidget(m_count);

    // Wraps instead of widening the window when chosen values make the buttons longer.
    auto *facets = new FlowLayout(nullptr, 6);
    m_filterLabel = new QLabel(this);
    facets->addWidget(m_filterLabel);
    for (Facet facet : {Facet::Goal, Facet::Area, Facet::Domain, Facet::Scope, Facet::Nature, Facet::Country,
                        Facet::PartnerType, Facet::Evaluated, Facet::Status}) {
        auto *button = new FacetButton(this);
        button->setObjectName(QStringLiteral("facet%1").arg(int(facet)));
        m_facets.insert(int(facet), button);
        facets->addWidget(button);
        connect(button, &FacetButton::selectionChanged, this, &FilterBar::emitFilter);
        if (facet == Facet::Country) {
            m_years = new YearRangeButton(this);
            m_years->setObjectName(QStringLiteral("years"));
            facets->addWidget(m_years);
            connect(m_years, &YearRangeButton::rangeChanged, this, &FilterBar::emitFilter);
        }
    }
    // The measures the report form would still find lacking (Readiness), as one more choice.
    m_attention = new QToolButton(this);
    m_attention->setObjectName(QStringLiteral("needsAttention"));
    m_attention->setCheckable(true);
    facets->addWidget(m_attention);
    connect(m_attention, &QToolButton::toggled, this, &FilterBar::emitFilter);
    m_facets.value(int(Facet::Country))->setSearchable(true);
    m_facets.value(int(Facet::Country))->setPresentFirst(true);
    for (auto it = m_facets.cbegin(); it != m_facets.cend(); ++it) {
        const MeasureField field = fieldOf(Facet(it.key()));
        it.value()->setCounter([this, field] {
            if (!m_countsOf)
                return QHash<QString, int>();
            MeasureFilter others = filter(); // what the facet's values would add to: the other choices
            if (QStringList *own = others.codesOf(field))
                own->clear();
            return m_countsOf(others, field);
        });
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 4);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addLayout(facets);
    retranslate();
}

void FilterBar::setVocabulary(const Vocabulary &vocabulary, Language language)
{
    facet(Facet::Goal)->setValues(termValues(vocabulary, VocabularyKind::ConventionGoal, language));
    facet(Facet::Area)->setValues(termValues(vocabulary, VocabularyKind::MonitoringArea, language));
    facet(Facet::Domain)->setValues(termValues(vocabulary, VocabularyKind::CulturalDomain, language));
    facet(Facet::Scope)->setValues(termValues(vocabulary, VocabularyKind::Scope, language));
    facet(Facet::Nature)->setValues(termValues(vocabulary, VocabularyKind::Nature, language));
    facet(Facet::Country)->setValues(termValues(vocabulary, VocabularyKind::Country, language, true));
    facet(Facet::PartnerType)->setValues(termValues(vocabulary, VocabularyKind::PartnerType, language));
    facet(Facet::Evaluated)->setValues(choiceValues(Evaluation::codes(), Evaluation::label, language));
    facet(Facet::Status)->setValues(choiceValues(ReviewStatus::codes(), ReviewStatus::label, language));
    // Values that vanished (a custom domain removed) may have changed the filter.
    if (filter() != m_lastEmitted)
        emitFilter();
}

MeasureField FilterBar::fieldOf(Facet facet)
{
    switch (facet) {
    case Facet::Goal: return MeasureField::Goals;
    case Facet::Area: return MeasureField::MonitoringAreas;
    case Facet::Domain: return MeasureField::Domains;
    case Facet::Scope: return MeasureField::Scope;
    case Facet::Nature: return MeasureField::Nature;
    case Facet::Country: return MeasureField::Country;
    case Facet::PartnerType: return MeasureField::Partners;
    case Facet::Evaluated: return MeasureField::Evaluated;
    case Facet::Status: return MeasureField::Status;
    }
    return MeasureField::Goals;
}

MeasureFilter FilterBar::filter() const
{
    MeasureFilter f;
    f.search = m_search->text().trimmed();
    f.goals = facet(Facet::Goal)->selectedCodes();
    f.areas = facet(Facet::Area)->selectedCodes();
    f.domains = facet(Facet::Domain)->selectedCodes();
    f.scopes = facet(Facet::Scope)->selectedCodes();
    f.natures = facet(Facet::Nature)->selectedCodes();
    f.countries = facet(Facet::Country)->selectedCodes();
    f.partnerTypes = facet(Facet::PartnerType)->selectedCodes();
    f.evaluated = facet(Facet::Evaluated)->selectedCodes();
    f.statuses = facet(Facet::Status)->selectedCodes();
    f.yearFrom = m_years->from();
    f.yearTo = m_years->to();
    f.needsAttention = m_attention->isChecked();
    return f;
}

void FilterBar::clear()
{
    m_search->blockSignals(true);
    m_search->clear();
    m_search->blockSignals(false);
    for (FacetButton *button : std::as_const(m_facets))
        button->setSelectedCodes({});
    m_years->setRange(std::nullopt, std::nullopt);
    m_attention->blockSignals(true);
    m_attention->setChecked(false);
    m_attention->blockSignals(false);
    emitFilter();
}

void FilterBar::setFilter(const MeasureFilter &f)
{
    m_search->blockSignals(true);
    m_search->setText(f.search);
    m_search->blockSignals(false);
    for (auto it = m_facets.cbegin(); it != m_facets.cend(); ++it)
        it.value()->setSelectedCodes(f.codes(fieldOf(Facet(it.key()))));
    m_years->setRange(f.yearFrom, f.yearTo);
    m_attention->blockSignals(true);
    m_attention->setChecked(f.needsAttention);
    m_attention->blockSignals(false);
    emitFilter();
}

void FilterBar::emitFilter()
{
    const MeasureFilter f = filter();
    m_clear->setEnabled(!f.isEmpty());
    if (f == m_lastEmitted)
        return;
    m_lastEmitted = f;
    emit filterChanged(f);
}

void FilterBar::setCounts(int shown, int total)
{
    m_shown = shown;
    m_total = total;
    m_count->setText(shown == total ? tr("%Ln measure(s)", nullptr, total)
                                    : tr("%1 of %Ln measure(s)", nullptr, total).arg(QLocale().toString(shown)));
}

void FilterBar::retranslate()
{
    m_search->setPlaceholderText(tr("Search titles, agencies, objectives, results… (accents optional)"));
    m_search->setAccessibleName(tr("Search measures"));
    m_search->setToolTip(tr("Every word must appear (as the start of a word). Ctrl+F comes back here."));
    m_clear->setText(tr("Clear Filters"));
    m_filterLabel->setText(tr("Filter:"));
    facet(Facet::Goal)->setTitle(tr("Goal"));
    facet(Facet::Area)->setTitle(tr("Monitoring area"));
    facet(Facet::Domain)->setTitle(tr("Domain"));
    facet(Facet::Scope)->setTitle(tr("Scope"));
    facet(Facet::Nature)->setTitle(tr("Nature"));
    facet(Facet::Country)->setTitle(tr("Country"));
    facet(Facet::PartnerType)->setTitle(tr("Partner type"));
    facet(Facet::Evaluated)->setTitle(tr("Evaluated"));
    facet(Facet::Status)->setTitle(tr("Status"));
    m_attention->setText(tr("Needs attention"));
    m_attention->setToolTip(tr("Only the measures that still lack something the periodic report asks for: a goal, a "
                               "domain, main features, results, whether it was evaluated, or funding"));
    setCounts(m_shown, m_total);
    m_clear->setEnabled(!filter().isEmpty());
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::ShortcutOverride) {
        const QKeySequence pressed(static_cast<QKeyEvent *>(event)->keyCombination());
        if (m_windowShortcuts.contains(pressed))
            return true; // not accepted: the shortcut goes to the window
    }
    if (watched == m_search && event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        emit resultsRequested();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FilterBar::narrowTo(MeasureField field, const QString &code)
{
    if (code.isEmpty())
        return; // "not given" is no value to filter by
    if (field == MeasureField::ReportYear) {
        bool ok = false;
        const int year = code.toInt(&ok);
        if (ok) {
            m_years->setRange(year, year);
            emitFilter();
        }
        return;
    }
    for (auto it = m_facets.cbegin(); it != m_facets.cend(); ++it) {
        if (fieldOf(Facet(it.key())) == field) {
            it.value()->setSelectedCodes({code});
            emitFilter();
            return;
        }
    }
}
