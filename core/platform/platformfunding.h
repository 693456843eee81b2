// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

// The amount in US dollars a funding text states, if it states one: "USD 11,782.5 (2019)",
// "CAD 2.5 million (or USD 1.8 million)", "1 200 000 USD", "US$ 150.000". The text itself is kept
// as written; this only fills the amount. Nothing when no amount is given in USD
// ("Not applicable.", "EUR 40,000").
namespace PlatformFunding {
std::optional<qint64> usdCents(const QString &text);
}
