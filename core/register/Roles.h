#pragma once

#include "util/Result.h"

#include <QString>

#include <initializer_list>

namespace custos::reg {

enum class Role { Operator, Approver, Compliance, Admin };

QString roleName(Role r);
Result<Role> parseRole(const QString &text);

// What a role may do in the withdrawal workflow: the single table the approvals services and
// the segregation verifier's role-design rule read (maker and checker must be different people).
enum class Capability { RequestWithdrawal, ApproveWithdrawal };
QString capabilityName(Capability c);
bool roleMay(Role r, Capability c);

// Denied with a sentence naming the user, their role, the action and the roles that may do it.
Status requireRole(const QString &user, Role role, const QString &action, std::initializer_list<Role> allowed);

} // namespace custos::reg
