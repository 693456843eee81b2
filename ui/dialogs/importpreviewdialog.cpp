// SPDX-License-Identifier: GPL-3.0-or-later
#include "importpreviewdialog.h"

#include "models/importplanmodel.h"
#include "session/uilanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ImportPreviewDialog::ImportPreviewDialog(const CsvImporter::Plan &plan, const QString &catalogueName, QWidget *parent)
    : QDialog(parent), m_plan(plan), m_catalogueName(catalogueName), m_model(new ImportPlanModel(this))
{
    setObjectName(QStringLiteral("importPreview"));
    setSizeGripEnabled(true);
    m_model->setPlan(plan);

    m_heading = new QLabel(this);
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_showLabel = new QLabel(this);
    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("importShow"));
    m_showLabel->setBuddy(m_show);
    m_rows = new QTableView(this);
    m_rows->setObjectName(QStringLiteral("importRows"));
    m_rows->setModel(m_model);
    m_rows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setWordWrap(false);
    m_rows->setAlternatingRowColors(true);
    m_rows->verticalHeader()->hide();
    m_rows->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_rows->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_rows->horizontalHeader()->setStretchLastSection(true);
    m_rows->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int em = fontMetrics().horizontalAdvance(u'M');
    m_rows->setColumnWidth(ImportPlanModel::Line, 5 * em);
    m_rows->setColumnWidth(ImportPlanModel::Title, 26 * em);
    connect(m_show, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setShow(ImportPlanModel::Show(m_show->currentData().toInt())); });
    // The selected row's details whole, wrapped: the column shows only their start.
    m_rowDetail = new QLabel(this);
    m_rowDetail->setObjectName(QStringLiteral("importRowDetail"));
    m_rowDetail->setWordWrap(true);
    m_rowDetail->setTextFormat(Qt::PlainText); // a sheet's text, shown as written
    m_rowDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const auto showDetail = [this] {
        const QModelIndex current = m_rows->currentIndex();
        m_rowDetail->setText(current.isValid() ? m_model->index(current.row(), ImportPlanModel::Details).data().toString() : QString());
        m_rowDetail->setVisible(!m_rowDetail->text().isEmpty());
    };
    connect(m_rows->selectionModel(), &QItemSelectionModel::currentChanged, this, showDetail);
    connect(m_model, &QAbstractItemModel::dataChanged, this, showDetail); // a language switched
    connect(m_model, &QAbstractItemModel::modelReset, this, [this, showDetail] {
        if (m_model->rowCount() > 0)
            m_rows->setCurrentIndex(m_model->index(0, ImportPlanModel::Action));
        showDetail();
    });
    m_listed = new QLabel(this);
    m_listed->setWordWrap(true);

    m_problemsLabel = new QLabel(this);
    m_problemsLabel->setWordWrap(true);
    m_problems = new QPlainTextEdit(this);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setReadOnly(true);
    m_problems->setLineWrapMode(QPlainTextEdit::WidgetWidth); // each message read whole, without scrolling sideways
    m_problems->setPlainText(plan.problems.join(u'\n'));
    m_problemsLabel->setBuddy(m_problems);

    m_keptLabel = new QLabel(this);
    m_keptLabel->setWordWrap(true);
    m_kept = new QPlainTextEdit(this);
    m_kept->setObjectName(QStringLiteral("importKept"));
    m_kept->setReadOnly(true);
    m_kept->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_kept->setPlainText(plan.kept.join(u'\n'));
    m_kept->setMaximumHeight(fontMetrics().lineSpacing() * 7);
    m_keptLabel->setBuddy(m_kept);

    m_undoNote = new QLabel(this);
    m_undoNote->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *showRow = new QHBoxLayout;
    showRow->addWidget(m_showLabel);
    showRow->addWidget(m_show);
    showRow->addStretch(1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_undoNote, 1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    const bool problems = !plan.ok;
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_problems, problems ? 1 : 0);
    layout->addLayout(showRow);
    layout->addWidget(m_rows, problems ? 0 : 1);
    layout->addWidget(m_rowDetail);
    layout->addWidget(m_listed);
    layout->addWidget(m_keptLabel);
    layout->addWidget(m_kept);
    layout->addLayout(bottom);
    m_problemsLabel->setVisible(problems);
    m_problems->setVisible(problems);
    m_keptLabel->setVisible(!plan.kept.isEmpty());
    m_kept->setVisible(!plan.kept.isEmpty());
    // With problems nothing is imported, so the rows matter less than what to fix.
    const bool anyRows = !plan.changes.isEmpty();
    m_showLabel->setVisible(anyRows);
    m_show->setVisible(anyRows);
    m_rows->setVisible(anyRows);
    if (anyRows && m_model->rowCount() > 0)
        m_rows->setCurrentIndex(m_model->index(0, ImportPlanModel::Action));
    m_rowDetail->setVisible(anyRows && !m_rowDetail->text().isEmpty());

    m_import->setEnabled(canImport());
    // Return never imports a file that moves measures to other countries: that takes a decision.
    m_import->setDefault(canImport() && plan.otherCountry == 0);
    m_cancel->setDefault(!m_import->isDefault());
    resize(qMax(900, 64 * em), problems || anyRows ? 560 : 260);
    retranslate();
    (anyRows ? static_cast<QWidget *>(m_rows) : problems ? static_cast<QWidget *>(m_problems) : m_cancel)->setFocus();
}

bool ImportPreviewDialog::canImport() const { return m_plan.ok && m_plan.added + m_plan.updated > 0; }

QString ImportPreviewDialog::summaryText() const { return m_summary->text(); }

void ImportPreviewDialog::retranslate()
{
    setWindowTitle(tr("Import Preview"));
    m_rows->setAccessibleName(tr("Rows of the file"));
    m_heading->setText(m_plan.platform ? tr("Importing the Policy Monitoring Platform's export “%1” into “%2”").arg(m_plan.displayName, m_catalogueName)
                                       : tr("Importing “%1” into “%2”").arg(m_plan.displayName, m_catalogueName));
    QString summary;
    if (!m_plan.ok) {
        summary = tr("Nothing can be imported yet: the file has %n problem(s). Correct them in the file, save it and "
                     "import it again. Nothing has been written.", nullptr, m_plan.problemCount);
    } else {
        summary = tr("%n row(s) in the file: ", nullptr, m_plan.rows) + tr("%n to add, ", nullptr, m_plan.added)
                + tr("%n to update, ", nullptr, m_plan.updated) + tr("%n already up to date.", nullptr, m_plan.unchanged);
        if (m_plan.keptNewer)
            summary += u' ' + tr("%n will be left as they are, because the catalogue's copy is newer.", nullptr, m_plan.keptNewer);
        if (m_plan.similar)
            summary += u' ' + tr("%n of the rows to add look like measures already in the catalogue (the same title and "
                                 "country): check them before importing.", nullptr, m_plan.similar);
        if (m_plan.restored)
            summary += u' ' + tr("%n of the rows to add bring back a measure deleted here (Show lists them, with when and by "
                                 "whom it was deleted).", nullptr, m_plan.restored);
        if (m_plan.added + m_plan.updated == 0)
            summary += u' ' + tr("Nothing would change: there is nothing to import.");
        if (m_plan.otherCountry)
            summary += u' ' + tr("%n of the rows to update would move a measure to another country: check that the file is a "
                                 "newer export of the same view (Show lists them).", nullptr, m_plan.otherCountry);
    }
    if (const QString amounts = m_plan.amountsNote(); !amounts.isEmpty())
        summary += u' ' + amounts; // in the language the file was checked in
    if (m_plan.platform && m_plan.ok)
        summary += u' ' + tr("Rows are matched to measures by the platform's measure ID: importing a newer export of the same "
                             "view updates them.");
    if (const QString encoding = m_plan.encodingNote(); !encoding.isEmpty() && m_plan.ok)
        summary += u' ' + encoding; // in the language the file was checked in, as the amounts' note
    m_summary->setText(summary);
    m_keptLabel->setText(tr("&Kept as written: %n value(s) that match none of the catalogue's terms go to “Values kept as "
                            "written” of their measure, as FILE:LINE:COLUMN:", nullptr, m_plan.keptCount));
    m_problemsLabel->setText(m_plan.problemCount > m_plan.problems.size()
                                 ? tr("&Problems (the first %n), as FILE:LINE:COLUMN:", nullptr, int(m_plan.problems.size()))
                                 : tr("&Problems, as FILE:LINE:COLUMN:"));
    m_showLabel->setText(tr("&Show:"));
    {
        const int current = m_show->currentIndex();
        const QSignalBlocker blocker(m_show);
        m_show->clear();
        using Show = ImportPlanModel::Show;
        // The file's counts (the list itself may hold only the first rows of a large file). A row
        // with a problem is listed among the problems, not here: “All” then counts what the list
        // holds, so that the two agree.
        const int listable = m_plan.ok ? m_plan.rows : int(m_plan.changes.size());
        const struct {
            Show show;
            QString text;
            int count;
        } choices[] = {{Show::All, tr("All rows (%L1)"), listable},
                       {Show::ToAdd, tr("To add (%L1)"), m_plan.added},
                       {Show::ToUpdate, tr("To update (%L1)"), m_plan.updated},
                       {Show::OtherCountry, tr("Move to another country (%L1)"), m_plan.otherCountry},
                       {Show::LookAlike, tr("Look like a measure already there (%L1)"), m_plan.similar},
                       {Show::Deleted, tr("Deleted here before (%L1)"), m_plan.restored},
                       {Show::Unchanged, tr("Already up to date (%L1)"), m_plan.unchanged},
                       {Show::KeptNewer, tr("Left as they are (%L1)"), m_plan.keptNewer}};
        for (const auto &choice : choices)
            if (choice.show == Show::All || choice.count > 0)
                m_show->addItem(choice.text.arg(choice.count), int(choice.show));
        m_show->setCurrentIndex(qMax(0, current));
    }
    m_listed->setText(m_plan.changes.size() < m_plan.rows && m_plan.ok
                          ? tr("%L1 of the file's %L2 rows are listed here, those that change the catalogue first; the import "
                               "takes all of them.").arg(m_plan.changes.size()).arg(m_plan.rows)
                          : QString());
    m_listed->setVisible(!m_listed->text().isEmpty());
    m_import->setText(tr("&Import"));
    m_undoNote->setText(!canImport() ? QString()
                        : !m_plan.keptForUndo()
                            ? tr("This import is too large to undo: a backup copy of the catalogue is made first, and "
                                 "earlier steps can no longer be undone either.")
                            : tr("The whole import is one step: Edit ▸ Undo takes it back."));
    m_model->retranslate();
    m_rows->resizeColumnToContents(ImportPlanModel::Action); // "Already up to date" whole, in either language
}

void ImportPreviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
