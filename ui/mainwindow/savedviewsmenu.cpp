// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedviewsmenu.h"

#include "dialogs/savedviewsdialog.h"
#include "models/measuretablemodel.h"
#include "query/filterdescription.h"
#include "session/cataloguesession.h"
#include "session/uilanguage.h"
#include "widgets/filterbar.h"
#include "widgets/measuretableview.h"

#include <QEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>

SavedViewsMenu::SavedViewsMenu(CatalogueSession *session, FilterBar *filterBar, MeasureTableView *table, QWidget *window)
    : QMenu(window), m_session(session), m_filterBar(filterBar), m_table(table), m_window(window)
{
    setObjectName(QStringLiteral("savedViewsMenu"));
    // Owned by the window: QMenu::clear() deletes the actions the menu owns.
    m_save = new QAction(window);
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    // Not connected to the menu itself: a menu disconnects every connection of an action to it
    // when the action leaves it, which rebuild()'s clear() does each time the menu opens.
    connect(m_save, &QAction::triggered, m_save, [this] { saveCurrentWithDialog(); });
    m_manage = new QAction(window);
    connect(m_manage, &QAction::triggered, m_manage, [this] { manageWithDialog(); });
    // Read when shown: a colleague's catalogue brings its own views.
    connect(this, &QMenu::aboutToShow, this, &SavedViewsMenu::rebuild);
    connect(session, &CatalogueSession::catalogueChanged, this, [this] {
        m_shown.clear();
        readShownView();
        rebuild();
        updateActive();
    });
    connect(session, &CatalogueSession::savedViewsChanged, this, [this] {
        rebuild();
        readShownView();
        updateActive();
    });
    // Whatever changes what the window shows may end the view's being shown.
    connect(filterBar, &FilterBar::filterChanged, this, &SavedViewsMenu::updateActive);
    connect(table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &SavedViewsMenu::updateActive);
    connect(table, &MeasureTableView::columnsChanged, this, &SavedViewsMenu::updateActive);
    retranslate();
    rebuild();
}

SavedView SavedViewsMenu::current() const
{
    SavedView view;
    view.filter = m_filterBar->filter();
    const QHeaderView *header = m_table->horizontalHeader();
    if (header->sortIndicatorSection() >= 0 && header->sortIndicatorSection() < header->count()) {
        view.sortField = MeasureTableModel::fieldAt(header->sortIndicatorSection());
        view.sortOrder = header->sortIndicatorOrder();
    }
    view.columns = m_table->visibleFields();
    return view;
}

void SavedViewsMenu::apply(const SavedView &view)
{
    m_shown = view.name;
    m_table->showFields(view.columns);
    m_table->sortByColumn(MeasureTableModel::columnOf(view.sortField), view.sortOrder);
    m_filterBar->setFilter(view.filter);
    readShownView();
    updateActive();
}

QString SavedViewsMenu::suggestedName() const
{
    QStringList values;
    for (const auto &line : FilterDescription::lines(m_filterBar->filter(), m_session->vocabulary(), UiLanguage::instance().current()))
        values << line.second.simplified();
    QString name = values.join(QStringLiteral(" · "));
    if (name.size() > 60) { // well within a name's 80 characters: cut at a word, marked
        name.truncate(60);
        const qsizetype space = name.lastIndexOf(u' ');
        name = name.left(space > 30 ? space : 60).trimmed() + u'…';
    }
    return name;
}

void SavedViewsMenu::readShownView()
{
    m_shownView.reset();
    if (!m_session->isOpen() || m_shown.isEmpty())
        return;
    const QList<SavedView> views = m_session->savedViews();
    const auto shown = std::find_if(views.cbegin(), views.cend(), [this](const SavedView &v) { return v.name == m_shown; });
    if (shown != views.cend())
        m_shownView = *shown;
}

void SavedViewsMenu::updateActive()
{
    QString active;
    if (m_shownView && m_session->isOpen()) {
        const SavedView now = current();
        // A view without columns shows the table's default ones: any columns are its own.
        if (m_shownView->filter == now.filter && m_shownView->sortField == now.sortField
            && m_shownView->sortOrder == now.sortOrder && (m_shownView->columns.isEmpty() || m_shownView->columns == now.columns))
            active = m_shown;
    }
    if (active != m_active) {
        m_active = active;
        emit activeViewChanged(active);
    }
}

bool SavedViewsMenu::saveCurrentWithDialog()
{
    if (!m_session->isOpen())
        return false;
    if (m_session->isReadOnly()) {
        QMessageBox::information(m_window, tr("Save Current View"), m_session->catalogue()->readOnlyExplanation());
        return false;
    }
    // The view last chosen, or a name from what the filters pick: something to keep or retype.
    QString name = m_shown.isEmpty() ? suggestedName() : m_shown;
    for (;;) {
        bool ok = false;
        name = QInputDialog::getText(m_window, tr("Save Current View"),
                                     tr("The search, the filters, the sort and the columns are kept in the catalogue "
                                        "file, for you and for whoever opens it.\n\nName of the view:"),
                                     QLineEdit::Normal, name, &ok);
        if (!ok)
            return false;
        SavedView view = current();
        view.name = name.simplified();
        bool replace = false;
        const QList<SavedView> existing = m_session->savedViews();
        const auto same = std::find_if(existing.cbegin(), existing.cend(), [&](const SavedView &other) {
            return other.name.compare(view.name, Qt::CaseInsensitive) == 0;
        });
        if (same != existing.cend() && SavedViews::checkName(view.name).isEmpty()) {
            const auto answer = QMessageBox::question(
                m_window, tr("Save Current View"),
                tr("There is already a view called “%1”. Replace it with what the window shows now?").arg(same->name),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            if (answer != QMessageBox::Yes)
                continue; // back to the name, as typed
            replace = true;
        }
        const QString error = m_session->saveView(view, replace);
        if (error.isEmpty()) {
            m_shown = view.name;
            readShownView();
            updateActive();
            return true;
        }
        QMessageBox::warning(m_window, tr("Save Current View"), error); // then the name again, as typed
    }
}

void SavedViewsMenu::manageWithDialog()
{
    SavedViewsDialog dialog(m_session, m_window);
    if (dialog.exec() == QDialog::Accepted && dialog.chosen())
        apply(*dialog.chosen());
}

void SavedViewsMenu::rebuild()
{
    clear();
    addAction(m_save);
    addSeparator();
    const QList<SavedView> views = m_session->savedViews();
    m_save->setEnabled(m_session->isOpen());
    m_manage->setEnabled(!views.isEmpty());
    if (views.isEmpty()) {
        QAction *none = addAction(m_session->isOpen() ? tr("No saved views yet: set a search and filters, then save them")
                                                      : tr("Open a catalogue to see its saved views"));
        none->setEnabled(false);
    }
    const MeasureFilter shownFilter = m_filterBar->filter(); // once, not per view
    for (int i = 0; i < views.size(); ++i) {
        const SavedView view = views[i];
        QString text = view.name;
        text.replace(u'&', QStringLiteral("&&"));
        if (i < 9)
            text = QStringLiteral("&%1  %2").arg(i + 1).arg(text);
        QAction *item = addAction(text);
        item->setCheckable(true);
        item->setChecked(view.name.compare(m_shown, Qt::CaseInsensitive) == 0 && shownFilter == view.filter);
        connect(item, &QAction::triggered, this, [this, view] { apply(view); });
    }
    addSeparator();
    addAction(m_manage);
}

void SavedViewsMenu::retranslate()
{
    setTitle(tr("Sa&ved Views"));
    m_save->setText(tr("&Save Current View…"));
    m_manage->setText(tr("&Rename or Delete Views…"));
    rebuild();
}

void SavedViewsMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}
