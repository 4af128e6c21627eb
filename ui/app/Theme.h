#pragma once
// One look for every screen: Fusion, a light palette, bold table headers, alternating rows.

#include <QColor>
#include <QString>

class QApplication;
class QLabel;
class QTableView;
class QWidget;

namespace custos::ui {

namespace colors {
inline const QColor good{0x1b, 0x7f, 0x3b};
inline const QColor bad{0xb4, 0x23, 0x18};
inline const QColor muted{0x5f, 0x6b, 0x7a};
inline const QColor client{0x2f, 0x6f, 0xb0};
inline const QColor firm{0xe0, 0x8a, 0x2c};
} // namespace colors

void applyTheme(QApplication &app);

// Read-only table look: row selection, alternating colours, bold left-aligned headers,
// no word wrap, compact rows, last column stretching.
void styleTable(QTableView *view);

QLabel *pageTitle(const QString &text, QWidget *parent = nullptr);
QLabel *sectionTitle(const QString &text, QWidget *parent = nullptr);
QLabel *mutedLabel(const QString &text, QWidget *parent = nullptr);

// A message line for errors (red) or results (green); text is selectable for copying.
enum class Tone { Neutral, Good, Bad };
void setTone(QLabel *label, Tone tone);

} // namespace custos::ui
