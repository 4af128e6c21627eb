#pragma once
// The user interface language. One Language object owns the two translators a language needs:
// Custos's own (custos_<code>.qm, built into the binary under :/i18n) and Qt's (qtbase_<code>.qm
// from the Qt installation, so standard dialogs and buttons follow). Applying a language swaps
// both; Qt then sends QEvent::LanguageChange to every widget, and each window or page resets its
// texts in retranslateUi().

#include <QObject>
#include <QStringList>

#include <memory>

class QAbstractItemModel;
class QTranslator;

namespace custos::ui {

class Language : public QObject {
    Q_OBJECT
public:
    static const QStringList &codes(); // "en", "de", "fr"
    static bool isSupported(const QString &code);
    static QString nativeName(const QString &code); // "English", "Deutsch", "Français"
    static QString qmPath(const QString &code);     // ":/i18n/custos_<code>.qm"
    static QString saved();                         // QSettings "ui/language" if supported, else empty

    // The language to start in: requested if supported, else the saved choice, else the system
    // locale's language if Custos has it, else English.
    static QString preferred(const QString &requested = {});

    // The live Language of this process; created (owned by the application) on first use when
    // main did not create one.
    static Language *instance();

    explicit Language(QObject *parent = nullptr);
    ~Language() override;

    QString current() const { return m_code; }

    // Loads and installs the translations for code; needs a QCoreApplication. False (and nothing
    // changes) when code is not supported or its translation cannot be loaded.
    bool apply(const QString &code);
    // apply() and remember the choice for the next start.
    bool choose(const QString &code);

signals:
    void changed(const QString &code);

private:
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_code;
};

// Tells the views that every horizontal header text of model changed (after a language switch).
void retranslateHeaders(QAbstractItemModel *model);

} // namespace custos::ui
