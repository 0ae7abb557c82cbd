#include "DemoGenerator.h"

#include "ContactService.h"
#include "DemoFormat.h"
#include "DemoNames.h"
#include "DemoPlaces.h"
#include "DemoRandom.h"

#include <vector>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

// What a person needs to know of the company it works for.
struct DemoGenerator::Employer
{
    qint64 id = 0;
    QString domain; // "mueller-bau.de"
    QString country;
    QString city;
    QString switchboard; // "0711 12345-": persons get extensions; empty outside Germany
};

namespace {
// Independent streams per kind of item, so companies and persons of the same index do not correlate.
enum Stream : quint64
{
    CompanyStream = 1,
    PersonStream = 2,
    EmployerStream = 3,
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

const DemoNames::Origin &originOf(QStringView country)
{
    const QStringView home = country == u"US" ? u"GB" : (country == u"AT" || country == u"CH" ? u"DE" : country);
    for (const auto &origin : DemoNames::origins()) {
        if (origin.homeCountry == home) {
            return origin;
        }
    }
    return DemoNames::origins().front();
}

QString surname(DemoRandom &rng, const DemoNames::Origin &origin, bool female)
{
    QString last = rng.pick(origin.last);
    if (female && origin.feminineSurnames && last.endsWith(u'i')) {
        last.back() = u'a'; // Kowalski -> Kowalska, Sawicki -> Sawicka
    }
    return last;
}

const DemoPlaces::City &pickCity(DemoRandom &rng, const DemoPlaces::Country &country)
{
    return country.cities[std::size_t(rng.below(int(country.cities.size())))];
}

const DemoPlaces::City &cityNamed(const DemoPlaces::Country &country, const QString &name, DemoRandom &rng)
{
    for (const auto &city : country.cities) {
        if (city.name == name) {
            return city;
        }
    }
    return pickCity(rng, country);
}

QStringView companyCountry(DemoRandom &rng)
{
    static constexpr QStringView s_abroad[] = {u"GB", u"US", u"FR", u"IT", u"ES", u"NL", u"PL", u"TR"};
    const int r = rng.below(100);
    if (r < 75) {
        return u"DE";
    }
    if (r < 82) {
        return u"AT";
    }
    if (r < 89) {
        return u"CH";
    }
    return s_abroad[std::size_t(rng.below(int(std::size(s_abroad))))];
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

// The name without legal form: "Müller Bau", "Schäfer & Weiß", "Nordwind Logistik", "Datalogic".
QString companyStem(DemoRandom &rng, QStringView country)
{
    const bool dach = country == u"DE" || country == u"AT" || country == u"CH";
    const auto &origin = originOf(country);
    const QString trade = rng.pick(DemoNames::trades(country));
    const int r = rng.below(100);
    if (r < 15) {
        QString first = surname(rng, origin, false);
        QString second = surname(rng, origin, false);
        if (first == second) {
            second = rng.pick(origin.last);
        }
        return first + u" & "_s + second;
    }
    if (r < 30) {
        return rng.pick(DemoNames::brandPrefixes()) + rng.pick(DemoNames::brandSuffixes());
    }
    if (dach && r < 55) {
        return rng.pick(DemoNames::germanNameStems()) + u' ' + trade;
    }
    if ((dach && r < 65) || DemoNames::tradeFirst(country)) {
        return trade + u' ' + surname(rng, origin, false); // "Autohaus Krüger", "Transports Dubois"
    }
    return surname(rng, origin, false) + u' ' + trade;
}

void addClassification(DemoRandom &rng, Contact &c, bool company)
{
    const int t = rng.below(100);
    const auto types = DemoNames::contactTypes(); // Lead, Customer, Partner, Supplier, Other
    if (company) {
        c.contactType = types[t < 20 ? 0 : t < 60 ? 1 : t < 75 ? 2 : t < 95 ? 3 : 4].toString();
    } else if (t < 85) {
        c.contactType = types[t < 25 ? 0 : t < 60 ? 1 : t < 70 ? 2 : t < 80 ? 3 : 4].toString();
    }
    c.lead = c.contactType == u"Lead" ? rng.percent(80) : rng.percent(3);

    const int s = rng.below(100);
    const auto sources = DemoNames::sources(); // Website, Messe, Empfehlung, Import
    if (s < 90) {
        c.source = sources[s < 35 ? 0 : s < 55 ? 1 : s < 75 ? 2 : 3].toString();
    }

    const auto tags = DemoNames::tags(); // Kunde, Interessent, Messe 2025, Newsletter, VIP, Partner
    if (c.contactType == u"Customer" && rng.percent(70)) {
        c.tags << tags[0].toString();
    }
    if (c.contactType == u"Lead" && rng.percent(60)) {
        c.tags << tags[1].toString();
    }
    if (c.source == u"Messe" ? rng.percent(60) : rng.percent(4)) {
        c.tags << tags[2].toString();
    }
    if (rng.percent(25)) {
        c.tags << tags[3].toString();
    }
    if (rng.percent(3)) {
        c.tags << tags[4].toString();
    }
    if (c.contactType == u"Partner" && rng.percent(70)) {
        c.tags << tags[5].toString();
    }
    if (rng.percent(company ? 8 : 4)) {
        c.description = rng.pick(DemoNames::descriptions());
    }
}

QString workLocalPart(DemoRandom &rng, const QString &first, const QString &last)
{
    const int r = rng.below(100);
    if (r < 55) {
        return first + u'.' + last;
    }
    if (r < 75) {
        return first.left(1) + u'.' + last;
    }
    if (r < 83) {
        return first + last;
    }
    if (r < 88) {
        return first + u'_' + last;
    }
    if (r < 92) {
        return first;
    }
    return last;
}

QString privateLocalPart(DemoRandom &rng, const QString &first, const QString &last, const Birthday &birthday)
{
    const int r = rng.below(100);
    QString local = r < 50 ? first + u'.' + last : r < 75 ? first + last.left(1) : first.left(1) + last;
    const int n = rng.below(100);
    if (n < 15 && birthday.hasYear()) {
        local += QString::number(birthday.year);
    } else if (n < 55) {
        local += QString::number(rng.between(1, 99));
    }
    return local;
}
} // namespace

DemoGenerator::DemoGenerator(quint32 seed)
    : m_seed(seed)
{}

int DemoGenerator::companyCount(int count)
{
    return count > 0 ? count / PersonsPerCompany : 0;
}

Contact DemoGenerator::company(int index) const
{
    DemoRandom rng(m_seed, CompanyStream, quint64(index));
    const QStringView countryCode = companyCountry(rng);
    const auto &country = DemoPlaces::country(countryCode);
    const auto &city = pickCity(rng, country);

    Contact c;
    c.kind = ContactKind::Company;
    const QString stem = companyStem(rng, countryCode);
    c.displayName = stem + u' ' + legalForm(rng, countryCode);
    const QString tld = countryCode == u"DE" && rng.percent(10) ? u"com"_s : country.tld.toString();
    const QString domain = DemoFormat::asciiFold(stem, u'-') + u'.' + tld;
    c.website = rng.percent(80) ? u"https://www."_s + domain : u"www."_s + domain;

    c.emails << EmailAddress{u"info@"_s + domain, u"work"_s, true};
    if (rng.percent(40)) {
        static constexpr QStringView s_german[] = {u"vertrieb", u"kontakt", u"service", u"buchhaltung", u"office"};
        static constexpr QStringView s_english[] = {u"sales", u"contact", u"office", u"hello"};
        const QString local = country.tld == u"de" || country.tld == u"at" || country.tld == u"ch"
            ? rng.pick(std::span<const QStringView>(s_german))
            : rng.pick(std::span<const QStringView>(s_english));
        c.emails << EmailAddress{local + u'@' + domain, u"work"_s, false};
    }

    if (countryCode == u"DE") {
        c.phones << PhoneNumber{DemoFormat::switchboardBase(rng, city) + u'0', {}, u"work"_s, true};
        if (rng.percent(12)) {
            c.phones << PhoneNumber{DemoFormat::fillPattern(rng, u"0800 N######"), {}, u"other"_s, false};
        }
    } else {
        c.phones << PhoneNumber{DemoFormat::landline(rng, city, country), {}, u"work"_s, true};
    }

    PostalAddress address = DemoFormat::address(rng, country, city);
    address.label = u"work"_s;
    c.addresses << address;
    if (rng.percent(30)) {
        c.socialProfiles.insert(QString::fromUtf16(SocialNetwork::LinkedIn),
            u"https://www.linkedin.com/company/"_s + DemoFormat::asciiFold(stem, u'-'));
    }
    addClassification(rng, c, true);
    return c;
}

Contact DemoGenerator::person(int index, qint64 companyId) const
{
    Contact c = makePerson(index, nullptr);
    c.companyId = companyId;
    return c;
}

Contact DemoGenerator::person(int index, const Contact &employer) const
{
    const Employer e = employerOf(employer);
    Contact c = makePerson(index, &e);
    c.companyId = employer.id;
    return c;
}

DemoGenerator::Employer DemoGenerator::employerOf(const Contact &company)
{
    Employer e;
    e.id = company.id;
    QString domain = company.website;
    domain.remove(u"https://"_s).remove(u"http://"_s);
    if (domain.startsWith(u"www."_s)) {
        domain.remove(0, 4);
    }
    e.domain = domain;
    if (!company.addresses.isEmpty()) {
        e.country = company.addresses.first().country;
        e.city = company.addresses.first().city;
    }
    // German switchboards end in "-0"; the staff have extensions of it.
    if (!company.phones.isEmpty() && company.phones.first().raw.endsWith(u"-0"_s)) {
        e.switchboard = company.phones.first().raw.chopped(1);
    }
    return e;
}

Contact DemoGenerator::makePerson(int index, const Employer *employer) const
{
    DemoRandom rng(m_seed, PersonStream, quint64(index));
    const auto &origin = pickOrigin(rng);
    const bool female = rng.percent(50);
    const bool german = origin.homeCountry == u"DE";

    Contact c;
    c.firstName = rng.pick(female ? origin.female : origin.male);
    c.lastName = surname(rng, origin, female);
    if (rng.percent(german ? 3 : origin.homeCountry == u"GB" ? 12 : 0)) {
        c.middleName = rng.pick(female ? origin.female : origin.male);
        if (c.middleName == c.firstName) {
            c.middleName.clear();
        }
    }
    if (rng.percent(92)) {
        c.salutation = female ? u"Frau"_s : u"Herr"_s;
    }

    // Where the person lives: mostly in Germany, some in Austria and Switzerland, the rest abroad.
    const int r = rng.below(100);
    QStringView home = german ? (r < 84 ? u"DE" : r < 92 ? u"AT" : u"CH") : (r < 60 ? u"DE" : origin.homeCountry);
    if (home == u"GB" && rng.percent(30)) {
        home = u"US";
    }
    const bool worksThere = employer && !employer->country.isEmpty() && rng.percent(85);
    const QString countryCode = worksThere ? employer->country : home.toString();
    const auto &country = DemoPlaces::country(countryCode);
    const bool dach = countryCode == u"DE" || countryCode == u"AT" || countryCode == u"CH";
    if (dach || german) {
        const int t = rng.below(1000);
        c.title = t < 50 ? u"Dr."_s : t < 60 ? u"Prof. Dr."_s : t < 70 ? u"Dipl.-Ing."_s : QString();
    }

    if (employer || rng.percent(30)) {
        const auto jobs = dach ? DemoNames::germanJobs() : DemoNames::englishJobs();
        const auto &job = jobs[std::size_t(rng.below(int(jobs.size())))];
        c.jobTitle = (female ? job.female : job.male).toString();
        if (employer) {
            c.department = job.department.toString();
        }
    }

    c.birthday = DemoFormat::birthday(rng);
    const QString first = DemoFormat::asciiFold(c.firstName);
    const QString last = DemoFormat::asciiFold(c.lastName);
    const auto freeMail = DemoNames::freeMailDomains(countryCode);
    if (employer && !employer->domain.isEmpty()) {
        c.emails << EmailAddress{workLocalPart(rng, first, last) + u'@' + employer->domain, u"work"_s, true};
    }
    if (c.emails.isEmpty() || rng.percent(25)) {
        c.emails << EmailAddress{
            privateLocalPart(rng, first, last, c.birthday) + u'@' + rng.pick(freeMail), u"home"_s, c.emails.isEmpty()};
    }

    const auto &homeCity = pickCity(rng, country);
    if (employer) {
        if (!employer->switchboard.isEmpty() && worksThere) {
            c.phones << PhoneNumber{employer->switchboard + rng.digits(rng.between(2, 3)), {}, u"work"_s, true};
        } else {
            const auto &workCity = worksThere ? cityNamed(country, employer->city, rng) : homeCity;
            c.phones << PhoneNumber{DemoFormat::landline(rng, workCity, country), {}, u"work"_s, true};
        }
    }
    if (c.phones.isEmpty() || rng.percent(45)) {
        c.phones << PhoneNumber{DemoFormat::mobile(rng, country), {}, u"mobile"_s, c.phones.isEmpty()};
    } else if (!employer && rng.percent(30)) {
        c.phones << PhoneNumber{DemoFormat::landline(rng, homeCity, country), {}, u"home"_s, false};
    }

    PostalAddress address = DemoFormat::address(rng, country, homeCity);
    address.label = employer && rng.percent(50) ? u"work"_s : u"home"_s;
    c.addresses << address;

    if (rng.percent(12)) {
        c.socialProfiles.insert(QString::fromUtf16(SocialNetwork::LinkedIn),
            u"https://www.linkedin.com/in/%1-%2-%3"_s.arg(first, last).arg(rng.between(1000, 9999)));
    }
    addClassification(rng, c, false);
    return c;
}

Result<int> DemoGenerator::populate(Database &db,
    const Session &session,
    int count,
    const QString &defaultRegion,
    const std::function<bool(int, int)> &progress,
    quint32 seed)
{
    if (count <= 0) {
        return 0;
    }
    const DemoGenerator generator(seed);
    ContactService service(db, session);
    service.setDefaultRegion(defaultRegion);

    const int companies = companyCount(count);
    const int persons = count - companies;
    std::vector<Employer> employers;
    employers.reserve(std::size_t(companies));
    QList<Contact> batch;
    batch.reserve(BatchSize);
    int done = 0;

    for (int i = 0; i < companies;) {
        batch.clear();
        for (const int end = std::min(companies, i + BatchSize); i < end; ++i) {
            batch << generator.company(i);
        }
        const auto ids = service.createMany(batch);
        if (!ids) {
            return ids.error();
        }
        for (qsizetype k = 0; k < batch.size(); ++k) {
            batch[k].id = ids->at(k);
            employers.push_back(employerOf(batch.at(k)));
        }
        done += int(batch.size());
        if (progress && !progress(done, count)) {
            return done;
        }
    }

    for (int i = 0; i < persons;) {
        batch.clear();
        for (const int end = std::min(persons, i + BatchSize); i < end; ++i) {
            DemoRandom pick(seed, EmployerStream, quint64(i));
            const Employer *employer = nullptr;
            if (companies > 0 && pick.percent(85)) {
                employer = &employers[std::size_t(pick.below(companies))];
            }
            Contact c = generator.makePerson(i, employer);
            c.companyId = employer ? employer->id : 0;
            batch << std::move(c);
        }
        const auto ids = service.createMany(batch);
        if (!ids) {
            return ids.error();
        }
        done += int(batch.size());
        if (progress && !progress(done, count)) {
            return done;
        }
    }
    return done;
}

} // namespace Kontor
