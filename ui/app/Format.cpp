#include "app/Format.h"

#include "app/Language.h"
#include "money/DecimalText.h"
#include "statements/Texts.h"

#include <QFontDatabase>
#include <QLocale>

#include <algorithm>
#include <limits>
#include <map>
#include <memory>

namespace custos::ui {

namespace {

// One statements::Texts per language and thread, loaded on first use (it owns a translator).
const statements::Texts *documentTexts(const QString &language)
{
    thread_local std::map<QString, std::unique_ptr<statements::Texts>> cache;
    auto it = cache.find(language);
    if (it == cache.end()) {
        auto loaded = statements::Texts::load(language);
        it = cache.emplace(language, loaded.ok() ? std::move(*loaded) : nullptr).first;
    }
    return it->second.get();
}

} // namespace

QString formatEur(const Decimal &eur, const QString &language)
{
    QString lang = language.isEmpty() ? Language::instance()->current() : language;
    if (!Language::isSupported(lang))
        lang = QStringLiteral("en");
    if (const statements::Texts *t = documentTexts(lang))
        return t->money(eur);
    // Without the statement catalog (a broken build): still rounded to the cent, ungrouped.
    auto cents = eur.rescaled(2, RoundingMode::HalfAwayFromZero);
    return (cents.ok() ? cents->toFixed() : eur.toString()) + QStringLiteral(" EUR");
}

QString formatEur(const QString &exact, const QString &language)
{
    const std::optional<Decimal> d = parseExactDecimal(exact);
    return d ? formatEur(*d, language) : exact;
}

std::optional<Decimal> parseExactDecimal(QStringView text)
{
    money::ParsedNumber n;
    if (money::parseNumber(text.utf16(), text.size(), Decimal::kMaxScale, &n) != money::TextError::None)
        return std::nullopt;
    auto d = Decimal::fromUnits(n.negative ? -int128(n.digits) : int128(n.digits), n.fractionDigits);
    return d.ok() ? std::optional<Decimal>(*d) : std::nullopt;
}

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
