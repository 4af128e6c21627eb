#pragma once
// One client's movements, newest first, fetched lazily in pages. Each asset of the client is
// read through the index movements_client_asset with keyset pagination on (occurred_at, id);
// the per-asset streams are merged here, so a page costs the same at 10,000,000 movements and
// nothing counts or loads the whole table. The total comes from the positions' movement counts.

#include "app/Session.h"
#include "ledger/Queries.h"

#include "models/PagedModel.h"

#include <QHash>

#include <deque>

namespace custos::ui {

class MovementsModel : public PagedTableModel<ledger::MovementRow> {
    Q_OBJECT
public:
    enum Column { Occurred, Asset, Kind, Amount, Address, TxHash, Block, Recorded, Id, Note, ColumnCount };
    enum Role {
        MovementIdRole = Qt::UserRole, // qint64
        AmountRole,                    // QString exact decimal in whole units
        AssetRole,                     // QString CHAIN:SYM
        OccurredAtRole,                // QString ISO UTC as stored
    };

    explicit MovementsModel(QObject *parent = nullptr, int pageSize = 500);

    // Resets to the client's movements (none fetched yet); clientId 0 clears.
    Status setClient(RegisterPtr reg, qint64 clientId);
    void clear();
    qint64 totalMovements() const { return m_total; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    // Merges the per-asset streams; `last` is implied by the streams' cursors.
    Result<QList<ledger::MovementRow>> nextPage(const ledger::MovementRow *last, int limit) override;

private:
    struct Stream {
        ledger::ClientAsset asset;
        ledger::MovementCursor cursor;
        std::deque<ledger::MovementRow> buffer;
        bool exhausted = false;
    };
    Status refill(Stream &s, int limit);
    QString intern(const QString &text); // one shared copy per distinct text, up to kMaxInterned
    static constexpr int kMaxInterned = 4096;

    RegisterPtr m_reg;
    qint64 m_clientId = 0;
    qint64 m_total = 0;
    std::vector<Stream> m_streams;
    QHash<QString, QString> m_interned;
};

} // namespace custos::ui
