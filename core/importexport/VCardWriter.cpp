#include "VCardWriter.h"

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
using Version = VCardWriter::Version;

constexpr qsizetype FoldOctets = 75;

QString normalizedLineBreaks(QString text)
{
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    return text;
}

// A text value: backslash, newline, comma and semicolon escaped (RFC 6350 3.4; also right for 3.0).
QString escaped(const QString &text)
{
    QString out;
    const QString t = normalizedLineBreaks(text);
    out.reserve(t.size() + 8);
    for (const QChar c : t) {
        if (c == u'\\' || c == u',' || c == u';') {
            out += u'\\';
            out += c;
        } else if (c == u'\n') {
            out += u"\\n"_s;
        } else {
            out += c;
        }
    }
    return out;
}

// A URI value keeps its commas and semicolons; only what would break the line or the reader's unescaping is escaped.
QString escapedUri(const QString &text)
{
    QString t = normalizedLineBreaks(text);
    t.replace(u"\\"_s, u"\\\\"_s);
    t.replace(u"\n"_s, u"\\n"_s);
    return t;
}

class CardWriter
{
public:
    explicit CardWriter(Version version)
        : m_version(version)
    {}

    void add(const QByteArray &nameAndParams, const QString &value) { addRaw(nameAndParams, value.toUtf8()); }

    // CRLF lines of at most 75 octets; a continuation line starts with a space and never splits a UTF-8 sequence.
    void addRaw(const QByteArray &nameAndParams, const QByteArray &value)
    {
        const QByteArray line = nameAndParams + ':' + value;
        qsizetype pos = 0;
        bool first = true;
        do {
            const qsizetype room = first ? FoldOctets : FoldOctets - 1;
            qsizetype end = std::min(line.size(), pos + room);
            while (end < line.size() && end > pos + 1 && (static_cast<unsigned char>(line.at(end)) & 0xC0) == 0x80) {
                --end;
            }
            if (!first) {
                m_out += ' ';
            }
            m_out += QByteArrayView(line).sliced(pos, end - pos);
            m_out += "\r\n";
            pos = end;
            first = false;
        } while (pos < line.size());
    }

    // An e-mail address, phone or address with its label: work and home (and mobile phones) as TYPE, other
    // labels in an item group with X-ABLabel, Apple's spelling for the built-in ones.
    void addLabelled(const QByteArray &name, const QString &label, bool primary, const QString &value)
    {
        QByteArrayList types;
        QString abLabel;
        const bool phone = name == "TEL";
        if (name == "EMAIL" && m_version == Version::V3) {
            types << "INTERNET";
        }
        if (label == u"work"_s || label == u"home"_s) {
            types << label.toLatin1();
        } else if (label == u"mobile"_s && phone) {
            types << "cell";
        } else if (label == u"mobile"_s || label == u"other"_s) {
            abLabel = u"_$!<%1>!$_"_s.arg(label.at(0).toUpper() + label.mid(1));
        } else if (!label.isEmpty()) {
            abLabel = label;
        }
        QByteArray params;
        if (m_version == Version::V3) {
            if (primary) {
                types << "pref";
            }
            for (QByteArray &t : types) {
                t = t.toUpper();
            }
        } else if (phone) {
            params += ";VALUE=text"; // TEL is a tel: URI by default in 4.0; Kontor keeps the number as typed
        }
        if (!types.isEmpty()) {
            params += ";TYPE=" + types.join(',');
        }
        if (m_version == Version::V4 && primary) {
            params += ";PREF=1";
        }
        if (abLabel.isEmpty()) {
            add(name + params, value);
            return;
        }
        const QByteArray group = "item" + QByteArray::number(++m_items) + '.';
        add(group + name + params, value);
        add(group + "X-ABLabel", escaped(abLabel));
    }

    QByteArray result() const { return m_out; }

private:
    Version m_version;
    QByteArray m_out;
    int m_items = 0;
};

QString twoDigits(int n)
{
    return u"%1"_s.arg(n, 2, 10, QChar(u'0'));
}

QString birthdayText(const Birthday &b, Version version)
{
    const QString monthDay = twoDigits(b.month) + twoDigits(b.day);
    if (!b.hasYear()) {
        return u"--"_s + monthDay;
    }
    const QString year = u"%1"_s.arg(b.year, 4, 10, QChar(u'0'));
    return version == Version::V4 ? year + monthDay : u"%1-%2-%3"_s.arg(year, twoDigits(b.month), twoDigits(b.day));
}

QString dndText(DndChannels dnd)
{
    const std::pair<DndChannel, const char16_t *> names[] = {{DndChannel::All, u"all"},
        {DndChannel::Email, u"email"},
        {DndChannel::Sms, u"sms"},
        {DndChannel::Calls, u"calls"},
        {DndChannel::WhatsApp, u"whatsapp"}};
    QStringList keys;
    for (const auto &[channel, key] : names) {
        if (dnd.testFlag(channel)) {
            keys << QString::fromUtf16(key);
        }
    }
    return keys.join(u',');
}

void writeNames(CardWriter &w, const Contact &c, const VCardWriter::Names &names, Version version)
{
    const QString company = names.companyName.isEmpty() ? c.companyName : names.companyName;
    if (c.isCompany()) {
        if (version == Version::V3) {
            w.add("N", u";;;;"_s); // required in 3.0
        }
        w.add("FN", escaped(c.displayName));
        w.add("ORG", escaped(c.displayName));
        w.add("X-ABShowAs", u"COMPANY"_s);
        return;
    }
    QStringList prefix;
    for (const QString &p : {c.salutation, c.title}) {
        if (!p.isEmpty()) {
            prefix << escaped(p);
        }
    }
    w.add("N",
        QStringList{escaped(c.lastName), escaped(c.firstName), escaped(c.middleName), prefix.join(u','), QString()}
            .join(u';'));
    QString formatted = c.displayName;
    if (formatted.isEmpty()) {
        QStringList parts;
        for (const QString &p : {c.title, c.firstName, c.middleName, c.lastName}) {
            if (!p.isEmpty()) {
                parts << p;
            }
        }
        formatted = parts.join(u' ');
    }
    w.add("FN", escaped(formatted));
    if (c.displayNameManual && !c.displayName.isEmpty()) {
        w.add("X-KONTOR-DISPLAY-NAME-MANUAL", u"1"_s);
    }
    // The N prefix cannot tell "Herr" from "Dr." for every language; these keep both exactly.
    if (!c.salutation.isEmpty()) {
        w.add("X-KONTOR-SALUTATION", escaped(c.salutation));
    }
    if (!c.title.isEmpty()) {
        w.add("X-KONTOR-TITLE", escaped(c.title));
    }
    if (!company.isEmpty() || !c.department.isEmpty()) {
        w.add("ORG", escaped(company) + (c.department.isEmpty() ? QString() : u";"_s + escaped(c.department)));
    }
    if (!c.jobTitle.isEmpty()) {
        w.add("TITLE", escaped(c.jobTitle));
    }
}

void writeKontor(CardWriter &w, const Contact &c, const VCardWriter::Names &names)
{
    if (!names.ownerName.isEmpty()) {
        w.add("X-KONTOR-OWNER", escaped(names.ownerName));
    }
    for (const QString &follower : names.followerNames) {
        w.add("X-KONTOR-FOLLOWER", escaped(follower));
    }
    if (!c.contactType.isEmpty()) {
        w.add("X-KONTOR-CONTACT-TYPE", escaped(c.contactType));
    }
    if (c.lead) {
        w.add("X-KONTOR-LEAD", u"1"_s);
    }
    if (!c.source.isEmpty()) {
        w.add("X-KONTOR-SOURCE", escaped(c.source));
    }
    if (c.dnd) {
        w.add("X-KONTOR-DND", dndText(c.dnd));
    }
    for (const auto &[name, value] : names.customValues) {
        w.add("X-KONTOR-CUSTOM", escaped(name) + u';' + escaped(value));
    }
}
} // namespace

QByteArray VCardWriter::write(const Contact &c, const Names &names, Version version)
{
    CardWriter w(version);
    w.addRaw("BEGIN", "VCARD");
    w.addRaw("VERSION", version == Version::V4 ? "4.0" : "3.0");
    w.addRaw("PRODID", "-//Kontor//Kontor//EN");
    if (version == Version::V4 && c.isCompany()) {
        w.addRaw("KIND", "org");
    }
    if (!c.uuid.isEmpty()) {
        w.add("UID", (version == Version::V4 ? u"urn:uuid:"_s : QString()) + c.uuid);
    }
    writeNames(w, c, names, version);
    for (const EmailAddress &e : c.emails) {
        w.addLabelled("EMAIL", e.label, e.primary, escaped(e.value));
    }
    for (const PhoneNumber &p : c.phones) {
        w.addLabelled("TEL", p.label, p.primary, escaped(p.raw.isEmpty() ? p.e164 : p.raw));
    }
    for (const PostalAddress &a : c.addresses) {
        const QString adr = QStringList{QString(),
            QString(),
            escaped(a.street),
            escaped(a.city),
            escaped(a.region),
            escaped(a.postalCode),
            escaped(a.country)}
                                .join(u';');
        w.addLabelled("ADR", a.label, false, adr);
    }
    if (!c.birthday.isNull()) {
        w.add("BDAY", birthdayText(c.birthday, version));
    }
    if (!c.website.isEmpty()) {
        w.add("URL", escapedUri(c.website));
    }
    for (auto it = c.socialProfiles.cbegin(); it != c.socialProfiles.cend(); ++it) {
        if (!it.value().isEmpty()) {
            // Apple and most readers know X (formerly Twitter) only as "twitter"; the reader maps it back.
            const QString type = it.key() == QString::fromUtf16(SocialNetwork::X) ? u"twitter"_s : it.key();
            w.add("X-SOCIALPROFILE;TYPE=" + type.toUtf8(), escaped(it.value()));
        }
    }
    if (!c.tags.isEmpty()) {
        QStringList tags;
        for (const QString &t : c.tags) {
            tags << escaped(t);
        }
        w.add("CATEGORIES", tags.join(u','));
    }
    if (!c.description.isEmpty()) {
        w.add("NOTE", escaped(c.description));
    }
    if (!c.photo.isEmpty()) {
        const bool png = c.photo.startsWith("\x89PNG");
        if (version == Version::V4) {
            w.addRaw("PHOTO", (png ? "data:image/png;base64," : "data:image/jpeg;base64,") + c.photo.toBase64());
        } else {
            w.addRaw(png ? "PHOTO;ENCODING=b;TYPE=PNG" : "PHOTO;ENCODING=b;TYPE=JPEG", c.photo.toBase64());
        }
    }
    writeKontor(w, c, names);
    w.addRaw("END", "VCARD");
    return w.result();
}

} // namespace Kontor
