#pragma once
// Internal to core/statements: one worker thread's production of single statements, on its own
// read-only connection, with its own catalogs; it writes the files and returns what to record.

#include "settings/Custodian.h"
#include "statements/StatementData.h"
#include "statements/Statements.h"
#include "statements/Texts.h"

#include <map>
#include <memory>

namespace custos::statements::detail {

struct BatchShared {
    Period period;
    bool onRequest = false;
    QString outDir;
    QString language; // forced language, or empty
    settings::Custodian custodian;
    audit::SignedHead head; // signed when the batch began; every statement of it carries this head
};

struct Outcome {
    enum class Kind { Produced, Skipped, Failed } kind = Kind::Failed;
    qsizetype index = 0;
    qint64 clientId = 0;
    QString client;
    Produced produced;
    QString issuedAt;
    NotProduced problem;
};

class Worker {
public:
    Worker(reg::Database db, const BatchShared &shared) : m_db(std::move(db)), m_reader(m_db), m_shared(shared) {}
    Status init() { return m_reader.prepare(); }
    Outcome run(qsizetype index, qint64 clientId);

private:
    Result<const Texts *> texts(const QString &language);
    Status produce(const StatementData &read, Outcome &out);

    reg::Database m_db;
    StatementReader m_reader;
    const BatchShared &m_shared;
    std::map<QString, std::unique_ptr<Texts>> m_texts;
};

// DIR/<client id>-<period>.pdf and .json
QString statementPath(const QString &dir, const QString &client, const QString &period, const char *suffix);

} // namespace custos::statements::detail
