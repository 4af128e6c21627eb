#include "pages/ClientsPage.h"

#include "app/Format.h"
#include "app/Language.h"
#include "app/Theme.h"
#include "models/ClientFilterProxy.h"
#include "models/ClientListModel.h"
#include "pages/ClientDetail.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace custos::ui {

ClientsPage::ClientsPage(Session *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_model = new ClientListModel(this);
    m_proxy = new ClientFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    auto *list = new QWidget(this);
    m_title = pageTitle(QString(), list);
    m_search = new QLineEdit(list);
    m_search->setClearButtonEnabled(true);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    m_count = mutedLabel(QString(), list);
    m_error = new QLabel(list);
    setTone(m_error, Tone::Bad);
    m_error->hide();

    m_view = new QTableView(list);
    m_view->setModel(m_proxy);
    styleTable(m_view);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setTextElideMode(Qt::ElideRight);
    QHeaderView *h = m_view->horizontalHeader();
    h->setStretchLastSection(false);
    h->setSectionResizeMode(QHeaderView::ResizeToContents);
    h->setSectionResizeMode(ClientListModel::Name, QHeaderView::Stretch);

    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(8);
    listLayout->addWidget(m_title);
    listLayout->addWidget(m_search);
    listLayout->addWidget(m_error);
    listLayout->addWidget(m_view, 1);
    listLayout->addWidget(m_count);

    m_detail = new ClientDetail(this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(16);
    m_splitter->addWidget(list);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(m_splitter);
    setDetailVisible(false);

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_proxy->setSearchText(m_search->text()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ClientsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ClientsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ClientsPage::updateCount);
    connect(m_model, &ClientListModel::errorOccurred, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    });
    connect(m_detail, &ClientDetail::closeRequested, this, [this] { m_view->selectionModel()->clear(); });
    connect(session, &Session::opened, this, &ClientsPage::onSessionOpened);
    connect(session, &Session::closing, this, &ClientsPage::onSessionClosing);
    retranslateUi();
}

void ClientsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ClientsPage::retranslateUi()
{
    m_title->setText(tr("Clients"));
    m_search->setPlaceholderText(tr("Search client ID, name or LEI"));
    retranslateHeaders(m_model);
    updateCount();
}

void ClientsPage::onSessionOpened()
{
    m_error->hide();
    m_model->setRegister(m_session->reg());
}

void ClientsPage::onSessionClosing()
{
    m_detail->clear();
    setDetailVisible(false);
    m_searchDelay->stop();
    m_search->clear();
    m_proxy->setSearchText(QString());
    m_model->setRegister(nullptr);
}

void ClientsPage::setSearchText(const QString &text)
{
    const QSignalBlocker block(m_search);
    m_search->setText(text);
    m_searchDelay->stop();
    m_proxy->setSearchText(text);
}

bool ClientsPage::selectRow(int proxyRow)
{
    const QModelIndex idx = m_proxy->index(proxyRow, 0);
    if (!idx.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

void ClientsPage::onCurrentChanged(const QModelIndex &current)
{
    const ledger::ClientSummary *c = current.isValid() ? m_model->clientAt(m_proxy->mapToSource(current).row()) : nullptr;
    if (!c || !m_session->reg()) {
        m_detail->clear();
        setDetailVisible(false);
        return;
    }
    if (c->client.id != m_detail->clientId())
        m_detail->showClient(m_session->reg(), *c);
    setDetailVisible(true);
}

void ClientsPage::setDetailVisible(bool visible)
{
    for (int c :
         {ClientListModel::Lei, ClientListModel::Language, ClientListModel::Addresses, ClientListModel::Assets, ClientListModel::Since})
        m_view->setColumnHidden(c, visible);
    if (visible == m_detail->isVisibleTo(this))
        return;
    m_detail->setVisible(visible);
    if (visible) {
        const int listWidth = 330;
        m_splitter->setSizes({listWidth, qMax(400, m_splitter->width() - listWidth - m_splitter->handleWidth())});
    }
}

void ClientsPage::updateCount()
{
    const int shown = m_proxy->rowCount();
    const QString count = formatCount(shown);
    const bool more = !m_model->atEnd();
    if (m_proxy->searchText().isEmpty())
        m_count->setText(more ? tr("%1 clients loaded · more load as you scroll", nullptr, shown).arg(count)
                              : tr("%1 clients loaded", nullptr, shown).arg(count));
    else
        m_count->setText(more ? tr("%1 clients match · more load as you scroll", nullptr, shown).arg(count)
                              : tr("%1 clients match", nullptr, shown).arg(count));
}

void ClientsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace custos::ui
