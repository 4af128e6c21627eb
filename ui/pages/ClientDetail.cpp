#include "pages/ClientDetail.h"

#include "app/Format.h"
#include "app/Language.h"
#include "app/Theme.h"
#include "widgets/ClientHistoryChart.h"
#include "models/AddressesModel.h"
#include "models/MovementsModel.h"
#include "models/PositionsModel.h"
#include "models/StatementsModel.h"
#include "reconcile/ClientChain.h"

#include <QDesktopServices>
#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QtConcurrent/QtConcurrentRun>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace custos::ui {

ClientDetail::ClientDetail(QWidget *parent) : QWidget(parent)
{
    m_positions = new PositionsModel(this);
    m_addresses = new AddressesModel(this);
    m_movements = new MovementsModel(this);

    auto *empty = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(empty);
    m_hint = mutedLabel(QString(), empty);
    m_hint->setAlignment(Qt::AlignCenter);
    emptyLayout->addWidget(m_hint);

    auto *detail = new QWidget(this);
    m_name = pageTitle(QString(), detail);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info = mutedLabel(QString(), detail);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new QLabel(detail);
    setTone(m_error, Tone::Bad);
    m_error->hide();

    m_positionsView = new QTableView(detail);
    m_positionsView->setModel(m_positions);
    styleTable(m_positionsView);
    m_positionsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_positionsView->horizontalHeader()->setStretchLastSection(false);

    m_addressesView = new QTableView(detail);
    m_addressesView->setModel(m_addresses);
    styleTable(m_addressesView);
    m_addressesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_addressesView->horizontalHeader()->setSectionResizeMode(AddressesModel::Address, QHeaderView::Stretch);
    m_addressesView->horizontalHeader()->setStretchLastSection(false);
    m_addressesView->setTextElideMode(Qt::ElideMiddle); // an address keeps its start and end in view

    m_movementsView = new QTableView(detail);
    m_movementsView->setModel(m_movements);
    styleTable(m_movementsView);
    QHeaderView *mh = m_movementsView->horizontalHeader();
    mh->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics mono(monospaceFont());
    const int digit = mono.horizontalAdvance(QLatin1Char('0'));
    mh->resizeSection(MovementsModel::Occurred, fontMetrics().horizontalAdvance(QStringLiteral("2024-01-01 00:00:00")) + 20);
    mh->resizeSection(MovementsModel::Asset, fontMetrics().horizontalAdvance(QStringLiteral("ethereum:USDC")) + 20);
    mh->resizeSection(MovementsModel::Kind, fontMetrics().horizontalAdvance(QStringLiteral("adjustment")) + 20);
    mh->resizeSection(MovementsModel::Amount, digit * 26 + 20);
    mh->resizeSection(MovementsModel::Address, digit * 24 + 20);
    mh->resizeSection(MovementsModel::TxHash, digit * 24 + 20);
    mh->resizeSection(MovementsModel::Recorded, fontMetrics().horizontalAdvance(QStringLiteral("2024-01-01 00:00:00")) + 20);
    m_movementsView->setTextElideMode(Qt::ElideMiddle);

    m_positionsTitle = sectionTitle(QString(), detail);
    m_addressesTitle = sectionTitle(QString(), detail);
    m_movementsTitle = sectionTitle(QString(), detail);

    auto *layout = new QVBoxLayout(detail);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_close = new QPushButton(detail);
    connect(m_close, &QPushButton::clicked, this, &ClientDetail::closeRequested);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_close, 0, Qt::AlignTop);
    layout->addLayout(nameRow);
    layout->addWidget(m_info);
    layout->addWidget(m_error);
    layout->addSpacing(8);
    layout->addWidget(m_positionsTitle);
    layout->addWidget(m_positionsView);
    layout->addSpacing(8);
    layout->addWidget(m_addressesTitle);
    layout->addWidget(m_addressesView);
    layout->addSpacing(8);
    layout->addWidget(m_movementsTitle);
    m_lower = new QTabWidget(detail);
    m_lower->setObjectName(QStringLiteral("clientTabs"));
    m_lower->setDocumentMode(true);
    m_history = new ClientHistoryChart(m_lower);
    m_lower->addTab(m_movementsView, QString());
    m_lower->addTab(m_history, QString());
    m_statements = new StatementsModel(this);
    m_statementsView = new QTableView(m_lower);
    m_statementsView->setModel(m_statements);
    styleTable(m_statementsView);
    m_statementsView->setTextElideMode(Qt::ElideMiddle);
    m_statementsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_statementsView->horizontalHeader()->setStretchLastSection(true);
    connect(m_statementsView, &QTableView::activated, this, [](const QModelIndex &index) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(index.data(StatementsModel::FileRole).toString()));
    });
    connect(m_statements, &StatementsModel::errorOccurred, this, &ClientDetail::showError);
    m_lower->addTab(m_statementsView, QString());
    layout->addWidget(m_lower, 1);
    connect(m_lower, &QTabWidget::currentChanged, this, [this] { loadHistoryIfShown(); });

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(empty);
    m_stack->addWidget(detail);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_movements, &MovementsModel::fetched, this, &ClientDetail::updateMovementCount);
    connect(m_movements, &MovementsModel::errorOccurred, this, &ClientDetail::showError);
    retranslateUi();
}

void ClientDetail::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ClientDetail::retranslateUi()
{
    m_hint->setText(tr("Select a client to see its positions, addresses and movements."));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Back to the full client list"));
    m_lower->setTabText(0, tr("Movements"));
    m_lower->setTabText(1, tr("Holdings over time"));
    m_lower->setTabText(2, tr("Statements"));
    m_statementsView->setAccessibleName(tr("Statements"));
    m_statementsView->setToolTip(tr("Press Enter or double-click to open a statement's PDF"));
    retranslateHeaders(m_statements);
    m_positionsView->setAccessibleName(tr("Positions"));
    m_addressesView->setAccessibleName(tr("Addresses"));
    m_movementsView->setAccessibleName(tr("Movements"));
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_positions), static_cast<QAbstractItemModel *>(m_addresses),
                                      static_cast<QAbstractItemModel *>(m_movements)})
        retranslateHeaders(model);
    updateTitles();
}

void ClientDetail::updateTitles()
{
    if (m_clientId == 0) {
        m_positionsTitle->setText(tr("Positions"));
        m_addressesTitle->setText(tr("Addresses"));
        m_movementsTitle->setText(tr("Movements"));
        return;
    }
    QStringList info{m_client.code};
    if (!m_client.lei.isEmpty())
        info << tr("LEI %1").arg(m_client.lei);
    info << tr("statements in %1").arg(m_client.lang) << tr("client since %1").arg(formatTimestamp(m_client.createdAt).left(10));
    m_info->setText(info.join(QStringLiteral("  ·  ")));
    m_positionsTitle->setText(tr("Positions (%1)").arg(m_positions->rowCount()));
    m_addressesTitle->setText(tr("Addresses (%1)").arg(m_addresses->rowCount()));
    updateMovementCount();
}

void ClientDetail::showClient(const RegisterPtr &reg, const ledger::ClientSummary &summary)
{
    const ledger::Client &c = summary.client;
    m_clientId = c.id;
    m_client = c;
    m_error->hide();
    m_name->setText(c.name);

    QStringList errors;
    if (Status s = m_positions->loadPositions(reg.get(), c.code); !s.ok())
        errors << s.message();
    else
        loadChainPositions(reg, c.code);
    if (Status s = m_addresses->load(reg.get(), c.id); !s.ok())
        errors << s.message();
    if (Status s = m_movements->setClient(reg, c.id); !s.ok())
        errors << s.message();
    fitRows(m_positionsView, m_positions->rowCount(), 5);
    fitRows(m_addressesView, m_addresses->rowCount(), 4);
    m_movementsView->scrollToTop();
    m_reg = reg;
    m_statements->setScope(reg, c.id);
    loadHistoryIfShown();
    if (m_movements->canFetchMore({}))
        m_movements->fetchMore({}); // the first page; the view fetches the rest as the user scrolls
    updateTitles();
    if (!errors.isEmpty())
        showError(errors.join(QLatin1Char('\n')));
    m_stack->setCurrentIndex(1);
}

// The chain figures of the positions at the last run, read in a worker: a client with many
// movements recorded since the run takes a walk over them, and the movements' first page must not
// wait for it. A newer client (or clear) drops the result of an older read.
void ClientDetail::loadChainPositions(const RegisterPtr &reg, const QString &clientCode)
{
    struct ChainLoad {
        QList<reconcile::ClientChainPosition> rows;
        QString error;
    };
    if (m_chainWatcher) {
        m_chainWatcher->disconnect(this);
        m_chainWatcher->deleteLater();
    }
    auto *watcher = new QFutureWatcher<ChainLoad>(this);
    m_chainWatcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const ChainLoad load = watcher->result();
        watcher->deleteLater();
        if (m_chainWatcher != watcher)
            return;
        m_chainWatcher = nullptr;
        if (!load.error.isEmpty())
            showError(load.error);
        else
            m_positions->setChainPositions(load.rows);
    });
    watcher->setFuture(QtConcurrent::run([reg, clientCode] {
        auto chain = reconcile::clientChainPositions(*reg, clientCode);
        return chain.ok() ? ChainLoad{*chain, {}} : ChainLoad{{}, chain.message()};
    }));
}

void ClientDetail::clear()
{
    if (m_chainWatcher) {
        m_chainWatcher->disconnect(this);
        m_chainWatcher->deleteLater();
        m_chainWatcher = nullptr;
    }
    m_clientId = 0;
    m_client = {};
    m_positions->clear();
    m_addresses->clear();
    m_movements->clear();
    m_statements->setScope(nullptr, 0);
    m_reg.reset();
    m_historyClient = 0;
    m_history->setClient(nullptr, 0);
    m_stack->setCurrentIndex(0);
}

void ClientDetail::showHistory()
{
    m_lower->setCurrentWidget(m_history);
    loadHistoryIfShown();
}

void ClientDetail::showStatements()
{
    m_lower->setCurrentWidget(m_statementsView);
}

void ClientDetail::loadHistoryIfShown()
{
    if (m_lower->currentWidget() != m_history || m_historyClient == m_clientId)
        return;
    m_historyClient = m_clientId;
    m_history->setClient(m_reg, m_clientId);
}

void ClientDetail::updateMovementCount()
{
    const qint64 total = m_movements->totalMovements();
    const int shown = m_movements->rowCount();
    m_movementsTitle->setText(shown < total
                                  ? tr("Movements (%1 of %2, newest first; scroll for more)").arg(formatCount(shown), formatCount(total))
                                  : tr("Movements (%1, newest first)").arg(formatCount(total)));
}

void ClientDetail::fitRows(QTableView *view, int rows, int maxRows)
{
    const int shown = qBound(1, rows, maxRows);
    int h = view->horizontalHeader()->sizeHint().height() + shown * view->verticalHeader()->defaultSectionSize() + 2 * view->frameWidth();
    if (rows > maxRows)
        h += 2;
    view->setFixedHeight(h);
}

void ClientDetail::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace custos::ui
