#include "reconcile/ReconQueries.h"

#include "register/Register.h"

namespace custos::reconcile {

Result<QStringList> assetChains(reg::Register &r)
{
    auto st = r.db().prepare("SELECT DISTINCT chain FROM assets ORDER BY chain");
    if (!st.ok())
        return st.error();
    QStringList out;
    while (true) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return out;
        out.append(st->columnText(0));
    }
}

} // namespace custos::reconcile
