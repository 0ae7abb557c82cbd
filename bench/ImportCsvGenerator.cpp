#include "ImportCsvGenerator.h"

#include "DemoFormat.h"
#include "DemoNames.h"
#include "DemoPlaces.h"
#include "DemoRandom.h"

#include <QFile>
#include <QStringList>

#include <vector>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr quint64 Seed = 20251123;

enum Stream : quint64
{
    CompanyStream = 11,
    PersonStream = 12,
};

struct Company
{
    QString name;
    QString domain;
};

const DemoNames::Origin &pickOrigin(DemoRandom &rng)
{
    int r = rng.below(100);
    for (const auto &origin : DemoNames::origins()) {
        if (r < origin.weight) {
            return origin;
        }
        r -= origin.weight;
    }
    return DemoNames::origins().front();
}

QString legalForm(DemoRandom &rng, QStringView country)
{
    const auto forms = DemoNames::legalForms(country);
    int total = 0;
    for (const auto &f : forms) {
        total += f.weight;
    }
    int r = rng.below(total);
    for (const auto &f : forms) {
        if (r < f.weight) {
            return f.name.toString();
        }
        r -= f.weight;
    }
    return forms.front().name.toString();
}

// German firms named after a founder or a made-up stem and their trade ("Krüger Bau GmbH", "Nordwind Logistik
// AG"), and a few brands ("Datatec GmbH").
Company makeCompany(int index)
{
    DemoRandom rng(Seed, CompanyStream, quint64(index));
    const QString trade = rng.pick(DemoNames::trades(u"DE"));
    QString base;
    if (rng.percent(15)) {
        base = rng.pick(DemoNames::brandPrefixes()) + rng.pick(DemoNames::brandSuffixes());
        return {u"%1 %2"_s.arg(base, legalForm(rng, u"DE")), DemoFormat::asciiFold(base, u'-') + u".de"_s};
    }
    base = rng.percent(50) ? rng.pick(DemoNames::germanNameStems()) : rng.pick(DemoNames::origins().front().last);
    return {u"%1 %2 %3"_s.arg(base, trade, legalForm(rng, u"DE")),
        u"%1-%2.de"_s.arg(DemoFormat::asciiFold(base, u'-'), DemoFormat::asciiFold(trade, u'-'))};
}

// A mobile number unique to `index` (a permutation of 9,000,000 seven-digit numbers), typed in one of the
// forms people use.
QString uniqueMobile(DemoRandom &rng, int index)
{
    static const QStringView prefixes[] = {u"171", u"172", u"173", u"175"};
    const quint64 subscriber = (quint64(index) * 7919ULL + 1000003ULL) % 9000000ULL + 1000000ULL;
    const QString prefix = rng.pick(std::span<const QStringView>(prefixes));
    switch (rng.below(3)) {
    case 0:
        return u"0%1 %2"_s.arg(prefix).arg(subscriber);
    case 1:
        return u"0%1/%2"_s.arg(prefix).arg(subscriber);
    default:
        return u"+49 %1 %2"_s.arg(prefix).arg(subscriber);
    }
}

void appendCell(QString &line, const QString &cell)
{
    if (!line.isEmpty()) {
        line += u',';
    }
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n')) {
        line += u'"' + QString(cell).replace(u"\""_s, u"\"\""_s) + u'"';
    } else {
        line += cell;
    }
}

QString personLine(int index, const std::vector<Company> &companies)
{
    DemoRandom rng(Seed, PersonStream, quint64(index));
    const auto &origin = pickOrigin(rng);
    const bool female = rng.percent(50);
    const QString first = rng.pick(female ? origin.female : origin.male);
    QString last = rng.pick(origin.last);
    if (female && origin.feminineSurnames && last.endsWith(u'i')) {
        last.back() = u'a';
    }
    const Company *company = rng.percent(85) ? &companies[std::size_t(rng.below(int(companies.size())))] : nullptr;
    const QString local
        = u"%1.%2.%3"_s.arg(DemoFormat::asciiFold(first, u'-'), DemoFormat::asciiFold(last, u'-')).arg(index);
    const QString domain = company ? company->domain : rng.pick(DemoNames::freeMailDomains(u"DE"));
    const auto &country = DemoPlaces::country(u"DE");
    const auto &city = country.cities[std::size_t(rng.below(int(country.cities.size())))];
    const PostalAddress address = DemoFormat::address(rng, country, city);
    QString birthday;
    if (rng.percent(75)) {
        birthday = u"%1.%2.%3"_s.arg(rng.between(1, 28), 2, 10, QChar(u'0'))
                       .arg(rng.between(1, 12), 2, 10, QChar(u'0'))
                       .arg(rng.between(1950, 2004));
    }
    QString line;
    for (const QString &cell : {first,
             last,
             local + u'@' + domain,
             uniqueMobile(rng, index),
             company ? company->name : QString(),
             address.street,
             address.postalCode,
             address.city,
             birthday}) {
        appendCell(line, cell);
    }
    return line;
}

} // namespace

qint64 ImportCsvGenerator::write(const QString &path, int rows, int companyCount)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return -1;
    }
    std::vector<Company> companies;
    companies.reserve(std::size_t(std::max(1, companyCount)));
    for (int i = 0; i < std::max(1, companyCount); ++i) {
        companies.push_back(makeCompany(i));
    }
    QByteArray buffer = u"Vorname,Nachname,E-Mail,Telefon,Firma,Straße,PLZ,Ort,Geburtstag\n"_s.toUtf8();
    for (int i = 0; i < rows; ++i) {
        buffer += personLine(i, companies).toUtf8();
        buffer += '\n';
        if (buffer.size() > (1 << 20)) {
            if (file.write(buffer) != buffer.size()) {
                return -1;
            }
            buffer.clear();
        }
    }
    if (file.write(buffer) != buffer.size() || !file.flush()) {
        return -1;
    }
    return file.size();
}

} // namespace Kontor
