// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"

#include <QString>
#include <QStringList>

// The two fixed code lists that are not vocabulary tables: whether a measure was evaluated and
// the analyst's review status. Labels come from the translation catalogue.
namespace Evaluation {
QStringList codes(); // yes, no, unknown
QString label(const QString &code, Language language);
QString match(const QString &text); // code or label in either language -> code, or empty
} // namespace Evaluation

// The stages of the cultural value chain a measure works on (earlier report forms).
namespace ValueChain {
QStringList codes(); // creation, production, distribution, access, participation
QString label(const QString &code, Language language);
QString match(const QString &text);
} // namespace ValueChain

namespace ReviewStatus {
QStringList codes(); // draft, ready
QString label(const QString &code, Language language);
QString match(const QString &text);
} // namespace ReviewStatus
