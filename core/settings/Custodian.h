#pragma once
// The custodian's own details (name, postal address, authorisation id, where clients report a
// discrepancy), kept in the register so statements and the evidence pack print them.

#include "util/Result.h"

#include <QString>

namespace custos::reg {
class Register;
}

namespace custos::settings {

struct Custodian {
    QString name;             // legal name, e.g. "Custos Demo Custody GmbH"
    QString address;          // postal address, lines separated by '\n'
    QString authorisationId;  // the CASP authorisation number under MiCA
    QString contact;          // where a client reports a discrepancy (e-mail or address)
};

// Empty fields when never set.
Result<Custodian> readCustodian(reg::Register &r);
// Admin only; a non-empty name is required; audited as "settings.custodian".
Status setCustodian(reg::Register &r, const Custodian &c);

} // namespace custos::settings
