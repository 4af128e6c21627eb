#include "app/Format.h"

#include <QFontDatabase>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace custos::ui {

QString formatCount(qint64 n)
{
    static const QLocale locale =
        QLocale::system().language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedKingdom) : QLocale::system();
    return locale.toString(n);
}

int pluralCount(qint64 n)
{
    return int(std::clamp<qint64>(n, 0, std::numeric_limits<int>::max()));
}

QString formatTimestamp(const QString &isoUtc)
{
    QString s = isoUtc;
    if (s.size() >= 19 && s.at(10) == QLatin1Char('T'))
        s[10] = QLatin1Char(' ');
    if (s.endsWith(QLatin1Char('Z')))
        s.chop(1);
    return s;
}

QString shortHash(const QString &hex, int keep)
{
    return hex.size() <= keep ? hex : hex.left(keep) + QChar(0x2026);
}

QFont monospaceFont()
{
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    f.setStyleHint(QFont::Monospace);
    return f;
}

QString versionString()
{
    return QStringLiteral(CUSTOS_VERSION);
}

} // namespace custos::ui
