#include "appicon.h"

QString AppIcon::path() { return QStringLiteral(":/icons/measures.svg"); }

QIcon AppIcon::icon()
{
    static const QIcon icon(path());
    return icon;
}
