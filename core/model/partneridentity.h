// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// When two names are the same partner: equal once spaces are simplified and case is folded.
// Accents are part of a name ("Ministério" and "Ministerio" are two partners): folding them
// would have made partners that existing catalogues keep apart collide. The one definition,
// used by the store (the partner table's name_key), the import, the validator, the merge,
// Find Duplicates and the measures' digests.
namespace PartnerIdentity {

inline QString key(const QString &name) { return name.simplified().toCaseFolded(); }
inline bool same(const QString &a, const QString &b) { return key(a) == key(b); }

} // namespace PartnerIdentity
