// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergedialog.h"

#include "merge/mergetext.h"
#include "models/measuretext.h"
#include "session/uilanguage.h"
#include "widgets/comparisontable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QKeyEvent>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace {

constexpr int kEntryRole = Qt::UserRole;       // index in plan.entries, or -1 - index of a partner conflict
constexpr int kNoteRole = Qt::UserRole + 1;    // a line that only informs (a partner retyped in theirs)

} // namespace

MergeDialog::MergeDialog(MergePlan plan, const Vocabulary &vocabulary, const QString &catalogueName, QWidget *parent)
    : QDialog(parent), m_plan(std::move(plan)), m_catalogueName(catalogueName)
{
    QList<VocabularyTerm> terms = m_plan.newTerms;
    for (VocabularyKind kind : {VocabularyKind::ConventionGoal, VocabularyKind::MonitoringArea, VocabularyKind::CulturalDomain, VocabularyKind::Scope,
                                VocabularyKind::Nature, VocabularyKind::PartnerType, VocabularyKind::Country})
        terms << vocabulary.terms(kind);
    m_vocabulary = Vocabulary::fromTerms(terms);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    m_entries = new QListWidget(this);
    m_entries->setMinimumWidth(300);
    m_entries->setTextElideMode(Qt::ElideRight); // whole in the tooltip
    m_entries->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_entryHeading = new QLabel(this);
    m_entryHeading->setObjectName(QStringLiteral("entryHeading"));
    m_entryHeading->setWordWrap(true);
    m_entryHeading->setTextFormat(Qt::PlainText); // titles from a colleague's file, shown as written
    m_fields = new ComparisonTable(this);
    m_keepMine = new QPushButton(this);
    m_takeTheirs = new QPushButton(this);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_entryHeading);
    detailLayout->addWidget(m_fields, 1);
    auto *sideButtons = new QHBoxLayout;
    sideButtons->addWidget(m_keepMine);
    sideButtons->addWidget(m_takeTheirs);
    sideButtons->addStretch();
    detailLayout->addLayout(sideButtons);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_entries);
    splitter->addWidget(detail);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 700});

    m_allMine = new QPushButton(this);
    m_allTheirs = new QPushButton(this);
    m_allMine->setObjectName(QStringLiteral("allMine"));
    m_allTheirs->setObjectName(QStringLiteral("allTheirs"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("mergeState"));
    m_state->setWordWrap(true);
    m_previewEvery = new QCheckBox(this);
    m_previewEvery->setObjectName(QStringLiteral("previewEveryTime"));
    m_previewEvery->setChecked(true);
    m_previewEvery->setVisible(false);
    auto *buttons = new QDialogButtonBox(this);
    m_merge = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter never merges, nor throws the choices away, nor picks a side for everything: only
    // a button pressed does (keyPressEvent).
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_allMine);
    bottom->addWidget(m_allTheirs);
    bottom->addStretch();
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_state);
    layout->addWidget(m_previewEvery);
    layout->addLayout(bottom);

    connect(m_entries, &QListWidget::currentRowChanged, this, [this] { showEntry(); });
    connect(m_keepMine, &QPushButton::clicked, this, [this] { chooseForSelected(MergeSide::Mine); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { chooseForSelected(MergeSide::Theirs); });
    connect(m_allMine, &QPushButton::clicked, this, [this] { chooseForAll(MergeSide::Mine); });
    connect(m_allTheirs, &QPushButton::clicked, this, [this] { chooseForAll(MergeSide::Theirs); });

    resize(1100, 640);
    retranslate();
    m_entries->setFocus();
}

void MergeDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (auto *button = qobject_cast<QPushButton *>(focusWidget()))
            button->click();
        else if (m_fromTeam && m_plan.conflictCount() == 0 && m_merge->isEnabled())
            m_merge->click(); // nothing to decide: the team's changes shown, Enter brings them in
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void MergeDialog::reject()
{
    // Choices made in a long list of conflicts are work: not thrown away by a stray Escape.
    bool chose = std::any_of(m_plan.partnerConflicts.cbegin(), m_plan.partnerConflicts.cend(),
                             [](const PartnerConflict &c) { return c.choice != MergeSide::Undecided; });
    for (const MergeEntry &entry : std::as_const(m_plan.entries))
        chose = chose || entry.whole != MergeSide::Undecided
             || std::any_of(entry.choices.cbegin(), entry.choices.cend(), [](MergeSide s) { return s != MergeSide::Undecided; });
    if (chose && QMessageBox::question(this, tr("Cancel the Merge?"), tr("Cancel the merge and forget the sides you picked? Nothing has been merged yet."),
                                       QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    QDialog::reject();
}

void MergeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QString MergeDialog::summaryText() const { return MergeText::summary(m_plan); }

void MergeDialog::setFromTeam(bool fromTeam)
{
    m_fromTeam = fromTeam;
    m_previewEvery->setVisible(fromTeam);
    retranslate();
    // Nothing to decide: Enter synchronizes (Tab reaches the list to look first).
    if (fromTeam && m_plan.conflictCount() == 0)
        m_merge->setFocus();
}

void MergeDialog::setPreviewEveryTime(bool every) { m_previewEvery->setChecked(every); }

bool MergeDialog::previewEveryTime() const { return m_previewEvery->isChecked(); }

void MergeDialog::retranslate()
{
    // Synchronize shows the team's changes in the same dialog, in the team's words.
    setWindowTitle(m_fromTeam ? tr("Synchronize with the Team") : tr("Merge Catalogue"));
    m_heading->setText(!m_fromTeam                ? tr("Merge “%1” into “%2”").arg(m_plan.displayName, m_catalogueName)
                       : m_plan.conflictCount() > 0 ? tr("What the team “%1” pushed meets what you changed in “%2”").arg(m_plan.displayName, m_catalogueName)
                                                    : tr("What the team “%1” pushed, to bring into “%2”").arg(m_plan.displayName, m_catalogueName));
    m_previewEvery->setText(tr("Show the team's changes like this before e&very synchronize (otherwise only when they meet yours)"));
    m_fields->setHeaders(tr("Field"), tr("Yours"), m_fromTeam ? tr("The team's") : tr("Theirs"), tr("Use"));
    m_entries->setAccessibleName(m_fromTeam ? tr("The team's changes") : tr("What the merge brings"));
    m_fields->setAccessibleName(tr("Fields, yours and theirs"));
    m_keepMine->setText(tr("Keep &Yours for This Measure"));
    m_takeTheirs->setText(m_fromTeam ? tr("Take the &Team's for This Measure") : tr("Take &Theirs for This Measure"));
    m_allMine->setText(tr("Keep Yours for &All Undecided"));
    m_allTheirs->setText(m_fromTeam ? tr("Take the Team's for A&ll Undecided") : tr("Take Theirs for A&ll Undecided"));
    m_merge->setText(m_fromTeam ? tr("&Synchronize") : tr("&Merge"));
    fillEntries();
    updateState();
}

void MergeDialog::showSummary()
{
    QString summary = summaryText();
    const Language language = UiLanguage::instance().current();
    if (!m_plan.newTerms.isEmpty()) {
        QStringList added;
        for (const VocabularyTerm &term : std::as_const(m_plan.newTerms))
            added << term.label(language);
        summary += u'\n' + tr("Their own values added to your lists: %1.").arg(added.join(QStringLiteral(", ")));
    }
    for (const QString &note : std::as_const(m_plan.termNotes))
        summary += u'\n' + note;
    m_summary->setText(summary);
}

void MergeDialog::fillEntries()
{
    const int current = qMax(0, m_entries->currentRow());
    const Language language = UiLanguage::instance().current();
    m_entries->clear();
    // Conflicts first: they are what the analyst has to look at.
    for (int i = 0; i < m_plan.partnerConflicts.size(); ++i) {
        auto *item = new QListWidgetItem(m_entries);
        item->setData(kEntryRole, -1 - i);
    }
    for (bool conflicts : {true, false})
        for (int i = 0; i < m_plan.entries.size(); ++i) {
            const MergeEntry &entry = m_plan.entries.at(i);
            if ((entry.kind == MergeEntry::Kind::Conflict) != conflicts)
                continue;
            auto *item = new QListWidgetItem(m_entries);
            item->setData(kEntryRole, i);
        }
    for (const PartnerConflict &update : std::as_const(m_plan.partnerUpdates)) {
        if (update.choice != MergeSide::Theirs || update.myType == update.theirType)
            continue;
        auto *item = new QListWidgetItem(MergeText::partnerUpdateLine(update, m_vocabulary, language), m_entries);
        item->setData(kNoteRole, item->text());
        item->setToolTip(item->text());
    }
    if (m_entries->count() == 0) {
        auto *item = new QListWidgetItem(tr("“%1” brings nothing new: every measure in it is here already, the same or with later changes made here.").arg(m_plan.displayName), m_entries);
        item->setData(kEntryRole, QVariant());
        item->setFlags(Qt::NoItemFlags);
    }
    labelEntries();
    m_entries->setCurrentRow(qMin(current, m_entries->count() - 1));
    showEntry();
}

// A conflict with a side shows it, so that what is left to decide stands out.
void MergeDialog::labelEntries()
{
    const Language language = UiLanguage::instance().current();
    for (int row = 0; row < m_entries->count(); ++row) {
        QListWidgetItem *item = m_entries->item(row);
        if (!item->data(kEntryRole).isValid())
            continue;
        const int index = item->data(kEntryRole).toInt();
        QString text;
        if (index < 0) {
            const PartnerConflict &conflict = m_plan.partnerConflicts.at(-1 - index);
            text = (conflict.choice == MergeSide::Undecided ? tr("Partner: %1")
                    : conflict.choice == MergeSide::Mine    ? tr("✔ Yours: partner %1")
                                                            : tr("✔ Theirs: partner %1"))
                       .arg(conflict.name);
        } else {
            text = MergeText::line(m_plan.entries.at(index), m_vocabulary, language);
        }
        item->setText(text);
        item->setToolTip(item->text());
    }
}

MergeEntry *MergeDialog::selectedEntry()
{
    const QListWidgetItem *item = m_entries->currentItem();
    if (!item || !item->data(kEntryRole).isValid())
        return nullptr;
    const int index = item->data(kEntryRole).toInt();
    return index >= 0 ? &m_plan.entries[index] : nullptr;
}

PartnerConflict *MergeDialog::selectedPartner()
{
    const QListWidgetItem *item = m_entries->currentItem();
    if (!item || !item->data(kEntryRole).isValid())
        return nullptr;
    const int index = item->data(kEntryRole).toInt();
    return index < 0 ? &m_plan.partnerConflicts[-1 - index] : nullptr;
}

void MergeDialog::showEntry()
{
    const Language language = UiLanguage::instance().current();
    const QLocale locale = localeFor(language);
    m_fields->setRowCount(0);
    const auto side = [](MergeSide s) {
        return s == MergeSide::Mine ? ComparisonTable::First : s == MergeSide::Theirs ? ComparisonTable::Second : ComparisonTable::Undecided;
    };
    // A row whose side is asked for: its box says Choose…, Yours or Theirs.
    const auto addChoice = [&](const QString &field, const std::optional<QString> &mine, const std::optional<QString> &theirs, MergeSide current,
                               const std::function<void(MergeSide)> &choose, const QStringList &sides = {}) {
        const int row = m_fields->addRow(field, mine, theirs);
        QComboBox *box = m_fields->setChoiceBox(row,
                                                {{tr("Choose…"), ComparisonTable::Undecided},
                                                 {sides.value(0, tr("Yours")), ComparisonTable::First},
                                                 {sides.value(1, tr("Theirs")), ComparisonTable::Second}},
                                                side(current));
        // Keyboard and mouse alike.
        connect(box, &QComboBox::currentIndexChanged, this, [this, box, choose] {
            const int data = box->currentData().toInt();
            choose(data == ComparisonTable::First ? MergeSide::Mine : data == ComparisonTable::Second ? MergeSide::Theirs : MergeSide::Undecided);
            updateState();
        });
    };

    if (PartnerConflict *partner = selectedPartner()) {
        m_entryHeading->setText(tr("The partner “%1” has another type in their catalogue. One type serves every measure that names it.")
                                    .arg(partner->name));
        addChoice(MeasureFields::label(MeasureField::Partners, language),
                  m_vocabulary.label(VocabularyKind::PartnerType, partner->myType, language),
                  m_vocabulary.label(VocabularyKind::PartnerType, partner->theirType, language), partner->choice,
                  [partner](MergeSide s) { partner->choice = s; });
    } else if (MergeEntry *entry = selectedEntry()) {
        const Measure empty;
        const Measure &mine = entry->mine ? *entry->mine : empty;
        const Measure &theirs = entry->theirs ? *entry->theirs : empty;
        QString heading = MergeText::kind(entry->kind) + QStringLiteral(": ") + entry->title();
        if (entry->isDeletionConflict() && entry->askedAgain) {
            heading += u'\n' + (entry->mine ? tr("Undoing a merge here brought this measure back after their deletion came in. Keep "
                                                 "yours, or delete it as they did?")
                                            : tr("Undoing a merge here deleted their version of this measure. Keep it deleted, or "
                                                 "bring theirs back?"));
            addChoice(tr("The whole measure"), entry->mine ? tr("Brought back by the undo") : tr("Deleted by the undo"),
                      entry->theirs ? tr("As they have it") : tr("Deleted"),
                      entry->whole, [entry](MergeSide s) { entry->whole = s; },
                      {entry->mine ? tr("Keep yours") : tr("Keep it deleted"), entry->theirs ? tr("Bring theirs back") : tr("Delete it")});
        } else if (entry->isDeletionConflict()) {
            heading += u'\n' + (entry->mine ? tr("You changed this measure; your colleague deleted it. Keep yours, or delete it?")
                                            : tr("You deleted this measure; your colleague changed it. Keep it deleted, or bring theirs back?"));
            addChoice(tr("The whole measure"), entry->mine ? tr("Changed") : tr("Deleted"), entry->theirs ? tr("Changed") : tr("Deleted"),
                      entry->whole, [entry](MergeSide s) { entry->whole = s; },
                      {entry->mine ? tr("Keep yours") : tr("Keep it deleted"), entry->theirs ? tr("Bring theirs back") : tr("Delete it")});
        } else if (entry->askedAgain && entry->undone.size() < entry->conflicts.size()) {
            heading += u'\n' + tr("Both of you changed some of the fields below; undoing a merge here took their version of the "
                                  "others away. Pick a side for each; whatever you pick, they are not asked about again.");
        } else if (entry->askedAgain) {
            heading += u'\n' + tr("Undoing a merge here took their version of the fields below away. Pick theirs where you want it "
                                  "after all; whatever you pick, they are not asked about again.");
        } else if (entry->kind == MergeEntry::Kind::Conflict) {
            heading += u'\n' + (entry->isResolved() ? tr("Both of you changed the fields below; you picked a side for each.")
                                                    : tr("Both of you changed the fields marked “Choose…” since you last shared this measure. "
                                                         "Pick a side for each."));
        }
        m_entryHeading->setText(heading);
        QList<MeasureField> shown = entry->conflicts;
        shown << entry->theirChanges << entry->myChanges;
        if (entry->isDeletionConflict())
            shown << entry->changedAgainstDeletion; // what was changed against the deletion, first
        if (entry->kind == MergeEntry::Kind::Added || entry->kind == MergeEntry::Kind::Deleted || entry->isDeletionConflict())
            for (MeasureField field : MeasureFields::contentFields())
                if (!shown.contains(field) && (MeasureFields::isFilled(theirs, field) || MeasureFields::isFilled(mine, field)))
                    shown << field;
        for (MeasureField field : std::as_const(shown)) {
            const QString label = MeasureFields::label(field, language);
            // A side that is not there (added, deleted) shows a dash, not "(empty)".
            const std::optional<QString> mineText =
                entry->mine ? std::optional(MeasureText::cell(mine, field, m_vocabulary, language, locale)) : std::nullopt;
            const std::optional<QString> theirsText =
                entry->theirs ? std::optional(MeasureText::cell(theirs, field, m_vocabulary, language, locale)) : std::nullopt;
            if (entry->conflicts.contains(field) && !entry->isDeletionConflict()) {
                addChoice(label, mineText, theirsText, entry->choices.value(field),
                          [entry, field](MergeSide s) { entry->choices.insert(field, s); });
                continue;
            }
            const bool changedAgainstDeletion = entry->isDeletionConflict() && entry->changedAgainstDeletion.contains(field);
            m_fields->setChoiceText(m_fields->addRow(label, mineText, theirsText),
                                    changedAgainstDeletion ? (entry->mine ? tr("Changed here since you last shared it")
                                                                          : tr("Changed there since you last shared it"))
                                    : entry->theirChanges.contains(field)          ? tr("Theirs (changed only there)")
                                    : entry->myChanges.contains(field)           ? tr("Yours (changed only here)")
                                    : entry->kind == MergeEntry::Kind::Deleted ? tr("Deleted")
                                    : entry->kind == MergeEntry::Kind::Added   ? tr("Theirs")
                                                                               : QString());
        }
    } else {
        const QListWidgetItem *item = m_entries->currentItem();
        m_entryHeading->setText(item ? item->data(kNoteRole).toString() : QString());
    }
    m_fields->fitRows();
    const bool conflict = selectedPartner() || (selectedEntry() && selectedEntry()->kind == MergeEntry::Kind::Conflict);
    m_keepMine->setEnabled(conflict);
    m_takeTheirs->setEnabled(conflict);
}

void MergeDialog::chooseForSelected(MergeSide side)
{
    if (PartnerConflict *partner = selectedPartner())
        partner->choice = side;
    else if (MergeEntry *entry = selectedEntry())
        entry->choose(side);
    showEntry();
    updateState();
}

void MergeDialog::chooseForAll(MergeSide side)
{
    // Only what is still undecided: a side already picked, field by field, stays picked.
    for (MergeEntry &entry : m_plan.entries) {
        if (entry.kind != MergeEntry::Kind::Conflict)
            continue;
        if (entry.isDeletionConflict() && entry.whole == MergeSide::Undecided)
            entry.whole = side;
        for (MeasureField field : std::as_const(entry.conflicts))
            if (entry.choices.value(field, MergeSide::Undecided) == MergeSide::Undecided)
                entry.choices.insert(field, side);
    }
    for (PartnerConflict &conflict : m_plan.partnerConflicts)
        if (conflict.choice == MergeSide::Undecided)
            conflict.choice = side;
    showEntry();
    updateState();
}

void MergeDialog::updateState()
{
    showSummary();
    labelEntries();
    const int open = m_plan.unresolved();
    const bool anything = !m_plan.changesNothing() || !m_plan.partnerConflicts.isEmpty();
    m_allMine->setVisible(m_plan.conflictCount() > 0);
    m_allTheirs->setVisible(m_plan.conflictCount() > 0);
    if (!anything)
        m_state->setText(tr("Nothing to merge."));
    else if (open > 0)
        m_state->setText(tr("%n conflict(s) still need a side: pick one per field (in the table, ← yours, → theirs), per measure, or for all.",
                            nullptr, open));
    else if (m_plan.outcome().isEmpty() && m_plan.newTerms.isEmpty())
        m_state->setText(tr("Merging now changes no measure here: the histories record the sides you picked, so they are not asked again."));
    else if (m_fromTeam)
        m_state->setText(m_plan.keptForUndo()
                             ? tr("Synchronizing now: %1, then what changed here is sent to the team. Edit ▸ Undo takes the team's "
                                  "changes back out of this catalogue, as a change of yours.")
                                   .arg(MergeText::outcome(m_plan))
                             : tr("Synchronizing now: %1, then what changed here is sent to the team. This is too large to undo: a "
                                  "backup copy of this catalogue is made first, and File ▸ Restore from Backup opens it as it was.")
                                   .arg(MergeText::outcome(m_plan)));
    else if (!m_plan.keptForUndo())
        m_state->setText(tr("Merging now: %1. This merge is too large to undo, and earlier steps can no longer be undone "
                            "either: a backup copy of this catalogue is made first, and File ▸ Restore from Backup opens "
                            "the catalogue as it was.")
                             .arg(MergeText::outcome(m_plan)));
    else
        m_state->setText(tr("Merging now: %1. A backup copy of this catalogue is made first, and Edit ▸ Undo takes the whole merge back.")
                             .arg(MergeText::outcome(m_plan)));
    m_merge->setEnabled(anything && open == 0);

}
