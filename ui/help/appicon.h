// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

// The application's own icon (an SVG drawn for every size), for windows, the About box and the
// welcome page.
namespace AppIcon {
QIcon icon();
QString path(); // the resource, for a pixmap at a given size
} // namespace AppIcon
