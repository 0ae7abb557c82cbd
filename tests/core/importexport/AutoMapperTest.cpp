#include "ImportMapping.h"
#include "MappingTestSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QStringDecoder>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

namespace {

// The header row of a vendor fixture. Headers hold no delimiter or quote, so splitting the first line is enough
// (the CSV reader is tested on its own).
QStringList fixtureHeader(const QString &name, QChar delimiter, const char *encoding = "UTF-8")
{
    QFile file(QStringLiteral(KONTOR_TEST_DATA) + u"/import/sources/"_s + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray line = file.readLine();
    if (line.startsWith("\xEF\xBB\xBF")) {
        line = line.mid(3);
    }
    QStringDecoder decode(encoding);
    REQUIRE(decode.isValid());
    const QString text = QString(decode(line)).trimmed();
    QStringList headers;
    for (QString cell : text.split(delimiter)) {
        if (cell.startsWith(u'"') && cell.endsWith(u'"') && cell.size() >= 2) {
            cell = cell.mid(1, cell.size() - 2);
        }
        headers << cell;
    }
    return headers;
}

// header -> mapping, for checks by name.
QHash<QString, ColumnMapping> byHeader(const QStringList &headers, const ImportMapping &mapping)
{
    REQUIRE(mapping.columns.size() == headers.size());
    QHash<QString, ColumnMapping> out;
    for (int i = 0; i < headers.size(); ++i) {
        out.insert(headers.at(i), mapping.columns.at(i));
    }
    return out;
}

ColumnMapping col(const QString &target, const QString &label = {}, int group = 0)
{
    return ColumnMapping{target, label, group};
}

QStringList mappedTargets(const ImportMapping &mapping)
{
    QStringList out;
    for (const ColumnMapping &c : mapping.columns) {
        if (!c.isIgnored()) {
            out << c.target;
        }
    }
    return out;
}

// The columns Kontor's export writes for two e-mails, two phones, two addresses and everything else.
QList<ColumnMapping> exportColumns()
{
    QList<ColumnMapping> columns{col(u"kind"_s),
        col(u"salutation"_s),
        col(u"title"_s),
        col(u"first_name"_s),
        col(u"middle_name"_s),
        col(u"last_name"_s),
        col(u"name"_s),
        col(u"company"_s),
        col(u"job_title"_s),
        col(u"department"_s)};
    for (int g = 1; g <= 2; ++g) {
        columns << col(u"email"_s, {}, g) << col(u"email_label"_s, {}, g);
    }
    for (int g = 1; g <= 2; ++g) {
        columns << col(u"phone"_s, {}, g) << col(u"phone_label"_s, {}, g);
    }
    for (int g = 1; g <= 2; ++g) {
        for (const QString &part :
            {u"street"_s, u"postal_code"_s, u"city"_s, u"region"_s, u"country"_s, u"address_label"_s}) {
            columns << col(part, {}, g);
        }
    }
    columns << col(u"birthday"_s) << col(u"website"_s);
    for (const QString &network : SocialNetwork::all()) {
        columns << col(u"social."_s + network);
    }
    columns << col(u"source"_s) << col(u"contact_type"_s) << col(u"lead"_s) << col(u"owner"_s) << col(u"followers"_s)
            << col(u"tags"_s) << col(u"dnd"_s) << col(u"description"_s) << col(u"note"_s) << col(u"custom.7"_s);
    return columns;
}

QStringList exportHeaders(const QList<ColumnMapping> &columns)
{
    QStringList headers;
    for (const ColumnMapping &c : columns) {
        headers << ImportTargets::exportHeader(c, c.target == u"custom.7"_s ? u"Branche"_s : QString());
    }
    return headers;
}

// A German catalogue for the export headers, as a translator would write it, without a .qm file.
class GermanTargets : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        static const QHash<QString, QString> german = {
            {u"Kind"_s, u"Art"_s},
            {u"Salutation"_s, u"Anrede"_s},
            {u"Title"_s, u"Titel"_s},
            {u"First name"_s, u"Vorname"_s},
            {u"Middle name"_s, u"Zweiter Vorname"_s},
            {u"Last name"_s, u"Nachname"_s},
            {u"Name"_s, u"Name"_s},
            {u"Company"_s, u"Firma"_s},
            {u"Job title"_s, u"Position"_s},
            {u"Department"_s, u"Abteilung"_s},
            {u"E-mail %1"_s, u"E-Mail %1"_s},
            {u"E-mail %1 label"_s, u"E-Mail %1 Bezeichnung"_s},
            {u"Phone %1"_s, u"Telefon %1"_s},
            {u"Phone %1 label"_s, u"Telefon %1 Bezeichnung"_s},
            {u"Address %1 street"_s, u"Adresse %1 Straße"_s},
            {u"Address %1 postal code"_s, u"Adresse %1 PLZ"_s},
            {u"Address %1 city"_s, u"Adresse %1 Ort"_s},
            {u"Address %1 region"_s, u"Adresse %1 Region"_s},
            {u"Address %1 country"_s, u"Adresse %1 Land"_s},
            {u"Address %1 label"_s, u"Adresse %1 Bezeichnung"_s},
            {u"Birthday"_s, u"Geburtstag"_s},
            {u"Website"_s, u"Webseite"_s},
            {u"Source"_s, u"Quelle"_s},
            {u"Contact type"_s, u"Kontakttyp"_s},
            {u"Lead"_s, u"Lead"_s},
            {u"Owner"_s, u"Verantwortlicher"_s},
            {u"Followers"_s, u"Follower"_s},
            {u"Tags"_s, u"Tags"_s},
            {u"Do not disturb"_s, u"Nicht stören"_s},
            {u"Description"_s, u"Beschreibung"_s},
            {u"Note"_s, u"Notiz"_s},
        };
        if (qstrcmp(context, "ImportTargets") != 0) {
            return {};
        }
        return german.value(QString::fromUtf8(source));
    }
};

struct TranslatorScope
{
    explicit TranslatorScope(QTranslator *t)
        : translator(t)
    {
        REQUIRE(QCoreApplication::installTranslator(translator));
    }
    ~TranslatorScope() { QCoreApplication::removeTranslator(translator); }
    QTranslator *translator;
};

} // namespace

TEST_CASE("German Outlook's header maps names, labelled addresses and phones, e-mails and categories")
{
    const QStringList headers = fixtureHeader(u"outlook-de.csv"_s, u';', "windows-1252");
    const auto m = byHeader(headers, AutoMapper::guess(headers, ContactKind::Person));
    CHECK(m[u"Anrede"_s] == col(u"salutation"_s));
    CHECK(m[u"Vorname"_s] == col(u"first_name"_s));
    CHECK(m[u"Weitere Vornamen"_s] == col(u"middle_name"_s));
    CHECK(m[u"Nachname"_s] == col(u"last_name"_s));
    CHECK(m[u"Firma"_s] == col(u"company"_s));
    CHECK(m[u"Abteilung"_s] == col(u"department"_s));
    CHECK(m[u"Position"_s] == col(u"job_title"_s));
    CHECK(m[u"Straße geschäftlich"_s] == col(u"street"_s, u"work"_s));
    CHECK(m[u"Straße geschäftlich 2"_s] == col(u"street"_s, u"work"_s));
    CHECK(m[u"Ort geschäftlich"_s] == col(u"city"_s, u"work"_s));
    CHECK(m[u"Region geschäftlich"_s] == col(u"region"_s, u"work"_s));
    CHECK(m[u"Postleitzahl geschäftlich"_s] == col(u"postal_code"_s, u"work"_s));
    CHECK(m[u"Land/Region geschäftlich"_s] == col(u"country"_s, u"work"_s));
    CHECK(m[u"Straße privat"_s] == col(u"street"_s, u"home"_s));
    CHECK(m[u"Bundesland/Kanton privat"_s] == col(u"region"_s, u"home"_s));
    CHECK(m[u"Telefon geschäftlich"_s] == col(u"phone"_s, u"work"_s));
    CHECK(m[u"Telefon geschäftlich 2"_s] == col(u"phone"_s, u"work"_s));
    CHECK(m[u"Telefon (privat)"_s] == col(u"phone"_s, u"home"_s));
    CHECK(m[u"Mobiltelefon"_s] == col(u"phone"_s, u"mobile"_s));
    CHECK(m[u"Fax geschäftlich"_s] == col(u"phone"_s, u"fax"_s));
    CHECK(m[u"E-Mail-Adresse"_s] == col(u"email"_s));
    CHECK(m[u"E-Mail 2: Adresse"_s] == col(u"email"_s, {}, 2));
    CHECK(m[u"E-Mail 3: Adresse"_s] == col(u"email"_s, {}, 3));
    CHECK(m[u"Geburtstag"_s] == col(u"birthday"_s));
    CHECK(m[u"Kategorien"_s] == col(u"tags"_s));
    CHECK(m[u"Notizen"_s] == col(u"description"_s));
    CHECK(m[u"Webseite"_s] == col(u"website"_s));
    // "SMTP", display names and Outlook's location field are not contact data.
    CHECK(m[u"E-Mail-Typ"_s].isIgnored());
    CHECK(m[u"E-Mail 2: Typ"_s].isIgnored());
    CHECK(m[u"E-Mail: Angezeigter Name"_s].isIgnored());
    CHECK(m[u"Ort"_s].isIgnored());
    CHECK(m[u"Priorität"_s].isIgnored());
    CHECK(m[u"Jahrestag"_s].isIgnored());
}

TEST_CASE("English Outlook's header maps the title as an academic title because a job title column exists")
{
    const QStringList headers = fixtureHeader(u"outlook-en.csv"_s, u',');
    const auto m = byHeader(headers, AutoMapper::guess(headers, ContactKind::Person));
    CHECK(m[u"Title"_s] == col(u"title"_s));
    CHECK(m[u"Job Title"_s] == col(u"job_title"_s));
    CHECK(m[u"First Name"_s] == col(u"first_name"_s));
    CHECK(m[u"Middle Name"_s] == col(u"middle_name"_s));
    CHECK(m[u"Company"_s] == col(u"company"_s));
    CHECK(m[u"Business Street 2"_s] == col(u"street"_s, u"work"_s));
    CHECK(m[u"Business State"_s] == col(u"region"_s, u"work"_s));
    CHECK(m[u"Business Country/Region"_s] == col(u"country"_s, u"work"_s));
    CHECK(m[u"Home Postal Code"_s] == col(u"postal_code"_s, u"home"_s));
    CHECK(m[u"Business Phone"_s] == col(u"phone"_s, u"work"_s));
    CHECK(m[u"Home Phone"_s] == col(u"phone"_s, u"home"_s));
    CHECK(m[u"Mobile Phone"_s] == col(u"phone"_s, u"mobile"_s));
    CHECK(m[u"E-mail Address"_s] == col(u"email"_s));
    CHECK(m[u"E-mail 2 Address"_s] == col(u"email"_s, {}, 2));
    CHECK(m[u"E-mail 2 Type"_s].isIgnored());
    CHECK(m[u"E-mail Display Name"_s].isIgnored());
    CHECK(m[u"Birthday"_s] == col(u"birthday"_s));
    CHECK(m[u"Categories"_s] == col(u"tags"_s));
    CHECK(m[u"Notes"_s] == col(u"description"_s));
    CHECK(m[u"Web Page"_s] == col(u"website"_s));
    CHECK(m[u"Anniversary"_s].isIgnored());
    CHECK(m[u"Location"_s].isIgnored());
}

TEST_CASE("Google's header maps numbered values and their type columns into the same group")
{
    const QStringList headers = fixtureHeader(u"google.csv"_s, u',');
    const auto m = byHeader(headers, AutoMapper::guess(headers, ContactKind::Person));
    // Given and family names exist, so "Name" is the display name, not a name to split.
    CHECK(m[u"Name"_s] == col(u"name"_s));
    CHECK(m[u"Given Name"_s] == col(u"first_name"_s));
    CHECK(m[u"Additional Name"_s] == col(u"middle_name"_s));
    CHECK(m[u"Family Name"_s] == col(u"last_name"_s));
    CHECK(m[u"Name Prefix"_s] == col(u"salutation"_s));
    CHECK(m[u"Birthday"_s] == col(u"birthday"_s));
    CHECK(m[u"Notes"_s] == col(u"description"_s));
    CHECK(m[u"Group Membership"_s] == col(u"tags"_s));
    CHECK(m[u"E-mail 1 - Type"_s] == col(u"email_label"_s, {}, 1));
    CHECK(m[u"E-mail 1 - Value"_s] == col(u"email"_s, {}, 1));
    CHECK(m[u"E-mail 2 - Type"_s] == col(u"email_label"_s, {}, 2));
    CHECK(m[u"E-mail 2 - Value"_s] == col(u"email"_s, {}, 2));
    CHECK(m[u"Phone 2 - Type"_s] == col(u"phone_label"_s, {}, 2));
    CHECK(m[u"Phone 2 - Value"_s] == col(u"phone"_s, {}, 2));
    CHECK(m[u"Address 1 - Type"_s] == col(u"address_label"_s, {}, 1));
    CHECK(m[u"Address 1 - Formatted"_s] == col(u"address"_s, {}, 1));
    CHECK(m[u"Address 1 - Street"_s] == col(u"street"_s, {}, 1));
    CHECK(m[u"Address 1 - Postal Code"_s] == col(u"postal_code"_s, {}, 1));
    CHECK(m[u"Address 1 - Country"_s] == col(u"country"_s, {}, 1));
    CHECK(m[u"Address 1 - PO Box"_s].isIgnored());
    CHECK(m[u"Organization 1 - Name"_s] == col(u"company"_s));
    CHECK(m[u"Organization 1 - Title"_s] == col(u"job_title"_s));
    CHECK(m[u"Organization 1 - Department"_s] == col(u"department"_s));
    CHECK(m[u"Website 1 - Value"_s] == col(u"website"_s));
    CHECK(m[u"Website 1 - Type"_s].isIgnored());
    CHECK(m[u"Yomi Name"_s].isIgnored());
    CHECK(m[u"Location"_s].isIgnored());
}

TEST_CASE("Google's 2024 header with Label columns maps like the classic one")
{
    const QStringList headers{u"First Name"_s,
        u"Middle Name"_s,
        u"Last Name"_s,
        u"Organization Name"_s,
        u"Organization Title"_s,
        u"Organization Department"_s,
        u"Birthday"_s,
        u"Labels"_s,
        u"E-mail 1 - Label"_s,
        u"E-mail 1 - Value"_s,
        u"Phone 1 - Label"_s,
        u"Phone 1 - Value"_s,
        u"Address 1 - Label"_s,
        u"Address 1 - City"_s,
        u"File As"_s};
    const ImportMapping mapping = AutoMapper::guess(headers, ContactKind::Person);
    CHECK(mapping.columns
        == QList<ColumnMapping>{col(u"first_name"_s),
            col(u"middle_name"_s),
            col(u"last_name"_s),
            col(u"company"_s),
            col(u"job_title"_s),
            col(u"department"_s),
            col(u"birthday"_s),
            col(u"tags"_s),
            col(u"email_label"_s, {}, 1),
            col(u"email"_s, {}, 1),
            col(u"phone_label"_s, {}, 1),
            col(u"phone"_s, {}, 1),
            col(u"address_label"_s, {}, 1),
            col(u"city"_s, {}, 1),
            col({})});
}

TEST_CASE("HubSpot's header maps e-mail, phones, address, lifecycle, owner, lead status and source")
{
    const QStringList headers = fixtureHeader(u"hubspot.csv"_s, u',');
    const auto m = byHeader(headers, AutoMapper::guess(headers, ContactKind::Person));
    CHECK(m[u"First Name"_s] == col(u"first_name"_s));
    CHECK(m[u"Last Name"_s] == col(u"last_name"_s));
    CHECK(m[u"Email"_s] == col(u"email"_s));
    CHECK(m[u"Phone Number"_s] == col(u"phone"_s));
    CHECK(m[u"Mobile Phone Number"_s] == col(u"phone"_s, u"mobile"_s));
    CHECK(m[u"Company Name"_s] == col(u"company"_s));
    CHECK(m[u"Job Title"_s] == col(u"job_title"_s));
    CHECK(m[u"Street Address"_s] == col(u"street"_s));
    CHECK(m[u"City"_s] == col(u"city"_s));
    CHECK(m[u"State/Region"_s] == col(u"region"_s));
    CHECK(m[u"Postal Code"_s] == col(u"postal_code"_s));
    CHECK(m[u"Country/Region"_s] == col(u"country"_s));
    CHECK(m[u"Lifecycle Stage"_s] == col(u"contact_type"_s));
    CHECK(m[u"Contact owner"_s] == col(u"owner"_s));
    CHECK(m[u"Lead Status"_s] == col(u"lead"_s));
    CHECK(m[u"Original Source"_s] == col(u"source"_s));
    CHECK(m[u"Record ID"_s].isIgnored());
    CHECK(m[u"Create Date"_s].isIgnored());
}

TEST_CASE("Pipedrive's prefixed header maps the person's columns and the organisation's name as company")
{
    const QStringList headers = fixtureHeader(u"pipedrive.csv"_s, u',');
    const auto m = byHeader(headers, AutoMapper::guess(headers, ContactKind::Person));
    CHECK(m[u"Person - Name"_s] == col(u"name"_s));
    CHECK(m[u"Person - First name"_s] == col(u"first_name"_s));
    CHECK(m[u"Person - Last name"_s] == col(u"last_name"_s));
    CHECK(m[u"Person - Label"_s] == col(u"tags"_s));
    CHECK(m[u"Person - Organization"_s] == col(u"company"_s));
    CHECK(m[u"Person - Email - Work"_s] == col(u"email"_s, u"work"_s));
    CHECK(m[u"Person - Email - Home"_s] == col(u"email"_s, u"home"_s));
    CHECK(m[u"Person - Phone - Work"_s] == col(u"phone"_s, u"work"_s));
    CHECK(m[u"Person - Phone - Mobile"_s] == col(u"phone"_s, u"mobile"_s));
    CHECK(m[u"Person - Owner"_s] == col(u"owner"_s));
    CHECK(m[u"Person - Birthday"_s] == col(u"birthday"_s));
    // The organisation's name says the same as "Person - Organization", which came first.
    CHECK(m[u"Organization - Name"_s].isIgnored());
    CHECK(m[u"Organization - Address"_s].isIgnored());
    CHECK(m[u"Person - ID"_s].isIgnored());
}

TEST_CASE("Pipedrive's organisation columns map to the company in a company import")
{
    const QStringList headers{u"Organization - Name"_s, u"Organization - Address"_s, u"Person - Name"_s};
    const ImportMapping mapping = AutoMapper::guess(headers, ContactKind::Company);
    CHECK(mapping.columns == QList<ColumnMapping>{col(u"name"_s), col(u"address"_s), col({})});
}

TEST_CASE("Salesforce's Title is a job title, since its files name the company Account Name")
{
    const QStringList headers = fixtureHeader(u"salesforce.csv"_s, u',');
    const auto m = byHeader(headers, AutoMapper::guess(headers, ContactKind::Person));
    CHECK(m[u"Salutation"_s] == col(u"salutation"_s));
    CHECK(m[u"Title"_s] == col(u"job_title"_s));
    CHECK(m[u"Account Name"_s] == col(u"company"_s));
    CHECK(m[u"Email"_s] == col(u"email"_s));
    CHECK(m[u"Phone"_s] == col(u"phone"_s));
    CHECK(m[u"Mobile"_s] == col(u"phone"_s, u"mobile"_s));
    CHECK(m[u"Mailing Street"_s] == col(u"street"_s));
    CHECK(m[u"Mailing City"_s] == col(u"city"_s));
    CHECK(m[u"Mailing State/Province"_s] == col(u"region"_s));
    CHECK(m[u"Mailing Zip/Postal Code"_s] == col(u"postal_code"_s));
    CHECK(m[u"Mailing Country"_s] == col(u"country"_s));
    CHECK(m[u"Birthdate"_s] == col(u"birthday"_s));
    CHECK(m[u"Lead Source"_s] == col(u"source"_s));
    CHECK(m[u"Contact Owner"_s] == col(u"owner"_s));
}

TEST_CASE("Zoho's header maps both e-mails, the mailing address, date of birth, tags and description")
{
    const QStringList headers = fixtureHeader(u"zoho.csv"_s, u',');
    const auto m = byHeader(headers, AutoMapper::guess(headers, ContactKind::Person));
    CHECK(m[u"Contact Owner"_s] == col(u"owner"_s));
    CHECK(m[u"Lead Source"_s] == col(u"source"_s));
    CHECK(m[u"Account Name"_s] == col(u"company"_s));
    CHECK(m[u"Email"_s] == col(u"email"_s));
    CHECK(m[u"Secondary Email"_s] == col(u"email"_s));
    CHECK(m[u"Title"_s] == col(u"job_title"_s));
    CHECK(m[u"Department"_s] == col(u"department"_s));
    CHECK(m[u"Mailing State"_s] == col(u"region"_s));
    CHECK(m[u"Mailing Zip"_s] == col(u"postal_code"_s));
    CHECK(m[u"Date of Birth"_s] == col(u"birthday"_s));
    CHECK(m[u"Tag"_s] == col(u"tags"_s));
    CHECK(m[u"Description"_s] == col(u"description"_s));
    CHECK(m[u"Contact Id"_s].isIgnored());
}

TEST_CASE("A hand-made German Excel list maps every column")
{
    const QStringList headers = fixtureHeader(u"excel-handmade-de.csv"_s, u';');
    const ImportMapping mapping = AutoMapper::guess(headers, ContactKind::Person);
    CHECK(mapping.columns
        == QList<ColumnMapping>{col(u"first_name"_s),
            col(u"last_name"_s),
            col(u"company"_s),
            col(u"email"_s),
            col(u"phone"_s, u"work"_s),
            col(u"postal_code"_s),
            col(u"city"_s),
            col(u"birthday"_s)});
}

TEST_CASE("Hand-made German headers are recognised whatever their spelling")
{
    const QStringList headers{u"NAME"_s,
        u"e-mail"_s,
        u"Tel."_s,
        u"Handy"_s,
        u"Str."_s,
        u"Hausnummer"_s,
        u"Telefon geschaeftlich"_s,
        u"Geb.-Datum"_s,
        u"Bemerkung"_s,
        u"Funktion"_s,
        u"Schlagworte"_s,
        u"Quelle"_s,
        u"Stadt"_s,
        u"Land"_s,
        u"Unternehmen"_s};
    const ImportMapping mapping = AutoMapper::guess(headers, ContactKind::Person);
    CHECK(mapping.columns
        == QList<ColumnMapping>{col(u"full_name"_s),
            col(u"email"_s),
            col(u"phone"_s),
            col(u"phone"_s, u"mobile"_s),
            col(u"street"_s),
            col(u"street"_s),
            col(u"phone"_s, u"work"_s),
            col(u"birthday"_s),
            col(u"note"_s),
            col(u"job_title"_s),
            col(u"tags"_s),
            col(u"source"_s),
            col(u"city"_s),
            col(u"country"_s),
            col(u"company"_s)});
}

TEST_CASE("A German company list maps the company name to the name and leaves unknown columns ignored")
{
    const QStringList headers = fixtureHeader(u"companies-de.csv"_s, u';');
    const ImportMapping mapping = AutoMapper::guess(headers, ContactKind::Company);
    CHECK(mapping.columns
        == QList<ColumnMapping>{col(u"name"_s),
            col(u"street"_s),
            col(u"postal_code"_s),
            col(u"city"_s),
            col(u"country"_s),
            col(u"phone"_s),
            col(u"email"_s),
            col(u"website"_s),
            col({}),
            col(u"tags"_s)});
}

TEST_CASE("Company imports name the company by Name, Firma, Company or Organization - Name")
{
    for (const QString &header : {u"Name"_s, u"Firma"_s, u"Company"_s, u"Organization - Name"_s, u"Firmenname"_s}) {
        CAPTURE(header);
        const ImportMapping mapping = AutoMapper::guess({header, u"Birthday"_s}, ContactKind::Company);
        CHECK(mapping.columns == QList<ColumnMapping>{col(u"name"_s), col({})});
    }
}

TEST_CASE("A company list's contact person column does not become the company's name")
{
    CHECK(AutoMapper::guess({u"Kontaktname"_s, u"Firma"_s}, ContactKind::Company).columns
        == QList<ColumnMapping>{col({}), col(u"name"_s)});
    CHECK(AutoMapper::guess({u"Contact Name"_s, u"Phone"_s}, ContactKind::Company).columns
        == QList<ColumnMapping>{col(u"name"_s), col(u"phone"_s)});
}

TEST_CASE("A person's Name column is a full name to split when there are no name parts")
{
    CHECK(AutoMapper::guess({u"Name"_s, u"E-Mail"_s}, ContactKind::Person).columns
        == QList<ColumnMapping>{col(u"full_name"_s), col(u"email"_s)});
    CHECK(AutoMapper::guess({u"Name"_s, u"Vorname"_s}, ContactKind::Person).columns
        == QList<ColumnMapping>{col(u"name"_s), col(u"first_name"_s)});
}

TEST_CASE("A Title column without a job title column or Account Name is an academic title")
{
    CHECK(AutoMapper::guess({u"Title"_s, u"First Name"_s}, ContactKind::Person).columns.at(0) == col(u"title"_s));
    CHECK(AutoMapper::guess({u"Titel"_s, u"Account Name"_s}, ContactKind::Person).columns.at(0) == col(u"title"_s));
}

TEST_CASE("Custom fields are matched by name, before the built-in headers")
{
    const QList<AutoMapper::CustomFieldName> fields{{3, u"Branche"_s}, {4, u"Quelle"_s}};
    const ImportMapping mapping = AutoMapper::guess(
        {u"branche"_s, u"Quelle"_s, u"Vorname"_s, u"Lieblingsfarbe"_s}, ContactKind::Person, fields);
    CHECK(
        mapping.columns == QList<ColumnMapping>{col(u"custom.3"_s), col(u"custom.4"_s), col(u"first_name"_s), col({})});
}

TEST_CASE("A second column for a single-valued field stays ignored")
{
    const ImportMapping mapping
        = AutoMapper::guess({u"Vorname"_s, u"First Name"_s, u"E-Mail"_s, u"Email"_s}, ContactKind::Person);
    CHECK(mapping.columns == QList<ColumnMapping>{col(u"first_name"_s), col({}), col(u"email"_s), col(u"email"_s)});
}

TEST_CASE("The mapping step's own labels map back to their targets")
{
    for (const ContactKind kind : {ContactKind::Person, ContactKind::Company}) {
        for (const ImportTargets::Target &t : ImportTargets::all(kind)) {
            CAPTURE(t.key, t.label);
            const ImportMapping mapping = AutoMapper::guess({t.label}, kind);
            CHECK(mapping.columns.at(0).target == t.key);
        }
    }
}

TEST_CASE("Kontor's English export headers map back to exactly the exported columns")
{
    const QList<ColumnMapping> columns = exportColumns();
    const QStringList headers = exportHeaders(columns);
    CHECK(headers.mid(0, 12)
        == QStringList{u"Kind"_s,
            u"Salutation"_s,
            u"Title"_s,
            u"First name"_s,
            u"Middle name"_s,
            u"Last name"_s,
            u"Name"_s,
            u"Company"_s,
            u"Job title"_s,
            u"Department"_s,
            u"E-mail 1"_s,
            u"E-mail 1 label"_s});
    CHECK(headers.contains(u"Address 2 postal code"_s));
    CHECK(headers.contains(u"LinkedIn"_s));
    CHECK(headers.contains(u"Branche"_s));
    const ImportMapping mapping = AutoMapper::guess(headers, ContactKind::Person, {{7, u"Branche"_s}});
    CHECK(mapping.columns == columns);
}

TEST_CASE("Kontor's German export headers map back in a German and in an English UI")
{
    const QList<ColumnMapping> columns = exportColumns();
    GermanTargets german;
    QStringList headers;
    {
        TranslatorScope scope(&german);
        headers = exportHeaders(columns);
        CHECK(headers.mid(3, 9)
            == QStringList{u"Vorname"_s,
                u"Zweiter Vorname"_s,
                u"Nachname"_s,
                u"Name"_s,
                u"Firma"_s,
                u"Position"_s,
                u"Abteilung"_s,
                u"E-Mail 1"_s,
                u"E-Mail 1 Bezeichnung"_s});
        CHECK(headers.contains(u"Adresse 2 PLZ"_s));
        CHECK(AutoMapper::guess(headers, ContactKind::Person, {{7, u"Branche"_s}}).columns == columns);
        // An English export read in the German UI.
        const QStringList english = [&] {
            QCoreApplication::removeTranslator(&german);
            const QStringList h = exportHeaders(columns);
            REQUIRE(QCoreApplication::installTranslator(&german));
            return h;
        }();
        CHECK(AutoMapper::guess(english, ContactKind::Person, {{7, u"Branche"_s}}).columns == columns);
    }
    CHECK(AutoMapper::guess(headers, ContactKind::Person, {{7, u"Branche"_s}}).columns == columns);
}

TEST_CASE("Unknown headers stay ignored and every column gets a mapping")
{
    const QStringList headers{u"Lieblingsfarbe"_s, u""_s, u"Kundennummer"_s, u"First Name"_s};
    const ImportMapping mapping = AutoMapper::guess(headers, ContactKind::Person);
    CHECK(mapping.columns.size() == 4);
    CHECK(mappedTargets(mapping) == QStringList{u"first_name"_s});
}
