#include "app/Theme.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPalette>
#include <QStyleFactory>
#include <QTableView>

static void initCustosResources()
{
    Q_INIT_RESOURCE(custos); // the resources live in a static library
}

namespace custos::ui {

namespace {

constexpr const char *kStyleSheet = R"CSS(
QHeaderView::section {
    font-weight: bold;
    background: #eef2f6;
    color: #1d2733;
    padding: 4px 8px;
    border: none;
    border-right: 1px solid #dfe5eb;
    border-bottom: 1px solid #cfd7e0;
}
QTableView {
    gridline-color: #e6ebf0;
    border: 1px solid #d5dce4;
    selection-background-color: #2f6fb0;
}
QFrame#card {
    background: #ffffff;
    border: 1px solid #d9e0e7;
    border-radius: 6px;
}
QLabel#cardValue { font-size: 20pt; font-weight: bold; color: #1d2733; }
QLabel#cardTitle { color: #5f6b7a; font-weight: bold; }
QLabel#pageTitle { font-size: 16pt; font-weight: bold; color: #1d2733; }
QLabel#sectionTitle { font-size: 11pt; font-weight: bold; color: #1d2733; }
QWidget#navPanel { background: #1f2a36; }
QLabel#navBrand { color: #ffffff; font-size: 15pt; font-weight: bold; }
QLabel#navSub { color: #9fb0c2; }
QListWidget#nav {
    background: #1f2a36; color: #dbe4ee; border: none; font-size: 11pt; outline: 0;
}
QListWidget#nav::item { padding: 9px 14px; border-left: 3px solid transparent; }
QListWidget#nav::item:selected { background: #2c3b4c; color: #ffffff; border-left: 3px solid #5aa0e6; }
QListWidget#nav::item:hover:!selected { background: #263442; }
QPushButton#navLock {
    color: #dbe4ee; background: #2c3b4c; border: 1px solid #3b4d61; border-radius: 4px; padding: 6px 12px;
}
QPushButton#navLock:hover { background: #34475b; }
QFrame#unlockCard { background: #ffffff; border: 1px solid #d9e0e7; border-radius: 8px; }
QLabel#banner { padding: 6px 10px; border-radius: 4px; }
)CSS";

} // namespace

void applyTheme(QApplication &app)
{
    initCustosResources();
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = app.style()->standardPalette();
    p.setColor(QPalette::Window, QColor(0xf4, 0xf6, 0xf8));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf3, 0xf6, 0xf9));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Text, QColor(0x1d, 0x27, 0x33));
    p.setColor(QPalette::WindowText, QColor(0x1d, 0x27, 0x33));
    p.setColor(QPalette::Button, QColor(0xe9, 0xee, 0xf3));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xf2));
    app.setPalette(p);
    app.setStyleSheet(QString::fromLatin1(kStyleSheet));
    app.setWindowIcon(QIcon(QStringLiteral(":/custos/custos.svg")));
}

void styleTable(QTableView *view)
{
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setShowGrid(false);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
}

QLabel *pageTitle(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setObjectName(QStringLiteral("pageTitle"));
    return l;
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setObjectName(QStringLiteral("sectionTitle"));
    return l;
}

QLabel *mutedLabel(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    QPalette p = l->palette();
    p.setColor(QPalette::WindowText, colors::muted);
    l->setPalette(p);
    return l;
}

void setTone(QLabel *label, Tone tone)
{
    label->setObjectName(QStringLiteral("banner"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    switch (tone) {
    case Tone::Neutral:
        label->setStyleSheet(QStringLiteral("color: #1d2733; background: #eef2f6; border: 1px solid #d5dce4;"));
        break;
    case Tone::Good:
        label->setStyleSheet(QStringLiteral("color: #14602c; background: #e6f4ea; border: 1px solid #a8d5b5; font-weight: bold;"));
        break;
    case Tone::Bad:
        label->setStyleSheet(QStringLiteral("color: #8f1a12; background: #fdecea; border: 1px solid #f0b4ad; font-weight: bold;"));
        break;
    }
}

} // namespace custos::ui
