// SPDX-License-Identifier: GPL-3.0-or-later
#include "readonlylook.h"

#include <QPalette>
#include <QWidget>

void setReadOnlyLook(QWidget *field, bool readOnly)
{
    if (!readOnly) {
        field->setPalette(QPalette()); // back to the style's
        return;
    }
    QPalette grey = field->palette();
    for (const auto group : {QPalette::Active, QPalette::Inactive})
        grey.setColor(group, QPalette::Base, grey.color(group, QPalette::Window));
    field->setPalette(grey);
}
