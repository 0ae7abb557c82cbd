#include "VCardCard.h"

#include "CountryCodes.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int ProblemValueChars = 200;

bool isTrue(const QString &text)
{
    const QString t = text.trimmed().toLower();
    return t == u"1"_s || t == u"true"_s || t == u"yes"_s || t == u"ja"_s;
}

QString withoutPrefix(const QString &text, const QString &prefix)
{
    return text.startsWith(prefix, Qt::CaseInsensitive) ? text.mid(prefix.size()) : text;
}

// The SocialNetwork key of a service name as vCards spell it ("twitter", "X-SERVICE-TYPE=Skype", "tg:").
QString socialKey(const QString &service)
{
    const QString s = service.trimmed().toLower();
    if (s == u"linkedin"_s) {
        return QString::fromUtf16(SocialNetwork::LinkedIn);
    }
    if (s == u"skype"_s) {
        return QString::fromUtf16(SocialNetwork::Skype);
    }
    if (s == u"telegram"_s || s == u"tg"_s) {
        return QString::fromUtf16(SocialNetwork::Telegram);
    }
    if (s == u"twitter"_s || s == u"x"_s) {
        return QString::fromUtf16(SocialNetwork::X);
    }
    if (s == u"facebook"_s || s == u"fb"_s) {
        return QString::fromUtf16(SocialNetwork::Facebook);
    }
    if (s == u"instagram"_s) {
        return QString::fromUtf16(SocialNetwork::Instagram);
    }
    if (s == u"whatsapp"_s) {
        return QString::fromUtf16(SocialNetwork::WhatsApp);
    }
    return {};
}

QString socialKeyOfUrl(const QString &url)
{
    const std::pair<const char16_t *, const char16_t *> hosts[] = {
        {u"linkedin.com/", SocialNetwork::LinkedIn},
        {u"twitter.com/", SocialNetwork::X},
        {u"x.com/", SocialNetwork::X},
        {u"facebook.com/", SocialNetwork::Facebook},
        {u"instagram.com/", SocialNetwork::Instagram},
        {u"t.me/", SocialNetwork::Telegram},
        {u"wa.me/", SocialNetwork::WhatsApp},
    };
    for (const auto &[host, key] : hosts) {
        if (url.contains(QString::fromUtf16(host), Qt::CaseInsensitive)) {
            return QString::fromUtf16(key);
        }
    }
    return {};
}

bool isSalutation(const QString &word)
{
    static const QStringList words = {u"herr"_s,
        u"herrn"_s,
        u"frau"_s,
        u"fräulein"_s,
        u"mr"_s,
        u"mrs"_s,
        u"ms"_s,
        u"miss"_s,
        u"mx"_s,
        u"monsieur"_s,
        u"madame"_s,
        u"mme"_s,
        u"mlle"_s,
        u"signor"_s,
        u"signora"_s,
        u"señor"_s,
        u"señora"_s};
    QString w = word.toLower();
    if (w.endsWith(u'.')) {
        w.chop(1);
    }
    return words.contains(w);
}

QString cellText(const QByteArray &line)
{
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString s = utf8.decode(line);
    return utf8.hasError() ? QString::fromLatin1(line) : s;
}
} // namespace

void VCardCard::begin(int beginRow)
{
    m_beginRow = beginRow;
    m_properties.clear();
    m_cells.clear();
}

void VCardCard::add(const QByteArray &line, int row, bool fromUtf16File)
{
    m_utf16 = fromUtf16File;
    m_cells << cellText(line);
    VCardProperty p;
    if (VCardProperty::parse(line, row, &p)) {
        m_properties << std::move(p);
    }
}

QString VCardCard::text(const VCardProperty &p) const
{
    return VCardProperty::unescape(p.text(m_utf16), m_version);
}

QStringList VCardCard::components(const VCardProperty &p, QChar separator) const
{
    return VCardProperty::split(p.text(m_utf16), separator, m_version);
}

void VCardCard::problem(const VCardProperty &p, const QString &field, const QString &reason, const QString &value)
{
    ImportProblem pr;
    pr.row = p.line;
    pr.columnName = QString::fromLatin1(p.name);
    pr.field = field;
    pr.reason = reason;
    pr.value = value.left(ProblemValueChars);
    m_record->problems << pr;
}

// Apple's labels: "_$!<Work>!$_" and friends for the built-in ones, plain text for the user's own.
QString VCardCard::label(const VCardProperty &p, bool phone) const
{
    const QString grouped = p.group.isEmpty() ? QString() : m_groupLabels.value(p.group).trimmed();
    if (!grouped.isEmpty()) {
        static const QRegularExpression apple(u"^_\\$!<(.+)>!\\$_$"_s);
        const auto m = apple.match(grouped);
        if (!m.hasMatch()) {
            return grouped;
        }
        const QString inner = m.captured(1);
        const QString key = inner.toLower();
        if (key == u"work"_s || key == u"home"_s || key == u"other"_s || key == u"mobile"_s) {
            return key;
        }
        if (key == u"iphone"_s) {
            return u"mobile"_s;
        }
        if (key.endsWith(u"fax"_s)) {
            return tr("Fax");
        }
        if (key == u"pager"_s) {
            return tr("Pager");
        }
        if (key == u"main"_s) {
            return tr("Main");
        }
        return inner;
    }
    if (phone && p.hasType("fax")) {
        return tr("Fax");
    }
    if (phone && p.hasType("pager")) {
        return tr("Pager");
    }
    if (p.hasType("cell") || p.hasType("mobile") || p.hasType("iphone")) {
        return u"mobile"_s;
    }
    for (const char *key : {"work", "home", "other"}) {
        if (p.hasType(key)) {
            return QString::fromLatin1(key);
        }
    }
    return {};
}

void VCardCard::finish(ImportRecord &record)
{
    record = ImportRecord{};
    record.fileRow = m_beginRow;
    record.cells = m_cells;
    m_record = &record;
    m_version = Version::V30;
    m_groupLabels.clear();
    m_prefix.clear();
    m_suffix.clear();
    m_formattedName.clear();
    m_organization.clear();
    m_role.clear();
    m_kontorNames = false;
    m_kontorSalutation.clear();
    m_kontorTitle.clear();

    for (const VCardProperty &p : std::as_const(m_properties)) {
        if (p.name == "VERSION") {
            const QByteArray v = p.value.trimmed();
            m_version = v == "2.1" ? Version::V21 : v.startsWith('4') ? Version::V40 : Version::V30;
        } else if (p.name == "X-ABLABEL" && !p.group.isEmpty()) {
            m_groupLabels.insert(p.group, text(p));
        }
    }

    Contact &c = record.contact;
    bool company = false;
    bool group = false;
    QList<const VCardProperty *> logos;
    for (const VCardProperty &p : std::as_const(m_properties)) {
        const QByteArray &n = p.name;
        if (n == "KIND" || n == "X-ADDRESSBOOKSERVER-KIND") {
            const QString kind = text(p).trimmed().toLower();
            company = company || kind == u"org"_s || kind == u"organization"_s;
            group = group || kind == u"group"_s;
        } else if (n == "X-ABSHOWAS") {
            company = company || text(p).trimmed().compare(u"COMPANY"_s, Qt::CaseInsensitive) == 0;
        } else if (n == "N") {
            readName(p);
        } else if (n == "FN") {
            m_formattedName = text(p).simplified();
        } else if (n == "ORG") {
            const QStringList org = components(p);
            m_organization = org.value(0).simplified();
            c.department = org.value(1).simplified();
        } else if (n == "TITLE") {
            c.jobTitle = text(p).simplified();
        } else if (n == "ROLE") {
            m_role = text(p).simplified();
        } else if (n == "EMAIL") {
            readEmail(p);
        } else if (n == "TEL") {
            readPhone(p);
        } else if (n == "ADR") {
            readAddress(p);
        } else if (n == "BDAY") {
            readBirthday(p);
        } else if (n == "PHOTO") {
            readPhoto(p);
        } else if (n == "LOGO") {
            logos << &p;
        } else if (n == "URL") {
            if (c.website.isEmpty()) {
                c.website = text(p).trimmed();
            }
        } else if (n == "NOTE") {
            const QString note = text(p).trimmed();
            if (!note.isEmpty()) {
                c.description += (c.description.isEmpty() ? QString() : u"\n"_s) + note;
            }
        } else if (n == "CATEGORIES") {
            for (const QString &tag : components(p, u',')) {
                const QString t = tag.simplified();
                // Google puts every contact in its system group "myContacts"; it is not a tag of the user's.
                if (!t.isEmpty() && t != u"myContacts"_s && !c.tags.contains(t, Qt::CaseInsensitive)) {
                    c.tags << t;
                }
            }
        } else if (n == "X-SOCIALPROFILE" || n == "SOCIALPROFILE") {
            readSocial(p, QString::fromUtf8(p.param("SERVICE-TYPE")));
        } else if (n == "IMPP") {
            readSocial(p, QString::fromUtf8(p.param("X-SERVICE-TYPE")));
        } else if (n == "X-SKYPE" || n == "X-SKYPE-USERNAME") {
            readSocial(p, u"skype"_s);
        } else if (n == "X-TWITTER" || n == "X-LINKEDIN" || n == "X-FACEBOOK" || n == "X-INSTAGRAM" || n == "X-TELEGRAM"
            || n == "X-WHATSAPP") {
            readSocial(p, QString::fromLatin1(n.mid(2)));
        } else if (n.startsWith("X-KONTOR-")) {
            readKontor(p);
        }
    }
    for (const VCardProperty *p : std::as_const(logos)) {
        readPhoto(*p);
    }
    if (group) {
        // A contact group is no contact: an empty record is skipped without a problem.
        const QStringList cells = record.cells;
        record = ImportRecord{};
        record.fileRow = m_beginRow;
        record.cells = cells;
        record.isEmpty = true;
        return;
    }
    if (company) {
        c.kind = ContactKind::Company;
    }
    finishNames();
    record.isEmpty = record.problems.isEmpty() && c.firstName.isEmpty() && c.lastName.isEmpty()
        && c.middleName.isEmpty() && c.displayName.isEmpty() && record.companyName.isEmpty() && c.emails.isEmpty()
        && c.phones.isEmpty() && c.addresses.isEmpty() && c.birthday.isNull() && c.website.isEmpty()
        && c.socialProfiles.isEmpty() && c.tags.isEmpty() && c.description.isEmpty() && c.photo.isEmpty()
        && c.jobTitle.isEmpty() && c.department.isEmpty() && record.customByName.isEmpty();
    m_record = nullptr;
}

void VCardCard::readName(const VCardProperty &p)
{
    // Unescaped commas separate the values of one component ("Anna,Maria"); a name has no real comma.
    QStringList n = components(p);
    for (QString &part : n) {
        part = part.replace(u',', u' ').simplified();
    }
    Contact &c = m_record->contact;
    c.lastName = n.value(0);
    c.firstName = n.value(1);
    c.middleName = n.value(2);
    m_prefix = n.value(3);
    m_suffix = n.value(4);
}

void VCardCard::finishNames()
{
    Contact &c = m_record->contact;
    if (c.isCompany()) {
        c.displayName = m_organization.isEmpty() ? m_formattedName : m_organization;
        c.displayNameManual = true;
        c.salutation.clear();
        c.title.clear();
        c.firstName.clear();
        c.middleName.clear();
        c.lastName.clear();
        c.jobTitle.clear();
        c.department.clear();
        return;
    }
    m_record->companyName = m_organization;
    if (m_kontorNames) {
        c.salutation = m_kontorSalutation.simplified();
        c.title = m_kontorTitle.simplified();
    } else {
        // The N prefix holds both "Herr" and "Dr."; Kontor keeps them apart. Degrees after the name go to the title.
        QStringList salutation;
        QStringList title;
        static const QRegularExpression separators(u"[\\s,]+"_s);
        for (const QString &word : m_prefix.split(separators, Qt::SkipEmptyParts)) {
            (isSalutation(word) ? salutation : title) << word;
        }
        title << m_suffix.split(separators, Qt::SkipEmptyParts);
        c.salutation = salutation.join(u' ');
        c.title = title.join(u' ');
    }
    if (c.firstName.isEmpty() && c.middleName.isEmpty() && c.lastName.isEmpty() && !m_formattedName.isEmpty()) {
        // Cards with FN only (some 2.1 exports): "Müller, Anna" or "Anna Maria Müller".
        const qsizetype comma = m_formattedName.indexOf(u',');
        if (comma > 0) {
            c.lastName = m_formattedName.left(comma).simplified();
            c.firstName = m_formattedName.mid(comma + 1).simplified();
        } else {
            const qsizetype space = m_formattedName.lastIndexOf(u' ');
            c.firstName = space > 0 ? m_formattedName.left(space) : m_formattedName;
            c.lastName = space > 0 ? m_formattedName.mid(space + 1) : QString();
        }
    }
    c.displayName = m_formattedName;
    c.displayNameManual = c.displayNameManual && !c.displayName.isEmpty();
    if (c.jobTitle.isEmpty()) {
        c.jobTitle = m_role;
    }
}

void VCardCard::readEmail(const VCardProperty &p)
{
    const QString value = withoutPrefix(text(p).trimmed(), u"mailto:"_s);
    if (value.isEmpty()) {
        return;
    }
    QList<EmailAddress> &emails = m_record->contact.emails;
    const bool primaryTaken = std::any_of(emails.cbegin(), emails.cend(), [](const auto &e) { return e.primary; });
    emails << EmailAddress{value, label(p, false), p.isPreferred() && !primaryTaken};
}

void VCardCard::readPhone(const VCardProperty &p)
{
    QString value = text(p).trimmed();
    if (value.startsWith(u"tel:"_s, Qt::CaseInsensitive)) {
        value = value.mid(4).section(u';', 0, 0); // tel:+49-30-1234;ext=5
    }
    if (value.isEmpty()) {
        return;
    }
    QList<PhoneNumber> &phones = m_record->contact.phones;
    const bool primaryTaken = std::any_of(phones.cbegin(), phones.cend(), [](const auto &e) { return e.primary; });
    phones << PhoneNumber{value, {}, label(p, true), p.isPreferred() && !primaryTaken};
}

void VCardCard::readAddress(const VCardProperty &p)
{
    // post office box; extended address; street; locality; region; postal code; country
    QStringList a = components(p);
    for (QString &part : a) {
        part = part.trimmed();
    }
    PostalAddress address;
    QStringList street;
    for (const QString &part : {a.value(2), a.value(1), a.value(0)}) {
        if (!part.isEmpty()) {
            street << part;
        }
    }
    address.street = street.join(u'\n');
    address.city = a.value(3);
    address.region = a.value(4);
    address.postalCode = a.value(5);
    const QString country = a.value(6);
    if (!country.isEmpty()) {
        address.country = CountryCodes::fromName(country);
        if (address.country.isEmpty()) {
            problem(p,
                u"addresses"_s,
                tr("The country \"%1\" is not known; enter it as a two-letter ISO code such as DE or AT.").arg(country),
                country);
        }
    }
    address.label = label(p, false);
    if (!address.isEmpty()) {
        m_record->contact.addresses << address;
    }
}

void VCardCard::readBirthday(const VCardProperty &p)
{
    const QString value = text(p).trimmed();
    if (value.isEmpty()) {
        return;
    }
    // 1985-03-15, 19850315, --0315, --03-15, also with a time ("1985-03-15T00:00:00Z").
    static const QRegularExpression date(u"^(\\d{4}|--)-?(\\d{1,2})-?(\\d{1,2})(?:[T ].*)?$"_s);
    const auto m = date.match(value);
    if (!m.hasMatch()) {
        problem(p, u"birthday"_s, tr("The birthday \"%1\" is not a date.").arg(value), value);
        return;
    }
    int year = m.captured(1) == u"--"_s ? 0 : m.captured(1).toInt();
    // Apple writes a birthday without year as 1604-mm-dd with X-APPLE-OMIT-YEAR=1604; others write year 0000.
    const QByteArray omitYear = p.param("X-APPLE-OMIT-YEAR");
    if (year == 1604 || (!omitYear.isEmpty() && omitYear.toInt() == year)) {
        year = 0;
    }
    const Birthday birthday{year, m.captured(2).toInt(), m.captured(3).toInt()};
    if (!birthday.isValid() || birthday.isNull()) {
        problem(p, u"birthday"_s, tr("The birthday \"%1\" is not a possible date.").arg(value), value);
        return;
    }
    m_record->contact.birthday = birthday;
}

void VCardCard::readPhoto(const VCardProperty &p)
{
    Contact &c = m_record->contact;
    if (!c.photo.isEmpty()) {
        return;
    }
    const QByteArray encoding = p.param("ENCODING").toUpper();
    QByteArray data;
    if (encoding == "B" || encoding == "BASE64") {
        data = p.bytes();
    } else {
        const QByteArray raw = p.value.trimmed();
        if (!raw.startsWith("data:") && !raw.startsWith("DATA:")) {
            return; // a link to an image elsewhere: Kontor stores images, it does not fetch them
        }
        const qsizetype comma = raw.indexOf(',');
        QByteArray meta = raw.mid(5, comma - 5);
        if (meta.endsWith('\\')) { // a writer that escaped the comma of the URI
            meta.chop(1);
        }
        const QByteArray payload = comma < 0 ? QByteArray() : raw.mid(comma + 1);
        if (meta.toLower().endsWith(";base64")) {
            auto decoded = QByteArray::fromBase64Encoding(payload, QByteArray::AbortOnBase64DecodingErrors);
            data = decoded ? *decoded : QByteArray();
        } else {
            data = QByteArray::fromPercentEncoding(payload);
        }
    }
    const QString shown = QString::fromLatin1(p.value.left(ProblemValueChars));
    if (data.isEmpty()) {
        problem(p, u"photo"_s, tr("The photo is not valid base64 data."), shown);
    } else if (data.size() > ContactLimits::PhotoBytes) {
        problem(p, u"photo"_s, tr("The photo is larger than %1 KiB.").arg(ContactLimits::PhotoBytes / 1024), shown);
    } else if (!data.startsWith("\xFF\xD8\xFF") && !data.startsWith("\x89PNG\r\n\x1a\n")) {
        problem(p, u"photo"_s, tr("The photo is neither a JPEG nor a PNG image."), shown);
    } else {
        c.photo = data;
    }
}

void VCardCard::readSocial(const VCardProperty &p, QString service)
{
    QString value = text(p).trimmed();
    if (value.isEmpty()) {
        value = QString::fromUtf8(p.param("X-USER")).trimmed();
    }
    if (value.isEmpty()) {
        return;
    }
    QString key = socialKey(service);
    for (qsizetype i = 0; key.isEmpty() && i < p.types.size(); ++i) {
        key = socialKey(p.types.at(i));
    }
    const qsizetype colon = value.indexOf(u':');
    if (p.name == "IMPP" && colon > 0 && !value.startsWith(u"http"_s, Qt::CaseInsensitive)) {
        // IMPP holds a URI: "skype:anna.mueller?call", "x-apple:anna".
        if (key.isEmpty()) {
            key = socialKey(value.left(colon));
        }
        value = value.mid(colon + 1).section(u'?', 0, 0);
    }
    if (key.isEmpty()) {
        key = socialKeyOfUrl(value);
    }
    value = withoutPrefix(value, u"x-apple:"_s);
    Contact &c = m_record->contact;
    if (!key.isEmpty() && !value.isEmpty() && !c.socialProfiles.contains(key)) {
        c.socialProfiles.insert(key, value);
    }
}

void VCardCard::readKontor(const VCardProperty &p)
{
    const QByteArray name = p.name.mid(9); // after "X-KONTOR-"
    Contact &c = m_record->contact;
    const QString value = text(p);
    if (name == "SALUTATION") {
        m_kontorNames = true;
        m_kontorSalutation = value;
    } else if (name == "TITLE") {
        m_kontorNames = true;
        m_kontorTitle = value;
    } else if (name == "DISPLAY-NAME-MANUAL") {
        c.displayNameManual = isTrue(value);
    } else if (name == "OWNER") {
        m_record->ownerName = value.trimmed();
    } else if (name == "FOLLOWER") {
        if (!value.trimmed().isEmpty()) {
            m_record->followerNames << value.trimmed();
        }
    } else if (name == "CONTACT-TYPE") {
        c.contactType = value.trimmed();
    } else if (name == "LEAD") {
        c.lead = isTrue(value);
    } else if (name == "SOURCE") {
        c.source = value.trimmed();
    } else if (name == "DND") {
        const std::pair<const char16_t *, DndChannel> channels[] = {{u"all", DndChannel::All},
            {u"email", DndChannel::Email},
            {u"sms", DndChannel::Sms},
            {u"calls", DndChannel::Calls},
            {u"whatsapp", DndChannel::WhatsApp}};
        for (const QString &key : value.split(u',', Qt::SkipEmptyParts)) {
            for (const auto &[channelKey, channel] : channels) {
                if (key.trimmed().compare(QString::fromUtf16(channelKey), Qt::CaseInsensitive) == 0) {
                    c.dnd |= channel;
                }
            }
        }
    } else if (name == "CUSTOM") {
        // "field name;value", both escaped, so that any name and value survive.
        const QStringList parts = components(p);
        if (parts.size() >= 2 && !parts.first().trimmed().isEmpty()) {
            m_record->customByName.insert(parts.first().trimmed(), parts.mid(1).join(u';'));
        }
    }
}

} // namespace Kontor
