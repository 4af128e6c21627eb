#include "statements/Statements.h"

#include "audit/Anchor.h"
#include "pdf/Document.h"
#include "register/Register.h"
#include "statements/Store.h"
#include "statements/Worker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QThread>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace custos::statements {

namespace {

using detail::Outcome;

// Results travel from the workers to the recording (calling) thread.
class Mailbox {
public:
    void put(Outcome o)
    {
        {
            std::lock_guard lock(m_mutex);
            m_queue.push_back(std::move(o));
        }
        m_ready.notify_one();
    }
    // Everything queued so far; blocks until there is something.
    std::deque<Outcome> takeAll()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [&] { return !m_queue.empty(); });
        std::deque<Outcome> out;
        out.swap(m_queue);
        return out;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<Outcome> m_queue;
};

Result<QList<qint64>> clientIds(reg::Register &r, const Request &req)
{
    QList<qint64> ids;
    if (!req.all) {
        StatementReader reader(r.db());
        CUSTOS_TRY(reader.prepare());
        auto c = reader.clientByCode(req.client);
        if (!c.ok())
            return c.error();
        ids.append(c->id);
        return ids;
    }
    // Clients with a positions row have had a movement; the others can have no statement.
    auto st = r.db().prepare("SELECT DISTINCT p.client_id FROM positions p JOIN clients c ON c.id = p.client_id "
                             "WHERE c.is_firm = 0 ORDER BY p.client_id");
    if (!st.ok())
        return st.error();
    while (true) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return ids;
        ids.append(st->columnInt(0));
    }
}

Status checkRequest(reg::Register &r, const Request &req, detail::BatchShared &shared)
{
    if (req.all == !req.client.isEmpty())
        return makeError(ErrorCode::BadInput, QStringLiteral("name one client (--client ID) or all of them (--all)"));
    if (req.outDir.isEmpty())
        return makeError(ErrorCode::BadInput, QStringLiteral("statements need an output directory (--out DIR)"));
    if (!req.language.isEmpty()) {
        auto t = Texts::load(req.language);
        if (!t.ok())
            return t.error();
    }
    auto custodian = settings::readCustodian(r);
    if (!custodian.ok())
        return custodian.error();
    if (custodian->name.isEmpty())
        return makeError(ErrorCode::BadInput, QStringLiteral("the custodian's details are not set, and every statement names the "
                                                             "custodian: an admin sets them with `custosctl custodian set --name N "
                                                             "--address A --authorisation ID --contact C`"));
    if (!QDir().mkpath(req.outDir) || !QFileInfo(req.outDir).isDir() || !QFileInfo(req.outDir).isWritable())
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("cannot write statements to %1: it is not a writable directory").arg(req.outDir));
    CUSTOS_TRY(pdf::loadFonts());
    shared.period = req.period;
    shared.onRequest = req.onRequest || !req.period.isQuarter;
    shared.outDir = req.outDir;
    shared.language = req.language;
    shared.custodian = *custodian;
    return okStatus();
}

// Records a group of produced statements in one transaction (each with its own audit entry).
// When the register refuses, the group's files are removed and its clients fail.
void recordGroup(reg::Register &r, const detail::BatchShared &shared, std::vector<Outcome *> &group)
{
    if (group.empty())
        return;
    reg::Transaction tx(r.db());
    Status s = tx.begun();
    for (Outcome *o : group) {
        if (!s.ok())
            break;
        s = detail::record(r, detail::Record{o->clientId, shared.period, shared.onRequest, o->issuedAt, o->produced, shared.head});
    }
    if (s.ok())
        s = tx.commit();
    if (!s.ok()) {
        for (Outcome *o : group) {
            QFile::remove(o->produced.pdfPath);
            QFile::remove(o->produced.jsonPath);
            o->kind = Outcome::Kind::Failed;
            o->problem = NotProduced{o->client,
                                     QStringLiteral("the statement could not be recorded, so its files were removed: %1").arg(s.message()),
                                     s.error().code};
        }
    }
    group.clear();
}

} // namespace

Result<BatchResult> produceStatements(reg::Register &r, const Request &req, const ProgressFn &progress, const std::atomic<bool> *cancel)
{
    CUSTOS_TRY(r.require(QStringLiteral("produce client statements"), {reg::Role::Compliance}));
    detail::BatchShared shared;
    CUSTOS_TRY(checkRequest(r, req, shared));
    // The audit head as the batch begins, signed by the issuer: every statement's JSON twin and
    // PDF carry it and the register records it, so a later rewrite of the history up to it is
    // found (`audit verify`, `audit verify --anchor TWIN.json`).
    auto head = audit::signCurrentHead(r, QStringLiteral("statement"), false);
    if (!head.ok())
        return head.error();
    shared.head = *head;
    auto ids = clientIds(r, req);
    if (!ids.ok())
        return ids.error();
    const qsizetype total = ids->size();
    const int cores = std::max(1, QThread::idealThreadCount());
    // One worker per core, plus one: each statement waits for two file syncs, and the extra
    // worker keeps the cores busy meanwhile.
    const int threads = int(std::clamp<qsizetype>(req.threads > 0 ? req.threads : cores + 1, 1, std::max<qsizetype>(total, 1)));

    std::vector<std::unique_ptr<detail::Worker>> workers;
    for (int i = 0; i < threads; ++i) {
        auto db = r.openReadConnection();
        if (!db.ok())
            return db.error();
        workers.push_back(std::make_unique<detail::Worker>(std::move(*db), shared));
        CUSTOS_TRY(workers.back()->init());
    }

    Mailbox mailbox;
    std::atomic<qsizetype> next{0};
    std::atomic<int> running{threads};
    std::vector<std::thread> pool;
    pool.reserve(workers.size());
    for (auto &w : workers)
        pool.emplace_back([&, worker = w.get()] {
            while (!(cancel && cancel->load())) {
                const qsizetype i = next.fetch_add(1);
                if (i >= total)
                    break;
                mailbox.put(worker->run(i, (*ids)[i]));
            }
            if (running.fetch_sub(1) == 1)
                mailbox.put(Outcome{Outcome::Kind::Failed, -1, 0, {}, {}, {}, {}}); // the last worker is done
        });

    std::vector<Outcome> outcomes;
    outcomes.reserve(size_t(total));
    bool finished = false;
    while (!finished) {
        std::deque<Outcome> batch = mailbox.takeAll();
        std::vector<Outcome *> group;
        const size_t first = outcomes.size();
        for (Outcome &o : batch) {
            if (o.index < 0) {
                finished = true;
                continue;
            }
            outcomes.push_back(std::move(o));
        }
        for (size_t i = first; i < outcomes.size(); ++i) {
            if (outcomes[i].kind == Outcome::Kind::Produced)
                group.push_back(&outcomes[i]);
            if (group.size() >= 64)
                recordGroup(r, shared, group);
        }
        recordGroup(r, shared, group);
        if (progress)
            for (size_t i = first; i < outcomes.size(); ++i)
                progress(BatchProgress{qint64(i + 1), qint64(total), outcomes[i].client});
    }
    for (std::thread &t : pool)
        t.join();
    workers.clear(); // closes the read connections

    std::sort(outcomes.begin(), outcomes.end(), [](const Outcome &a, const Outcome &b) { return a.index < b.index; });
    BatchResult result;
    result.period = req.period.label;
    result.cancelled = qsizetype(outcomes.size()) < total;
    for (Outcome &o : outcomes) {
        switch (o.kind) {
        case Outcome::Kind::Produced:
            result.produced.append(std::move(o.produced));
            break;
        case Outcome::Kind::Skipped:
            result.skipped.append(std::move(o.problem));
            break;
        case Outcome::Kind::Failed:
            result.failed.append(std::move(o.problem));
            break;
        }
    }
    if (req.all) {
        reg::Transaction tx(r.db());
        CUSTOS_TRY(tx.begun());
        CUSTOS_TRY(r.audit(QStringLiteral("statement.batch"), QJsonObject{{QStringLiteral("period"), req.period.label},
                                                                          {QStringLiteral("on_request"), shared.onRequest},
                                                                          {QStringLiteral("clients"), double(total)},
                                                                          {QStringLiteral("produced"), double(result.produced.size())},
                                                                          {QStringLiteral("skipped"), double(result.skipped.size())},
                                                                          {QStringLiteral("failed"), double(result.failed.size())},
                                                                          {QStringLiteral("cancelled"), result.cancelled}}));
        CUSTOS_TRY(tx.commit());
    }
    return result;
}

} // namespace custos::statements
