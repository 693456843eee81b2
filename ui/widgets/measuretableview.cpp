// SPDX-License-Identifier: GPL-3.0-or-later
#include "measuretableview.h"
#include "accesskeys.h"

#include "models/measuretablemodel.h"
#include "session/uilanguage.h"

#include <QEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardItemModel>
#include <QKeyEvent>
#include <QLabel>
#include <QActionGroup>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QStyle>
#include <QVBoxLayout>
#include <utility>

namespace {

// A width that shows a typical value; headers may ask for more (fitColumns).
int defaultWidth(MeasureField field, const QFontMetrics &metrics)
{
    const int em = metrics.horizontalAdvance(u'M');
    switch (field) {
    case MeasureField::Title: return 30 * em;
    case MeasureField::ResponsibleAgencies: return 12 * em;
    case MeasureField::Country: return 7 * em;
    case MeasureField::ReportYear: return 4 * em;
    case MeasureField::Goals: return 5 * em;
    case MeasureField::FundingUsd: return metrics.horizontalAdvance(QStringLiteral("0.000.000,00")) + 12;
    case MeasureField::Evaluated:
    case MeasureField::Status: return 6 * em;
    case MeasureField::UpdatedAt:
    case MeasureField::CreatedAt: return metrics.horizontalAdvance(QStringLiteral("00/00/0000")) + 16;
    case MeasureField::Domains:
    case MeasureField::MonitoringAreas:
    case MeasureField::Partners: return 12 * em;
    default: return 12 * em;
    }
}

} // namespace

MeasureTableView::MeasureTableView(QWidget *parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("measureTable"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false); // rows are picked whole: Tab goes on to the reading pane and the statistics
    setSortingEnabled(true);
    setWordWrap(false);
    setAlternatingRowColors(true);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    connect(horizontalHeader(), &QHeaderView::sectionMoved, this, &MeasureTableView::columnsChanged); // dragged
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (!m_fitting)
            m_userSized = true;
    });
    m_columnsMenu = new QMenu(this);
    // Sorting from the keyboard (a header click needs a mouse): the visible columns, then the order.
    m_sortMenu = new QMenu(this);
    m_sortMenu->setObjectName(QStringLiteral("sortMenu"));
    connect(m_sortMenu, &QMenu::aboutToShow, this, &MeasureTableView::rebuildSortMenu);
    connect(horizontalHeader(), &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { m_columnsMenu->popup(horizontalHeader()->mapToGlobal(pos)); });

    m_empty = new QWidget(viewport());
    m_empty->setObjectName(QStringLiteral("emptyState"));
    auto *layout = new QVBoxLayout(m_empty);
    m_emptyText = new QLabel(m_empty);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    QFont big = m_emptyText->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_emptyText->setFont(big);
    m_emptyButton = new QPushButton(m_empty);
    m_emptyButton->setObjectName(QStringLiteral("emptyStateButton"));
    layout->addStretch(1);
    layout->addWidget(m_emptyText);
    layout->addWidget(m_emptyButton, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    connect(m_emptyButton, &QPushButton::clicked, this, [this] {
        if (m_model && m_model->totalCount() == 0)
            emit newMeasureRequested();
        else
            emit clearFiltersRequested();
    });
    m_empty->hide();
    retranslate();
}

void MeasureTableView::setMeasureModel(MeasureTableModel *model)
{
    m_model = model;
    horizontalHeader()->setSortIndicator(MeasureTableModel::columnOf(MeasureField::Title), Qt::AscendingOrder);
    setModel(model);
    connect(model, &MeasureTableModel::countsChanged, this, &MeasureTableView::updateEmptyState);
    connect(model, &QAbstractItemModel::modelReset, this, &MeasureTableView::updateEmptyState);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &MeasureTableView::keepSelection);
    connect(model, &QAbstractItemModel::modelReset, this, &MeasureTableView::restoreSelection);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &MeasureTableView::fitHeaders);
    resetColumns();
    rebuildColumnsMenu();
    updateEmptyState();
}

QList<MeasureField> MeasureTableView::visibleFields() const
{
    QList<MeasureField> fields;
    const QHeaderView *header = horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            fields << MeasureTableModel::fieldAt(logical);
    }
    return fields;
}

void MeasureTableView::setFieldVisible(MeasureField field, bool visible)
{
    horizontalHeader()->setSectionHidden(MeasureTableModel::columnOf(field), !visible);
    rebuildColumnsMenu();
    emit columnsChanged();
}

bool MeasureTableView::isFieldVisible(MeasureField field) const
{
    return !horizontalHeader()->isSectionHidden(MeasureTableModel::columnOf(field));
}

void MeasureTableView::resetColumns()
{
    QHeaderView *header = horizontalHeader();
    const QList<MeasureField> defaults = MeasureFields::defaultColumns();
    for (MeasureField field : MeasureFields::tableFields()) {
        const int column = MeasureTableModel::columnOf(field);
        header->setSectionHidden(column, !defaults.contains(field));
        header->resizeSection(column, defaultWidth(field, fontMetrics()));
    }
    for (int target = 0; target < defaults.size(); ++target)
        header->moveSection(header->visualIndex(MeasureTableModel::columnOf(defaults[target])), target);
    m_userSized = false;
    fitColumns();
    rebuildColumnsMenu();
    emit columnsChanged();
}

void MeasureTableView::showFields(const QList<MeasureField> &fields)
{
    if (fields.isEmpty()) {
        resetColumns();
        return;
    }
    QHeaderView *header = horizontalHeader();
    for (MeasureField field : MeasureFields::tableFields())
        header->setSectionHidden(MeasureTableModel::columnOf(field), !fields.contains(field));
    for (int target = 0; target < fields.size(); ++target)
        header->moveSection(header->visualIndex(MeasureTableModel::columnOf(fields[target])), target);
    if (!m_userSized)
        fitColumns();
    rebuildColumnsMenu();
    emit columnsChanged();
}

int MeasureTableView::headerWidth(int section) const
{
    const QHeaderView *header = horizontalHeader();
    const int margins = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header)
                      + style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) + 12;
    return header->fontMetrics().horizontalAdvance(m_model ? m_model->headerData(section, Qt::Horizontal).toString() : QString()) + margins;
}

void MeasureTableView::fitColumns()
{
    QHeaderView *header = horizontalHeader();
    const int available = viewport()->width() - 2;
    if (!m_model || available < 200 || m_fitting)
        return;
    m_fitting = true;
    const QFontMetrics metrics = fontMetrics();
    const int title = MeasureTableModel::columnOf(MeasureField::Title);
    QList<int> others;
    int used = 0;
    for (MeasureField field : visibleFields()) {
        const int section = MeasureTableModel::columnOf(field);
        if (section == title)
            continue;
        const int width = qMax(defaultWidth(field, metrics), headerWidth(section));
        header->resizeSection(section, width);
        others << section;
        used += width;
    }
    // Wide text columns give way first, never below their header, so that the title keeps a
    // readable width.
    const int minimumTitle = metrics.horizontalAdvance(u'M') * 26;
    for (MeasureField field : {MeasureField::ResponsibleAgencies, MeasureField::Domains, MeasureField::MonitoringAreas,
                               MeasureField::Partners, MeasureField::Country, MeasureField::Evaluated, MeasureField::Status}) {
        const int section = MeasureTableModel::columnOf(field);
        if (used + minimumTitle <= available || !others.contains(section))
            continue;
        const int floor = headerWidth(section);
        const int give = qMin(header->sectionSize(section) - floor, used + minimumTitle - available);
        if (give > 0) {
            header->resizeSection(section, header->sectionSize(section) - give);
            used -= give;
        }
    }
    // Still too wide (a laptop, Spanish headers, the reading pane open): the title gives way too,
    // down to 16 letters, before a horizontal scroll bar cuts off the last column.
    const int smallestTitle = metrics.horizontalAdvance(u'M') * 16;
    if (!header->isSectionHidden(title))
        header->resizeSection(title, qMax(qMax(smallestTitle, headerWidth(title)), available - used));
    m_fitting = false;
}

void MeasureTableView::fitHeaders()
{
    // A column is never narrower than its header in the current language (Spanish labels are
    // longer); wider columns the analyst chose are left alone.
    if (!m_model)
        return;
    if (!m_userSized) {
        fitColumns();
        return;
    }
    QHeaderView *header = horizontalHeader();
    const bool fitting = std::exchange(m_fitting, true);
    for (int section = 0; section < header->count(); ++section)
        if (header->sectionSize(section) < headerWidth(section))
            header->resizeSection(section, headerWidth(section));
    m_fitting = fitting;
}

QByteArray MeasureTableView::saveLayout() const
{
    const QHeaderView *header = horizontalHeader();
    QJsonArray columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        columns.append(QJsonObject{{QStringLiteral("key"), MeasureFields::key(MeasureTableModel::fieldAt(logical))},
                                   {QStringLiteral("width"), header->sectionSize(logical)},
                                   {QStringLiteral("visible"), !header->isSectionHidden(logical)}});
    }
    const int sorted = header->sortIndicatorSection() >= 0 && header->sortIndicatorSection() < header->count()
                           ? header->sortIndicatorSection()
                           : MeasureTableModel::columnOf(MeasureField::Title);
    const QJsonObject sort{{QStringLiteral("key"), MeasureFields::key(MeasureTableModel::fieldAt(sorted))},
                           {QStringLiteral("descending"), header->sortIndicatorOrder() == Qt::DescendingOrder}};
    // "fitted": the widths were fitted to the window, not chosen; the next session fits them again.
    return QJsonDocument(QJsonObject{{QStringLiteral("layout"), 2}, {QStringLiteral("columns"), columns}, {QStringLiteral("sort"), sort},
                                     {QStringLiteral("fitted"), !m_userSized}})
        .toJson(QJsonDocument::Compact);
}

bool MeasureTableView::restoreLayout(const QByteArray &state)
{
    const QJsonObject saved = QJsonDocument::fromJson(state).object();
    if (saved.value(QStringLiteral("layout")).toInt() != 2)
        return restoreLegacyLayout(state);
    resetColumns(); // fields the saved layout does not know keep their defaults, after the known ones
    QHeaderView *header = horizontalHeader();
    int visual = 0;
    bool anyVisible = false;
    m_fitting = true; // what the sections do meanwhile (and the view's resizing) is the layout's
    for (const QJsonValue &value : saved.value(QStringLiteral("columns")).toArray()) {
        const QJsonObject column = value.toObject();
        const auto field = MeasureFields::fromKey(column.value(QStringLiteral("key")).toString());
        if (!field)
            continue; // a field this version does not have
        const int logical = MeasureTableModel::columnOf(*field);
        header->moveSection(header->visualIndex(logical), visual++);
        if (const int width = column.value(QStringLiteral("width")).toInt(); width > 0)
            header->resizeSection(logical, width);
        const bool visible = column.value(QStringLiteral("visible")).toBool();
        header->setSectionHidden(logical, !visible);
        anyVisible = anyVisible || visible;
    }
    m_fitting = false;
    if (!anyVisible) {
        resetColumns();
        return false;
    }
    m_userSized = !saved.value(QStringLiteral("fitted")).toBool(); // the analyst's widths, from the last time
    const QJsonObject sort = saved.value(QStringLiteral("sort")).toObject();
    if (const auto field = MeasureFields::fromKey(sort.value(QStringLiteral("key")).toString()))
        header->setSortIndicator(MeasureTableModel::columnOf(*field),
                                 sort.value(QStringLiteral("descending")).toBool() ? Qt::DescendingOrder : Qt::AscendingOrder);
    fitHeaders(); // refits the widths when they were fitted, not chosen
    rebuildColumnsMenu();
    return true;
}

bool MeasureTableView::restoreLegacyLayout(const QByteArray &state)
{
    // Version 0.1 saved Qt's header state: sections by position, in the field order of the time.
    static const char *const kVersion01Keys[] = {
        "uuid", "title", "country", "report_year", "responsible_agencies", "key_objectives", "main_features", "scope",
        "nature", "expected_results", "results_achieved", "funding_text", "funding_usd", "evaluated",
        "evaluation_conclusions", "goals", "monitoring_areas", "domains", "partners", "website", "status", "created_at",
        "updated_at"};
    constexpr int kCount = int(std::size(kVersion01Keys));
    if (state.isEmpty())
        return false;
    QStandardItemModel shape(0, kCount);
    QHeaderView old(Qt::Horizontal);
    old.setModel(&shape);
    if (!old.restoreState(state) || old.count() != kCount) {
        resetColumns();
        return false;
    }
    QJsonArray columns;
    for (int visual = 0; visual < kCount; ++visual) {
        const int logical = old.logicalIndex(visual);
        columns.append(QJsonObject{{QStringLiteral("key"), QString::fromLatin1(kVersion01Keys[logical])},
                                   {QStringLiteral("width"), old.sectionSize(logical)},
                                   {QStringLiteral("visible"), !old.isSectionHidden(logical)}});
    }
    const QJsonObject sort{{QStringLiteral("key"), QString::fromLatin1(kVersion01Keys[qBound(0, old.sortIndicatorSection(), kCount - 1)])},
                           {QStringLiteral("descending"), old.sortIndicatorOrder() == Qt::DescendingOrder}};
    return restoreLayout(QJsonDocument(QJsonObject{{QStringLiteral("layout"), 2}, {QStringLiteral("columns"), columns},
                                                   {QStringLiteral("sort"), sort}})
                             .toJson(QJsonDocument::Compact));
}

QList<qint64> MeasureTableView::selectedIds() const
{
    QList<qint64> ids;
    if (!m_model || !selectionModel())
        return ids;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        ids << m_model->idAt(index.row());
    return ids;
}

void MeasureTableView::selectId(qint64 id)
{
    if (!m_model)
        return;
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, horizontalHeader()->logicalIndex(0));
    setCurrentIndex(index);
    selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
}

void MeasureTableView::keepSelection()
{
    m_kept.catalogueSerial = m_model->catalogueSerial();
    m_kept.ids = selectedIds();
    m_kept.current = currentIndex().isValid() ? m_model->idAt(currentIndex().row()) : 0;
}

void MeasureTableView::restoreSelection()
{
    const KeptSelection kept = std::exchange(m_kept, KeptSelection());
    if (kept.ids.isEmpty() || kept.catalogueSerial != m_model->catalogueSerial())
        return;
    // One pass over the shown rows, whatever the size of the selection; contiguous rows make one range.
    const QSet<qint64> wanted(kept.ids.cbegin(), kept.ids.cend());
    QItemSelection selection;
    const int lastColumn = m_model->columnCount() - 1;
    int start = -1;
    int currentRow = -1;
    for (int row = 0; row <= m_model->rowCount(); ++row) {
        const bool in = row < m_model->rowCount() && wanted.contains(m_model->idAt(row));
        if (in && m_model->idAt(row) == kept.current)
            currentRow = row;
        if (in && start < 0)
            start = row;
        if (!in && start >= 0) {
            selection.select(m_model->index(start, 0), m_model->index(row - 1, lastColumn));
            start = -1;
        }
    }
    if (selection.isEmpty())
        return;
    if (currentRow >= 0) {
        const QModelIndex current = m_model->index(currentRow, horizontalHeader()->logicalIndex(0));
        selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
        scrollTo(current);
    }
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void MeasureTableView::rebuildColumnsMenu()
{
    m_columnsMenu->clear();
    const Language language = UiLanguage::instance().current();
    const QString reset = tr("&Reset Columns");
    QStringList labels;
    for (MeasureField field : MeasureFields::tableFields())
        labels << MeasureFields::label(field, language);
    const QStringList texts = AccessKeys::assign(labels, QString(AccessKeys::keyOf(reset)));
    int i = 0;
    for (MeasureField field : MeasureFields::tableFields()) {
        QAction *action = m_columnsMenu->addAction(texts.at(i++));
        action->setCheckable(true);
        action->setChecked(isFieldVisible(field));
        connect(action, &QAction::toggled, this, [this, field](bool on) {
            if (!on && visibleFields().size() == 1)
                return rebuildColumnsMenu(); // keep at least one column
            horizontalHeader()->setSectionHidden(MeasureTableModel::columnOf(field), !on);
            emit columnsChanged();
        });
    }
    m_columnsMenu->addSeparator();
    connect(m_columnsMenu->addAction(reset), &QAction::triggered, this, &MeasureTableView::resetColumns);
}

void MeasureTableView::rebuildSortMenu()
{
    m_sortMenu->clear();
    qDeleteAll(m_sortMenu->findChildren<QActionGroup *>(QString(), Qt::FindDirectChildrenOnly)); // clear() keeps them
    const Language language = UiLanguage::instance().current();
    const QHeaderView *header = horizontalHeader();
    auto *columns = new QActionGroup(m_sortMenu);
    const QString ascending = tr("&Ascending"), descending = tr("&Descending");
    QStringList labels;
    for (MeasureField field : visibleFields())
        labels << MeasureFields::label(field, language);
    const QStringList texts = AccessKeys::assign(labels, QString(AccessKeys::keyOf(ascending)) + AccessKeys::keyOf(descending));
    int i = 0;
    for (MeasureField field : visibleFields()) {
        const int column = MeasureTableModel::columnOf(field);
        QAction *action = m_sortMenu->addAction(texts.at(i++));
        action->setCheckable(true);
        action->setChecked(header->sortIndicatorSection() == column);
        columns->addAction(action);
        connect(action, &QAction::triggered, this, [this, column] { sortByColumn(column, horizontalHeader()->sortIndicatorOrder()); });
    }
    m_sortMenu->addSeparator();
    auto *orders = new QActionGroup(m_sortMenu);
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        QAction *action = m_sortMenu->addAction(order == Qt::AscendingOrder ? ascending : descending);
        action->setCheckable(true);
        action->setChecked(header->sortIndicatorOrder() == order);
        orders->addAction(action);
        connect(action, &QAction::triggered, this, [this, order] {
            const int section = horizontalHeader()->sortIndicatorSection();
            sortByColumn(section >= 0 ? section : MeasureTableModel::columnOf(MeasureField::Title), order);
        });
    }
}

void MeasureTableView::updateEmptyState()
{
    const bool empty = m_model && m_model->rowCount() == 0;
    if (empty) {
        const bool catalogueEmpty = m_model->totalCount() == 0;
        m_emptyText->setText(catalogueEmpty ? tr("This catalogue has no measures yet.\nAdd the first one, import a CSV file with "
                                                 "File ▸ Import ▸ From a CSV File, or bring in the last report's measures with "
                                                 "File ▸ Import ▸ From the Policy Monitoring Platform.")
                                            : tr("No measure matches these filters."));
        m_emptyButton->setText(catalogueEmpty ? tr("New Measure") : tr("Clear Filters"));
    }
    m_empty->setVisible(empty);
    m_empty->setGeometry(viewport()->rect());
}

void MeasureTableView::retranslate()
{
    setAccessibleName(tr("Measures"));
    setAccessibleDescription(tr("The measures the search and filters find. Enter or F2 opens one; Delete deletes the selected ones."));
    rebuildColumnsMenu();
    updateEmptyState();
}

void MeasureTableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTableView::changeEvent(event);
}

void MeasureTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    m_empty->setGeometry(viewport()->rect());
    if (!m_userSized && !m_fitting)
        fitColumns();
}

void MeasureTableView::showEvent(QShowEvent *event)
{
    QTableView::showEvent(event);
    if (!m_userSized && !m_fitting)
        fitColumns();
}

// Ctrl+Home and Ctrl+End go to the first and the last measure as Home and End would with a
// spreadsheet's rows: selected, the reading pane following (Qt only moves the focus with Ctrl).
QItemSelectionModel::SelectionFlags MeasureTableView::selectionCommand(const QModelIndex &index, const QEvent *event) const
{
    if (event && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<const QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Home || key->key() == Qt::Key_End) && key->modifiers() == Qt::ControlModifier)
            return QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows;
    }
    return QTableView::selectionCommand(index, event);
}

// Ctrl+Home and Ctrl+End go up and down, not sideways: QTableView also goes to the first or the
// last column, scrolling the title out of view.
QModelIndex MeasureTableView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex moved = QTableView::moveCursor(action, modifiers);
    const QModelIndex current = currentIndex();
    if ((action == MoveHome || action == MoveEnd) && modifiers.testFlag(Qt::ControlModifier) && moved.isValid()
        && current.isValid())
        return moved.sibling(moved.row(), current.column());
    return moved;
}

// QTableView tells a screen reader that a cell took the focus, and that rows were selected, even
// while the focus is in the search box: each key typed there reselected the kept measure, and Orca
// read a table row mid-word. Only the table with the focus says so (QAbstractItemView's rule).
void MeasureTableView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (hasFocus())
        QTableView::currentChanged(current, previous);
    else
        QAbstractItemView::currentChanged(current, previous); // NOLINT(bugprone-parent-virtual-call)
}

void MeasureTableView::selectionChanged(const QItemSelection &selected, const QItemSelection &deselected)
{
    if (hasFocus())
        QTableView::selectionChanged(selected, deselected);
    else
        QAbstractItemView::selectionChanged(selected, deselected); // NOLINT(bugprone-parent-virtual-call)
}
