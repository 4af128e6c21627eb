#include "settings/Custodian.h"

#include "register/Database.h"
#include "register/Meta.h"
#include "register/Register.h"

#include <QJsonObject>

namespace custos::settings {

namespace {

constexpr const char *kName = "custodian_name";
constexpr const char *kAddress = "custodian_address";
constexpr const char *kAuthorisation = "custodian_authorisation";
constexpr const char *kContact = "custodian_contact";

} // namespace

Result<Custodian> readCustodian(reg::Register &r)
{
    Custodian c;
    const std::pair<const char *, QString *> fields[] = {
        {kName, &c.name}, {kAddress, &c.address}, {kAuthorisation, &c.authorisationId}, {kContact, &c.contact}};
    for (const auto &[key, into] : fields) {
        auto v = reg::readMeta(r.db(), QLatin1String(key));
        if (!v.ok())
            return v.error();
        *into = *v;
    }
    return c;
}

Status setCustodian(reg::Register &r, const Custodian &c)
{
    CUSTOS_TRY(r.require(QStringLiteral("change the custodian's details"), {reg::Role::Admin}));
    if (c.name.trimmed().isEmpty())
        return makeError(ErrorCode::BadInput, QStringLiteral("the custodian needs a name"));
    reg::Transaction tx(r.db());
    CUSTOS_TRY(tx.begun());
    CUSTOS_TRY(reg::writeMeta(r.db(), QLatin1String(kName), c.name.trimmed()));
    CUSTOS_TRY(reg::writeMeta(r.db(), QLatin1String(kAddress), c.address.trimmed()));
    CUSTOS_TRY(reg::writeMeta(r.db(), QLatin1String(kAuthorisation), c.authorisationId.trimmed()));
    CUSTOS_TRY(reg::writeMeta(r.db(), QLatin1String(kContact), c.contact.trimmed()));
    CUSTOS_TRY(r.audit(QStringLiteral("settings.custodian"),
                       QJsonObject{{QStringLiteral("name"), c.name.trimmed()},
                                   {QStringLiteral("address"), c.address.trimmed()},
                                   {QStringLiteral("authorisation_id"), c.authorisationId.trimmed()},
                                   {QStringLiteral("contact"), c.contact.trimmed()}}));
    return tx.commit();
}

} // namespace custos::settings
