#include "CliHelp.h"

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

QString CliHelp::general()
{
    return tr("Usage: kontor-cli [global options] COMMAND [options]\n"
              "\n"
              "Commands:\n"
              "  contacts add        create a person or a company\n"
              "  contacts list       list contacts, optionally filtered by a search\n"
              "  contacts show ID    show one contact (ID is the number or the UUID)\n"
              "  contacts edit ID    change fields of a contact\n"
              "  contacts delete ID… move contacts to the trash\n"
              "  companies list      list companies with their number of persons\n"
              "  companies add NAME  create a company\n"
              "  companies show C    show a company (name, number or UUID) and its persons\n"
              "  companies assign C ID…  link persons to a company\n"
              "  companies unassign ID…  unlink persons from their company\n"
              "  notes add ID TEXT   add a note to a contact\n"
              "  notes list ID       show a contact's notes, newest first\n"
              "  notes edit N TEXT   change the text of note N\n"
              "  notes delete N      delete note N\n"
              "  tasks add|list|done|reopen|remove  to-dos with due time, recurrence and reminder\n"
              "  appointments add|list  appointments with contacts\n"
              "  appointments export-ics|import-ics  write or read .ics calendar files\n"
              "  documents add|list|remove|restore|get  files attached to contacts\n"
              "  payments add|list|remove  transactions, invoices and subscriptions with totals\n"
              "  reminders due --at TIME  the task and birthday reminders of that minute\n"
              "  lists list          list the smart lists (saved filters)\n"
              "  lists create        save a filter as a smart list\n"
              "  lists show NAME     show a list's filter, columns, sort and number of contacts\n"
              "  lists edit|rename|copy|delete|share NAME  change, copy, remove or share a list\n"
              "  trash list          list the trash\n"
              "  trash restore ID…   bring contacts back from the trash\n"
              "  trash purge         delete what has been in the trash for more than 60 days\n"
              "  import FILE         import contacts from CSV, Excel or vCard as one batch\n"
              "  import list         list the imports (batches)\n"
              "  import undo BATCH   undo an import: remove what it created, revert what it updated\n"
              "  export -o FILE      export contacts as CSV, Excel, vCard or JSON\n"
              "  bulk SELECTION ACTION  change many contacts at once as one job (tags, owner, delete, …)\n"
              "  jobs list           list the jobs: imports, exports and bulk actions\n"
              "  jobs show JOB       show a job with its statistics (--items: skipped and failed contacts)\n"
              "  jobs undo JOB       revert what a job changed; fields changed since are left alone\n"
              "  jobs resume JOB     continue an interrupted or cancelled bulk action\n"
              "  demo --contacts N   fill the database with N sample contacts\n"
              "\n"
              "Global options:\n"
              "  --db FILE           the database (default: the one the desktop app uses)\n"
              "  --lang de|en        the language of messages (default: from the settings)\n"
              "  --region CC         the region of phone numbers without a country code, e.g. DE\n"
              "  --help              this text; after a command, the command's help\n"
              "  --version           the version\n"
              "\n"
              "Exit codes: 0 success, 1 usage error, 2 invalid input (nothing was written),\n"
              "3 not found, 4 storage or file error.\n"
              "Run \"kontor-cli COMMAND --help\" for the options of a command.\n");
}

QString CliHelp::command(const QString &name)
{
    if (name == u"contacts add"_s || name == u"contacts edit"_s) {
        QString text = name == u"contacts add"_s
            ? tr("Usage: kontor-cli contacts add --first-name NAME [options]\n"
                 "       kontor-cli contacts add --kind company --name NAME [options]\n")
            : tr("Usage: kontor-cli contacts edit ID [options]\n"
                 "Options apply from left to right. --email, --phone and --tag replace the list;\n"
                 "  --add-email, --add-phone, --add-tag add to it;\n"
                 "  --remove-email, --remove-phone, --remove-tag remove one entry.\n");
        return text
            + tr("\n"
                 "  --kind person|company     --first-name, --middle-name, --last-name TEXT\n"
                 "  --name TEXT (a company's name)    --display-name TEXT (fixed display name)\n"
                 "  --salutation, --title, --job-title, --department TEXT\n"
                 "  --company NAME            the company a person works for (created if new)\n"
                 "  --email ADDRESS (repeat)  --phone NUMBER (repeat)  --tag TAG (repeat)\n"
                 "  --birthday YYYY-MM-DD or --MM-DD\n"
                 "  --street, --postal-code, --city, --state TEXT, --country CC (first address)\n"
                 "  --website URL  --source TEXT  --type TEXT (contact type)  --description TEXT\n"
                 "  --lead / --no-lead        --dnd all,email,sms,calls,whatsapp|none\n"
                 "  --social NETWORK=HANDLE   --custom \"Field name=Value\" (repeat)\n"
                 "  --json                    print the saved contact as JSON\n"
                 "An empty value (\"\") clears a field.\n");
    }
    if (name == u"contacts list"_s) {
        return tr("Usage: kontor-cli contacts list [--search TEXT] [--list NAME] [--filter EXPR] [--sort FIELD]\n"
                  "                                  [--columns a,b] [--limit N] [--json]\n"
                  "Prints ID, name, company, e-mail and phone; --json prints an array of contacts.\n"
                  "  --list NAME     the contacts of a smart list, with its columns and sort\n"
                  "  --filter EXPR   only contacts matching the filter (docs/filters.md), e.g.\n"
                  "                  'city = \"Berlin\" and tags has \"Kunde\"'; ANDed with the list's filter\n"
                  "  --sort FIELD    sort by a field, \"-FIELD\" descending, e.g. -created, custom.Branche\n"
                  "  --columns a,b   print these fields (JSON: objects with id, number and these keys)\n");
    }
    if (name == u"contacts show"_s) {
        return tr("Usage: kontor-cli contacts show ID [--json]\n");
    }
    if (name == u"contacts delete"_s) {
        return tr("Usage: kontor-cli contacts delete ID [ID…]\nMoves the contacts to the trash.\n");
    }
    if (name == u"companies list"_s) {
        return tr("Usage: kontor-cli companies list [--search TEXT] [--json]\n"
                  "Prints ID, name, e-mail, phone, website, city, created and the number of persons.\n");
    }
    if (name == u"companies add"_s) {
        return tr("Usage: kontor-cli companies add NAME [--email E] [--phone P] [--website URL] [--city C] [--json]\n"
                  "Refuses a name that an existing company has already.\n");
    }
    if (name == u"companies show"_s) {
        return tr("Usage: kontor-cli companies show NAME|ID [--json]\n"
                  "Shows the company and the persons who work for it.\n");
    }
    if (name == u"companies assign"_s) {
        return tr("Usage: kontor-cli companies assign NAME|ID PERSON_ID [PERSON_ID…]\n"
                  "Links the persons to the company, replacing their previous company.\n");
    }
    if (name == u"companies unassign"_s) {
        return tr("Usage: kontor-cli companies unassign PERSON_ID [PERSON_ID…]\n");
    }
    if (name == u"notes add"_s) {
        return tr("Usage: kontor-cli notes add ID TEXT [--json]\n");
    }
    if (name == u"notes list"_s) {
        return tr("Usage: kontor-cli notes list ID [--json]\n");
    }
    if (name == u"notes edit"_s) {
        return tr("Usage: kontor-cli notes edit NOTE_ID TEXT\n");
    }
    if (name == u"notes delete"_s) {
        return tr("Usage: kontor-cli notes delete NOTE_ID\n");
    }
    if (name.startsWith(u"tasks "_s)) {
        return tr("Usage: kontor-cli tasks add --title TEXT [--contact ID] [--due \"YYYY-MM-DD HH:MM\"] [--tz ZONE]\n"
                  "                          [--repeat none|daily|weekly|monthly|yearly] [--every N]\n"
                  "                          [--weekdays mo,we,...] [--remind MINUTES|none]\n"
                  "                          [--assignee USER|me|none] [--description TEXT] [--json]\n"
                  "       kontor-cli tasks list [--contact ID] [--assignee USER|me|none]\n"
                  "                          [--status open|done|overdue|all] [--from YYYY-MM-DD] [--to YYYY-MM-DD]\n"
                  "                          [--search TEXT] [--tz ZONE] [--json]\n"
                  "       kontor-cli tasks done TASK_ID [--tz ZONE] [--json]\n"
                  "       kontor-cli tasks reopen TASK_ID [--json]\n"
                  "       kontor-cli tasks remove TASK_ID\n"
                  "Times are wall-clock times in --tz (default: the system's zone), e.g. Europe/Berlin.\n"
                  "\"tasks list\" shows open tasks by default, sorted by due time; \"!\" marks overdue ones.\n"
                  "Marking a recurring task done creates and prints its next occurrence.\n");
    }
    if (name.startsWith(u"appointments "_s)) {
        return tr("Usage: kontor-cli appointments add --contact ID --title TEXT --start \"YYYY-MM-DD HH:MM\"\n"
                  "                          [--end \"YYYY-MM-DD HH:MM\" | --duration MINUTES] [--tz ZONE]\n"
                  "                          [--calendar NAME] [--location TEXT] [--notes TEXT]\n"
                  "                          [--attendee USER]... [--json]\n"
                  "       kontor-cli appointments add ... --all-day --start YYYY-MM-DD [--end YYYY-MM-DD]\n"
                  "       kontor-cli appointments list [--contact ID] [--from YYYY-MM-DD] [--to YYYY-MM-DD]\n"
                  "                          [--tz ZONE] [--json]\n"
                  "       kontor-cli appointments export-ics (APPOINTMENT_ID... | --contact ID | --all)\n"
                  "                          --output FILE (\"-\": standard output)\n"
                  "       kontor-cli appointments import-ics --contact ID FILE [--json]\n"
                  "Without --end or --duration an appointment lasts 60 minutes. import-ics takes the events of an\n"
                  "invitation onto the contact; an event it has already (same UID) is updated.\n");
    }
    if (name.startsWith(u"documents "_s)) {
        return tr("Usage: kontor-cli documents add --contact ID FILE... [--category internal|sent|received]\n"
                  "                          [--name NAME] [--json]\n"
                  "       kontor-cli documents list [--contact ID] [--search TEXT] [--trashed] [--json]\n"
                  "       kontor-cli documents remove DOCUMENT_ID [--json]\n"
                  "       kontor-cli documents restore DOCUMENT_ID [--json]\n"
                  "       kontor-cli documents get DOCUMENT_ID --output FILE (\"-\": standard output)\n"
                  "The same content is stored once. Files over the size limit of the settings are refused.\n"
                  "remove moves a document to the trash; restore brings it back.\n");
    }
    if (name.startsWith(u"payments "_s)) {
        return tr("Usage: kontor-cli payments add --contact ID --kind transaction|invoice|subscription\n"
                  "                          --amount AMOUNT --date YYYY-MM-DD [--currency EUR]\n"
                  "                          [--due-date D] [--next-date D] [--method M] [--status S]\n"
                  "                          [--number N] [--interval I] [--notes TEXT] [--json]\n"
                  "       kontor-cli payments list [--contact ID] [--kind K] [--json]\n"
                  "       kontor-cli payments remove PAYMENT_ID\n"
                  "  transaction: --method bank_transfer|card|cash|direct_debit|paypal|other,\n"
                  "               --status pending|completed|failed|refunded\n"
                  "  invoice:     --number and --due-date required, --status open|paid\n"
                  "  subscription: --interval weekly|monthly|quarterly|yearly required, --next-date,\n"
                  "               --status active|paused|cancelled\n"
                  "Amounts as 1234.50 or 1.234,50. The list ends with the totals per kind and currency.\n");
    }
    if (name == u"reminders due"_s) {
        return tr("Usage: kontor-cli reminders due --at \"YYYY-MM-DD HH:MM\" [--tz ZONE] [--user USER|all]\n"
                  "                          [--birthday-days N] [--birthday-time HH:MM] [--json]\n"
                  "Prints the task and birthday reminders that would fire in that minute, for you (default),\n"
                  "another user or all. --birthday-days and --birthday-time override the settings.\n");
    }
    if (name.startsWith(u"lists "_s)) {
        return tr("Usage: kontor-cli lists list [--json]\n"
                  "       kontor-cli lists create --name NAME [--filter EXPR] [--columns a,b] [--sort FIELD] [--json]\n"
                  "       kontor-cli lists edit NAME [--filter EXPR] [--columns a,b] [--sort FIELD]\n"
                  "       kontor-cli lists rename NAME NEW_NAME\n"
                  "       kontor-cli lists copy NAME NEW_NAME\n"
                  "       kontor-cli lists delete NAME\n"
                  "       kontor-cli lists show NAME [--json]\n"
                  "       kontor-cli lists share NAME --users NAME,NAME (\"\" shares with nobody)\n"
                  "Filters use the filter language of docs/filters.md; fields are keys such as city, tags,\n"
                  "created, custom.Branche. Lists shared with you can be shown and copied, not changed.\n");
    }
    if (name == u"trash list"_s) {
        return tr("Usage: kontor-cli trash list [--json]\n");
    }
    if (name == u"trash restore"_s) {
        return tr("Usage: kontor-cli trash restore ID [ID…]\n");
    }
    if (name == u"trash purge"_s) {
        return tr("Usage: kontor-cli trash purge [--all]\n"
                  "Deletes for good what has been in the trash for more than 60 days; --all empties the trash.\n");
    }
    if (name == u"import"_s) {
        return tr("Usage: kontor-cli import FILE [options]\n"
                  "Imports persons (or companies) from CSV/TSV/text, XLSX, XLS or vCard as one batch.\n"
                  "By default nothing is written if any row is invalid (exit code 2).\n"
                  "  --format auto|csv|xlsx|xls|vcf  default: detected from the content\n"
                  "  --kind person|company     what the file holds (default person)\n"
                  "  --mapping FILE            column mapping as JSON: {\"Header\": \"target\", ...}\n"
                  "  --region CC               region of phone numbers without a country code\n"
                  "  --dry-run                 print the review (counts and every problem); write nothing\n"
                  "  --skip-invalid            import the valid rows and list the invalid ones\n"
                  "  --failed-rows FILE        with --skip-invalid: save the rows left out as CSV\n"
                  "  --on-duplicate skip|update|create  contacts matched by e-mail or phone (default skip)\n"
                  "  --tag TAG                 add a tag to every contact imported\n"
                  "  --owner USER              owner of the new contacts (default: you)\n"
                  "  --name TEXT               the batch's name (default \"Import of FILE\")\n"
                  "  --sheet N                 the sheet of a workbook, counted from 1\n"
                  "  --encoding NAME           e.g. UTF-8, windows-1252 (default: detected)\n"
                  "  --delimiter C             \",\", \";\", \"|\" or \"tab\" (default: detected)\n"
                  "  --json                    print {batch, created, updated, skipped, failed, problems}\n"
                  "Problems name the file row and column: \"row 4, column 3 (E-Mail): ...\".\n");
    }
    if (name == u"import undo"_s) {
        return tr("Usage: kontor-cli import undo BATCH [--json]\n"
                  "Removes the contacts the import created and reverts the fields it updated; fields changed\n"
                  "since the import are left alone and listed. BATCH is the number from \"import list\".\n");
    }
    if (name == u"import list"_s) {
        return tr("Usage: kontor-cli import list [--json]\n"
                  "Lists the imports, newest first: batch, start, name, status and counts.\n");
    }
    if (name == u"export"_s) {
        return tr("Usage: kontor-cli export --format FORMAT [--list NAME] [--search TEXT] [--filter EXPR]\n"
                  "                         [--sort FIELD] [--columns a,b] [--json] -o FILE\n"
                  "  --format csv|csv-excel|xlsx|vcf|vcf3|json  default: from the file's suffix\n"
                  "      csv: UTF-8, \",\"; csv-excel: UTF-8 with BOM, \";\" (Excel, German); vcf: vCard 4.0\n"
                  "  --list NAME     the contacts of a smart list, in its order\n"
                  "  --search, --filter, --sort   as for \"contacts list\"\n"
                  "  --columns a,b   csv and xlsx: these columns, e.g. first_name,last_name,email,company\n"
                  "  -o, --output FILE  the file to write (replaced when it exists)\n"
                  "Cells starting with =, +, -, @ are written with a leading ' so spreadsheets show text.\n");
    }
    if (name == u"bulk"_s) {
        return tr("Usage: kontor-cli bulk (--list NAME | --search TEXT | --filter EXPR | --ids ID,…) ACTION [ARG…]\n"
                  "                       [--name TEXT] [--chunk-size N] [--json]\n"
                  "Runs one action on every contact selected, as a job in chunks of one transaction each.\n"
                  "Ctrl+C stops it after the current chunk; \"jobs resume\" continues, \"jobs undo\" reverts.\n"
                  "Actions:\n"
                  "  tag-add TAG, tag-remove TAG\n"
                  "  owner USER              the owner (name, e-mail or number); \"none\" removes it\n"
                  "  follower-add USER, follower-remove USER\n"
                  "  company NAME            link persons to the company (created if new)\n"
                  "  company-remove          unlink persons from their company\n"
                  "  type TYPE               the contact type; \"none\" clears it\n"
                  "  lead on|off\n"
                  "  dnd CHANNEL on|off      do not disturb: all, email, sms, calls, whatsapp\n"
                  "  verify-email            check the e-mail addresses (syntax, disposable domain, DNS)\n"
                  "  delete --confirm WORD   move to the trash; WORD is DELETE or LÖSCHEN\n"
                  "  --name TEXT             the job's name in the log (default: a description)\n"
                  "  --chunk-size N          contacts per transaction (default 500)\n"
                  "  --json                  print {id, uuid, type, name, status, total, processed, ...}\n"
                  "Exit code 4 when the job was cancelled or failed.\n");
    }
    if (name == u"jobs list"_s) {
        return tr("Usage: kontor-cli jobs list [--type T] [--status S] [--user USER] [--json]\n"
                  "Lists imports, exports and bulk actions, newest first.\n"
                  "  --type import|export|bulk|ACTION   ACTION: a bulk action such as tag-add\n"
                  "  --status queued|running|done|failed|cancelled|interrupted|undone\n");
    }
    if (name == u"jobs show"_s) {
        return tr("Usage: kontor-cli jobs show JOB [--items] [--json]\n"
                  "Shows a job (number or UUID) with its statistics; --items lists the contacts skipped or\n"
                  "failed with the reason.\n");
    }
    if (name == u"jobs undo"_s) {
        return tr("Usage: kontor-cli jobs undo JOB [--json]\n"
                  "Reverts exactly what the job changed: removes the contacts it created, restores the fields\n"
                  "it changed and the contacts it moved to the trash. Fields changed since are left alone and\n"
                  "listed.\n");
    }
    if (name == u"jobs resume"_s) {
        return tr("Usage: kontor-cli jobs resume JOB [--json]\n"
                  "Continues an interrupted or cancelled bulk action with its first chunk not done.\n");
    }
    if (name == u"demo"_s) {
        return tr("Usage: kontor-cli demo --contacts N\n"
                  "Adds N sample persons and companies; progress goes to stderr.\n");
    }
    return general();
}

} // namespace Kontor
