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
        <translation>Recalcul des empreintes des mouvements&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Walk the whole hash chain and re-hash every movement it covers</source>
        <translation>Parcourir toute la chaîne de hachage et recalculer l&apos;empreinte de chaque mouvement qu&apos;elle couvre</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Every change, hash-chained: each entry&apos;s hash covers the one before it. Verify finds any edited, deleted or reordered entry or movement.</source>
        <translation>Chaque modification est chaînée par hachage&#xa0;: l&apos;empreinte de chaque entrée couvre celle qui la précède. «&#xa0;Vérifier&#xa0;» détecte toute entrée ou tout mouvement modifié, supprimé ou réordonné.</translation>
    </message>
    <message>
        <source>the verification worker ended without a result</source>
        <translation>la vérification s&apos;est terminée sans résultat</translation>
    </message>
    <message>
        <source>Verification could not run: %1. The audit log was NOT verified.</source>
        <translation>La vérification n&apos;a pas pu être exécutée&#xa0;: %1. Le journal d&apos;audit n&apos;a PAS été vérifié.</translation>
    </message>
    <message>
        <source>TAMPERED at entry %1: %2</source>
        <translation>ALTÉRÉ à l&apos;entrée %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message numerus="yes">
        <source>intact: %1 entries, head %2</source>
        <translation>
            <numerusform>intact&#xa0;: %1 entrée, tête de chaîne %2</numerusform>
            <numerusform>intact&#xa0;: %1 entrées, tête de chaîne %2</numerusform>
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
</context>
<context>
    <name>custos::ui::BreakDetail</name>
    <message>
        <source>Break</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>you, if empty</source>
        <translation>vous-même, si vide</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Re&amp;marque&#xa0;:</translation>
    </message>
    <message>
        <source>what explains the difference</source>
        <translation>ce qui explique l&apos;écart</translation>
    </message>
    <message>
        <source>&amp;Explain</source>
        <translation>&amp;Expliquer</translation>
    </message>
    <message>
        <source>Record the owner and the note; an open break becomes explained</source>
        <translation>Enregistrer le responsable et la remarque&#xa0;; un écart ouvert devient expliqué</translation>
    </message>
    <message>
        <source>&amp;Movement:</source>
        <translation>&amp;Mouvement&#xa0;:</translation>
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
        <translation>Résoudre l&apos;écart par le mouvement correctif enregistré à cet effet (opérateurs uniquement)</translation>
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
        <translation>Saisissez l&apos;identifiant du mouvement correctif (un nombre entier).</translation>
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
        <translation>langue des relevés&#xa0;: %1</translation>
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
        <translation>Mouvements (%1 sur %2, les plus récents en premier&#xa0;; faites défiler pour la suite)</translation>
    </message>
    <message>
        <source>Movements (%1, newest first)</source>
        <translation>Mouvements (%1, les plus récents en premier)</translation>
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
        <source>Every client&apos;s position summed, against the firm&apos;s own positions, in whole units of each asset. Hover a bar for its exact amounts.</source>
        <translation>Somme des positions de tous les clients, comparée aux avoirs propres de l&apos;établissement, en unités entières de chaque crypto-actif. Survolez une barre pour afficher les montants exacts.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
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
        <translation>Le tableau de bord n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>excluding the firm&apos;s own book</source>
        <translation>hors avoirs propres de l&apos;établissement</translation>
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
        <translation>Le journal d&apos;audit est vide.</translation>
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
positions clients&#xa0;: %2
avoirs propres&#xa0;: %3</translation>
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
    <name>custos::ui::Launch</name>
    <message>
        <source>cannot render the %1 screen</source>
        <translation>impossible de générer l&apos;écran %1</translation>
    </message>
    <message>
        <source>cannot write the screenshot %1</source>
        <translation>impossible d&apos;écrire la capture d&apos;écran %1</translation>
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
        <translation>délai dépassé lors de l&apos;ouverture de %1</translation>
    </message>
    <message>
        <source>the dashboard did not finish loading</source>
        <translation>le chargement du tableau de bord ne s&apos;est pas terminé</translation>
    </message>
    <message>
        <source>the dashboard could not be read: %1</source>
        <translation>le tableau de bord n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>the register has no clients; client.png shows no client</source>
        <translation>le registre ne contient aucun client&#xa0;; client.png n&apos;affiche aucun client</translation>
    </message>
    <message>
        <source>the audit verification did not finish</source>
        <translation>la vérification du journal d&apos;audit ne s&apos;est pas terminée</translation>
    </message>
    <message>
        <source>the reconciliation run did not finish</source>
        <translation>l&apos;exécution du rapprochement ne s&apos;est pas terminée</translation>
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
        <translation>&lt;b&gt;Custos %1&lt;/b&gt;&lt;p&gt;Console d&apos;exploitation de la garde pour les dépositaires de crypto-actifs soumis à MiCA (règlement (UE) 2023/1114).&lt;/p&gt;</translation>
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
        <translation>Journal d&apos;audit</translation>
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
        <translation>&amp;Journal d&apos;audit</translation>
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
        <translation>Registre&#xa0;: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Utilisateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rôle&#xa0;: %1</translation>
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
    <name>custos::ui::PositionsModel</name>
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
        <translation>&amp;Chaîne&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource&#xa0;:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Emplacement&#xa0;:</translation>
    </message>
    <message>
        <source>Hei&amp;ght:</source>
        <translation>Hau&amp;teur&#xa0;:</translation>
    </message>
    <message>
        <source>Snapshot file</source>
        <translation>Fichier d&apos;instantané</translation>
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
        <translation>Fichier CSV&#xa0;: chain,address,asset,balance,block_height</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Cookie:</source>
        <translation>Cookie&#xa0;:</translation>
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
        <source>Pin the run to this block height; leave empty for the source&apos;s tip</source>
        <translation>Fixer l&apos;exécution à cette hauteur de bloc&#xa0;; laisser vide pour le sommet de la source</translation>
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
        <translation>Choisissez une chaîne. Le registre ne contient encore aucun crypto-actif&#xa0;: ajoutez-en un avant le rapprochement.</translation>
    </message>
    <message>
        <source>Choose the snapshot file to reconcile against.</source>
        <translation>Choisissez le fichier d&apos;instantané à rapprocher.</translation>
    </message>
    <message>
        <source>Enter the URL of the EVM node, for example http://127.0.0.1:8545.</source>
        <translation>Saisissez l&apos;URL du nœud EVM, par exemple http://127.0.0.1:8545.</translation>
    </message>
    <message>
        <source>Enter the URL of the Bitcoin Core node, for example http://127.0.0.1:8332.</source>
        <translation>Saisissez l&apos;URL du nœud Bitcoin Core, par exemple http://127.0.0.1:8332.</translation>
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
        <translation>Fichiers d&apos;instantané (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the node&apos;s cookie file</source>
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
        <translation>Interrogation de la chaîne&#xa0;: %1 soldes sur %2</translation>
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
        <translation>Compare chaque adresse et chaque crypto-actif d&apos;une chaîne avec le registre à une hauteur de bloc. Chaque différence est un écart à expliquer&#xa0;; une exécution dont la source a échoué n&apos;est jamais sans écart.</translation>
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
        <translation>Cesser d&apos;interroger le nœud&#xa0;; l&apos;exécution est enregistrée comme incomplète</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Breaks of the selected run</source>
        <translation>Écarts de l&apos;exécution sélectionnée</translation>
    </message>
    <message>
        <source>Only operators run reconciliations; you are signed in as %1 with the role %2.</source>
        <translation>Seuls les opérateurs lancent des rapprochements&#xa0;; vous êtes connecté en tant que %1 avec le rôle %2.</translation>
    </message>
    <message>
        <source>Run the reconciliation in the background; the window stays usable</source>
        <translation>Exécuter le rapprochement en arrière-plan&#xa0;; la fenêtre reste utilisable</translation>
    </message>
    <message>
        <source>the reconciliation worker ended without a result</source>
        <translation>le traitement du rapprochement s&apos;est terminé sans résultat</translation>
    </message>
    <message>
        <source>The reconciliation did not run: %1. Nothing was recorded as clean.</source>
        <translation>Le rapprochement n&apos;a pas été exécuté&#xa0;: %1. Rien n&apos;a été enregistré comme sans écart.</translation>
    </message>
    <message>
        <source>Run %1 on %2: clean at height %3</source>
        <translation>Exécution %1 sur %2&#xa0;: sans écart à la hauteur %3</translation>
    </message>
    <message>
        <source>Run %1 on %2: clean at height %3 (block %4)</source>
        <translation>Exécution %1 sur %2&#xa0;: sans écart à la hauteur %3 (bloc %4)</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 on %2: %3 breaks at height %4</source>
        <translation>
            <numerusform>Exécution %1 sur %2&#xa0;: %3 écart à la hauteur %4</numerusform>
            <numerusform>Exécution %1 sur %2&#xa0;: %3 écarts à la hauteur %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run %1 on %2: %3 breaks at height %4 (block %5)</source>
        <translation>
            <numerusform>Exécution %1 sur %2&#xa0;: %3 écart à la hauteur %4 (bloc %5)</numerusform>
            <numerusform>Exécution %1 sur %2&#xa0;: %3 écarts à la hauteur %4 (bloc %5)</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 on %2 INCOMPLETE: %3 — nothing was recorded as clean</source>
        <translation>Exécution %1 sur %2 INCOMPLÈTE&#xa0;: %3 — rien n&apos;a été enregistré comme sans écart</translation>
    </message>
    <message>
        <source>the run ended in the status &apos;%1&apos;</source>
        <translation>l&apos;exécution s&apos;est terminée avec le statut «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>custos::ui::Session</name>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>impossible de lire le fichier de mot de passe %1&#xa0;: %2</translation>
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
        <translation>Console d&apos;exploitation de la garde · version %1</translation>
    </message>
    <message>
        <source>Open a register with your user name and password. The key is derived on this desk; the password never leaves it and is never stored.</source>
        <translation>Ouvrez un registre avec votre nom d&apos;utilisateur et votre mot de passe. La clé est dérivée sur ce poste&#xa0;; le mot de passe ne le quitte jamais et n&apos;est jamais enregistré.</translation>
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
        <translation>nom d&apos;utilisateur</translation>
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
        <translation>Saisissez votre nom d&apos;utilisateur.</translation>
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
        <translation>Nom d&apos;utilisateur.</translation>
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
        <translation>Langue de l&apos;interface&#xa0;: en, de ou fr (par défaut&#xa0;: le dernier choix fait dans Affichage &gt; Langue, sinon la langue du système, sinon en).</translation>
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
        <translation>Custos – console d&apos;exploitation de la garde</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>custos: %1 (see custos --help)</source>
        <translation>custos&#xa0;: %1 (voir custos --help)</translation>
    </message>
    <message>
        <source>custos: there is no &apos;%1&apos; interface language; choose en, de or fr.</source>
        <translation>custos&#xa0;: la langue d&apos;interface «&#xa0;%1&#xa0;» n&apos;existe pas&#xa0;; choisissez en, de ou fr.</translation>
    </message>
    <message>
        <source>custos: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set). To run headless, render the screens with QT_QPA_PLATFORM=offscreen custos --screenshot DIR --register PATH --user NAME --password-file FILE, or use custosctl.</source>
        <translation>custos&#xa0;: aucun affichage n&apos;est disponible (ni DISPLAY ni WAYLAND_DISPLAY n&apos;est défini). Pour travailler sans affichage, générez les écrans avec QT_QPA_PLATFORM=offscreen custos --screenshot RÉP --register CHEMIN --user NOM --password-file FICHIER, ou utilisez custosctl.</translation>
    </message>
</context>
</TS>
