#include "pages/BreakDetail.h"

#include "app/Format.h"
#include "app/Theme.h"
#include "models/ReconBreaksModel.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTextBrowser>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace custos::ui {

BreakDetail::BreakDetail(QWidget *parent) : QWidget(parent)
{
    m_title = sectionTitle(QString(), this);
    // A read-only text view rather than a label: addresses and hashes are single 42- to 66-character
    // words, and only a text view wraps them anywhere to fit the panel.
    m_fields = new QTextBrowser(this);
    m_fields->setFrameShape(QFrame::NoFrame);
    m_fields->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_fields->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_fields->viewport()->setAutoFillBackground(false);
    m_fields->setOpenLinks(false);

    m_ownerLabel = new QLabel(this);
    m_owner = new QLineEdit(this);
    m_noteLabel = new QLabel(this);
    m_note = new QLineEdit(this);
    m_ownerLabel->setBuddy(m_owner);
    m_noteLabel->setBuddy(m_note);
    m_explain = new QPushButton(this);
    m_movementLabel = new QLabel(this);
    m_movement = new QLineEdit(this);
    m_movement->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,15}")), m_movement));
    m_movementLabel->setBuddy(m_movement);
    m_resolve = new QPushButton(this);
    m_error = new QLabel(this);
    setTone(m_error, Tone::Bad);
    m_error->hide();

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_ownerLabel, m_owner);
    form->addRow(m_noteLabel, m_note);
    form->addRow(QString(), m_explain);
    form->addRow(m_movementLabel, m_movement);
    form->addRow(QString(), m_resolve);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_fields, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);

    connect(m_explain, &QPushButton::clicked, this, [this] {
        if (m_break)
            emit explainRequested(m_break->id, m_note->text(), m_owner->text());
    });
    connect(m_resolve, &QPushButton::clicked, this, &BreakDetail::requestResolve);
    connect(m_note, &QLineEdit::textChanged, this, &BreakDetail::updateButtons);
    connect(m_movement, &QLineEdit::textChanged, this, &BreakDetail::updateButtons);
    retranslateUi();
    showBreak(std::nullopt);
}

void BreakDetail::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BreakDetail::retranslateUi()
{
    m_title->setText(tr("Break"));
    m_ownerLabel->setText(tr("&Owner:"));
    m_owner->setPlaceholderText(tr("you, if empty"));
    m_noteLabel->setText(tr("&Note:"));
    m_note->setPlaceholderText(tr("what explains the difference"));
    m_explain->setText(tr("&Explain"));
    m_explain->setToolTip(tr("Record the owner and the note; an open break becomes explained"));
    m_movementLabel->setText(tr("&Movement:"));
    m_movement->setPlaceholderText(tr("id of the correcting movement"));
    m_resolve->setText(tr("&Resolve with movement"));
    m_resolve->setToolTip(tr("Resolve the break by the correcting movement recorded for it (operators only)"));
    showBreak(m_break);
}

std::optional<qint64> BreakDetail::breakId() const
{
    return m_break ? std::optional<qint64>(m_break->id) : std::nullopt;
}

void BreakDetail::setActionsEnabled(bool enabled)
{
    m_actionsEnabled = enabled;
    updateButtons();
}

void BreakDetail::updateButtons()
{
    const bool open = m_break && m_break->status != QLatin1String("resolved") && m_actionsEnabled;
    m_owner->setEnabled(open);
    m_note->setEnabled(open);
    m_movement->setEnabled(open);
    m_explain->setEnabled(open && !m_note->text().trimmed().isEmpty());
    m_resolve->setEnabled(open && !m_movement->text().isEmpty());
}

void BreakDetail::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString BreakDetail::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

QString BreakDetail::detailText() const
{
    return m_fields->toPlainText();
}

void BreakDetail::showBreak(const std::optional<reconcile::BreakRecord> &b)
{
    const bool same = b && m_break && b->id == m_break->id;
    m_break = b;
    if (!same) {
        m_owner->setText(b ? b->owner : QString());
        m_note->setText(b ? b->note : QString());
        m_movement->clear();
        showError(QString());
    }
    if (!b) {
        m_fields->setHtml(tr("Select a break to see its figures and follow it up."));
        updateButtons();
        return;
    }
    const auto line = [](const QString &name, const QString &value, bool mono = false) {
        const QString v = value.isEmpty() ? QStringLiteral("—") : value.toHtmlEscaped();
        return QStringLiteral("<tr><td style='color:#5f6b7a; padding-right:8px'>%1</td><td>%2</td></tr>")
            .arg(name.toHtmlEscaped(), mono ? QStringLiteral("<code>%1</code>").arg(v) : v);
    };
    QString html = QStringLiteral("<table cellspacing='2'>");
    html += line(tr("Break"), QString::number(b->id));
    html += line(tr("Run"), tr("%1 on %2 at height %3").arg(b->runId).arg(b->chain).arg(b->height));
    html += line(tr("Kind"), ReconBreaksModel::kindText(b->kind));
    html += line(tr("Address"), b->address, true);
    html += line(tr("Asset"), b->asset);
    html += line(tr("Register"), b->registerBalance.toDecimal(b->decimals), true);
    html += line(tr("Chain"), b->chainBalance.toDecimal(b->decimals), true);
    html += line(tr("Difference"), b->difference.toDecimal(b->decimals), true);
    html += line(tr("Transaction"), b->txHash, true);
    html += line(tr("Status"), ReconBreaksModel::statusText(b->status));
    html += line(tr("Owner"), b->owner);
    html += line(tr("Note"), b->note);
    if (b->resolvedByMovement)
        html += line(tr("Resolved by"), tr("movement %1").arg(*b->resolvedByMovement));
    if (b->resolvedByRun)
        html += line(tr("Resolved by"), tr("clean run %1").arg(*b->resolvedByRun));
    html += line(tr("Updated (UTC)"), formatTimestamp(b->updatedAt));
    html += QStringLiteral("</table>");
    m_fields->setHtml(html);
    updateButtons();
}

void BreakDetail::requestResolve()
{
    if (!m_break)
        return;
    bool ok = false;
    const qint64 movement = m_movement->text().toLongLong(&ok);
    if (!ok || movement <= 0) {
        showError(tr("Enter the id of the correcting movement (a whole number)."));
        return;
    }
    emit resolveRequested(m_break->id, movement, m_note->text());
}

} // namespace custos::ui
