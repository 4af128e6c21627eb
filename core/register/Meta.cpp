#include "register/Meta.h"

#include "register/Database.h"

namespace custos::reg {

Result<QString> readMeta(Database &db, const QString &key)
{
    auto st = db.prepare("SELECT value FROM meta WHERE key = ?");
    if (!st.ok())
        return st.error();
    st->bind(1, key);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    return *row ? st->columnText(0) : QString();
}

Status writeMeta(Database &db, const QString &key, const QString &value)
{
    auto st = db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)");
    if (!st.ok())
        return st.error();
    st->bind(1, key).bind(2, value);
    return st->run();
}

} // namespace custos::reg
