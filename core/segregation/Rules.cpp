#include "segregation/Rules.h"

namespace custos::segregation {

QString layerName(Layer l)
{
    switch (l) {
    case Layer::OnChain: return QStringLiteral("on-chain");
    case Layer::Access: return QStringLiteral("access");
    case Layer::Records: return QStringLiteral("records");
    }
    return QString();
}

void RuleOutput::add(const QString &subject, const QString &detail)
{
    if (m_count < kListedPerRule) {
        m_out.append(Finding{m_rule.layer, QString::fromLatin1(m_rule.id), subject, detail});
        ++m_count;
    } else {
        ++m_unlisted;
    }
}

void RuleOutput::close()
{
    if (m_unlisted <= 0)
        return;
    m_out.append(Finding{m_rule.layer, QString::fromLatin1(m_rule.id), QStringLiteral("rule:") + QString::fromLatin1(m_rule.id),
                         QStringLiteral("%1 more findings of this rule are not listed one by one (%2 in all).")
                             .arg(m_unlisted)
                             .arg(count())});
}

const std::vector<Rule> &rules()
{
    static const std::vector<Rule> list = {
        {"address-without-owner", Layer::OnChain, "every address holding assets has an owner designation", addressWithoutOwner},
        {"address-designated-twice", Layer::OnChain, "no address is designated twice", addressDesignatedTwice},
        {"client-assets-at-firm-address", Layer::OnChain, "no client movement is recorded at a firm address", clientAssetsAtFirmAddress},
        {"other-client-at-segregated-address", Layer::OnChain, "a segregated address holds only its own client's movements",
         otherClientAtSegregatedAddress},
        {"firm-funds-at-client-address", Layer::OnChain,
         "no firm movement at client or omnibus addresses, and no unexplained chain surplus there", firmFundsAtClientAddress},
        {"chain-not-reconciled", Layer::OnChain, "every chain holding client positions has a completed reconciliation", chainNotReconciled},
        {"position-not-backed", Layer::OnChain, "every client position is held on chain at the last reconciliation", positionNotBacked},
        {"firm-client-transfer", Layer::OnChain, "transfers between firm and client addresses are recorded fees or withdrawals",
         firmClientTransfer},
        {"keyset-controls-client-and-firm", Layer::Access, "no key set controls both client and firm addresses", keysetControlsClientAndFirm},
        {"client-address-on-firm-keyset", Layer::Access, "client and omnibus addresses are on client key sets", clientAddressOnFirmKeyset},
        {"firm-address-on-client-keyset", Layer::Access, "firm addresses are on firm key sets", firmAddressOnClientKeyset},
        {"address-without-keyset", Layer::Access, "every address is controlled by a registered key set", addressWithoutKeyset},
        {"role-can-request-and-approve", Layer::Access, "no user's role both requests and approves withdrawals", roleCanRequestAndApprove},
        {"keyset-without-description", Layer::Access, "every key set has a recorded owner and description", keysetWithoutDescription},
        {"approver-key-not-attributable", Layer::Access, "every approver signs with a key of their own", approverKeyNotAttributable},
        {"policy-quorum-undermanned", Layer::Access, "every approval rule can be met by as many distinct people as it names",
         policyQuorumUndermanned},
        {"movement-without-chain-reference", Layer::Records, "every on-chain movement has its address, tx hash and block height",
         movementWithoutChainReference},
        {"unrecorded-chain-transfer", Layer::Records, "every chain transfer at a client address has its register movement",
         unrecordedChainTransfer},
        {"movement-not-on-chain", Layer::Records, "every recorded on-chain movement is known to the chain", movementNotOnChain},
        {"late-recording", Layer::Records, "movements are recorded within the recording limit", lateRecording},
        {"position-differs-from-movements", Layer::Records, "every position equals the sum of its movements", positionDiffersFromMovements},
        {"audit-chain-broken", Layer::Records, "the audit chain verifies", auditChainBroken},
        {"withdrawal-without-approvals", Layer::Records, "every executed withdrawal carries the valid approvals its policy required",
         withdrawalWithoutApprovals},
        {"withdrawal-not-as-approved", Layer::Records, "every executed withdrawal's movement and transfer match what was approved",
         withdrawalNotAsApproved},
    };
    return list;
}

} // namespace custos::segregation
