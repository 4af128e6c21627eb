#include "app/Language.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace custos::ui {

namespace {

const QString kSettingsKey = QStringLiteral("ui/language");
const QString kSource = QStringLiteral("en"); // the language the sources are written in
Language *g_instance = nullptr;

} // namespace

const QStringList &Language::codes()
{
    static const QStringList list{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
    return list;
}

bool Language::isSupported(const QString &code)
{
    return codes().contains(code);
}

QString Language::nativeName(const QString &code)
{
    // Each language is named in itself, so a user can find their own in any interface language.
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    return QStringLiteral("English");
}

QString Language::qmPath(const QString &code)
{
    return QStringLiteral(":/i18n/custos_%1.qm").arg(code);
}

QString Language::saved()
{
    const QString code = QSettings().value(kSettingsKey).toString();
    return isSupported(code) ? code : QString();
}

QString Language::preferred(const QString &requested)
{
    if (isSupported(requested))
        return requested;
    if (const QString s = saved(); !s.isEmpty())
        return s;
    const QString system = QLocale::languageToCode(QLocale::system().language());
    return isSupported(system) ? system : kSource;
}

Language *Language::instance()
{
    if (!g_instance)
        new Language(QCoreApplication::instance());
    return g_instance;
}

Language::Language(QObject *parent) : QObject(parent), m_code(kSource)
{
    if (!g_instance)
        g_instance = this;
}

Language::~Language()
{
    if (g_instance == this)
        g_instance = nullptr;
}

bool Language::apply(const QString &code)
{
    if (!isSupported(code) || !QCoreApplication::instance())
        return false;
    // English needs no translation; its file only carries the English plural forms.
    auto app = std::make_unique<QTranslator>();
    if (!app->load(qmPath(code)) && code != kSource)
        return false;
    // Qt's own texts are English already; a missing qtbase file leaves Qt's dialogs in English.
    auto qt = std::make_unique<QTranslator>();
    if (code == kSource || !qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qt.reset();

    // Destroying a translator removes it from the application.
    m_app.reset();
    m_qt.reset();
    m_app = std::move(app);
    m_qt = std::move(qt);
    if (m_qt)
        QCoreApplication::installTranslator(m_qt.get());
    if (!m_app->isEmpty())
        QCoreApplication::installTranslator(m_app.get());
    m_code = code;
    emit changed(code);
    return true;
}

bool Language::choose(const QString &code)
{
    if (!apply(code))
        return false;
    QSettings().setValue(kSettingsKey, code);
    return true;
}

void retranslateHeaders(QAbstractItemModel *model)
{
    const int columns = model->columnCount();
    if (columns > 0)
        emit model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
}

} // namespace custos::ui
