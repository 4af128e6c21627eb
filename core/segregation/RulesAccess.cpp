// Access separation: the means of access (key sets) of client and firm assets stay apart, every
// key set and approver key is attributable, and no role is both maker and checker.

#include "segregation/Rules.h"

#include <QHash>

namespace custos::segregation {

namespace {

QString keysetOwnerOf(const CheckContext &c, qint64 keysetId)
{
    const auto it = c.inv.keysetIndex.constFind(keysetId);
    return it == c.inv.keysetIndex.constEnd() ? QString() : c.inv.keysets[*it].owner;
}

QString keysetNameOf(const CheckContext &c, qint64 keysetId)
{
    const auto it = c.inv.keysetIndex.constFind(keysetId);
    return it == c.inv.keysetIndex.constEnd() ? QString() : c.inv.keysets[*it].name;
}

} // namespace

Status keysetControlsClientAndFirm(CheckContext &c, RuleOutput &out)
{
    for (const KeySetFact &k : std::as_const(c.inv.keysets))
        if (k.clientAddresses > 0 && k.firmAddresses > 0)
            out.add(QStringLiteral("keyset:") + k.name,
                    QStringLiteral("Key set '%1' (%2) controls %3 client or omnibus addresses and %4 firm addresses: one means of access "
                                   "reaches both client and own assets.")
                        .arg(k.name, k.owner)
                        .arg(k.clientAddresses)
                        .arg(k.firmAddresses));
    return okStatus();
}

Status clientAddressOnFirmKeyset(CheckContext &c, RuleOutput &out)
{
    for (const AddressFact &a : c.inv.addresses)
        if (a.owner != Owner::Firm && keysetOwnerOf(c, a.keysetId) == QLatin1String("firm"))
            out.add(c.addressName(a.id), QStringLiteral("%1 address %2 is controlled by firm key set '%3': client assets under a firm "
                                                        "means of access.")
                                             .arg(a.owner == Owner::Omnibus ? QStringLiteral("Omnibus") : QStringLiteral("Client"),
                                                  c.addressName(a.id), keysetNameOf(c, a.keysetId)));
    return okStatus();
}

Status firmAddressOnClientKeyset(CheckContext &c, RuleOutput &out)
{
    for (const AddressFact &a : c.inv.addresses)
        if (a.owner == Owner::Firm && keysetOwnerOf(c, a.keysetId) == QLatin1String("client"))
            out.add(c.addressName(a.id), QStringLiteral("Firm address %1 is controlled by client key set '%2': own assets under a client "
                                                        "means of access.")
                                             .arg(c.addressName(a.id), keysetNameOf(c, a.keysetId)));
    return okStatus();
}

Status addressWithoutKeyset(CheckContext &c, RuleOutput &out)
{
    for (qint64 id : c.inv.addressesWithoutKeySet) {
        const qint32 ax = c.inv.addressAt(id);
        const bool firm = ax >= 0 && c.inv.addresses[size_t(ax)].owner == Owner::Firm;
        out.add(c.addressName(id), QStringLiteral("%1 address %2 names a key set that is not in the register: its means of access is not "
                                                  "identified.")
                                       .arg(firm ? QStringLiteral("Firm") : QStringLiteral("Client"), c.addressName(id)));
    }
    return okStatus();
}

void checkRoleDesign(const QList<UserFact> &users, bool (*may)(reg::Role, reg::Capability), RuleOutput &out)
{
    for (const UserFact &u : users) {
        if (!u.parsedRole) {
            out.add(QStringLiteral("user:") + u.name, QStringLiteral("User '%1' has the role '%2', which Custos does not know: what the user "
                                                                     "may request or approve is undefined.")
                                                          .arg(u.name, u.role));
            continue;
        }
        if (may(*u.parsedRole, reg::Capability::RequestWithdrawal) && may(*u.parsedRole, reg::Capability::ApproveWithdrawal))
            out.add(QStringLiteral("user:") + u.name,
                    QStringLiteral("User '%1' has the role %2, which may both request and approve withdrawals: the same person could be "
                                   "maker and checker of a client's withdrawal.")
                        .arg(u.name, reg::roleName(*u.parsedRole)));
    }
}

Status roleCanRequestAndApprove(CheckContext &c, RuleOutput &out)
{
    checkRoleDesign(c.inv.users, &reg::roleMay, out);
    return okStatus();
}

Status keysetWithoutDescription(CheckContext &c, RuleOutput &out)
{
    for (const KeySetFact &k : std::as_const(c.inv.keysets)) {
        if (k.owner != QLatin1String("client") && k.owner != QLatin1String("firm"))
            out.add(QStringLiteral("keyset:") + k.name,
                    QStringLiteral("Key set '%1' has no recorded owner (stored as '%2'; expected client or firm).").arg(k.name, k.owner));
        else if (k.description.trimmed().isEmpty())
            out.add(QStringLiteral("keyset:") + k.name,
                    QStringLiteral("Key set '%1' (%2) has no description: record what it is (vault, HSM partition, MPC key) and who holds it.")
                        .arg(k.name, k.owner));
    }
    return okStatus();
}

Status approverKeyNotAttributable(CheckContext &c, RuleOutput &out)
{
    QHash<QByteArray, QStringList> byKey;
    for (const UserFact &u : std::as_const(c.inv.users))
        if (u.publicKey.size() == 32)
            byKey[u.publicKey].append(u.name);
    for (const UserFact &u : std::as_const(c.inv.users)) {
        if (!u.parsedRole || !reg::roleMay(*u.parsedRole, reg::Capability::ApproveWithdrawal))
            continue;
        if (u.publicKey.size() != 32) {
            out.add(QStringLiteral("user:") + u.name, QStringLiteral("Approver '%1' has no valid signing key on record (%2 bytes): their "
                                                                     "approvals cannot be attributed to them.")
                                                          .arg(u.name)
                                                          .arg(u.publicKey.size()));
            continue;
        }
        QStringList others = byKey.value(u.publicKey);
        others.removeAll(u.name);
        if (!others.isEmpty())
            out.add(QStringLiteral("user:") + u.name, QStringLiteral("Approver '%1' shares the signing key %2 with %3: an approval cannot be "
                                                                     "attributed to one person.")
                                                          .arg(u.name, QString::fromLatin1(u.publicKey.toHex()),
                                                               others.join(QStringLiteral(", "))));
    }
    return okStatus();
}

} // namespace custos::segregation
