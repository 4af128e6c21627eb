#pragma once
// Read-only queries for the reconciliation screen: which chains the register can reconcile.

#include "util/Result.h"

#include <QStringList>

namespace custos::reg {
class Register;
}

namespace custos::reconcile {

// The chains of the register's assets (SELECT DISTINCT chain FROM assets), sorted by name.
Result<QStringList> assetChains(reg::Register &r);

} // namespace custos::reconcile
