#pragma once
// Audit log: the entries (lazy, newest first, filtered by action, user and days), the selected
// entry in full, and Verify, which walks the whole hash chain and re-hashes every movement in a
// worker.

#include "app/Session.h"
#include "audit/AuditLog.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QScrollArea;
class QProgressBar;
class QPushButton;
class QTableView;

namespace custos::ui {

class AuditLogModel;

struct VerifyOutcome {
    bool ran = false; // false: verification could not run; error says why
    QString error;
    audit::AuditReport report;
};

class AuditPage : public QWidget {
    Q_OBJECT
public:
    explicit AuditPage(Session *session, QWidget *parent = nullptr);

    AuditLogModel *model() const { return m_model; }
    void verify();
    bool isVerifying() const { return m_watcher != nullptr; }
    QString resultText() const;
    // Narrows the list (as the filter row does); empty fields do not narrow.
    void setFilter(const QString &action, const QString &actor, const QDate &from = {}, const QDate &to = {});

    // The sentence shown for an outcome: "intact: N entries, head …", "TAMPERED at entry N: …"
    // or "verification could not run: …".
    static QString describe(const VerifyOutcome &outcome);

signals:
    void verified(bool intact);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onSessionOpened();
    void onSessionClosing();
    void finishVerify();
    void showEntry(const QModelIndex &index);
    void loadFilterChoices();
    void applyFilter();

    Session *m_session;
    AuditLogModel *m_model;
    QFutureWatcher<VerifyOutcome> *m_watcher = nullptr;
    std::optional<VerifyOutcome> m_outcome; // the result on show, to word it again in a new language
    QLabel *m_title;
    QLabel *m_description;
    QTableView *m_view;
    QScrollArea *m_entryArea;
    QLabel *m_entry;
    QPushButton *m_verify;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QLabel *m_result;
    QLabel *m_error;
    QLabel *m_filterLabel;
    QComboBox *m_actionFilter;
    QComboBox *m_actorFilter;
    QDateEdit *m_fromDay;
    QDateEdit *m_toDay;
    QLabel *m_fromLabel;
    QLabel *m_toLabel;
    QPushButton *m_clearFilter;
};

} // namespace custos::ui
