#pragma once
// Incremental UTF-8 validation for the CSV reader, with an ASCII fast path.

#include <QtGlobal>

namespace custos::io {

struct Utf8Scan {
    qsizetype validEnd = 0; // bytes [begin, validEnd) are complete, valid UTF-8
    bool invalid = false;   // the sequence at validEnd is invalid (else it is merely cut off by
                            // the end of the data, or validEnd == end)
};

// Validates data[begin, end). Overlong forms, surrogates and code points above U+10FFFF are
// invalid.
Utf8Scan scanUtf8(const char *data, qsizetype begin, qsizetype end);

} // namespace custos::io
