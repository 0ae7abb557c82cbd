#include "RowConverter.h"

#include "ContactValidator.h"
#include "EmailValidator.h"
#include "ImportDates.h"
#include "ImportValues.h"
#include "PersonNames.h"

#include <QRegularExpression>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

// Targets a company row has no use for.
bool personOnly(const QString &target)
{
    static const QSet<QString> targets = {u"salutation"_s,
        u"title"_s,
        u"first_name"_s,
        u"middle_name"_s,
        u"last_name"_s,
        u"job_title"_s,
        u"department"_s,
        u"birthday"_s};
    return targets.contains(target);
}

bool isAddressPart(const QString &target)
{
    static const QSet<QString> parts
        = {u"street"_s, u"postal_code"_s, u"city"_s, u"region"_s, u"country"_s, u"address"_s};
    return parts.contains(target);
}

// The contact field a problem with a column of this target is about (ContactFields keys).
QString fieldKey(const QString &target, ContactKind kind)
{
    if (target == u"email"_s) {
        return u"emails"_s;
    }
    if (target == u"phone"_s) {
        return u"phones"_s;
    }
    if (isAddressPart(target)) {
        return u"addresses"_s;
    }
    if (target.startsWith(u"social."_s)) {
        return u"social"_s;
    }
    if (target == u"note"_s) {
        return u"description"_s;
    }
    if (target == u"name"_s) {
        return kind == ContactKind::Company ? u"name"_s : u"display_name"_s;
    }
    return target;
}

// "Anna Müller <anna@example.com>" and "mailto:anna@example.com" as mail programs copy them.
QString bareEmail(const QString &value)
{
    static const QRegularExpression angle(u"<([^<>\\s]+@[^<>\\s]+)>\\s*$"_s);
    QString v = value.trimmed();
    if (const auto m = angle.match(v); m.hasMatch()) {
        v = m.captured(1);
    }
    if (v.startsWith(u"mailto:"_s, Qt::CaseInsensitive)) {
        v = v.mid(7);
    }
    return v;
}

// "Hauptstraße" + "12a" -> "Hauptstraße 12a"; "Business Street" + "Business Street 2" -> "…, …".
QString joinStreet(const QString &street, const QString &more)
{
    if (street.isEmpty()) {
        return more;
    }
    static const QRegularExpression houseNumber(u"^\\d+\\s*[a-zA-Z]?(\\s*[-/]\\s*\\d+\\s*[a-zA-Z]?)?$"_s);
    return street + (houseNumber.match(more).hasMatch() ? u" "_s : u", "_s) + more;
}

// Google's own contact groups are not tags people chose.
bool isGoogleSystemGroup(const QString &tag)
{
    return tag == u"* myContacts"_s || tag == u"* starred"_s;
}

struct AddressDraft
{
    PostalAddress parts;
    PostalAddress oneCell;
    QString label;
};

// A custom field's cell: converted to the field type's canonical text, or a problem naming the field.
void convertCustom(const QStringList &headers,
    const RowConverter::Options &options,
    qsizetype column,
    const ColumnMapping &m,
    const QString &text,
    ImportRecord &record)
{
    using Tr = RowConverter;
    const QString columnName = headers.value(column, Tr::tr("Column %1").arg(column + 1));
    auto problem = [&](const QString &field, const QString &reason) {
        record.problems << ImportProblem{record.fileRow, int(column), columnName, field, reason, text.left(200)};
    };
    CustomField field;
    if (m.target == u"custom.new"_s) {
        field.id = options.newFieldIds.value(m.label);
        field.name = m.label;
        field.type = CustomFieldType::Text;
        if (field.id <= 0) {
            problem(m.target, Tr::tr("The new custom field \"%1\" has not been created.").arg(m.label));
            return;
        }
    } else {
        const qint64 id = m.target.mid(7).toLongLong();
        bool found = false;
        for (const CustomField &f : options.customFields) {
            if (f.id == id) {
                field = f;
                found = true;
                break;
            }
        }
        if (!found) {
            problem(m.target, Tr::tr("The custom field no longer exists."));
            return;
        }
    }
    const QString key = u"custom.%1"_s.arg(field.id);
    if (record.contact.customValues.contains(field.id)) {
        return;
    }
    QString input = text;
    if (field.type == CustomFieldType::Date) {
        // The file's date order, not CustomFieldValues' German-or-ISO guess.
        Birthday date;
        const auto outcome = ImportDates::parse(text, options.dateOrder, ImportDates::futurePivot(), &date);
        if (outcome == ImportDates::Outcome::NotInCalendar) {
            problem(key, Tr::tr("\"%1\" is not a date in the calendar.").arg(text));
            return;
        }
        if (outcome == ImportDates::Outcome::Ok && date.hasYear()) {
            input = date.toIsoString();
        }
    } else if (field.type == CustomFieldType::Checkbox) {
        bool yes = false;
        if (ImportValues::parseYesNo(text, &yes)) {
            input = yes ? u"1"_s : u"0"_s;
        }
    } else if (field.type == CustomFieldType::MultiSelect) {
        input = RowConverter::splitMultiValue(text, false).join(u'\n');
    }
    QString why;
    const QString value = CustomFieldValues::normalize(field, input, &why);
    if (!why.isEmpty()) {
        problem(key, why);
        return;
    }
    if (!value.isEmpty()) {
        record.contact.customValues.insert(field.id, value);
    }
}

} // namespace

RowConverter::RowConverter(const QStringList &headers, const ImportMapping &mapping, Options options)
    : m_headers(headers)
    , m_mapping(mapping)
    , m_options(std::move(options))
{}

QStringList RowConverter::splitMultiValue(const QString &cell, bool alsoComma)
{
    QStringList parts;
    if (cell.contains(u" ::: "_s)) {
        parts = cell.split(u" ::: "_s);
    } else {
        static const QRegularExpression separators(u"[;\\r\\n]"_s);
        static const QRegularExpression separatorsAndComma(u"[;,\\r\\n]"_s);
        parts = cell.split(alsoComma ? separatorsAndComma : separators);
    }
    QStringList out;
    for (const QString &p : std::as_const(parts)) {
        const QString t = p.trimmed();
        if (!t.isEmpty()) {
            out << t;
        }
    }
    return out;
}

void RowConverter::splitFullName(const QString &fullName, Contact &contact)
{
    PersonNames::split(fullName, contact);
}

ImportRecord RowConverter::convert(const ImportRow &row, const QList<CellFix> &fixes) const
{
    ImportRecord record;
    record.fileRow = row.fileRow;
    QStringList cells = row.cells;
    for (const CellFix &fix : fixes) {
        if (fix.row == row.fileRow && fix.column >= 0 && fix.column < m_mapping.columns.size()) {
            while (cells.size() <= fix.column) {
                cells << QString();
            }
            cells[fix.column] = fix.value;
        }
    }
    record.cells = cells;
    Contact &c = record.contact;
    c.kind = m_options.kind;

    // Cells beyond the header belong to no column.
    qsizetype columnCount = qMin(m_mapping.columns.size(), cells.size());
    if (!m_headers.isEmpty()) {
        columnCount = qMin(columnCount, m_headers.size());
    }
    QStringList values;
    for (qsizetype i = 0; i < columnCount; ++i) {
        values << ImportValues::stripFormulaGuard(cells.at(i)).trimmed();
    }
    auto problem = [&](qsizetype column, const QString &target, const QString &reason, const QString &value) {
        record.problems << ImportProblem{row.fileRow,
            int(column),
            m_headers.value(column, tr("Column %1").arg(column + 1)),
            fieldKey(target, c.kind),
            reason,
            value.left(200)};
    };
    auto fits = [&](qsizetype column, const QString &target, const QString &value, int limit) {
        if (value.size() <= limit) {
            return true;
        }
        problem(column, target, tr("The text is longer than %1 characters.").arg(limit), value);
        return false;
    };

    // Which kind of record the row is and the labels of grouped values come first: other cells depend on them.
    QHash<QString, QStringList> labelCells; // "email|2" -> labels (several when the values cell has several)
    for (qsizetype i = 0; i < columnCount; ++i) {
        const ColumnMapping &m = m_mapping.columns.at(i);
        const QString &text = values.at(i);
        if (text.isEmpty()) {
            continue;
        }
        if (m.target == u"kind"_s) {
            ContactKind kind;
            if (ImportValues::parseKind(text, &kind)) {
                c.kind = kind;
            } else {
                problem(i, m.target, tr("\"%1\" is neither a person nor a company.").arg(text), text);
            }
        } else if (m.target.endsWith(u"_label"_s)) {
            const QString key = u"%1|%2"_s.arg(m.target.chopped(6)).arg(m.group);
            if (!labelCells.contains(key)) {
                QStringList labels;
                for (const QString &l : text.split(u" ::: "_s)) {
                    labels << ImportValues::labelKey(l);
                }
                labelCells.insert(key, labels);
            }
        }
    }
    auto labelFor = [&](const QString &base, const ColumnMapping &m, qsizetype index) {
        const QStringList labels = labelCells.value(u"%1|%2"_s.arg(base).arg(m.group));
        return labels.isEmpty() ? m.label : labels.value(index, labels.last());
    };

    const bool company = c.kind == ContactKind::Company;
    bool hasValue = false;
    QString nameCell;
    QString companyCell;
    QStringList fullNames;
    QStringList descriptions;
    QStringList notes;
    qsizetype descriptionColumn = -1;
    QStringList addressOrder;
    QHash<QString, AddressDraft> addresses;

    for (qsizetype i = 0; i < columnCount; ++i) {
        const ColumnMapping &m = m_mapping.columns.at(i);
        const QString &t = m.target;
        const QString &text = values.at(i);
        if (m.isIgnored() || text.isEmpty() || t == u"kind"_s || t.endsWith(u"_label"_s)) {
            continue;
        }
        if (company && personOnly(t)) {
            continue;
        }
        if (t == u"birthday"_s) {
            // Outlook writes "0.0.00" into every row without a birthday: no value of the row.
            Birthday none;
            const auto outcome = ImportDates::parse(text, m_options.dateOrder, ImportDates::birthdayPivot(), &none);
            if (outcome == ImportDates::Outcome::Ok && none.isNull()) {
                continue;
            }
        }
        hasValue = true;
        if (t == u"full_name"_s) {
            if (fits(i, t, text, ContactLimits::TextChars)) {
                fullNames << text;
            }
        } else if (t == u"name"_s) {
            if (nameCell.isEmpty() && fits(i, t, text, ContactLimits::TextChars)) {
                nameCell = text.simplified();
            }
        } else if (t == u"company"_s) {
            if (companyCell.isEmpty() && fits(i, t, text, ContactLimits::TextChars)) {
                companyCell = text.simplified();
            }
        } else if (t == u"salutation"_s || t == u"title"_s) {
            if (!fits(i, t, text, ContactLimits::NameChars)) {
                continue;
            }
            QString salutation;
            QString title;
            // "Herr Dr." in one cell (German Outlook's "Anrede" holds both) fills both fields.
            if (!PersonNames::splitPrefix(text, &salutation, &title)) {
                (t == u"title"_s ? title : salutation) = text;
            }
            if (c.salutation.isEmpty()) {
                c.salutation = salutation;
            }
            if (c.title.isEmpty()) {
                c.title = title;
            }
        } else if (t == u"first_name"_s || t == u"middle_name"_s || t == u"last_name"_s || t == u"job_title"_s
            || t == u"department"_s || t == u"source"_s || t == u"contact_type"_s) {
            QString *field = t == u"first_name"_s ? &c.firstName
                : t == u"middle_name"_s           ? &c.middleName
                : t == u"last_name"_s             ? &c.lastName
                : t == u"job_title"_s             ? &c.jobTitle
                : t == u"department"_s            ? &c.department
                : t == u"source"_s                ? &c.source
                                                  : &c.contactType;
            if (field->isEmpty() && fits(i, t, text, ContactLimits::NameChars)) {
                *field = text.simplified();
            }
        } else if (t == u"email"_s) {
            const QStringList parts = splitMultiValue(text, true);
            for (qsizetype k = 0; k < parts.size(); ++k) {
                const QString address = bareEmail(parts.at(k));
                if (!fits(i, t, address, ContactLimits::EmailChars)) {
                    continue;
                }
                // Reported here to name the column; ContactValidator would only name the field.
                if (const QString why = EmailValidator::problem(address); !why.isEmpty()) {
                    problem(i, t, tr("E-mail \"%1\": %2").arg(address, why), address);
                    continue;
                }
                c.emails << EmailAddress{address, labelFor(u"email"_s, m, k), false};
            }
        } else if (t == u"phone"_s) {
            // Kept raw: ContactValidator normalises them with the import's region.
            const QStringList parts = splitMultiValue(text, false);
            for (qsizetype k = 0; k < parts.size(); ++k) {
                c.phones << PhoneNumber{parts.at(k), {}, labelFor(u"phone"_s, m, k), false};
            }
        } else if (isAddressPart(t)) {
            const QString key = m.group > 0 ? u"g%1"_s.arg(m.group) : u"l"_s + m.label;
            if (!addresses.contains(key)) {
                addressOrder << key;
                addresses.insert(key, AddressDraft{{}, {}, labelFor(u"address"_s, m, 0)});
            }
            AddressDraft &draft = addresses[key];
            const QString value = text.simplified();
            if (t == u"address"_s) {
                draft.oneCell = ImportValues::parseAddress(text);
            } else if (!fits(i, t, value, ContactLimits::TextChars)) {
                continue;
            } else if (t == u"street"_s) {
                draft.parts.street = joinStreet(draft.parts.street, value);
            } else if (t == u"postal_code"_s && draft.parts.postalCode.isEmpty()) {
                draft.parts.postalCode = value;
            } else if (t == u"city"_s && draft.parts.city.isEmpty()) {
                draft.parts.city = value;
            } else if (t == u"region"_s && draft.parts.region.isEmpty()) {
                draft.parts.region = value;
            } else if (t == u"country"_s && draft.parts.country.isEmpty()) {
                draft.parts.country = ImportValues::countryCode(value);
                if (draft.parts.country.isEmpty()) {
                    problem(i,
                        t,
                        tr("\"%1\" is not a country Kontor knows; use a two-letter code such as DE.").arg(value),
                        value);
                }
            }
        } else if (t == u"birthday"_s) {
            Birthday birthday;
            const auto outcome = ImportDates::parse(text, m_options.dateOrder, ImportDates::birthdayPivot(), &birthday);
            if (outcome == ImportDates::Outcome::NotADate) {
                problem(i, t, tr("\"%1\" is not a date.").arg(text), text);
            } else if (outcome == ImportDates::Outcome::NotInCalendar) {
                problem(i, t, tr("\"%1\" is not a date in the calendar.").arg(text), text);
            } else if (c.birthday.isNull()) {
                c.birthday = birthday;
            }
        } else if (t == u"website"_s) {
            if (c.website.isEmpty() && fits(i, t, text, ContactLimits::TextChars)) {
                c.website = text;
            }
        } else if (t.startsWith(u"social."_s)) {
            const QString network = t.mid(7);
            if (!c.socialProfiles.contains(network) && fits(i, t, text, ContactLimits::TextChars)) {
                c.socialProfiles.insert(network, text);
            }
        } else if (t == u"lead"_s) {
            bool lead = false;
            // HubSpot's "Lead Status" ("New", "Open", "In Progress") is set on leads only.
            c.lead = ImportValues::parseYesNo(text, &lead) ? lead : true;
        } else if (t == u"tags"_s) {
            for (QString tag : splitMultiValue(text, true)) {
                if (isGoogleSystemGroup(tag)) {
                    continue;
                }
                if (tag.startsWith(u"* "_s)) {
                    tag = tag.mid(2).trimmed();
                }
                if (fits(i, t, tag, ContactLimits::TagChars)) {
                    c.tags << tag;
                }
            }
        } else if (t == u"owner"_s) {
            if (record.ownerName.isEmpty()) {
                record.ownerName = text;
            }
        } else if (t == u"followers"_s) {
            record.followerNames << splitMultiValue(text, true);
        } else if (t == u"dnd"_s) {
            DndChannels dnd;
            if (ImportValues::parseDnd(text, &dnd)) {
                c.dnd |= dnd;
            } else {
                problem(i,
                    t,
                    tr("\"%1\" is not a list of channels (e-mail, SMS, calls, WhatsApp or all).").arg(text),
                    text);
            }
        } else if (t == u"description"_s || t == u"note"_s) {
            // Spreadsheets and Outlook write Windows line breaks inside cells.
            QString paragraph = text;
            paragraph.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
            (t == u"note"_s ? notes : descriptions) << paragraph;
            descriptionColumn = descriptionColumn < 0 ? i : descriptionColumn;
        } else if (t.startsWith(u"custom."_s)) {
            convertCustom(m_headers, m_options, i, m, text, record);
        }
    }

    if (!hasValue) {
        // Nothing to import: skipped silently, whatever the kind or label cells said.
        record.problems.clear();
        record.isEmpty = true;
        return record;
    }

    const QString description = (descriptions + notes).join(u"\n\n"_s);
    if (fits(descriptionColumn, u"description"_s, description, ContactLimits::DescriptionChars)) {
        c.description = description;
    }
    for (const QString &key : std::as_const(addressOrder)) {
        const AddressDraft &draft = addresses.value(key);
        PostalAddress a = draft.parts;
        // A formatted address cell ("Address 1 - Formatted") fills only what the part columns left empty.
        for (auto [part, whole] : {std::pair{&a.street, &draft.oneCell.street},
                 {&a.postalCode, &draft.oneCell.postalCode},
                 {&a.city, &draft.oneCell.city},
                 {&a.region, &draft.oneCell.region},
                 {&a.country, &draft.oneCell.country}}) {
            if (part->isEmpty()) {
                *part = *whole;
            }
        }
        a.label = draft.label;
        if (!a.isEmpty()) {
            c.addresses << a;
        }
    }

    if (c.kind == ContactKind::Company) {
        c.displayName = !nameCell.isEmpty() ? nameCell : !companyCell.isEmpty() ? companyCell : fullNames.value(0);
        c.displayNameManual = true;
        return record;
    }
    record.companyName = companyCell;
    Contact split;
    for (const QString &fullName : std::as_const(fullNames)) {
        PersonNames::split(fullName, split);
    }
    if (!nameCell.isEmpty() && c.firstName.isEmpty() && c.lastName.isEmpty() && fullNames.isEmpty()) {
        PersonNames::split(nameCell, split);
    }
    // Columns of their own win over parts of a full name.
    for (auto [field, part] : {std::pair{&c.salutation, &split.salutation},
             {&c.title, &split.title},
             {&c.firstName, &split.firstName},
             {&c.middleName, &split.middleName},
             {&c.lastName, &split.lastName}}) {
        if (field->isEmpty()) {
            *field = *part;
        }
    }
    // Kontor's export writes the display name next to the parts; only one set by hand differs from them.
    if (!nameCell.isEmpty() && nameCell != ContactValidator::generatedDisplayName(c)) {
        c.displayName = nameCell;
        c.displayNameManual = true;
    }
    return record;
}

} // namespace Kontor
