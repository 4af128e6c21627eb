#pragma once
// Display helpers shared by models and pages. Amounts are never formatted here: models call
// Amount::toDecimal(decimals) so what the user reads is the exact register value.

#include <QFont>
#include <QString>

namespace custos::ui {

QString formatCount(qint64 n);                        // 1,234,567 (grouped in the user's locale)
int pluralCount(qint64 n);                            // n for tr()'s plural choice, clamped to int
QString formatTimestamp(const QString &isoUtc);       // "2024-01-31T12:00:00Z" -> "2024-01-31 12:00:00"
QString shortHash(const QString &hex, int keep = 16); // first characters + "…"
QFont monospaceFont();
QString versionString(); // "0.1.0"

} // namespace custos::ui
