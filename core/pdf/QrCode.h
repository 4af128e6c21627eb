#pragma once
// QR codes through libqrencode (Debian libqrencode-dev), as a ModuleGrid the document paints.

#include "pdf/Document.h"
#include "util/Result.h"

#include <QByteArray>

namespace custos::pdf {

// Encodes `data` as 8-bit bytes with error correction level M, in the smallest version that
// holds it. Errors (BadInput) when it is too long for a QR code.
Result<ModuleGrid> qrCode(const QByteArray &data);

} // namespace custos::pdf
