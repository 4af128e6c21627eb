#include "register/Roles.h"

#include <QStringList>

namespace custos::reg {

QString roleName(Role r)
{
    switch (r) {
    case Role::Operator: return QStringLiteral("operator");
    case Role::Approver: return QStringLiteral("approver");
    case Role::Compliance: return QStringLiteral("compliance");
    case Role::Admin: return QStringLiteral("admin");
    }
    return QString();
}

Result<Role> parseRole(const QString &text)
{
    for (Role r : {Role::Operator, Role::Approver, Role::Compliance, Role::Admin})
        if (roleName(r) == text)
            return r;
    return makeError(ErrorCode::BadInput,
                     QStringLiteral("unknown role '%1'; expected operator, approver, compliance or admin").arg(text));
}

QString capabilityName(Capability c)
{
    switch (c) {
    case Capability::RequestWithdrawal: return QStringLiteral("request withdrawals");
    case Capability::ApproveWithdrawal: return QStringLiteral("approve withdrawals");
    }
    return QString();
}

bool roleMay(Role r, Capability c)
{
    switch (c) {
    case Capability::RequestWithdrawal: return r == Role::Operator;
    case Capability::ApproveWithdrawal: return r == Role::Approver;
    }
    return false;
}

Status requireRole(const QString &user, Role role, const QString &action, std::initializer_list<Role> allowed)
{
    QStringList names;
    for (Role r : allowed) {
        if (r == role)
            return okStatus();
        names << roleName(r);
    }
    return makeError(ErrorCode::Denied, QStringLiteral("user '%1' (role %2) may not %3; that needs the role %4")
                                            .arg(user, roleName(role), action, names.join(QStringLiteral(" or "))));
}

} // namespace custos::reg
