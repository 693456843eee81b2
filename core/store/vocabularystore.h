#pragma once

#include "model/vocabulary.h"

#include <QCoreApplication>

class Catalogue;

// Analysts' own cultural domains and partner types, with English and Spanish labels. Built-in
// terms and terms in use cannot be removed; the message says why.
class VocabularyStore
{
    Q_DECLARE_TR_FUNCTIONS(VocabularyStore)
public:
    explicit VocabularyStore(const Catalogue &catalogue);

    // Adds a term; its code is derived from the English label ("Video games" -> video_games).
    QString add(VocabularyKind kind, const QString &labelEn, const QString &labelEs, QString *code = nullptr);
    QString updateLabels(VocabularyKind kind, const QString &code, const QString &labelEn, const QString &labelEs);
    QString remove(VocabularyKind kind, const QString &code);
    int usage(VocabularyKind kind, const QString &code) const;

private:
    const Catalogue &m_catalogue;
};
