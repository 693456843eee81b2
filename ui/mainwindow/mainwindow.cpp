// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "dialogs/duplicatesdialog.h"
#include "model/undocost.h"
#include "catalogue/catalogue.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>

#include "reportcontroller.h"
#include "teamcontroller.h"
#include "savedviewsmenu.h"

#include "model/measurevalidator.h"

#include "dialogs/partnersdialog.h"
#include "dialogs/vocabularydialog.h"
#include "editor/measureeditor.h"
#include "filecontroller.h"
#include "help/aboutdialog.h"
#include "help/appicon.h"
#include "help/userguide.h"
#include "keptedit.h"
#include "model/measurevalidator.h"
#include "models/measuretablemodel.h"
#include "query/statistics.h"
#include "session/appsettings.h"
#include "session/cataloguesession.h"
#include "session/uilanguage.h"
#include "widgets/accesskeys.h"
#include "widgets/banner.h"
#include "widgets/filterbar.h"
#include "widgets/measuretableview.h"
#include "widgets/readingpane.h"
#include "widgets/statisticspane.h"
#include "widgets/stepprogressdialog.h"
#include "widgets/welcomepage.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QScreen>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_session(new CatalogueSession(this)), m_files(new FileController(m_session, this)),
      m_reports(new ReportController(m_session, this)),
      m_model(new MeasureTableModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_filterBar = new FilterBar(this);
    m_table = new MeasureTableView(this);
    m_table->setMeasureModel(m_model);
    m_table->restoreLayout(AppSettings::tableHeaderState());
    m_table->sortByColumn(m_table->horizontalHeader()->sortIndicatorSection(), m_table->horizontalHeader()->sortIndicatorOrder());
    m_banner = new Banner(this);
    m_welcome = new WelcomePage(this);

    auto *catalogueView = new QWidget(this);
    auto *layout = new QVBoxLayout(catalogueView);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_filterBar);
    m_pane = new ReadingPane(this);
    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->setObjectName(QStringLiteral("tableAndReadingPane"));
    m_split->addWidget(m_table);
    m_split->addWidget(m_pane);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 1);
    m_split->setChildrenCollapsible(false);
    layout->addWidget(m_split, 1);
    // Tab from the search goes to what was searched for, not to Clear Filters (Ctrl+Shift+L).
    setTabOrder(m_filterBar->searchBox(), m_table);
    // The view's statistics, docked beside it (View ▸ Statistics); hidden until asked for.
    m_statistics = new StatisticsPane(this);
    m_statisticsDock = new QDockWidget(this);
    m_statisticsDock->setObjectName(QStringLiteral("statisticsDock"));
    m_statisticsDock->setWidget(m_statistics);
    m_statisticsDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, m_statisticsDock);
    m_statisticsDock->hide();
    connect(m_statisticsDock, &QDockWidget::visibilityChanged, this, [this](bool shown) {
        if (shown && m_statisticsDock->width() < 440) // room for the labels the first time
            resizeDocks({m_statisticsDock}, {460}, Qt::Horizontal);
    });
    // Opened from the keyboard (F4, View ▸ Statistics), it takes the keyboard.
    connect(m_statisticsDock->toggleViewAction(), &QAction::triggered, this, [this](bool shown) {
        if (shown)
            m_statistics->focusFirst();
    });
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(catalogueView);
    setCentralWidget(m_stack);
    m_statusView = new QLabel(this);
    m_statusView->setObjectName(QStringLiteral("activeView"));
    m_statusView->hide();
    statusBar()->addPermanentWidget(m_statusView);
    m_statusCount = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusCount);
    m_team = new TeamController(m_session, m_files, this);
    statusBar()->addPermanentWidget(m_team->statusWidget());
    connect(m_team, &TeamController::message, this, [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_session, &CatalogueSession::catalogueChanged, m_team, &TeamController::refresh);
    connect(m_session, &CatalogueSession::measuresChanged, m_team, &TeamController::refreshSoon);

    createActions();
    createMenus();
    m_filterBar->setWindowShortcuts({action(Action::Export)->shortcut(), action(Action::Duplicate)->shortcut(),
                                     action(Action::Import)->shortcut()});
    connect(m_filterBar, &FilterBar::resultsRequested, this, [this] {
        if (m_model->rowCount() == 0)
            return;
        m_table->setFocus();
        if (m_table->selectedIds().isEmpty())
            m_table->selectId(m_model->idAt(0));
    });

    connect(m_filterBar, &FilterBar::filterChanged, m_model, &MeasureTableModel::setFilter);
    m_filterBar->setCounts([this](const MeasureFilter &filter, MeasureField field) {
        QHash<QString, int> counts;
        if (!m_session->isOpen())
            return counts;
        for (Statistics::Dimension dimension : Statistics::all())
            if (Statistics::field(dimension) == field)
                for (const Statistics::Row &row : Statistics(*m_session->catalogue(), m_session->vocabulary()).by(filter, dimension))
                    counts.insert(row.code, row.measures);
        return counts;
    });
    connect(m_model, &MeasureTableModel::countsChanged, this, [this](int shown, int total) {
        m_filterBar->setCounts(shown, total);
        if (const qint64 id = std::exchange(m_pendingSelection, 0))
            m_table->selectId(id);
        updateActions();
    });
    connect(m_model, &MeasureTableModel::queryFailed, this,
            [this](const QString &error) { QMessageBox::warning(this, tr("Search failed"), error); });
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) { editMeasure(m_model->idAt(index.row())); });
    connect(m_table, &MeasureTableView::clearFiltersRequested, m_filterBar, &FilterBar::clear);
    connect(m_table, &MeasureTableView::newMeasureRequested, this, &MainWindow::newMeasure);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateReadingPane);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions,
                Qt::UniqueConnection);
        connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateReadingPane,
                Qt::UniqueConnection);
        updateReadingPane();
    });
    connect(m_pane, &ReadingPane::editRequested, this, &MainWindow::editMeasure);
    connect(m_filterBar, &FilterBar::filterChanged, m_statistics, &StatisticsPane::setFilter);
    connect(m_statistics, &StatisticsPane::narrowRequested, this, [this](MeasureField field, const QString &code) {
        if (code.isEmpty()) // the filters pick values, not their absence
            statusBar()->showMessage(tr("The filters cannot pick out the measures without a value; the statistics count them."), 6000);
        else
            m_filterBar->narrowTo(field, code);
    });
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::updateReadingPane); // highlights follow the search

    // The table lets go of the file (statements, worker connection) before it is closed.
    connect(m_session, &CatalogueSession::aboutToClose, this, [this] { m_model->setCatalogue(nullptr, nullptr); });
    connect(m_session, &CatalogueSession::catalogueChanged, this, &MainWindow::onCatalogueChanged);
    connect(m_session, &CatalogueSession::closeFailed, this,
            [this](const QString &error) {
                if (m_ending) // nobody to answer while the session ends: the -wal stays, as the message says
                    qWarning("%s", qPrintable(error));
                else
                    QMessageBox::warning(this, tr("The catalogue was not closed cleanly"), error);
            });
    connect(m_session, &CatalogueSession::measuresChanged, this, [this] {
        m_statistics->setFilter(m_model->filter()); // counted again (only while shown)
        m_model->reload(); // the table keeps the selection where its rows remain
        updateReadingPane();
    });
    connect(m_session, &CatalogueSession::vocabularyChanged, this, [this] {
        m_statistics->setFilter(m_model->filter()); // labels and values may have changed
        m_filterBar->setVocabulary(m_session->vocabulary(), UiLanguage::instance().current());
        m_model->reload();
    });
    connect(m_session, &CatalogueSession::automaticBackupFailed, this, [this](const QString &error) {
        const QString message = tr("The catalogue itself is saved, but its automatic backup copy could not be made (%1). "
                                   "Make one with File ▸ Back Up when you can.").arg(error);
        if (m_ending) { // nobody is there to answer a question while the session ends
            qWarning("%s", qPrintable(message));
            return;
        }
        QMessageBox::warning(this, tr("No automatic backup copy"), message);
    });
    connect(m_session, &CatalogueSession::undoFailed, this,
            [this](const QString &error) { QMessageBox::warning(this, tr("Undo failed"), error); });
    connect(m_session, &CatalogueSession::stepCancelled, this, [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    // Big steps run on a worker thread while this window repaints and shows their progress.
    m_session->setStepRunner([this](const QString &label, StepProgress &progress, const std::function<void()> &work) {
        StepProgressDialog::run(this, label, progress, work);
    });
    connect(m_session->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateActions);
    connect(m_session->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    connect(m_session, &CatalogueSession::redoDropped, this, &MainWindow::updateActions);
    connect(m_session, &CatalogueSession::undoHistoryTrimmed, this, [this] {
        updateActions();
        statusBar()->showMessage(m_session->historyNote(), 15000); // an import's or merge's own message repeats it
    });
    connect(m_files, &FileController::recentChanged, this, &MainWindow::rebuildRecentMenu);
    connect(m_files, &FileController::message, this, [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_reports, &ReportController::message, this, [this](const QString &text) { statusBar()->showMessage(text, 15000); });

    connect(m_welcome, &WelcomePage::newRequested, m_files, &FileController::createWithDialog);
    connect(m_welcome, &WelcomePage::openRequested, m_files, &FileController::openWithDialog);
    connect(m_welcome, &WelcomePage::sampleRequested, m_files, &FileController::openSample);
    connect(m_welcome, &WelcomePage::teamRequested, m_team, &TeamController::connectWithDialog);
    connect(m_welcome, &WelcomePage::recentRequested, m_files, &FileController::open);
    connect(&UiLanguage::instance(), &UiLanguage::languageChanged, this, &MainWindow::onLanguageChanged);

    m_model->setLanguage(UiLanguage::instance().current());
    setWindowIcon(AppIcon::icon());
    // The first time, as large as suits the table, but never beyond the screen (a 1366×768 laptop).
    QSize first(1400, 860);
    if (const QScreen *here = screen())
        first = first.boundedTo(here->availableGeometry().size() * 0.95);
    resize(first);
    restoreGeometry(AppSettings::windowGeometry());
    // A size saved on a larger screen (or by an earlier version whose window grew past its
    // screen) is fitted to this one, and the window brought back onto it.
    if (const QScreen *here = screen()) {
        const QRect available = here->availableGeometry();
        if (width() > available.width() || height() > available.height())
            resize(size().boundedTo(available.size()));
        if (!available.contains(geometry().topLeft()))
            move(available.topLeft());
    }
    restoreState(AppSettings::windowState());
    if (!m_split->restoreState(AppSettings::splitterState()))
        m_split->setSizes({1060, 340});
    action(Action::ReadingPane)->setChecked(AppSettings::readingPaneShown());
    m_pane->setVisible(action(Action::ReadingPane)->isChecked());
    retranslate();
    rebuildRecentMenu();
    onCatalogueChanged();
}

MainWindow::~MainWindow()
{
    if (m_session->isOpen())
        m_session->close(); // while the views it signals are still whole
}

QAction *MainWindow::make(Action id, const QKeySequence &shortcut, const QString &icon)
{
    auto *action = new QAction(this);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    if (!icon.isEmpty())
        action->setIcon(QIcon::fromTheme(icon));
    m_actions.insert(int(id), action);
    return action;
}

void MainWindow::createActions()
{
    connect(make(Action::NewCatalogue, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QStringLiteral("document-new")),
            &QAction::triggered, m_files, &FileController::createWithDialog);
    connect(make(Action::Open, QKeySequence::Open, QStringLiteral("folder-open")), &QAction::triggered, m_files,
            &FileController::openWithDialog);
    connect(make(Action::OpenSample), &QAction::triggered, m_files, &FileController::openSample);
    connect(make(Action::Import, QKeySequence(Qt::CTRL | Qt::Key_I), QStringLiteral("document-open")), &QAction::triggered,
            m_files, &FileController::importWithDialog);
    connect(make(Action::ImportPlatform, QKeySequence(), QString()), &QAction::triggered, m_files, &FileController::importPlatformWithDialog);
    connect(make(Action::Merge, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), QString()), &QAction::triggered, m_files,
            &FileController::mergeWithDialog);
    connect(make(Action::AuthorName), &QAction::triggered, m_files, &FileController::askAuthorName);
    connect(make(Action::BackupsKept), &QAction::triggered, m_files, &FileController::askBackupsKept);
    connect(make(Action::FindDuplicates), &QAction::triggered, this, &MainWindow::findDuplicates);
    connect(make(Action::Export, QKeySequence(Qt::CTRL | Qt::Key_E), QStringLiteral("document-send")), &QAction::triggered,
            this, &MainWindow::exportView);
    connect(make(Action::ExportReport), &QAction::triggered, this,
            [this] { m_reports->exportPdfWithDialog(m_model->filter(), m_model->rowCount()); });
    connect(make(Action::Print, QKeySequence::Print, QStringLiteral("document-print")), &QAction::triggered, this,
            [this] { m_reports->printWithDialog(m_model->filter(), m_model->rowCount()); });
    connect(make(Action::PrintPreview, QKeySequence(), QStringLiteral("document-print-preview")), &QAction::triggered, this,
            [this] { m_reports->previewWithDialog(m_model->filter(), m_model->rowCount()); });
    connect(make(Action::SaveCopy, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), // SaveAs is empty outside KDE/GNOME
                  QStringLiteral("document-save-as")), &QAction::triggered, m_files,
            &FileController::saveCopyWithDialog);
    connect(m_banner, &Banner::actionTriggered, m_files, &FileController::saveCopyWithDialog);
    connect(make(Action::BackUp), &QAction::triggered, m_files, &FileController::backUpWithDialog);
    connect(make(Action::Restore, {}, QStringLiteral("document-revert")), &QAction::triggered, m_files, &FileController::restoreWithDialog);
    connect(make(Action::CloseCatalogue, QKeySequence::Close), &QAction::triggered, m_files, &FileController::close);
    connect(make(Action::Quit, QKeySequence::Quit, QStringLiteral("application-exit")), &QAction::triggered, this, &QWidget::close);

    // A large step (a merge, an import) takes a moment: the cursor says so; what the status bar
    // said of the step is no longer true.
    const auto step = [this](void (CatalogueSession::*move)(), bool undoing) {
        return [this, move, undoing] {
            const QUndoStack &stack = *m_session->undoStack();
            const int before = stack.index();
            const QString what = undoing ? stack.undoText() : stack.redoText();
            statusBar()->clearMessage(); // what it said of the last step is no longer true
            QApplication::setOverrideCursor(Qt::WaitCursor);
            (m_session->*move)();
            QApplication::restoreOverrideCursor();
            if (stack.index() != before) // else it failed, or was cancelled: the session said so
                statusBar()->showMessage(undoing ? tr("Undone: %1.").arg(what) : tr("Redone: %1.").arg(what), 8000);
        };
    };
    connect(make(Action::Undo, QKeySequence::Undo, QStringLiteral("edit-undo")), &QAction::triggered, this, step(&CatalogueSession::undo, true));
    connect(make(Action::Redo, QKeySequence::Redo, QStringLiteral("edit-redo")), &QAction::triggered, this, step(&CatalogueSession::redo, false));
    connect(make(Action::NewMeasure, QKeySequence::New, QStringLiteral("list-add")), &QAction::triggered, this, &MainWindow::newMeasure);
    connect(make(Action::EditMeasure, QKeySequence(Qt::Key_F2), QStringLiteral("document-properties")), &QAction::triggered, this, [this] {
        const QList<qint64> ids = m_table->selectedIds();
        if (!ids.isEmpty())
            editMeasure(ids.first());
    });
    connect(make(Action::Duplicate, QKeySequence(Qt::CTRL | Qt::Key_D), QStringLiteral("edit-copy")), &QAction::triggered, this,
            &MainWindow::duplicateSelected);
    connect(make(Action::Delete, QKeySequence::Delete, QStringLiteral("edit-delete")), &QAction::triggered, this, &MainWindow::deleteSelected);
    connect(make(Action::Find, QKeySequence::Find, QStringLiteral("edit-find")), &QAction::triggered, this, [this] {
        m_filterBar->searchBox()->setFocus();
        m_filterBar->searchBox()->selectAll();
    });
    connect(make(Action::ClearFilters, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)), &QAction::triggered, m_filterBar, &FilterBar::clear);
    connect(make(Action::Partners), &QAction::triggered, this, [this] {
        PartnersDialog dialog(m_session, this);
        dialog.exec();
    });
    connect(make(Action::Vocabularies), &QAction::triggered, this, [this] {
        VocabularyDialog dialog(m_session, this);
        dialog.exec();
    });

    m_languages = new QActionGroup(this);
    QStringList names;
    for (const Language language : Language::all())
        names << language.name();
    const QStringList keyed = AccessKeys::assign(names); // the same in every language: names in themselves
    for (const Language language : Language::all()) {
        auto *item = new QAction(keyed.value(int(names.indexOf(language.name()))), this); // each language named in itself
        item->setObjectName(QStringLiteral("language_") + language.code());
        item->setCheckable(true);
        m_languages->addAction(item);
        connect(item, &QAction::triggered, this, [language] {
            AppSettings::setLanguage(language);
            UiLanguage::instance().set(language);
        });
    }
    connect(make(Action::ResetColumns), &QAction::triggered, m_table, &MeasureTableView::resetColumns);
    QAction *pane = make(Action::ReadingPane, QKeySequence(Qt::Key_F3));
    pane->setCheckable(true);
    connect(pane, &QAction::toggled, this, [this](bool on) {
        m_pane->setVisible(on);
        AppSettings::setReadingPaneShown(on);
        if (on)
            updateReadingPane();
    });
    // The dock's own toggle: checked while it is shown, however it was closed.
    QAction *statistics = m_statisticsDock->toggleViewAction();
    statistics->setShortcut(QKeySequence(Qt::Key_F4));
    m_actions.insert(int(Action::Statistics), statistics);
    connect(make(Action::UserGuide, QKeySequence::HelpContents, QStringLiteral("help-contents")), &QAction::triggered, this,
            &MainWindow::showUserGuide);
    connect(make(Action::About, {}, QStringLiteral("help-about")), &QAction::triggered, this, [this] {
        AboutDialog about(this);
        about.exec();
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(QString());
    file->addAction(action(Action::NewCatalogue));
    file->addAction(action(Action::Open));
    m_recentMenu = file->addMenu(QString());
    file->addAction(action(Action::OpenSample));
    file->addSeparator();
    m_importMenu = file->addMenu(QString());
    m_importMenu->addAction(action(Action::Import));
    m_importMenu->addAction(action(Action::ImportPlatform));
    file->addAction(action(Action::Merge));
    file->addMenu(m_team->menu());
    file->addAction(action(Action::Export));
    file->addAction(action(Action::ExportReport));
    file->addAction(action(Action::Print));
    file->addAction(action(Action::PrintPreview));
    file->addAction(action(Action::SaveCopy));
    file->addAction(action(Action::BackUp));
    file->addAction(action(Action::Restore));
    file->addSeparator();
    file->addAction(action(Action::CloseCatalogue));
    file->addAction(action(Action::Quit));

    QMenu *edit = menuBar()->addMenu(QString());
    edit->addAction(action(Action::Undo));
    edit->addAction(action(Action::Redo));
    edit->addSeparator();
    edit->addAction(action(Action::NewMeasure));
    edit->addAction(action(Action::EditMeasure));
    edit->addAction(action(Action::Duplicate));
    edit->addAction(action(Action::Delete));
    edit->addSeparator();
    edit->addAction(action(Action::Find));
    edit->addAction(action(Action::ClearFilters));
    edit->addAction(action(Action::FindDuplicates));
    edit->addSeparator();
    edit->addAction(action(Action::Partners));
    edit->addAction(action(Action::Vocabularies));
    edit->addSeparator();
    edit->addAction(action(Action::AuthorName));
    edit->addAction(action(Action::BackupsKept));

    QMenu *view = menuBar()->addMenu(QString());
    m_columnsMenu = m_table->columnsMenu();
    view->addMenu(m_columnsMenu);
    view->addMenu(m_table->sortMenu());
    m_savedViews = new SavedViewsMenu(m_session, m_filterBar, m_table, this);
    view->addMenu(m_savedViews);
    connect(m_savedViews, &SavedViewsMenu::activeViewChanged, this, &MainWindow::updateStatusView);
    view->addAction(action(Action::ReadingPane));
    view->addAction(action(Action::Statistics));
    m_languageMenu = view->addMenu(QString());
    m_languageMenu->addActions(m_languages->actions());

    QMenu *help = menuBar()->addMenu(QString());
    help->addAction(action(Action::UserGuide));
    help->addAction(action(Action::About));
    m_menus = {file, edit, view, help};

    m_toolbar = addToolBar(QString());
    m_toolbar->setObjectName(QStringLiteral("mainToolbar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->setMovable(false);
    for (Action id : {Action::NewMeasure, Action::EditMeasure, Action::Duplicate, Action::Delete})
        m_toolbar->addAction(action(id));
    m_toolbar->addSeparator();
    m_toolbar->addAction(action(Action::Undo));
    m_toolbar->addAction(action(Action::Redo));
    m_toolbar->addSeparator();
    m_toolbar->addAction(action(Action::Import));
    m_toolbar->addAction(action(Action::Export));
}

void MainWindow::onCatalogueChanged()
{
    Catalogue *catalogue = m_session->catalogue();
    m_model->setCatalogue(catalogue, catalogue ? &m_session->vocabulary() : nullptr);
    m_statistics->setCatalogue(catalogue, catalogue ? &m_session->vocabulary() : nullptr);
    m_statistics->setFilter(m_model->filter()); // the view the table shows, kept across catalogues
    m_statisticsDock->setEnabled(catalogue != nullptr);
    if (catalogue) {
        m_filterBar->setVocabulary(m_session->vocabulary(), UiLanguage::instance().current());
        m_stack->setCurrentIndex(1);
        updateBanner();
        m_table->setFocus();
        if (m_model->rowCount() > 0)
            m_table->selectId(m_model->idAt(0));
        QTimer::singleShot(0, this, &MainWindow::offerDraft);
    } else {
        m_stack->setCurrentIndex(0);
        m_welcome->setRecent(AppSettings::recentCatalogues());
        updateBanner();
    }
    updateTitle();
    updateActions();
}

void MainWindow::onLanguageChanged(Language language)
{
    m_model->setLanguage(language);
    m_session->retranslateHistory();
    if (m_session->isOpen())
        m_filterBar->setVocabulary(m_session->vocabulary(), language);
    retranslate();
    updateBanner();
    updateReadingPane();
}

void MainWindow::updateActions()
{
    const bool open = m_session->isOpen();
    const bool writable = open && !m_session->isReadOnly();
    const int selected = int(m_table->selectedIds().size());
    for (Action id : {Action::Export, Action::ExportReport, Action::Print, Action::PrintPreview, Action::SaveCopy, Action::BackUp, Action::Restore, Action::CloseCatalogue, Action::Find, Action::ClearFilters, Action::FindDuplicates, Action::Partners,
                      Action::Vocabularies})
        action(id)->setEnabled(open);
    action(Action::Import)->setEnabled(writable);
    action(Action::ImportPlatform)->setEnabled(writable);
    action(Action::Merge)->setEnabled(writable);
    action(Action::NewMeasure)->setEnabled(writable);
    action(Action::EditMeasure)->setEnabled(selected == 1);
    // A catalogue open read-only shows a measure; it does not offer to edit it.
    action(Action::EditMeasure)->setText(writable || !open ? tr("&Edit Measure…") : tr("Vi&ew Measure…"));
    action(Action::EditMeasure)->setStatusTip(writable || !open ? tr("Open the selected measure") : tr("Show the selected measure (read-only)"));
    action(Action::Duplicate)->setEnabled(writable && selected == 1);
    action(Action::Delete)->setEnabled(writable && selected > 0);
    action(Action::Undo)->setEnabled(writable && m_session->canUndo());
    action(Action::Redo)->setEnabled(writable && m_session->undoStack()->canRedo());
    // Which step: "Undo Merge “ana.measures”" (a title's & is not a mnemonic).
    const auto named = [](const QString &plain, const QString &withStep, const QString &step) {
        return step.isEmpty() ? plain : withStep.arg(QString(step).replace(u'&', QStringLiteral("&&")));
    };
    const QString undoText = m_session->canUndo() ? m_session->undoStack()->undoText() : QString();
    action(Action::Undo)->setText(named(tr("&Undo"), tr("&Undo %1"), undoText));
    action(Action::Redo)->setText(named(tr("&Redo"), tr("&Redo %1"), m_session->undoStack()->redoText()));
    action(Action::Undo)->setToolTip(undoText);
    action(Action::Redo)->setToolTip(m_session->undoStack()->redoText());
    action(Action::ResetColumns)->setEnabled(open);
    m_statusCount->setText(open ? tr("%Ln selected", nullptr, selected) : QString());
}

void MainWindow::updateReadingPane()
{
    if (!m_pane->isVisible())
        return;
    const QList<qint64> selected = m_session->isOpen() ? m_table->selectedIds() : QList<qint64>();
    const std::optional<Measure> measure = selected.size() == 1 ? m_session->load(selected.first()) : std::nullopt;
    m_pane->setEditable(!m_session->isReadOnly());
    m_pane->show(measure, int(selected.size()), m_session->isOpen() ? &m_session->vocabulary() : nullptr,
                 UiLanguage::instance().current(), m_filterBar->filter().search,
                 measure ? m_session->history(*measure) : QList<Revision>());
}

void MainWindow::findDuplicates()
{
    if (const int merged = DuplicatesDialog::findIn(m_session, this); merged > 0)
        statusBar()->showMessage(tr("%n pair(s) of duplicates merged. Edit ▸ Undo takes each back.", nullptr, merged), 8000);
}

void MainWindow::showUserGuide()
{
    if (!m_guide) {
        m_guide = new UserGuide(this);
        m_guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::updateBanner()
{
    QStringList warnings;
    QString action;
    if (const Catalogue *catalogue = m_session->catalogue()) {
        if (catalogue->isReadOnly()) {
            warnings << catalogue->readOnlyExplanation();
            action = tr("Save a Copy…");
        }
        if (const QString network = catalogue->networkDriveWarning(); !network.isEmpty())
            warnings << network;
    }
    m_banner->showMessage(warnings.join(u'\n'), Banner::Tone::Warning, action);
}

void MainWindow::updateTitle()
{
    // Qt adds the display name to every window title that does not end with it: in the language
    // of the window, so that a title never reads in two languages.
    QGuiApplication::setApplicationDisplayName(tr("Measures Catalogue"));
    const Catalogue *catalogue = m_session->catalogue();
    if (!catalogue)
        setWindowTitle(tr("Measures Catalogue"));
    else if (catalogue->isReadOnly())
        setWindowTitle(tr("%1 (read-only) — Measures Catalogue").arg(catalogue->displayName()));
    else
        setWindowTitle(tr("%1 — Measures Catalogue").arg(catalogue->displayName()));
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings::recentCatalogues();
    for (int i = 0; i < recent.size(); ++i) {
        QAction *item = m_recentMenu->addAction(QStringLiteral("&%1  %2").arg(i + 1).arg(QFileInfo(recent[i]).completeBaseName()));
        item->setToolTip(QDir::toNativeSeparators(recent[i]));
        item->setStatusTip(QDir::toNativeSeparators(recent[i]));
        connect(item, &QAction::triggered, this, [this, path = recent[i]] { m_files->open(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
    if (!m_session->isOpen())
        m_welcome->setRecent(recent);
}

void MainWindow::selectWhenShown(qint64 id)
{
    if (m_model->isLoading())
        m_pendingSelection = id;
    else
        m_table->selectId(id);
}

void MainWindow::endSession()
{
    m_ending = true;
    m_session->cancelRunningStep(); // all or nothing: it rolls back and leaves no copy
    closeWhenIdle();
}

void MainWindow::dismissQuestions()
{
    for (int guard = 0; guard < 20; ++guard) {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal == this)
            break;
        if (auto *editor = qobject_cast<MeasureEditor *>(modal); editor && m_session->isOpen())
            // Nobody is there to answer "save changes?": what was typed is kept for the next open.
            editor->keepDraft();
        if (auto *progress = qobject_cast<QProgressDialog *>(modal))
            progress->cancel(); // an export stops and leaves no file
        else if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->done(QDialog::Rejected); // a step's progress: asks it to stop, and stays until it has
        else
            modal->hide();
        if (QApplication::activeModalWidget() == modal)
            break; // it stays (a step stopping): looked at again in a moment
    }
}

void MainWindow::closeWhenIdle()
{
    // Close as Quit does, but only from the main event loop: a dialog's loop (or an export's
    // progress, or a step in the background) may still be unwinding, and it must not find its
    // catalogue gone. A question a step asks once it has stopped is dismissed too.
    dismissQuestions();
    if (QThread::currentThread()->loopLevel() > 1 || QApplication::activeModalWidget() || m_session->isBusy()) {
        QTimer::singleShot(50, this, &MainWindow::closeWhenIdle);
        return;
    }
    close();
}

void MainWindow::offerDraft()
{
    if (const qint64 saved = KeptEdit::offer(this, m_session, &m_ending))
        selectWhenShown(saved);
}

void MainWindow::newMeasure()
{
    if (!m_session->isOpen() || m_session->isReadOnly())
        return;
    MeasureEditor editor(m_session, Measure(), this);
    if (editor.exec() == QDialog::Accepted) {
        selectWhenShown(editor.savedId());
        statusBar()->showMessage(tr("Measure saved."), 5000);
    }
}

void MainWindow::editMeasure(qint64 id)
{
    const std::optional<Measure> measure = m_session->load(id);
    if (!measure) {
        if (const QString error = m_session->lastReadError(); !error.isEmpty())
            QMessageBox::warning(this, tr("The measure was not opened"), error);
        return;
    }
    MeasureEditor editor(m_session, *measure, this);
    if (editor.exec() == QDialog::Accepted) {
        selectWhenShown(editor.savedId());
        statusBar()->showMessage(tr("Measure saved."), 5000);
    }
}

void MainWindow::duplicateSelected()
{
    const QList<qint64> ids = m_table->selectedIds();
    if (ids.size() != 1)
        return;
    std::optional<Measure> copy = m_session->load(ids.first());
    if (!copy) {
        if (const QString error = m_session->lastReadError(); !error.isEmpty())
            QMessageBox::warning(this, tr("The copy was not made"), error);
        return;
    }
    copy->id = 0;
    copy->uuid.clear();
    copy->createdAt = {};
    copy->updatedAt = {};
    // The mark must survive the title's length limit, or the copy would look like the original.
    const QString mark = tr("%1 (copy)");
    copy->title = mark.arg(copy->title.left(MeasureValidator::kMaxTitleLength - (int(mark.size()) - 2)));
    copy->status = QStringLiteral("draft");
    // The platform's identity stays with the original: a re-import of the export updates that one.
    for (MeasureField field : {MeasureField::PlatformMeasureId, MeasureField::PlatformReportId, MeasureField::PlatformUrl,
                               MeasureField::PlatformCanonicalUrl})
        MeasureFields::text(*copy, field)->clear();
    copy->platformSource.clear();
    // The copy is only written if the analyst saves it: Cancel leaves the catalogue as it was.
    MeasureEditor editor(m_session, *copy, this, MeasureEditor::Opening::Copy);
    if (editor.exec() == QDialog::Accepted) {
        selectWhenShown(editor.savedId());
        statusBar()->showMessage(tr("Copy saved."), 5000);
    }
}

void MainWindow::deleteSelected()
{
    const QList<qint64> ids = m_table->selectedIds();
    if (ids.isEmpty() || m_session->isReadOnly())
        return;
    QString question;
    if (ids.size() == 1) {
        const auto measure = m_session->load(ids.first());
        question = tr("Delete the measure “%1”?").arg(measure ? measure->title : QString());
    } else {
        question = tr("Delete the %Ln selected measure(s)?", nullptr, int(ids.size()));
    }
    QMessageBox box(QMessageBox::Question, tr("Delete"), question, QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("deleteQuestion"));
    const bool undoable = ids.size() <= UndoCost::kMaxMeasures;
    box.setInformativeText(undoable ? tr("You can bring them back with Edit ▸ Undo.", nullptr, int(ids.size()))
                                    : tr("They are too many to undo: a backup copy of the catalogue is made first, and earlier "
                                         "steps can no longer be undone either."));
    QPushButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.button(QMessageBox::Cancel)->setText(tr("Cancel")); // in the interface's language, as Delete is
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    const int row = m_model->rowOf(ids.first());
    QString backup;
    const QString error = m_session->remove(ids, &backup);
    if (!error.isEmpty()) {
        if (m_session->lastStepCancelled())
            statusBar()->showMessage(error, 15000);
        else
            QMessageBox::warning(this, tr("Nothing was deleted"), error);
        return;
    }
    if (m_model->rowCount() > 0)
        m_table->selectId(m_model->idAt(qMin(row, m_model->rowCount() - 1)));
    if (!backup.isEmpty()) {
        const QString done = tr("%Ln measure(s) deleted.", nullptr, int(ids.size()));
        statusBar()->showMessage(done, 15000);
        m_files->tellNoUndo(done, backup);
        return;
    }
    QString done = tr("%Ln measure(s) deleted. Edit ▸ Undo brings them back.", nullptr, int(ids.size()));
    if (!m_session->historyNote().isEmpty())
        done += u' ' + m_session->historyNote();
    statusBar()->showMessage(done, 8000);
}

void MainWindow::exportView()
{
    m_files->exportView(m_model->filter(), m_model->sortOrder(), m_table->visibleFields(), m_model->rowCount());
}

void MainWindow::updateStatusView()
{
    const QString name = m_savedViews->activeView();
    m_statusView->setText(tr("View: %1", "the saved view the window shows").arg(name));
    m_statusView->setToolTip(tr("The saved view “%1” is shown as it was saved. Change the search, a filter, "
                                "the sort or the columns and it is no longer named here.").arg(name));
    m_statusView->setVisible(!name.isEmpty());
}

void MainWindow::retranslate()
{
    if (m_savedViews && m_statusView)
        updateStatusView();
    if (m_team)
        m_team->retranslate();
    const auto set = [this](Action id, const QString &text, const QString &tip = {}) {
        action(id)->setText(text);
        action(id)->setStatusTip(tip);
    };
    set(Action::NewCatalogue, tr("&New Catalogue…"), tr("Create an empty catalogue file"));
    set(Action::Open, tr("&Open Catalogue…"), tr("Open a catalogue file"));
    set(Action::OpenSample, tr("Open the &Sample Catalogue"), tr("Five real measures to explore"));
    set(Action::Import, tr("From a &CSV File…"), tr("Add measures from a CSV file (all rows or none)"));
    action(Action::Import)->setIconText(tr("Import"));
    action(Action::Undo)->setIconText(tr("Undo")); // the menu names the step; the toolbar stays short
    action(Action::Redo)->setIconText(tr("Redo"));
    set(Action::ImportPlatform, tr("From the &Policy Monitoring Platform…"),
        tr("Bring in the measures of an earlier report: a CSV export of UNESCO's Policy Monitoring Platform"));
    set(Action::Merge, tr("&Merge Catalogue…"),
        tr("Bring a colleague's catalogue into this one: what only they changed comes in, what you both changed you choose"));
    set(Action::Export, tr("&Export View…"), tr("Export the measures shown, with the visible columns, as an Excel workbook or CSV"));
    set(Action::ExportReport, tr("Export Report as P&DF…"), tr("A printable report of the measures shown: cover, contents, "
                                                              "statistics with charts, then each measure by goal and area"));
    set(Action::Print, tr("&Print…"), tr("Print the report of the measures shown"));
    set(Action::PrintPreview, tr("Print Pre&view…"), tr("See the pages of the report of the measures shown before printing them"));
    set(Action::SaveCopy, tr("Save &a Copy…"), tr("Save the whole catalogue under another name or in another folder; "
                                                  "this window stays on the catalogue it has open"));
    set(Action::BackUp, tr("&Back Up…"), tr("Save a checked copy of the whole catalogue in its backups folder"));
    set(Action::Restore, tr("Restore &from Backup…"), tr("Open a backup copy as a new catalogue"));
    set(Action::CloseCatalogue, tr("&Close Catalogue"));
    set(Action::Quit, tr("&Quit"));
    set(Action::Undo, tr("&Undo"));
    set(Action::Redo, tr("&Redo"));
    set(Action::NewMeasure, tr("&New Measure…"), tr("Enter a new measure"));
    set(Action::EditMeasure, tr("&Edit Measure…"), tr("Open the selected measure"));
    set(Action::Duplicate, tr("Dupli&cate"), tr("Copy the selected measure as a new draft"));
    set(Action::Delete, tr("&Delete"), tr("Delete the selected measures (asks first; can be undone)"));
    set(Action::Find, tr("&Find"), tr("Go to the search box"));
    set(Action::ClearFilters, tr("C&lear Filters"));
    set(Action::FindDuplicates, tr("Find Duplicate&s…"), tr("Measures probably entered twice, side by side, to merge into one"));
    set(Action::Partners, tr("&Partners…"), tr("Rename, merge and retype partners"));
    set(Action::Vocabularies, tr("Domains and Partner &Types…"), tr("Add your own cultural domains and partner types"));
    set(Action::AuthorName, tr("&Your Name…"), tr("The name each measure's history gives for the changes you make"));
    set(Action::BackupsKept, tr("Backup Copies &Kept…"),
        tr("How many of the copies made without asking (when closing, before a merge, before a large import) are kept"));
    set(Action::ResetColumns, tr("Reset Columns"));
    set(Action::ReadingPane, tr("&Reading Pane"), tr("Show the selected measure beside the table"));
    m_statisticsDock->setWindowTitle(tr("Statistics")); // first: it renames the dock's own toggle
    set(Action::Statistics, tr("&Statistics"), tr("Count the measures of the view and their funding by goal, domain, country, year…"));
    set(Action::UserGuide, tr("&User Guide"), tr("How to find, enter, export, import and back up measures"));
    set(Action::About, tr("&About Measures Catalogue"));
    m_menus[0]->setTitle(tr("&File"));
    m_menus[1]->setTitle(tr("&Edit"));
    m_menus[2]->setTitle(tr("&View"));
    m_menus[3]->setTitle(tr("&Help"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_importMenu->setTitle(tr("&Import"));
    m_columnsMenu->setTitle(tr("&Columns"));
    m_table->sortMenu()->setTitle(tr("S&ort By"));
    m_languageMenu->setTitle(tr("&Language"));
    m_toolbar->setWindowTitle(tr("Toolbar"));
    languageAction(UiLanguage::instance().current())->setChecked(true);
    updateTitle();
    updateActions();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

namespace {

QString droppedFile(const QMimeData *data)
{
    const QList<QUrl> urls = data ? data->urls() : QList<QUrl>();
    return urls.size() == 1 && urls.first().isLocalFile() ? urls.first().toLocalFile() : QString();
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_files->takesDropped(droppedFile(event->mimeData())))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (!m_files->takesDropped(path))
        return;
    event->acceptProposedAction();
    // After the drop has returned: the preview is modal, and the dragging program waits for us.
    QTimer::singleShot(0, m_files, [files = m_files, path] { files->takeDropped(path); });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings::setWindow(saveGeometry(), saveState());
    AppSettings::setTableHeaderState(m_table->saveLayout());
    AppSettings::setSplitterState(m_split->saveState());
    if (!m_files->keepWorkOfGoneFile(m_ending)) {
        event->ignore(); // the analyst stays, with the work
        return;
    }
    hide(); // not an emptied table while the file is closed and backed up
    m_session->close(); // releases the lock; the WAL is folded into the file
    event->accept();
}

QAction *MainWindow::languageAction(Language language) const
{
    return m_languages->actions().value(int(Language::all().indexOf(language)));
}
