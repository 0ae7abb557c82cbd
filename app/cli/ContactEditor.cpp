#include "ContactEditor.h"

#include "CliContext.h"
#include "contacts/Contact.h"
#include "contacts/ContactService.h"
#include "customfields/CustomFieldService.h"

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

// Options that set one text of the contact (or of its first address).
const QStringList &textOptions()
{
    static const QStringList names = {u"first-name"_s,
        u"last-name"_s,
        u"middle-name"_s,
        u"salutation"_s,
        u"title"_s,
        u"job-title"_s,
        u"department"_s,
        u"website"_s,
        u"source"_s,
        u"type"_s,
        u"description"_s,
        u"display-name"_s,
        u"name"_s,
        u"street"_s,
        u"postal-code"_s,
        u"city"_s,
        u"state"_s,
        u"country"_s};
    return names;
}

QList<OptionSpec> commonOptions()
{
    QList<OptionSpec> specs;
    for (const QString &name : textOptions()) {
        specs.append({name, true});
    }
    for (const char16_t *name :
        {u"email", u"phone", u"tag", u"company", u"birthday", u"custom", u"social", u"dnd", u"kind"}) {
        specs.append({QString::fromUtf16(name), true});
    }
    specs.append({u"lead"_s, false});
    specs.append({u"no-lead"_s, false});
    specs.append({u"json"_s, false});
    return specs;
}

PostalAddress &firstAddress(Contact &c)
{
    if (c.addresses.isEmpty()) {
        c.addresses.append(PostalAddress{});
    }
    return c.addresses.first();
}

} // namespace

ContactEditor::ContactEditor(CliContext &context)
    : m_context(context)
{}

QList<OptionSpec> ContactEditor::addOptions()
{
    return commonOptions();
}

QList<OptionSpec> ContactEditor::editOptions()
{
    QList<OptionSpec> specs = commonOptions();
    for (const char16_t *name :
        {u"add-email", u"remove-email", u"add-phone", u"remove-phone", u"add-tag", u"remove-tag"}) {
        specs.append({QString::fromUtf16(name), true});
    }
    return specs;
}

Result<void> ContactEditor::apply(Contact &contact, const QList<ParsedOption> &options)
{
    // The kind decides what --name means, wherever it stands on the command line.
    for (const ParsedOption &o : options) {
        if (o.name == u"kind"_s) {
            if (auto r = applyOne(contact, o); !r) {
                return r;
            }
        }
    }
    for (const ParsedOption &o : options) {
        if (o.name == u"kind"_s || o.name == u"json"_s) {
            continue;
        }
        if (auto r = applyOne(contact, o); !r) {
            return r;
        }
    }
    // "--city ''" on the only address leaves nothing worth storing.
    contact.addresses.removeIf([](const PostalAddress &a) { return a.isEmpty(); });
    settlePrimaries(contact);
    return {};
}

Result<void> ContactEditor::applyOne(Contact &contact, const ParsedOption &option)
{
    ++m_changes;
    const QString &name = option.name;
    const QString value = option.value.trimmed();
    bool handled = false;
    if (auto r = applyText(contact, name, value, &handled); !r || handled) {
        return r;
    }
    if (auto r = applyList(contact, name, value, &handled); !r || handled) {
        return r;
    }
    if (name == u"kind"_s) {
        if (value == u"person"_s) {
            contact.kind = ContactKind::Person;
        } else if (value == u"company"_s) {
            contact.kind = ContactKind::Company;
        } else {
            return invalidField(u"kind"_s, tr("The kind is \"person\" or \"company\", not \"%1\".").arg(value));
        }
        return {};
    }
    if (name == u"company"_s) {
        if (contact.isCompany()) {
            return invalidField(u"company"_s, tr("A company cannot work for another company."));
        }
        m_company = value;
        return {};
    }
    if (name == u"lead"_s || name == u"no-lead"_s) {
        contact.lead = name == u"lead"_s;
        return {};
    }
    if (name == u"birthday"_s) {
        return applyBirthday(contact, value);
    }
    if (name == u"custom"_s) {
        return applyCustom(contact, option.value);
    }
    if (name == u"social"_s) {
        return applySocial(contact, value);
    }
    if (name == u"dnd"_s) {
        return applyDnd(contact, value);
    }
    --m_changes; // only --json is left, which changes nothing
    return {};
}

Result<void> ContactEditor::applyText(Contact &c, const QString &name, const QString &value, bool *handled)
{
    *handled = textOptions().contains(name);
    if (!*handled) {
        return {};
    }
    if (name == u"first-name"_s) {
        c.firstName = value;
    } else if (name == u"last-name"_s) {
        c.lastName = value;
    } else if (name == u"middle-name"_s) {
        c.middleName = value;
    } else if (name == u"salutation"_s) {
        c.salutation = value;
    } else if (name == u"title"_s) {
        c.title = value;
    } else if (name == u"job-title"_s) {
        c.jobTitle = value;
    } else if (name == u"department"_s) {
        c.department = value;
    } else if (name == u"website"_s) {
        c.website = value;
    } else if (name == u"source"_s) {
        c.source = value;
    } else if (name == u"type"_s) {
        c.contactType = value;
    } else if (name == u"description"_s) {
        c.description = value;
    } else if (name == u"display-name"_s || name == u"name"_s) {
        if (name == u"name"_s && !c.isCompany()) {
            return invalidField(
                u"name"_s, tr("\"--name\" names a company; name a person with \"--first-name\" and \"--last-name\"."));
        }
        c.displayName = value;
        c.displayNameManual = !value.isEmpty();
    } else if (name == u"street"_s) {
        firstAddress(c).street = value;
    } else if (name == u"postal-code"_s) {
        firstAddress(c).postalCode = value;
    } else if (name == u"city"_s) {
        firstAddress(c).city = value;
    } else if (name == u"state"_s) {
        firstAddress(c).region = value;
    } else if (name == u"country"_s) {
        firstAddress(c).country = value.toUpper();
    }
    return {};
}

Result<void> ContactEditor::applyList(Contact &c, const QString &name, const QString &value, bool *handled)
{
    *handled = true;
    if (name == u"email"_s || name == u"add-email"_s) {
        if (name == u"email"_s && !std::exchange(m_emailsReplaced, true)) {
            c.emails.clear();
        }
        if (!value.isEmpty()) { // "--email ''" empties the list
            c.emails.append(EmailAddress{value, {}, false});
        }
    } else if (name == u"phone"_s || name == u"add-phone"_s) {
        if (name == u"phone"_s && !std::exchange(m_phonesReplaced, true)) {
            c.phones.clear();
        }
        if (!value.isEmpty()) {
            c.phones.append(PhoneNumber{value, {}, {}, false});
        }
    } else if (name == u"tag"_s || name == u"add-tag"_s) {
        if (name == u"tag"_s && !std::exchange(m_tagsReplaced, true)) {
            c.tags.clear();
        }
        if (!value.isEmpty() && !c.tags.contains(value, Qt::CaseInsensitive)) {
            c.tags.append(value);
        }
    } else if (name == u"remove-email"_s) {
        const auto removed = c.emails.removeIf(
            [&value](const EmailAddress &e) { return e.value.compare(value, Qt::CaseInsensitive) == 0; });
        if (removed == 0) {
            return invalidField(u"emails"_s, tr("The contact has no e-mail address \"%1\".").arg(value));
        }
    } else if (name == u"remove-phone"_s) {
        const auto removed
            = c.phones.removeIf([&value](const PhoneNumber &p) { return p.raw == value || p.e164 == value; });
        if (removed == 0) {
            return invalidField(u"phones"_s, tr("The contact has no phone number \"%1\".").arg(value));
        }
    } else if (name == u"remove-tag"_s) {
        if (c.tags.removeIf([&value](const QString &t) { return t.compare(value, Qt::CaseInsensitive) == 0; }) == 0) {
            return invalidField(u"tags"_s, tr("The contact has no tag \"%1\".").arg(value));
        }
    } else {
        *handled = false;
    }
    return {};
}

Result<void> ContactEditor::applyBirthday(Contact &contact, const QString &text)
{
    Birthday b;
    if (!Birthday::parseIso(text, &b)) {
        return invalidField(u"birthday"_s,
            tr("\"%1\" is not a date; write YYYY-MM-DD, or --MM-DD when the year is unknown.").arg(text));
    }
    contact.birthday = b;
    return {};
}

Result<void> ContactEditor::applyCustom(Contact &contact, const QString &assignment)
{
    const qsizetype eq = assignment.indexOf(u'=');
    if (eq <= 0) {
        return invalidField(
            u"custom"_s, tr("Write a custom value as \"Field name=Value\", not \"%1\".").arg(assignment));
    }
    const QString fieldName = assignment.left(eq).trimmed();
    const QString input = assignment.mid(eq + 1).trimmed();
    if (!m_fields) {
        auto fields = CustomFieldService(m_context.db, m_context.session).fields();
        if (!fields) {
            return fields.error();
        }
        m_fields = *fields;
    }
    const auto it = std::find_if(m_fields->cbegin(), m_fields->cend(), [&fieldName](const CustomField &f) {
        return f.name.compare(fieldName, Qt::CaseInsensitive) == 0;
    });
    if (it == m_fields->cend()) {
        ErrorLocation where;
        where.field = u"custom"_s;
        return makeError(Error::Code::NotFound, tr("There is no custom field named \"%1\".").arg(fieldName), {}, where);
    }
    if (input.isEmpty()) {
        contact.customValues.remove(it->id);
        return {};
    }
    QString problem;
    const QString canonical = CustomFieldValues::normalize(*it, input, &problem);
    if (!problem.isEmpty()) {
        return invalidField(it->name, problem);
    }
    contact.customValues.insert(it->id, canonical);
    return {};
}

Result<void> ContactEditor::applySocial(Contact &contact, const QString &assignment)
{
    const qsizetype eq = assignment.indexOf(u'=');
    const QString network = assignment.left(eq).trimmed().toLower();
    if (eq <= 0 || !SocialNetwork::all().contains(network)) {
        return invalidField(u"social"_s,
            tr("Write a profile as \"network=handle\" with one of the networks %1.")
                .arg(SocialNetwork::all().join(u", ")));
    }
    const QString handle = assignment.mid(eq + 1).trimmed();
    if (handle.isEmpty()) {
        contact.socialProfiles.remove(network);
    } else {
        contact.socialProfiles.insert(network, handle);
    }
    return {};
}

Result<void> ContactEditor::applyDnd(Contact &contact, const QString &channels)
{
    static const QList<std::pair<QString, DndChannel>> known = {{u"all"_s, DndChannel::All},
        {u"email"_s, DndChannel::Email},
        {u"sms"_s, DndChannel::Sms},
        {u"calls"_s, DndChannel::Calls},
        {u"whatsapp"_s, DndChannel::WhatsApp}};
    DndChannels result;
    for (const QString &part : channels.split(u',', Qt::SkipEmptyParts)) {
        const QString key = part.trimmed().toLower();
        if (key == u"none"_s) {
            continue;
        }
        const auto it = std::find_if(known.cbegin(), known.cend(), [&key](const auto &k) { return k.first == key; });
        if (it == known.cend()) {
            return invalidField(u"dnd"_s,
                tr("Unknown channel \"%1\"; use none, all, email, sms, calls or whatsapp, separated by commas.")
                    .arg(key));
        }
        result |= it->second;
    }
    contact.dnd = result;
    return {};
}

void ContactEditor::settlePrimaries(Contact &contact)
{
    // Exactly one primary per list: the first one marked, else the first one.
    const auto settle = [](auto &list) {
        bool seen = false;
        for (auto &item : list) {
            if (item.primary) {
                item.primary = !seen;
                seen = true;
            }
        }
        if (!seen && !list.isEmpty()) {
            list.first().primary = true;
        }
    };
    settle(contact.emails);
    settle(contact.phones);
}

Result<void> ContactEditor::linkCompany(Contact &contact)
{
    if (!m_company) {
        return {};
    }
    if (m_company->isEmpty()) {
        contact.companyId = 0;
        contact.companyName.clear();
        return {};
    }
    auto id = m_context.contacts.companyIdForName(*m_company);
    if (!id) {
        return id.error();
    }
    contact.companyId = *id;
    contact.companyName = *m_company;
    return {};
}

} // namespace Kontor
