#include "facetbutton.h"

#include "model/textfold.h"

#include <QEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QVBoxLayout>
#include <QWidgetAction>

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
    m_list = new QListWidget(panel);
    m_list->setObjectName(QStringLiteral("facetList"));
    m_list->setMinimumWidth(280);
    m_list->setUniformItemSizes(true);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    auto *action = new QWidgetAction(m_menu);
    action->setDefaultWidget(panel);
    m_menu->addAction(action);
    setMenu(m_menu);
    connect(m_menu, &QMenu::aboutToShow, this, [this] {
        m_search->clear();
        (m_search->isVisible() ? static_cast<QWidget *>(m_search) : m_list)->setFocus();
    });
    connect(m_search, &QLineEdit::textChanged, this, &FacetButton::applyFilterText);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_updating)
            return;
        const QString code = item->data(Qt::UserRole).toString();
        m_selected.removeAll(code);
        if (item->checkState() == Qt::Checked)
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
    m_updating = true;
    m_list->clear();
    for (const auto &value : values) {
        auto *item = new QListWidgetItem(value.second, m_list);
        item->setData(Qt::UserRole, value.first);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(m_selected.contains(value.first) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(value.second);
    }
    m_updating = false;
    const int rows = qMin(int(values.size()), 14);
    m_list->setFixedHeight(qMax(rows, 1) * m_list->sizeHintForRow(0) + 2 * m_list->frameWidth() + 4);
    applyFilterText(m_search->text());
    refreshText();
}

void FacetButton::setSelectedCodes(const QStringList &codes)
{
    m_selected.clear();
    m_updating = true;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const bool on = codes.contains(item->data(Qt::UserRole).toString());
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        if (on)
            m_selected << item->data(Qt::UserRole).toString();
    }
    m_updating = false;
    refreshText();
}

void FacetButton::applyFilterText(const QString &text)
{
    const QString wanted = foldForMatching(text);
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setHidden(!wanted.isEmpty() && !foldForMatching(item->text()).contains(wanted)
                        && !foldForMatching(item->data(Qt::UserRole).toString()).contains(wanted));
    }
}

void FacetButton::refreshText()
{
    QString label;
    if (m_selected.isEmpty()) {
        label = m_title;
    } else if (m_selected.size() == 1) {
        QString value = m_selected.first();
        for (const auto &v : m_values)
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
