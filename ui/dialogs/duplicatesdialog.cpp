// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicatesdialog.h"

#include "merge/duplicatemerge.h"
#include "models/measuretext.h"
#include "session/cataloguesession.h"
#include "session/uilanguage.h"
#include "widgets/comparisontable.h"

#include <QApplication>
#include <QComboBox>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>


DuplicatesDialog::DuplicatesDialog(CatalogueSession *session, QList<DuplicatePair> pairs, QWidget *parent)
    : QDialog(parent), m_session(session), m_list(std::move(pairs))
{
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_pairs = new QListWidget(this);
    m_pairs->setTextElideMode(Qt::ElideRight);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_fields = new ComparisonTable(this);
    // The fields the two share are folded away: what differs is what needs reading.
    m_showSame = new QCheckBox(this);
    m_showSame->setObjectName(QStringLiteral("showSameFields"));
    connect(m_showSame, &QCheckBox::toggled, this, &DuplicatesDialog::foldSame);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_hint);
    detailLayout->addWidget(m_fields, 1);
    detailLayout->addWidget(m_showSame);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(m_pairs);
    m_splitter->addWidget(detail);
    m_splitter->setSizes({160, 440});

    auto *buttons = new QDialogButtonBox(this);
    m_merge = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter never merges two measures by surprise: the button is pressed, or Alt+M.
    m_merge->setAutoDefault(false);
    m_close->setAutoDefault(false);
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesDialog::mergeSelected);
    connect(m_pairs, &QListWidget::currentRowChanged, this, [this] { showPair(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(buttons);
    resize(1000, 660);
    retranslate();
    m_pairs->setFocus();
}

int DuplicatesDialog::findIn(CatalogueSession *session, QWidget *parent)
{
    QString error;
    QList<DuplicatePair> pairs = session->duplicates(&error);
    if (session->lastStepCancelled())
        return 0; // the analyst stopped looking
    if (!error.isEmpty()) {
        QMessageBox::warning(parent, tr("Duplicates could not be looked for"), session->unreadableMessage(error));
        return 0;
    }
    DuplicatesDialog dialog(session, std::move(pairs), parent);
    dialog.exec();
    return dialog.merged();
}

void DuplicatesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void DuplicatesDialog::retranslate()
{
    setWindowTitle(tr("Find Duplicates"));
    m_fields->setHeaders(tr("Field"), tr("First"), tr("Second"), tr("Keep"));
    m_pairs->setAccessibleName(tr("Possible duplicates"));
    m_fields->setAccessibleName(tr("Fields of the two measures"));
    m_merge->setText(tr("&Merge These Two"));
    m_merge->setToolTip(tr("Keep the first measure with the fields picked from the second and both lists joined; delete the second. "
                           "Edit ▸ Undo takes it back."));
    fillPairs();
}

void DuplicatesDialog::fillPairs()
{
    const int current = qMax(0, m_pairs->currentRow());
    m_pairs->clear();
    m_summary->setText(m_list.isEmpty()
                           ? tr("No likely duplicates: no two measures share a platform measure ID, nor, in one country, the "
                                "words of their titles, most of them, or the same title in another language.")
                           : tr("%n pair(s) of measures that are probably the same. Pick a pair, compare it, and merge it if it "
                                "is one measure entered twice.", nullptr, int(m_list.size())));
    for (const DuplicatePair &pair : std::as_const(m_list)) {
        const QString why = pair.reason == DuplicatePair::Reason::PlatformId      ? tr("same platform measure ID")
                            : pair.reason == DuplicatePair::Reason::Title         ? tr("same words in the title")
                            : pair.reason == DuplicatePair::Reason::OtherLanguage ? tr("the same title in another language?")
                                : tr("titles %1 % alike").arg(QLocale().toString(qRound(pair.similarity * 100)));
        auto *item = new QListWidgetItem(QStringLiteral("%1  ⇄  %2  (%3)").arg(pair.firstTitle, pair.secondTitle, why), m_pairs);
        item->setToolTip(item->text());
    }
    if (!m_list.isEmpty())
        m_pairs->setCurrentRow(qMin(current, int(m_list.size()) - 1));
    // Nothing (left) to compare: the message alone, not two empty panes.
    m_splitter->setVisible(!m_list.isEmpty());
    if (m_list.isEmpty() && (!focusWidget() || !focusWidget()->isVisibleTo(this)))
        m_close->setFocus();
    showPair();
}

void DuplicatesDialog::showPair()
{
    const int row = m_pairs->currentRow();
    m_fields->setRowCount(0);
    m_sameRows.clear();
    m_first.reset();
    m_second.reset();
    m_merge->setEnabled(false);
    if (row < 0 || row >= m_list.size()) {
        m_hint->clear();
        m_showSame->hide();
        return;
    }
    m_first = m_session->load(m_list.at(row).firstId);
    m_second = m_session->load(m_list.at(row).secondId);
    if (!m_first || !m_second) {
        m_hint->setText(tr("One of these measures is no longer in the catalogue."));
        return;
    }
    m_hint->setText(tr("Lists (partners, goals, areas, domains, scope, nature) are joined. For each other field that differs, "
                       "pick the one to keep."));
    const Language language = UiLanguage::instance().current();
    const QLocale locale = localeFor(language);
    m_differing = DuplicateMerge::differing(*m_first, *m_second);
    const Measure joined = DuplicateMerge::combined(*m_first, *m_second, {});
    // The fields to decide first, then what the two share or join.
    QList<MeasureField> order = m_differing;
    for (MeasureField field : MeasureFields::contentFields())
        if (!order.contains(field))
            order << field;
    for (MeasureField field : std::as_const(order)) {
        const bool differs = m_differing.contains(field);
        if (!differs && !MeasureFields::isFilled(*m_first, field) && !MeasureFields::isFilled(*m_second, field))
            continue;
        const int r = m_fields->addRow(MeasureFields::label(field, language),
                                       MeasureText::cell(*m_first, field, m_session->vocabulary(), language, locale),
                                       MeasureText::cell(*m_second, field, m_session->vocabulary(), language, locale));
        if (differs) {
            // An empty field never wins over a filled one unless the analyst says so.
            const bool secondOnly = !MeasureFields::isFilled(*m_first, field) && MeasureFields::isFilled(*m_second, field);
            m_fields->setChoiceBox(r, {{tr("First"), ComparisonTable::First}, {tr("Second"), ComparisonTable::Second}},
                                   secondOnly ? ComparisonTable::Second : ComparisonTable::First)
                ->setProperty("field", int(field));
        } else {
            const bool joinedList = !MeasureFields::same(joined, *m_first, field) || !MeasureFields::same(joined, *m_second, field);
            m_fields->setChoiceText(r, joinedList ? tr("Both, joined") : tr("Same"));
            if (!joinedList)
                m_sameRows << r;
        }
    }
    m_fields->fitRows();
    foldSame();
    m_merge->setEnabled(!m_session->isReadOnly());
}

void DuplicatesDialog::mergeSelected()
{
    const int row = m_pairs->currentRow();
    if (!m_first || !m_second || row < 0)
        return;
    QList<MeasureField> fromSecond;
    for (int r = 0; r < m_fields->rowCount(); ++r)
        if (m_fields->choice(r) == ComparisonTable::Second)
            fromSecond << MeasureField(m_fields->choiceBox(r)->property("field").toInt());
    const QString error = m_session->mergeDuplicates(*m_first, *m_second, fromSecond);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("The two measures were not merged"), error);
        return;
    }
    ++m_merged;
    // Pairs naming the deleted measure are gone with it.
    const qint64 gone = m_second->id;
    m_list.removeIf([gone](const DuplicatePair &p) { return p.firstId == gone || p.secondId == gone; });
    m_list.removeIf([this](const DuplicatePair &p) { return p.firstId == m_first->id && p.secondId == m_second->id; });
    fillPairs();
}

void DuplicatesDialog::foldSame()
{
    for (int row : std::as_const(m_sameRows))
        m_fields->setRowHidden(row, !m_showSame->isChecked());
    m_showSame->setText(tr("Show the fields that are the same in both (%Ln)", nullptr, int(m_sameRows.size())));
    m_showSame->setVisible(!m_sameRows.isEmpty());
}
