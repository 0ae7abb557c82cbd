<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ArgumentParser</name>
    <message>
        <source>unknown option &quot;--%1&quot;</source>
        <translation>unbekannte Option „--%1“</translation>
    </message>
    <message>
        <source>option &quot;--%1&quot; needs a value</source>
        <translation>Option „--%1“ braucht einen Wert</translation>
    </message>
    <message>
        <source>option &quot;--%1&quot; takes no value</source>
        <translation>Option „--%1“ erwartet keinen Wert</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>&quot;--lang&quot; is &quot;de&quot; or &quot;en&quot;, not &quot;%1&quot;</source>
        <translation>„--lang“ ist „de“ oder „en“, nicht „%1“</translation>
    </message>
    <message>
        <source>&quot;--region&quot; needs a country code such as DE or AT, not &quot;%1&quot;</source>
        <translation>„--region“ braucht einen Ländercode wie DE oder AT, nicht „%1“</translation>
    </message>
    <message>
        <source>no translation for &quot;%1&quot; found; messages stay in English</source>
        <translation>keine Übersetzung für „%1“ gefunden; die Meldungen bleiben auf Englisch</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>The folder for the database could not be created.</source>
        <translation>Der Ordner für die Datenbank konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs one of: %2</source>
        <extracomment>%1 is &quot;contacts&quot; or &quot;trash&quot;, %2 the list of its subcommands</extracomment>
        <translation>„%1“ erwartet einen dieser Unterbefehle: %2</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>There is no contact with the id &quot;%1&quot;.</source>
        <translation>Es gibt keinen Kontakt mit der ID „%1“.</translation>
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
        <translation>Aufruf: kontor-cli [globale Optionen] BEFEHL [Optionen]

Befehle:
  contacts add        eine Person oder eine Firma anlegen
  contacts list       Kontakte auflisten, wahlweise gefiltert nach einer Suche
  contacts show ID    einen Kontakt anzeigen (ID ist die Nummer oder die UUID)
  contacts edit ID    Felder eines Kontakts ändern
  contacts delete ID… Kontakte in den Papierkorb verschieben
  trash list          den Inhalt des Papierkorbs auflisten
  trash restore ID…   Kontakte aus dem Papierkorb wiederherstellen
  trash purge         endgültig löschen, was über 60 Tage im Papierkorb liegt
  demo --contacts N   die Datenbank mit N Beispielkontakten füllen

Globale Optionen:
  --db DATEI          die Datenbank (Standard: die der Desktop-App)
  --lang de|en        die Sprache der Meldungen (Standard: aus den Einstellungen)
  --region CC         die Region für Telefonnummern ohne Ländervorwahl, z. B. DE
  --help              dieser Text; nach einem Befehl die Hilfe zu diesem Befehl
  --version           die Versionsnummer

Exit-Codes: 0 Erfolg, 1 Aufruffehler, 2 ungültige Eingabe (nichts geschrieben),
3 nicht gefunden, 4 Speicher- oder Dateifehler.
„kontor-cli BEFEHL --help“ zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>Usage: kontor-cli contacts add --first-name NAME [options]
       kontor-cli contacts add --kind company --name NAME [options]
</source>
        <translation>Aufruf: kontor-cli contacts add --first-name NAME [Optionen]
        kontor-cli contacts add --kind company --name NAME [Optionen]
</translation>
    </message>
    <message>
        <source>Usage: kontor-cli contacts edit ID [options]
Options apply from left to right. --email, --phone and --tag replace the list;
  --add-email, --add-phone, --add-tag add to it;
  --remove-email, --remove-phone, --remove-tag remove one entry.
</source>
        <translation>Aufruf: kontor-cli contacts edit ID [Optionen]
Die Optionen wirken von links nach rechts. --email, --phone und --tag
  ersetzen die Liste; --add-email, --add-phone, --add-tag ergänzen sie;
  --remove-email, --remove-phone, --remove-tag entfernen einen Eintrag.
</translation>
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
        <translation>
  --kind person|company     --first-name, --middle-name, --last-name TEXT
  --name TEXT (Name einer Firma)    --display-name TEXT (fester Anzeigename)
  --salutation, --title, --job-title, --department TEXT
  --company NAME            Firma der Person (wird angelegt, falls neu)
  --email ADRESSE (mehrfach)  --phone NUMMER (mehrfach)  --tag TAG (mehrfach)
  --birthday JJJJ-MM-TT oder --MM-TT
  --street, --postal-code, --city, --state TEXT, --country CC (erste Adresse)
  --website URL  --source TEXT  --type TEXT (Kontakttyp)  --description TEXT
  --lead / --no-lead        --dnd all,email,sms,calls,whatsapp|none
  --social NETZWERK=NAME    --custom &quot;Feldname=Wert&quot; (mehrfach)
  --json                    den gespeicherten Kontakt als JSON ausgeben
Ein leerer Wert (&quot;&quot;) leert ein Feld.
</translation>
    </message>
    <message>
        <source>Usage: kontor-cli contacts list [--search TEXT] [--limit N] [--json]
Prints ID, name, company, e-mail and phone; --json prints an array of contacts.
</source>
        <translation>Aufruf: kontor-cli contacts list [--search TEXT] [--limit N] [--json]
Gibt ID, Name, Firma, E-Mail und Telefon aus, mit --json ein Array von Kontakten.
</translation>
    </message>
    <message>
        <source>Usage: kontor-cli contacts show ID [--json]
</source>
        <translation>Aufruf: kontor-cli contacts show ID [--json]
</translation>
    </message>
    <message>
        <source>Usage: kontor-cli contacts delete ID [ID…]
Moves the contacts to the trash.
</source>
        <translation>Aufruf: kontor-cli contacts delete ID [ID…]
Verschiebt die Kontakte in den Papierkorb.
</translation>
    </message>
    <message>
        <source>Usage: kontor-cli trash list [--json]
</source>
        <translation>Aufruf: kontor-cli trash list [--json]
</translation>
    </message>
    <message>
        <source>Usage: kontor-cli trash restore ID [ID…]
</source>
        <translation>Aufruf: kontor-cli trash restore ID [ID…]
</translation>
    </message>
    <message>
        <source>Usage: kontor-cli trash purge [--all]
Deletes for good what has been in the trash for more than 60 days; --all empties the trash.
</source>
        <translation>Aufruf: kontor-cli trash purge [--all]
Löscht endgültig, was seit über 60 Tagen im Papierkorb liegt; --all leert den Papierkorb.
</translation>
    </message>
    <message>
        <source>Usage: kontor-cli demo --contacts N
Adds N sample persons and companies; progress goes to stderr.
</source>
        <translation>Aufruf: kontor-cli demo --contacts N
Legt N Beispielpersonen und -firmen an; der Fortschritt wird auf stderr ausgegeben.
</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>kontor-cli: %1</source>
        <extracomment>%1 is an error message; the program name stays untranslated</extracomment>
        <translation>kontor-cli: %1</translation>
    </message>
    <message>
        <source>kontor-cli: %1: %2</source>
        <extracomment>%1 is a command such as &quot;contacts add&quot;, %2 the error message with its field</extracomment>
        <translation>kontor-cli: %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the translated error message, %2 the technical detail from the database or file system</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (see &quot;%2&quot;)</source>
        <extracomment>%1 says what is wrong with the command line, %2 is a command such as &quot;kontor-cli contacts add --help&quot;</extracomment>
        <translation>%1 (siehe „%2“)</translation>
    </message>
</context>
<context>
    <name>ContactCommands</name>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>Created contact %1 (%2).</source>
        <extracomment>%1 is the new contact&apos;s number, %2 its name</extracomment>
        <translation>Kontakt %1 (%2) angelegt.</translation>
    </message>
    <message>
        <source>&quot;--limit&quot; needs a positive whole number</source>
        <translation>„--limit“ braucht eine positive ganze Zahl</translation>
    </message>
    <message>
        <source>No contacts found.</source>
        <translation>Keine Kontakte gefunden.</translation>
    </message>
    <message>
        <source>Contact %1 is in the trash; restore it first (kontor-cli trash restore %1).</source>
        <translation>Kontakt %1 liegt im Papierkorb; stellen Sie ihn zuerst wieder her (kontor-cli trash restore %1).</translation>
    </message>
    <message>
        <source>say what to change, for example &quot;--last-name Meier&quot;</source>
        <translation>geben Sie an, was geändert werden soll, zum Beispiel „--last-name Meier“</translation>
    </message>
    <message>
        <source>Updated contact %1 (%2).</source>
        <extracomment>%1 is the contact&apos;s number, %2 its name</extracomment>
        <translation>Kontakt %1 (%2) geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n contact(s) to the trash.</source>
        <translation>
            <numerusform>%n Kontakt in den Papierkorb verschoben.</numerusform>
            <numerusform>%n Kontakte in den Papierkorb verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>give exactly one contact id</source>
        <translation>geben Sie genau eine Kontakt-ID an</translation>
    </message>
    <message>
        <source>give at least one contact id</source>
        <translation>geben Sie mindestens eine Kontakt-ID an</translation>
    </message>
</context>
<context>
    <name>ContactEditDialog</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Salutation:</source>
        <translation>Anrede:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Vorname:</translation>
    </message>
    <message>
        <source>Middle name:</source>
        <translation>Zweiter Vorname:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Nachname:</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Anzeigename:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Abteilung:</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Webseite:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>Geburtstag:</translation>
    </message>
    <message>
        <source>no year</source>
        <translation>ohne Jahr</translation>
    </message>
    <message>
        <source>Contact type:</source>
        <translation>Kontakttyp:</translation>
    </message>
    <message>
        <source>This contact is a lead</source>
        <translation>Dieser Kontakt ist ein Lead</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. VIP, Newsletter</source>
        <translation>Durch Kommas getrennt, z. B. VIP, Newsletter</translation>
    </message>
    <message>
        <source>Do not disturb:</source>
        <translation>Nicht stören:</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Benutzerdefinierte Felder</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>The kind is &quot;person&quot; or &quot;company&quot;, not &quot;%1&quot;.</source>
        <translation>Die Art ist „person“ oder „company“, nicht „%1“.</translation>
    </message>
    <message>
        <source>A company cannot work for another company.</source>
        <translation>Eine Firma kann nicht für eine andere Firma arbeiten.</translation>
    </message>
    <message>
        <source>&quot;--name&quot; names a company; name a person with &quot;--first-name&quot; and &quot;--last-name&quot;.</source>
        <translation>„--name“ ist der Name einer Firma; den Namen einer Person geben Sie mit „--first-name“ und „--last-name“ an.</translation>
    </message>
    <message>
        <source>The contact has no e-mail address &quot;%1&quot;.</source>
        <translation>Der Kontakt hat keine E-Mail-Adresse „%1“.</translation>
    </message>
    <message>
        <source>The contact has no phone number &quot;%1&quot;.</source>
        <translation>Der Kontakt hat keine Telefonnummer „%1“.</translation>
    </message>
    <message>
        <source>The contact has no tag &quot;%1&quot;.</source>
        <translation>Der Kontakt hat kein Tag „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write YYYY-MM-DD, or --MM-DD when the year is unknown.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie JJJJ-MM-TT oder, wenn das Jahr unbekannt ist, --MM-TT.</translation>
    </message>
    <message>
        <source>Write a custom value as &quot;Field name=Value&quot;, not &quot;%1&quot;.</source>
        <translation>Schreiben Sie einen benutzerdefinierten Wert als „Feldname=Wert“, nicht „%1“.</translation>
    </message>
    <message>
        <source>There is no custom field named &quot;%1&quot;.</source>
        <translation>Es gibt kein benutzerdefiniertes Feld namens „%1“.</translation>
    </message>
    <message>
        <source>Write a profile as &quot;network=handle&quot; with one of the networks %1.</source>
        <translation>Schreiben Sie ein Profil als „Netzwerk=Name“ mit einem der Netzwerke %1.</translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;; use none, all, email, sms, calls or whatsapp, separated by commas.</source>
        <translation>Unbekannter Kanal „%1“; verwenden Sie none, all, email, sms, calls oder whatsapp, durch Kommas getrennt.</translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Display name set by hand</source>
        <translation>Anzeigename von Hand festgelegt</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>Social profiles</source>
        <translation>Social-Media-Profile</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Contact type</source>
        <translation>Kontakttyp</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Nicht stören</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Image, %1 KB</source>
        <translation>Bild, %1 KB</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>ContactPrinter</name>
    <message>
        <source>all channels</source>
        <translation>alle Kanäle</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>[primary]</source>
        <extracomment>marks the primary e-mail address or phone number in &quot;contacts show&quot;</extracomment>
        <translation>[primär]</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social Media</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Contact type</source>
        <translation>Kontakttyp</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Nicht stören</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>In the trash since</source>
        <translation>Im Papierkorb seit</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>Gelöscht von</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Es gibt keinen Kontakt mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>ContactService</name>
    <message>
        <source>The contact refers to a company, owner or follower that does not exist.</source>
        <translation>Die Firma, der Verantwortliche oder ein Follower des Kontakts existiert nicht.</translation>
    </message>
    <message>
        <source>The contact is in the trash; restore it before editing.</source>
        <translation>Der Kontakt liegt im Papierkorb; stellen Sie ihn wieder her, bevor Sie ihn bearbeiten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the trash; move it to the trash before deleting it for good.</source>
        <translation>„%1“ liegt nicht im Papierkorb; verschieben Sie den Kontakt in den Papierkorb, bevor Sie ihn endgültig löschen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a contact type (known: %2).</source>
        <translation>„%1“ ist kein Kontakttyp (bekannt sind: %2).</translation>
    </message>
</context>
<context>
    <name>ContactTypeService</name>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>A contact type needs a name of at most 100 characters.</source>
        <translation>Ein Kontakttyp braucht einen Namen mit höchstens 100 Zeichen.</translation>
    </message>
    <message>
        <source>The contact type &quot;%1&quot; exists already.</source>
        <translation>Den Kontakttyp „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>There is no contact type &quot;%1&quot;.</source>
        <translation>Es gibt keinen Kontakttyp „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>The contact type &quot;%1&quot; is used by %n contact(s); give them another type first.</source>
        <translation>
            <numerusform>Der Kontakttyp „%1“ wird von %n Kontakt verwendet; geben Sie ihm zuerst einen anderen Typ.</numerusform>
            <numerusform>Der Kontakttyp „%1“ wird von %n Kontakten verwendet; geben Sie ihnen zuerst einen anderen Typ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactValidator</name>
    <message>
        <source>A company needs a name.</source>
        <translation>Eine Firma braucht einen Namen.</translation>
    </message>
    <message>
        <source>The first name is required.</source>
        <translation>Der Vorname ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>„%1“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>Der Name ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The website is longer than %1 characters.</source>
        <translation>Die Webseite ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address.</source>
        <translation>„%1“ ist keine Webadresse.</translation>
    </message>
    <message>
        <source>The description is longer than %1 characters.</source>
        <translation>Die Beschreibung ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>%1 is not a date in the calendar.</source>
        <translation>%1 ist kein gültiges Kalenderdatum.</translation>
    </message>
    <message>
        <source>The photo is larger than 1 MB; choose a smaller image.</source>
        <translation>Das Foto ist größer als 1 MB; wählen Sie ein kleineres Bild.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is longer than %2 characters.</source>
        <translation>Das Tag „%1“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known social network.</source>
        <translation>„%1“ ist kein bekanntes soziales Netzwerk.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is too long.</source>
        <translation>Das Profil „%1“ ist zu lang.</translation>
    </message>
    <message>
        <source>E-mail &quot;%1&quot;: %2</source>
        <translation>E-Mail „%1“: %2</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; is too long.</source>
        <translation>Die Telefonnummer „%1“ ist zu lang.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>„%1“ ist keine Telefonnummer.</translation>
    </message>
    <message>
        <source>The country &quot;%1&quot; is not a two-letter ISO code such as DE or AT.</source>
        <translation>Das Land „%1“ ist kein zweistelliger ISO-Code wie DE oder AT.</translation>
    </message>
    <message>
        <source>An address line is longer than %1 characters.</source>
        <translation>Eine Adresszeile ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The custom field no longer exists.</source>
        <translation>Das benutzerdefinierte Feld existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Benutzerdefiniertes Feld</translation>
    </message>
</context>
<context>
    <name>CustomField</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Long text</source>
        <translation>Mehrzeiliger Text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geldbetrag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Checkbox</source>
        <translation>Kontrollkästchen</translation>
    </message>
    <message>
        <source>Single select</source>
        <translation>Einfachauswahl</translation>
    </message>
    <message>
        <source>Multi select</source>
        <translation>Mehrfachauswahl</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters.</source>
        <translation>Der Text ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money.</source>
        <translation>„%1“ ist kein Geldbetrag.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (use YYYY-MM-DD or DD.MM.YYYY).</source>
        <translation>„%1“ ist kein Datum (verwenden Sie JJJJ-MM-TT oder TT.MM.JJJJ).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no.</source>
        <translation>„%1“ ist weder ja noch nein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the options (%2).</source>
        <translation>„%1“ ist keine der Optionen (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address.</source>
        <translation>„%1“ ist keine Webadresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>„%1“ ist keine Telefonnummer.</translation>
    </message>
</context>
<context>
    <name>CustomFieldService</name>
    <message>
        <source>There is no custom field &quot;%1&quot;.</source>
        <translation>Es gibt kein benutzerdefiniertes Feld „%1“.</translation>
    </message>
    <message>
        <source>A folder needs a name.</source>
        <translation>Ein Ordner braucht einen Namen.</translation>
    </message>
    <message>
        <source>The folder no longer exists.</source>
        <translation>Der Ordner existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A custom field needs a name.</source>
        <translation>Ein benutzerdefiniertes Feld braucht einen Namen.</translation>
    </message>
    <message>
        <source>The name is longer than 100 characters.</source>
        <translation>Der Name ist länger als 100 Zeichen.</translation>
    </message>
    <message>
        <source>A select field needs at least one option.</source>
        <translation>Ein Auswahlfeld braucht mindestens eine Option.</translation>
    </message>
    <message>
        <source>A custom field named &quot;%1&quot; exists already.</source>
        <translation>Ein benutzerdefiniertes Feld namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>The custom field no longer exists.</source>
        <translation>Das benutzerdefinierte Feld existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database could not complete the operation.</source>
        <translation>Die Datenbank konnte den Vorgang nicht abschließen.</translation>
    </message>
    <message>
        <source>The folder for the database cannot be created.</source>
        <translation>Der Ordner für die Datenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation>Die Datenbank kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The file is not a Kontor database or is damaged.</source>
        <translation>Die Datei ist keine Kontor-Datenbank oder sie ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>say how many contacts to create with &quot;--contacts N&quot;</source>
        <translation>geben Sie mit „--contacts N“ an, wie viele Kontakte angelegt werden sollen</translation>
    </message>
    <message>
        <source>&quot;--contacts&quot; needs a whole number from 1 to %1</source>
        <translation>„--contacts“ braucht eine ganze Zahl von 1 bis %1</translation>
    </message>
    <message>
        <source>%1 of %2 contacts written (%3 s)</source>
        <extracomment>progress of &quot;kontor-cli demo&quot;; %1 done, %2 total, %3 seconds since the start</extracomment>
        <translation>%1 von %2 Kontakten geschrieben (%3 s)</translation>
    </message>
    <message numerus="yes">
        <source>Created %n demo contact(s).</source>
        <translation>
            <numerusform>%n Demo-Kontakt angelegt.</numerusform>
            <numerusform>%n Demo-Kontakte angelegt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmailValidator</name>
    <message>
        <source>The e-mail address is empty.</source>
        <translation>Die E-Mail-Adresse ist leer.</translation>
    </message>
    <message>
        <source>An e-mail address must not contain spaces.</source>
        <translation>Eine E-Mail-Adresse darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The e-mail address is longer than 254 characters.</source>
        <translation>Die E-Mail-Adresse ist länger als 254 Zeichen.</translation>
    </message>
    <message>
        <source>An e-mail address needs an &quot;@&quot;.</source>
        <translation>Eine E-Mail-Adresse braucht ein „@“.</translation>
    </message>
    <message>
        <source>An e-mail address has exactly one &quot;@&quot;.</source>
        <translation>Eine E-Mail-Adresse enthält genau ein „@“.</translation>
    </message>
    <message>
        <source>The part before the &quot;@&quot; is missing.</source>
        <translation>Der Teil vor dem „@“ fehlt.</translation>
    </message>
    <message>
        <source>The part before the &quot;@&quot; is longer than 64 characters.</source>
        <translation>Der Teil vor dem „@“ ist länger als 64 Zeichen.</translation>
    </message>
    <message>
        <source>The part before the &quot;@&quot; has a misplaced dot.</source>
        <translation>Der Teil vor dem „@“ enthält einen Punkt an falscher Stelle.</translation>
    </message>
    <message>
        <source>The part before the &quot;@&quot; contains the character &quot;%1&quot;.</source>
        <translation>Der Teil vor dem „@“ enthält das Zeichen „%1“.</translation>
    </message>
    <message>
        <source>The domain after the &quot;@&quot; is missing.</source>
        <translation>Die Domain nach dem „@“ fehlt.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; is not a valid domain name.</source>
        <translation>Die Domain „%1“ ist kein gültiger Domainname.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; needs a dot, as in example.com.</source>
        <translation>Die Domain „%1“ braucht einen Punkt, wie in example.com.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; does not end in a valid top-level domain.</source>
        <translation>Die Domain „%1“ endet nicht auf eine gültige Top-Level-Domain.</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;</source>
        <translation>Feld „%1“</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a location such as &quot;contacts.csv, row 17, field &quot;E-mail&quot;&quot;, %2 the error message</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Kontor::ContactEditDialog</name>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>LinkedIn:</source>
        <translation>LinkedIn:</translation>
    </message>
    <message>
        <source>Skype:</source>
        <translation>Skype:</translation>
    </message>
    <message>
        <source>Telegram:</source>
        <translation>Telegram:</translation>
    </message>
    <message>
        <source>X:</source>
        <translation>X:</translation>
    </message>
    <message>
        <source>Facebook:</source>
        <translation>Facebook:</translation>
    </message>
    <message>
        <source>Instagram:</source>
        <translation>Instagram:</translation>
    </message>
    <message>
        <source>WhatsApp:</source>
        <translation>WhatsApp:</translation>
    </message>
    <message>
        <source>The custom fields could not be loaded: %1</source>
        <translation>Die benutzerdefinierten Felder konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Anzeigename:</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>Firmenname:</translation>
    </message>
    <message>
        <source>Enter a first or a last name.</source>
        <translation>Geben Sie einen Vor- oder Nachnamen ein.</translation>
    </message>
    <message>
        <source>Enter the company name.</source>
        <translation>Geben Sie den Firmennamen ein.</translation>
    </message>
    <message>
        <source>This is not a date in the calendar: choose day and month.</source>
        <translation>Das ist kein gültiges Kalenderdatum: Wählen Sie Tag und Monat.</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>(month)</source>
        <translation>(Monat)</translation>
    </message>
    <message>
        <source>Mr</source>
        <translation>Herr</translation>
    </message>
    <message>
        <source>Ms</source>
        <translation>Frau</translation>
    </message>
    <message>
        <source>Mx</source>
        <translation>Divers</translation>
    </message>
</context>
<context>
    <name>Kontor::ContactListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Deleted at</source>
        <translation>Gelöscht am</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>Gelöscht von</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Verbleibende Tage</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
</context>
<context>
    <name>Kontor::CustomFieldsWidget</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the name of a custom field, %2 the reason</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No custom fields are defined yet.</source>
        <translation>Es sind noch keine benutzerdefinierten Felder angelegt.</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>Weitere Angaben</translation>
    </message>
</context>
<context>
    <name>Kontor::EntryRowsWidget</name>
    <message>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address: %2</source>
        <extracomment>%1 is the e-mail address as typed, %2 the reason</extracomment>
        <translation>„%1“ ist keine gültige E-Mail-Adresse: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>„%1“ ist keine Telefonnummer.</translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation>E-Mail hinzufügen</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Telefonnummer hinzufügen</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>Adresse hinzufügen</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>Diesen Eintrag entfernen</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>+49 30 1234567</source>
        <translation>+49 30 1234567</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Region or state</source>
        <translation>Region oder Bundesland</translation>
    </message>
</context>
<context>
    <name>Kontor::Main</name>
    <message>
        <source>Kontor</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Kontor, a contact manager</source>
        <translation>Kontor, eine Kontaktverwaltung</translation>
    </message>
    <message>
        <source>Open the database FILE.</source>
        <translation>Die Datenbank DATEI öffnen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Kontor cannot create the folder for the database %1.</source>
        <translation>Kontor kann den Ordner für die Datenbank %1 nicht anlegen.</translation>
    </message>
    <message>
        <source>Kontor cannot open the database %1.</source>
        <translation>Kontor kann die Datenbank %1 nicht öffnen.</translation>
    </message>
    <message>
        <source>Kontor cannot set up the user in the database %1.</source>
        <translation>Kontor kann den Benutzer in der Datenbank %1 nicht einrichten.</translation>
    </message>
    <message>
        <source>Kontor - %1</source>
        <translation>Kontor – %1</translation>
    </message>
</context>
<context>
    <name>Kontor::MainWindow</name>
    <message>
        <source>The contacts could not be loaded: %1</source>
        <translation>Die Kontakte konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) restored.</source>
        <translation>
            <numerusform>%n Kontakt wiederhergestellt.</numerusform>
            <numerusform>%n Kontakte wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Kontakt gespeichert.</translation>
    </message>
    <message>
        <source>Contact created.</source>
        <translation>Kontakt angelegt.</translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation>Kontakte löschen</translation>
    </message>
    <message>
        <source>Move &quot;%1&quot; to the trash?</source>
        <translation>„%1“ in den Papierkorb verschieben?</translation>
    </message>
    <message numerus="yes">
        <source>Move %n contact(s) to the trash?</source>
        <translation>
            <numerusform>%n Kontakt in den Papierkorb verschieben?</numerusform>
            <numerusform>%n Kontakte in den Papierkorb verschieben?</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) moved to the trash.</source>
        <translation>
            <numerusform>%n Kontakt in den Papierkorb verschoben.</numerusform>
            <numerusform>%n Kontakte in den Papierkorb verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sample data could not be loaded: %1</source>
        <translation>Die Beispieldaten konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sample contact(s) created.</source>
        <translation>
            <numerusform>%n Beispielkontakt angelegt.</numerusform>
            <numerusform>%n Beispielkontakte angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Wird geladen...</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) found</source>
        <translation>
            <numerusform>%Ln Kontakt gefunden</numerusform>
            <numerusform>%Ln Kontakte gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Search contacts (Ctrl+F)</source>
        <translation>Kontakte durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Create a new contact (%1)</source>
        <translation>Neuen Kontakt anlegen (%1)</translation>
    </message>
    <message>
        <source>Move the selected contacts to the trash (Del)</source>
        <translation>Ausgewählte Kontakte in den Papierkorb verschieben (Entf)</translation>
    </message>
    <message numerus="yes">
        <source>Contacts stay in the trash for %n day(s) and can be restored until then.</source>
        <translation>
            <numerusform>Kontakte bleiben %n Tag im Papierkorb und können bis dahin wiederhergestellt werden.</numerusform>
            <numerusform>Kontakte bleiben %n Tage im Papierkorb und können bis dahin wiederhergestellt werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) found, newest first; type more to sort by name</source>
        <extracomment>Shown when a quick search has so many hits that they are listed newest first instead of by name</extracomment>
        <translation>
            <numerusform>%Ln Kontakt gefunden, neueste zuerst; weitertippen sortiert nach Namen</numerusform>
            <numerusform>%Ln Kontakte gefunden, neueste zuerst; weitertippen sortiert nach Namen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kontor::PhotoWidget</name>
    <message>
        <source>Could not read the picture %1: %2</source>
        <extracomment>%1 is a file path, %2 the reason from the image library</extracomment>
        <translation>Das Bild %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not convert the picture %1 to JPEG.</source>
        <translation>Das Bild %1 konnte nicht in JPEG umgewandelt werden.</translation>
    </message>
    <message>
        <source>The picture %1 is too large even after scaling it down.</source>
        <translation>Das Bild %1 ist auch nach dem Verkleinern noch zu groß.</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Foto auswählen</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp *.gif *.webp);;All files (*)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.bmp *.gif *.webp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Kein Foto</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Auswählen...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>Kontor::RegionComboBox</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <extracomment>A region in a list: %1 is the ISO code (&quot;DE&quot;), %2 the country name</extracomment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>Kontor::SampleDataLoader</name>
    <message>
        <source>Load sample data</source>
        <translation>Beispieldaten laden</translation>
    </message>
    <message>
        <source>Creating sample contacts...</source>
        <translation>Beispielkontakte werden angelegt...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Kontor::SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>Kontor::TrashPage</name>
    <message numerus="yes">
        <source>%n contact(s) restored.</source>
        <translation>
            <numerusform>%n Kontakt wiederhergestellt.</numerusform>
            <numerusform>%n Kontakte wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Wird geladen...</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) in the trash</source>
        <translation>
            <numerusform>%n Kontakt im Papierkorb</numerusform>
            <numerusform>%n Kontakte im Papierkorb</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kontor</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Noch keine Kontakte</translation>
    </message>
    <message>
        <source>Create your first contact, or load sample data to try Kontor out.</source>
        <translation>Legen Sie Ihren ersten Kontakt an oder laden Sie Beispieldaten, um Kontor auszuprobieren.</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>Beispieldaten laden</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Load sample data...</source>
        <translation>Beispieldaten laden...</translation>
    </message>
    <message>
        <source>Settings...</source>
        <translation>Einstellungen...</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Restore deleted contacts</source>
        <translation>Gelöschte Kontakte wiederherstellen</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The database was written by a newer version of Kontor (schema %1; this version knows up to %2).</source>
        <translation>Die Datenbank wurde von einer neueren Kontor-Version geschrieben (Schema %1; diese Version kennt Schemas bis %2).</translation>
    </message>
    <message>
        <source>The database could not be upgraded to schema version %1.</source>
        <translation>Die Datenbank konnte nicht auf die Schemaversion %1 aktualisiert werden.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Default phone region:</source>
        <translation>Standardregion für Telefonnummern:</translation>
    </message>
    <message>
        <source>Phone numbers typed without a country code are read as numbers of this region.</source>
        <translation>Telefonnummern, die ohne Ländervorwahl eingegeben werden, gelten als Nummern dieser Region.</translation>
    </message>
</context>
<context>
    <name>TrashCommands</name>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>Contact %1 is not in the trash.</source>
        <translation>Kontakt %1 liegt nicht im Papierkorb.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n contact(s).</source>
        <translation>
            <numerusform>%n Kontakt wiederhergestellt.</numerusform>
            <numerusform>%n Kontakte wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s) for good.</source>
        <translation>
            <numerusform>%n Kontakt endgültig gelöscht.</numerusform>
            <numerusform>%n Kontakte endgültig gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>give at least one contact id</source>
        <translation>geben Sie mindestens eine Kontakt-ID an</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Deleted contacts stay here for 60 days, then they are removed for good.</source>
        <translation>Gelöschte Kontakte bleiben 60 Tage hier und werden danach endgültig entfernt.</translation>
    </message>
    <message>
        <source>Search the trash</source>
        <translation>Papierkorb durchsuchen</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>Mein Team</translation>
    </message>
    <message>
        <source>There is no user with id %1.</source>
        <translation>Es gibt keinen Benutzer mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>Es gibt keinen Benutzer „%1“.</translation>
    </message>
    <message>
        <source>A user needs a name.</source>
        <translation>Ein Benutzer braucht einen Namen.</translation>
    </message>
</context>
</TS>
