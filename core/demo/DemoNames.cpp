// Demo clients: realistic individual and company names from the countries a German custodian
// serves, with matching language and (for most companies) a valid LEI; written in chunks.

#include "crypto/Sha256.h"
#include "demo/DemoInternal.h"
#include "demo/DemoRandom.h"
#include "register/Register.h"
#include "util/Time.h"

#include <QJsonObject>

#include <optional>

namespace custos::demo::detail {

namespace {

struct Country {
    const char *code = nullptr;
    const char *lang = nullptr;
    const char *leiPrefix = nullptr; // a local operating unit prefix and the reserved "00"
    std::initializer_list<const char *> female;
    std::initializer_list<const char *> male;
    std::initializer_list<const char *> last;
    std::initializer_list<const char *> cores;
    std::initializer_list<const char *> forms;
};

// Weighted by how often each country appears among the clients.
const Country kCountries[] = {
    {"DE",
     "de",
     "529900",
     {"Anna", "Sophie", "Lea", "Marie", "Hannah", "Laura", "Katharina", "Julia", "Sabine", "Claudia", "Petra", "Johanna"},
     {"Lukas", "Maximilian", "Jonas", "Felix", "Paul", "Leon", "Tobias", "Stefan", "Thomas", "Matthias", "Andreas", "Florian"},
     {"Müller", "Schmidt", "Schneider", "Fischer", "Weber",      "Meyer", "Wagner", "Becker",   "Schulz", "Hoffmann", "Koch",   "Richter",
      "Klein",  "Wolf",    "Neumann",   "Schwarz", "Zimmermann", "Braun", "Krüger", "Hartmann", "Lange",  "Werner",   "Krause", "Lehmann"},
     {"Nordstern", "Rheintal", "Hanse", "Elbufer", "Isartal", "Lindenhof", "Falkenstein", "Eichenwald", "Sonnenberg", "Kastell",
      "Mainblick", "Weserland"},
     {"GmbH", "AG", "GmbH & Co. KG"}},
    {"AT",
     "de",
     "529900",
     {"Valentina", "Magdalena", "Theresa", "Viktoria", "Sarah", "Elisabeth", "Anja", "Verena"},
     {"Elias", "Sebastian", "Florian", "Lorenz", "Johann", "Clemens", "Raphael", "Matthäus"},
     {"Gruber", "Huber", "Bauer", "Wagner", "Pichler", "Steiner", "Moser", "Mayer", "Hofer", "Leitner", "Berger", "Fuchs", "Eder",
      "Winkler", "Maier", "Schmid"},
     {"Alpenblick", "Donaustadt", "Wienerwald", "Tauern", "Wachau", "Kahlenberg", "Semmering", "Traunsee"},
     {"GmbH", "AG", "KG"}},
    {"FR",
     "fr",
     "969500",
     {"Marie", "Chloé", "Manon", "Léa", "Inès", "Juliette", "Élodie", "Margaux", "Céline", "Amélie", "Anne", "Claire"},
     {"Jean", "Louis", "Hugo", "Lucas", "Gabriel", "Arthur", "Raphaël", "Thomas", "Antoine", "Nicolas", "Julien", "Pierre"},
     {"Martin",   "Bernard", "Dubois", "Thomas", "Robert",   "Richard", "Petit",   "Durand",   "Leroy", "Moreau", "Simon",  "Laurent",
      "Lefebvre", "Michel",  "Garcia", "David",  "Bertrand", "Roux",    "Vincent", "Fournier", "Morel", "Girard", "Bonnet", "Lambert"},
     {"Lumière", "Sequana", "Azur", "Montclair", "Bellevue", "Rivoli", "Garonne", "Val de Loire", "Saint-Honoré", "Vendôme"},
     {"SAS", "SA", "SARL"}},
    {"NL",
     "en",
     "724500",
     {"Emma", "Julia", "Tess", "Sophie", "Anna", "Fleur", "Lotte", "Sanne", "Eva", "Noor"},
     {"Daan", "Sem", "Lucas", "Finn", "Levi", "Milan", "Bram", "Thijs", "Ruben", "Jesse"},
     {"de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen",  "Visser",      "Smit",   "Meijer",
      "de Boer", "Mulder", "de Groot", "Bos",          "Vos",      "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer"},
     {"Zuiderzee", "Oranje", "Polderland", "Duinwijck", "Amstel", "Keizersgracht", "Waddenzee", "Veluwe"},
     {"B.V.", "N.V."}},
    {"IE",
     "en",
     "635400",
     {"Aoife", "Siobhán", "Niamh", "Ciara", "Róisín", "Saoirse", "Gráinne", "Orla", "Sinéad", "Caoimhe"},
     {"Conor", "Seán", "Cian", "Darragh", "Oisín", "Eoin", "Liam", "Patrick", "Ronan", "Declan"},
     {"Murphy",   "Kelly", "O'Sullivan", "Walsh",     "Smith",   "O'Brien", "Byrne", "Ryan",   "O'Connor", "O'Neill",
      "O'Reilly", "Doyle", "McCarthy",   "Gallagher", "Doherty", "Kennedy", "Lynch", "Murray", "Quinn",    "Moore"},
     {"Liffey", "Shannon", "Emerald Isle", "Clontarf", "Howth", "Atlantic", "Wicklow", "Kilkenny"},
     {"Limited", "DAC", "plc"}},
    {"BE",
     "fr",
     "549300",
     {"Louise", "Olivia", "Alice", "Mila", "Elena", "Lina"},
     {"Noah", "Arthur", "Jules", "Victor", "Louis", "Adam"},
     {"Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "Dupont", "Lambert", "Dubois"},
     {"Sablon", "Meuse", "Ardenne", "Brabant", "Louise", "Cinquantenaire"},
     {"SA", "SRL"}},
    {"LU",
     "fr",
     "222100",
     {"Mia", "Emma", "Léa", "Sophie", "Laura"},
     {"Luc", "Ben", "Noah", "Tom", "Max"},
     {"Schmit", "Muller", "Weber", "Wagner", "Hoffmann", "Thill", "Schiltz", "Kremer", "Reuter", "Faber"},
     {"Kirchberg", "Moselle", "Grund", "Clausen", "Pétrusse", "Alzette"},
     {"S.A.", "S.à r.l."}},
};
const int kCountryWeights[] = {34, 12, 16, 12, 10, 8, 8};

const char *const kSectorsDe[] = {"Vermögensverwaltung", "Capital",        "Invest",  "Beteiligungen", "Holding",
                                  "Family Office",       "Digital Assets", "Treuhand"};
const char *const kSectorsFr[] = {"Capital",        "Gestion Privée", "Investissements",  "Patrimoine",
                                  "Participations", "Finance",        "Actifs Numériques"};
const char *const kSectorsEn[] = {"Capital",        "Asset Management", "Holdings",    "Ventures",
                                  "Digital Assets", "Partners",         "Investments", "Family Office"};

template <typename T> QString pick(DemoRng &rng, std::initializer_list<T> list)
{
    return QString::fromUtf8(list.begin()[rng.below(list.size())]);
}

template <size_t N> QString pick(DemoRng &rng, const char *const (&list)[N])
{
    return QString::fromUtf8(list[rng.below(N)]);
}

const Country &pickCountry(DemoRng &rng)
{
    int total = 0;
    for (int w : kCountryWeights)
        total += w;
    int r = int(rng.below(quint64(total)));
    for (size_t i = 0; i < std::size(kCountries); ++i) {
        if (r < kCountryWeights[i])
            return kCountries[i];
        r -= kCountryWeights[i];
    }
    return kCountries[0];
}

QString sector(DemoRng &rng, const QString &lang)
{
    if (lang == QLatin1String("de"))
        return pick(rng, kSectorsDe);
    if (lang == QLatin1String("fr"))
        return pick(rng, kSectorsFr);
    return pick(rng, kSectorsEn);
}

QString companyName(DemoRng &rng, const Country &c, const QString &lang)
{
    const QString form = pick(rng, c.forms);
    switch (rng.below(3)) {
    case 0:
        return QStringLiteral("%1 %2 %3").arg(pick(rng, c.cores), sector(rng, lang), form);
    case 1:
        return QStringLiteral("%1 %2 %3").arg(pick(rng, c.last), sector(rng, lang), form);
    default: {
        const QString a = pick(rng, c.last);
        QString b = pick(rng, c.last);
        for (int tries = 0; b == a && tries < 4; ++tries)
            b = pick(rng, c.last);
        return QStringLiteral("%1 & %2 %3 %4").arg(a, b, sector(rng, lang), form);
    }
    }
}

QString personName(DemoRng &rng, const Country &c, int middlePercent)
{
    const auto &given = rng.percent(50) ? c.female : c.male;
    const QString first = pick(rng, given);
    QString middle;
    if (rng.percent(middlePercent)) {
        middle = pick(rng, given);
        if (middle == first)
            middle.clear();
    }
    const QString last = pick(rng, c.last);
    if (middle.isEmpty())
        return first + QLatin1Char(' ') + last;
    // French double given names are hyphenated ("Jean-Pierre"); elsewhere a second given name.
    const QChar sep = QLatin1String(c.lang) == QLatin1String("fr") ? QLatin1Char('-') : QLatin1Char(' ');
    return first + sep + middle + QLatin1Char(' ') + last;
}

} // namespace

QString leiCheckDigits(const QString &first18)
{
    int rem = 0;
    for (QChar ch : first18) {
        const int v = ch.isDigit() ? ch.digitValue() : ch.toUpper().unicode() - 'A' + 10;
        rem = v >= 10 ? (rem * 100 + v) % 97 : (rem * 10 + v) % 97;
    }
    rem = (rem * 100) % 97; // the two check digits, as "00"
    return QStringLiteral("%1").arg(98 - rem, 2, 10, QLatin1Char('0'));
}

QString clientCode(qint64 index, qint64 total)
{
    const int width = qMax(4, int(QString::number(total).size()));
    return QStringLiteral("C%1").arg(index + 1, width, 10, QLatin1Char('0'));
}

GeneratedClient generateClient(quint64 seed, qint64 index, qint64 total)
{
    DemoRng rng(seed, 0x436c69656e74ULL + quint64(index) * 7919);
    const Country &c = pickCountry(rng);
    GeneratedClient g;
    g.code = clientCode(index, total);
    g.lang = QString::fromLatin1(c.lang);
    g.company = rng.percent(30);
    if (g.company) {
        g.name = companyName(rng, c, g.lang);
        if (rng.percent(70)) {
            static constexpr char kAlnum[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
            QString body = QString::fromLatin1(c.leiPrefix);
            while (body.size() < 18)
                body.append(QLatin1Char(kAlnum[rng.below(36)]));
            g.lei = body + leiCheckDigits(body);
        }
    } else {
        g.name = personName(rng, c, total > 5000 ? 60 : 15);
    }
    return g;
}

Status writeClients(Context &c)
{
    const qint64 n = c.clientCount;
    c.clients.assign(size_t(n), ClientSlot{});
    qint64 done = 0;
    while (done < n) {
        const qint64 chunkEnd = qMin(n, done + c.o.chunkRows);
        reg::Transaction tx(c.reg.db());
        CUSTOS_TRY(tx.begun());
        auto st = c.reg.db().prepare("INSERT INTO clients(code, name, lei, lang, created_at) VALUES (?,?,?,?,?)");
        if (!st.ok())
            return st.error();
        const QString now = nowUtc();
        crypto::Sha256 digest;
        QString firstCode, lastCode;
        qint64 companies = 0;
        for (qint64 i = done; i < chunkEnd; ++i) {
            const GeneratedClient g = generateClient(c.o.seed, i, n);
            st->bind(1, g.code).bind(2, g.name).bindOptional(3, g.lei).bind(4, g.lang).bind(5, now);
            if (auto s = st->run(); !s.ok())
                return makeError(ErrorCode::Internal, QStringLiteral("cannot write demo client %1: %2").arg(g.code, s.message()));
            c.clients[size_t(i)].id = c.reg.db().lastInsertId();
            digest.add((QStringList{g.code, g.name, g.lei, g.lang}.join(QChar(0x1f)) + QLatin1Char('\n')).toUtf8());
            companies += g.company ? 1 : 0;
            if (i == done)
                firstCode = g.code;
            lastCode = g.code;
        }
        CUSTOS_TRY(c.reg.audit(QStringLiteral("demo.clients"),
                               QJsonObject{{QStringLiteral("count"), double(chunkEnd - done)},
                                           {QStringLiteral("first"), firstCode},
                                           {QStringLiteral("last"), lastCode},
                                           {QStringLiteral("companies"), double(companies)},
                                           {QStringLiteral("sha256"), QString::fromLatin1(digest.finish().toHex())}}));
        CUSTOS_TRY(tx.commit());
        done = chunkEnd;
        c.report("clients", done, n);
    }
    return okStatus();
}

} // namespace custos::demo::detail
