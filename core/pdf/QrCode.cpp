#include "pdf/QrCode.h"

#include <qrencode.h>

namespace custos::pdf {

Result<ModuleGrid> qrCode(const QByteArray &data)
{
    QRcode *code = QRcode_encodeData(int(data.size()), reinterpret_cast<const unsigned char *>(data.constData()), 0, QR_ECLEVEL_M);
    if (!code)
        return makeError(ErrorCode::BadInput, QStringLiteral("%1 bytes do not fit in a QR code").arg(data.size()));
    ModuleGrid g;
    g.size = code->width;
    g.dark.resize(qsizetype(code->width) * code->width);
    for (qsizetype i = 0; i < g.dark.size(); ++i)
        g.dark[i] = char(code->data[i] & 1); // bit 0: dark module
    QRcode_free(code);
    return g;
}

} // namespace custos::pdf
