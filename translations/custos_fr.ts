<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>custos::ui::AddressesModel</name>
    <message>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Key set</source>
        <translation>Jeu de clés</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
</context>
<context>
    <name>custos::ui::AdminPage</name>
    <message>
        <source>Administration and settings</source>
        <translation>Administration et paramètres</translation>
    </message>
    <message>
        <source>You can read the register's settings; only admins change them.</source>
        <translation>Vous pouvez consulter les paramètres du registre ; seuls les administrateurs les modifient.</translation>
    </message>
    <message>
        <source>Users, means of access, the custodian's details and the nodes reconciliations read from.</source>
        <translation>Utilisateurs, moyens d'accès, coordonnées du conservateur et nœuds lus par les rapprochements.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Key sets</source>
        <translation>Jeux de clés</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Conservateur</translation>
    </message>
    <message>
        <source>Chain endpoints</source>
        <translation>Points d'accès de chaîne</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
</context>
<context>
    <name>custos::ui::ApprovalsDetail</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>Select a request to see it in full.</source>
        <translation>Sélectionnez une demande pour la voir en entier.</translation>
    </message>
    <message>
        <source>Request detail</source>
        <translation>Détail de la demande</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Demande %1</translation>
    </message>
    <message>
        <source>Request %1: %2 %3</source>
        <translation>Demande %1 : %2 %3</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Exécutée</translation>
    </message>
    <message>
        <source>%1 by %2, transaction %3</source>
        <translation>%1 par %2, transaction %3</translation>
    </message>
    <message>
        <source>Bundle exported</source>
        <translation>Lot exporté</translation>
    </message>
    <message>
        <source>Client's balance</source>
        <translation>Solde du client</translation>
    </message>
    <message>
        <source>%1 %2 held; %3 reserved by pending and approved requests (this one included while open)</source>
        <translation>%1 %2 détenus ; %3 réservés par les demandes en attente et approuvées (celle-ci comprise tant qu’elle est ouverte)</translation>
    </message>
    <message>
        <source>Destination whitelist</source>
        <translation>Liste blanche de la destination</translation>
    </message>
    <message>
        <source>Not on the client's whitelist.</source>
        <translation>Absente de la liste blanche du client.</translation>
    </message>
    <message>
        <source>Whitelisted as "%1" since %2 (age %3), approved by %4.</source>
        <translation>En liste blanche sous « %1 » depuis %2 (ancienneté %3), approuvée par %4.</translation>
    </message>
    <message>
        <source>Proposed by %1 on %2, not yet approved.</source>
        <translation>Proposée par %1 le %2, pas encore approuvée.</translation>
    </message>
    <message>
        <source>Policy result</source>
        <translation>Résultat de la politique</translation>
    </message>
    <message>
        <source>Policy version %1: %2 approval(s) of role %3 needed; %4 given.</source>
        <translation>Version %1 de la politique : %2 approbation(s) du rôle %3 requise(s) ; %4 donnée(s).</translation>
    </message>
    <message>
        <source>Named approvers: %1</source>
        <translation>Approbateurs désignés : %1</translation>
    </message>
    <message>
        <source>Screening result</source>
        <translation>Résultat du filtrage</translation>
    </message>
    <message>
        <source>No hit on the screening lists.</source>
        <translation>Aucune correspondance sur les listes de filtrage.</translation>
    </message>
    <message>
        <source>Hit on %1: %2</source>
        <translation>Correspondance sur %1 : %2</translation>
    </message>
    <message>
        <source>Compliance decision by %1 on %2: %3. %4</source>
        <translation>Décision de conformité de %1 le %2 : %3. %4</translation>
    </message>
    <message>
        <source>released</source>
        <translation>libérée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>Approvals so far</source>
        <translation>Approbations à ce jour</translation>
    </message>
    <message>
        <source>Nobody has signed yet.</source>
        <translation>Personne n’a encore signé.</translation>
    </message>
    <message>
        <source>%1 (%2) approved on %3</source>
        <translation>%1 (%2) a approuvé le %3</translation>
    </message>
    <message>
        <source>%1 (%2) rejected on %3: %4</source>
        <translation>%1 (%2) a rejeté le %3 : %4</translation>
    </message>
    <message>
        <source>(signature valid)</source>
        <translation>(signature valide)</translation>
    </message>
    <message>
        <source>(signature INVALID)</source>
        <translation>(signature INVALIDE)</translation>
    </message>
    <message>
        <source>Destination whitelisted (entry %1), usable since %2.</source>
        <translation>Destination sur la liste blanche (entrée %1), utilisable depuis %2.</translation>
    </message>
    <message>
        <source>every client</source>
        <translation>tous les clients</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>client %1</translation>
    </message>
    <message>
        <source>every asset</source>
        <translation>tous les actifs</translation>
    </message>
    <message>
        <source>asset %1</source>
        <translation>actif %1</translation>
    </message>
    <message numerus="yes">
        <source>Rule %1 applies (%2, %3, from %4): %n approval(s) of role %5.</source>
        <translation>
            <numerusform>La règle %1 s'applique (%2, %3, à partir de %4) : %n approbation du rôle %5.</numerusform>
            <numerusform>La règle %1 s'applique (%2, %3, à partir de %4) : %n approbations du rôle %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rule %1 applies (%2, %3, from %4): %n approval(s) from %5.</source>
        <translation>
            <numerusform>La règle %1 s'applique (%2, %3, à partir de %4) : %n approbation parmi %5.</numerusform>
            <numerusform>La règle %1 s'applique (%2, %3, à partir de %4) : %n approbations parmi %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>No rule matches %1 for client %2: one approval of role %3.</source>
        <translation>Aucune règle ne couvre %1 pour le client %2 : une approbation du rôle %3.</translation>
    </message>
    <message>
        <source>Velocity limit %1 (%2 in %3 h): %4 with this request, within the limit.</source>
        <translation>Limite de volume %1 (%2 en %3 h) : %4 avec cette demande, dans la limite.</translation>
    </message>
    <message numerus="yes">
        <source>Velocity limit %1 (%2 in %3 h) exceeded: %4 with this request; higher tier, %n approval(s).</source>
        <translation>
            <numerusform>Limite de volume %1 (%2 en %3 h) dépassée : %4 avec cette demande ; palier supérieur, %n approbation.</numerusform>
            <numerusform>Limite de volume %1 (%2 en %3 h) dépassée : %4 avec cette demande ; palier supérieur, %n approbations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Inside desk hours.</source>
        <translation>Pendant les heures d'ouverture.</translation>
    </message>
    <message>
        <source>Outside desk hours (%1–%2, %3): approvals from %4 UTC.</source>
        <translation>En dehors des heures d'ouverture (%1–%2, %3) : approbations à partir de %4 UTC.</translation>
    </message>
    <message numerus="yes">
        <source>Outside desk hours (%1–%2, %3): one extra approver, %n approval(s) in all.</source>
        <translation>
            <numerusform>En dehors des heures d'ouverture (%1–%2, %3) : un approbateur de plus, %n approbation en tout.</numerusform>
            <numerusform>En dehors des heures d'ouverture (%1–%2, %3) : un approbateur de plus, %n approbations en tout.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not frozen; within the available balance.</source>
        <translation>Non gelé ; dans la limite du solde disponible.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusée : %1</translation>
    </message>
</context>
<context>
    <name>custos::ui::ApprovalsFreezesTab</name>
    <message>
        <source>&amp;Lift (2 of 2 admins)</source>
        <translation>&amp;Lever (2 administrateurs sur 2)</translation>
    </message>
    <message>
        <source>Ask to &amp;lift (1 of 2 admins)</source>
        <translation>Demander la &amp;levée (1 administrateur sur 2)</translation>
    </message>
    <message>
        <source>Withdrawals are frozen: %1.</source>
        <translation>Les retraits sont gelés : %1.</translation>
    </message>
    <message>
        <source>Your request to lift the freeze is recorded: 1 of 2 admins. Another admin must confirm it.</source>
        <translation>Votre demande de levée est enregistrée : 1 administrateur sur 2. Un autre administrateur doit la confirmer.</translation>
    </message>
    <message>
        <source>The freeze is lifted (2 of 2 admins).</source>
        <translation>Le gel est levé (2 administrateurs sur 2).</translation>
    </message>
    <message>
        <source>A freeze stops withdrawals at once: all of them, one client's, one asset's or a client's asset. Lifting one takes two different admins.</source>
        <translation>Un gel arrête les retraits immédiatement : tous, ceux d’un client, d’un actif ou d’un actif d’un client. Sa levée demande deux administrateurs différents.</translation>
    </message>
    <message>
        <source>Freezes</source>
        <translation>Gels</translation>
    </message>
    <message>
        <source>Client (empty: every client)</source>
        <translation>Client (vide : tous les clients)</translation>
    </message>
    <message>
        <source>Client to freeze</source>
        <translation>Client à geler</translation>
    </message>
    <message>
        <source>Asset (empty: every asset)</source>
        <translation>Actif (vide : tous les actifs)</translation>
    </message>
    <message>
        <source>Asset to freeze</source>
        <translation>Actif à geler</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Motif (obligatoire)</translation>
    </message>
    <message>
        <source>Reason for the freeze</source>
        <translation>Motif du gel</translation>
    </message>
    <message>
        <source>&amp;Freeze withdrawals</source>
        <translation>&amp;Geler les retraits</translation>
    </message>
    <message>
        <source>Freeze withdrawals</source>
        <translation>Geler les retraits</translation>
    </message>
    <message>
        <source>Lift the selected freeze</source>
        <translation>Lever le gel sélectionné</translation>
    </message>
</context>
<context>
    <name>custos::ui::ApprovalsPage</name>
    <message>
        <source>Confirm with your password</source>
        <translation>Confirmez avec votre mot de passe</translation>
    </message>
    <message>
        <source>Request %1 was sent (%2).</source>
        <translation>La demande %1 a été envoyée (%2).</translation>
    </message>
    <message>
        <source>Export signed bundle</source>
        <translation>Exporter le lot signé</translation>
    </message>
    <message>
        <source>Instruction bundles (*.json)</source>
        <translation>Lots d’instructions (*.json)</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>Withdrawal requests, four-eyes approval with signatures, screening decisions, policy, whitelist and freezes</source>
        <translation>Demandes de retrait, double approbation signée, décisions de filtrage, politique, liste blanche et gels</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>New withdrawal</source>
        <translation>Nouveau retrait</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Whitelist</source>
        <translation>Liste blanche</translation>
    </message>
    <message>
        <source>Freezes</source>
        <translation>Gels</translation>
    </message>
    <message>
        <source>Approval views</source>
        <translation>Vues d’approbation</translation>
    </message>
    <message>
        <source>Requests waiting for your signature. Approving or rejecting asks for your password again to unlock your signing key; your own requests never appear here.</source>
        <translation>Demandes en attente de votre signature. Approuver ou rejeter redemande votre mot de passe pour déverrouiller votre clé de signature ; vos propres demandes n’apparaissent jamais ici.</translation>
    </message>
    <message>
        <source>Requests waiting for me</source>
        <translation>Demandes qui m’attendent</translation>
    </message>
    <message>
        <source>Reason for a rejection</source>
        <translation>Motif d’un rejet</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approuver…</translation>
    </message>
    <message>
        <source>Sign an approval of the selected request (Ctrl+Shift+A)</source>
        <translation>Signer l’approbation de la demande sélectionnée (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <source>Approve the selected request</source>
        <translation>Approuver la demande sélectionnée</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Rejeter…</translation>
    </message>
    <message>
        <source>Sign a rejection with the reason typed (Ctrl+Shift+R)</source>
        <translation>Signer un rejet avec le motif saisi (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>Reject the selected request</source>
        <translation>Rejeter la demande sélectionnée</translation>
    </message>
    <message>
        <source>Unlocking the signing key</source>
        <translation>Déverrouillage de la clé de signature</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Withdrawal requests</source>
        <translation>Demandes de retrait</translation>
    </message>
    <message>
        <source>&amp;Export signed bundle…</source>
        <translation>&amp;Exporter le lot signé…</translation>
    </message>
    <message>
        <source>Write the approved request's signed instruction bundle for the signing platform (Ctrl+Shift+E)</source>
        <translation>Écrire le lot d’instructions signé de la demande approuvée pour la plateforme de signature (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <source>Transaction hash of the executed withdrawal</source>
        <translation>Hash de transaction du retrait exécuté</translation>
    </message>
    <message>
        <source>Transaction hash</source>
        <translation>Hash de transaction</translation>
    </message>
    <message>
        <source>Record e&amp;xecution</source>
        <translation>Enregistrer l’e&amp;xécution</translation>
    </message>
    <message>
        <source>Record execution</source>
        <translation>Enregistrer l’exécution</translation>
    </message>
    <message>
        <source>Requests blocked by a screening hit. Release sends one to the approvers; reject ends it. The note is required and stays on the request.</source>
        <translation>Demandes bloquées par une correspondance de filtrage. Libérer l’envoie aux approbateurs ; rejeter la clôt. La note est obligatoire et reste sur la demande.</translation>
    </message>
    <message>
        <source>Blocked requests</source>
        <translation>Demandes bloquées</translation>
    </message>
    <message>
        <source>Release to the approvers</source>
        <translation>Libérer vers les approbateurs</translation>
    </message>
    <message>
        <source>Reject the request</source>
        <translation>Rejeter la demande</translation>
    </message>
    <message>
        <source>Compliance decision</source>
        <translation>Décision de conformité</translation>
    </message>
    <message>
        <source>Documented reason for the decision</source>
        <translation>Motif documenté de la décision</translation>
    </message>
    <message>
        <source>Decision note</source>
        <translation>Note de décision</translation>
    </message>
    <message>
        <source>Record &amp;decision</source>
        <translation>Enregistrer la &amp;décision</translation>
    </message>
    <message>
        <source>Record the compliance decision</source>
        <translation>Enregistrer la décision de conformité</translation>
    </message>
    <message>
        <source>Type the reason for the rejection first.</source>
        <translation>Saisissez d’abord le motif du rejet.</translation>
    </message>
    <message>
        <source>Approve request %1 (%2 %3 to %4)? Enter your password to sign.</source>
        <translation>Approuver la demande %1 (%2 %3 vers %4) ? Saisissez votre mot de passe pour signer.</translation>
    </message>
    <message>
        <source>Reject request %1? Enter your password to sign.</source>
        <translation>Rejeter la demande %1 ? Saisissez votre mot de passe pour signer.</translation>
    </message>
    <message>
        <source>Nothing was signed.</source>
        <translation>Rien n’a été signé.</translation>
    </message>
    <message>
        <source>Unlocking your signing key…</source>
        <translation>Déverrouillage de votre clé de signature…</translation>
    </message>
    <message>
        <source>Your password was not accepted, so nothing was signed. %1</source>
        <translation>Votre mot de passe n’a pas été accepté, rien n’a donc été signé. %1</translation>
    </message>
    <message>
        <source>You approved request %1: %2, %3 approvals.</source>
        <translation>Vous avez approuvé la demande %1 : %2, %3 approbations.</translation>
    </message>
    <message>
        <source>You rejected request %1.</source>
        <translation>Vous avez rejeté la demande %1.</translation>
    </message>
    <message>
        <source>The signed bundle of request %1 was written to %2.</source>
        <translation>Le lot signé de la demande %1 a été écrit dans %2.</translation>
    </message>
    <message>
        <source>Request %1 is recorded as executed in transaction %2.</source>
        <translation>La demande %1 est enregistrée comme exécutée dans la transaction %2.</translation>
    </message>
    <message>
        <source>Your decision on request %1 is recorded: %2.</source>
        <translation>Votre décision sur la demande %1 est enregistrée : %2.</translation>
    </message>
</context>
<context>
    <name>custos::ui::ApprovalsPolicyTab</name>
    <message>
        <source>Load a policy</source>
        <translation>Charger une politique</translation>
    </message>
    <message>
        <source>Policy documents (*.json)</source>
        <translation>Documents de politique (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>Loaded %1: check it, then set it as the new version.</source>
        <translation>%1 chargé : vérifiez-le, puis définissez-le comme nouvelle version.</translation>
    </message>
    <message>
        <source>Policy version %1 is in force.</source>
        <translation>La version %1 de la politique est en vigueur.</translation>
    </message>
    <message>
        <source>Withdrawal policy</source>
        <translation>Politique de retrait</translation>
    </message>
    <message>
        <source>The built-in policy is in force (one approver for every withdrawal, 24 h expiry).</source>
        <translation>La politique intégrée est en vigueur (un approbateur par retrait, expiration après 24 h).</translation>
    </message>
    <message>
        <source>Version %1, set by %2 on %3.</source>
        <translation>Version %1, définie par %2 le %3.</translation>
    </message>
    <message>
        <source>Policy document</source>
        <translation>Document de politique</translation>
    </message>
    <message>
        <source>&amp;Load from file…</source>
        <translation>&amp;Charger depuis un fichier…</translation>
    </message>
    <message>
        <source>Load a policy from a file</source>
        <translation>Charger une politique depuis un fichier</translation>
    </message>
    <message>
        <source>Show the version in force</source>
        <translation>Afficher la version en vigueur</translation>
    </message>
    <message>
        <source>&amp;Set as new version</source>
        <translation>&amp;Définir comme nouvelle version</translation>
    </message>
    <message>
        <source>Check the document and make it the policy in force (Ctrl+S)</source>
        <translation>Vérifier le document et le mettre en vigueur (Ctrl+S)</translation>
    </message>
    <message>
        <source>Set as new version</source>
        <translation>Définir comme nouvelle version</translation>
    </message>
</context>
<context>
    <name>custos::ui::ApprovalsRequestForm</name>
    <message>
        <source>New withdrawal</source>
        <translation>Nouveau retrait</translation>
    </message>
    <message>
        <source>Each field is checked as you type; the request is previewed against the policy in force before you send it.</source>
        <translation>Chaque champ est vérifié pendant la saisie ; la demande est évaluée selon la politique en vigueur avant l’envoi.</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <source>A&amp;sset:</source>
        <translation>A&amp;ctif :</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination :</translation>
    </message>
    <message>
        <source>Client id, e.g. C0001</source>
        <translation>Identifiant client, p. ex. C0001</translation>
    </message>
    <message>
        <source>Whole units, e.g. 0.25</source>
        <translation>Unités entières, p. ex. 0.25</translation>
    </message>
    <message>
        <source>Address on the asset's chain</source>
        <translation>Adresse sur la chaîne de l’actif</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Destination address</source>
        <translation>Adresse de destination</translation>
    </message>
    <message>
        <source>Policy preview</source>
        <translation>Aperçu de la politique</translation>
    </message>
    <message>
        <source>&amp;Request withdrawal</source>
        <translation>&amp;Demander le retrait</translation>
    </message>
    <message>
        <source>Send the request to the approvers (Ctrl+Enter)</source>
        <translation>Envoyer la demande aux approbateurs (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Request withdrawal</source>
        <translation>Demander le retrait</translation>
    </message>
    <message>
        <source>No client %1 in this register.</source>
        <translation>Aucun client %1 dans ce registre.</translation>
    </message>
    <message>
        <source>Valid %1 address.</source>
        <translation>Adresse %1 valide.</translation>
    </message>
    <message>
        <source>Not on the client's whitelist.</source>
        <translation>Absente de la liste blanche du client.</translation>
    </message>
    <message>
        <source>Whitelist: %1 (%2)</source>
        <translation>Liste blanche : %1 (%2)</translation>
    </message>
    <message>
        <source>Fill in client, asset, amount and destination to preview the request.</source>
        <translation>Renseignez client, actif, montant et destination pour évaluer la demande.</translation>
    </message>
    <message>
        <source>The destination is on a screening list: the request will be blocked for compliance.</source>
        <translation>La destination figure sur une liste de filtrage : la demande sera bloquée pour la conformité.</translation>
    </message>
    <message numerus="yes">
        <source>Allowed: %n approval(s) of role %1 needed.</source>
        <translation>
            <numerusform>Autorisée : %n approbation du rôle %1 requise.</numerusform>
            <numerusform>Autorisée : %n approbations du rôle %1 requises.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request %1 sent: %2.</source>
        <translation>Demande %1 envoyée : %2.</translation>
    </message>
    <message>
        <source>Value %1.</source>
        <translation>Valeur %1.</translation>
    </message>
</context>
<context>
    <name>custos::ui::ApprovalsWhitelistTab</name>
    <message numerus="yes">
        <source>%1 is proposed for client %2; it needs %n admin approval(s).</source>
        <translation>
            <numerusform>%1 est proposée pour le client %2 ; il faut %n approbation d’administrateur.</numerusform>
            <numerusform>%1 est proposée pour le client %2 ; il faut %n approbations d’administrateurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>You approved %1: %2.</source>
        <translation>Vous avez approuvé %1 : %2.</translation>
    </message>
    <message>
        <source>Destinations per client. An entry is usable once enough other admins approved it and its cooling-off period has passed.</source>
        <translation>Destinations par client. Une entrée est utilisable une fois approuvée par assez d’autres administrateurs et son délai de carence écoulé.</translation>
    </message>
    <message>
        <source>Whitelist</source>
        <translation>Liste blanche</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>&amp;Proposer</translation>
    </message>
    <message>
        <source>Propose the address</source>
        <translation>Proposer l’adresse</translation>
    </message>
    <message>
        <source>Appro&amp;ve entry</source>
        <translation>Appro&amp;uver l’entrée</translation>
    </message>
    <message>
        <source>Approve the selected whitelist entry</source>
        <translation>Approuver l’entrée de liste blanche sélectionnée</translation>
    </message>
</context>
<context>
    <name>custos::ui::AuditLogModel</name>
    <message>
        <source>Seq</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Empreinte</translation>
    </message>
</context>
<context>
    <name>custos::ui::AuditPage</name>
    <message>
        <source>Checking the hash chain…</source>
        <translation>Vérification de la chaîne de hachage…</translation>
    </message>
    <message>
        <source>Re-hashing movements: %1 of %2</source>
        <translation>Recalcul des empreintes des mouvements : %1 sur %2</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Walk the whole hash chain and re-hash every movement it covers</source>
        <translation>Parcourir toute la chaîne de hachage et recalculer l'empreinte de chaque mouvement qu'elle couvre</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d'audit</translation>
    </message>
    <message>
        <source>Every change, hash-chained: each entry's hash covers the one before it. Verify finds any edited, deleted or reordered entry or movement.</source>
        <translation>Chaque modification est chaînée par hachage : l'empreinte de chaque entrée couvre celle qui la précède. « Vérifier » détecte toute entrée ou tout mouvement modifié, supprimé ou réordonné.</translation>
    </message>
    <message>
        <source>the verification worker ended without a result</source>
        <translation>la vérification s'est terminée sans résultat</translation>
    </message>
    <message>
        <source>Verification could not run: %1. The audit log was NOT verified.</source>
        <translation>La vérification n'a pas pu être exécutée : %1. Le journal d'audit n'a PAS été vérifié.</translation>
    </message>
    <message>
        <source>TAMPERED at entry %1: %2</source>
        <translation>ALTÉRÉ à l'entrée %1 : %2</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message numerus="yes">
        <source>intact: %1 entries, head %2</source>
        <translation>
            <numerusform>intact : %1 entrée, tête de chaîne %2</numerusform>
            <numerusform>intact : %1 entrées, tête de chaîne %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry to see its payload and hashes.</source>
        <translation>Sélectionnez une entrée pour afficher son contenu et ses empreintes.</translation>
    </message>
    <message>
        <source>entry %1 · %2 UTC · %3 · %4
prev %5
hash %6

%7</source>
        <translation>entrée %1 · %2 UTC · %3 · %4
préc. %5
empr. %6

%7</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>every action</source>
        <translation>toutes les actions</translation>
    </message>
    <message>
        <source>every user</source>
        <translation>tous les utilisateurs</translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation>&amp;du</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>tout jour</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <source>Show only this action</source>
        <translation>Afficher seulement cette action</translation>
    </message>
    <message>
        <source>Show only this user's entries</source>
        <translation>Afficher seulement les entrées de cet utilisateur</translation>
    </message>
    <message>
        <source>Show entries from this day (UTC)</source>
        <translation>Afficher les entrées à partir de ce jour (UTC)</translation>
    </message>
    <message>
        <source>Show entries up to this day (UTC)</source>
        <translation>Afficher les entrées jusqu'à ce jour (UTC)</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Entrées du journal d'audit</translation>
    </message>
    <message>
        <source>Verify the audit log</source>
        <translation>Vérifier le journal d'audit</translation>
    </message>
</context>
<context>
    <name>custos::ui::BatchResultModel</name>
    <message>
        <source>produced</source>
        <translation>produit</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>File or reason</source>
        <translation>Fichier ou motif</translation>
    </message>
</context>
<context>
    <name>custos::ui::BreakDetail</name>
    <message>
        <source>Break</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>you, if empty</source>
        <translation>vous-même, si vide</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Re&amp;marque :</translation>
    </message>
    <message>
        <source>what explains the difference</source>
        <translation>ce qui explique l'écart</translation>
    </message>
    <message>
        <source>&amp;Explain</source>
        <translation>&amp;Expliquer</translation>
    </message>
    <message>
        <source>Record the owner and the note; an open break becomes explained</source>
        <translation>Enregistrer le responsable et la remarque ; un écart ouvert devient expliqué</translation>
    </message>
    <message>
        <source>&amp;Movement:</source>
        <translation>&amp;Mouvement :</translation>
    </message>
    <message>
        <source>id of the correcting movement</source>
        <translation>identifiant du mouvement correctif</translation>
    </message>
    <message>
        <source>&amp;Resolve with movement</source>
        <translation>Ré&amp;soudre par un mouvement</translation>
    </message>
    <message>
        <source>Resolve the break by the correcting movement recorded for it (operators only)</source>
        <translation>Résoudre l'écart par le mouvement correctif enregistré à cet effet (opérateurs uniquement)</translation>
    </message>
    <message>
        <source>Select a break to see its figures and follow it up.</source>
        <translation>Sélectionnez un écart pour voir ses montants et en assurer le suivi.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>%1 on %2 at height %3</source>
        <translation>%1 sur %2 à la hauteur %3</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Crypto-actif</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Resolved by</source>
        <translation>Résolu par</translation>
    </message>
    <message>
        <source>movement %1</source>
        <translation>mouvement %1</translation>
    </message>
    <message>
        <source>clean run %1</source>
        <translation>exécution sans écart %1</translation>
    </message>
    <message>
        <source>Updated (UTC)</source>
        <translation>Mis à jour (UTC)</translation>
    </message>
    <message>
        <source>Enter the id of the correcting movement (a whole number).</source>
        <translation>Saisissez l'identifiant du mouvement correctif (un nombre entier).</translation>
    </message>
</context>
<context>
    <name>custos::ui::BreaksChart</name>
    <message>
        <source>Breaks per reconciliation run (no run yet)</source>
        <translation>Écarts par rapprochement (aucun pour l'instant)</translation>
    </message>
    <message>
        <source>Breaks per reconciliation run</source>
        <translation>Écarts par rapprochement</translation>
    </message>
    <message>
        <source>run finished on %1 (UTC)</source>
        <translation>rapprochement terminé le %1 (UTC)</translation>
    </message>
    <message>
        <source>run finished (UTC)</source>
        <translation>rapprochement terminé (UTC)</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>écarts</translation>
    </message>
</context>
<context>
    <name>custos::ui::ClientDetail</name>
    <message>
        <source>Select a client to see its positions, addresses and movements.</source>
        <translation>Sélectionnez un client pour afficher ses positions, ses adresses et ses mouvements.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Back to the full client list</source>
        <translation>Retour à la liste complète des clients</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Mouvements</translation>
    </message>
    <message>
        <source>LEI %1</source>
        <translation>LEI %1</translation>
    </message>
    <message>
        <source>statements in %1</source>
        <translation>langue des relevés : %1</translation>
    </message>
    <message>
        <source>client since %1</source>
        <translation>client depuis le %1</translation>
    </message>
    <message>
        <source>Positions (%1)</source>
        <translation>Positions (%1)</translation>
    </message>
    <message>
        <source>Addresses (%1)</source>
        <translation>Adresses (%1)</translation>
    </message>
    <message>
        <source>Movements (%1 of %2, newest first; scroll for more)</source>
        <translation>Mouvements (%1 sur %2, les plus récents en premier ; faites défiler pour la suite)</translation>
    </message>
    <message>
        <source>Movements (%1, newest first)</source>
        <translation>Mouvements (%1, les plus récents en premier)</translation>
    </message>
    <message>
        <source>Holdings over time</source>
        <translation>Avoirs dans le temps</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Relevés</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open a statement's PDF</source>
        <translation>Appuyez sur Entrée ou double-cliquez pour ouvrir le PDF d'un relevé</translation>
    </message>
</context>
<context>
    <name>custos::ui::ClientHistoryChart</name>
    <message>
        <source>&amp;Asset:</source>
        <translation>&amp;Crypto-actif :</translation>
    </message>
    <message>
        <source>Asset of the holdings chart</source>
        <translation>Crypto-actif du graphique des avoirs</translation>
    </message>
    <message>
        <source>Summing the client's movements…</source>
        <translation>Addition des mouvements du client…</translation>
    </message>
    <message>
        <source>Balance at the end of each day with movements (UTC); exact figures are in the positions table.</source>
        <translation>Solde à la fin de chaque jour avec mouvements (UTC) ; les montants exacts figurent dans le tableau des positions.</translation>
    </message>
    <message>
        <source>Holdings of %1 over time</source>
        <translation>Avoirs en %1 dans le temps</translation>
    </message>
    <message>
        <source>Holdings over time</source>
        <translation>Avoirs dans le temps</translation>
    </message>
</context>
<context>
    <name>custos::ui::ClientListModel</name>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>LEI</source>
        <translation>LEI</translation>
    </message>
    <message>
        <source>Lang</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Crypto-actifs</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Mouvements</translation>
    </message>
    <message>
        <source>Client since</source>
        <translation>Client depuis</translation>
    </message>
</context>
<context>
    <name>custos::ui::ClientsPage</name>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Search client ID, name or LEI</source>
        <translation>Rechercher un ID client, un nom ou un LEI</translation>
    </message>
    <message numerus="yes">
        <source>%1 clients loaded</source>
        <translation>
            <numerusform>%1 client chargé</numerusform>
            <numerusform>%1 clients chargés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 clients match</source>
        <translation>
            <numerusform>%1 client correspondant</numerusform>
            <numerusform>%1 clients correspondants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 clients loaded · more load as you scroll</source>
        <translation>
            <numerusform>%1 client chargé · la suite se charge au défilement</numerusform>
            <numerusform>%1 clients chargés · la suite se charge au défilement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 clients match · more load as you scroll</source>
        <translation>
            <numerusform>%1 client correspondant · la suite se charge au défilement</numerusform>
            <numerusform>%1 clients correspondants · la suite se charge au défilement</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custos::ui::CustodianTab</name>
    <message>
        <source>Custodian details</source>
        <translation>Coordonnées du conservateur</translation>
    </message>
    <message>
        <source>Printed on every client statement and in the evidence pack.</source>
        <translation>Imprimées sur chaque relevé client et dans le dossier de preuves.</translation>
    </message>
    <message>
        <source>Printed on every client statement and in the evidence pack. Only admins change them.</source>
        <translation>Imprimées sur chaque relevé client et dans le dossier de preuves. Seuls les administrateurs les modifient.</translation>
    </message>
    <message>
        <source>Legal &amp;name:</source>
        <translation>&amp;Raison sociale :</translation>
    </message>
    <message>
        <source>Postal &amp;address:</source>
        <translation>&amp;Adresse postale :</translation>
    </message>
    <message>
        <source>MiCA a&amp;uthorisation:</source>
        <translation>A&amp;grément MiCA :</translation>
    </message>
    <message>
        <source>Dis&amp;crepancy contact:</source>
        <translation>&amp;Contact en cas d'écart :</translation>
    </message>
    <message>
        <source>&amp;Save details</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>the CASP authorisation number</source>
        <translation>le numéro d'agrément de PSCA</translation>
    </message>
    <message>
        <source>where clients report a discrepancy (e-mail or address)</source>
        <translation>où les clients signalent un écart (e-mail ou adresse)</translation>
    </message>
    <message>
        <source>Custodian's legal name</source>
        <translation>Raison sociale du conservateur</translation>
    </message>
    <message>
        <source>Custodian's postal address</source>
        <translation>Adresse postale du conservateur</translation>
    </message>
    <message>
        <source>Custodian's MiCA authorisation</source>
        <translation>Agrément MiCA du conservateur</translation>
    </message>
    <message>
        <source>Discrepancy contact</source>
        <translation>Contact en cas d'écart</translation>
    </message>
    <message>
        <source>Custodian details saved.</source>
        <translation>Coordonnées du conservateur enregistrées.</translation>
    </message>
</context>
<context>
    <name>custos::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Mouvements</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Crypto-actifs</translation>
    </message>
    <message>
        <source>Holdings per asset (exact)</source>
        <translation>Avoirs par crypto-actif (exacts)</translation>
    </message>
    <message>
        <source>Every client's position summed, against the firm's own positions, in whole units of each asset. Hover a bar for its exact amounts.</source>
        <translation>Somme des positions de tous les clients, comparée aux avoirs propres de l'établissement, en unités entières de chaque crypto-actif. Survolez une barre pour afficher les montants exacts.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d'audit</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>%1 · signed in as %2</source>
        <translation>%1 · connecté en tant que %2</translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>Lecture du registre…</translation>
    </message>
    <message>
        <source>The dashboard could not be read: %1</source>
        <translation>Le tableau de bord n'a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>excluding the firm's own book</source>
        <translation>hors avoirs propres de l'établissement</translation>
    </message>
    <message>
        <source>%1 client · %2 omnibus · %3 firm</source>
        <translation>%1 client · %2 omnibus · %3 propres</translation>
    </message>
    <message>
        <source>recorded in the ledger</source>
        <translation>enregistrés au grand livre</translation>
    </message>
    <message numerus="yes">
        <source>%1 key sets</source>
        <translation>
            <numerusform>%1 jeu de clés</numerusform>
            <numerusform>%1 jeux de clés</numerusform>
        </translation>
    </message>
    <message>
        <source>Register ID</source>
        <translation>ID du registre</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Fichier de clés</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Key derivation</source>
        <translation>Dérivation de clé</translation>
    </message>
    <message>
        <source>Argon2id, iterations %1, memory %2 KiB, lanes %3</source>
        <translation>Argon2id, itérations %1, mémoire %2 Kio, parallélisme %3</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>Le journal d'audit est vide.</translation>
    </message>
    <message numerus="yes">
        <source>%1 entries · last entry %2 at %3 UTC by %4 (%5)</source>
        <translation>
            <numerusform>%1 entrée · dernière entrée %2 le %3 UTC par %4 (%5)</numerusform>
            <numerusform>%1 entrées · dernière entrée %2 le %3 UTC par %4 (%5)</numerusform>
        </translation>
    </message>
    <message>
        <source>head %1</source>
        <translation>tête %1</translation>
    </message>
    <message>
        <source>Last reconciliation per chain</source>
        <translation>Dernier rapprochement par chaîne</translation>
    </message>
    <message>
        <source>The latest run of each chain: the block it was pinned to, its breaks (still open ones in red) and, per asset, how far the chain and the register's positions differed at that height.</source>
        <translation>Le dernier rapprochement de chaque chaîne : le bloc de référence, ses écarts (ceux encore ouverts en rouge) et, par crypto-actif, la différence entre la chaîne et les positions du registre à cette hauteur.</translation>
    </message>
    <message>
        <source>Read the register again (F5)</source>
        <translation>Relire le registre (F5)</translation>
    </message>
    <message>
        <source>Approvals waiting for me</source>
        <translation>Approbations qui m’attendent</translation>
    </message>
    <message>
        <source>Approvals waiting for me: open the inbox</source>
        <translation>Approbations qui m’attendent : ouvrir la boîte de réception</translation>
    </message>
    <message>
        <source>Open the approvals inbox</source>
        <translation>Ouvrir la boîte de réception des approbations</translation>
    </message>
    <message>
        <source>click to open the inbox</source>
        <translation>cliquez pour ouvrir la boîte de réception</translation>
    </message>
    <message>
        <source>nothing to sign</source>
        <translation>rien à signer</translation>
    </message>
    <message numerus="yes">
        <source>Withdrawals are frozen: %n freeze(s) in force. See Approvals &gt; Freezes.</source>
        <translation>
            <numerusform>Les retraits sont gelés : %n gel en vigueur. Voir Approbations &gt; Gels.</numerusform>
            <numerusform>Les retraits sont gelés : %n gels en vigueur. Voir Approbations &gt; Gels.</numerusform>
        </translation>
    </message>
    <message>
        <source>Segregation findings per layer</source>
        <translation>Constats de ségrégation par niveau</translation>
    </message>
    <message>
        <source>Run the check</source>
        <translation>Lancer le contrôle</translation>
    </message>
    <message>
        <source>Open the Segregation screen and run the check</source>
        <translation>Ouvrir l'écran Ségrégation et lancer le contrôle</translation>
    </message>
    <message>
        <source>Statements due this quarter</source>
        <translation>Relevés dus ce trimestre</translation>
    </message>
    <message>
        <source>clients with a position and no statement for %1</source>
        <translation>clients avec une position et sans relevé pour %1</translation>
    </message>
    <message>
        <source>Not checked in this session: run the check to see the findings per layer.</source>
        <translation>Non contrôlé dans cette session : lancez le contrôle pour voir les constats par niveau.</translation>
    </message>
    <message>
        <source>Not checked in this session; compliance officers and administrators run the check.</source>
        <translation>Non contrôlé dans cette session ; le contrôle est lancé par les responsables de la conformité et les administrateurs.</translation>
    </message>
    <message>
        <source>The last check could not run: %1</source>
        <translation>Le dernier contrôle n'a pas pu s'exécuter : %1</translation>
    </message>
    <message>
        <source>Checked %1 by %2: on-chain %3 · access %4 · records %5</source>
        <translation>Contrôlé le %1 par %2 : on-chain %3 · accès %4 · registres %5</translation>
    </message>
</context>
<context>
    <name>custos::ui::EndpointsModel</name>
    <message>
        <source>user %1 (password kept in the register)</source>
        <translation>utilisateur %1 (mot de passe conservé dans le registre)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point d'accès</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
</context>
<context>
    <name>custos::ui::EndpointsTab</name>
    <message>
        <source>Chain endpoints</source>
        <translation>Points d'accès de chaîne</translation>
    </message>
    <message>
        <source>Nodes a reconciliation can read from (source endpoint:NAME). The URL and the RPC credentials are kept inside the encrypted register, never in a settings file; the password is never shown again.</source>
        <translation>Nœuds que peut lire un rapprochement (source endpoint:NOM). L'URL et les identifiants RPC sont conservés dans le registre chiffré, jamais dans un fichier de paramètres ; le mot de passe n'est plus jamais affiché.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>C&amp;hain:</source>
        <translation>C&amp;haîne :</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>RPC u&amp;ser:</source>
        <translation>&amp;Utilisateur RPC :</translation>
    </message>
    <message>
        <source>RPC pass&amp;word:</source>
        <translation>Mot de &amp;passe RPC :</translation>
    </message>
    <message>
        <source>http://HOST:PORT or https://HOST:PORT/PATH</source>
        <translation>http://HÔTE:PORT ou https://HÔTE:PORT/CHEMIN</translation>
    </message>
    <message>
        <source>empty when the node needs no credentials</source>
        <translation>vide si le nœud n'exige pas d'identifiants</translation>
    </message>
    <message>
        <source>Add &amp;endpoint</source>
        <translation>Ajouter le &amp;point d'accès</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Supprimer la sélection</translation>
    </message>
    <message>
        <source>Endpoint name</source>
        <translation>Nom du point d'accès</translation>
    </message>
    <message>
        <source>Endpoint chain</source>
        <translation>Chaîne du point d'accès</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>URL du point d'accès</translation>
    </message>
    <message>
        <source>Endpoint RPC user</source>
        <translation>Utilisateur RPC du point d'accès</translation>
    </message>
    <message>
        <source>Endpoint RPC password</source>
        <translation>Mot de passe RPC du point d'accès</translation>
    </message>
    <message>
        <source>Endpoint %1 added.</source>
        <translation>Point d'accès %1 ajouté.</translation>
    </message>
    <message>
        <source>Select the endpoint to remove in the list first.</source>
        <translation>Sélectionnez d'abord dans la liste le point d'accès à supprimer.</translation>
    </message>
    <message>
        <source>Endpoint %1 removed.</source>
        <translation>Point d'accès %1 supprimé.</translation>
    </message>
</context>
<context>
    <name>custos::ui::FindingsModel</name>
    <message>
        <source>On-chain</source>
        <translation>On-chain</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registres</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
</context>
<context>
    <name>custos::ui::FreezeModel</name>
    <message>
        <source>All withdrawals</source>
        <translation>Tous les retraits</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>Asset %1</source>
        <translation>Actif %1</translation>
    </message>
    <message>
        <source>Client %1 in %2</source>
        <translation>Client %1 en %2</translation>
    </message>
    <message>
        <source>Lifted by %1 and %2</source>
        <translation>Levé par %1 et %2</translation>
    </message>
    <message>
        <source>Lift asked by %1: 1 of 2 admins</source>
        <translation>Levée demandée par %1 : 1 administrateur sur 2</translation>
    </message>
    <message>
        <source>Active: lifting needs 2 admins</source>
        <translation>Actif : la levée demande 2 administrateurs</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Frozen by</source>
        <translation>Gelé par</translation>
    </message>
    <message>
        <source>Frozen at</source>
        <translation>Gelé le</translation>
    </message>
    <message>
        <source>Lifting</source>
        <translation>Levée</translation>
    </message>
</context>
<context>
    <name>custos::ui::HoldingsChart</name>
    <message>
        <source>Client vs firm holdings per asset</source>
        <translation>Avoirs clients et propres par crypto-actif</translation>
    </message>
    <message>
        <source>Client positions</source>
        <translation>Positions clients</translation>
    </message>
    <message>
        <source>Firm (own)</source>
        <translation>Avoirs propres</translation>
    </message>
    <message>
        <source>%1
client positions: %2
firm (own): %3</source>
        <translation>%1
positions clients : %2
avoirs propres : %3</translation>
    </message>
    <message>
        <source>share of the asset held in custody</source>
        <translation>part des avoirs en garde</translation>
    </message>
</context>
<context>
    <name>custos::ui::HoldingsModel</name>
    <message>
        <source>Asset</source>
        <translation>Crypto-actif</translation>
    </message>
    <message>
        <source>Client positions</source>
        <translation>Positions clients</translation>
    </message>
    <message>
        <source>Firm (own)</source>
        <translation>Avoirs propres</translation>
    </message>
    <message>
        <source>Clients holding</source>
        <translation>Détenteurs</translation>
    </message>
</context>
<context>
    <name>custos::ui::KeySetsModel</name>
    <message>
        <source>firm</source>
        <translation>établissement</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>Key set</source>
        <translation>Jeu de clés</translation>
    </message>
    <message>
        <source>Designated</source>
        <translation>Affectation</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>custos::ui::KeySetsTab</name>
    <message>
        <source>Key sets</source>
        <translation>Jeux de clés</translation>
    </message>
    <message>
        <source>A key set is a means of access (a vault, an HSM partition, an MPC key). It is designated client or firm, and never controls both client and firm addresses (MiCA Art. 75(7)).</source>
        <translation>Un jeu de clés est un moyen d'accès (coffre, partition HSM, clé MPC). Il est affecté aux clients ou à l'établissement et ne contrôle jamais à la fois des adresses clients et des adresses propres (MiCA art. 75, par. 7).</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>firm</source>
        <translation>établissement</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Designated:</source>
        <translation>&amp;Affectation :</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Add &amp;key set</source>
        <translation>Ajouter le &amp;jeu de clés</translation>
    </message>
    <message>
        <source>New key set's name</source>
        <translation>Nom du nouveau jeu de clés</translation>
    </message>
    <message>
        <source>New key set's designation</source>
        <translation>Affectation du nouveau jeu de clés</translation>
    </message>
    <message>
        <source>New key set's description</source>
        <translation>Description du nouveau jeu de clés</translation>
    </message>
    <message>
        <source>Key set %1 added.</source>
        <translation>Jeu de clés %1 ajouté.</translation>
    </message>
</context>
<context>
    <name>custos::ui::LastRunsModel</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Chain minus register, summed per asset over the run's balance breaks: %1</source>
        <translation>Chaîne moins registre, additionné par crypto-actif sur les écarts de solde du rapprochement : %1</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>Finished (UTC)</source>
        <translation>Terminée (UTC)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Écarts</translation>
    </message>
    <message>
        <source>On-chain − register</source>
        <translation>Chaîne − registre</translation>
    </message>
    <message>
        <source>%1 (%2 open)</source>
        <translation>%1 (à traiter : %2)</translation>
    </message>
</context>
<context>
    <name>custos::ui::Launch</name>
    <message>
        <source>cannot render the %1 screen</source>
        <translation>impossible de générer l'écran %1</translation>
    </message>
    <message>
        <source>cannot write the screenshot %1</source>
        <translation>impossible d'écrire la capture d'écran %1</translation>
    </message>
    <message>
        <source>--password-file needs --register and --user as well.</source>
        <translation>--password-file requiert également --register et --user.</translation>
    </message>
    <message>
        <source>--screenshot needs --register PATH, --user NAME and --password-file FILE</source>
        <translation>--screenshot requiert --register CHEMIN, --user NOM et --password-file FICHIER</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>impossible de créer le répertoire %1</translation>
    </message>
    <message>
        <source>opening %1 timed out</source>
        <translation>délai dépassé lors de l'ouverture de %1</translation>
    </message>
    <message>
        <source>the dashboard did not finish loading</source>
        <translation>le chargement du tableau de bord ne s'est pas terminé</translation>
    </message>
    <message>
        <source>the dashboard could not be read: %1</source>
        <translation>le tableau de bord n'a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>the register has no clients; client.png shows no client</source>
        <translation>le registre ne contient aucun client ; client.png n'affiche aucun client</translation>
    </message>
    <message>
        <source>the audit verification did not finish</source>
        <translation>la vérification du journal d'audit ne s'est pas terminée</translation>
    </message>
    <message>
        <source>the client's holdings over time did not finish loading</source>
        <translation>les avoirs du client dans le temps n'ont pas fini de se charger</translation>
    </message>
    <message>
        <source>the segregation check did not finish</source>
        <translation>le contrôle de ségrégation ne s'est pas terminé</translation>
    </message>
</context>
<context>
    <name>custos::ui::MainWindow</name>
    <message>
        <source>Custos</source>
        <translation>Custos</translation>
    </message>
    <message>
        <source>About Custos</source>
        <translation>À propos de Custos</translation>
    </message>
    <message>
        <source>&lt;b&gt;Custos %1&lt;/b&gt;&lt;p&gt;Custody operations console for crypto-asset custodians under MiCA (Regulation (EU) 2023/1114).&lt;/p&gt;</source>
        <translation>&lt;b&gt;Custos %1&lt;/b&gt;&lt;p&gt;Console d'exploitation de la garde pour les dépositaires de crypto-actifs soumis à MiCA (règlement (UE) 2023/1114).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>MiCA custody console</source>
        <translation>Console de garde MiCA</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d'audit</translation>
    </message>
    <message>
        <source>Lock register</source>
        <translation>Verrouiller le registre</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registre</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Journal d'audit</translation>
    </message>
    <message>
        <source>&amp;Refresh dashboard</source>
        <translation>A&amp;ctualiser le tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About Custos</source>
        <translation>À &amp;propos de Custos</translation>
    </message>
    <message>
        <source>No register open</source>
        <translation>Aucun registre ouvert</translation>
    </message>
    <message>
        <source>Register: %1</source>
        <translation>Registre : %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Utilisateur : %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rôle : %1</translation>
    </message>
    <message>
        <source>%1 — Custos</source>
        <translation>%1 — Custos</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <source>R&amp;econciliation</source>
        <translation>&amp;Rapprochement</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Lock the register (Ctrl+L)</source>
        <translation>Verrouiller le registre (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock the register</source>
        <translation>Verrouiller le registre</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Écrans</translation>
    </message>
    <message>
        <source>&amp;New register…</source>
        <translation>&amp;Nouveau registre…</translation>
    </message>
    <message>
        <source>Ad&amp;ministration</source>
        <translation>Ad&amp;ministration</translation>
    </message>
    <message>
        <source>The register could not be opened.</source>
        <translation>Le registre n'a pas pu être ouvert.</translation>
    </message>
    <message numerus="yes">
        <source>The register was locked after %n minute(s) without activity. Enter your password to go on.</source>
        <translation>
            <numerusform>Le registre a été verrouillé après %n minute d'inactivité. Saisissez votre mot de passe pour continuer.</numerusform>
            <numerusform>Le registre a été verrouillé après %n minutes d'inactivité. Saisissez votre mot de passe pour continuer.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find client…</source>
        <translation>&amp;Rechercher un client…</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>A&amp;pprovals</source>
        <translation>A&amp;pprobations</translation>
    </message>
    <message>
        <source>Segregation</source>
        <translation>Ségrégation</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Relevés</translation>
    </message>
    <message>
        <source>&amp;Segregation</source>
        <translation>&amp;Ségrégation</translation>
    </message>
    <message>
        <source>S&amp;tatements</source>
        <translation>Rele&amp;vés</translation>
    </message>
</context>
<context>
    <name>custos::ui::MovementsModel</name>
    <message>
        <source>%1 base units</source>
        <translation>%1 unités de base</translation>
    </message>
    <message>
        <source>corrects #%1</source>
        <translation>corrige le n° %1</translation>
    </message>
    <message>
        <source>withdrawal %1</source>
        <translation>retrait %1</translation>
    </message>
    <message>
        <source>Occurred (UTC)</source>
        <translation>Opération (UTC)</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Crypto-actif</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <source>Recorded (UTC)</source>
        <translation>Saisie (UTC)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>custos::ui::NewRegisterWizard</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message numerus="yes">
        <source>Copies the key for a password manager. Clipboard managers are asked not to keep it, and the clipboard is cleared after %n second(s) or when this wizard closes.</source>
        <translation>
            <numerusform>Copie la clé pour un gestionnaire de mots de passe. Les gestionnaires de presse-papiers sont priés de ne pas la conserver, et le presse-papiers est vidé après %n seconde ou à la fermeture de cet assistant.</numerusform>
            <numerusform>Copie la clé pour un gestionnaire de mots de passe. Les gestionnaires de presse-papiers sont priés de ne pas la conserver, et le presse-papiers est vidé après %n secondes ou à la fermeture de cet assistant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Copiée. Le presse-papiers sera vidé dans %n seconde.</numerusform>
            <numerusform>Copiée. Le presse-papiers sera vidé dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>Le presse-papiers a été vidé.</translation>
    </message>
    <message>
        <source>Create a new register</source>
        <translation>Créer un nouveau registre</translation>
    </message>
    <message>
        <source>Register file</source>
        <translation>Fichier de registre</translation>
    </message>
    <message>
        <source>Where the encrypted register is kept. Its key file is written beside it (NAME.custos-keys).</source>
        <translation>Emplacement du registre chiffré. Son fichier de clés est écrit à côté (NOM.custos-keys).</translation>
    </message>
    <message>
        <source>Choose a new file. Custos never overwrites an existing register or key file.</source>
        <translation>Choisissez un nouveau fichier. Custos n'écrase jamais un registre ou un fichier de clés existant.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>New register file</source>
        <translation>Nouveau fichier de registre</translation>
    </message>
    <message>
        <source>Custodian details</source>
        <translation>Coordonnées du conservateur</translation>
    </message>
    <message>
        <source>Printed on client statements and in the evidence pack; admins can change them later.</source>
        <translation>Imprimées sur les relevés clients et dans le dossier de preuves ; les administrateurs peuvent les modifier plus tard.</translation>
    </message>
    <message>
        <source>The legal name is required; the rest can be completed later under Administration.</source>
        <translation>La raison sociale est obligatoire ; le reste peut être complété plus tard sous Administration.</translation>
    </message>
    <message>
        <source>Legal &amp;name:</source>
        <translation>&amp;Raison sociale :</translation>
    </message>
    <message>
        <source>Postal &amp;address:</source>
        <translation>&amp;Adresse postale :</translation>
    </message>
    <message>
        <source>MiCA a&amp;uthorisation:</source>
        <translation>A&amp;grément MiCA :</translation>
    </message>
    <message>
        <source>Dis&amp;crepancy contact:</source>
        <translation>&amp;Contact en cas d'écart :</translation>
    </message>
    <message>
        <source>Custodian's legal name</source>
        <translation>Raison sociale du conservateur</translation>
    </message>
    <message>
        <source>Custodian's postal address</source>
        <translation>Adresse postale du conservateur</translation>
    </message>
    <message>
        <source>Custodian's MiCA authorisation</source>
        <translation>Agrément MiCA du conservateur</translation>
    </message>
    <message>
        <source>Discrepancy contact</source>
        <translation>Contact en cas d'écart</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>Premier administrateur</translation>
    </message>
    <message>
        <source>This user adds the other users, key sets and settings.</source>
        <translation>Cet utilisateur ajoute les autres utilisateurs, les jeux de clés et les paramètres.</translation>
    </message>
    <message>
        <source>Choose a strong password of at least 8 characters; nobody can recover it, only the recovery key opens the register without it.</source>
        <translation>Choisissez un mot de passe robuste d'au moins 8 caractères ; personne ne peut le récupérer, seule la clé de récupération ouvre le registre sans lui.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d'&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>&amp;Répéter le mot de passe :</translation>
    </message>
    <message>
        <source>Administrator's user name</source>
        <translation>Nom d'utilisateur de l'administrateur</translation>
    </message>
    <message>
        <source>Administrator's password</source>
        <translation>Mot de passe de l'administrateur</translation>
    </message>
    <message>
        <source>Administrator's password, repeated</source>
        <translation>Mot de passe de l'administrateur, répété</translation>
    </message>
    <message>
        <source>Creating the register</source>
        <translation>Création du registre</translation>
    </message>
    <message>
        <source>The password's key derivation (Argon2id) is tuned to this computer, then the register is written.</source>
        <translation>La dérivation de clé du mot de passe (Argon2id) est ajustée à cet ordinateur, puis le registre est écrit.</translation>
    </message>
    <message>
        <source>The register %1 was created. Next, write down its recovery key.</source>
        <translation>Le registre %1 a été créé. Notez maintenant sa clé de récupération.</translation>
    </message>
    <message>
        <source>Measuring this computer and writing the register… this takes a few seconds.</source>
        <translation>Mesure de cet ordinateur et écriture du registre… cela prend quelques secondes.</translation>
    </message>
    <message>
        <source>The register could not be created. Go back to change the file or the details, then try again.</source>
        <translation>Le registre n'a pas pu être créé. Revenez en arrière pour changer le fichier ou les informations, puis réessayez.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>Shown only now. Write it down or print it, and keep it in a safe place.</source>
        <translation>Affichée uniquement maintenant. Notez-la ou imprimez-la et conservez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>The recovery key opens the register when no user's password can (for a restore or an investigation). Anyone holding it can read the whole register.</source>
        <translation>La clé de récupération ouvre le registre quand aucun mot de passe d'utilisateur ne le peut (restauration ou enquête). Quiconque la détient peut lire tout le registre.</translation>
    </message>
    <message>
        <source>Custos does not store this key anywhere in readable form and will not show it again.</source>
        <translation>Custos ne conserve cette clé nulle part sous forme lisible et ne l'affichera plus.</translation>
    </message>
    <message>
        <source>Confirm the recovery key</source>
        <translation>Confirmer la clé de récupération</translation>
    </message>
    <message>
        <source>To make sure it was written down correctly.</source>
        <translation>Pour s'assurer qu'elle a été notée correctement.</translation>
    </message>
    <message>
        <source>Type group %1 of the recovery key (the %1. block of eight characters, counted from the left).</source>
        <translation>Saisissez le groupe %1 de la clé de récupération (le bloc de huit caractères n° %1, en comptant depuis la gauche).</translation>
    </message>
    <message>
        <source>Group &amp;%1:</source>
        <translation>Groupe &amp;%1 :</translation>
    </message>
    <message>
        <source>Group %1 of the recovery key</source>
        <translation>Groupe %1 de la clé de récupération</translation>
    </message>
    <message>
        <source>Custos registers (*.custos)</source>
        <translation>Registres Custos (*.custos)</translation>
    </message>
    <message>
        <source>Choose a file for the register.</source>
        <translation>Choisissez un fichier pour le registre.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose an existing folder.</source>
        <translation>Le dossier %1 n'existe pas ; choisissez un dossier existant.</translation>
    </message>
    <message>
        <source>%1 exists already; Custos never overwrites a register. Choose a new file name.</source>
        <translation>%1 existe déjà ; Custos n'écrase jamais un registre. Choisissez un nouveau nom de fichier.</translation>
    </message>
    <message>
        <source>A key file %1 exists already; choose another file name.</source>
        <translation>Un fichier de clés %1 existe déjà ; choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>Enter the custodian's legal name.</source>
        <translation>Saisissez la raison sociale du conservateur.</translation>
    </message>
    <message>
        <source>'%1' is not a valid user name; use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.</source>
        <translation>« %1 » n'est pas un nom d'utilisateur valide ; utilisez de 1 à 64 lettres, chiffres, « . », « _ » ou « - », en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Le mot de passe doit comporter au moins 8 caractères.</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Les deux mots de passe diffèrent ; saisissez deux fois le même mot de passe.</translation>
    </message>
    <message>
        <source>The register is not created yet.</source>
        <translation>Le registre n'est pas encore créé.</translation>
    </message>
    <message>
        <source>That is not group %1 of the recovery key. Look at what you wrote down; go back to see the key again only if you have not left this wizard.</source>
        <translation>Ce n'est pas le groupe %1 de la clé de récupération. Reportez-vous à ce que vous avez noté ; revenir en arrière pour revoir la clé n'est possible que tant que cet assistant est ouvert.</translation>
    </message>
</context>
<context>
    <name>custos::ui::PositionsModel</name>
    <message>
        <source>reading…</source>
        <translation>lecture…</translation>
    </message>
    <message>
        <source>Reading the latest reconciliation of this asset&apos;s chain.</source>
        <translation>Lecture du dernier rapprochement de la chaîne de cet actif.</translation>
    </message>
    <message>
        <source>%1 base units (%2 decimals)</source>
        <translation>%1 unités de base (%2 décimales)</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Crypto-actif</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Mouvements</translation>
    </message>
    <message>
        <source>No reconciliation has been run on this asset's chain yet.</source>
        <translation>Aucun rapprochement n'a encore été exécuté sur la chaîne de cet actif.</translation>
    </message>
    <message>
        <source>The latest run on this chain (%1) is incomplete: nothing was measured.</source>
        <translation>La dernière exécution sur cette chaîne (%1) est incomplète : rien n'a été mesuré.</translation>
    </message>
    <message>
        <source>Held in omnibus (pooled) addresses: the chain shows the pool, not this client's share. See the omnibus addresses' reconciliation at run %1.</source>
        <translation>Détenu sur des adresses omnibus (mutualisées) : la chaîne montre le pool, pas la part de ce client. Voir le rapprochement des adresses omnibus à l'exécution %1.</translation>
    </message>
    <message>
        <source>Run %1 at height %2 (%3 UTC)
register at the run: %4
on-chain: %5
difference: %6 (%7 balance breaks)</source>
        <translation>Exécution %1 à la hauteur %2 (%3 UTC)
registre à l'exécution : %4
sur la chaîne : %5
écart : %6 (%7 écarts de solde)</translation>
    </message>
    <message>
        <source>not reconciled</source>
        <translation>non rapproché</translation>
    </message>
    <message>
        <source>run incomplete</source>
        <translation>exécution incomplète</translation>
    </message>
    <message>
        <source>omnibus share</source>
        <translation>part omnibus</translation>
    </message>
    <message>
        <source>The balance on chain at the latest reconciliation of the asset's chain</source>
        <translation>Le solde sur la chaîne lors du dernier rapprochement de la chaîne de l'actif</translation>
    </message>
    <message>
        <source>On-chain minus register, both at that run</source>
        <translation>Chaîne moins registre, tous deux à cette exécution</translation>
    </message>
    <message>
        <source>On-chain at last run</source>
        <translation>Chaîne à la dernière exécution</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
</context>
<context>
    <name>custos::ui::PreferencesTab</name>
    <message>
        <source>Preferences of this workstation</source>
        <translation>Préférences de ce poste de travail</translation>
    </message>
    <message>
        <source>Kept for your account on this computer, not in the register.</source>
        <translation>Conservées pour votre compte sur cet ordinateur, pas dans le registre.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l'interface :</translation>
    </message>
    <message>
        <source>&amp;Lock when idle for:</source>
        <translation>&amp;Verrouiller après une inactivité de :</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l'interface</translation>
    </message>
    <message>
        <source>Idle minutes before the register locks</source>
        <translation>Minutes d'inactivité avant le verrouillage du registre</translation>
    </message>
</context>
<context>
    <name>custos::ui::ReconBreaksModel</name>
    <message>
        <source>balance</source>
        <translation>solde</translation>
    </message>
    <message>
        <source>movement not recorded</source>
        <translation>mouvement non enregistré</translation>
    </message>
    <message>
        <source>transaction unknown to the chain</source>
        <translation>transaction inconnue de la chaîne</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>explained</source>
        <translation>expliqué</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Crypto-actif</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>custos::ui::ReconRunsModel</name>
    <message>
        <source>clean</source>
        <translation>sans écart</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>écarts</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplet</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Écarts</translation>
    </message>
    <message>
        <source>Finished (UTC)</source>
        <translation>Terminée (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
</context>
<context>
    <name>custos::ui::ReconStartForm</name>
    <message>
        <source>&amp;Chain:</source>
        <translation>&amp;Chaîne :</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource :</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Emplacement :</translation>
    </message>
    <message>
        <source>Hei&amp;ght:</source>
        <translation>Hau&amp;teur :</translation>
    </message>
    <message>
        <source>Snapshot file</source>
        <translation>Fichier d'instantané</translation>
    </message>
    <message>
        <source>EVM node (JSON-RPC)</source>
        <translation>Nœud EVM (JSON-RPC)</translation>
    </message>
    <message>
        <source>Bitcoin Core node (JSON-RPC)</source>
        <translation>Nœud Bitcoin Core (JSON-RPC)</translation>
    </message>
    <message>
        <source>CSV file: chain,address,asset,balance,block_height</source>
        <translation>Fichier CSV : chain,address,asset,balance,block_height</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Cookie:</source>
        <translation>Cookie :</translation>
    </message>
    <message>
        <source>optional .cookie file</source>
        <translation>fichier .cookie facultatif</translation>
    </message>
    <message>
        <source>tip</source>
        <translation>sommet</translation>
    </message>
    <message>
        <source>Pin the run to this block height; leave empty for the source's tip</source>
        <translation>Fixer l'exécution à cette hauteur de bloc ; laisser vide pour le sommet de la source</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>Source kind</source>
        <translation>Type de source</translation>
    </message>
    <message>
        <source>EVM node URL</source>
        <translation>URL du nœud EVM</translation>
    </message>
    <message>
        <source>Bitcoin Core node URL</source>
        <translation>URL du nœud Bitcoin Core</translation>
    </message>
    <message>
        <source>Cookie file</source>
        <translation>Fichier cookie</translation>
    </message>
    <message>
        <source>Pinned block height</source>
        <translation>Hauteur de bloc fixée</translation>
    </message>
    <message>
        <source>Choose a chain. The register has no assets yet: add an asset before reconciling.</source>
        <translation>Choisissez une chaîne. Le registre ne contient encore aucun crypto-actif : ajoutez-en un avant le rapprochement.</translation>
    </message>
    <message>
        <source>Choose the snapshot file to reconcile against.</source>
        <translation>Choisissez le fichier d'instantané à rapprocher.</translation>
    </message>
    <message>
        <source>Enter the URL of the EVM node, for example http://127.0.0.1:8545.</source>
        <translation>Saisissez l'URL du nœud EVM, par exemple http://127.0.0.1:8545.</translation>
    </message>
    <message>
        <source>Enter the URL of the Bitcoin Core node, for example http://127.0.0.1:8332.</source>
        <translation>Saisissez l'URL du nœud Bitcoin Core, par exemple http://127.0.0.1:8332.</translation>
    </message>
    <message>
        <source>The height must be a block number, or empty for the tip.</source>
        <translation>La hauteur doit être un numéro de bloc, ou rester vide pour le sommet.</translation>
    </message>
    <message>
        <source>Choose a chain snapshot</source>
        <translation>Choisir un instantané de chaîne</translation>
    </message>
    <message>
        <source>Snapshot files (*.csv);;All files (*)</source>
        <translation>Fichiers d'instantané (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the node's cookie file</source>
        <translation>Choisir le fichier cookie du nœud</translation>
    </message>
    <message>
        <source>Cookie files (.cookie *.cookie);;All files (*)</source>
        <translation>Fichiers cookie (.cookie *.cookie);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>custos::ui::ReconciliationPage</name>
    <message>
        <source>Checking the source…</source>
        <translation>Vérification de la source…</translation>
    </message>
    <message>
        <source>Summing the register at the pinned height…</source>
        <translation>Totalisation du registre à la hauteur fixée…</translation>
    </message>
    <message>
        <source>Asking the chain: %1 of %2 balances</source>
        <translation>Interrogation de la chaîne : %1 soldes sur %2</translation>
    </message>
    <message>
        <source>Matching transfers with the register…</source>
        <translation>Rapprochement des transferts avec le registre…</translation>
    </message>
    <message>
        <source>Opening the source…</source>
        <translation>Ouverture de la source…</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <source>Compare every address and asset of a chain with the register at one block height. Every difference is a break to explain; a run whose source failed is never clean.</source>
        <translation>Compare chaque adresse et chaque crypto-actif d'une chaîne avec le registre à une hauteur de bloc. Chaque différence est un écart à expliquer ; une exécution dont la source a échoué n'est jamais sans écart.</translation>
    </message>
    <message>
        <source>Start run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop asking the node; the run is recorded as incomplete</source>
        <translation>Cesser d'interroger le nœud ; l'exécution est enregistrée comme incomplète</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Breaks of the selected run</source>
        <translation>Écarts de l'exécution sélectionnée</translation>
    </message>
    <message>
        <source>Only operators run reconciliations; you are signed in as %1 with the role %2.</source>
        <translation>Seuls les opérateurs lancent des rapprochements ; vous êtes connecté en tant que %1 avec le rôle %2.</translation>
    </message>
    <message>
        <source>Run the reconciliation in the background; the window stays usable</source>
        <translation>Exécuter le rapprochement en arrière-plan ; la fenêtre reste utilisable</translation>
    </message>
    <message>
        <source>the reconciliation worker ended without a result</source>
        <translation>le traitement du rapprochement s'est terminé sans résultat</translation>
    </message>
    <message>
        <source>The reconciliation did not run: %1. Nothing was recorded as clean.</source>
        <translation>Le rapprochement n'a pas été exécuté : %1. Rien n'a été enregistré comme sans écart.</translation>
    </message>
    <message>
        <source>Run %1 on %2: clean at height %3</source>
        <translation>Exécution %1 sur %2 : sans écart à la hauteur %3</translation>
    </message>
    <message>
        <source>Run %1 on %2: clean at height %3 (block %4)</source>
        <translation>Exécution %1 sur %2 : sans écart à la hauteur %3 (bloc %4)</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 on %2: %3 breaks at height %4</source>
        <translation>
            <numerusform>Exécution %1 sur %2 : %3 écart à la hauteur %4</numerusform>
            <numerusform>Exécution %1 sur %2 : %3 écarts à la hauteur %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run %1 on %2: %3 breaks at height %4 (block %5)</source>
        <translation>
            <numerusform>Exécution %1 sur %2 : %3 écart à la hauteur %4 (bloc %5)</numerusform>
            <numerusform>Exécution %1 sur %2 : %3 écarts à la hauteur %4 (bloc %5)</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 on %2 INCOMPLETE: %3 — nothing was recorded as clean</source>
        <translation>Exécution %1 sur %2 INCOMPLÈTE : %3 — rien n'a été enregistré comme sans écart</translation>
    </message>
    <message>
        <source>the run ended in the status '%1'</source>
        <translation>l'exécution s'est terminée avec le statut « %1 »</translation>
    </message>
</context>
<context>
    <name>custos::ui::SegregationPage</name>
    <message>
        <source>Segregation</source>
        <translation>Ségrégation</translation>
    </message>
    <message>
        <source>Check that client assets are kept apart from the firm's own on three layers (MiCA Art. 75(7)): on-chain (addresses and balances), access (key sets and users) and records (the register). A check that cannot run is never shown as clean.</source>
        <translation>Vérifie que les actifs des clients sont séparés de ceux de l'entreprise sur trois niveaux (MiCA art. 75(7)) : on-chain (adresses et soldes), accès (jeux de clés et utilisateurs) et registres (le registre). Un contrôle qui ne peut pas s'exécuter n'est jamais affiché comme conforme.</translation>
    </message>
    <message>
        <source>&amp;Run check</source>
        <translation>&amp;Lancer le contrôle</translation>
    </message>
    <message>
        <source>Run the segregation check in the background (Ctrl+Shift+R)</source>
        <translation>Lancer le contrôle de ségrégation en arrière-plan (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>&amp;Export evidence pack…</source>
        <translation>&amp;Exporter le dossier de preuves…</translation>
    </message>
    <message>
        <source>Write the auditor's evidence pack (report, tables, signed manifest) into a new folder (Ctrl+E)</source>
        <translation>Écrire le dossier de preuves de l'auditeur (rapport, tables, manifeste signé) dans un nouveau dossier (Ctrl+E)</translation>
    </message>
    <message>
        <source>Filter findings by rule, subject or text</source>
        <translation>Filtrer les constats par règle, objet ou texte</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation>Filtrer les constats</translation>
    </message>
    <message>
        <source>Segregation findings</source>
        <translation>Constats de ségrégation</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Subject of the selected finding</source>
        <translation>Objet du constat sélectionné</translation>
    </message>
    <message>
        <source>Show &amp;client</source>
        <translation>Afficher le &amp;client</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Tous (%1)</translation>
    </message>
    <message>
        <source>Show every layer</source>
        <translation>Afficher tous les niveaux</translation>
    </message>
    <message>
        <source>Show the %1 layer</source>
        <translation>Afficher le niveau %1</translation>
    </message>
    <message>
        <source>Only compliance officers and administrators run the segregation check; you are signed in as %1 with the role %2.</source>
        <translation>Seuls les responsables de la conformité et les administrateurs lancent le contrôle de ségrégation ; vous êtes connecté en tant que %1 avec le rôle %2.</translation>
    </message>
    <message>
        <source>Starting the check…</source>
        <translation>Démarrage du contrôle…</translation>
    </message>
    <message>
        <source>the segregation worker ended without a result</source>
        <translation>la tâche de ségrégation a pris fin sans résultat</translation>
    </message>
    <message>
        <source>The segregation check could not run: %1. Nothing is known to be clean.</source>
        <translation>Le contrôle de ségrégation n'a pas pu s'exécuter : %1. Rien n'est établi comme conforme.</translation>
    </message>
    <message>
        <source>Checked %1 by %2: no findings on any layer (%3 clients, %4 addresses, %5 movements).</source>
        <translation>Contrôlé le %1 par %2 : aucun constat sur aucun niveau (%3 clients, %4 adresses, %5 mouvements).</translation>
    </message>
    <message numerus="yes">
        <source>Checked %1 by %2: %3 findings (on-chain %4, access %5, records %6) over %7 clients, %8 addresses, %9 movements.</source>
        <translation>
            <numerusform>Contrôlé le %1 par %2 : %3 constat (on-chain %4, accès %5, registres %6) sur %7 clients, %8 adresses, %9 mouvements.</numerusform>
            <numerusform>Contrôlé le %1 par %2 : %3 constats (on-chain %4, accès %5, registres %6) sur %7 clients, %8 adresses, %9 mouvements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a finding to see what it is about.</source>
        <translation>Sélectionnez un constat pour voir ce qu'il concerne.</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Key set</source>
        <translation>Jeu de clés</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Amount (base units)</source>
        <translation>Montant (unités de base)</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Survenu</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>the audit log</source>
        <translation>le journal d'audit</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>not in the register</source>
        <translation>absent du registre</translation>
    </message>
    <message>
        <source>Open client %1 on the Clients screen</source>
        <translation>Ouvrir le client %1 dans l'écran Clients</translation>
    </message>
    <message>
        <source>New folder for the evidence pack</source>
        <translation>Nouveau dossier pour le dossier de preuves</translation>
    </message>
    <message>
        <source>Starting the evidence pack…</source>
        <translation>Démarrage du dossier de preuves…</translation>
    </message>
    <message>
        <source>the evidence worker ended without a result</source>
        <translation>la tâche du dossier de preuves a pris fin sans résultat</translation>
    </message>
    <message>
        <source>The evidence pack was not written: %1.</source>
        <translation>Le dossier de preuves n'a pas été écrit : %1.</translation>
    </message>
    <message>
        <source>Evidence pack written to %1, but its manifest could not be verified: %2.</source>
        <translation>Dossier de preuves écrit dans %1, mais son manifeste n'a pas pu être vérifié : %2.</translation>
    </message>
    <message>
        <source>Evidence pack written to %1 (and %2): %3 files, %4 findings; manifest verified, signed by %5 with key %6.</source>
        <translation>Dossier de preuves écrit dans %1 (et %2) : %3 fichiers, %4 constats ; manifeste vérifié, signé par %5 avec la clé %6.</translation>
    </message>
    <message>
        <source>Evidence pack written to %1, but its manifest does NOT verify: %2</source>
        <translation>Dossier de preuves écrit dans %1, mais son manifeste N'EST PAS valide : %2</translation>
    </message>
    <message>
        <source>Reading clients, addresses, key sets and users…</source>
        <translation>Lecture des clients, adresses, jeux de clés et utilisateurs…</translation>
    </message>
    <message>
        <source>Checking addresses</source>
        <translation>Contrôle des adresses</translation>
    </message>
    <message>
        <source>Reading movements</source>
        <translation>Lecture des mouvements</translation>
    </message>
    <message>
        <source>Verifying the audit log</source>
        <translation>Vérification du journal d'audit</translation>
    </message>
    <message>
        <source>Applying the rules</source>
        <translation>Application des règles</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <source>Writing the zip file…</source>
        <translation>Écriture du fichier zip…</translation>
    </message>
    <message>
        <source>Writing the table %1</source>
        <translation>Écriture de la table %1</translation>
    </message>
    <message>
        <source>Verifying the manifest…</source>
        <translation>Vérification du manifeste…</translation>
    </message>
</context>
<context>
    <name>custos::ui::Session</name>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>impossible de lire le fichier de mot de passe %1 : %2</translation>
    </message>
</context>
<context>
    <name>custos::ui::StatementsModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>on request</source>
        <translation>sur demande</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>trimestriel</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Issued (UTC)</source>
        <translation>Émis (UTC)</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Émis par</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>custos::ui::StatementsPage</name>
    <message>
        <source>Statements</source>
        <translation>Relevés</translation>
    </message>
    <message>
        <source>Produce the clients' statements of holdings and transfers (MiCA Art. 75(5)) as signed-off PDF/A files, each recorded in the register so any copy can be verified later.</source>
        <translation>Produit les relevés des avoirs et transferts des clients (MiCA art. 75(5)) sous forme de fichiers PDF/A validés, chacun enregistré dans le registre pour que toute copie puisse être vérifiée plus tard.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>&amp;Quarter</source>
        <translation>&amp;Trimestre</translation>
    </message>
    <message>
        <source>A calendar quarter as YYYYQn, e.g. 2026Q3</source>
        <translation>Un trimestre civil au format AAAAQn, p. ex. 2026Q3</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Date &amp;range (on request)</source>
        <translation>P&amp;lage de dates (sur demande)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>&amp;All with activity</source>
        <translation>&amp;Tous ceux avec activité</translation>
    </message>
    <message>
        <source>Every client with a holding at the start of the period or a transfer in it</source>
        <translation>Chaque client avec un avoir au début de la période ou un transfert pendant celle-ci</translation>
    </message>
    <message>
        <source>&amp;Selected:</source>
        <translation>&amp;Sélection :</translation>
    </message>
    <message>
        <source>client IDs, separated by commas or spaces</source>
        <translation>identifiants clients, séparés par des virgules ou des espaces</translation>
    </message>
    <message>
        <source>Selected clients</source>
        <translation>Clients sélectionnés</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>Generate statements</source>
        <translation>Générer les relevés</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop after the statements in progress (Esc)</source>
        <translation>Arrêter après les relevés en cours (Échap)</translation>
    </message>
    <message>
        <source>Produced statements</source>
        <translation>Relevés produits</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>&amp;Ouvrir le PDF</translation>
    </message>
    <message>
        <source>Open the selected statement with the desktop's PDF viewer (Ctrl+O)</source>
        <translation>Ouvrir le relevé sélectionné avec la visionneuse PDF du bureau (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Verify a file…</source>
        <translation>&amp;Vérifier un fichier…</translation>
    </message>
    <message>
        <source>Check whether a PDF is, byte for byte, a statement the register recorded (Ctrl+Shift+V)</source>
        <translation>Vérifier si un PDF est, octet pour octet, un relevé enregistré dans le registre (Ctrl+Maj+V)</translation>
    </message>
    <message>
        <source>Outcome of the batch</source>
        <translation>Résultat du lot</translation>
    </message>
    <message>
        <source>The file could not be verified: %1.</source>
        <translation>Le fichier n'a pas pu être vérifié : %1.</translation>
    </message>
    <message>
        <source>Valid: %1 is the statement %2 of client %3 for %4, as the register recorded it.</source>
        <translation>Valide : %1 est le relevé %2 du client %3 pour %4, tel que le registre l’a enregistré.</translation>
    </message>
    <message>
        <source>INVALID: %1 is not a statement the register recorded (it claims client %2, period %3): %4.</source>
        <translation>INVALIDE : %1 n'est pas un relevé enregistré dans le registre (il indique le client %2, la période %3) : %4.</translation>
    </message>
    <message>
        <source>INVALID: %1 is not a statement the register recorded: %2.</source>
        <translation>INVALIDE : %1 n'est pas un relevé enregistré dans le registre : %2.</translation>
    </message>
    <message>
        <source>Only compliance officers produce statements; you are signed in as %1 with the role %2. You can open and verify the statements produced.</source>
        <translation>Seuls les responsables de la conformité produisent les relevés ; vous êtes connecté en tant que %1 avec le rôle %2. Vous pouvez ouvrir et vérifier les relevés produits.</translation>
    </message>
    <message>
        <source>Name at least one client ID, or choose all clients with activity.</source>
        <translation>Indiquez au moins un identifiant client, ou choisissez tous les clients avec activité.</translation>
    </message>
    <message>
        <source>Choose the folder the statements are written to.</source>
        <translation>Choisissez le dossier où les relevés sont écrits.</translation>
    </message>
    <message>
        <source>Preparing the batch…</source>
        <translation>Préparation du lot…</translation>
    </message>
    <message>
        <source>the statements worker ended without a result</source>
        <translation>la tâche des relevés a pris fin sans résultat</translation>
    </message>
    <message>
        <source>No statements were produced: %1.</source>
        <translation>Aucun relevé n'a été produit : %1.</translation>
    </message>
    <message numerus="yes">
        <source>Period %1: %2 produced, %3 skipped (no holding and no transfer), %4 failed.</source>
        <translation>
            <numerusform>Période %1 : %2 produit, %3 ignorés (ni avoir ni transfert), %4 en échec.</numerusform>
            <numerusform>Période %1 : %2 produits, %3 ignorés (ni avoir ni transfert), %4 en échec.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the clients not started were left out.</source>
        <translation>Annulé : les clients non commencés ont été laissés de côté.</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Écrits dans %1.</translation>
    </message>
    <message>
        <source>Folder for the statements</source>
        <translation>Dossier pour les relevés</translation>
    </message>
    <message>
        <source>Verify a statement</source>
        <translation>Vérifier un relevé</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not open %1: no PDF viewer answered, or the file has moved.</source>
        <translation>Impossible d'ouvrir %1 : aucune visionneuse PDF n'a répondu, ou le fichier a été déplacé.</translation>
    </message>
    <message>
        <source>%1 of %2 clients done (last: %3)</source>
        <translation>%1 clients sur %2 traités (dernier : %3)</translation>
    </message>
    <message>
        <source>No statement has been produced in this register yet. Choose a period and the clients above, then Generate (Ctrl+G); each statement then appears here to open and verify.</source>
        <translation>Aucun relevé n'a encore été produit dans ce registre. Choisissez la période et les clients ci-dessus, puis Générer (Ctrl+G) ; chaque relevé apparaît ensuite ici pour être ouvert et vérifié.</translation>
    </message>
    <message>
        <source>No statement has been produced in this register yet. Compliance officers produce them on this page; each then appears here to open and verify.</source>
        <translation>Aucun relevé n'a encore été produit dans ce registre. Les responsables de la conformité les produisent sur cette page ; chaque relevé apparaît ensuite ici pour être ouvert et vérifié.</translation>
    </message>
</context>
<context>
    <name>custos::ui::UnlockPage</name>
    <message>
        <source>Custos</source>
        <translation>Custos</translation>
    </message>
    <message>
        <source>Custody operations console · version %1</source>
        <translation>Console d'exploitation de la garde · version %1</translation>
    </message>
    <message>
        <source>Open a register with your user name and password. The key is derived on this desk; the password never leaves it and is never stored.</source>
        <translation>Ouvrez un registre avec votre nom d'utilisateur et votre mot de passe. La clé est dérivée sur ce poste ; le mot de passe ne le quitte jamais et n'est jamais enregistré.</translation>
    </message>
    <message>
        <source>/path/to/NAME.custos</source>
        <translation>/chemin/vers/NOM.custos</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nom d'utilisateur</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>Register file</source>
        <translation>Fichier de registre</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Deriving the key and opening the register…</source>
        <translation>Dérivation de la clé et ouverture du registre…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Open register</source>
        <translation>Ouvrir un registre</translation>
    </message>
    <message>
        <source>Custos registers (*.custos);;All files (*)</source>
        <translation>Registres Custos (*.custos);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the register file to open.</source>
        <translation>Choisissez le fichier de registre à ouvrir.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Saisissez votre nom d'utilisateur.</translation>
    </message>
    <message>
        <source>Create new register…</source>
        <translation>Créer un nouveau registre…</translation>
    </message>
    <message>
        <source>Browse for the register file</source>
        <translation>Rechercher le fichier du registre</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <source>Unlock the register</source>
        <translation>Déverrouiller le registre</translation>
    </message>
    <message>
        <source>Create a new register</source>
        <translation>Créer un nouveau registre</translation>
    </message>
    <message>
        <source>Why the register did not open</source>
        <translation>Pourquoi le registre ne s'est pas ouvert</translation>
    </message>
</context>
<context>
    <name>custos::ui::UsersModel</name>
    <message>
        <source>operator</source>
        <translation>opérateur</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>approbateur</translation>
    </message>
    <message>
        <source>compliance</source>
        <translation>conformité</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Signing key (Ed25519)</source>
        <translation>Clé de signature (Ed25519)</translation>
    </message>
    <message>
        <source>Added (UTC)</source>
        <translation>Ajouté (UTC)</translation>
    </message>
</context>
<context>
    <name>custos::ui::UsersTab</name>
    <message>
        <source>Users and roles</source>
        <translation>Utilisateurs et rôles</translation>
    </message>
    <message>
        <source>Each user has a key slot (their password unlocks the register) and an Ed25519 signing key. Roles: operators record and reconcile, approvers sign withdrawals, compliance checks and reports, admins manage users, key sets and settings.</source>
        <translation>Chaque utilisateur a un emplacement de clé (son mot de passe déverrouille le registre) et une clé de signature Ed25519. Rôles : les opérateurs enregistrent et rapprochent, les approbateurs signent les retraits, la conformité contrôle et rend compte, les administrateurs gèrent utilisateurs, jeux de clés et paramètres.</translation>
    </message>
    <message>
        <source>Only admins add users; you see the users and their roles.</source>
        <translation>Seuls les administrateurs ajoutent des utilisateurs ; vous voyez les utilisateurs et leurs rôles.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d'&amp;utilisateur :</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ôle :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>&amp;Répéter le mot de passe :</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Ajout en cours…</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Ajouter l'utilisateur</translation>
    </message>
    <message>
        <source>letters, digits, '.', '_' or '-'</source>
        <translation>lettres, chiffres, « . », « _ » ou « - »</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>au moins 8 caractères</translation>
    </message>
    <message>
        <source>New user's name</source>
        <translation>Nom du nouvel utilisateur</translation>
    </message>
    <message>
        <source>New user's role</source>
        <translation>Rôle du nouvel utilisateur</translation>
    </message>
    <message>
        <source>New user's password</source>
        <translation>Mot de passe du nouvel utilisateur</translation>
    </message>
    <message>
        <source>New user's password, repeated</source>
        <translation>Mot de passe du nouvel utilisateur, répété</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Les deux mots de passe diffèrent ; saisissez deux fois le même mot de passe.</translation>
    </message>
    <message>
        <source>User %1 added. They can unlock the register with their own password now.</source>
        <translation>Utilisateur %1 ajouté. Il peut désormais déverrouiller le registre avec son propre mot de passe.</translation>
    </message>
</context>
<context>
    <name>custos::ui::WhitelistModel</name>
    <message>
        <source>Proposed, %1 of %2 admins</source>
        <translation>Proposée, %1 administrateur(s) sur %2</translation>
    </message>
    <message>
        <source>Approved, usable</source>
        <translation>Approuvée, utilisable</translation>
    </message>
    <message>
        <source>Approved, cooling off until %1</source>
        <translation>Approuvée, délai de carence jusqu’au %1</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvée par</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Proposée par</translation>
    </message>
    <message>
        <source>Usable from</source>
        <translation>Utilisable à partir du</translation>
    </message>
</context>
<context>
    <name>custos::ui::WithdrawalsModel</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Blocked (screening)</source>
        <translation>Bloquée (filtrage)</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Exécutée</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <source>Requested at</source>
        <translation>Demandée le</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Exactly %1 EUR at the request's time, rounded to the cent for display</source>
        <translation>Exactement %1 EUR au moment de la demande, arrondi au centime pour l'affichage</translation>
    </message>
    <message>
        <source>No EUR price of %1 was known when the request was made</source>
        <translation>Aucun prix en EUR de %1 n'était connu lors de la demande</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>RÉP</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>Register file to open.</source>
        <translation>Fichier de registre à ouvrir.</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>Nom d'utilisateur.</translation>
    </message>
    <message>
        <source>Read the password from the first line of %1 and open the register at once.</source>
        <translation>Lire le mot de passe dans la première ligne de %1 et ouvrir immédiatement le registre.</translation>
    </message>
    <message>
        <source>Render every screen to %1/&lt;screen&gt;.png at 1280x800 and exit.</source>
        <translation>Générer chaque écran dans %1/&lt;écran&gt;.png en 1280x800, puis quitter.</translation>
    </message>
    <message>
        <source>Interface language: en, de or fr (default: the last choice in View &gt; Language, else the system language, else en).</source>
        <translation>Langue de l'interface : en, de ou fr (par défaut : le dernier choix fait dans Affichage &gt; Langue, sinon la langue du système, sinon en).</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Custos custody operations console</source>
        <translation>Custos – console d'exploitation de la garde</translation>
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>custos: %1 (see custos --help)</source>
        <translation>custos : %1 (voir custos --help)</translation>
    </message>
    <message>
        <source>custos: there is no '%1' interface language; choose en, de or fr.</source>
        <translation>custos : la langue d'interface « %1 » n'existe pas ; choisissez en, de ou fr.</translation>
    </message>
    <message>
        <source>custos: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set). To run headless, render the screens with QT_QPA_PLATFORM=offscreen custos --screenshot DIR --register PATH --user NAME --password-file FILE, or use custosctl.</source>
        <translation>custos : aucun affichage n'est disponible (ni DISPLAY ni WAYLAND_DISPLAY n'est défini). Pour travailler sans affichage, générez les écrans avec QT_QPA_PLATFORM=offscreen custos --screenshot RÉP --register CHEMIN --user NOM --password-file FICHIER, ou utilisez custosctl.</translation>
    </message>
</context>
<context>
    <name>custos::ui::ReconTotalsChart</name>
    <message>
        <source>%1: run %2 incomplete</source>
        <translation>%1 : exécution %2 incomplète</translation>
    </message>
    <message>
        <source>%1: the latest run (%2) is incomplete, so nothing was measured.
%3</source>
        <translation>%1 : la dernière exécution (%2) est incomplète, rien n'a donc été mesuré.
%3</translation>
    </message>
    <message>
        <source>%1: run %2, no totals kept</source>
        <translation>%1 : exécution %2, aucun total conservé</translation>
    </message>
    <message>
        <source>%1: run %2 was recorded before the register kept totals per run; run a reconciliation to see them.</source>
        <translation>%1 : l'exécution %2 a été enregistrée avant que le registre ne conserve les totaux par exécution ; lancez un rapprochement pour les voir.</translation>
    </message>
    <message>
        <source>%1 at run %2 (height %3, %4 UTC)
register: %5
on-chain: %6
difference: %7</source>
        <translation>%1 à l'exécution %2 (hauteur %3, %4 UTC)
registre : %5
sur la chaîne : %6
écart : %7</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>hors plage</translation>
    </message>
    <message>
        <source>Positions vs on-chain per asset at the last run: no reconciliation yet</source>
        <translation>Positions vs chaîne par actif à la dernière exécution : aucun rapprochement pour l'instant</translation>
    </message>
    <message>
        <source>Positions vs on-chain per asset at the last run</source>
        <translation>Positions vs chaîne par actif à la dernière exécution</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>On-chain</source>
        <translation>On-chain</translation>
    </message>
    <message>
        <source>share of the larger of the two totals</source>
        <translation>part du plus grand des deux totaux</translation>
    </message>
    <message>
        <source>No reconciliation yet.</source>
        <translation>Aucun rapprochement pour l'instant.</translation>
    </message>
</context>
</TS>