// SPDX-License-Identifier: GPL-3.0-or-later
#include "facetbutton.h"

#include "model/textfold.h"
#include "wrappedrows.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QScreen>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWidgetAction>
#include <algorithm>

namespace {
enum Column { LabelColumn, CountColumn };
constexpr int kMaxWidth = 560; // wider labels wrap
constexpr int kMaxRows = 16;
} // namespace

FacetButton::FacetButton(QWidget *parent) : QToolButton(parent)
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setAutoRaise(false);
    m_menu = new QMenu(this);
    auto *panel = new QWidget(m_menu);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 6, 6, 6);
    m_search = new QLineEdit(panel);
    m_search->setClearButtonEnabled(true);
    m_search->setVisible(false);
    m_list = new QTreeWidget(panel);
    m_list->setObjectName(QStringLiteral("facetList"));
    m_list->setColumnCount(2);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(false);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Column widths are set by fitToContent: rows wrap to the label column's width, and that must
    // be known before the list is first shown (a stretched column is only sized once visible).
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::Fixed);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    auto *action = new QWidgetAction(m_menu);
    action->setDefaultWidget(panel);
    m_menu->addAction(action);
    setMenu(m_menu);
    connect(m_menu, &QMenu::aboutToShow, this, [this] {
        m_search->clear();
        refreshCounts();
        (m_search->isVisible() ? static_cast<QWidget *>(m_search) : m_list)->setFocus();
        if (m_list->topLevelItemCount() > 0) { // always from the top, wherever it was left
            m_list->setCurrentItem(m_list->topLevelItem(0));
            m_list->scrollToTop();
        }
    });
    connect(m_search, &QLineEdit::textChanged, this, &FacetButton::applyFilterText);
    m_list->installEventFilter(this);
    m_search->installEventFilter(this);
    connect(m_list, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item) {
        if (m_updating)
            return;
        const QString code = item->data(LabelColumn, Qt::UserRole).toString();
        m_selected.removeAll(code);
        if (item->checkState(LabelColumn) == Qt::Checked)
            m_selected << code;
        refreshText();
        emit selectionChanged(m_selected);
    });
    retranslate();
}

void FacetButton::setTitle(const QString &title)
{
    m_title = title;
    refreshText();
}

void FacetButton::setSearchable(bool searchable) { m_search->setVisible(searchable); }

void FacetButton::setValues(const QList<QPair<QString, QString>> &values)
{
    m_values = values;
    QStringList kept;
    for (const auto &value : values)
        if (m_selected.contains(value.first))
            kept << value.first;
    m_selected = kept;
    rebuild(nullptr);
    refreshText();
}

void FacetButton::refreshCounts()
{
    if (!m_counter)
        return;
    const QHash<QString, int> counts = m_counter();
    rebuild(&counts);
}

void FacetButton::rebuild(const QHash<QString, int> *counts)
{
    QList<QPair<QString, QString>> ordered = m_values;
    if (counts && m_presentFirst) // the values the view has, then the others
        std::stable_sort(ordered.begin(), ordered.end(),
                         [counts](const auto &a, const auto &b) { return counts->value(a.first) > 0 && counts->value(b.first) == 0; });
    m_updating = true;
    const QString current = m_list->currentItem() ? m_list->currentItem()->data(LabelColumn, Qt::UserRole).toString() : QString();
    m_list->clear();
    const QLocale locale;
    for (const auto &value : std::as_const(ordered)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(LabelColumn, value.second);
        item->setData(LabelColumn, Qt::UserRole, value.first);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(LabelColumn, m_selected.contains(value.first) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(LabelColumn, value.second);
        item->setTextAlignment(CountColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (counts) {
            const int count = counts->value(value.first);
            item->setText(CountColumn, locale.toString(count));
            if (count == 0 && !m_selected.contains(value.first)) // still choosable, but says "none here"
                for (int column : {LabelColumn, CountColumn})
                    item->setForeground(column, m_list->palette().brush(QPalette::Disabled, QPalette::Text));
        }
        if (value.first == current)
            m_list->setCurrentItem(item);
    }
    m_updating = false;
    applyFilterText(m_search->text());
    fitToContent();
}

void FacetButton::fitToContent()
{
    // As wide as the longest label needs, up to kMaxWidth (longer labels wrap), and as tall as
    // its rows, up to kMaxRows or the screen.
    const QFontMetrics metrics = m_list->fontMetrics();
    const int check = style()->pixelMetric(QStyle::PM_IndicatorWidth) + 3 * style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing) + 8;
    int countWidth = 0;
    int labelWidth = 0;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        labelWidth = qMax(labelWidth, metrics.horizontalAdvance(item->text(LabelColumn)) + check);
        countWidth = qMax(countWidth, metrics.horizontalAdvance(item->text(CountColumn)) + 16);
    }
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const int width = qBound(220, labelWidth + countWidth + scrollBar + 2 * m_list->frameWidth() + 4, kMaxWidth);
    m_list->setFixedWidth(width);
    m_search->setFixedWidth(width);
    m_list->header()->resizeSection(CountColumn, countWidth);
    const int labelColumn = width - countWidth - scrollBar - 2 * m_list->frameWidth() - 4;
    m_list->header()->resizeSection(LabelColumn, labelColumn);
    WrappedRows::fit(m_list, LabelColumn, labelColumn);
    int height = 2 * m_list->frameWidth() + 4;
    int shown = 0;
    for (int i = 0; i < m_list->topLevelItemCount() && shown < kMaxRows; ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->isHidden())
            continue;
        height += qMax(m_list->visualItemRect(item).height(), m_list->sizeHintForRow(0));
        ++shown;
    }
    const QScreen *screen = this->screen() ? this->screen() : QApplication::primaryScreen();
    const int available = screen ? screen->availableGeometry().height() * 2 / 3 : 600;
    m_list->setFixedHeight(qMin(qMax(height, m_list->sizeHintForRow(0) + 8), available));
}

void FacetButton::setSelectedCodes(const QStringList &codes)
{
    m_selected.clear();
    m_updating = true;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const bool on = codes.contains(item->data(LabelColumn, Qt::UserRole).toString());
        item->setCheckState(LabelColumn, on ? Qt::Checked : Qt::Unchecked);
        if (on)
            m_selected << item->data(LabelColumn, Qt::UserRole).toString();
    }
    m_updating = false;
    refreshText();
}

void FacetButton::applyFilterText(const QString &text)
{
    const QString wanted = foldForMatching(text);
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        item->setHidden(!wanted.isEmpty() && !foldForMatching(item->text(LabelColumn)).contains(wanted)
                        && !foldForMatching(item->data(LabelColumn, Qt::UserRole).toString()).contains(wanted));
    }
}

void FacetButton::refreshText()
{
    QString label;
    if (m_selected.isEmpty()) {
        label = m_title;
    } else if (m_selected.size() == 1) {
        QString value = m_selected.first();
        for (const auto &v : std::as_const(m_values))
            if (v.first == value)
                value = v.second;
        if (value.size() > 24)
            value = value.left(23) + u'…';
        label = tr("%1: %2").arg(m_title, value);
    } else {
        label = tr("%1 (%2)").arg(m_title).arg(m_selected.size());
    }
    setText(label);
    QFont f = font();
    f.setBold(!m_selected.isEmpty()); // an active facet stands out
    setFont(f);
}

void FacetButton::retranslate()
{
    m_search->setPlaceholderText(tr("Type to narrow the list"));
    refreshText();
}

void FacetButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolButton::changeEvent(event);
}

bool FacetButton::eventFilter(QObject *watched, QEvent *event)
{
    // Keyboard users narrow a long list by typing: letters typed in the list go to the narrowing
    // box (the menu keeps the focus on the list when it opens), Down goes back to the list.
    if (event->type() != QEvent::KeyPress || !m_search->isVisible())
        return QToolButton::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (watched == m_list && plain && !key->text().isEmpty() && key->text().at(0).isPrint() && key->key() != Qt::Key_Space) {
        m_search->setFocus(Qt::OtherFocusReason);
        m_search->insert(key->text());
        return true;
    }
    if (watched == m_list && key->key() == Qt::Key_Backspace && !m_search->text().isEmpty()) {
        m_search->setFocus(Qt::OtherFocusReason);
        m_search->backspace();
        return true;
    }
    if (watched == m_search && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
        m_list->setFocus(Qt::OtherFocusReason);
        if (!m_list->currentItem() || m_list->currentItem()->isHidden())
            for (int i = 0; i < m_list->topLevelItemCount(); ++i)
                if (!m_list->topLevelItem(i)->isHidden()) {
                    m_list->setCurrentItem(m_list->topLevelItem(i));
                    break;
                }
        return true;
    }
    return QToolButton::eventFilter(watched, event);
}
