#pragma once
// A dashboard figure: title, a large value and a detail line.

#include <QFrame>

class QLabel;

namespace custos::ui {

class StatCard : public QFrame {
    Q_OBJECT
public:
    explicit StatCard(const QString &title, QWidget *parent = nullptr);
    void setTitle(const QString &title);
    void setValue(const QString &value, const QString &detail = {});
    QString value() const;
    QString detail() const;

private:
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_detail;
};

} // namespace custos::ui
