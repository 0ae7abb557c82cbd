<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ArgumentParser</name>
    <message>
        <source>unknown option &quot;--%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option &quot;--%1&quot; needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option &quot;--%1&quot; takes no value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>&quot;--lang&quot; is &quot;de&quot; or &quot;en&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;--region&quot; needs a country code such as DE or AT, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no translation for &quot;%1&quot; found; messages stay in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the database could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs one of: %2</source>
        <extracomment>%1 is &quot;contacts&quot; or &quot;trash&quot;, %2 the list of its subcommands</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>There is no contact with the id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>Usage: kontor-cli [global options] COMMAND [options]

Commands:
  contacts add        create a person or a company
  contacts list       list contacts, optionally filtered by a search
  contacts show ID    show one contact (ID is the number or the UUID)
  contacts edit ID    change fields of a contact
  contacts delete ID… move contacts to the trash
  trash list          list the trash
  trash restore ID…   bring contacts back from the trash
  trash purge         delete what has been in the trash for more than 60 days
  demo --contacts N   fill the database with N sample contacts

Global options:
  --db FILE           the database (default: the one the desktop app uses)
  --lang de|en        the language of messages (default: from the settings)
  --region CC         the region of phone numbers without a country code, e.g. DE
  --help              this text; after a command, the command&apos;s help
  --version           the version

Exit codes: 0 success, 1 usage error, 2 invalid input (nothing was written),
3 not found, 4 storage or file error.
Run &quot;kontor-cli COMMAND --help&quot; for the options of a command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kontor-cli contacts add --first-name NAME [options]
       kontor-cli contacts add --kind company --name NAME [options]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kontor-cli contacts edit ID [options]
Options apply from left to right. --email, --phone and --tag replace the list;
  --add-email, --add-phone, --add-tag add to it;
  --remove-email, --remove-phone, --remove-tag remove one entry.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
  --kind person|company     --first-name, --middle-name, --last-name TEXT
  --name TEXT (a company&apos;s name)    --display-name TEXT (fixed display name)
  --salutation, --title, --job-title, --department TEXT
  --company NAME            the company a person works for (created if new)
  --email ADDRESS (repeat)  --phone NUMBER (repeat)  --tag TAG (repeat)
  --birthday YYYY-MM-DD or --MM-DD
  --street, --postal-code, --city, --state TEXT, --country CC (first address)
  --website URL  --source TEXT  --type TEXT (contact type)  --description TEXT
  --lead / --no-lead        --dnd all,email,sms,calls,whatsapp|none
  --social NETWORK=HANDLE   --custom &quot;Field name=Value&quot; (repeat)
  --json                    print the saved contact as JSON
An empty value (&quot;&quot;) clears a field.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kontor-cli contacts list [--search TEXT] [--limit N] [--json]
Prints ID, name, company, e-mail and phone; --json prints an array of contacts.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kontor-cli contacts show ID [--json]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kontor-cli contacts delete ID [ID…]
Moves the contacts to the trash.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kontor-cli trash list [--json]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kontor-cli trash restore ID [ID…]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kontor-cli trash purge [--all]
Deletes for good what has been in the trash for more than 60 days; --all empties the trash.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kontor-cli demo --contacts N
Adds N sample persons and companies; progress goes to stderr.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>kontor-cli: %1</source>
        <extracomment>%1 is an error message; the program name stays untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kontor-cli: %1: %2</source>
        <extracomment>%1 is a command such as &quot;contacts add&quot;, %2 the error message with its field</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the translated error message, %2 the technical detail from the database or file system</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (see &quot;%2&quot;)</source>
        <extracomment>%1 says what is wrong with the command line, %2 is a command such as &quot;kontor-cli contacts add --help&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactCommands</name>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created contact %1 (%2).</source>
        <extracomment>%1 is the new contact&apos;s number, %2 its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;--limit&quot; needs a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1 is in the trash; restore it first (kontor-cli trash restore %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what to change, for example &quot;--last-name Meier&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated contact %1 (%2).</source>
        <extracomment>%1 is the contact&apos;s number, %2 its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n contact(s) to the trash.</source>
        <translation>
            <numerusform>Moved %n contact to the trash.</numerusform>
            <numerusform>Moved %n contacts to the trash.</numerusform>
        </translation>
    </message>
    <message>
        <source>give exactly one contact id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one contact id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEditDialog</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salutation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact is a lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. VIP, Newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not disturb:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>The kind is &quot;person&quot; or &quot;company&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company cannot work for another company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;--name&quot; names a company; name a person with &quot;--first-name&quot; and &quot;--last-name&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact has no e-mail address &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact has no phone number &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact has no tag &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write YYYY-MM-DD, or --MM-DD when the year is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a custom value as &quot;Field name=Value&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no custom field named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a profile as &quot;network=handle&quot; with one of the networks %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;; use none, all, email, sms, calls or whatsapp, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image, %1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPrinter</name>
    <message>
        <source>all channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[primary]</source>
        <extracomment>marks the primary e-mail address or phone number in &quot;contacts show&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the trash since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>There is no contact with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactService</name>
    <message>
        <source>The contact refers to a company, owner or follower that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is in the trash; restore it before editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the trash; move it to the trash before deleting it for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a contact type (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactTypeService</name>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact type needs a name of at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact type &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The contact type &quot;%1&quot; is used by %n contact(s); give them another type first.</source>
        <translation>
            <numerusform>The contact type &quot;%1&quot; is used by %n contact; give it another type first.</numerusform>
            <numerusform>The contact type &quot;%1&quot; is used by %n contacts; give them another type first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactValidator</name>
    <message>
        <source>A company needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The website is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo is larger than 1 MB; choose a smaller image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known social network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country &quot;%1&quot; is not a two-letter ISO code such as DE or AT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address line is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom field no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomField</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (use YYYY-MM-DD or DD.MM.YYYY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the options (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomFieldService</name>
    <message>
        <source>There is no custom field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom field needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A select field needs at least one option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom field named &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom field no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database could not complete the operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the database cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Kontor database or is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say how many contacts to create with &quot;--contacts N&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;--contacts&quot; needs a whole number from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 contacts written (%3 s)</source>
        <extracomment>progress of &quot;kontor-cli demo&quot;; %1 done, %2 total, %3 seconds since the start</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Created %n demo contact(s).</source>
        <translation>
            <numerusform>Created %n demo contact.</numerusform>
            <numerusform>Created %n demo contacts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmailValidator</name>
    <message>
        <source>The e-mail address is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address must not contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address is longer than 254 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address needs an &quot;@&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address has exactly one &quot;@&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the &quot;@&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the &quot;@&quot; is longer than 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the &quot;@&quot; has a misplaced dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the &quot;@&quot; contains the character &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain after the &quot;@&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; is not a valid domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; needs a dot, as in example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; does not end in a valid top-level domain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a location such as &quot;contacts.csv, row 17, field &quot;E-mail&quot;&quot;, %2 the error message</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::ContactEditDialog</name>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom fields could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a first or a last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the company name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a date in the calendar: choose day and month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mx</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::ContactListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::CustomFieldsWidget</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the name of a custom field, %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No custom fields are defined yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::EntryRowsWidget</name>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address: %2</source>
        <extracomment>%1 is the e-mail address as typed, %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+49 30 1234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region or state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::Main</name>
    <message>
        <source>Kontor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontor, a contact manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontor cannot create the folder for the database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontor cannot open the database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontor cannot set up the user in the database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontor - %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::MainWindow</name>
    <message>
        <source>The contacts could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) restored.</source>
        <translation>
            <numerusform>%n contact restored.</numerusform>
            <numerusform>%n contacts restored.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &quot;%1&quot; to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n contact(s) to the trash?</source>
        <translation>
            <numerusform>Move %n contact to the trash?</numerusform>
            <numerusform>Move %n contacts to the trash?</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) moved to the trash.</source>
        <translation>
            <numerusform>%n contact moved to the trash.</numerusform>
            <numerusform>%n contacts moved to the trash.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sample data could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sample contact(s) created.</source>
        <translation>
            <numerusform>%n sample contact created.</numerusform>
            <numerusform>%n sample contacts created.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) found</source>
        <translation>
            <numerusform>%Ln contact found</numerusform>
            <numerusform>%Ln contacts found</numerusform>
        </translation>
    </message>
    <message>
        <source>Search contacts (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new contact (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected contacts to the trash (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Contacts stay in the trash for %n day(s) and can be restored until then.</source>
        <translation>
            <numerusform>Contacts stay in the trash for %n day and can be restored until then.</numerusform>
            <numerusform>Contacts stay in the trash for %n days and can be restored until then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) found, newest first; type more to sort by name</source>
        <extracomment>Shown when a quick search has so many hits that they are listed newest first instead of by name</extracomment>
        <translation>
            <numerusform>%Ln contact found, newest first; type more to sort by name</numerusform>
            <numerusform>%Ln contacts found, newest first; type more to sort by name</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kontor::PhotoWidget</name>
    <message>
        <source>Could not read the picture %1: %2</source>
        <extracomment>%1 is a file path, %2 the reason from the image library</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not convert the picture %1 to JPEG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture %1 is too large even after scaling it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp *.gif *.webp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::RegionComboBox</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <extracomment>A region in a list: %1 is the ISO code (&quot;DE&quot;), %2 the country name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::SampleDataLoader</name>
    <message>
        <source>Load sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating sample contacts...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::TrashPage</name>
    <message numerus="yes">
        <source>%n contact(s) restored.</source>
        <translation>
            <numerusform>%n contact restored.</numerusform>
            <numerusform>%n contacts restored.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) in the trash</source>
        <translation>
            <numerusform>%n contact in the trash</numerusform>
            <numerusform>%n contacts in the trash</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kontor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your first contact, or load sample data to try Kontor out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load sample data...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore deleted contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The database was written by a newer version of Kontor (schema %1; this version knows up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be upgraded to schema version %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default phone region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers typed without a country code are read as numbers of this region.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashCommands</name>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1 is not in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored %n contact(s).</source>
        <translation>
            <numerusform>Restored %n contact.</numerusform>
            <numerusform>Restored %n contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s) for good.</source>
        <translation>
            <numerusform>Deleted %n contact for good.</numerusform>
            <numerusform>Deleted %n contacts for good.</numerusform>
        </translation>
    </message>
    <message>
        <source>give at least one contact id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted contacts stay here for 60 days, then they are removed for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
