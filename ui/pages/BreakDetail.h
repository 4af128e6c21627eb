#pragma once
// The selected break of the Reconciliation page in full, with its follow-up: an explanation
// (owner and note) and the correcting movement that resolves it. It only asks; the page calls
// core and shows core's sentence here when core refuses.

#include "reconcile/Breaks.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace custos::ui {

class BreakDetail : public QWidget {
    Q_OBJECT
public:
    explicit BreakDetail(QWidget *parent = nullptr);

    void showBreak(const std::optional<reconcile::BreakRecord> &b); // nullopt: nothing selected
    std::optional<qint64> breakId() const;
    void setActionsEnabled(bool enabled); // off while a run writes to the register
    void showError(const QString &message); // empty hides it

    // For tests and keyboard users: the follow-up fields.
    QLineEdit *ownerEdit() const { return m_owner; }
    QLineEdit *noteEdit() const { return m_note; }
    QLineEdit *movementEdit() const { return m_movement; }
    QPushButton *explainButton() const { return m_explain; }
    QPushButton *resolveButton() const { return m_resolve; }
    QString errorText() const;
    QString detailText() const;

signals:
    void explainRequested(qint64 breakId, const QString &note, const QString &owner);
    void resolveRequested(qint64 breakId, qint64 movementId, const QString &note);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    void requestResolve();

    std::optional<reconcile::BreakRecord> m_break;
    bool m_actionsEnabled = true;
    QLabel *m_title;
    QTextBrowser *m_fields;
    QLabel *m_ownerLabel;
    QLineEdit *m_owner;
    QLabel *m_noteLabel;
    QLineEdit *m_note;
    QPushButton *m_explain;
    QLabel *m_movementLabel;
    QLineEdit *m_movement;
    QPushButton *m_resolve;
    QLabel *m_error;
};

} // namespace custos::ui
