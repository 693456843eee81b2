#pragma once

#include "catalogue/catalogue.h"
#include "model/measure.h"
#include "model/vocabulary.h"
#include "store/measurerepository.h"

#include <QHash>
#include <QObject>
#include <QUndoStack>
#include <memory>
#include <optional>

// The catalogue open in a window: the file, its vocabularies and the undo history of edits.
// Widgets go through it (never through SQL) and learn about changes from its signals.
class CatalogueSession : public QObject
{
    Q_OBJECT
public:
    explicit CatalogueSession(QObject *parent = nullptr);
    ~CatalogueSession() override;

    bool isOpen() const { return m_catalogue != nullptr; }
    Catalogue *catalogue() const { return m_catalogue.get(); }
    const Vocabulary &vocabulary() const { return m_vocabulary; }
    bool isReadOnly() const { return !m_catalogue || m_catalogue->isReadOnly(); }
    QUndoStack *undoStack() { return &m_undo; }

    // Replacing or closing a catalogue that was changed makes an automatic backup copy first
    // (rotated: the newest AppSettings::automaticBackupsKept() are kept).
    void setCatalogue(std::unique_ptr<Catalogue> catalogue);
    void close();

    std::optional<Measure> load(qint64 id) const;
    // Partners already in the catalogue: name -> type code (completion in the measure form).
    QHash<QString, QString> knownPartners() const;
    // Saves through core (validation, one transaction) and records the change for undo.
    MeasureRepository::SaveResult save(Measure &measure);
    QString remove(const QList<qint64> &ids);

    // Used by undo commands: put measures back exactly, or remove them by identity.
    QString restore(const QList<Measure> &measures);
    QString removeByUuid(const QStringList &uuids);

    // After changes made outside the undo history (partners, vocabularies, import).
    void reloadVocabulary();
    void notifyMeasuresChanged();

signals:
    void catalogueChanged();  // opened or closed
    void measuresChanged();   // content changed: tables reload
    void vocabularyChanged(); // terms added, labels edited
    void undoFailed(const QString &message);
    void automaticBackupFailed(const QString &message);

private:
    void backUpBeforeClosing();

    std::unique_ptr<Catalogue> m_catalogue;
    std::unique_ptr<MeasureRepository> m_repository;
    Vocabulary m_vocabulary;
    QUndoStack m_undo;
};
