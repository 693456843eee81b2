// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

// A read-only text field looks it: its background is the window's, as a disabled field's is,
// while its text can still be selected and copied (which disabling would prevent).
void setReadOnlyLook(QWidget *field, bool readOnly);
