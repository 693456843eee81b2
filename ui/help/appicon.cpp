// SPDX-License-Identifier: GPL-3.0-or-later
#include "appicon.h"

QString AppIcon::path() { return QStringLiteral(":/icons/measures.svg"); }

QIcon AppIcon::icon()
{
    static const QIcon icon(path());
    return icon;
}
