// SPDX-License-Identifier: GPL-3.0-or-later
#include "importplanmodel.h"

#include "session/uilanguage.h"

#include <QColor>
#include <QLocale>
#include <algorithm>

using Kind = CsvImporter::RowChange::Kind;

ImportPlanModel::ImportPlanModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportPlanModel::setPlan(const CsvImporter::Plan &plan)
{
    beginResetModel();
    m_plan = plan;
    rebuild();
    endResetModel();
}

void ImportPlanModel::setShow(Show show)
{
    if (show == m_show)
        return;
    beginResetModel();
    m_show = show;
    rebuild();
    endResetModel();
}

bool ImportPlanModel::shows(Show show, const CsvImporter::RowChange &change)
{
    switch (show) {
    case Show::All: return true;
    case Show::ToAdd: return change.kind == Kind::Add;
    case Show::Deleted: return change.kind == Kind::Add && change.wasDeleted();
    case Show::ToUpdate: return change.kind == Kind::Update;
    case Show::OtherCountry: return !change.formerCountry.isEmpty();
    case Show::LookAlike: return change.kind == Kind::Add && !change.similarTo.isEmpty();
    case Show::Unchanged: return change.kind == Kind::Unchanged;
    case Show::KeptNewer: return change.kind == Kind::KeptNewer;
    }
    return false;
}

int ImportPlanModel::countOf(Show show) const
{
    int count = 0;
    for (const CsvImporter::RowChange &change : m_plan.changes)
        count += shows(show, change) ? 1 : 0;
    return count;
}

void ImportPlanModel::rebuild()
{
    m_rows.clear();
    for (int i = 0; i < m_plan.changes.size(); ++i)
        if (shows(m_show, m_plan.changes.at(i)))
            m_rows << i;
    // In the order of the file, whatever order the plan lists them in.
    std::sort(m_rows.begin(), m_rows.end(), [this](int a, int b) { return m_plan.changes.at(a).line < m_plan.changes.at(b).line; });
}

int ImportPlanModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int ImportPlanModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString ImportPlanModel::actionText(const CsvImporter::RowChange &change) const
{
    switch (change.kind) {
    case Kind::Add: return change.wasDeleted() ? tr("Bring back") : change.similarTo.isEmpty() ? tr("Add") : tr("Add (look alike)");
    case Kind::Update: return tr("Update");
    case Kind::Unchanged: return tr("Already up to date");
    case Kind::KeptNewer: return tr("Left as it is");
    }
    return {};
}

QString ImportPlanModel::details(const CsvImporter::RowChange &change) const
{
    const Language language = UiLanguage::instance().current();
    switch (change.kind) {
    case Kind::Add:
        if (change.wasDeleted())
            return CsvImporter::deletedNote(change, language);
        return change.similarTo.isEmpty()
                 ? QString()
                 : tr("Looks like “%1”, already in the catalogue (the same title and country): check it is not the same measure.")
                       .arg(change.similarTo);
    case Kind::Update: {
        QStringList fields;
        for (int i = 0; i < change.changed.size(); ++i) {
            const QString name = MeasureFields::label(change.changed[i], language);
            if (i >= change.values.size()) {
                fields << name;
                continue;
            }
            const auto &[before, after] = change.values[i];
            const QString none = tr("(empty)");
            fields << tr("%1: %2 → %3", "a field, its value before and after").arg(name, before.isEmpty() ? none : before,
                                                                                   after.isEmpty() ? none : after);
        }
        const QString changes = tr("Changes: %1").arg(fields.join(QStringLiteral("; ")));
        return change.formerCountry.isEmpty()
                 ? changes
                 : tr("A measure of %1 has this measure ID: check the file is a newer export of the same view. %2").arg(change.formerCountry, changes);
    }
    case Kind::Unchanged: return {};
    case Kind::KeptNewer: return tr("The catalogue's copy was changed after the file's: it is kept.");
    }
    return {};
}

QVariant ImportPlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CsvImporter::RowChange &change = changeAt(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Line: return role == Qt::DisplayRole ? QVariant(localeFor(UiLanguage::instance().current()).toString(change.line))
                                                  : QVariant();
        case Action: return actionText(change);
        case Title: return change.title;
        case Details: return details(change);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Line)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && change.kind == Kind::Add && (!change.similarTo.isEmpty() || change.wasDeleted()))
        return QColor(0x9a, 0x5b, 0x00); // a second look, not an error
    if (role == Qt::ForegroundRole && (change.kind == Kind::Unchanged || change.kind == Kind::KeptNewer))
        return QColor(0x6b, 0x6b, 0x6b);
    return {};
}

QVariant ImportPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line: return tr("Line");
    case Action: return tr("What happens");
    case Title: return tr("Title");
    case Details: return tr("Details");
    }
    return {};
}

void ImportPlanModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}
