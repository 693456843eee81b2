// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Lower case without accents, trimmed, inner whitespace collapsed: how analysts type and match
// ("accion" matches "Acción").
QString foldForMatching(const QString &text);
// The key a title sorts by: folded, and without leading quotes or punctuation, so that
// "‘CONECTA’ Meeting" sorts under C and "Ámbito" next to "ambito".
QString sortKey(const QString &text);
