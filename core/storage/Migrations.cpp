#include "Migrations.h"

#include "Database.h"
#include "SearchIndex.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUuid>

#include <functional>
#include <vector>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)
};

Result<void> run(Database &db, const QStringList &statements)
{
    for (const auto &sql : statements) {
        if (auto ok = db.exec(sql); !ok) {
            return ok;
        }
    }
    return {};
}

// 1: contacts with their parts, users and teams, custom fields.
Result<void> createCoreTables(Database &db)
{
    return run(db,
        {
            u"CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"_s,
            u"CREATE TABLE teams(id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, name TEXT NOT NULL)"_s,
            u"CREATE TABLE users(id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
            " email TEXT NOT NULL DEFAULT '', team_id INTEGER NOT NULL REFERENCES teams(id),"
            " is_local INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL)"_s,
            u"CREATE TABLE contact_types(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, position INTEGER NOT NULL)"_s,
            u"INSERT INTO contact_types(name, position) VALUES ('Lead', 0), ('Customer', 1), ('Partner', 2),"
            " ('Supplier', 3), ('Other', 4)"_s,
            u"CREATE TABLE contacts("
            " id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, kind INTEGER NOT NULL CHECK (kind IN (0, 1)),"
            " salutation TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '',"
            " first_name TEXT NOT NULL DEFAULT '', middle_name TEXT NOT NULL DEFAULT '',"
            " last_name TEXT NOT NULL DEFAULT '', display_name TEXT NOT NULL,"
            " display_name_manual INTEGER NOT NULL DEFAULT 0,"
            " job_title TEXT NOT NULL DEFAULT '', department TEXT NOT NULL DEFAULT '',"
            " company_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,"
            " birthday_year INTEGER, birthday_month INTEGER, birthday_day INTEGER,"
            " website TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT '',"
            " contact_type TEXT NOT NULL DEFAULT '', is_lead INTEGER NOT NULL DEFAULT 0,"
            " owner_id INTEGER REFERENCES users(id), team_id INTEGER NOT NULL REFERENCES teams(id),"
            " dnd INTEGER NOT NULL DEFAULT 0, description TEXT NOT NULL DEFAULT '',"
            " sort_key TEXT NOT NULL,"
            " created_at INTEGER NOT NULL, created_by INTEGER, updated_at INTEGER NOT NULL, updated_by INTEGER,"
            " deleted_at INTEGER, deleted_by INTEGER)"_s,
            // The list views walk these in order (FIELD-NOTES.md: keyset paging, stored German sort key).
            u"CREATE INDEX contacts_alive_sort ON contacts(sort_key, id) WHERE deleted_at IS NULL"_s,
            u"CREATE INDEX contacts_alive_kind_sort ON contacts(kind, sort_key, id) WHERE deleted_at IS NULL"_s,
            u"CREATE INDEX contacts_trash ON contacts(deleted_at) WHERE deleted_at IS NOT NULL"_s,
            u"CREATE INDEX contacts_company ON contacts(company_id) WHERE company_id IS NOT NULL"_s,
            u"CREATE INDEX contacts_created ON contacts(created_at)"_s,
            u"CREATE TABLE contact_photos(contact_id INTEGER PRIMARY KEY REFERENCES contacts(id) ON DELETE CASCADE,"
            " data BLOB NOT NULL)"_s,
            u"CREATE TABLE contact_emails(id INTEGER PRIMARY KEY,"
            " contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE, position INTEGER NOT NULL,"
            " value TEXT NOT NULL, value_folded TEXT NOT NULL, label TEXT NOT NULL DEFAULT '',"
            " is_primary INTEGER NOT NULL DEFAULT 0)"_s,
            u"CREATE INDEX contact_emails_contact ON contact_emails(contact_id)"_s,
            u"CREATE INDEX contact_emails_value ON contact_emails(value_folded)"_s,
            u"CREATE TABLE contact_phones(id INTEGER PRIMARY KEY,"
            " contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE, position INTEGER NOT NULL,"
            " raw TEXT NOT NULL, e164 TEXT NOT NULL DEFAULT '', label TEXT NOT NULL DEFAULT '',"
            " is_primary INTEGER NOT NULL DEFAULT 0)"_s,
            u"CREATE INDEX contact_phones_contact ON contact_phones(contact_id)"_s,
            u"CREATE INDEX contact_phones_e164 ON contact_phones(e164) WHERE e164 <> ''"_s,
            u"CREATE TABLE contact_addresses(id INTEGER PRIMARY KEY,"
            " contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE, position INTEGER NOT NULL,"
            " street TEXT NOT NULL DEFAULT '', postal_code TEXT NOT NULL DEFAULT '', city TEXT NOT NULL DEFAULT '',"
            " region TEXT NOT NULL DEFAULT '', country TEXT NOT NULL DEFAULT '', label TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE INDEX contact_addresses_contact ON contact_addresses(contact_id)"_s,
            u"CREATE TABLE contact_social(contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,"
            " network TEXT NOT NULL, handle TEXT NOT NULL, PRIMARY KEY(contact_id, network)) WITHOUT ROWID"_s,
            u"CREATE TABLE contact_tags(contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,"
            " tag TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0, PRIMARY KEY(contact_id, tag)) WITHOUT ROWID"_s,
            u"CREATE INDEX contact_tags_tag ON contact_tags(tag, contact_id)"_s,
            u"CREATE TABLE contact_followers(contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,"
            " user_id INTEGER NOT NULL REFERENCES users(id), PRIMARY KEY(contact_id, user_id)) WITHOUT ROWID"_s,
            u"CREATE TABLE custom_field_folders(id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
            " name TEXT NOT NULL, position INTEGER NOT NULL)"_s,
            u"CREATE TABLE custom_field_defs(id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
            " folder_id INTEGER REFERENCES custom_field_folders(id) ON DELETE SET NULL,"
            " name TEXT NOT NULL UNIQUE COLLATE NOCASE, type TEXT NOT NULL, options TEXT NOT NULL DEFAULT '[]',"
            " position INTEGER NOT NULL, created_at INTEGER NOT NULL)"_s,
            // value_num holds number, money, checkbox and date (as yyyymmdd) for range filters and sorting.
            u"CREATE TABLE custom_field_values(contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,"
            " field_id INTEGER NOT NULL REFERENCES custom_field_defs(id) ON DELETE CASCADE,"
            " value TEXT NOT NULL, value_num REAL, PRIMARY KEY(contact_id, field_id)) WITHOUT ROWID"_s,
            u"CREATE INDEX custom_field_values_field ON custom_field_values(field_id, value)"_s,
        });
}

// 2: the audit log (who changed what, for people) and the change log (what to ship to other replicas).
Result<void> createLogs(Database &db)
{
    return run(db,
        {
            u"CREATE TABLE audit_log(id INTEGER PRIMARY KEY, at INTEGER NOT NULL, user_id INTEGER,"
            " origin TEXT NOT NULL, entity TEXT NOT NULL, record_id INTEGER NOT NULL, record_uuid TEXT NOT NULL,"
            " action TEXT NOT NULL, field TEXT NOT NULL DEFAULT '', old_value TEXT, new_value TEXT,"
            " batch_id INTEGER)"_s,
            u"CREATE INDEX audit_log_record ON audit_log(entity, record_id, id)"_s,
            u"CREATE INDEX audit_log_batch ON audit_log(batch_id) WHERE batch_id IS NOT NULL"_s,
            u"CREATE TABLE change_log(seq INTEGER PRIMARY KEY, hlc TEXT NOT NULL, device_id TEXT NOT NULL,"
            " entity TEXT NOT NULL, record_uuid TEXT NOT NULL, field TEXT NOT NULL, value TEXT,"
            " origin TEXT NOT NULL)"_s,
            u"CREATE INDEX change_log_record ON change_log(record_uuid, field, hlc)"_s,
        });
}

// 3: full-text search over names, company, e-mails, phones, city and tags, with German folding done in C++.
Result<void> createSearchIndex(Database &db)
{
    if (auto ok = db.exec(u"CREATE VIRTUAL TABLE contact_search USING fts5(doc,"
                          " tokenize = \"unicode61 remove_diacritics 2\", prefix = '2 3')"_s);
        !ok) {
        return ok;
    }
    return SearchIndex::rebuildAll(db);
}

// 4: the contacts workspace - notes, smart lists (saved filters with their columns, shared with users) and
// the last-activity time lists show and sort by.
Result<void> createWorkspaceTables(Database &db)
{
    return run(db,
        {
            u"ALTER TABLE contacts ADD COLUMN last_activity_at INTEGER"_s,
            u"UPDATE contacts SET last_activity_at = updated_at"_s,
            u"CREATE INDEX contacts_alive_activity ON contacts(last_activity_at) WHERE deleted_at IS NULL"_s,
            u"CREATE INDEX contacts_owner ON contacts(owner_id) WHERE owner_id IS NOT NULL"_s,
            u"CREATE TABLE notes(id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
            " contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE, body TEXT NOT NULL,"
            " created_at INTEGER NOT NULL, created_by INTEGER REFERENCES users(id),"
            " updated_at INTEGER NOT NULL, updated_by INTEGER REFERENCES users(id))"_s,
            u"CREATE INDEX notes_contact ON notes(contact_id, created_at)"_s,
            // kind: 0 persons, 1 companies. builtin: '' for a user's list, else the key of a default list
            // ("all", "mine", "leads", "birthdays", "recent"). columns: JSON [{"key", "width"}] in display order.
            // sort: "field" or "-field" (descending).
            u"CREATE TABLE smart_lists(id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
            " kind INTEGER NOT NULL DEFAULT 0, name TEXT NOT NULL, filter TEXT NOT NULL DEFAULT '',"
            " columns TEXT NOT NULL DEFAULT '[]', sort TEXT NOT NULL DEFAULT '',"
            " owner_id INTEGER NOT NULL REFERENCES users(id), position INTEGER NOT NULL,"
            " builtin TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)"_s,
            u"CREATE INDEX smart_lists_owner ON smart_lists(owner_id, kind, position)"_s,
            u"CREATE TABLE smart_list_shares(list_id INTEGER NOT NULL REFERENCES smart_lists(id) ON DELETE CASCADE,"
            " user_id INTEGER NOT NULL REFERENCES users(id), PRIMARY KEY(list_id, user_id)) WITHOUT ROWID"_s,
        });
}

// 5: jobs - every import, export and bulk action, with one item per contact it touched (what it created, the
// fields before and after an update, why a row was skipped or failed) so that it can be undone, resumed and
// explained; and the column mappings users adjusted, remembered per file header.
Result<void> createJobTables(Database &db)
{
    return run(db,
        {
            // status: queued, running, done, failed, cancelled, interrupted, undone. params: JSON of the options.
            u"CREATE TABLE jobs(id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, type TEXT NOT NULL,"
            " name TEXT NOT NULL DEFAULT '', user_id INTEGER REFERENCES users(id), created_at INTEGER NOT NULL,"
            " started_at INTEGER, finished_at INTEGER, status TEXT NOT NULL, params TEXT NOT NULL DEFAULT '{}',"
            " total INTEGER NOT NULL DEFAULT 0, processed INTEGER NOT NULL DEFAULT 0,"
            " succeeded INTEGER NOT NULL DEFAULT 0, skipped INTEGER NOT NULL DEFAULT 0,"
            " failed INTEGER NOT NULL DEFAULT 0, chunks_done INTEGER NOT NULL DEFAULT 0,"
            " error TEXT NOT NULL DEFAULT '', undone_at INTEGER)"_s,
            u"CREATE INDEX jobs_created ON jobs(created_at)"_s,
            // outcome: created, updated, skipped, failed, unchanged, exported. before/after: ContactFields
            // snapshots (Sync purpose) of the fields the job changed. data: the source row's cells (JSON array)
            // for failed rows, so they can be saved with their reason after a restart. undone: how an undo
            // handled the item (0 not yet, 1 removed, 2 reverted, 3 left alone), committed with each undo chunk
            // so that a cancelled or crashed undo continues where it stopped; undo_kept: JSON array of
            // {column, reason} for the fields the undo left alone.
            u"CREATE TABLE job_items(job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,"
            " seq INTEGER NOT NULL, contact_id INTEGER, source_row INTEGER NOT NULL DEFAULT 0,"
            " outcome TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '', column_name TEXT NOT NULL DEFAULT '',"
            " before TEXT, after TEXT, data TEXT, undone INTEGER NOT NULL DEFAULT 0, undo_kept TEXT,"
            " PRIMARY KEY(job_id, seq)) WITHOUT ROWID"_s,
            u"CREATE INDEX job_items_contact ON job_items(contact_id) WHERE contact_id IS NOT NULL"_s,
            // header_key: the folded, sorted column names of a file (ImportMapping::headerKey).
            u"CREATE TABLE import_mappings(header_key TEXT PRIMARY KEY, kind INTEGER NOT NULL DEFAULT 0,"
            " mapping TEXT NOT NULL, updated_at INTEGER NOT NULL) WITHOUT ROWID"_s,
        });
}

// 6: bulk actions - the contacts each bulk job works on, fixed when it is created (so that a job resumed after
// a crash continues on exactly its own contacts, chunk by chunk in seq order), and the last verification of
// each e-mail address.
Result<void> createBulkTables(Database &db)
{
    return run(db,
        {
            u"CREATE TABLE job_targets(job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,"
            " seq INTEGER NOT NULL, contact_id INTEGER NOT NULL, PRIMARY KEY(job_id, seq)) WITHOUT ROWID"_s,
            // email: contact_emails.value_folded. status: valid, invalid, unknown.
            u"CREATE TABLE email_checks(email TEXT PRIMARY KEY, status TEXT NOT NULL,"
            " reason TEXT NOT NULL DEFAULT '', checked_at INTEGER NOT NULL) WITHOUT ROWID"_s,
            u"CREATE INDEX email_checks_status ON email_checks(status)"_s,
        });
}

// 7: what happens around a contact - tasks (with recurrence and reminder), calendars and appointments with
// attendees, documents (content-addressed files, see DocumentStore), manual payment records, and which
// reminders a user has already been shown. Tasks, appointments, documents and payments leave the views with
// their contact's trash (joins on contacts.deleted_at) and go with its purge (ON DELETE CASCADE).
Result<void> createActivityTables(Database &db)
{
    return run(db,
        {
            // due_at: UTC ms or NULL (no due date). time_zone: the IANA zone the due time and its recurrence
            // keep their wall-clock time in. recurrence: Recurrence::toText(), '' = once. remind_minutes: the
            // reminder's lead time, NULL = no reminder. series_uuid: the first task of a recurring series.
            u"CREATE TABLE tasks(id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
            " contact_id INTEGER REFERENCES contacts(id) ON DELETE CASCADE, title TEXT NOT NULL,"
            " description TEXT NOT NULL DEFAULT '', due_at INTEGER, time_zone TEXT NOT NULL DEFAULT '',"
            " recurrence TEXT NOT NULL DEFAULT '', remind_minutes INTEGER,"
            " assignee_id INTEGER REFERENCES users(id), status TEXT NOT NULL DEFAULT 'open'"
            " CHECK (status IN ('open', 'done')), done_at INTEGER, done_by INTEGER REFERENCES users(id),"
            " series_uuid TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL,"
            " created_by INTEGER REFERENCES users(id), updated_at INTEGER NOT NULL,"
            " updated_by INTEGER REFERENCES users(id))"_s,
            u"CREATE INDEX tasks_contact ON tasks(contact_id, due_at)"_s,
            u"CREATE INDEX tasks_status_due ON tasks(status, due_at)"_s,
            u"CREATE INDEX tasks_assignee ON tasks(assignee_id, status, due_at)"_s,
            // The reminders' fire time (ReminderRepository queries this exact expression); status first, as the
            // planner otherwise prefers tasks_status_due and reads every open task.
            u"CREATE INDEX tasks_remind_at ON tasks(status, (due_at - remind_minutes * 60000))"_s,
            // builtin: 'default' for the calendar that exists from the start (shown translated), else ''.
            u"CREATE TABLE calendars(id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
            " color TEXT NOT NULL DEFAULT '', default_location TEXT NOT NULL DEFAULT '',"
            " position INTEGER NOT NULL, builtin TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL)"_s,
            u"INSERT INTO calendars(uuid, name, color, position, builtin, created_at)"
            " VALUES ('%1', 'Appointments', '#3b82f6', 0, 'default', 0)"_s.arg(
                QUuid::createUuid().toString(QUuid::WithoutBraces)),
            // start_at/end_at: UTC ms; an all-day appointment runs from local midnight of its first day to
            // local midnight after its last day in time_zone. ical_uid: the UID in .ics files (kept from an
            // imported invitation, so that an update of it replaces the appointment).
            u"CREATE TABLE appointments(id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
            " contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,"
            " calendar_id INTEGER NOT NULL REFERENCES calendars(id), title TEXT NOT NULL,"
            " start_at INTEGER NOT NULL, end_at INTEGER NOT NULL, all_day INTEGER NOT NULL DEFAULT 0,"
            " time_zone TEXT NOT NULL DEFAULT '', location TEXT NOT NULL DEFAULT '',"
            " notes TEXT NOT NULL DEFAULT '', ical_uid TEXT NOT NULL, organizer TEXT NOT NULL DEFAULT '',"
            " created_at INTEGER NOT NULL, created_by INTEGER REFERENCES users(id),"
            " updated_at INTEGER NOT NULL, updated_by INTEGER REFERENCES users(id))"_s,
            u"CREATE INDEX appointments_contact ON appointments(contact_id, start_at)"_s,
            u"CREATE INDEX appointments_start ON appointments(start_at)"_s,
            u"CREATE INDEX appointments_uid ON appointments(ical_uid)"_s,
            // One row per attendee: a user, a contact, or only a name/e-mail from an invitation.
            u"CREATE TABLE appointment_attendees("
            " appointment_id INTEGER NOT NULL REFERENCES appointments(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL, user_id INTEGER REFERENCES users(id),"
            " contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL, name TEXT NOT NULL DEFAULT '',"
            " email TEXT NOT NULL DEFAULT '', PRIMARY KEY(appointment_id, position)) WITHOUT ROWID"_s,
            // sha256: the content's hex digest, the file's name in the store; the same content is stored once.
            // name_folded: TextFolding of the name, for search. deleted_at: the document's own trash.
            u"CREATE TABLE documents(id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
            " contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE, name TEXT NOT NULL,"
            " name_folded TEXT NOT NULL, category TEXT NOT NULL CHECK (category IN ('internal', 'sent', 'received')),"
            " size INTEGER NOT NULL, mime_type TEXT NOT NULL DEFAULT '', sha256 TEXT NOT NULL,"
            " created_at INTEGER NOT NULL, created_by INTEGER REFERENCES users(id),"
            " deleted_at INTEGER, deleted_by INTEGER REFERENCES users(id))"_s,
            u"CREATE INDEX documents_contact ON documents(contact_id, created_at)"_s,
            u"CREATE INDEX documents_sha ON documents(sha256)"_s,
            // kind: transaction, invoice, subscription. amount_minor: hundredths of the currency unit.
            // Dates are ISO 'YYYY-MM-DD': date = transaction date, invoice date or subscription start.
            u"CREATE TABLE payments(id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
            " contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,"
            " kind TEXT NOT NULL CHECK (kind IN ('transaction', 'invoice', 'subscription')),"
            " amount_minor INTEGER NOT NULL, currency TEXT NOT NULL, date TEXT NOT NULL,"
            " due_date TEXT NOT NULL DEFAULT '', next_date TEXT NOT NULL DEFAULT '',"
            " method TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT '', number TEXT NOT NULL DEFAULT '',"
            " interval TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '',"
            " created_at INTEGER NOT NULL, created_by INTEGER REFERENCES users(id),"
            " updated_at INTEGER NOT NULL, updated_by INTEGER REFERENCES users(id))"_s,
            u"CREATE INDEX payments_contact ON payments(contact_id, kind, date)"_s,
            // key: Reminder::key (kind, record and occurrence), so each occurrence is shown once per user.
            u"CREATE TABLE reminders_delivered(user_id INTEGER NOT NULL REFERENCES users(id),"
            " reminder_key TEXT NOT NULL, fire_at INTEGER NOT NULL, delivered_at INTEGER NOT NULL,"
            " PRIMARY KEY(user_id, reminder_key)) WITHOUT ROWID"_s,
            u"CREATE INDEX contacts_birthday ON contacts(birthday_month, birthday_day)"
            " WHERE birthday_month IS NOT NULL AND deleted_at IS NULL"_s,
        });
}

struct Step
{
    int version;
    std::function<Result<void>(Database &)> apply;
};

const std::vector<Step> &steps()
{
    static const std::vector<Step> s_steps = {
        {1, createCoreTables},
        {2, createLogs},
        {3, createSearchIndex},
        {4, createWorkspaceTables},
        {5, createJobTables},
        {6, createBulkTables},
        {7, createActivityTables},
    };
    return s_steps;
}
} // namespace

int Migrations::latestVersion()
{
    return steps().back().version;
}

Result<void> Migrations::migrate(Database &db, int target)
{
    if (target < 0) {
        target = latestVersion();
    }
    const int current = db.schemaVersion();
    if (current > latestVersion()) {
        return makeError(Error::Code::Unsupported,
            Tr::tr("The database was written by a newer version of Kontor (schema %1; this version knows up to %2).")
                .arg(current)
                .arg(latestVersion()));
    }
    for (const auto &step : steps()) {
        if (step.version <= current || step.version > target) {
            continue;
        }
        if (auto ok = db.exec(u"BEGIN IMMEDIATE"_s); !ok) {
            return ok;
        }
        auto applied = step.apply(db);
        if (applied) {
            applied = db.exec(u"PRAGMA user_version = %1"_s.arg(step.version));
        }
        if (applied) {
            applied = db.exec(u"COMMIT"_s);
        }
        if (!applied) {
            (void)db.exec(u"ROLLBACK"_s);
            Error e = applied.error();
            e.message = Tr::tr("The database could not be upgraded to schema version %1.").arg(step.version);
            return e;
        }
    }
    return {};
}

} // namespace Kontor
