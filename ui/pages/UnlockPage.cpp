#include "pages/UnlockPage.h"

#include "app/Format.h"
#include "app/Theme.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace custos::ui {

UnlockPage::UnlockPage(QWidget *parent) : QWidget(parent)
{
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("unlockCard"));
    card->setFixedWidth(600);

    auto *logo = new QLabel(card);
    const QIcon icon(QStringLiteral(":/custos/custos.svg"));
    const QPixmap pix = icon.pixmap(56, 56);
    if (!pix.isNull())
        logo->setPixmap(pix);
    logo->setVisible(!pix.isNull());
    auto *brand = new QLabel(tr("Custos"), card);
    brand->setObjectName(QStringLiteral("pageTitle"));
    m_tagline = mutedLabel(QString(), card);
    auto *brandText = new QVBoxLayout;
    brandText->setSpacing(2);
    brandText->addWidget(brand);
    brandText->addWidget(m_tagline);
    auto *header = new QHBoxLayout;
    header->setSpacing(14);
    header->addWidget(logo);
    header->addLayout(brandText, 1);

    m_intro = new QLabel(card);
    m_intro->setWordWrap(true);

    m_path = new QComboBox(card);
    m_path->setEditable(true);
    m_path->setInsertPolicy(QComboBox::NoInsert);
    m_path->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_browse = new QPushButton(card);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    m_user = new QLineEdit(card);
    m_password = new QLineEdit(card);
    m_password->setEchoMode(QLineEdit::Password);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(10);
    m_pathLabel = new QLabel(card);
    m_userLabel = new QLabel(card);
    m_passwordLabel = new QLabel(card);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_pathLabel, pathRow);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);

    m_error = new QLabel(card);
    setTone(m_error, Tone::Bad);
    m_error->hide();

    m_busy = new QProgressBar(card);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedHeight(8);
    m_busyText = mutedLabel(QString(), card);
    m_busy->hide();
    m_busyText->hide();

    m_unlock = new QPushButton(card);
    m_unlock->setDefault(true);
    m_unlock->setAutoDefault(true);
    m_unlock->setMinimumWidth(120);
    m_create = new QPushButton(card);
    m_create->setObjectName(QStringLiteral("createRegister"));
    m_create->setFlat(true);
    // Reads as a link beside the Unlock button, which stays the default action.
    m_create->setStyleSheet(QStringLiteral("QPushButton { color: #2f6fb0; border: none; padding: 2px 0; text-align: left; }"
                                           "QPushButton:hover { text-decoration: underline; }"));
    m_create->setCursor(Qt::PointingHandCursor);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_busyText, 1);
    buttons->addStretch(0);
    buttons->addWidget(m_unlock);

    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(32, 28, 32, 28);
    cardLayout->setSpacing(16);
    cardLayout->addLayout(header);
    cardLayout->addWidget(m_intro);
    cardLayout->addLayout(form);
    cardLayout->addWidget(m_error);
    cardLayout->addWidget(m_busy);
    cardLayout->addLayout(buttons);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(card);
    centre->addStretch(1);
    outer->addLayout(centre);
    outer->addStretch(2);

    connect(m_browse, &QPushButton::clicked, this, &UnlockPage::browse);
    connect(m_unlock, &QPushButton::clicked, this, &UnlockPage::submit);
    connect(m_create, &QPushButton::clicked, this, &UnlockPage::createRequested);
    connect(m_password, &QLineEdit::returnPressed, this, &UnlockPage::submit);
    connect(m_user, &QLineEdit::returnPressed, this, &UnlockPage::submit);
    retranslateUi();
}

void UnlockPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void UnlockPage::retranslateUi()
{
    m_tagline->setText(tr("Custody operations console · version %1").arg(versionString()));
    m_intro->setText(tr("Open a register with your user name and password. The key is derived on this "
                        "desk; the password never leaves it and is never stored."));
    m_path->lineEdit()->setPlaceholderText(tr("/path/to/NAME.custos"));
    m_browse->setText(tr("Browse…"));
    m_user->setPlaceholderText(tr("user name"));
    m_password->setPlaceholderText(tr("password"));
    m_pathLabel->setText(tr("Register file"));
    m_userLabel->setText(tr("User"));
    m_passwordLabel->setText(tr("Password"));
    m_busyText->setText(tr("Deriving the key and opening the register…"));
    m_unlock->setText(tr("Unlock"));
    m_create->setText(tr("Create new register…"));
    m_path->setAccessibleName(tr("Register file"));
    m_browse->setAccessibleName(tr("Browse for the register file"));
    m_user->setAccessibleName(tr("User name"));
    m_password->setAccessibleName(tr("Password"));
    m_unlock->setAccessibleName(tr("Unlock the register"));
    m_create->setAccessibleName(tr("Create a new register"));
    m_error->setAccessibleName(tr("Why the register did not open"));
}

void UnlockPage::setRecentRegisters(const QStringList &paths)
{
    const QString current = registerPath();
    m_path->clear();
    m_path->addItems(paths);
    setRegisterPath(current.isEmpty() && !paths.isEmpty() ? paths.first() : current);
}

void UnlockPage::setRegisterPath(const QString &path)
{
    m_path->setEditText(path);
}

void UnlockPage::setUser(const QString &user)
{
    m_user->setText(user);
}

QString UnlockPage::registerPath() const
{
    return m_path->currentText().trimmed();
}

QString UnlockPage::user() const
{
    return m_user->text().trimmed();
}

void UnlockPage::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_busyText->setVisible(busy);
    for (QWidget *w : {static_cast<QWidget *>(m_path), static_cast<QWidget *>(m_browse), static_cast<QWidget *>(m_user),
                       static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_unlock), static_cast<QWidget *>(m_create)})
        w->setEnabled(!busy);
    if (busy)
        showError(QString());
}

void UnlockPage::showError(const QString &message)
{
    m_error->setTextFormat(Qt::PlainText);
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void UnlockPage::showOpenError(const QString &headline, const QString &message)
{
    QString sentence = message;
    if (!sentence.isEmpty())
        sentence[0] = sentence[0].toUpper();
    if (!sentence.isEmpty() && !sentence.endsWith(QLatin1Char('.')))
        sentence += QLatin1Char('.');
    m_error->setTextFormat(Qt::RichText);
    m_error->setText(QStringLiteral("<b>%1</b><br>%2").arg(headline.toHtmlEscaped(), sentence.toHtmlEscaped()));
    m_error->setVisible(true);
}

QString UnlockPage::errorText() const
{
    if (!m_error->isVisibleTo(this))
        return {};
    if (m_error->textFormat() != Qt::RichText)
        return m_error->text();
    QString plain = m_error->text();
    plain.replace(QLatin1String("<br>"), QLatin1String("\n"));
    plain.remove(QLatin1String("<b>")).remove(QLatin1String("</b>"));
    return plain.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&#39;"), QLatin1String("'"))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
}

void UnlockPage::clearPassword()
{
    m_password->clear();
}

void UnlockPage::focusFirstEmpty()
{
    if (registerPath().isEmpty())
        m_path->setFocus();
    else if (user().isEmpty())
        m_user->setFocus();
    else
        m_password->setFocus();
}

void UnlockPage::browse()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Open register"), registerPath(), tr("Custos registers (*.custos);;All files (*)"));
    if (!file.isEmpty()) {
        setRegisterPath(file);
        m_user->setFocus();
    }
}

void UnlockPage::submit()
{
    if (!m_unlock->isEnabled())
        return;
    if (registerPath().isEmpty()) {
        showError(tr("Choose the register file to open."));
        m_path->setFocus();
        return;
    }
    if (user().isEmpty()) {
        showError(tr("Enter your user name."));
        m_user->setFocus();
        return;
    }
    QByteArray password = m_password->text().toUtf8();
    m_password->clear();
    emit unlockRequested(registerPath(), user(), std::move(password));
}

} // namespace custos::ui
