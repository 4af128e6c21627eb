// The Administration page's shared tab base, the users tab and the key sets tab.

#include "app/Language.h"
#include "app/Theme.h"
#include "ledger/Reference.h"
#include "models/AdminModels.h"
#include "pages/AdminTabs.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace custos::ui {

// --- shared ------------------------------------------------------------------------------------

AdminTab::AdminTab(QWidget *parent) : QWidget(parent), m_message(new QLabel(this))
{
    m_message->hide();
    m_message->setObjectName(QStringLiteral("adminMessage"));
}

void AdminTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool AdminTab::isAdmin() const
{
    return m_reg && m_reg->user().role == reg::Role::Admin;
}

QString AdminTab::errorText() const
{
    return !m_message->isHidden() && m_message->property("bad").toBool() ? m_message->text() : QString();
}

QString AdminTab::resultText() const
{
    return !m_message->isHidden() ? m_message->text() : QString();
}

void AdminTab::showResult(const Status &status, const QString &success)
{
    const bool bad = !status.ok();
    setTone(m_message, bad ? Tone::Bad : Tone::Good);
    m_message->setProperty("bad", bad);
    m_message->setText(bad ? status.message() : success);
    m_message->setVisible(!m_message->text().isEmpty());
}

namespace {

QTableView *adminTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    styleTable(view);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

QFormLayout *adminForm(QWidget *form)
{
    auto *layout = new QFormLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->setHorizontalSpacing(12);
    layout->setVerticalSpacing(8);
    return layout;
}

// --- users -------------------------------------------------------------------------------------

UsersTab::UsersTab(QWidget *parent) : AdminTab(parent), m_model(new UsersModel(this))
{
    m_title = sectionTitle(QString(), this);
    m_intro = mutedLabel(QString(), this);
    m_intro->setWordWrap(true);
    m_view = adminTable(m_model, this);
    m_view->setObjectName(QStringLiteral("usersTable"));

    m_form = new QWidget(this);
    m_name = new QLineEdit(m_form);
    m_name->setObjectName(QStringLiteral("newUserName"));
    m_role = new QComboBox(m_form);
    m_role->setObjectName(QStringLiteral("newUserRole"));
    for (reg::Role r : {reg::Role::Operator, reg::Role::Approver, reg::Role::Compliance, reg::Role::Admin})
        m_role->addItem(QString(), reg::roleName(r));
    m_password = new QLineEdit(m_form);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("newUserPassword"));
    m_repeat = new QLineEdit(m_form);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setObjectName(QStringLiteral("newUserRepeat"));
    m_add = new QPushButton(m_form);
    m_add->setObjectName(QStringLiteral("addUser"));
    m_nameLabel = new QLabel(m_form);
    m_roleLabel = new QLabel(m_form);
    m_passwordLabel = new QLabel(m_form);
    m_repeatLabel = new QLabel(m_form);
    m_nameLabel->setBuddy(m_name);
    m_roleLabel->setBuddy(m_role);
    m_passwordLabel->setBuddy(m_password);
    m_repeatLabel->setBuddy(m_repeat);
    QFormLayout *form = adminForm(m_form);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_roleLabel, m_role);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_repeatLabel, m_repeat);
    form->addRow(QString(), m_add);
    m_form->setMaximumWidth(520);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_form);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &UsersTab::submit);
    connect(m_repeat, &QLineEdit::returnPressed, this, &UsersTab::submit);
    retranslateUi();
    setRegister(nullptr);
}

void UsersTab::retranslateUi()
{
    m_title->setText(tr("Users and roles"));
    m_intro->setText(isAdmin() || !m_reg ? tr("Each user has a key slot (their password unlocks the register) and an Ed25519 signing key. "
                                              "Roles: operators record and reconcile, approvers sign withdrawals, compliance checks and "
                                              "reports, admins manage users, key sets and settings.")
                                         : tr("Only admins add users; you see the users and their roles."));
    const QStringList roles{UsersModel::roleText(reg::Role::Operator), UsersModel::roleText(reg::Role::Approver),
                            UsersModel::roleText(reg::Role::Compliance), UsersModel::roleText(reg::Role::Admin)};
    for (int i = 0; i < roles.size(); ++i)
        m_role->setItemText(i, roles.at(i));
    m_nameLabel->setText(tr("&User name:"));
    m_roleLabel->setText(tr("R&ole:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_repeatLabel->setText(tr("Re&peat password:"));
    m_add->setText(isBusy() ? tr("Adding…") : tr("&Add user"));
    m_name->setPlaceholderText(tr("letters, digits, '.', '_' or '-'"));
    m_password->setPlaceholderText(tr("at least 8 characters"));
    m_name->setAccessibleName(tr("New user's name"));
    m_role->setAccessibleName(tr("New user's role"));
    m_password->setAccessibleName(tr("New user's password"));
    m_repeat->setAccessibleName(tr("New user's password, repeated"));
    m_view->setAccessibleName(tr("Users"));
    retranslateHeaders(m_model);
}

void UsersTab::setRegister(RegisterPtr reg)
{
    m_reg = std::move(reg);
    m_message->hide();
    const Status s = m_model->load(m_reg.get());
    if (!s.ok())
        showResult(s, QString());
    m_form->setVisible(isAdmin());
    retranslateUi();
}

void UsersTab::addUser(const QString &name, const QString &role, const QString &password, const QString &repeat)
{
    m_name->setText(name);
    m_role->setCurrentIndex(qMax(0, m_role->findData(role)));
    m_password->setText(password);
    m_repeat->setText(repeat);
    submit();
}

void UsersTab::submit()
{
    if (!m_reg || isBusy())
        return;
    const QString name = m_name->text().trimmed();
    if (m_password->text() != m_repeat->text()) {
        showResult(makeError(ErrorCode::BadInput, tr("The two passwords differ; type the same password twice.")), QString());
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    auto role = reg::parseRole(m_role->currentData().toString());
    if (!role.ok()) {
        showResult(role.error(), QString());
        return;
    }
    QByteArray password = m_password->text().toUtf8();
    m_password->clear();
    m_repeat->clear();
    m_pendingName = name;
    m_watcher = new QFutureWatcher<Status>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &UsersTab::finish);
    m_add->setEnabled(false);
    retranslateUi();
    // Wrapping the master key into the new slot derives a key with Argon2id: off the GUI thread.
    m_watcher->setFuture(QtConcurrent::run([reg = m_reg, name, r = *role, pw = std::move(password)]() mutable {
        auto added = reg->addUser(name, r, pw);
        pw.fill('\0');
        return added.ok() ? okStatus() : Status(added.error());
    }));
}

void UsersTab::finish()
{
    const Status s = m_watcher->result();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_add->setEnabled(true);
    if (s.ok()) {
        m_name->clear();
        (void)m_model->load(m_reg.get());
        emit userAdded(m_pendingName);
    }
    showResult(s, tr("User %1 added. They can unlock the register with their own password now.").arg(m_pendingName));
    retranslateUi();
}

// --- key sets ----------------------------------------------------------------------------------

KeySetsTab::KeySetsTab(QWidget *parent) : AdminTab(parent), m_model(new KeySetsModel(this))
{
    m_title = sectionTitle(QString(), this);
    m_intro = mutedLabel(QString(), this);
    m_intro->setWordWrap(true);
    m_view = adminTable(m_model, this);
    m_form = new QWidget(this);
    m_name = new QLineEdit(m_form);
    m_owner = new QComboBox(m_form);
    m_owner->addItem(QString(), QStringLiteral("client"));
    m_owner->addItem(QString(), QStringLiteral("firm"));
    m_description = new QLineEdit(m_form);
    m_add = new QPushButton(m_form);
    m_nameLabel = new QLabel(m_form);
    m_ownerLabel = new QLabel(m_form);
    m_descriptionLabel = new QLabel(m_form);
    m_nameLabel->setBuddy(m_name);
    m_ownerLabel->setBuddy(m_owner);
    m_descriptionLabel->setBuddy(m_description);
    QFormLayout *form = adminForm(m_form);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_ownerLabel, m_owner);
    form->addRow(m_descriptionLabel, m_description);
    form->addRow(QString(), m_add);
    m_form->setMaximumWidth(520);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_form);
    layout->addWidget(m_message);
    connect(m_add, &QPushButton::clicked, this, &KeySetsTab::submit);
    retranslateUi();
    setRegister(nullptr);
}

void KeySetsTab::retranslateUi()
{
    m_title->setText(tr("Key sets"));
    m_intro->setText(tr("A key set is a means of access (a vault, an HSM partition, an MPC key). It is designated client or firm, "
                        "and never controls both client and firm addresses (MiCA Art. 75(7))."));
    m_owner->setItemText(0, tr("client"));
    m_owner->setItemText(1, tr("firm"));
    m_nameLabel->setText(tr("&Name:"));
    m_ownerLabel->setText(tr("&Designated:"));
    m_descriptionLabel->setText(tr("D&escription:"));
    m_add->setText(tr("Add &key set"));
    m_name->setAccessibleName(tr("New key set's name"));
    m_owner->setAccessibleName(tr("New key set's designation"));
    m_description->setAccessibleName(tr("New key set's description"));
    m_view->setAccessibleName(tr("Key sets"));
    retranslateHeaders(m_model);
}

void KeySetsTab::setRegister(RegisterPtr reg)
{
    m_reg = std::move(reg);
    m_message->hide();
    const Status s = m_model->load(m_reg.get());
    if (!s.ok())
        showResult(s, QString());
    m_form->setVisible(isAdmin());
}

void KeySetsTab::addKeySet(const QString &name, const QString &owner, const QString &description)
{
    m_name->setText(name);
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(owner)));
    m_description->setText(description);
    submit();
}

void KeySetsTab::submit()
{
    if (!m_reg)
        return;
    const QString name = m_name->text().trimmed();
    auto added = ledger::addKeySet(*m_reg, name, m_owner->currentData().toString(), m_description->text().trimmed());
    if (added.ok()) {
        m_name->clear();
        m_description->clear();
        (void)m_model->load(m_reg.get());
    }
    showResult(added.ok() ? okStatus() : Status(added.error()), tr("Key set %1 added.").arg(name));
}

} // namespace custos::ui
