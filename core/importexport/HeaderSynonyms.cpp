#include "HeaderSynonyms.h"

#include <QHash>
#include <QRegularExpression>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Synonym
{
    const char16_t *header;
    const char16_t *target;
    const char16_t *label;
};

// Headers as the vendors write them; folded when the table is built, so spelling variants of one header need
// no entry of their own. Kontor's own export headers (English and German, whatever the UI language) are here
// too, except the numbered ones ("E-mail 2 label"), which numberedColumn() reads.
const Synonym kSynonyms[] = {
    // Names
    {u"Name", HeaderSynonyms::AmbiguousName, u""},
    {u"Full Name", u"full_name", u""},
    {u"Full name", u"full_name", u""},
    {u"Vollständiger Name", u"full_name", u""},
    {u"Vor- und Nachname", u"full_name", u""},
    {u"Contact Name", u"full_name", u""},
    {u"Kontaktname", u"full_name", u""},
    {u"Display Name", u"name", u""},
    {u"Anzeigename", u"name", u""},
    {u"File As", u"", u""},
    {u"Title", HeaderSynonyms::AmbiguousTitle, u""},
    {u"Titel", u"title", u""},
    {u"Akad. Titel", u"title", u""},
    {u"Akademischer Titel", u"title", u""},
    {u"Salutation", u"salutation", u""},
    {u"Anrede", u"salutation", u""},
    {u"Name Prefix", u"salutation", u""},
    {u"Prefix", u"salutation", u""},
    {u"First Name", u"first_name", u""},
    {u"First", u"first_name", u""},
    {u"Given Name", u"first_name", u""},
    {u"Forename", u"first_name", u""},
    {u"Vorname", u"first_name", u""},
    {u"Rufname", u"first_name", u""},
    {u"Middle Name", u"middle_name", u""},
    {u"Additional Name", u"middle_name", u""},
    {u"Weitere Vornamen", u"middle_name", u""},
    {u"Zweiter Vorname", u"middle_name", u""},
    {u"Last Name", u"last_name", u""},
    {u"Last", u"last_name", u""},
    {u"Family Name", u"last_name", u""},
    {u"Surname", u"last_name", u""},
    {u"Nachname", u"last_name", u""},
    {u"Familienname", u"last_name", u""},
    {u"Zuname", u"last_name", u""},
    // Company and position
    {u"Company", u"company", u""},
    {u"Company Name", u"company", u""},
    {u"Organization", u"company", u""},
    {u"Organisation", u"company", u""},
    {u"Organization Name", u"company", u""},
    {u"Account Name", u"company", u""},
    {u"Employer", u"company", u""},
    {u"Firma", u"company", u""},
    {u"Firmenname", u"company", u""},
    {u"Unternehmen", u"company", u""},
    {u"Arbeitgeber", u"company", u""},
    {u"Job Title", u"job_title", u""},
    {u"Organization Title", u"job_title", u""},
    {u"Position", u"job_title", u""},
    {u"Role", u"job_title", u""},
    {u"Funktion", u"job_title", u""},
    {u"Berufsbezeichnung", u"job_title", u""},
    {u"Jobtitel", u"job_title", u""},
    {u"Department", u"department", u""},
    {u"Organization Department", u"department", u""},
    {u"Abteilung", u"department", u""},
    // E-mail
    {u"E-mail", u"email", u""},
    {u"Email", u"email", u""},
    {u"Mail", u"email", u""},
    {u"E-mail Address", u"email", u""},
    {u"Email Address", u"email", u""},
    {u"E-Mail-Adresse", u"email", u""},
    {u"E-Mail Adresse", u"email", u""},
    {u"Secondary Email", u"email", u""},
    {u"Work Email", u"email", u"work"},
    {u"Email - Work", u"email", u"work"},
    {u"Home Email", u"email", u"home"},
    {u"Email - Home", u"email", u"home"},
    {u"Email - Other", u"email", u"other"},
    {u"E-Mail geschäftlich", u"email", u"work"},
    {u"E-Mail privat", u"email", u"home"},
    {u"E-mail label", u"email_label", u""},
    {u"E-Mail Bezeichnung", u"email_label", u""},
    {u"E-mail Type", u"", u""},
    {u"E-mail Display Name", u"", u""},
    {u"E-Mail-Typ", u"", u""},
    {u"E-Mail: Angezeigter Name", u"", u""},
    // Phone
    {u"Phone", u"phone", u""},
    {u"Telephone", u"phone", u""},
    {u"Tel", u"phone", u""},
    {u"Phone Number", u"phone", u""},
    {u"Telefon", u"phone", u""},
    {u"Telefonnummer", u"phone", u""},
    {u"Rufnummer", u"phone", u""},
    {u"Primary Phone", u"phone", u""},
    {u"Business Phone", u"phone", u"work"},
    {u"Business Phone 2", u"phone", u"work"},
    {u"Company Main Phone", u"phone", u"work"},
    {u"Work Phone", u"phone", u"work"},
    {u"Phone - Work", u"phone", u"work"},
    {u"Telefon geschäftlich", u"phone", u"work"},
    {u"Telefon geschäftlich 2", u"phone", u"work"},
    {u"Tel. geschäftlich", u"phone", u"work"},
    {u"Telefon Firma", u"phone", u"work"},
    {u"Haupttelefon", u"phone", u""},
    {u"Home Phone", u"phone", u"home"},
    {u"Home Phone 2", u"phone", u"home"},
    {u"Phone - Home", u"phone", u"home"},
    {u"Telefon (privat)", u"phone", u"home"},
    {u"Telefon (privat 2)", u"phone", u"home"},
    {u"Telefon privat", u"phone", u"home"},
    {u"Tel. privat", u"phone", u"home"},
    {u"Mobile Phone", u"phone", u"mobile"},
    {u"Mobile Phone Number", u"phone", u"mobile"},
    {u"Mobile", u"phone", u"mobile"},
    {u"Cell", u"phone", u"mobile"},
    {u"Cell Phone", u"phone", u"mobile"},
    {u"Phone - Mobile", u"phone", u"mobile"},
    {u"Mobiltelefon", u"phone", u"mobile"},
    {u"Mobiltelefon 2", u"phone", u"mobile"},
    {u"Mobil", u"phone", u"mobile"},
    {u"Mobilnummer", u"phone", u"mobile"},
    {u"Handy", u"phone", u"mobile"},
    {u"Handynummer", u"phone", u"mobile"},
    {u"Other Phone", u"phone", u"other"},
    {u"Phone - Other", u"phone", u"other"},
    {u"Weiteres Telefon", u"phone", u"other"},
    {u"Fax", u"phone", u"fax"},
    {u"Telefax", u"phone", u"fax"},
    {u"Fax Number", u"phone", u"fax"},
    {u"Business Fax", u"phone", u"fax"},
    {u"Fax geschäftlich", u"phone", u"fax"},
    {u"Phone label", u"phone_label", u""},
    {u"Telefon Bezeichnung", u"phone_label", u""},
    // Addresses: Outlook (English, German), CRMs, hand-made lists
    {u"Street", u"street", u""},
    {u"Street Address", u"street", u""},
    {u"Address Line 1", u"street", u""},
    {u"Address Line 2", u"street", u""},
    {u"Straße", u"street", u""},
    {u"Str.", u"street", u""},
    {u"Hausnummer", u"street", u""},
    {u"Hausnr.", u"street", u""},
    {u"Postal Code", u"postal_code", u""},
    {u"Zip", u"postal_code", u""},
    {u"Zip Code", u"postal_code", u""},
    {u"Postcode", u"postal_code", u""},
    {u"PLZ", u"postal_code", u""},
    {u"Postleitzahl", u"postal_code", u""},
    {u"City", u"city", u""},
    {u"Town", u"city", u""},
    {u"Ort", u"city", u""},
    {u"Stadt", u"city", u""},
    {u"Wohnort", u"city", u""},
    {u"State", u"region", u""},
    {u"Province", u"region", u""},
    {u"State/Region", u"region", u""},
    {u"Region", u"region", u""},
    {u"Bundesland", u"region", u""},
    {u"Kanton", u"region", u""},
    {u"Country", u"country", u""},
    {u"Country/Region", u"country", u""},
    {u"Land", u"country", u""},
    {u"Address", u"address", u""},
    {u"Postal Address", u"address", u""},
    {u"Adresse", u"address", u""},
    {u"Anschrift", u"address", u""},
    {u"Postanschrift", u"address", u""},
    {u"Address label", u"address_label", u""},
    {u"Adresse Bezeichnung", u"address_label", u""},
    {u"Business Street", u"street", u"work"},
    {u"Business Street 2", u"street", u"work"},
    {u"Business Street 3", u"street", u"work"},
    {u"Business City", u"city", u"work"},
    {u"Business State", u"region", u"work"},
    {u"Business Postal Code", u"postal_code", u"work"},
    {u"Business Country/Region", u"country", u"work"},
    {u"Home Street", u"street", u"home"},
    {u"Home Street 2", u"street", u"home"},
    {u"Home Street 3", u"street", u"home"},
    {u"Home City", u"city", u"home"},
    {u"Home State", u"region", u"home"},
    {u"Home Postal Code", u"postal_code", u"home"},
    {u"Home Country/Region", u"country", u"home"},
    {u"Other Street", u"street", u"other"},
    {u"Other Street 2", u"street", u"other"},
    {u"Other Street 3", u"street", u"other"},
    {u"Other City", u"city", u"other"},
    {u"Other State", u"region", u"other"},
    {u"Other State/Province", u"region", u"other"},
    {u"Other Postal Code", u"postal_code", u"other"},
    {u"Other Zip/Postal Code", u"postal_code", u"other"},
    {u"Other Country/Region", u"country", u"other"},
    {u"Other Country", u"country", u"other"},
    {u"Straße geschäftlich", u"street", u"work"},
    {u"Straße geschäftlich 2", u"street", u"work"},
    {u"Straße geschäftlich 3", u"street", u"work"},
    {u"Ort geschäftlich", u"city", u"work"},
    {u"Region geschäftlich", u"region", u"work"},
    {u"Postleitzahl geschäftlich", u"postal_code", u"work"},
    {u"Land/Region geschäftlich", u"country", u"work"},
    {u"Straße privat", u"street", u"home"},
    {u"Straße privat 2", u"street", u"home"},
    {u"Straße privat 3", u"street", u"home"},
    {u"Ort privat", u"city", u"home"},
    {u"Region privat", u"region", u"home"},
    {u"Bundesland/Kanton privat", u"region", u"home"},
    {u"Postleitzahl privat", u"postal_code", u"home"},
    {u"Land/Region privat", u"country", u"home"},
    {u"Weitere Straße", u"street", u"other"},
    {u"Weitere Straße 2", u"street", u"other"},
    {u"Weitere Straße 3", u"street", u"other"},
    {u"Weiterer Ort", u"city", u"other"},
    {u"Weiteres/r Bundesland/Kanton", u"region", u"other"},
    {u"Weitere Postleitzahl", u"postal_code", u"other"},
    {u"Weiteres/r Land/Region", u"country", u"other"},
    {u"Mailing Street", u"street", u""},
    {u"Mailing City", u"city", u""},
    {u"Mailing State", u"region", u""},
    {u"Mailing State/Province", u"region", u""},
    {u"Mailing Zip", u"postal_code", u""},
    {u"Mailing Zip/Postal Code", u"postal_code", u""},
    {u"Mailing Country", u"country", u""},
    // Dates, web, notes
    {u"Birthday", u"birthday", u""},
    {u"Birthdate", u"birthday", u""},
    {u"Date of Birth", u"birthday", u""},
    {u"DOB", u"birthday", u""},
    {u"Geburtstag", u"birthday", u""},
    {u"Geburtsdatum", u"birthday", u""},
    {u"Geb.-Datum", u"birthday", u""},
    {u"Geb.", u"birthday", u""},
    {u"Geboren am", u"birthday", u""},
    {u"Website", u"website", u""},
    {u"Web Page", u"website", u""},
    {u"Website URL", u"website", u""},
    {u"Web", u"website", u""},
    {u"URL", u"website", u""},
    {u"Homepage", u"website", u""},
    {u"Internet", u"website", u""},
    {u"Webseite", u"website", u""},
    {u"Notes", u"description", u""},
    {u"Description", u"description", u""},
    {u"Notizen", u"description", u""},
    {u"Beschreibung", u"description", u""},
    {u"Note", u"note", u""},
    {u"Comment", u"note", u""},
    {u"Comments", u"note", u""},
    {u"Remarks", u"note", u""},
    {u"Notiz", u"note", u""},
    {u"Bemerkung", u"note", u""},
    {u"Bemerkungen", u"note", u""},
    {u"Kommentar", u"note", u""},
    // CRM fields
    {u"Tags", u"tags", u""},
    {u"Tag", u"tags", u""},
    {u"Labels", u"tags", u""},
    {u"Label", u"tags", u""},
    {u"Categories", u"tags", u""},
    {u"Groups", u"tags", u""},
    {u"Group Membership", u"tags", u""},
    {u"Keywords", u"tags", u""},
    {u"Kategorien", u"tags", u""},
    {u"Kategorie", u"tags", u""},
    {u"Schlagworte", u"tags", u""},
    {u"Schlagwörter", u"tags", u""},
    {u"Stichwörter", u"tags", u""},
    {u"Gruppen", u"tags", u""},
    {u"Source", u"source", u""},
    {u"Lead Source", u"source", u""},
    {u"Original Source", u"source", u""},
    {u"Quelle", u"source", u""},
    {u"Herkunft", u"source", u""},
    {u"Contact type", u"contact_type", u""},
    {u"Lifecycle Stage", u"contact_type", u""},
    {u"Kontakttyp", u"contact_type", u""},
    {u"Lead", u"lead", u""},
    {u"Lead Status", u"lead", u""},
    {u"Owner", u"owner", u""},
    {u"Contact Owner", u"owner", u""},
    {u"Verantwortlich", u"owner", u""},
    {u"Verantwortlicher", u"owner", u""},
    {u"Betreuer", u"owner", u""},
    {u"Besitzer", u"owner", u""},
    {u"Followers", u"followers", u""},
    {u"Follower", u"followers", u""},
    {u"Do not disturb", u"dnd", u""},
    {u"Nicht stören", u"dnd", u""},
    {u"Kind", u"kind", u""},
    {u"Art", u"kind", u""},
    {u"Record type", u"kind", u""},
    // Social networks, as Kontor exports them and as CRMs name them
    {u"LinkedIn", u"social.linkedin", u""},
    {u"LinkedIn URL", u"social.linkedin", u""},
    {u"Skype", u"social.skype", u""},
    {u"Skype ID", u"social.skype", u""},
    {u"Telegram", u"social.telegram", u""},
    {u"X", u"social.x", u""},
    {u"X (Twitter)", u"social.x", u""},
    {u"Twitter", u"social.x", u""},
    {u"Twitter Username", u"social.x", u""},
    {u"Facebook", u"social.facebook", u""},
    {u"Instagram", u"social.instagram", u""},
    {u"WhatsApp", u"social.whatsapp", u""},
};

// The catalogue's own labels (English and German), so a file typed after the mapping step's list maps too.
const Synonym kTargetLabels[] = {
    {u"Middle name", u"middle_name", u""},
    {u"Last name", u"last_name", u""},
    {u"Job title", u"job_title", u""},
    {u"Postal code", u"postal_code", u""},
    {u"Address (one cell)", u"address", u""},
    {u"Adresse (eine Zelle)", u"address", u""},
    {u"E-Mail-Bezeichnung", u"email_label", u""},
    {u"Telefon-Bezeichnung", u"phone_label", u""},
    {u"Adress-Bezeichnung", u"address_label", u""},
    {u"Kind (person or company)", u"kind", u""},
    {u"Art (Person oder Firma)", u"kind", u""},
};

QHash<QString, ColumnMapping> buildTable()
{
    QHash<QString, ColumnMapping> table;
    auto add = [&table](const Synonym &s) {
        const QString key = HeaderSynonyms::fold(QString::fromUtf16(s.header));
        const ColumnMapping mapping{QString::fromUtf16(s.target), QString::fromUtf16(s.label), 0};
        // Two spellings that fold alike must mean the same column.
        Q_ASSERT(!table.contains(key) || table.value(key) == mapping);
        table.insert(key, mapping);
    };
    for (const Synonym &s : kSynonyms) {
        add(s);
    }
    for (const Synonym &s : kTargetLabels) {
        add(s);
    }
    return table;
}

const QHash<QString, ColumnMapping> &table()
{
    static const QHash<QString, ColumnMapping> s_table = buildTable();
    return s_table;
}

QString folded(const char16_t *text)
{
    return HeaderSynonyms::fold(QString::fromUtf16(text));
}

bool isOneOf(const QString &foldedText, std::initializer_list<const char16_t *> candidates)
{
    for (const char16_t *c : candidates) {
        if (foldedText == folded(c)) {
            return true;
        }
    }
    return false;
}

// Numbered columns: Kontor's export ("E-mail 2", "E-Mail 2 Bezeichnung", "Address 1 postal code"), Google
// Contacts ("E-mail 1 - Value", "Phone 1 - Type", "Address 1 - City", "Organization 1 - Name") and Outlook's
// "E-mail 2 Address". Outlook's "E-mail 2 Type" holds "SMTP", not a label: only Google's " - Type" is one.
ColumnMapping numberedColumn(const QString &header, const QString &key)
{
    static const QRegularExpression re(
        u"^(email|mail|phone|telefon|address|adresse|organization|website)(\\d+)(.*)$"_s);
    const auto m = re.match(key);
    if (!m.hasMatch()) {
        return {};
    }
    const QString kind = m.captured(1);
    const int group = m.captured(2).toInt();
    const QString suffix = m.captured(3);
    static const QRegularExpression dashType(
        u"\\s-\\s*(type|label|typ)\\s*$"_s, QRegularExpression::CaseInsensitiveOption);
    const bool labelSuffix = isOneOf(suffix, {u"label", u"bezeichnung"})
        || (isOneOf(suffix, {u"type", u"typ"}) && dashType.match(header).hasMatch());
    const bool valueSuffix = isOneOf(suffix, {u"", u"value", u"wert", u"address", u"adresse"});
    if (kind == u"email"_s || kind == u"mail"_s) {
        return labelSuffix ? ColumnMapping{u"email_label"_s, {}, group}
            : valueSuffix  ? ColumnMapping{u"email"_s, {}, group}
                           : ColumnMapping{};
    }
    if (kind == u"phone"_s || kind == u"telefon"_s) {
        return labelSuffix ? ColumnMapping{u"phone_label"_s, {}, group}
            : isOneOf(suffix, {u"", u"value", u"wert", u"nummer", u"number"}) ? ColumnMapping{u"phone"_s, {}, group}
                                                                              : ColumnMapping{};
    }
    if (kind == u"organization"_s) {
        if (group != 1) {
            return {};
        }
        return isOneOf(suffix, {u"name"})      ? ColumnMapping{u"company"_s, {}, 0}
            : isOneOf(suffix, {u"title"})      ? ColumnMapping{u"job_title"_s, {}, 0}
            : isOneOf(suffix, {u"department"}) ? ColumnMapping{u"department"_s, {}, 0}
                                               : ColumnMapping{};
    }
    if (kind == u"website"_s) {
        return group == 1 && isOneOf(suffix, {u"", u"value"}) ? ColumnMapping{u"website"_s, {}, 0} : ColumnMapping{};
    }
    // Addresses.
    if (labelSuffix) {
        return {u"address_label"_s, {}, group};
    }
    struct Part
    {
        std::initializer_list<const char16_t *> names;
        const char16_t *target;
    };
    const Part parts[] = {
        {{u"", u"formatted"}, u"address"},
        {{u"street", u"straße"}, u"street"},
        {{u"postal code", u"plz", u"postleitzahl", u"zip"}, u"postal_code"},
        {{u"city", u"ort", u"stadt"}, u"city"},
        {{u"region", u"state", u"bundesland"}, u"region"},
        {{u"country", u"land"}, u"country"},
    };
    for (const Part &p : parts) {
        if (isOneOf(suffix, p.names)) {
            return {QString::fromUtf16(p.target), {}, group};
        }
    }
    return {};
}

} // namespace

QString HeaderSynonyms::fold(const QString &text)
{
    QString lower = text.toCaseFolded();
    lower.replace(u"ß"_s, u"ss"_s);
    const QString decomposed = lower.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber()) {
            out.append(c);
        }
    }
    // "ae" and "ä" (decomposed to "a" above) are one spelling.
    out.replace(u"ae"_s, u"a"_s).replace(u"oe"_s, u"o"_s).replace(u"ue"_s, u"u"_s);
    return out;
}

ColumnMapping HeaderSynonyms::lookup(const QString &header, ContactKind kind)
{
    const QString key = fold(header);
    if (key.isEmpty()) {
        return {};
    }
    // Pipedrive and other CRMs prefix the record: "Person - Email - Work", "Organization - Name".
    static const QRegularExpression prefixed(
        u"^\\s*(person|contact|kontakt|organization|organisation|org)\\s*-\\s*(.+)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = prefixed.match(header); m.hasMatch() && !table().contains(key)) {
        const QString record = m.captured(1).toLower();
        const QString rest = m.captured(2);
        const bool aboutCompany = record.startsWith(u"org"_s);
        if (aboutCompany == (kind == ContactKind::Company)) {
            return lookup(rest, kind);
        }
        // A person's row naming its organisation: only the name says which company the person works for.
        if (aboutCompany && isOneOf(fold(rest), {u"name"})) {
            return {u"company"_s, {}, 0};
        }
        return {};
    }
    if (const auto it = table().constFind(key); it != table().constEnd()) {
        return *it;
    }
    if (ColumnMapping numbered = numberedColumn(header, key); !numbered.isIgnored()) {
        return numbered;
    }
    // The mapping step's labels in the current UI language.
    for (const ContactKind k : {ContactKind::Person, ContactKind::Company}) {
        for (const ImportTargets::Target &t : ImportTargets::all(k)) {
            if (fold(t.label) == key) {
                return {t.key, {}, 0};
            }
        }
    }
    return {};
}

} // namespace Kontor
