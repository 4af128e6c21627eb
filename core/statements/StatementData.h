#pragma once
// The figures of one client's statement, read from the register through any connection (a
// worker thread's own), and the JSON twin that carries them as exact decimal strings.
//
// Opening = the sum of the client's movements in the asset before the period (index range scan
// of movements(client_id, asset_id, occurred_at)); transfers = the movements in the period;
// closing = the current position minus the movements after the period. Opening + transfers must
// equal closing: the ledger and the kept positions are checked against each other before any
// file is written.

#include "audit/Anchor.h"
#include "money/Amount.h"
#include "money/Decimal.h"
#include "register/Database.h"
#include "statements/Period.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace custos::statements {

struct TransferLine {
    QString occurredAt; // ISO UTC
    QString kind;       // deposit | withdrawal | fee | adjustment | transfer
    Amount amount;      // signed
    QString txHash;     // empty for an adjustment without one
};

struct AssetLine {
    QString asset; // CHAIN:SYM
    QString chain;
    QString symbol;
    int decimals = 0;
    Amount opening;
    Amount closing;
    QList<TransferLine> transfers;
    std::optional<Decimal> price; // EUR per whole unit, latest on or before the period's last day
    QString priceDate;            // YYYY-MM-DD
    QString priceSource;
    Decimal value; // EUR, two decimals, half away from zero
};

struct HoldingAddress {
    QString chain;
    QString address;
    bool omnibus = false; // else designated to the client (segregated)
    QString label;
};

struct ClientInfo {
    qint64 id = 0;
    QString code;
    QString name;
    QString lei;
    QString lang;
};

struct StatementData {
    ClientInfo client;
    Period period;
    bool onRequest = false;
    QString language; // of the document
    QString issuedAt; // ISO UTC
    QString documentId;
    QList<AssetLine> assets; // held at the start or moved in the period, by asset code
    Decimal totalValue;      // EUR, sum of the rounded values
    QList<HoldingAddress> addresses;
    audit::SignedHead auditHead; // the register's audit head when the batch began, signed by the issuer
};

inline constexpr RoundingMode kValueRounding = RoundingMode::HalfAwayFromZero;

// Reads one client's statement with prepared statements kept for the connection's lifetime.
// One reader per connection, one connection per thread.
class StatementReader {
public:
    explicit StatementReader(reg::Database &db) : m_db(db) {}
    Status prepare();

    Result<ClientInfo> client(qint64 clientId);
    Result<ClientInfo> clientByCode(const QString &code);
    // Empty assets: nothing held at the start and nothing moved in the period (no statement).
    // A ledger that does not add up is ErrorCode::Found with the figures in the sentence.
    Result<StatementData> read(const ClientInfo &client, const Period &period);

private:
    Status sumRange(qint64 clientId, qint64 assetId, bool before, const QString &bound, Amount *sum, QList<qint64> *addressIds);
    Status addresses(qint64 clientId, const QList<qint64> &usedIds, QList<HoldingAddress> *out);

    reg::Database &m_db;
    reg::Statement m_client, m_clientByCode, m_positions, m_before, m_in, m_after, m_price, m_own, m_address;
};

// The JSON twin in canonical form (keys sorted, compact, UTF-8): its SHA-256 is the content
// hash printed on every page of the PDF. "audit_head" (audit::signedHeadJson) is the signed
// register head; `audit verify --anchor TWIN.json` proves the history up to it unchanged.
QByteArray canonicalJson(const StatementData &s);

} // namespace custos::statements
