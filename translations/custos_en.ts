<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>custos::ui::AddressesModel</name>
    <message>
        <source>Chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::AdminPage</name>
    <message>
        <source>Administration and settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You can read the register's settings; only admins change them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Users, means of access, the custodian's details and the nodes reconciliations read from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key sets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custodian</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chain endpoints</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::ApprovalsDetail</name>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a request to see it in full.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request %1: %2 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Executed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 by %2, transaction %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bundle exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client's balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 held; %3 reserved by pending and approved requests (this one included while open)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Destination whitelist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not on the client's whitelist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whitelisted as "%1" since %2 (age %3), approved by %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proposed by %1 on %2, not yet approved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy version %1: %2 approval(s) of role %3 needed; %4 given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Named approvers: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Screening result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No hit on the screening lists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hit on %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compliance decision by %1 on %2: %3. %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>released</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approvals so far</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody has signed yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2) approved on %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2) rejected on %3: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(signature valid)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(signature INVALID)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Destination whitelisted (entry %1), usable since %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>client %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every asset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>asset %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Rule %1 applies (%2, %3, from %4): %n approval(s) of role %5.</source>
        <translation>
            <numerusform>Rule %1 applies (%2, %3, from %4): %n approval of role %5.</numerusform>
            <numerusform>Rule %1 applies (%2, %3, from %4): %n approvals of role %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rule %1 applies (%2, %3, from %4): %n approval(s) from %5.</source>
        <translation>
            <numerusform>Rule %1 applies (%2, %3, from %4): %n approval from %5.</numerusform>
            <numerusform>Rule %1 applies (%2, %3, from %4): %n approvals from %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>No rule matches %1 for client %2: one approval of role %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Velocity limit %1 (%2 in %3 h): %4 with this request, within the limit.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Velocity limit %1 (%2 in %3 h) exceeded: %4 with this request; higher tier, %n approval(s).</source>
        <translation>
            <numerusform>Velocity limit %1 (%2 in %3 h) exceeded: %4 with this request; higher tier, %n approval.</numerusform>
            <numerusform>Velocity limit %1 (%2 in %3 h) exceeded: %4 with this request; higher tier, %n approvals.</numerusform>
        </translation>
    </message>
    <message>
        <source>Inside desk hours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outside desk hours (%1–%2, %3): approvals from %4 UTC.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Outside desk hours (%1–%2, %3): one extra approver, %n approval(s) in all.</source>
        <translation>
            <numerusform>Outside desk hours (%1–%2, %3): one extra approver, %n approval in all.</numerusform>
            <numerusform>Outside desk hours (%1–%2, %3): one extra approver, %n approvals in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not frozen; within the available balance.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::ApprovalsFreezesTab</name>
    <message>
        <source>&amp;Lift (2 of 2 admins)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask to &amp;lift (1 of 2 admins)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdrawals are frozen: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your request to lift the freeze is recorded: 1 of 2 admins. Another admin must confirm it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The freeze is lifted (2 of 2 admins).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A freeze stops withdrawals at once: all of them, one client's, one asset's or a client's asset. Lifting one takes two different admins.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Freezes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client (empty: every client)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client to freeze</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asset (empty: every asset)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asset to freeze</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason (required)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for the freeze</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Freeze withdrawals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Freeze withdrawals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lift the selected freeze</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::ApprovalsPage</name>
    <message>
        <source>Confirm with your password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request %1 was sent (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export signed bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instruction bundles (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdrawal requests, four-eyes approval with signatures, screening decisions, policy, whitelist and freezes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New withdrawal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whitelist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Freezes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approval views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requests waiting for your signature. Approving or rejecting asks for your password again to unlock your signing key; your own requests never appear here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requests waiting for me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for a rejection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign an approval of the selected request (Ctrl+Shift+A)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approve the selected request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign a rejection with the reason typed (Ctrl+Shift+R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reject the selected request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlocking the signing key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdrawal requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export signed bundle…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the approved request's signed instruction bundle for the signing platform (Ctrl+Shift+E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transaction hash of the executed withdrawal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transaction hash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record e&amp;xecution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record execution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requests blocked by a screening hit. Release sends one to the approvers; reject ends it. The note is required and stays on the request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blocked requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Release to the approvers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reject the request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compliance decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documented reason for the decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decision note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record &amp;decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the compliance decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the reason for the rejection first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approve request %1 (%2 %3 to %4)? Enter your password to sign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reject request %1? Enter your password to sign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was signed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlocking your signing key…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your password was not accepted, so nothing was signed. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You approved request %1: %2, %3 approvals.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You rejected request %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The signed bundle of request %1 was written to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request %1 is recorded as executed in transaction %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your decision on request %1 is recorded: %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::ApprovalsPolicyTab</name>
    <message>
        <source>Load a policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy documents (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loaded %1: check it, then set it as the new version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy version %1 is in force.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdrawal policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The built-in policy is in force (one approver for every withdrawal, 24 h expiry).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1, set by %2 on %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Load from file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load a policy from a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the version in force</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Set as new version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the document and make it the policy in force (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set as new version</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::ApprovalsRequestForm</name>
    <message>
        <source>New withdrawal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each field is checked as you type; the request is previewed against the policy in force before you send it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;sset:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client id, e.g. C0001</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whole units, e.g. 0.25</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address on the asset's chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Destination address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Request withdrawal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send the request to the approvers (Ctrl+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request withdrawal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No client %1 in this register.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid %1 address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not on the client's whitelist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whitelist: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill in client, asset, amount and destination to preview the request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The destination is on a screening list: the request will be blocked for compliance.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Allowed: %n approval(s) of role %1 needed.</source>
        <translation>
            <numerusform>Allowed: %n approval of role %1 needed.</numerusform>
            <numerusform>Allowed: %n approvals of role %1 needed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request %1 sent: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::ApprovalsWhitelistTab</name>
    <message numerus="yes">
        <source>%1 is proposed for client %2; it needs %n admin approval(s).</source>
        <translation>
            <numerusform>%1 is proposed for client %2; it needs %n admin approval.</numerusform>
            <numerusform>%1 is proposed for client %2; it needs %n admin approvals.</numerusform>
        </translation>
    </message>
    <message>
        <source>You approved %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Destinations per client. An entry is usable once enough other admins approved it and its cooling-off period has passed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whitelist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Propose the address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Appro&amp;ve entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approve the selected whitelist entry</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::AuditLogModel</name>
    <message>
        <source>Seq</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::AuditPage</name>
    <message>
        <source>Checking the hash chain…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-hashing movements: %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Walk the whole hash chain and re-hash every movement it covers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every change, hash-chained: each entry's hash covers the one before it. Verify finds any edited, deleted or reordered entry or movement.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the verification worker ended without a result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verification could not run: %1. The audit log was NOT verified.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TAMPERED at entry %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>intact: %1 entries, head %2</source>
        <translation>
            <numerusform>intact: %1 entry, head %2</numerusform>
            <numerusform>intact: %1 entries, head %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry to see its payload and hashes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entry %1 · %2 UTC · %3 · %4
prev %5
hash %6

%7</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>any day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only this action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only this user's entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show entries from this day (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show entries up to this day (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit log entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify the audit log</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::BatchResultModel</name>
    <message>
        <source>produced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File or reason</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::BreakDetail</name>
    <message>
        <source>Break</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>you, if empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>what explains the difference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Explain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the owner and the note; an open break becomes explained</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Movement:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>id of the correcting movement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Resolve with movement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolve the break by the correcting movement recorded for it (operators only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a break to see its figures and follow it up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on %2 at height %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolved by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>movement %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>clean run %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the id of the correcting movement (a whole number).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::BreaksChart</name>
    <message>
        <source>Breaks per reconciliation run (no run yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Breaks per reconciliation run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>run finished on %1 (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>run finished (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>breaks</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::ClientDetail</name>
    <message>
        <source>Select a client to see its positions, addresses and movements.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to the full client list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Positions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Movements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LEI %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>statements in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>client since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Positions (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Addresses (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Movements (%1 of %2, newest first; scroll for more)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Movements (%1, newest first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holdings over time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Press Enter or double-click to open a statement's PDF</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::ClientHistoryChart</name>
    <message>
        <source>&amp;Asset:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asset of the holdings chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summing the client's movements…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Balance at the end of each day with movements (UTC); exact figures are in the positions table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holdings of %1 over time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holdings over time</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::ClientListModel</name>
    <message>
        <source>Client ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LEI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lang</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Movements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client since</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::ClientsPage</name>
    <message>
        <source>Clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search client ID, name or LEI</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 clients loaded</source>
        <translation>
            <numerusform>%1 client loaded</numerusform>
            <numerusform>%1 clients loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 clients match</source>
        <translation>
            <numerusform>%1 client matches</numerusform>
            <numerusform>%1 clients match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 clients loaded · more load as you scroll</source>
        <translation>
            <numerusform>%1 client loaded · more load as you scroll</numerusform>
            <numerusform>%1 clients loaded · more load as you scroll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 clients match · more load as you scroll</source>
        <translation>
            <numerusform>%1 client matches · more load as you scroll</numerusform>
            <numerusform>%1 clients match · more load as you scroll</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custos::ui::CustodianTab</name>
    <message>
        <source>Custodian details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed on every client statement and in the evidence pack.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed on every client statement and in the evidence pack. Only admins change them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legal &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postal &amp;address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MiCA a&amp;uthorisation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dis&amp;crepancy contact:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the CASP authorisation number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>where clients report a discrepancy (e-mail or address)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custodian's legal name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custodian's postal address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custodian's MiCA authorisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discrepancy contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custodian details saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Movements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holdings per asset (exact)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every client's position summed, against the firm's own positions, in whole units of each asset. Hover a bar for its exact amounts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · signed in as %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the register…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The dashboard could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>excluding the firm's own book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 client · %2 omnibus · %3 firm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recorded in the ledger</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 key sets</source>
        <translation>
            <numerusform>%1 key set</numerusform>
            <numerusform>%1 key sets</numerusform>
        </translation>
    </message>
    <message>
        <source>Register ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key derivation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Argon2id, iterations %1, memory %2 KiB, lanes %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 entries · last entry %2 at %3 UTC by %4 (%5)</source>
        <translation>
            <numerusform>%1 entry · last entry %2 at %3 UTC by %4 (%5)</numerusform>
            <numerusform>%1 entries · last entry %2 at %3 UTC by %4 (%5)</numerusform>
        </translation>
    </message>
    <message>
        <source>head %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last reconciliation per chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The latest run of each chain: the block it was pinned to, its breaks (still open ones in red) and, per asset, how far the chain and the register's positions differed at that height.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the register again (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approvals waiting for me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approvals waiting for me: open the inbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the approvals inbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>click to open the inbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing to sign</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Withdrawals are frozen: %n freeze(s) in force. See Approvals &gt; Freezes.</source>
        <translation>
            <numerusform>Withdrawals are frozen: %n freeze in force. See Approvals &gt; Freezes.</numerusform>
            <numerusform>Withdrawals are frozen: %n freezes in force. See Approvals &gt; Freezes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Segregation findings per layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the Segregation screen and run the check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Statements due this quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>clients with a position and no statement for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not checked in this session: run the check to see the findings per layer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not checked in this session; compliance officers and administrators run the check.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last check could not run: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked %1 by %2: on-chain %3 · access %4 · records %5</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::EndpointsModel</name>
    <message>
        <source>user %1 (password kept in the register)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::EndpointsTab</name>
    <message>
        <source>Chain endpoints</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nodes a reconciliation can read from (source endpoint:NAME). The URL and the RPC credentials are kept inside the encrypted register, never in a settings file; the password is never shown again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;hain:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RPC u&amp;ser:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RPC pass&amp;word:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>http://HOST:PORT or https://HOST:PORT/PATH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty when the node needs no credentials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add &amp;endpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Endpoint name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Endpoint chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Endpoint RPC user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Endpoint RPC password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Endpoint %1 added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select the endpoint to remove in the list first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Endpoint %1 removed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::FindingsModel</name>
    <message>
        <source>On-chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::FreezeModel</name>
    <message>
        <source>All withdrawals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asset %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client %1 in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lifted by %1 and %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lift asked by %1: 1 of 2 admins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active: lifting needs 2 admins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Frozen by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Frozen at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lifting</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::HoldingsChart</name>
    <message>
        <source>Client vs firm holdings per asset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client positions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Firm (own)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
client positions: %2
firm (own): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>share of the asset held in custody</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::HoldingsModel</name>
    <message>
        <source>Asset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client positions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Firm (own)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clients holding</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::KeySetsModel</name>
    <message>
        <source>firm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Designated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::KeySetsTab</name>
    <message>
        <source>Key sets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A key set is a means of access (a vault, an HSM partition, an MPC key). It is designated client or firm, and never controls both client and firm addresses (MiCA Art. 75(7)).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>firm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Designated:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add &amp;key set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New key set's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New key set's designation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New key set's description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key set %1 added.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::LastRunsModel</name>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chain minus register, summed per asset over the run's balance breaks: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finished (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Breaks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On-chain − register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2 open)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::Launch</name>
    <message>
        <source>cannot render the %1 screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write the screenshot %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--password-file needs --register and --user as well.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--screenshot needs --register PATH, --user NAME and --password-file FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opening %1 timed out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the dashboard did not finish loading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the dashboard could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the register has no clients; client.png shows no client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the audit verification did not finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the client's holdings over time did not finish loading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the segregation check did not finish</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::MainWindow</name>
    <message>
        <source>Custos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Custos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Custos %1&lt;/b&gt;&lt;p&gt;Custody operations console for crypto-asset custodians under MiCA (Regulation (EU) 2023/1114).&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MiCA custody console</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Custos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No register open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — Custos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reconciliation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>R&amp;econciliation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock the register (Ctrl+L)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock the register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Screens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New register…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ad&amp;ministration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The register could not be opened.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The register was locked after %n minute(s) without activity. Enter your password to go on.</source>
        <translation>
            <numerusform>The register was locked after %n minute without activity. Enter your password to go on.</numerusform>
            <numerusform>The register was locked after %n minutes without activity. Enter your password to go on.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find client…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;pprovals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Segregation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Segregation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;tatements</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::MovementsModel</name>
    <message>
        <source>%1 base units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>corrects #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>withdrawal %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Occurred (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::NewRegisterWizard</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message numerus="yes">
        <source>Copies the key for a password manager. Clipboard managers are asked not to keep it, and the clipboard is cleared after %n second(s) or when this wizard closes.</source>
        <translation>
            <numerusform>Copies the key for a password manager. Clipboard managers are asked not to keep it, and the clipboard is cleared after %n second or when this wizard closes.</numerusform>
            <numerusform>Copies the key for a password manager. Clipboard managers are asked not to keep it, and the clipboard is cleared after %n seconds or when this wizard closes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied. The clipboard will be cleared in %n second.</numerusform>
            <numerusform>Copied. The clipboard will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>The clipboard was cleared.</translation>
    </message>
    <message>
        <source>Create a new register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where the encrypted register is kept. Its key file is written beside it (NAME.custos-keys).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a new file. Custos never overwrites an existing register or key file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New register file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custodian details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed on client statements and in the evidence pack; admins can change them later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The legal name is required; the rest can be completed later under Administration.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legal &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postal &amp;address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MiCA a&amp;uthorisation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dis&amp;crepancy contact:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custodian's legal name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custodian's postal address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custodian's MiCA authorisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discrepancy contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This user adds the other users, key sets and settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a strong password of at least 8 characters; nobody can recover it, only the recovery key opens the register without it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Administrator's user name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Administrator's password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Administrator's password, repeated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating the register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password's key derivation (Argon2id) is tuned to this computer, then the register is written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The register %1 was created. Next, write down its recovery key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measuring this computer and writing the register… this takes a few seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The register could not be created. Go back to change the file or the details, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shown only now. Write it down or print it, and keep it in a safe place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recovery key opens the register when no user's password can (for a restore or an investigation). Anyone holding it can read the whole register.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custos does not store this key anywhere in readable form and will not show it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm the recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To make sure it was written down correctly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type group %1 of the recovery key (the %1. block of eight characters, counted from the left).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group &amp;%1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group %1 of the recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custos registers (*.custos)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a file for the register.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 does not exist; choose an existing folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 exists already; Custos never overwrites a register. Choose a new file name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A key file %1 exists already; choose another file name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the custodian's legal name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a valid user name; use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The register is not created yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That is not group %1 of the recovery key. Look at what you wrote down; go back to see the key again only if you have not left this wizard.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::PositionsModel</name>
    <message>
        <source>reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the latest reconciliation of this asset&apos;s chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 base units (%2 decimals)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Movements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No reconciliation has been run on this asset's chain yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The latest run on this chain (%1) is incomplete: nothing was measured.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Held in omnibus (pooled) addresses: the chain shows the pool, not this client's share. See the omnibus addresses' reconciliation at run %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run %1 at height %2 (%3 UTC)
register at the run: %4
on-chain: %5
difference: %6 (%7 balance breaks)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not reconciled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>run incomplete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>omnibus share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The balance on chain at the latest reconciliation of the asset's chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On-chain minus register, both at that run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On-chain at last run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::PreferencesTab</name>
    <message>
        <source>Preferences of this workstation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept for your account on this computer, not in the register.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lock when idle for:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Idle minutes before the register locks</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::ReconBreaksModel</name>
    <message>
        <source>balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>movement not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>transaction unknown to the chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>explained</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::ReconRunsModel</name>
    <message>
        <source>clean</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>breaks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Breaks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finished (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::ReconStartForm</name>
    <message>
        <source>&amp;Chain:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hei&amp;ght:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snapshot file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>EVM node (JSON-RPC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bitcoin Core node (JSON-RPC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV file: chain,address,asset,balance,block_height</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cookie:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional .cookie file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pin the run to this block height; leave empty for the source's tip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>EVM node URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bitcoin Core node URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cookie file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pinned block height</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a chain. The register has no assets yet: add an asset before reconciling.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the snapshot file to reconcile against.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the URL of the EVM node, for example http://127.0.0.1:8545.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the URL of the Bitcoin Core node, for example http://127.0.0.1:8332.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The height must be a block number, or empty for the tip.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a chain snapshot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snapshot files (*.csv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the node's cookie file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cookie files (.cookie *.cookie);;All files (*)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::ReconciliationPage</name>
    <message>
        <source>Checking the source…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summing the register at the pinned height…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asking the chain: %1 of %2 balances</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Matching transfers with the register…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening the source…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reconciliation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare every address and asset of a chain with the register at one block height. Every difference is a break to explain; a run whose source failed is never clean.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop asking the node; the run is recorded as incomplete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Breaks of the selected run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only operators run reconciliations; you are signed in as %1 with the role %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the reconciliation in the background; the window stays usable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the reconciliation worker ended without a result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reconciliation did not run: %1. Nothing was recorded as clean.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run %1 on %2: clean at height %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run %1 on %2: clean at height %3 (block %4)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Run %1 on %2: %3 breaks at height %4</source>
        <translation>
            <numerusform>Run %1 on %2: %3 break at height %4</numerusform>
            <numerusform>Run %1 on %2: %3 breaks at height %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run %1 on %2: %3 breaks at height %4 (block %5)</source>
        <translation>
            <numerusform>Run %1 on %2: %3 break at height %4 (block %5)</numerusform>
            <numerusform>Run %1 on %2: %3 breaks at height %4 (block %5)</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 on %2 INCOMPLETE: %3 — nothing was recorded as clean</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the run ended in the status '%1'</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::SegregationPage</name>
    <message>
        <source>Segregation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check that client assets are kept apart from the firm's own on three layers (MiCA Art. 75(7)): on-chain (addresses and balances), access (key sets and users) and records (the register). A check that cannot run is never shown as clean.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Run check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the segregation check in the background (Ctrl+Shift+R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export evidence pack…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the auditor's evidence pack (report, tables, signed manifest) into a new folder (Ctrl+E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter findings by rule, subject or text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Segregation findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject of the selected finding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show every layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the %1 layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only compliance officers and administrators run the segregation check; you are signed in as %1 with the role %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting the check…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the segregation worker ended without a result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The segregation check could not run: %1. Nothing is known to be clean.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked %1 by %2: no findings on any layer (%3 clients, %4 addresses, %5 movements).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Checked %1 by %2: %3 findings (on-chain %4, access %5, records %6) over %7 clients, %8 addresses, %9 movements.</source>
        <translation>
            <numerusform>Checked %1 by %2: %3 finding (on-chain %4, access %5, records %6) over %7 clients, %8 addresses, %9 movements.</numerusform>
            <numerusform>Checked %1 by %2: %3 findings (on-chain %4, access %5, records %6) over %7 clients, %8 addresses, %9 movements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a finding to see what it is about.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount (base units)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Occurred</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not in the register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open client %1 on the Clients screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New folder for the evidence pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting the evidence pack…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the evidence worker ended without a result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The evidence pack was not written: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence pack written to %1, but its manifest could not be verified: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence pack written to %1 (and %2): %3 files, %4 findings; manifest verified, signed by %5 with key %6.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence pack written to %1, but its manifest does NOT verify: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading clients, addresses, key sets and users…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading movements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verifying the audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applying the rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the zip file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the table %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verifying the manifest…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::Session</name>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::StatementsModel</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>on request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>quarterly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::StatementsPage</name>
    <message>
        <source>Statements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Produce the clients' statements of holdings and transfers (MiCA Art. 75(5)) as signed-off PDF/A files, each recorded in the register so any copy can be verified later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A calendar quarter as YYYYQn, e.g. 2026Q3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date &amp;range (on request)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;All with activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every client with a holding at the start of the period or a transfer in it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Selected:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>client IDs, separated by commas or spaces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Selected clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Output folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generate statements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop after the statements in progress (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Produced statements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the selected statement with the desktop's PDF viewer (Ctrl+O)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Verify a file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check whether a PDF is, byte for byte, a statement the register recorded (Ctrl+Shift+V)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome of the batch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file could not be verified: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid: %1 is the statement %2 of client %3 for %4, as the register recorded it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>INVALID: %1 is not a statement the register recorded (it claims client %2, period %3): %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>INVALID: %1 is not a statement the register recorded: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only compliance officers produce statements; you are signed in as %1 with the role %2. You can open and verify the statements produced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name at least one client ID, or choose all clients with activity.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the folder the statements are written to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preparing the batch…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the statements worker ended without a result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No statements were produced: %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Period %1: %2 produced, %3 skipped (no holding and no transfer), %4 failed.</source>
        <translation>
            <numerusform>Period %1: %2 produced, %3 skipped (no holding and no transfer), %4 failed.</numerusform>
            <numerusform>Period %1: %2 produced, %3 skipped (no holding and no transfer), %4 failed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the clients not started were left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Written to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder for the statements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify a statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not open %1: no PDF viewer answered, or the file has moved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 clients done (last: %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No statement has been produced in this register yet. Choose a period and the clients above, then Generate (Ctrl+G); each statement then appears here to open and verify.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No statement has been produced in this register yet. Compliance officers produce them on this page; each then appears here to open and verify.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::UnlockPage</name>
    <message>
        <source>Custos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custody operations console · version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a register with your user name and password. The key is derived on this desk; the password never leaves it and is never stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>/path/to/NAME.custos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>user name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deriving the key and opening the register…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custos registers (*.custos);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the register file to open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create new register…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse for the register file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlock the register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a new register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why the register did not open</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::UsersModel</name>
    <message>
        <source>operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>approver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>compliance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing key (Ed25519)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added (UTC)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::UsersTab</name>
    <message>
        <source>Users and roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each user has a key slot (their password unlocks the register) and an Ed25519 signing key. Roles: operators record and reconcile, approvers sign withdrawals, compliance checks and reports, admins manage users, key sets and settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only admins add users; you see the users and their roles.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adding…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>letters, digits, '.', '_' or '-'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New user's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New user's role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New user's password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New user's password, repeated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User %1 added. They can unlock the register with their own password now.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::WhitelistModel</name>
    <message>
        <source>Proposed, %1 of %2 admins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved, usable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved, cooling off until %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proposed by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usable from</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::WithdrawalsModel</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blocked (screening)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Executed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requested at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exactly %1 EUR at the request's time, rounded to the cent for display</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No EUR price of %1 was known when the request was made</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PATH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register file to open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the password from the first line of %1 and open the register at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Render every screen to %1/&lt;screen&gt;.png at 1280x800 and exit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interface language: en, de or fr (default: the last choice in View &gt; Language, else the system language, else en).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custos custody operations console</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>custos: %1 (see custos --help)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>custos: there is no '%1' interface language; choose en, de or fr.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>custos: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set). To run headless, render the screens with QT_QPA_PLATFORM=offscreen custos --screenshot DIR --register PATH --user NAME --password-file FILE, or use custosctl.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>custos::ui::ReconTotalsChart</name>
    <message>
        <source>%1: run %2 incomplete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the latest run (%2) is incomplete, so nothing was measured.
%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: run %2, no totals kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: run %2 was recorded before the register kept totals per run; run a reconciliation to see them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 at run %2 (height %3, %4 UTC)
register: %5
on-chain: %6
difference: %7</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>out of range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Positions vs on-chain per asset at the last run: no reconciliation yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Positions vs on-chain per asset at the last run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On-chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>share of the larger of the two totals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No reconciliation yet.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>