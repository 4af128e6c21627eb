#include "widgets/StatCard.h"

#include "app/Theme.h"

#include <QLabel>
#include <QVBoxLayout>

namespace custos::ui {

StatCard::StatCard(const QString &title, QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("card"));
    m_title = new QLabel(title, this);
    m_title->setObjectName(QStringLiteral("cardTitle"));
    m_value = new QLabel(QStringLiteral("–"), this);
    m_value->setObjectName(QStringLiteral("cardValue"));
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail = mutedLabel(QString(), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void StatCard::setTitle(const QString &title)
{
    m_title->setText(title);
}

void StatCard::setValue(const QString &value, const QString &detail)
{
    m_value->setText(value);
    m_detail->setText(detail);
}

QString StatCard::value() const
{
    return m_value->text();
}

QString StatCard::detail() const
{
    return m_detail->text();
}

} // namespace custos::ui
