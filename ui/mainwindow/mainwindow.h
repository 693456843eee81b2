// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class Banner;
class CatalogueSession;
class FileController;
class FilterBar;
class MeasureTableModel;
class MeasureTableView;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class ReadingPane;
class ReportController;
class TeamController;
class SavedViewsMenu;
class StatisticsPane;
class QDockWidget;
class UserGuide;
class QToolBar;
class WelcomePage;

// The catalogue window. It builds the menus, toolbar and views and wires them to the session
// and the file controller; the work itself happens in those and in core.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Action {
        NewCatalogue, Open, OpenSample, Import, ImportPlatform, Merge, Export, ExportReport, Print, PrintPreview, SaveCopy, BackUp, Restore, CloseCatalogue, Quit,
        Undo, Redo, NewMeasure, EditMeasure, Duplicate, Delete, Find, ClearFilters, FindDuplicates, Partners, Vocabularies, AuthorName, BackupsKept,
        ResetColumns, ReadingPane, Statistics, UserGuide, About,
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    CatalogueSession *session() const { return m_session; }
    FileController *files() const { return m_files; }
    ReportController *reports() const { return m_reports; }
    TeamController *team() const { return m_team; }
    MeasureTableModel *model() const { return m_model; }
    MeasureTableView *table() const { return m_table; }
    FilterBar *filterBar() const { return m_filterBar; }
    Banner *banner() const { return m_banner; }
    ReadingPane *readingPane() const { return m_pane; }
    StatisticsPane *statisticsPane() const { return m_statistics; }
    SavedViewsMenu *savedViews() const { return m_savedViews; }
    WelcomePage *welcome() const { return m_welcome; }
    QAction *action(Action id) const { return m_actions.value(int(id)); }
    QAction *languageAction(Language language) const; // View ▸ Language's item
    QMenu *menu(int index) const { return m_menus.value(index); }

    void newMeasure();
    void editMeasure(qint64 id);
    void duplicateSelected();
    void deleteSelected();
    void exportView();
    // Selects a measure once the table shows it (at once, or when a background query is done).
    void selectWhenShown(qint64 id);
    // The desktop session ends (SIGTERM, SIGHUP): dialogs close without questions and the
    // window closes as Quit does, so the catalogue file is left whole.
    void endSession();

private slots:
    void dismissQuestions(); // the session is ending: nobody is there to answer
    void closeWhenIdle();

protected:
    void closeEvent(QCloseEvent *event) override;
    // A file dropped on the window goes to FileController::takeDropped.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void onCatalogueChanged();
    void offerDraft(); // an edit kept when the session ended: finish it or discard it
    void onLanguageChanged(Language language);
    void updateActions();
    void updateTitle();
    void updateBanner();
    void updateReadingPane(); // the current measure, as the table shows it selected
    void findDuplicates();
    void showUserGuide();
    void rebuildRecentMenu();
    void retranslate();
    QAction *make(Action id, const QKeySequence &shortcut = {}, const QString &icon = {});

    CatalogueSession *m_session;
    FileController *m_files;
    ReportController *m_reports;
    TeamController *m_team = nullptr;
    MeasureTableModel *m_model;
    MeasureTableView *m_table;
    FilterBar *m_filterBar;
    Banner *m_banner;
    WelcomePage *m_welcome;
    QStackedWidget *m_stack;
    QSplitter *m_split;
    ReadingPane *m_pane;
    StatisticsPane *m_statistics;
    QDockWidget *m_statisticsDock;
    bool m_ending = false; // the session is ending (SIGTERM, logout): no questions
    QPointer<UserGuide> m_guide; // one guide window, brought back by F1
    QToolBar *m_toolbar;
    QLabel *m_statusCount;
    QLabel *m_statusView = nullptr; // the saved view shown, by its name
    void updateStatusView();
    QHash<int, QAction *> m_actions;
    QList<QMenu *> m_menus; // File, Edit, View, Help
    QMenu *m_recentMenu;
    QMenu *m_importMenu;
    QMenu *m_columnsMenu;
    SavedViewsMenu *m_savedViews = nullptr;
    QMenu *m_languageMenu;
    QActionGroup *m_languages;
    qint64 m_pendingSelection = 0;
};
