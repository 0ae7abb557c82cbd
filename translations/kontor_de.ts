<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>The new custom field &quot;%1&quot; has not been created.</source>
        <translation>Das neue benutzerdefinierte Feld „%1“ wurde nicht angelegt.</translation>
    </message>
    <message>
        <source>The custom field no longer exists.</source>
        <translation>Das benutzerdefinierte Feld existiert nicht mehr.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the calendar.</source>
        <translation>„%1“ ist kein Datum im Kalender.</translation>
    </message>
</context>
<context>
    <name>ActivityArguments</name>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <extracomment>%1 is an option such as &quot;--due&quot;, %2 what is wrong with its value</extracomment>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone; use a name such as Europe/Berlin</source>
        <translation>„%1“ ist keine bekannte Zeitzone; verwenden Sie einen Namen wie Europe/Berlin</translation>
    </message>
    <message>
        <source>needs a date and time as &quot;YYYY-MM-DD HH:MM&quot;, e.g. &quot;2025-03-14 09:30&quot;, not &quot;%1&quot;</source>
        <translation>braucht Datum und Uhrzeit als „YYYY-MM-DD HH:MM“, z. B. „2025-03-14 09:30“, nicht „%1“</translation>
    </message>
    <message>
        <source>needs a date as &quot;YYYY-MM-DD&quot;, e.g. &quot;2025-03-14&quot;, not &quot;%1&quot;</source>
        <translation>braucht ein Datum als „YYYY-MM-DD“, z. B. „2025-03-14“, nicht „%1“</translation>
    </message>
    <message>
        <source>needs a time as &quot;HH:MM&quot;, e.g. &quot;05:30&quot;, not &quot;%1&quot;</source>
        <translation>braucht eine Uhrzeit als „HH:MM“, z. B. „05:30“, nicht „%1“</translation>
    </message>
    <message>
        <source>needs a whole number from %1 to %2, not &quot;%3&quot;</source>
        <extracomment>%1 and %2 are the smallest and biggest allowed number, %3 what was given</extracomment>
        <translation>braucht eine ganze Zahl von %1 bis %2, nicht „%3“</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>Es gibt keinen Benutzer „%1“.</translation>
    </message>
</context>
<context>
    <name>AppointmentCommands</name>
    <message>
        <source>is before the start</source>
        <translation>liegt vor dem Beginn</translation>
    </message>
    <message>
        <source>must be after the start</source>
        <translation>muss nach dem Beginn liegen</translation>
    </message>
    <message>
        <source>There is no appointment &quot;%1&quot;.</source>
        <translation>Es gibt keinen Termin „%1“.</translation>
    </message>
    <message>
        <source>The calendar could not be written.</source>
        <translation>Der Kalender konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Die Datei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>&quot;--%1&quot; is required</source>
        <translation>„--%1“ ist erforderlich</translation>
    </message>
    <message>
        <source>give &quot;--end&quot; or &quot;--duration&quot;, not both</source>
        <translation>geben Sie „--end“ oder „--duration“ an, nicht beides</translation>
    </message>
    <message>
        <source>an all-day appointment takes &quot;--end&quot; as a date, not &quot;--duration&quot;</source>
        <translation>ein ganztägiger Termin erwartet „--end“ als Datum, nicht „--duration“</translation>
    </message>
    <message>
        <source>Added appointment %1 &quot;%2&quot; with %3 (%4).</source>
        <extracomment>%1 the new appointment&apos;s number, %2 its title, %3 the contact&apos;s name, %4 its start</extracomment>
        <translation>Termin %1 „%2“ mit %3 (%4) angelegt.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>No appointments.</source>
        <translation>Keine Termine.</translation>
    </message>
    <message>
        <source>give appointment numbers, &quot;--contact ID&quot; or &quot;--all&quot; (one of them)</source>
        <translation>geben Sie Terminnummern, „--contact ID“ oder „--all“ an (genau eines davon)</translation>
    </message>
    <message>
        <source>&quot;--output FILE&quot; is required (&quot;-&quot; writes to the standard output)</source>
        <translation>„--output FILE“ ist erforderlich („-“ schreibt in die Standardausgabe)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n appointment(s) to %1.</source>
        <extracomment>%1 the file written</extracomment>
        <translation>
            <numerusform>%n Termin in %1 geschrieben.</numerusform>
            <numerusform>%n Termine in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>give &quot;--contact ID&quot; and one .ics file</source>
        <translation>geben Sie „--contact ID“ und eine .ics-Datei an</translation>
    </message>
    <message>
        <source>The file could not be opened.</source>
        <translation>Die Datei konnte nicht geöffnet werden.</translation>
    </message>
    <message numerus="yes">
        <source>Took %n appointment(s) from the file for %1.</source>
        <extracomment>%1 the contact&apos;s name</extracomment>
        <translation>
            <numerusform>%n Termin aus der Datei für %1 übernommen.</numerusform>
            <numerusform>%n Termine aus der Datei für %1 übernommen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppointmentEditDialog</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;Kalender:</translation>
    </message>
    <message>
        <source>&amp;All day</source>
        <translation>&amp;Ganztägig</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Atte&amp;ndees:</source>
        <translation>Teilne&amp;hmer:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
</context>
<context>
    <name>AppointmentRepository</name>
    <message>
        <source>There is no appointment with id %1.</source>
        <translation>Es gibt keinen Termin mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>AppointmentService</name>
    <message>
        <source>The contact is in the trash; restore it before changing its appointments.</source>
        <translation>Der Kontakt liegt im Papierkorb; stellen Sie ihn wieder her, bevor Sie seine Termine ändern.</translation>
    </message>
    <message>
        <source>Appointment from %1</source>
        <translation>Termin aus %1</translation>
    </message>
</context>
<context>
    <name>AppointmentText</name>
    <message>
        <source>%1 (all day)</source>
        <extracomment>%1 is a date</extracomment>
        <translation>%1 (ganztägig)</translation>
    </message>
    <message>
        <source>%1 – %2 (all day)</source>
        <extracomment>%1 and %2 are the first and the last day</extracomment>
        <translation>%1 – %2 (ganztägig)</translation>
    </message>
    <message>
        <source>%1 %2 – %3</source>
        <extracomment>%1 is the date, %2 and %3 the start and end time</extracomment>
        <translation>%1 %2 – %3</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>%1 and %2 are the start and the end, each with date and time</extracomment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>AppointmentValidator</name>
    <message>
        <source>The time zone &quot;%1&quot; is unknown.</source>
        <translation>Die Zeitzone „%1“ ist unbekannt.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>An appointment needs a start.</source>
        <translation>Ein Termin braucht einen Beginn.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>An appointment needs an end.</source>
        <translation>Ein Termin braucht ein Ende.</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>The appointment ends before it starts.</source>
        <translation>Der Termin endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>There is no user with id %1.</source>
        <translation>Es gibt keinen Benutzer mit der ID %1.</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Es gibt keinen Kontakt mit der ID %1.</translation>
    </message>
    <message>
        <source>An appointment needs a title.</source>
        <translation>Ein Termin braucht einen Titel.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>There is no calendar.</source>
        <translation>Es gibt keinen Kalender.</translation>
    </message>
    <message>
        <source>There is no calendar with id %1.</source>
        <translation>Es gibt keinen Kalender mit der ID %1.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
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
    <name>BulkAction</name>
    <message>
        <source>all channels</source>
        <comment>do not disturb</comment>
        <translation>alle Kanäle</translation>
    </message>
    <message>
        <source>e-mail</source>
        <comment>do not disturb</comment>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <comment>do not disturb</comment>
        <translation>SMS</translation>
    </message>
    <message>
        <source>calls</source>
        <comment>do not disturb</comment>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <comment>do not disturb</comment>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Tag entfernen</translation>
    </message>
    <message>
        <source>Assign owner</source>
        <translation>Besitzer zuweisen</translation>
    </message>
    <message>
        <source>Add follower</source>
        <translation>Follower hinzufügen</translation>
    </message>
    <message>
        <source>Remove follower</source>
        <translation>Follower entfernen</translation>
    </message>
    <message>
        <source>Add to company</source>
        <translation>Einer Firma zuordnen</translation>
    </message>
    <message>
        <source>Remove from company</source>
        <translation>Von der Firma lösen</translation>
    </message>
    <message>
        <source>Set contact type</source>
        <translation>Kontakttyp setzen</translation>
    </message>
    <message>
        <source>Set lead flag</source>
        <translation>Lead-Kennzeichen setzen</translation>
    </message>
    <message>
        <source>Set do not disturb</source>
        <translation>Nicht stören setzen</translation>
    </message>
    <message>
        <source>Verify e-mail addresses</source>
        <translation>E-Mail-Adressen prüfen</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>DELETE</source>
        <comment>typed confirmation</comment>
        <extracomment>The word a user types to confirm a bulk delete; German: LÖSCHEN</extracomment>
        <translation>LÖSCHEN</translation>
    </message>
    <message>
        <source>Add tag &quot;%1&quot;</source>
        <translation>Tag „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove tag &quot;%1&quot;</source>
        <translation>Tag „%1“ entfernen</translation>
    </message>
    <message>
        <source>Assign owner %1</source>
        <translation>Besitzer %1 zuweisen</translation>
    </message>
    <message>
        <source>Remove owner</source>
        <translation>Besitzer entfernen</translation>
    </message>
    <message>
        <source>Add follower %1</source>
        <translation>Follower %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove follower %1</source>
        <translation>Follower %1 entfernen</translation>
    </message>
    <message>
        <source>Add to company &quot;%1&quot;</source>
        <translation>Der Firma „%1“ zuordnen</translation>
    </message>
    <message>
        <source>Clear contact type</source>
        <translation>Kontakttyp entfernen</translation>
    </message>
    <message>
        <source>Set contact type &quot;%1&quot;</source>
        <translation>Kontakttyp „%1“ setzen</translation>
    </message>
    <message>
        <source>Mark as lead</source>
        <translation>Als Lead markieren</translation>
    </message>
    <message>
        <source>Unmark as lead</source>
        <translation>Lead-Markierung entfernen</translation>
    </message>
    <message>
        <source>Do not disturb on %1</source>
        <translation>Nicht stören für %1 einschalten</translation>
    </message>
    <message>
        <source>Do not disturb off for %1</source>
        <translation>Nicht stören für %1 ausschalten</translation>
    </message>
    <message>
        <source>Unknown bulk action &quot;%1&quot;.</source>
        <translation>Unbekannte Massenaktion „%1“.</translation>
    </message>
    <message>
        <source>Unknown do-not-disturb channel &quot;%1&quot;.</source>
        <translation>Unbekannter Nicht-stören-Kanal „%1“.</translation>
    </message>
</context>
<context>
    <name>BulkActionDialog</name>
    <message>
        <source>Bulk action</source>
        <translation>Massenaktion</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>Contact &amp;type:</source>
        <translation>Kontakt&amp;typ:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>Set to:</source>
        <translation>Setzen auf:</translation>
    </message>
    <message>
        <source>&amp;Name or description:</source>
        <translation>&amp;Name oder Beschreibung:</translation>
    </message>
</context>
<context>
    <name>BulkChange</name>
    <message>
        <source>all channels</source>
        <comment>do not disturb</comment>
        <translation>alle Kanäle</translation>
    </message>
    <message>
        <source>e-mail</source>
        <comment>do not disturb</comment>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <comment>do not disturb</comment>
        <translation>SMS</translation>
    </message>
    <message>
        <source>calls</source>
        <comment>do not disturb</comment>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <comment>do not disturb</comment>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Do not disturb is already on for %1.</source>
        <translation>Nicht stören ist für %1 bereits eingeschaltet.</translation>
    </message>
    <message>
        <source>Do not disturb is already off for %1.</source>
        <translation>Nicht stören ist für %1 bereits ausgeschaltet.</translation>
    </message>
    <message>
        <source>The contact already has the tag &quot;%1&quot;.</source>
        <translation>Der Kontakt hat das Tag „%1“ bereits.</translation>
    </message>
    <message>
        <source>The contact does not have the tag &quot;%1&quot;.</source>
        <translation>Der Kontakt hat das Tag „%1“ nicht.</translation>
    </message>
    <message>
        <source>%1 is already the owner.</source>
        <translation>%1 ist bereits der Besitzer.</translation>
    </message>
    <message>
        <source>The contact has no owner.</source>
        <translation>Der Kontakt hat keinen Besitzer.</translation>
    </message>
    <message>
        <source>%1 already follows the contact.</source>
        <translation>%1 folgt dem Kontakt bereits.</translation>
    </message>
    <message>
        <source>%1 does not follow the contact.</source>
        <translation>%1 folgt dem Kontakt nicht.</translation>
    </message>
    <message>
        <source>The contact has no contact type.</source>
        <translation>Der Kontakt hat keinen Kontakttyp.</translation>
    </message>
    <message>
        <source>The contact&apos;s type is already &quot;%1&quot;.</source>
        <translation>Der Kontakttyp ist bereits „%1“.</translation>
    </message>
    <message>
        <source>The contact is already a lead.</source>
        <translation>Der Kontakt ist bereits ein Lead.</translation>
    </message>
    <message>
        <source>The contact is not a lead.</source>
        <translation>Der Kontakt ist kein Lead.</translation>
    </message>
    <message>
        <source>The contact is a company; only persons belong to a company.</source>
        <translation>Der Kontakt ist eine Firma; nur Personen gehören zu einer Firma.</translation>
    </message>
    <message>
        <source>The person belongs to no company.</source>
        <translation>Die Person gehört zu keiner Firma.</translation>
    </message>
    <message>
        <source>The person already belongs to &quot;%1&quot;.</source>
        <translation>Die Person gehört bereits zu „%1“.</translation>
    </message>
    <message>
        <source>The contact has been deleted since the job was created.</source>
        <translation>Der Kontakt wurde gelöscht, nachdem der Auftrag angelegt wurde.</translation>
    </message>
    <message>
        <source>The contact is in the trash.</source>
        <translation>Der Kontakt liegt im Papierkorb.</translation>
    </message>
</context>
<context>
    <name>BulkCommands</name>
    <message>
        <source>give the tag, for example &quot;tag-add VIP&quot;</source>
        <translation>geben Sie das Tag an, zum Beispiel „tag-add VIP“</translation>
    </message>
    <message>
        <source>give the owner&apos;s name or number, or &quot;none&quot; to remove the owner</source>
        <translation>geben Sie Name oder Nummer des Besitzers an oder „none“, um den Besitzer zu entfernen</translation>
    </message>
    <message>
        <source>give the follower&apos;s name or number</source>
        <translation>geben Sie Name oder Nummer des Followers an</translation>
    </message>
    <message>
        <source>give the company&apos;s name</source>
        <translation>geben Sie den Namen der Firma an</translation>
    </message>
    <message>
        <source>give the contact type, or &quot;none&quot; to clear it</source>
        <translation>geben Sie den Kontakttyp an oder „none“, um ihn zu entfernen</translation>
    </message>
    <message>
        <source>&quot;lead&quot; needs on or off</source>
        <translation>„lead“ braucht on oder off</translation>
    </message>
    <message>
        <source>&quot;dnd&quot; needs a channel (all, email, sms, calls, whatsapp) and on or off</source>
        <translation>„dnd“ braucht einen Kanal (all, email, sms, calls, whatsapp) und on oder off</translation>
    </message>
    <message>
        <source>There is no contact type &quot;%1&quot;; the types are: %2.</source>
        <extracomment>%1 what the user typed, %2 the known contact types</extracomment>
        <translation>Es gibt keinen Kontakttyp „%1“; die Typen sind: %2.</translation>
    </message>
    <message>
        <source>say what to do; the actions are: %1</source>
        <translation>geben Sie an, was getan werden soll; die Aktionen sind: %1</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; the actions are: %2</source>
        <extracomment>%1 what the user typed, %2 the list of actions</extracomment>
        <translation>unbekannte Aktion „%1“; die Aktionen sind: %2</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>&quot;--confirm&quot; belongs to the delete action only</source>
        <translation>„--confirm“ gehört nur zur Aktion delete</translation>
    </message>
    <message>
        <source>a bulk delete must be confirmed: add &quot;--confirm %1&quot;; nothing was deleted</source>
        <extracomment>%1 the confirmation word of the current language (DELETE, LÖSCHEN)</extracomment>
        <translation>ein Massenlöschen muss bestätigt werden: geben Sie „--confirm %1“ an; es wurde nichts gelöscht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the confirmation word; type &quot;--confirm %2&quot; exactly; nothing was deleted</source>
        <extracomment>%1 what the user typed, %2 the confirmation word of the current language</extracomment>
        <translation>„%1“ ist nicht das Bestätigungswort; geben Sie genau „--confirm %2“ ein; es wurde nichts gelöscht</translation>
    </message>
    <message>
        <source>&quot;--ids&quot; needs contact numbers or UUIDs</source>
        <translation>„--ids“ braucht Kontaktnummern oder UUIDs</translation>
    </message>
    <message>
        <source>&quot;--search&quot; needs a text to search for</source>
        <translation>„--search“ braucht einen Suchtext</translation>
    </message>
    <message>
        <source>&quot;--filter&quot; needs a filter expression</source>
        <translation>„--filter“ braucht einen Filterausdruck</translation>
    </message>
    <message>
        <source>choose the contacts with exactly one of --list NAME, --search TEXT, --filter EXPR, --ids ID,…</source>
        <translation>wählen Sie die Kontakte mit genau einer der Optionen --list NAME, --search TEXT, --filter EXPR, --ids ID,… aus</translation>
    </message>
    <message>
        <source>&quot;--chunk-size&quot; needs a positive whole number</source>
        <translation>„--chunk-size“ braucht eine positive ganze Zahl</translation>
    </message>
    <message>
        <source>%L1 of %L2 contacts done</source>
        <translation>%L1 von %L2 Kontakten erledigt</translation>
    </message>
    <message>
        <source>%L1 contacts done</source>
        <translation>%L1 Kontakte erledigt</translation>
    </message>
    <message>
        <source>Cancelled after %L1 of %L2 contacts (whole chunks only); continue with &quot;kontor-cli jobs resume %3&quot; or revert with &quot;kontor-cli jobs undo %3&quot;.</source>
        <extracomment>%L1 contacts done, %L2 all contacts of the job, %3 the job&apos;s number</extracomment>
        <translation>Abgebrochen nach %L1 von %L2 Kontakten (nur ganze Abschnitte); fortsetzen mit „kontor-cli jobs resume %3“ oder rückgängig machen mit „kontor-cli jobs undo %3“.</translation>
    </message>
    <message>
        <source>Job %1 failed: %2</source>
        <extracomment>%1 the job&apos;s number, %2 why it failed</extracomment>
        <translation>Auftrag %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>BulkRunner</name>
    <message>
        <source>%1: %2</source>
        <comment>e-mail status: reason</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <source>The contact is in the trash already.</source>
        <translation>Der Kontakt liegt bereits im Papierkorb.</translation>
    </message>
    <message>
        <source>The contact has no e-mail address.</source>
        <translation>Der Kontakt hat keine E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>BulkService</name>
    <message>
        <source>Enter the tag.</source>
        <translation>Geben Sie das Tag ein.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is longer than %2 characters.</source>
        <translation>Das Tag „%1“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>Choose the user.</source>
        <translation>Wählen Sie den Benutzer.</translation>
    </message>
    <message>
        <source>There is no user with id %1.</source>
        <translation>Es gibt keinen Benutzer mit der ID %1.</translation>
    </message>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>Geben Sie den Namen der Firma ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a contact type (known: %2).</source>
        <translation>„%1“ ist kein Kontakttyp (bekannt: %2).</translation>
    </message>
    <message>
        <source>Choose the channel.</source>
        <translation>Wählen Sie den Kanal.</translation>
    </message>
    <message numerus="yes">
        <source>Type %1 to move %n contact(s) to the trash.</source>
        <translation>
            <numerusform>Geben Sie %1 ein, um %n Kontakt in den Papierkorb zu verschieben.</numerusform>
            <numerusform>Geben Sie %1 ein, um %n Kontakte in den Papierkorb zu verschieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select at least one contact.</source>
        <translation>Wählen Sie mindestens einen Kontakt aus.</translation>
    </message>
    <message>
        <source>The list finds no contacts; there is nothing to do.</source>
        <translation>Die Liste findet keine Kontakte; es gibt nichts zu tun.</translation>
    </message>
    <message>
        <source>An import cannot be resumed; undo &quot;%1&quot; and import the file again.</source>
        <translation>Ein Import kann nicht fortgesetzt werden; machen Sie „%1“ rückgängig und importieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be resumed.</source>
        <translation>„%1“ kann nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; only interrupted or cancelled jobs can be resumed.</source>
        <translation>„%1“ hat den Status „%2“; nur unterbrochene oder abgebrochene Aufträge können fortgesetzt werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bulk action.</source>
        <translation>„%1“ ist keine Massenaktion.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 and cannot be run.</source>
        <translation>„%1“ hat den Status „%2“ und kann nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was cancelled after %2 of %3 contacts; resume it to go on or undo it.</source>
        <translation>„%1“ wurde nach %2 von %3 Kontakten abgebrochen; setzen Sie den Auftrag fort oder machen Sie ihn rückgängig.</translation>
    </message>
</context>
<context>
    <name>CalendarRepository</name>
    <message>
        <source>There is no calendar with id %1.</source>
        <translation>Es gibt keinen Kalender mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>CalendarService</name>
    <message>
        <source>A calendar needs a name.</source>
        <translation>Ein Kalender braucht einen Namen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>There is already a calendar named &quot;%1&quot;.</source>
        <translation>Es gibt bereits einen Kalender namens „%1“.</translation>
    </message>
    <message>
        <source>The colour &quot;%1&quot; is not of the form #rrggbb.</source>
        <translation>Die Farbe „%1“ hat nicht die Form #rrggbb.</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>There is no calendar named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Kalender namens „%1“.</translation>
    </message>
    <message>
        <source>There is no calendar.</source>
        <translation>Es gibt keinen Kalender.</translation>
    </message>
    <message numerus="yes">
        <source>The calendar &quot;%1&quot; still holds %n appointment(s); move or delete them first.</source>
        <translation>
            <numerusform>Der Kalender „%1“ enthält noch %n Termin; verschieben oder löschen Sie ihn zuerst.</numerusform>
            <numerusform>Der Kalender „%1“ enthält noch %n Termine; verschieben oder löschen Sie diese zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last calendar cannot be removed.</source>
        <translation>Der letzte Kalender kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>CalendarsSettingsPage</name>
    <message>
        <source>Appointments are filed in these calendars. A new appointment starts at its calendar&apos;s default location. Double-click a calendar to rename it.</source>
        <translation>Termine werden in diesen Kalendern abgelegt. Ein neuer Termin erhält den Standardort seines Kalenders. Doppelklicken Sie auf einen Kalender, um ihn umzubenennen.</translation>
    </message>
    <message>
        <source>New calendar</source>
        <translation>Neuer Kalender</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Co&amp;lor...</source>
        <translation>&amp;Farbe...</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Default &amp;location:</source>
        <translation>Standard&amp;ort:</translation>
    </message>
    <message>
        <source>e.g. the office address; saved when you leave the field</source>
        <translation>z. B. die Büroadresse; wird beim Verlassen des Feldes gespeichert</translation>
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
    <message>
        <source>Usage: kontor-cli contacts list [--search TEXT] [--list NAME] [--filter EXPR] [--sort FIELD]
                                  [--columns a,b] [--limit N] [--json]
Prints ID, name, company, e-mail and phone; --json prints an array of contacts.
  --list NAME     the contacts of a smart list, with its columns and sort
  --filter EXPR   only contacts matching the filter (docs/filters.md), e.g.
                  &apos;city = &quot;Berlin&quot; and tags has &quot;Kunde&quot;&apos;; ANDed with the list&apos;s filter
  --sort FIELD    sort by a field, &quot;-FIELD&quot; descending, e.g. -created, custom.Branche
  --columns a,b   print these fields (JSON: objects with id, number and these keys)
</source>
        <translation>Aufruf: kontor-cli contacts list [--search TEXT] [--list NAME] [--filter AUSDRUCK] [--sort FELD]
                                  [--columns a,b] [--limit N] [--json]
Gibt ID, Name, Firma, E-Mail und Telefon aus, mit --json ein Array von Kontakten.
  --list NAME       die Kontakte einer Smart List, mit ihren Spalten und ihrer Sortierung
  --filter AUSDRUCK nur Kontakte, die zum Filter passen (docs/filters.md), z. B.
                    &apos;city = &quot;Berlin&quot; and tags has &quot;Kunde&quot;&apos;; zusätzlich zum Filter der Liste
  --sort FELD       nach einem Feld sortieren, &quot;-FELD&quot; absteigend, z. B. -created, custom.Branche
  --columns a,b     diese Felder ausgeben (JSON: Objekte mit id, number und diesen Schlüsseln)
</translation>
    </message>
    <message>
        <source>Usage: kontor-cli companies list [--search TEXT] [--json]
Prints ID, name, e-mail, phone, website, city, created and the number of persons.
</source>
        <translation>Aufruf: kontor-cli companies list [--search TEXT] [--json]
Gibt ID, Name, E-Mail, Telefon, Website, Ort, Anlagedatum und die Zahl der Personen aus.
</translation>
    </message>
    <message>
        <source>Usage: kontor-cli companies add NAME [--email E] [--phone P] [--website URL] [--city C] [--json]
Refuses a name that an existing company has already.
</source>
        <translation>Aufruf: kontor-cli companies add NAME [--email E] [--phone P] [--website URL] [--city C] [--json]
Lehnt einen Namen ab, den schon eine Firma trägt.
</translation>
    </message>
    <message>
        <source>Usage: kontor-cli companies show NAME|ID [--json]
Shows the company and the persons who work for it.
</source>
        <translation>Aufruf: kontor-cli companies show NAME|ID [--json]
Zeigt die Firma und die Personen, die für sie arbeiten.
</translation>
    </message>
    <message>
        <source>Usage: kontor-cli companies assign NAME|ID PERSON_ID [PERSON_ID…]
Links the persons to the company, replacing their previous company.
</source>
        <translation>Aufruf: kontor-cli companies assign NAME|ID PERSONEN_ID [PERSONEN_ID…]
Ordnet die Personen der Firma zu und ersetzt ihre bisherige Firma.
</translation>
    </message>
    <message>
        <source>Usage: kontor-cli companies unassign PERSON_ID [PERSON_ID…]
</source>
        <translation>Aufruf: kontor-cli companies unassign PERSONEN_ID [PERSONEN_ID…]
</translation>
    </message>
    <message>
        <source>Usage: kontor-cli notes add ID TEXT [--json]
</source>
        <translation>Aufruf: kontor-cli notes add ID TEXT [--json]
</translation>
    </message>
    <message>
        <source>Usage: kontor-cli notes list ID [--json]
</source>
        <translation>Aufruf: kontor-cli notes list ID [--json]
</translation>
    </message>
    <message>
        <source>Usage: kontor-cli notes edit NOTE_ID TEXT
</source>
        <translation>Aufruf: kontor-cli notes edit NOTIZ_ID TEXT
</translation>
    </message>
    <message>
        <source>Usage: kontor-cli notes delete NOTE_ID
</source>
        <translation>Aufruf: kontor-cli notes delete NOTIZ_ID
</translation>
    </message>
    <message>
        <source>Usage: kontor-cli lists list [--json]
       kontor-cli lists create --name NAME [--filter EXPR] [--columns a,b] [--sort FIELD] [--json]
       kontor-cli lists edit NAME [--filter EXPR] [--columns a,b] [--sort FIELD]
       kontor-cli lists rename NAME NEW_NAME
       kontor-cli lists copy NAME NEW_NAME
       kontor-cli lists delete NAME
       kontor-cli lists show NAME [--json]
       kontor-cli lists share NAME --users NAME,NAME (&quot;&quot; shares with nobody)
Filters use the filter language of docs/filters.md; fields are keys such as city, tags,
created, custom.Branche. Lists shared with you can be shown and copied, not changed.
</source>
        <translation>Aufruf: kontor-cli lists list [--json]
        kontor-cli lists create --name NAME [--filter AUSDRUCK] [--columns a,b] [--sort FELD] [--json]
        kontor-cli lists edit NAME [--filter AUSDRUCK] [--columns a,b] [--sort FELD]
        kontor-cli lists rename NAME NEUER_NAME
        kontor-cli lists copy NAME NEUER_NAME
        kontor-cli lists delete NAME
        kontor-cli lists show NAME [--json]
        kontor-cli lists share NAME --users NAME,NAME (&quot;&quot; teilt mit niemandem)
Filter nutzen die Filtersprache aus docs/filters.md; Felder sind Schlüssel wie city, tags,
created, custom.Branche. Mit Ihnen geteilte Listen können Sie anzeigen und kopieren, nicht ändern.
</translation>
    </message>
    <message>
        <source>Usage: kontor-cli import FILE [options]
Imports persons (or companies) from CSV/TSV/text, XLSX, XLS or vCard as one batch.
By default nothing is written if any row is invalid (exit code 2).
  --format auto|csv|xlsx|xls|vcf  default: detected from the content
  --kind person|company     what the file holds (default person)
  --mapping FILE            column mapping as JSON: {&quot;Header&quot;: &quot;target&quot;, ...}
  --region CC               region of phone numbers without a country code
  --dry-run                 print the review (counts and every problem); write nothing
  --skip-invalid            import the valid rows and list the invalid ones
  --failed-rows FILE        with --skip-invalid: save the rows left out as CSV
  --on-duplicate skip|update|create  contacts matched by e-mail or phone (default skip)
  --tag TAG                 add a tag to every contact imported
  --owner USER              owner of the new contacts (default: you)
  --name TEXT               the batch&apos;s name (default &quot;Import of FILE&quot;)
  --sheet N                 the sheet of a workbook, counted from 1
  --encoding NAME           e.g. UTF-8, windows-1252 (default: detected)
  --delimiter C             &quot;,&quot;, &quot;;&quot;, &quot;|&quot; or &quot;tab&quot; (default: detected)
  --json                    print {batch, created, updated, skipped, failed, problems}
Problems name the file row and column: &quot;row 4, column 3 (E-Mail): ...&quot;.
</source>
        <translation>Aufruf: kontor-cli import FILE [Optionen]
Importiert Personen (oder Firmen) aus CSV/TSV/Text, XLSX, XLS oder vCard als einen Stapel.
Standardmäßig wird nichts geschrieben, wenn eine Zeile ungültig ist (Exit-Code 2).
  --format auto|csv|xlsx|xls|vcf  Standard: anhand des Inhalts erkannt
  --kind person|company     was die Datei enthält (Standard: person)
  --mapping FILE            Spaltenzuordnung als JSON: {&quot;Header&quot;: &quot;target&quot;, ...}
  --region CC               Region von Telefonnummern ohne Ländervorwahl
  --dry-run                 die Prüfung ausgeben (Anzahlen und alle Probleme); nichts schreiben
  --skip-invalid            die gültigen Zeilen importieren und die ungültigen auflisten
  --failed-rows FILE        mit --skip-invalid: die ausgelassenen Zeilen als CSV speichern
  --on-duplicate skip|update|create  Kontakte mit gleicher E-Mail oder Telefonnummer (Standard: skip)
  --tag TAG                 jedem importierten Kontakt ein Tag hinzufügen
  --owner USER              Besitzer der neuen Kontakte (Standard: Sie)
  --name TEXT               der Name des Stapels (Standard: „Import von FILE“)
  --sheet N                 das Tabellenblatt einer Arbeitsmappe, gezählt ab 1
  --encoding NAME           z. B. UTF-8, windows-1252 (Standard: erkannt)
  --delimiter C             „,“, „;“, „|“ oder „tab“ (Standard: erkannt)
  --json                    {batch, created, updated, skipped, failed, problems} ausgeben
Probleme nennen Zeile und Spalte der Datei: „Zeile 4, Spalte 3 (E-Mail): …“.
</translation>
    </message>
    <message>
        <source>Usage: kontor-cli import undo BATCH [--json]
Removes the contacts the import created and reverts the fields it updated; fields changed
since the import are left alone and listed. BATCH is the number from &quot;import list&quot;.
</source>
        <translation>Aufruf: kontor-cli import undo BATCH [--json]
Entfernt die vom Import angelegten Kontakte und setzt die von ihm aktualisierten Felder
zurück; seit dem Import geänderte Felder bleiben unberührt und werden aufgelistet.
BATCH ist die Nummer aus „import list“.
</translation>
    </message>
    <message>
        <source>Usage: kontor-cli import list [--json]
Lists the imports, newest first: batch, start, name, status and counts.
</source>
        <translation>Aufruf: kontor-cli import list [--json]
Listet die Importe auf, die neuesten zuerst: Stapel, Start, Name, Status und Anzahlen.
</translation>
    </message>
    <message>
        <source>Usage: kontor-cli export --format FORMAT [--list NAME] [--search TEXT] [--filter EXPR]
                         [--sort FIELD] [--columns a,b] [--json] -o FILE
  --format csv|csv-excel|xlsx|vcf|vcf3|json  default: from the file&apos;s suffix
      csv: UTF-8, &quot;,&quot;; csv-excel: UTF-8 with BOM, &quot;;&quot; (Excel, German); vcf: vCard 4.0
  --list NAME     the contacts of a smart list, in its order
  --search, --filter, --sort   as for &quot;contacts list&quot;
  --columns a,b   csv and xlsx: these columns, e.g. first_name,last_name,email,company
  -o, --output FILE  the file to write (replaced when it exists)
Cells starting with =, +, -, @ are written with a leading &apos; so spreadsheets show text.
</source>
        <translation>Aufruf: kontor-cli export --format FORMAT [--list NAME] [--search TEXT] [--filter EXPR]
                          [--sort FIELD] [--columns a,b] [--json] -o FILE
  --format csv|csv-excel|xlsx|vcf|vcf3|json  Standard: aus der Dateiendung
      csv: UTF-8, „,“; csv-excel: UTF-8 mit BOM, „;“ (Excel, deutsch); vcf: vCard 4.0
  --list NAME     die Kontakte einer Smart-Liste, in ihrer Reihenfolge
  --search, --filter, --sort   wie bei „contacts list“
  --columns a,b   csv und xlsx: diese Spalten, z. B. first_name,last_name,email,company
  -o, --output FILE  die zu schreibende Datei (wird ersetzt, falls sie existiert)
Zellen, die mit =, +, -, @ beginnen, werden mit vorangestelltem &apos; geschrieben, damit
Tabellenkalkulationen sie als Text anzeigen.
</translation>
    </message>
    <message>
        <source>Usage: kontor-cli bulk (--list NAME | --search TEXT | --filter EXPR | --ids ID,…) ACTION [ARG…]
                       [--name TEXT] [--chunk-size N] [--json]
Runs one action on every contact selected, as a job in chunks of one transaction each.
Ctrl+C stops it after the current chunk; &quot;jobs resume&quot; continues, &quot;jobs undo&quot; reverts.
Actions:
  tag-add TAG, tag-remove TAG
  owner USER              the owner (name, e-mail or number); &quot;none&quot; removes it
  follower-add USER, follower-remove USER
  company NAME            link persons to the company (created if new)
  company-remove          unlink persons from their company
  type TYPE               the contact type; &quot;none&quot; clears it
  lead on|off
  dnd CHANNEL on|off      do not disturb: all, email, sms, calls, whatsapp
  verify-email            check the e-mail addresses (syntax, disposable domain, DNS)
  delete --confirm WORD   move to the trash; WORD is DELETE or LÖSCHEN
  --name TEXT             the job&apos;s name in the log (default: a description)
  --chunk-size N          contacts per transaction (default 500)
  --json                  print {id, uuid, type, name, status, total, processed, ...}
Exit code 4 when the job was cancelled or failed.
</source>
        <translation>Aufruf: kontor-cli bulk (--list NAME | --search TEXT | --filter EXPR | --ids ID,…) ACTION [ARG…]
                        [--name TEXT] [--chunk-size N] [--json]
Führt eine Aktion für jeden ausgewählten Kontakt aus, als Auftrag in Abschnitten mit je
einer Transaktion. Strg+C hält ihn nach dem aktuellen Abschnitt an; „jobs resume“ setzt
ihn fort, „jobs undo“ macht ihn rückgängig.
Aktionen:
  tag-add TAG, tag-remove TAG
  owner USER              der Besitzer (Name, E-Mail oder Nummer); „none“ entfernt ihn
  follower-add USER, follower-remove USER
  company NAME            Personen der Firma zuordnen (wird angelegt, falls neu)
  company-remove          Personen von ihrer Firma lösen
  type TYPE               der Kontakttyp; „none“ entfernt ihn
  lead on|off
  dnd CHANNEL on|off      Nicht stören: all, email, sms, calls, whatsapp
  verify-email            die E-Mail-Adressen prüfen (Syntax, Wegwerf-Domain, DNS)
  delete --confirm WORD   in den Papierkorb verschieben; WORD ist DELETE oder LÖSCHEN
  --name TEXT             der Name des Auftrags im Protokoll (Standard: eine Beschreibung)
  --chunk-size N          Kontakte pro Transaktion (Standard: 500)
  --json                  {id, uuid, type, name, status, total, processed, ...} ausgeben
Exit-Code 4, wenn der Auftrag abgebrochen wurde oder fehlgeschlagen ist.
</translation>
    </message>
    <message>
        <source>Usage: kontor-cli jobs list [--type T] [--status S] [--user USER] [--json]
Lists imports, exports and bulk actions, newest first.
  --type import|export|bulk|ACTION   ACTION: a bulk action such as tag-add
  --status queued|running|done|failed|cancelled|interrupted|undone
</source>
        <translation>Aufruf: kontor-cli jobs list [--type T] [--status S] [--user USER] [--json]
Listet Importe, Exporte und Massenaktionen auf, die neuesten zuerst.
  --type import|export|bulk|ACTION   ACTION: eine Massenaktion wie tag-add
  --status queued|running|done|failed|cancelled|interrupted|undone
</translation>
    </message>
    <message>
        <source>Usage: kontor-cli jobs show JOB [--items] [--json]
Shows a job (number or UUID) with its statistics; --items lists the contacts skipped or
failed with the reason.
</source>
        <translation>Aufruf: kontor-cli jobs show JOB [--items] [--json]
Zeigt einen Auftrag (Nummer oder UUID) mit seiner Statistik; --items listet die
übersprungenen oder fehlgeschlagenen Kontakte mit dem Grund auf.
</translation>
    </message>
    <message>
        <source>Usage: kontor-cli jobs undo JOB [--json]
Reverts exactly what the job changed: removes the contacts it created, restores the fields
it changed and the contacts it moved to the trash. Fields changed since are left alone and
listed.
</source>
        <translation>Aufruf: kontor-cli jobs undo JOB [--json]
Macht genau das rückgängig, was der Auftrag geändert hat: entfernt die von ihm angelegten
Kontakte und stellt die geänderten Felder sowie die in den Papierkorb verschobenen Kontakte
wieder her. Seitdem geänderte Felder bleiben unberührt und werden aufgelistet.
</translation>
    </message>
    <message>
        <source>Usage: kontor-cli jobs resume JOB [--json]
Continues an interrupted or cancelled bulk action with its first chunk not done.
</source>
        <translation>Aufruf: kontor-cli jobs resume JOB [--json]
Setzt eine unterbrochene oder abgebrochene Massenaktion mit ihrem ersten nicht erledigten
Abschnitt fort.
</translation>
    </message>
    <message>
        <source>Usage: kontor-cli [global options] COMMAND [options]

Commands:
  contacts add        create a person or a company
  contacts list       list contacts, optionally filtered by a search
  contacts show ID    show one contact (ID is the number or the UUID)
  contacts edit ID    change fields of a contact
  contacts delete ID… move contacts to the trash
  companies list      list companies with their number of persons
  companies add NAME  create a company
  companies show C    show a company (name, number or UUID) and its persons
  companies assign C ID…  link persons to a company
  companies unassign ID…  unlink persons from their company
  notes add ID TEXT   add a note to a contact
  notes list ID       show a contact&apos;s notes, newest first
  notes edit N TEXT   change the text of note N
  notes delete N      delete note N
  tasks add|list|done|reopen|remove  to-dos with due time, recurrence and reminder
  appointments add|list  appointments with contacts
  appointments export-ics|import-ics  write or read .ics calendar files
  documents add|list|remove|restore|get  files attached to contacts
  payments add|list|remove  transactions, invoices and subscriptions with totals
  reminders due --at TIME  the task and birthday reminders of that minute
  lists list          list the smart lists (saved filters)
  lists create        save a filter as a smart list
  lists show NAME     show a list&apos;s filter, columns, sort and number of contacts
  lists edit|rename|copy|delete|share NAME  change, copy, remove or share a list
  trash list          list the trash
  trash restore ID…   bring contacts back from the trash
  trash purge         delete what has been in the trash for more than 60 days
  import FILE         import contacts from CSV, Excel or vCard as one batch
  import list         list the imports (batches)
  import undo BATCH   undo an import: remove what it created, revert what it updated
  export -o FILE      export contacts as CSV, Excel, vCard or JSON
  bulk SELECTION ACTION  change many contacts at once as one job (tags, owner, delete, …)
  jobs list           list the jobs: imports, exports and bulk actions
  jobs show JOB       show a job with its statistics (--items: skipped and failed contacts)
  jobs undo JOB       revert what a job changed; fields changed since are left alone
  jobs resume JOB     continue an interrupted or cancelled bulk action
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
        <translation>Aufruf: kontor-cli [globale Optionen] COMMAND [Optionen]

Befehle:
  contacts add        eine Person oder eine Firma anlegen
  contacts list       Kontakte auflisten, optional nach einer Suche gefiltert
  contacts show ID    einen Kontakt anzeigen (ID ist die Nummer oder die UUID)
  contacts edit ID    Felder eines Kontakts ändern
  contacts delete ID… Kontakte in den Papierkorb verschieben
  companies list      Firmen mit der Zahl ihrer Personen auflisten
  companies add NAME  eine Firma anlegen
  companies show C    eine Firma (Name, Nummer oder UUID) und ihre Personen anzeigen
  companies assign C ID…  Personen einer Firma zuordnen
  companies unassign ID…  Personen von ihrer Firma lösen
  notes add ID TEXT   einem Kontakt eine Notiz hinzufügen
  notes list ID       die Notizen eines Kontakts anzeigen, die neuesten zuerst
  notes edit N TEXT   den Text von Notiz N ändern
  notes delete N      Notiz N löschen
  tasks add|list|done|reopen|remove  Aufgaben mit Fälligkeit, Wiederholung und Erinnerung
  appointments add|list  Termine mit Kontakten
  appointments export-ics|import-ics  .ics-Kalenderdateien schreiben oder lesen
  documents add|list|remove|restore|get  an Kontakte angehängte Dateien
  payments add|list|remove  Transaktionen, Rechnungen und Abonnements mit Summen
  reminders due --at TIME  die Aufgaben- und Geburtstagserinnerungen dieser Minute
  lists list          die Smart-Listen (gespeicherte Filter) auflisten
  lists create        einen Filter als Smart-Liste speichern
  lists show NAME     Filter, Spalten, Sortierung und Kontaktzahl einer Liste anzeigen
  lists edit|rename|copy|delete|share NAME  eine Liste ändern, kopieren, entfernen oder teilen
  trash list          den Inhalt des Papierkorbs auflisten
  trash restore ID…   Kontakte aus dem Papierkorb wiederherstellen
  trash purge         endgültig löschen, was seit über 60 Tagen im Papierkorb liegt
  import FILE         Kontakte aus CSV, Excel oder vCard als einen Stapel importieren
  import list         die Importe (Stapel) auflisten
  import undo BATCH   einen Import rückgängig machen: Angelegtes entfernen, Aktualisiertes zurücksetzen
  export -o FILE      Kontakte als CSV, Excel, vCard oder JSON exportieren
  bulk SELECTION ACTION  viele Kontakte auf einmal in einem Auftrag ändern (Tags, Verantwortlicher, Löschen, …)
  jobs list           die Aufträge auflisten: Importe, Exporte und Massenaktionen
  jobs show JOB       einen Auftrag mit Statistik anzeigen (--items: übersprungene und fehlgeschlagene Kontakte)
  jobs undo JOB       rückgängig machen, was ein Auftrag geändert hat; seitdem geänderte Felder bleiben unberührt
  jobs resume JOB     eine unterbrochene oder abgebrochene Massenaktion fortsetzen
  demo --contacts N   die Datenbank mit N Beispielkontakten füllen

Globale Optionen:
  --db FILE           die Datenbank (Standard: die der Desktop-Anwendung)
  --lang de|en        die Sprache der Meldungen (Standard: aus den Einstellungen)
  --region CC         die Region von Telefonnummern ohne Ländervorwahl, z. B. DE
  --help              dieser Text; nach einem Befehl die Hilfe zu diesem Befehl
  --version           die Version

Exit-Codes: 0 Erfolg, 1 Aufruffehler, 2 ungültige Eingabe (es wurde nichts geschrieben),
3 nicht gefunden, 4 Speicher- oder Dateifehler.
„kontor-cli COMMAND --help“ zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>Usage: kontor-cli tasks add --title TEXT [--contact ID] [--due &quot;YYYY-MM-DD HH:MM&quot;] [--tz ZONE]
                          [--repeat none|daily|weekly|monthly|yearly] [--every N]
                          [--weekdays mo,we,...] [--remind MINUTES|none]
                          [--assignee USER|me|none] [--description TEXT] [--json]
       kontor-cli tasks list [--contact ID] [--assignee USER|me|none]
                          [--status open|done|overdue|all] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                          [--search TEXT] [--tz ZONE] [--json]
       kontor-cli tasks done TASK_ID [--tz ZONE] [--json]
       kontor-cli tasks reopen TASK_ID [--json]
       kontor-cli tasks remove TASK_ID
Times are wall-clock times in --tz (default: the system&apos;s zone), e.g. Europe/Berlin.
&quot;tasks list&quot; shows open tasks by default, sorted by due time; &quot;!&quot; marks overdue ones.
Marking a recurring task done creates and prints its next occurrence.
</source>
        <translation>Aufruf: kontor-cli tasks add --title TEXT [--contact ID] [--due &quot;YYYY-MM-DD HH:MM&quot;] [--tz ZONE]
                           [--repeat none|daily|weekly|monthly|yearly] [--every N]
                           [--weekdays mo,we,...] [--remind MINUTEN|none]
                           [--assignee BENUTZER|me|none] [--description TEXT] [--json]
        kontor-cli tasks list [--contact ID] [--assignee BENUTZER|me|none]
                           [--status open|done|overdue|all] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                           [--search TEXT] [--tz ZONE] [--json]
        kontor-cli tasks done AUFGABEN_ID [--tz ZONE] [--json]
        kontor-cli tasks reopen AUFGABEN_ID [--json]
        kontor-cli tasks remove AUFGABEN_ID
Zeiten sind Uhrzeiten in der Zeitzone --tz (Standard: die des Systems), z. B. Europe/Berlin.
„tasks list“ zeigt standardmäßig die offenen Aufgaben, nach Fälligkeit sortiert; „!“ markiert
überfällige. Wird eine wiederkehrende Aufgabe erledigt, wird ihr nächstes Vorkommen angelegt
und ausgegeben.
</translation>
    </message>
    <message>
        <source>Usage: kontor-cli appointments add --contact ID --title TEXT --start &quot;YYYY-MM-DD HH:MM&quot;
                          [--end &quot;YYYY-MM-DD HH:MM&quot; | --duration MINUTES] [--tz ZONE]
                          [--calendar NAME] [--location TEXT] [--notes TEXT]
                          [--attendee USER]... [--json]
       kontor-cli appointments add ... --all-day --start YYYY-MM-DD [--end YYYY-MM-DD]
       kontor-cli appointments list [--contact ID] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                          [--tz ZONE] [--json]
       kontor-cli appointments export-ics (APPOINTMENT_ID... | --contact ID | --all)
                          --output FILE (&quot;-&quot;: standard output)
       kontor-cli appointments import-ics --contact ID FILE [--json]
Without --end or --duration an appointment lasts 60 minutes. import-ics takes the events of an
invitation onto the contact; an event it has already (same UID) is updated.
</source>
        <translation>Aufruf: kontor-cli appointments add --contact ID --title TEXT --start &quot;YYYY-MM-DD HH:MM&quot;
                           [--end &quot;YYYY-MM-DD HH:MM&quot; | --duration MINUTEN] [--tz ZONE]
                           [--calendar NAME] [--location TEXT] [--notes TEXT]
                           [--attendee BENUTZER]... [--json]
        kontor-cli appointments add ... --all-day --start YYYY-MM-DD [--end YYYY-MM-DD]
        kontor-cli appointments list [--contact ID] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                           [--tz ZONE] [--json]
        kontor-cli appointments export-ics (TERMIN_ID... | --contact ID | --all)
                           --output FILE („-“: Standardausgabe)
        kontor-cli appointments import-ics --contact ID FILE [--json]
Ohne --end oder --duration dauert ein Termin 60 Minuten. import-ics übernimmt die Ereignisse
einer Einladung für den Kontakt; ein bereits vorhandenes Ereignis (gleiche UID) wird
aktualisiert.
</translation>
    </message>
    <message>
        <source>Usage: kontor-cli documents add --contact ID FILE... [--category internal|sent|received]
                          [--name NAME] [--json]
       kontor-cli documents list [--contact ID] [--search TEXT] [--trashed] [--json]
       kontor-cli documents remove DOCUMENT_ID [--json]
       kontor-cli documents restore DOCUMENT_ID [--json]
       kontor-cli documents get DOCUMENT_ID --output FILE (&quot;-&quot;: standard output)
The same content is stored once. Files over the size limit of the settings are refused.
remove moves a document to the trash; restore brings it back.
</source>
        <translation>Aufruf: kontor-cli documents add --contact ID FILE... [--category internal|sent|received]
                           [--name NAME] [--json]
        kontor-cli documents list [--contact ID] [--search TEXT] [--trashed] [--json]
        kontor-cli documents remove DOKUMENT_ID [--json]
        kontor-cli documents restore DOKUMENT_ID [--json]
        kontor-cli documents get DOKUMENT_ID --output FILE („-“: Standardausgabe)
Gleicher Inhalt wird nur einmal gespeichert. Dateien über der Größengrenze aus den
Einstellungen werden abgelehnt.
remove verschiebt ein Dokument in den Papierkorb; restore stellt es wieder her.
</translation>
    </message>
    <message>
        <source>Usage: kontor-cli payments add --contact ID --kind transaction|invoice|subscription
                          --amount AMOUNT --date YYYY-MM-DD [--currency EUR]
                          [--due-date D] [--next-date D] [--method M] [--status S]
                          [--number N] [--interval I] [--notes TEXT] [--json]
       kontor-cli payments list [--contact ID] [--kind K] [--json]
       kontor-cli payments remove PAYMENT_ID
  transaction: --method bank_transfer|card|cash|direct_debit|paypal|other,
               --status pending|completed|failed|refunded
  invoice:     --number and --due-date required, --status open|paid
  subscription: --interval weekly|monthly|quarterly|yearly required, --next-date,
               --status active|paused|cancelled
Amounts as 1234.50 or 1.234,50. The list ends with the totals per kind and currency.
</source>
        <translation>Aufruf: kontor-cli payments add --contact ID --kind transaction|invoice|subscription
                           --amount BETRAG --date YYYY-MM-DD [--currency EUR]
                           [--due-date D] [--next-date D] [--method M] [--status S]
                           [--number N] [--interval I] [--notes TEXT] [--json]
        kontor-cli payments list [--contact ID] [--kind K] [--json]
        kontor-cli payments remove ZAHLUNGS_ID
  transaction: --method bank_transfer|card|cash|direct_debit|paypal|other,
               --status pending|completed|failed|refunded
  invoice:     --number und --due-date erforderlich, --status open|paid
  subscription: --interval weekly|monthly|quarterly|yearly erforderlich, --next-date,
               --status active|paused|cancelled
Beträge als 1234.50 oder 1.234,50. Die Liste endet mit den Summen je Art und Währung.
</translation>
    </message>
    <message>
        <source>Usage: kontor-cli reminders due --at &quot;YYYY-MM-DD HH:MM&quot; [--tz ZONE] [--user USER|all]
                          [--birthday-days N] [--birthday-time HH:MM] [--json]
Prints the task and birthday reminders that would fire in that minute, for you (default),
another user or all. --birthday-days and --birthday-time override the settings.
</source>
        <translation>Aufruf: kontor-cli reminders due --at &quot;YYYY-MM-DD HH:MM&quot; [--tz ZONE] [--user BENUTZER|all]
                           [--birthday-days N] [--birthday-time HH:MM] [--json]
Gibt die Aufgaben- und Geburtstagserinnerungen aus, die in dieser Minute fällig würden:
für Sie (Standard), einen anderen Benutzer oder alle. --birthday-days und --birthday-time
überschreiben die Einstellungen.
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
    <name>CompaniesPage</name>
    <message>
        <source>New company</source>
        <translation>Neue Firma</translation>
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
        <source>Columns...</source>
        <translation>Spalten...</translation>
    </message>
</context>
<context>
    <name>CompanyCommands</name>
    <message>
        <source>There is no company with the name or id &quot;%1&quot;.</source>
        <translation>Es gibt keine Firma mit dem Namen oder der ID „%1“.</translation>
    </message>
    <message>
        <source>Contact %1 (%2) is a person, not a company.</source>
        <translation>Kontakt %1 (%2) ist eine Person, keine Firma.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Persons</source>
        <extracomment>column of &quot;companies list&quot;: how many persons work for the company</extracomment>
        <translation>Personen</translation>
    </message>
    <message>
        <source>No companies found.</source>
        <translation>Keine Firmen gefunden.</translation>
    </message>
    <message>
        <source>give the company&apos;s name (in quotes if it has spaces)</source>
        <translation>geben Sie den Namen der Firma an (in Anführungszeichen, wenn er Leerzeichen enthält)</translation>
    </message>
    <message>
        <source>There is a company named &quot;%1&quot; already (id %2).</source>
        <translation>Es gibt schon eine Firma namens „%1“ (ID %2).</translation>
    </message>
    <message>
        <source>Created company %1 (%2).</source>
        <extracomment>%1 is the new company&apos;s number, %2 its name</extracomment>
        <translation>Firma %1 (%2) angelegt.</translation>
    </message>
    <message>
        <source>give exactly one company: its name, number or UUID</source>
        <translation>geben Sie genau eine Firma an: Name, Nummer oder UUID</translation>
    </message>
    <message>
        <source>No persons work for this company.</source>
        <translation>Für diese Firma arbeiten keine Personen.</translation>
    </message>
    <message>
        <source>Persons (%1):</source>
        <translation>Personen (%1):</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>give a company and at least one person id</source>
        <translation>geben Sie eine Firma und mindestens eine Personen-ID an</translation>
    </message>
    <message numerus="yes">
        <source>Linked %n person(s) to %1.</source>
        <extracomment>%1 is the company&apos;s name</extracomment>
        <translation>
            <numerusform>%n Person mit %1 verknüpft.</numerusform>
            <numerusform>%n Personen mit %1 verknüpft.</numerusform>
        </translation>
    </message>
    <message>
        <source>give at least one person id</source>
        <translation>geben Sie mindestens eine Personen-ID an</translation>
    </message>
    <message numerus="yes">
        <source>Unlinked %n person(s) from their company.</source>
        <translation>
            <numerusform>%n Person von ihrer Firma gelöst.</numerusform>
            <numerusform>%n Personen von ihrer Firma gelöst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmBox</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
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
    <message>
        <source>ID</source>
        <translation>ID</translation>
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
    <name>ContactListFields</name>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation>Unbekanntes Feld „%1“.</translation>
    </message>
    <message>
        <source>not checked</source>
        <comment>e-mail check</comment>
        <translation>nicht geprüft</translation>
    </message>
</context>
<context>
    <name>ContactListRepository</name>
    <message>
        <source>Quick search cannot look in &quot;%1&quot;.</source>
        <translation>Die Schnellsuche kann nicht in „%1“ suchen.</translation>
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
    <message>
        <source>&quot;%1&quot; is a person, not a company.</source>
        <translation>„%1“ ist eine Person, keine Firma.</translation>
    </message>
    <message>
        <source>The company &quot;%1&quot; is in the trash; restore it before linking persons to it.</source>
        <translation>Die Firma „%1“ liegt im Papierkorb; stellen Sie sie wieder her, bevor Sie ihr Personen zuordnen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a company; only persons belong to a company.</source>
        <translation>„%1“ ist eine Firma; nur Personen gehören zu einer Firma.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the trash; restore it before editing.</source>
        <translation>„%1“ liegt im Papierkorb; stellen Sie den Kontakt wieder her, bevor Sie ihn bearbeiten.</translation>
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
    <name>ContactTypesSettingsPage</name>
    <message>
        <source>Every contact has one of these types. Double-click a type to rename it; its contacts follow.</source>
        <translation>Jeder Kontakt hat einen dieser Typen. Doppelklicken Sie auf einen Typ, um ihn umzubenennen; seine Kontakte folgen.</translation>
    </message>
    <message>
        <source>New contact type</source>
        <translation>Neuer Kontakttyp</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
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
    <name>CsvReader</name>
    <message>
        <source>The file &quot;%1&quot; cannot be opened: %2</source>
        <translation>Die Datei „%1“ lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>The text encoding &quot;%1&quot; is not supported.</source>
        <translation>Die Textkodierung „%1“ wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file contains binary data, not text: it is not a CSV file.</source>
        <translation>Die Datei enthält Binärdaten statt Text: Sie ist keine CSV-Datei.</translation>
    </message>
    <message>
        <source>The field whose quote opens in row %1 is longer than %2 MB; perhaps its closing quote is missing.</source>
        <translation>Das Feld, dessen Anführungszeichen in Zeile %1 beginnt, ist länger als %2 MB; vielleicht fehlt das schließende Anführungszeichen.</translation>
    </message>
    <message>
        <source>The field in row %1, column %2 is longer than %3 MB.</source>
        <translation>Das Feld in Zeile %1, Spalte %2 ist länger als %3 MB.</translation>
    </message>
    <message>
        <source>Row %1 is longer than %2 MB.</source>
        <translation>Zeile %1 ist länger als %2 MB.</translation>
    </message>
    <message>
        <source>The quote opened in row %1, column %2 is never closed.</source>
        <translation>Das in Zeile %1, Spalte %2 geöffnete Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>Row %1 contains binary data (a NUL character): this is not a text file.</source>
        <translation>Zeile %1 enthält Binärdaten (ein NUL-Zeichen): Dies ist keine Textdatei.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
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
    <name>CustomFieldBinding</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the name of a custom field, %2 the reason</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>CustomFieldDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>New option</source>
        <translation>Neue Option</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
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
    <name>CustomFieldsSettingsPage</name>
    <message>
        <source>Custom fields appear on every contact, grouped by folder. Drag a field onto another folder to move it.</source>
        <translation>Benutzerdefinierte Felder erscheinen bei jedem Kontakt, nach Ordnern gruppiert. Ziehen Sie ein Feld auf einen anderen Ordner, um es zu verschieben.</translation>
    </message>
    <message>
        <source>New f&amp;older...</source>
        <translation>Neuer O&amp;rdner...</translation>
    </message>
    <message>
        <source>&amp;Rename folder...</source>
        <translation>Ordner &amp;umbenennen...</translation>
    </message>
    <message>
        <source>Delete fo&amp;lder...</source>
        <translation>Ordner &amp;löschen...</translation>
    </message>
    <message>
        <source>&amp;New field...</source>
        <translation>&amp;Neues Feld...</translation>
    </message>
    <message>
        <source>&amp;Edit field...</source>
        <translation>Feld &amp;bearbeiten...</translation>
    </message>
    <message>
        <source>&amp;Delete field...</source>
        <translation>Feld l&amp;öschen...</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
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
    <name>Document</name>
    <message>
        <source>Internal</source>
        <comment>document category</comment>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>document category</comment>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>document category</comment>
        <translation>Empfangen</translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <source>give the number of one document (see &quot;kontor-cli documents list&quot;)</source>
        <translation>geben Sie die Nummer eines Dokuments an (siehe „kontor-cli documents list“)</translation>
    </message>
    <message>
        <source>give &quot;--contact ID&quot; and at least one file</source>
        <translation>geben Sie „--contact ID“ und mindestens eine Datei an</translation>
    </message>
    <message>
        <source>&quot;--name&quot; names one file; give only one file with it</source>
        <translation>„--name“ benennt eine einzelne Datei; geben Sie damit nur eine Datei an</translation>
    </message>
    <message>
        <source>is internal, sent or received, not &quot;%1&quot;</source>
        <translation>ist internal, sent oder received, nicht „%1“</translation>
    </message>
    <message>
        <source>Added document %1 &quot;%2&quot; (%3) to %4.</source>
        <extracomment>%1 the document&apos;s number, %2 its name, %3 its size, %4 the contact&apos;s name</extracomment>
        <translation>Dokument %1 „%2“ (%3) zu %4 hinzugefügt.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>No documents in the trash.</source>
        <translation>Keine Dokumente im Papierkorb.</translation>
    </message>
    <message>
        <source>No documents.</source>
        <translation>Keine Dokumente.</translation>
    </message>
    <message>
        <source>Moved document %1 &quot;%2&quot; to the trash.</source>
        <extracomment>%1 the document&apos;s number, %2 its name</extracomment>
        <translation>Dokument %1 „%2“ in den Papierkorb verschoben.</translation>
    </message>
    <message>
        <source>Restored document %1 &quot;%2&quot; from the trash.</source>
        <extracomment>%1 the document&apos;s number, %2 its name</extracomment>
        <translation>Dokument %1 „%2“ aus dem Papierkorb wiederhergestellt.</translation>
    </message>
    <message>
        <source>&quot;--output FILE&quot; is required (&quot;-&quot; writes to the standard output)</source>
        <translation>„--output FILE“ ist erforderlich („-“ schreibt in die Standardausgabe)</translation>
    </message>
    <message>
        <source>The document could not be copied.</source>
        <translation>Das Dokument konnte nicht kopiert werden.</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; as %2.</source>
        <extracomment>%1 the document&apos;s name, %2 the file written</extracomment>
        <translation>„%1“ als %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>DocumentRepository</name>
    <message>
        <source>There is no document with id %1.</source>
        <translation>Es gibt kein Dokument mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>DocumentService</name>
    <message>
        <source>The contact is in the trash; restore it before changing its documents.</source>
        <translation>Der Kontakt liegt im Papierkorb; stellen Sie ihn wieder her, bevor Sie seine Dokumente ändern.</translation>
    </message>
    <message>
        <source>A document needs a name.</source>
        <translation>Ein Dokument braucht einen Namen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; contains a folder separator (/ or \).</source>
        <translation>Der Name „%1“ enthält ein Ordnertrennzeichen (/ oder \).</translation>
    </message>
    <message>
        <source>A document name can have at most %1 characters.</source>
        <translation>Ein Dokumentname darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>The file %1 has %2 MB; documents may have at most %3 MB.</source>
        <translation>Die Datei %1 hat %2 MB; Dokumente dürfen höchstens %3 MB groß sein.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>The document is in the trash; restore it before changing it.</source>
        <translation>Das Dokument liegt im Papierkorb; stellen Sie es wieder her, bevor Sie es ändern.</translation>
    </message>
    <message>
        <source>The content of the document &quot;%1&quot; is missing: %2 does not exist.</source>
        <translation>Der Inhalt des Dokuments „%1“ fehlt: %2 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>DocumentStore</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The file %1 has %2 MB; documents may have at most %3 MB.</source>
        <translation>Die Datei %1 hat %2 MB; Dokumente dürfen höchstens %3 MB groß sein.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Die Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>Die Datei %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The file %1 is bigger than %2 MB, the limit for documents.</source>
        <translation>Die Datei %1 ist größer als %2 MB, die Obergrenze für Dokumente.</translation>
    </message>
    <message>
        <source>%1 is not the name of a stored document.</source>
        <translation>%1 ist nicht der Name eines gespeicherten Dokuments.</translation>
    </message>
    <message>
        <source>The stored document %1 cannot be deleted.</source>
        <translation>Das gespeicherte Dokument %1 kann nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>EmailCheck</name>
    <message>
        <source>valid</source>
        <comment>e-mail check</comment>
        <translation>gültig</translation>
    </message>
    <message>
        <source>invalid</source>
        <comment>e-mail check</comment>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>e-mail check</comment>
        <translation>unbekannt</translation>
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
    <name>EmailVerifier</name>
    <message>
        <source>The domain %1 is a disposable-mail domain.</source>
        <translation>Die Domain %1 gehört zu einem Wegwerf-E-Mail-Dienst.</translation>
    </message>
    <message>
        <source>The domain %1 does not exist or receives no mail.</source>
        <translation>Die Domain %1 existiert nicht oder empfängt keine E-Mails.</translation>
    </message>
    <message>
        <source>The domain could not be looked up (offline?).</source>
        <translation>Die Domain konnte nicht geprüft werden (offline?).</translation>
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
    <name>ExportColumns</name>
    <message>
        <source>There is no custom field &quot;%1&quot; to export.</source>
        <translation>Es gibt kein benutzerdefiniertes Feld „%1“ zum Exportieren.</translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot; to export.</source>
        <translation>Es gibt keine Spalte „%1“ zum Exportieren.</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>lead</comment>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <comment>lead</comment>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>say where to write with &quot;-o FILE&quot;</source>
        <translation>geben Sie mit „-o DATEI“ an, wohin geschrieben wird</translation>
    </message>
    <message>
        <source>&quot;-o&quot; needs a file name</source>
        <translation>„-o“ braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>&quot;--format&quot; is one of csv, csv-excel, xlsx, vcf, vcf3, json</source>
        <translation>„--format“ ist eines von csv, csv-excel, xlsx, vcf, vcf3, json</translation>
    </message>
    <message>
        <source>say the format with &quot;--format csv|csv-excel|xlsx|vcf|vcf3|json&quot;</source>
        <translation>geben Sie das Format mit „--format csv|csv-excel|xlsx|vcf|vcf3|json“ an</translation>
    </message>
    <message>
        <source>&quot;--columns&quot; applies to csv, csv-excel and xlsx only</source>
        <translation>„--columns“ gilt nur für csv, csv-excel und xlsx</translation>
    </message>
    <message>
        <source>There is no export column &quot;%1&quot;. Columns: %2</source>
        <extracomment>%1 the unknown column, %2 the list of known ones</extracomment>
        <translation>Es gibt keine Exportspalte „%1“. Spalten: %2</translation>
    </message>
    <message>
        <source>%L1 of %L2 contacts exported</source>
        <translation>%L1 von %L2 Kontakten exportiert</translation>
    </message>
    <message>
        <source>%L1 contacts exported</source>
        <translation>%L1 Kontakte exportiert</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1 (%2).</source>
        <extracomment>%2 the file name, %3 the format (&quot;Excel (German)&quot;)</extracomment>
        <translation>
            <numerusform>%n Kontakt nach %1 (%2) exportiert.</numerusform>
            <numerusform>%n Kontakte nach %1 (%2) exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <source>Which contacts</source>
        <translation>Welche Kontakte</translation>
    </message>
    <message>
        <source>The contacts of the current list, as filtered and searched</source>
        <translation>Die Kontakte der aktuellen Liste, so gefiltert und gesucht wie angezeigt</translation>
    </message>
    <message>
        <source>The selected contacts</source>
        <translation>Die ausgewählten Kontakte</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Alle Kontakte</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alle auswählen</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>Keine auswählen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>CSV (UTF-8, comma)</source>
        <translation>CSV (UTF-8, Komma)</translation>
    </message>
    <message>
        <source>CSV for Excel (German)</source>
        <translation>CSV für Excel (deutsch)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel-Arbeitsmappe (XLSX)</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>vCard 3.0</source>
        <translation>vCard 3.0</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Export to %1</source>
        <translation>Export nach %1</translation>
    </message>
</context>
<context>
    <name>FilterCompiler</name>
    <message>
        <source>&quot;not&quot; needs exactly one condition or group.</source>
        <translation>„not“ braucht genau eine Bedingung oder Gruppe.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation>Unbekanntes Feld „%1“.</translation>
    </message>
    <message>
        <source>The operator &quot;%1&quot; does not fit &quot;%2&quot;.</source>
        <translation>Der Operator „%1“ passt nicht zu „%2“.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; %2 needs %n value(s).</source>
        <translation>
            <numerusform>„%1“ %2 braucht %n Wert.</numerusform>
            <numerusform>„%1“ %2 braucht %n Werte.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (%2).</source>
        <translation>„%1“ ist keine Zahl (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (%2); use YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum (%2); verwenden Sie JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of days (%2).</source>
        <translation>„%1“ ist keine Anzahl von Tagen (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a choice of &quot;%2&quot; (%3).</source>
        <translation>„%1“ ist keine Auswahl von „%2“ (%3).</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot; (%2).</source>
        <translation>Es gibt keinen Benutzer „%1“ (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a birthday (%2); use YYYY-MM-DD or --MM-DD for day and month.</source>
        <translation>„%1“ ist kein Geburtstag (%2); verwenden Sie JJJJ-MM-TT oder --MM-TT für Tag und Monat.</translation>
    </message>
    <message>
        <source>Give both birthdays of &quot;%1&quot; with a year or both without one (--MM-DD).</source>
        <translation>Geben Sie beide Geburtstage von „%1“ mit Jahr oder beide ohne Jahr (--MM-TT) an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither true nor false (%2).</source>
        <translation>„%1“ ist weder true noch false (%2).</translation>
    </message>
</context>
<context>
    <name>FilterExpression</name>
    <message>
        <source>The text starting at position %1 has no closing quote.</source>
        <translation>Dem Text ab Position %1 fehlt das schließende Anführungszeichen.</translation>
    </message>
    <message>
        <source>Unexpected &quot;!&quot; at position %1; did you mean &quot;!=&quot;?</source>
        <translation>Unerwartetes „!“ an Position %1; meinten Sie „!=“?</translation>
    </message>
    <message>
        <source>Expected &quot;and&quot;, &quot;or&quot; or the end of the filter at position %1, found %2.</source>
        <translation>An Position %1 wurde „and“, „or“ oder das Ende des Filters erwartet, gefunden: %2.</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>das Ende</translation>
    </message>
    <message>
        <source>Expected %1 after &quot;%2&quot; at position %3.</source>
        <translation>Nach „%2“ an Position %3 wurde %1 erwartet.</translation>
    </message>
    <message>
        <source>Empty parentheses at position %1.</source>
        <translation>Leere Klammern an Position %1.</translation>
    </message>
    <message>
        <source>Expected &quot;)&quot; to close the &quot;(&quot; at position %1, found %2 at position %3.</source>
        <translation>Erwartet wurde „)“ zur „(“ an Position %1, gefunden: %2 an Position %3.</translation>
    </message>
    <message>
        <source>Expected a field name at position %1, found %2.</source>
        <translation>An Position %1 wurde ein Feldname erwartet, gefunden: %2.</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>a list in parentheses</source>
        <translation>eine Liste in Klammern</translation>
    </message>
    <message>
        <source>&quot;,&quot; or &quot;)&quot;</source>
        <translation>„,“ oder „)“</translation>
    </message>
    <message>
        <source>a number of days</source>
        <translation>eine Anzahl von Tagen</translation>
    </message>
    <message>
        <source>Expected an operator after &quot;%1&quot; at position %2, found %3.</source>
        <translation>Nach „%1“ an Position %2 wurde ein Operator erwartet, gefunden: %3.</translation>
    </message>
</context>
<context>
    <name>FilterFields</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
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
        <source>Street</source>
        <translation>Straße</translation>
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
        <source>Region</source>
        <translation>Bundesland/Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
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
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
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
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Angelegt von</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation>Unbekanntes Feld „%1“.</translation>
    </message>
    <message>
        <source>is on</source>
        <translation>ist am</translation>
    </message>
    <message>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <source>is not on</source>
        <translation>ist nicht am</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>ist nicht</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>ist nicht leer</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>ist kleiner als</translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation>ist größer als</translation>
    </message>
    <message>
        <source>is before</source>
        <translation>ist vor</translation>
    </message>
    <message>
        <source>is after</source>
        <translation>ist nach</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>ist zwischen</translation>
    </message>
    <message>
        <source>in the last N days</source>
        <translation>in den letzten N Tagen</translation>
    </message>
    <message>
        <source>in the next N days</source>
        <translation>in den nächsten N Tagen</translation>
    </message>
    <message>
        <source>has any of</source>
        <translation>hat einen von</translation>
    </message>
    <message>
        <source>has all of</source>
        <translation>hat alle von</translation>
    </message>
    <message>
        <source>has none of</source>
        <translation>hat keinen von</translation>
    </message>
    <message>
        <source>include me</source>
        <translation>enthalten mich</translation>
    </message>
    <message>
        <source>is me</source>
        <translation>bin ich</translation>
    </message>
    <message>
        <source>is any of</source>
        <translation>ist einer von</translation>
    </message>
    <message>
        <source>E-mail check</source>
        <translation>E-Mail-Prüfung</translation>
    </message>
    <message>
        <source>not checked</source>
        <comment>e-mail check</comment>
        <translation>nicht geprüft</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsPage</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Language and region</source>
        <translation>Sprache und Region</translation>
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
        <translation>Telefonnummern ohne Ländervorwahl werden als Nummern dieser Region gelesen.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Maximum file size (MB):</source>
        <translation>Maximale Dateigröße (MB):</translation>
    </message>
    <message>
        <source>Bigger files are refused when they are attached to a contact.</source>
        <translation>Größere Dateien werden abgelehnt, wenn sie an einen Kontakt angehängt werden.</translation>
    </message>
</context>
<context>
    <name>IcsFormat</name>
    <message>
        <source>number %1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <source>The event %1 in &quot;%2&quot; has no readable start (DTSTART).</source>
        <translation>Das Ereignis %1 in „%2“ hat keinen lesbaren Beginn (DTSTART).</translation>
    </message>
    <message>
        <source>The event %1 in &quot;%2&quot; ends before it starts.</source>
        <translation>Das Ereignis %1 in „%2“ endet, bevor es beginnt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an iCalendar (.ics) file.</source>
        <translation>„%1“ ist keine iCalendar-Datei (.ics).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains no events.</source>
        <translation>„%1“ enthält keine Ereignisse.</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>The mapping file could not be read.</source>
        <translation>Die Zuordnungsdatei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The mapping file is not valid JSON: %1 at character %2.</source>
        <translation>Die Zuordnungsdatei ist kein gültiges JSON: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <source>The mapping file must hold one JSON object.</source>
        <translation>Die Zuordnungsdatei muss ein JSON-Objekt enthalten.</translation>
    </message>
    <message>
        <source>&quot;--format&quot; is one of auto, csv, xlsx, xls, vcf</source>
        <translation>„--format“ ist eines von auto, csv, xlsx, xls, vcf</translation>
    </message>
    <message>
        <source>&quot;--kind&quot; is &quot;person&quot; or &quot;company&quot;</source>
        <translation>„--kind“ ist „person“ oder „company“</translation>
    </message>
    <message>
        <source>&quot;--sheet&quot; needs the sheet&apos;s number, counted from 1</source>
        <translation>„--sheet“ braucht die Nummer des Tabellenblatts, gezählt ab 1</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot; (try UTF-8, windows-1252, ISO-8859-15, UTF-16LE)</source>
        <translation>unbekannte Kodierung „%1“ (versuchen Sie UTF-8, windows-1252, ISO-8859-15, UTF-16LE)</translation>
    </message>
    <message>
        <source>&quot;--delimiter&quot; is one character such as &quot;,&quot; or &quot;;&quot;, or &quot;tab&quot;</source>
        <translation>„--delimiter“ ist ein Zeichen wie „,“ oder „;“ oder „tab“</translation>
    </message>
    <message>
        <source>&quot;--on-duplicate&quot; is one of skip, update, create</source>
        <translation>„--on-duplicate“ ist eines von skip, update, create</translation>
    </message>
    <message>
        <source>give the file to import</source>
        <translation>geben Sie die zu importierende Datei an</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>&quot;--failed-rows&quot; needs a real import, not &quot;--dry-run&quot;</source>
        <translation>„--failed-rows“ braucht einen echten Import, nicht „--dry-run“</translation>
    </message>
    <message>
        <source>%L1 of %L2 rows checked</source>
        <translation>%L1 von %L2 Zeilen geprüft</translation>
    </message>
    <message>
        <source>%L1 rows checked</source>
        <translation>%L1 Zeilen geprüft</translation>
    </message>
    <message>
        <source>%L1 of %L2 rows imported</source>
        <translation>%L1 von %L2 Zeilen importiert</translation>
    </message>
    <message>
        <source>%L1 rows imported</source>
        <translation>%L1 Zeilen importiert</translation>
    </message>
    <message>
        <source>The import was cancelled; what it had written was undone.</source>
        <translation>Der Import wurde abgebrochen; was er bereits geschrieben hatte, wurde rückgängig gemacht.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are invalid, so nothing was imported; fix them or add &quot;--skip-invalid&quot; to import the valid rows</source>
        <translation>
            <numerusform>%n Zeile ist ungültig, daher wurde nichts importiert; korrigieren Sie sie oder geben Sie „--skip-invalid“ an, um die gültigen Zeilen zu importieren</numerusform>
            <numerusform>%n Zeilen sind ungültig, daher wurde nichts importiert; korrigieren Sie sie oder geben Sie „--skip-invalid“ an, um die gültigen Zeilen zu importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n failed row(s) to %1.</source>
        <translation>
            <numerusform>%n fehlgeschlagene Zeile in %1 gespeichert.</numerusform>
            <numerusform>%n fehlgeschlagene Zeilen in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no import &quot;%1&quot;.</source>
        <translation>Es gibt keinen Import „%1“.</translation>
    </message>
    <message>
        <source>Job %1 is not an import but &quot;%2&quot;.</source>
        <extracomment>%1 the job&apos;s number, %2 its type (&quot;Export&quot;, &quot;Add tag&quot;)</extracomment>
        <translation>Auftrag %1 ist kein Import, sondern „%2“.</translation>
    </message>
    <message>
        <source>give the number of one import (see &quot;kontor-cli import list&quot;)</source>
        <translation>geben Sie die Nummer eines Imports an (siehe „kontor-cli import list“)</translation>
    </message>
    <message>
        <source>%L1 of %L2 contacts undone</source>
        <translation>%L1 von %L2 Kontakten rückgängig gemacht</translation>
    </message>
    <message>
        <source>%L1 contacts undone</source>
        <translation>%L1 Kontakte rückgängig gemacht</translation>
    </message>
    <message>
        <source>Undid import %1 (%2).</source>
        <extracomment>%1 the batch number, %2 its name</extracomment>
        <translation>Import %1 (%2) rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Removed: %L1 contact(s) it had created</source>
        <translation>Entfernt: %L1 von ihm angelegte Kontakte</translation>
    </message>
    <message>
        <source>Reverted: %L1 contact(s) it had updated</source>
        <translation>Zurückgesetzt: %L1 von ihm aktualisierte Kontakte</translation>
    </message>
    <message>
        <source>Left alone: %L1 field(s) changed since the import</source>
        <translation>Unverändert gelassen: %L1 seit dem Import geänderte Felder</translation>
    </message>
    <message>
        <source>contact %1, field %2: %3</source>
        <extracomment>%1 contact number, %2 field key, %3 why it was left alone</extracomment>
        <translation>Kontakt %1, Feld %2: %3</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: the group must be 0 or more.</source>
        <translation>Spalte „%1“: Die Gruppe muss 0 oder größer sein.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: expected a field name or an object with &quot;target&quot;.</source>
        <translation>Spalte „%1“: Erwartet wird ein Feldname oder ein Objekt mit „target“.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: &quot;%2&quot; is not a field Kontor can import into.</source>
        <translation>Spalte „%1“: „%2“ ist kein Feld, in das Kontor importieren kann.</translation>
    </message>
    <message numerus="yes">
        <source>The mapping has a column %1, but the file has only %n column(s).</source>
        <translation>
            <numerusform>Die Zuordnung hat eine Spalte %1, aber die Datei hat nur %n Spalte.</numerusform>
            <numerusform>Die Zuordnung hat eine Spalte %1, aber die Datei hat nur %n Spalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping names the column &quot;%1&quot;, which the file does not have.</source>
        <translation>Die Zuordnung nennt die Spalte „%1“, die es in der Datei nicht gibt.</translation>
    </message>
</context>
<context>
    <name>ImportPreparer</name>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>Es gibt keinen Benutzer „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a contact type (known: %2).</source>
        <translation>„%1“ ist kein Kontakttyp (bekannt: %2).</translation>
    </message>
</context>
<context>
    <name>ImportPrinter</name>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>row %1, column %2 (%3): %4</source>
        <extracomment>one problem of an import: %1 file row, %2 column number, %3 column header, %4 what is wrong</extracomment>
        <translation>Zeile %1, Spalte %2 (%3): %4</translation>
    </message>
    <message>
        <source>row %1 (%2): %3</source>
        <extracomment>%1 file row, %2 vCard property or field, %3 what is wrong</extracomment>
        <translation>Zeile %1 (%2): %3</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <extracomment>%1 file row, %2 what is wrong</extracomment>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <source>CSV, encoding %1, delimiter %2</source>
        <extracomment>%1 encoding such as UTF-8, %2 the delimiter such as &quot;;&quot; or &quot;tab&quot;</extracomment>
        <translation>CSV, Kodierung %1, Trennzeichen %2</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;</source>
        <extracomment>%1 XLSX or XLS, %2 the sheet&apos;s name</extracomment>
        <translation>%1, Tabellenblatt „%2“</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(ignoriert)</translation>
    </message>
    <message>
        <source>new custom field &quot;%1&quot;</source>
        <extracomment>the import creates a custom field of this name</extracomment>
        <translation>neues benutzerdefiniertes Feld „%1“</translation>
    </message>
    <message>
        <source>Dry run of %1: nothing was written.</source>
        <translation>Probelauf von %1: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <source>Rows: %L1</source>
        <translation>Zeilen: %L1</translation>
    </message>
    <message>
        <source>New contacts: %L1</source>
        <translation>Neue Kontakte: %L1</translation>
    </message>
    <message>
        <source>Updates of existing contacts: %L1</source>
        <translation>Aktualisierungen bestehender Kontakte: %L1</translation>
    </message>
    <message>
        <source>Duplicates: %L1</source>
        <translation>Dubletten: %L1</translation>
    </message>
    <message>
        <source>Skipped: %L1</source>
        <translation>Übersprungen: %L1</translation>
    </message>
    <message>
        <source>Invalid rows: %L1</source>
        <translation>Ungültige Zeilen: %L1</translation>
    </message>
    <message>
        <source>New companies: %L1</source>
        <translation>Neue Firmen: %L1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) are invalid.</source>
        <translation>
            <numerusform>Nichts wurde importiert: %n Zeile ist ungültig.</numerusform>
            <numerusform>Nichts wurde importiert: %n Zeilen sind ungültig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported batch %1 (%2).</source>
        <extracomment>%1 the batch number, %2 its name (&quot;Import of kunden.csv&quot;)</extracomment>
        <translation>Stapel %1 (%2) importiert.</translation>
    </message>
    <message>
        <source>Created: %L1</source>
        <translation>Angelegt: %L1</translation>
    </message>
    <message>
        <source>Updated: %L1</source>
        <translation>Aktualisiert: %L1</translation>
    </message>
    <message>
        <source>Failed: %L1</source>
        <translation>Fehlgeschlagen: %L1</translation>
    </message>
    <message>
        <source>Companies created: %L1</source>
        <translation>Angelegte Firmen: %L1</translation>
    </message>
    <message>
        <source>Undo it with: kontor-cli import undo %1</source>
        <translation>Rückgängig machen mit: kontor-cli import undo %1</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>Import of %1</source>
        <translation>Import von %1</translation>
    </message>
    <message>
        <source>The review was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>The file %1 holds no contact cards.</source>
        <translation>Die Datei %1 enthält keine Kontaktkarten.</translation>
    </message>
</context>
<context>
    <name>ImportTargets</name>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
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
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
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
        <source>E-mail label</source>
        <translation>E-Mail-Bezeichnung</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Phone label</source>
        <translation>Telefon-Bezeichnung</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
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
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Address (one cell)</source>
        <translation>Adresse (eine Zelle)</translation>
    </message>
    <message>
        <source>Address label</source>
        <translation>Adress-Bezeichnung</translation>
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
        <source>Tags</source>
        <translation>Tags</translation>
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
        <source>Kind (person or company)</source>
        <translation>Art (Person oder Firma)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>New custom field</source>
        <translation>Neues benutzerdefiniertes Feld</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Benutzerdefiniertes Feld</translation>
    </message>
    <message>
        <source>E-mail %1</source>
        <translation>E-Mail %1</translation>
    </message>
    <message>
        <source>E-mail %1 label</source>
        <translation>E-Mail %1 Bezeichnung</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Telefon %1</translation>
    </message>
    <message>
        <source>Phone %1 label</source>
        <translation>Telefon %1 Bezeichnung</translation>
    </message>
    <message>
        <source>Address %1 street</source>
        <translation>Adresse %1 Straße</translation>
    </message>
    <message>
        <source>Address %1 postal code</source>
        <translation>Adresse %1 PLZ</translation>
    </message>
    <message>
        <source>Address %1 city</source>
        <translation>Adresse %1 Ort</translation>
    </message>
    <message>
        <source>Address %1 region</source>
        <translation>Adresse %1 Region</translation>
    </message>
    <message>
        <source>Address %1 country</source>
        <translation>Adresse %1 Land</translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation>Adresse %1</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address %1 label</source>
        <translation>Adresse %1 Bezeichnung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>A contact with the same e-mail address exists already.</source>
        <translation>Ein Kontakt mit derselben E-Mail-Adresse existiert bereits.</translation>
    </message>
    <message>
        <source>A contact with the same phone number exists already.</source>
        <translation>Ein Kontakt mit derselben Telefonnummer existiert bereits.</translation>
    </message>
    <message>
        <source>A company of the same name exists already.</source>
        <translation>Eine Firma mit demselben Namen existiert bereits.</translation>
    </message>
    <message>
        <source>Skipped in the review.</source>
        <translation>In der Prüfung übersprungen.</translation>
    </message>
    <message>
        <source>Same contact as row %1 of the file.</source>
        <translation>Derselbe Kontakt wie Zeile %1 der Datei.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Queued</source>
        <comment>job status</comment>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>job status</comment>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>job status</comment>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>job status</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>job status</comment>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <comment>job status</comment>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Undone</source>
        <comment>job status</comment>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>Import</source>
        <comment>job type</comment>
        <translation>Import</translation>
    </message>
    <message>
        <source>Export</source>
        <comment>job type</comment>
        <translation>Export</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>job item outcome</comment>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <comment>job item outcome</comment>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <comment>job item outcome</comment>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <comment>job item outcome</comment>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>job item outcome</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported</source>
        <comment>job item outcome</comment>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <comment>job item outcome</comment>
        <translation>In den Papierkorb verschoben</translation>
    </message>
    <message>
        <source>Checked</source>
        <comment>job item outcome</comment>
        <translation>Geprüft</translation>
    </message>
</context>
<context>
    <name>JobCommands</name>
    <message>
        <source>give the number of one job (see &quot;kontor-cli jobs list&quot;)</source>
        <translation>geben Sie die Nummer eines Auftrags an (siehe „kontor-cli jobs list“)</translation>
    </message>
    <message>
        <source>There is no job &quot;%1&quot;.</source>
        <translation>Es gibt keinen Auftrag „%1“.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>&quot;--type&quot; is import, export, bulk or a bulk action such as tag-add, not &quot;%1&quot;</source>
        <translation>„--type“ ist import, export, bulk oder eine Massenaktion wie tag-add, nicht „%1“</translation>
    </message>
    <message>
        <source>&quot;--status&quot; is one of queued, running, done, failed, cancelled, interrupted, undone</source>
        <translation>„--status“ ist eines von queued, running, done, failed, cancelled, interrupted, undone</translation>
    </message>
    <message>
        <source>No jobs.</source>
        <translation>Keine Aufträge.</translation>
    </message>
    <message>
        <source>No contacts were skipped or failed.</source>
        <translation>Keine übersprungenen oder fehlgeschlagenen Kontakte.</translation>
    </message>
    <message>
        <source>Skipped and failed:</source>
        <translation>Übersprungen und fehlgeschlagen:</translation>
    </message>
    <message>
        <source>%L1 of %L2 contacts undone</source>
        <translation>%L1 von %L2 Kontakten rückgängig gemacht</translation>
    </message>
    <message>
        <source>%L1 contacts undone</source>
        <translation>%L1 Kontakte rückgängig gemacht</translation>
    </message>
    <message>
        <source>The undo was cancelled after whole chunks; run &quot;kontor-cli jobs undo %1&quot; again to finish it.</source>
        <translation>Das Rückgängigmachen wurde nach ganzen Abschnitten abgebrochen; führen Sie „kontor-cli jobs undo %1“ erneut aus, um es abzuschließen.</translation>
    </message>
    <message>
        <source>Job %1 is not a bulk action but &quot;%2&quot;; only bulk actions can be resumed.</source>
        <extracomment>%1 the job&apos;s number, %2 its type (&quot;Import&quot;, &quot;Export&quot;)</extracomment>
        <translation>Auftrag %1 ist keine Massenaktion, sondern „%2“; nur Massenaktionen können fortgesetzt werden.</translation>
    </message>
    <message>
        <source>%L1 of %L2 contacts done</source>
        <translation>%L1 von %L2 Kontakten erledigt</translation>
    </message>
    <message>
        <source>%L1 contacts done</source>
        <translation>%L1 Kontakte erledigt</translation>
    </message>
</context>
<context>
    <name>JobLock</name>
    <message>
        <source>The folder for job locks &quot;%1&quot; cannot be created.</source>
        <translation>Der Ordner für Auftragssperren „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The job is being run by another program (%1, process %2 on %3).</source>
        <translation>Der Auftrag wird gerade von einem anderen Programm ausgeführt (%1, Prozess %2 auf %3).</translation>
    </message>
    <message>
        <source>The job&apos;s lock file &quot;%1&quot; cannot be written.</source>
        <translation>Die Sperrdatei „%1“ des Auftrags kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>JobPrinter</name>
    <message>
        <source>Job %1 (%2): %3</source>
        <extracomment>%1 the job&apos;s number, %2 its name, %3 its status (&quot;done&quot;, &quot;cancelled&quot;)</extracomment>
        <translation>Auftrag %1 (%2): %3</translation>
    </message>
    <message>
        <source>Contacts: %L1, processed: %L2, changed: %L3, skipped: %L4, failed: %L5</source>
        <extracomment>%L1 contacts of the job, %L2 processed so far, %L3 changed, %L4 skipped, %L5 failed</extracomment>
        <translation>Kontakte: %L1, verarbeitet: %L2, geändert: %L3, übersprungen: %L4, fehlgeschlagen: %L5</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Verarbeitet</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Chunks done</source>
        <translation>Erledigte Abschnitte</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Statistics:</source>
        <translation>Statistik:</translation>
    </message>
    <message>
        <source>no contacts handled yet</source>
        <translation>noch keine Kontakte verarbeitet</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>Kontakt %1</translation>
    </message>
    <message>
        <source>contact %1, field %2</source>
        <extracomment>%1 contact number, %2 field key</extracomment>
        <translation>Kontakt %1, Feld %2</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <extracomment>%1 file row, %2 column</extracomment>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <extracomment>%1 outcome (&quot;skipped&quot;, &quot;failed&quot;), %2 which contact or row and field, %3 the reason</extracomment>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>Undid job %1 (%2).</source>
        <extracomment>%1 the job&apos;s number, %2 its name</extracomment>
        <translation>Auftrag %1 (%2) rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Removed: %L1 contact(s) it had created</source>
        <translation>Entfernt: %L1 vom Auftrag angelegte Kontakte</translation>
    </message>
    <message>
        <source>Reverted: %L1 contact(s) it had changed</source>
        <translation>Zurückgesetzt: %L1 vom Auftrag geänderte Kontakte</translation>
    </message>
    <message>
        <source>Restored: %L1 contact(s) it had moved to the trash</source>
        <translation>Wiederhergestellt: %L1 vom Auftrag in den Papierkorb verschobene Kontakte</translation>
    </message>
    <message>
        <source>Left alone: %L1 field(s) changed since the job</source>
        <translation>Unverändert gelassen: %L1 seit dem Auftrag geänderte Felder</translation>
    </message>
    <message>
        <source>the whole contact</source>
        <translation>ganzer Kontakt</translation>
    </message>
    <message>
        <source>contact %1, field %2: %3</source>
        <extracomment>%1 contact number, %2 field key, %3 why it was left alone</extracomment>
        <translation>Kontakt %1, Feld %2: %3</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>JobRepository</name>
    <message>
        <source>There is no job with id %1.</source>
        <translation>Es gibt keinen Auftrag mit der Nummer %1.</translation>
    </message>
</context>
<context>
    <name>JobService</name>
    <message>
        <source>The contact had already been deleted.</source>
        <translation>Der Kontakt war bereits gelöscht.</translation>
    </message>
    <message>
        <source>The contact has been deleted since the job.</source>
        <translation>Der Kontakt wurde seit dem Auftrag gelöscht.</translation>
    </message>
    <message>
        <source>The contact is in the trash: left alone.</source>
        <translation>Der Kontakt ist im Papierkorb: unverändert gelassen.</translation>
    </message>
    <message>
        <source>Changed since the job: kept</source>
        <translation>Seit dem Auftrag geändert: beibehalten</translation>
    </message>
    <message>
        <source>The earlier value cannot be restored: kept</source>
        <translation>Der frühere Wert lässt sich nicht wiederherstellen: beibehalten</translation>
    </message>
    <message>
        <source>An export changes no contacts; there is nothing to undo.</source>
        <translation>Ein Export ändert keine Kontakte; es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is still running; it can be undone when it has ended.</source>
        <translation>„%1“ läuft noch; der Auftrag kann nach seinem Ende rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has already been undone.</source>
        <translation>„%1“ wurde bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <source>The undo was cancelled after %1 of %2 contacts; undo the job again to continue.</source>
        <translation>Das Rückgängigmachen wurde nach %1 von %2 Kontakten abgebrochen; machen Sie den Auftrag erneut rückgängig, um fortzufahren.</translation>
    </message>
    <message>
        <source>The contact has been deleted for good since the job.</source>
        <translation>Der Kontakt wurde seit dem Auftrag endgültig gelöscht.</translation>
    </message>
    <message>
        <source>The contact has been restored already.</source>
        <translation>Der Kontakt wurde bereits wiederhergestellt.</translation>
    </message>
    <message>
        <source>The contact was moved to the trash again after the job: left alone.</source>
        <translation>Der Kontakt wurde nach dem Auftrag erneut in den Papierkorb verschoben: unverändert gelassen.</translation>
    </message>
    <message>
        <source>An e-mail verification changes no contacts; there is nothing to undo.</source>
        <translation>Eine E-Mail-Prüfung ändert keine Kontakte; es gibt nichts rückgängig zu machen.</translation>
    </message>
</context>
<context>
    <name>JobsPage</name>
    <message>
        <source>Bulk Actions</source>
        <translation>Massenaktionen</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Select a job to see its statistics and items.</source>
        <translation>Wählen Sie einen Auftrag, um seine Statistik und Einträge zu sehen.</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Angelegt:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Aktualisiert:</translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation>Unverändert:</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Übersprungen:</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Fehlgeschlagen:</translation>
    </message>
    <message>
        <source>Exported:</source>
        <translation>Exportiert:</translation>
    </message>
    <message>
        <source>Undo...</source>
        <translation>Rückgängig machen …</translation>
    </message>
    <message>
        <source>Save failed rows...</source>
        <translation>Fehlerhafte Zeilen speichern …</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Einträge:</translation>
    </message>
    <message>
        <source>Moved to the trash:</source>
        <translation>In den Papierkorb verschoben:</translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>Geprüft:</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>Kontor::ActivityTab</name>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation>Der Verlauf konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>Alt → neu</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
</context>
<context>
    <name>Kontor::AppointmentEditDialog</name>
    <message>
        <source>%1 (contact)</source>
        <translation>%1 (Kontakt)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Please enter a title.</source>
        <translation>Bitte geben Sie einen Titel ein.</translation>
    </message>
    <message>
        <source>Edit appointment</source>
        <translation>Termin bearbeiten</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Kontor::AppointmentsTab</name>
    <message>
        <source>The appointments could not be loaded: %1</source>
        <translation>Die Termine konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Upcoming: none</source>
        <translation>Anstehend: keine</translation>
    </message>
    <message>
        <source>Upcoming (%1)</source>
        <translation>Anstehend (%1)</translation>
    </message>
    <message>
        <source>Past: none</source>
        <translation>Vergangen: keine</translation>
    </message>
    <message>
        <source>Past (%1)</source>
        <translation>Vergangen (%1)</translation>
    </message>
    <message>
        <source>at %1</source>
        <extracomment>the place of an appointment in its card</extracomment>
        <translation>Ort: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>an appointment card&apos;s header: %1 is when, %2 the calendar</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Delete appointment</source>
        <translation>Termin löschen</translation>
    </message>
    <message>
        <source>Delete the appointment “%1” for good?</source>
        <translation>Den Termin „%1“ endgültig löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>appointments</source>
        <translation>termine</translation>
    </message>
    <message>
        <source>Export all appointments</source>
        <translation>Alle Termine exportieren</translation>
    </message>
    <message>
        <source>Export appointment</source>
        <translation>Termin exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>There is no appointment to export.</source>
        <translation>Es gibt keinen Termin zum Exportieren.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>Die Datei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) exported to %1.</source>
        <translation>
            <numerusform>%n Termin nach %1 exportiert.</numerusform>
            <numerusform>%n Termine nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>file name: error</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) imported from %1.</source>
        <translation>
            <numerusform>%n Termin aus %1 importiert.</numerusform>
            <numerusform>%n Termine aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>New appointment...</source>
        <translation>Neuer Termin...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Bearbeiten...</translation>
    </message>
    <message>
        <source>Export .ics</source>
        <translation>.ics exportieren</translation>
    </message>
    <message>
        <source>Chosen appointment...</source>
        <translation>Ausgewählter Termin...</translation>
    </message>
    <message>
        <source>All appointments...</source>
        <translation>Alle Termine...</translation>
    </message>
</context>
<context>
    <name>Kontor::AssociationsTab</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not assigned to a company.</source>
        <translation>Keiner Firma zugeordnet.</translation>
    </message>
    <message>
        <source>Change company...</source>
        <translation>Firma wechseln...</translation>
    </message>
    <message>
        <source>+ Assign company</source>
        <translation>+ Firma zuordnen</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Remove from company</source>
        <translation>Von Firma lösen</translation>
    </message>
    <message>
        <source>+ Add person</source>
        <translation>+ Person hinzufügen</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>No persons are assigned to this company yet.</source>
        <translation>Dieser Firma ist noch keine Person zugeordnet.</translation>
    </message>
    <message>
        <source>Other persons at %1</source>
        <translation>Weitere Personen bei %1</translation>
    </message>
    <message>
        <source>Nobody else works here.</source>
        <translation>Sonst arbeitet hier niemand.</translation>
    </message>
</context>
<context>
    <name>Kontor::BulkActionDialog</name>
    <message>
        <source>(No owner)</source>
        <translation>(Kein Besitzer)</translation>
    </message>
    <message>
        <source>(No type)</source>
        <translation>(Kein Typ)</translation>
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
    <message numerus="yes">
        <source>Applies to %Ln contact(s).</source>
        <translation>
            <numerusform>Gilt für %Ln Kontakt.</numerusform>
            <numerusform>Gilt für %Ln Kontakte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Lead flag:</source>
        <translation>Lead-Kennzeichen:</translation>
    </message>
    <message>
        <source>Do not disturb:</source>
        <translation>Nicht stören:</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Not a lead</source>
        <translation>Kein Lead</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Contacts that have the tag already are skipped.</source>
        <translation>Kontakte, die das Tag bereits haben, werden übersprungen.</translation>
    </message>
    <message>
        <source>Contacts without the tag are skipped.</source>
        <translation>Kontakte ohne das Tag werden übersprungen.</translation>
    </message>
    <message>
        <source>The persons are linked to the company of this name; it is created when none exists. Companies in the selection are skipped.</source>
        <translation>Die Personen werden mit der Firma dieses Namens verknüpft; sie wird angelegt, wenn es sie noch nicht gibt. Firmen in der Auswahl werden übersprungen.</translation>
    </message>
    <message>
        <source>The persons are unlinked from their company. Companies and persons without one are skipped.</source>
        <translation>Die Personen werden von ihrer Firma gelöst. Firmen und Personen ohne Firma werden übersprungen.</translation>
    </message>
    <message>
        <source>Checks the syntax of each e-mail address, disposable-mail domains and whether the domain receives mail. Without a network connection the result is &quot;unknown&quot;, not &quot;invalid&quot;.</source>
        <translation>Prüft die Syntax jeder E-Mail-Adresse, Wegwerf-E-Mail-Domains und ob die Domain E-Mails empfängt. Ohne Netzwerkverbindung lautet das Ergebnis „unbekannt“, nicht „ungültig“.</translation>
    </message>
    <message>
        <source>Contacts that have this value already are skipped.</source>
        <translation>Kontakte, die diesen Wert bereits haben, werden übersprungen.</translation>
    </message>
    <message>
        <source>The job runs in the background and can be undone in the Bulk Actions section.</source>
        <translation>Der Auftrag läuft im Hintergrund und kann im Bereich Massenaktionen rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>Kontor::BulkActionLauncher</name>
    <message numerus="yes">
        <source>Move %Ln contact(s) to the trash</source>
        <translation>
            <numerusform>%Ln Kontakt in den Papierkorb verschieben</numerusform>
            <numerusform>%Ln Kontakte in den Papierkorb verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Another bulk action is still running. Wait for it to finish or cancel it first.</source>
        <translation>Eine andere Massenaktion läuft noch. Warten Sie, bis sie fertig ist, oder brechen Sie sie zuerst ab.</translation>
    </message>
</context>
<context>
    <name>Kontor::BulkActionRunner</name>
    <message>
        <source>%1
%2 of %3 contacts</source>
        <translation>%1
%2 von %3 Kontakten</translation>
    </message>
    <message>
        <source>Stopping after the current chunk...</source>
        <translation>Wird nach dem aktuellen Abschnitt angehalten …</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was stopped after %2 contacts. The chunks done stay applied: resume or undo the job in Bulk Actions.</source>
        <translation>„%1“ wurde nach %2 Kontakten angehalten. Die erledigten Abschnitte bleiben wirksam: Setzen Sie den Auftrag unter Massenaktionen fort oder machen Sie ihn dort rückgängig.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed: %2</source>
        <translation>„%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Bulk action</source>
        <translation>Massenaktion</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is done: %2 moved to the trash, %3 skipped, %4 failed.</source>
        <translation>„%1“ ist fertig: %2 in den Papierkorb verschoben, %3 übersprungen, %4 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is done: %2 checked, %3 skipped, %4 failed.</source>
        <translation>„%1“ ist fertig: %2 geprüft, %3 übersprungen, %4 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is done: %2 changed, %3 skipped, %4 failed.</source>
        <translation>„%1“ ist fertig: %2 geändert, %3 übersprungen, %4 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
</context>
<context>
    <name>Kontor::BulkActionsMenu</name>
    <message>
        <source>&amp;Bulk actions</source>
        <translation>&amp;Massenaktionen</translation>
    </message>
    <message>
        <source>%1...</source>
        <comment>bulk action menu entry</comment>
        <extracomment>A menu entry that opens a dialog: &quot;Add tag...&quot;</extracomment>
        <translation>%1 …</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Change, export or delete the selected contacts as one job that can be undone</source>
        <translation>Die ausgewählten Kontakte in einem Auftrag ändern, exportieren oder löschen, der sich rückgängig machen lässt</translation>
    </message>
</context>
<context>
    <name>Kontor::CalendarsSettingsPage</name>
    <message>
        <source>Default location: %1</source>
        <translation>Standardort: %1</translation>
    </message>
    <message>
        <source>Color of %1</source>
        <translation>Farbe von %1</translation>
    </message>
</context>
<context>
    <name>Kontor::ColumnChooserDialog</name>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Spalten wählen</translation>
    </message>
    <message>
        <source>Check the columns to show. Drag them to change their order.</source>
        <translation>Wählen Sie die Spalten, die angezeigt werden. Ziehen Sie sie, um die Reihenfolge zu ändern.</translation>
    </message>
</context>
<context>
    <name>Kontor::CompaniesPage</name>
    <message>
        <source>The list of companies could not be loaded: %1</source>
        <translation>Die Firmenliste konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Wird geladen...</translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s)</source>
        <translation>
            <numerusform>%Ln Firma</numerusform>
            <numerusform>%Ln Firmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Search companies</source>
        <translation>Firmen durchsuchen</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>Kontor::ContactEditDialog</name>
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
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
</context>
<context>
    <name>Kontor::ContactPickerDialog</name>
    <message>
        <source>Assign company</source>
        <translation>Firma zuordnen</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Search companies</source>
        <translation>Firmen suchen</translation>
    </message>
    <message>
        <source>Search persons</source>
        <translation>Personen suchen</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuordnen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
</context>
<context>
    <name>Kontor::ContactProfileWidget</name>
    <message>
        <source>The contact could not be loaded: %1</source>
        <translation>Der Kontakt konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Some choices could not be loaded: %1</source>
        <translation>Einige Auswahllisten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>This contact is in the trash.</source>
        <translation>Dieser Kontakt liegt im Papierkorb.</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Kontakt löschen</translation>
    </message>
    <message>
        <source>Move &quot;%1&quot; to the trash?</source>
        <translation>„%1“ in den Papierkorb verschieben?</translation>
    </message>
    <message numerus="yes">
        <source>Contacts stay in the trash for %n day(s) and can be restored until then.</source>
        <translation>
            <numerusform>Kontakte bleiben %n Tag im Papierkorb und können bis dahin wiederhergestellt werden.</numerusform>
            <numerusform>Kontakte bleiben %n Tage im Papierkorb und können bis dahin wiederhergestellt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Associations</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
</context>
<context>
    <name>Kontor::CustomFieldDialog</name>
    <message>
        <source>The option &quot;%1&quot; is listed twice.</source>
        <translation>Die Option „%1“ steht zweimal in der Liste.</translation>
    </message>
    <message>
        <source>New custom field</source>
        <translation>Neues benutzerdefiniertes Feld</translation>
    </message>
    <message>
        <source>Edit custom field</source>
        <translation>Benutzerdefiniertes Feld bearbeiten</translation>
    </message>
    <message>
        <source>The type cannot be changed: the stored values depend on it.</source>
        <translation>Der Typ kann nicht geändert werden: Die gespeicherten Werte hängen von ihm ab.</translation>
    </message>
    <message>
        <source>Without folder</source>
        <translation>Ohne Ordner</translation>
    </message>
</context>
<context>
    <name>Kontor::CustomFieldsSettingsPage</name>
    <message>
        <source>The custom fields could not be loaded: %1</source>
        <translation>Die benutzerdefinierten Felder konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Without folder</source>
        <translation>Ohne Ordner</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Name des Ordners:</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Rename folder</source>
        <translation>Ordner umbenennen</translation>
    </message>
    <message>
        <source>Delete the empty folder &quot;%1&quot;?</source>
        <translation>Den leeren Ordner „%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the folder &quot;%1&quot;? Its %n field(s) move to &quot;Without folder&quot;; no values are lost.</source>
        <translation>
            <numerusform>Den Ordner „%1“ löschen? Sein %n Feld kommt nach „Ohne Ordner“; keine Werte gehen verloren.</numerusform>
            <numerusform>Den Ordner „%1“ löschen? Seine %n Felder kommen nach „Ohne Ordner“; keine Werte gehen verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete folder</source>
        <translation>Ordner löschen</translation>
    </message>
    <message>
        <source>Delete the custom field &quot;%1&quot;? No contact has a value in it.</source>
        <translation>Das benutzerdefinierte Feld „%1“ löschen? Kein Kontakt hat darin einen Wert.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the custom field &quot;%1&quot;? Its value is removed from %n contact(s).</source>
        <translation>
            <numerusform>Das benutzerdefinierte Feld „%1“ löschen? Sein Wert wird bei %n Kontakt entfernt.</numerusform>
            <numerusform>Das benutzerdefinierte Feld „%1“ löschen? Sein Wert wird bei %n Kontakten entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete custom field</source>
        <translation>Benutzerdefiniertes Feld löschen</translation>
    </message>
    <message>
        <source>Delete field</source>
        <translation>Feld löschen</translation>
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
    <name>Kontor::DetailsPanel</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>Weitere Angaben</translation>
    </message>
    <message>
        <source>Tags and responsibility</source>
        <translation>Tags und Zuständigkeit</translation>
    </message>
    <message>
        <source>Add...</source>
        <translation>Hinzufügen...</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>Job title at company, e.g. &quot;Sales manager at ACME&quot;</extracomment>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>E-mail check</source>
        <translation>E-Mail-Prüfung</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>E-mail check below the addresses: address – valid / invalid / unknown</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: %2, checked on %3</source>
        <extracomment>Tool tip of an e-mail check: address: status, checked on date</extracomment>
        <translation>%1: %2, geprüft am %3</translation>
    </message>
</context>
<context>
    <name>Kontor::DocumentsTab</name>
    <message>
        <source>%1: %2</source>
        <comment>file name: error</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The document %1 cannot be copied for opening: %2</source>
        <translation>Das Dokument %1 kann zum Öffnen nicht kopiert werden: %2</translation>
    </message>
    <message>
        <source>The documents could not be loaded: %1</source>
        <translation>Die Dokumente konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No document in the trash matches.</source>
        <translation>Kein Dokument im Papierkorb entspricht der Suche.</translation>
    </message>
    <message>
        <source>The trash holds no documents.</source>
        <translation>Der Papierkorb enthält keine Dokumente.</translation>
    </message>
    <message>
        <source>No document matches.</source>
        <translation>Kein Dokument entspricht der Suche.</translation>
    </message>
    <message>
        <source>No documents yet. Attach files with the button or drop them here.</source>
        <translation>Noch keine Dokumente. Hängen Sie Dateien über die Schaltfläche an oder ziehen Sie sie hierher.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached: %1</source>
        <translation>
            <numerusform>%n Datei angehängt: %1</numerusform>
            <numerusform>%n Dateien angehängt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Keine Anwendung konnte %1 öffnen.</translation>
    </message>
    <message>
        <source>Edit document</source>
        <translation>Dokument bearbeiten</translation>
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
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Please enter a name.</source>
        <translation>Bitte geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>%1 was moved to the trash. Tick &quot;Show trash&quot; to restore it.</source>
        <translation>%1 wurde in den Papierkorb verschoben. Aktivieren Sie „Papierkorb anzeigen“, um es wiederherzustellen.</translation>
    </message>
    <message>
        <source>%1 was restored.</source>
        <translation>%1 wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Search documents by name</source>
        <translation>Dokumente nach Namen durchsuchen</translation>
    </message>
    <message>
        <source>Show trash</source>
        <translation>Papierkorb anzeigen</translation>
    </message>
    <message>
        <source>Attach...</source>
        <translation>Anhängen...</translation>
    </message>
    <message>
        <source>The category of files attached or dropped now</source>
        <translation>Die Kategorie für jetzt angehängte oder abgelegte Dateien</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Bearbeiten...</translation>
    </message>
    <message>
        <source>Rename the document or change its category</source>
        <translation>Dokument umbenennen oder seine Kategorie ändern</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
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
    <name>Kontor::ExportDialog</name>
    <message>
        <source>contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>%1 contact(s) written...</source>
        <translation>%1 Kontakt(e) geschrieben …</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Exportiere …</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) exported to %1.</source>
        <translation>
            <numerusform>%n Kontakt nach %1 exportiert.</numerusform>
            <numerusform>%n Kontakte nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Breche ab …</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected contact(s)</source>
        <translation>
            <numerusform>Der ausgewählte Kontakt</numerusform>
            <numerusform>Die %n ausgewählten Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n contact(s) of the current list</source>
        <translation>
            <numerusform>Der %n Kontakt der aktuellen Liste</numerusform>
            <numerusform>Alle %n Kontakte der aktuellen Liste</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kontor::FilterBuilderDialog</name>
    <message>
        <source>More filters</source>
        <translation>Weitere Filter</translation>
    </message>
    <message>
        <source>The same filter in the language of kontor-cli and saved smart lists</source>
        <translation>Derselbe Filter in der Sprache von kontor-cli und der gespeicherten Smart-Listen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Save as smart list…</source>
        <translation>Als Smart-Liste speichern…</translation>
    </message>
    <message>
        <source>As text:</source>
        <translation>Als Text:</translation>
    </message>
    <message>
        <source>The fields could not be loaded: %1</source>
        <translation>Die Felder konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Filter of &quot;%1&quot;</source>
        <translation>Filter von „%1“</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) match</source>
        <translation>
            <numerusform>%Ln Kontakt passt</numerusform>
            <numerusform>%Ln Kontakte passen</numerusform>
        </translation>
    </message>
    <message>
        <source>The filter cannot be used yet.</source>
        <translation>Der Filter ist so noch nicht verwendbar.</translation>
    </message>
    <message>
        <source>Save as smart list</source>
        <translation>Als Smart-Liste speichern</translation>
    </message>
    <message>
        <source>Name of the new smart list:</source>
        <translation>Name der neuen Smart-Liste:</translation>
    </message>
</context>
<context>
    <name>Kontor::FilterConditionRow</name>
    <message>
        <source>Remove this condition</source>
        <translation>Diese Bedingung entfernen</translation>
    </message>
</context>
<context>
    <name>Kontor::FilterGroupWidget</name>
    <message>
        <source>+ Condition</source>
        <translation>+ Bedingung</translation>
    </message>
    <message>
        <source>all of</source>
        <comment>match all of the following conditions</comment>
        <translation>allen</translation>
    </message>
    <message>
        <source>any of</source>
        <comment>match any of the following conditions</comment>
        <translation>mindestens einer</translation>
    </message>
    <message>
        <source>none of</source>
        <comment>match none of the following conditions</comment>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Show contacts that match</source>
        <translation>Kontakte zeigen, die</translation>
    </message>
    <message>
        <source>Contacts that match</source>
        <translation>Kontakte, die</translation>
    </message>
    <message>
        <source>the following conditions:</source>
        <translation>der folgenden Bedingungen entsprechen:</translation>
    </message>
    <message>
        <source>Remove this group</source>
        <translation>Diese Gruppe entfernen</translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation>+ Gruppe</translation>
    </message>
    <message>
        <source>Add a group of conditions with its own &quot;all of&quot; or &quot;any of&quot;</source>
        <translation>Eine Gruppe von Bedingungen mit eigenem „allen“ oder „mindestens einer“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>Kontor::FilterValueEditor</name>
    <message>
        <source>and</source>
        <comment>between A and B</comment>
        <translation>und</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>day and month of a birthday, Qt date format</comment>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <source> days</source>
        <comment>in the last N days</comment>
        <translation> Tage</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Values separated by commas</source>
        <translation>Werte, durch Kommas getrennt</translation>
    </message>
</context>
<context>
    <name>Kontor::GeneralSettingsPage</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>Kontor::ImportFilePage</name>
    <message>
        <source>Choose a file to import</source>
        <translation>Datei zum Importieren auswählen</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.tsv *.txt *.xlsx *.xls *.vcf)</source>
        <translation>Kontaktdateien (*.csv *.tsv *.txt *.xlsx *.xls *.vcf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading the file...</source>
        <translation>Lese die Datei …</translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation>Die Datei kann nicht importiert werden.</translation>
    </message>
    <message>
        <source>Choose a file or drop it here.</source>
        <translation>Wählen Sie eine Datei oder ziehen Sie sie hierher.</translation>
    </message>
    <message numerus="yes">
        <source>vCard file with %n kind(s) of properties</source>
        <translation>
            <numerusform>vCard-Datei mit %n Art von Eigenschaften</numerusform>
            <numerusform>vCard-Datei mit %n Arten von Eigenschaften</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Excel workbook (XLSX), %n sheet(s)</source>
        <translation>
            <numerusform>Excel-Arbeitsmappe (XLSX), %n Tabellenblatt</numerusform>
            <numerusform>Excel-Arbeitsmappe (XLSX), %n Tabellenblätter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Excel 97-2003 workbook (XLS), %n sheet(s)</source>
        <translation>
            <numerusform>Excel-97-2003-Arbeitsmappe (XLS), %n Tabellenblatt</numerusform>
            <numerusform>Excel-97-2003-Arbeitsmappe (XLS), %n Tabellenblätter</numerusform>
        </translation>
    </message>
    <message>
        <source>Text file (CSV), %1 with byte-order mark</source>
        <translation>Textdatei (CSV), %1 mit Byte-Order-Mark</translation>
    </message>
    <message>
        <source>Text file (CSV), %1</source>
        <translation>Textdatei (CSV), %1</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>the first row names them</source>
        <translation>die erste Zeile benennt sie</translation>
    </message>
    <message>
        <source>without a header row</source>
        <translation>ohne Kopfzeile</translation>
    </message>
    <message>
        <source>%1; %2, %3</source>
        <translation>%1; %2, %3</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <comment>a delimiter character</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>CSV, text, Excel and vCard files. You can also drop a file on this window.</source>
        <translation>CSV-, Text-, Excel- und vCard-Dateien. Sie können eine Datei auch auf dieses Fenster ziehen.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Path of a .csv, .tsv, .txt, .xlsx, .xls or .vcf file</source>
        <translation>Pfad einer .csv-, .tsv-, .txt-, .xlsx-, .xls- oder .vcf-Datei</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>The file holds:</source>
        <translation>Die Datei enthält:</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Erkannt:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Zeichenkodierung:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <source>The first row holds the column names</source>
        <translation>Die erste Zeile enthält die Spaltennamen</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Tabellenblatt:</translation>
    </message>
</context>
<context>
    <name>Kontor::ImportMappingPage</name>
    <message>
        <source>Work</source>
        <translation>Geschäftlich</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Custom field: %1</source>
        <translation>Eigenes Feld: %1</translation>
    </message>
    <message>
        <source>New custom field...</source>
        <translation>Neues eigenes Feld …</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Nicht importieren</translation>
    </message>
    <message>
        <source>The name of the new custom field</source>
        <translation>Der Name des neuen eigenen Felds</translation>
    </message>
    <message>
        <source>The label of the value: work, home, mobile, other or your own</source>
        <translation>Die Bezeichnung des Werts: geschäftlich, privat, mobil, sonstige oder eine eigene</translation>
    </message>
    <message>
        <source>Give the new custom field of column &quot;%1&quot; a name.</source>
        <translation>Geben Sie dem neuen eigenen Feld der Spalte „%1“ einen Namen.</translation>
    </message>
    <message>
        <source>Choose where at least one column goes.</source>
        <translation>Wählen Sie für mindestens eine Spalte ein Ziel.</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>vCard files need no mapping: every property goes to its field.</source>
        <translation>vCard-Dateien brauchen keine Zuordnung: jede Eigenschaft kommt in ihr Feld.</translation>
    </message>
    <message>
        <source>Properties found: %1</source>
        <translation>Gefundene Eigenschaften: %1</translation>
    </message>
    <message>
        <source>Choose where each column of the file goes. Kontor guessed from the column names.</source>
        <translation>Wählen Sie, wohin jede Spalte der Datei gehört. Kontor hat anhand der Spaltennamen vorgeschlagen.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Beispielwerte</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
</context>
<context>
    <name>Kontor::ImportProblemsModel</name>
    <message>
        <source>Row</source>
        <comment>file row</comment>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Skip row</source>
        <translation>Zeile überspringen</translation>
    </message>
</context>
<context>
    <name>Kontor::ImportReviewPage</name>
    <message>
        <source>Import of %1</source>
        <translation>Import von %1</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>Checking every row of the file...</source>
        <translation>Prüfe jede Zeile der Datei …</translation>
    </message>
    <message numerus="yes">
        <source>No problems: all %n row(s) can be imported.</source>
        <translation>
            <numerusform>Keine Probleme: die %n Zeile kann importiert werden.</numerusform>
            <numerusform>Keine Probleme: alle %n Zeilen können importiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct a value by double-clicking it, or skip its row. Without corrections nothing is imported unless you leave the invalid rows out.</source>
        <translation>Korrigieren Sie einen Wert per Doppelklick oder überspringen Sie seine Zeile. Ohne Korrektur wird nichts importiert, außer Sie lassen die ungültigen Zeilen weg.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>What the import will do. Nothing has been written yet.</source>
        <translation>Was der Import tun wird. Noch wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>New contacts:</source>
        <translation>Neue Kontakte:</translation>
    </message>
    <message>
        <source>Updates:</source>
        <translation>Aktualisierungen:</translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>Dubletten:</translation>
    </message>
    <message>
        <source>Rows with problems:</source>
        <translation>Zeilen mit Problemen:</translation>
    </message>
    <message>
        <source>Companies to create:</source>
        <translation>Neu anzulegende Firmen:</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Übersprungen:</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Create a new contact for every row</source>
        <translation>Für jede Zeile einen neuen Kontakt anlegen</translation>
    </message>
    <message>
        <source>Update existing contacts matched by e-mail or phone</source>
        <translation>Vorhandene Kontakte mit gleicher E-Mail oder Telefonnummer aktualisieren</translation>
    </message>
    <message>
        <source>Skip rows that match an existing contact</source>
        <translation>Zeilen überspringen, die zu einem vorhandenen Kontakt passen</translation>
    </message>
    <message>
        <source>Add the tag:</source>
        <translation>Schlagwort hinzufügen:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Besitzer:</translation>
    </message>
    <message>
        <source>Name in the log:</source>
        <translation>Name im Protokoll:</translation>
    </message>
    <message>
        <source>Import the valid rows and leave out the invalid ones</source>
        <translation>Gültige Zeilen importieren und ungültige weglassen</translation>
    </message>
</context>
<context>
    <name>Kontor::ImportRunPage</name>
    <message>
        <source>Importing... %1 row(s) done</source>
        <translation>Importiere … %1 Zeile(n) erledigt</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Importiere …</translation>
    </message>
    <message>
        <source>Cancelling: the rows written so far are being removed...</source>
        <translation>Breche ab: die bisher geschriebenen Zeilen werden entfernt …</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>Der Import wurde abgebrochen. Es wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) are invalid. Go back to correct them or leave them out.</source>
        <translation>
            <numerusform>Es wurde nichts importiert: %n Zeile ist ungültig. Gehen Sie zurück, um sie zu korrigieren oder wegzulassen.</numerusform>
            <numerusform>Es wurde nichts importiert: %n Zeilen sind ungültig. Gehen Sie zurück, um sie zu korrigieren oder wegzulassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>Der Import wurde rückgängig gemacht.</translation>
    </message>
    <message numerus="yes">
        <source>The import is done: %n contact(s) created</source>
        <translation>
            <numerusform>Der Import ist fertig: %n Kontakt angelegt</numerusform>
            <numerusform>Der Import ist fertig: %n Kontakte angelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated.</source>
        <translation>
            <numerusform>%n aktualisiert.</numerusform>
            <numerusform>%n aktualisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch: %1 (no. %2). It is listed under Bulk Actions, where it can be undone later.</source>
        <translation>Stapel: %1 (Nr. %2). Er steht unter Massenaktionen und kann dort auch später rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Save failed rows</source>
        <translation>Fehlerhafte Zeilen speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>%1 - failed rows.csv</source>
        <translation>%1 - fehlerhafte Zeilen.csv</translation>
    </message>
    <message numerus="yes">
        <source>%n failed row(s) saved to %1.</source>
        <translation>
            <numerusform>%n fehlerhafte Zeile in %1 gespeichert.</numerusform>
            <numerusform>%n fehlerhafte Zeilen in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>Undo this import?</source>
        <translation>Diesen Import rückgängig machen?</translation>
    </message>
    <message numerus="yes">
        <source>The %n contact(s) it created are deleted for good; the contacts it updated get their previous values back.</source>
        <translation>
            <numerusform>Der angelegte Kontakt wird endgültig gelöscht; aktualisierte Kontakte erhalten ihre vorherigen Werte zurück.</numerusform>
            <numerusform>Die %n angelegten Kontakte werden endgültig gelöscht; aktualisierte Kontakte erhalten ihre vorherigen Werte zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing the import...</source>
        <translation>Mache den Import rückgängig …</translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n contact(s) removed</source>
        <translation>
            <numerusform>Rückgängig gemacht: %n Kontakt entfernt</numerusform>
            <numerusform>Rückgängig gemacht: %n Kontakte entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) reverted.</source>
        <translation>
            <numerusform>%n Kontakt zurückgesetzt.</numerusform>
            <numerusform>%n Kontakte zurückgesetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) were left alone because they changed after the import.</source>
        <translation>
            <numerusform>%n Feld blieb unverändert, weil es nach dem Import geändert wurde.</numerusform>
            <numerusform>%n Felder blieben unverändert, weil sie nach dem Import geändert wurden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>The contacts are written in the background, in chunks. Cancelling removes what was written.</source>
        <translation>Die Kontakte werden im Hintergrund in Abschnitten geschrieben. Abbrechen entfernt, was schon geschrieben wurde.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Angelegt:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Aktualisiert:</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Übersprungen:</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Fehlgeschlagen:</translation>
    </message>
    <message>
        <source>Save failed rows...</source>
        <translation>Fehlerhafte Zeilen speichern …</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Diesen Import rückgängig machen</translation>
    </message>
</context>
<context>
    <name>Kontor::ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>Kontor::JobItemsModel</name>
    <message>
        <source>(removed, #%1)</source>
        <translation>(entfernt, Nr. %1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>column: reason</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Row</source>
        <comment>file row</comment>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>Kontor::JobListModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Verarbeitet</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Kontor::JobsPage</name>
    <message>
        <source>All types</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Bulk actions</source>
        <translation>Massenaktionen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>Select a job to see its statistics and items.</source>
        <translation>Wählen Sie einen Auftrag, um seine Statistik und Einträge zu sehen.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>finished %1</source>
        <translation>beendet %1</translation>
    </message>
    <message>
        <source>undone %1</source>
        <translation>rückgängig gemacht %1</translation>
    </message>
    <message>
        <source>Undo job</source>
        <translation>Auftrag rückgängig machen</translation>
    </message>
    <message>
        <source>Undo &quot;%1&quot;?</source>
        <translation>„%1“ rückgängig machen?</translation>
    </message>
    <message>
        <source>Contacts it created are deleted for good and fields it changed get their previous values back. Fields changed since are left alone.</source>
        <translation>Angelegte Kontakte werden endgültig gelöscht, geänderte Felder erhalten ihre vorherigen Werte zurück. Seitdem geänderte Felder bleiben unberührt.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig machen</translation>
    </message>
    <message>
        <source>Undoing the job...</source>
        <translation>Mache den Auftrag rückgängig …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n contact(s) removed</source>
        <translation>
            <numerusform>Rückgängig gemacht: %n Kontakt entfernt</numerusform>
            <numerusform>Rückgängig gemacht: %n Kontakte entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) reverted.</source>
        <translation>
            <numerusform>%n Kontakt zurückgesetzt.</numerusform>
            <numerusform>%n Kontakte zurückgesetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) were left alone because they changed after the job.</source>
        <translation>
            <numerusform>%n Feld blieb unverändert, weil es nach dem Auftrag geändert wurde.</numerusform>
            <numerusform>%n Felder blieben unverändert, weil sie nach dem Auftrag geändert wurden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact #%1, %2: %3</source>
        <translation>Kontakt Nr. %1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Save failed rows</source>
        <translation>Fehlerhafte Zeilen speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>failed rows %1.csv</source>
        <translation>fehlerhafte Zeilen %1.csv</translation>
    </message>
    <message numerus="yes">
        <source>%n failed row(s) saved to %1.</source>
        <translation>
            <numerusform>%n fehlerhafte Zeile in %1 gespeichert.</numerusform>
            <numerusform>%n fehlerhafte Zeilen in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fields it changed get their previous values back and contacts it moved to the trash are restored. Fields changed since are left alone.</source>
        <translation>Geänderte Felder erhalten ihre vorherigen Werte zurück, in den Papierkorb verschobene Kontakte werden wiederhergestellt. Seitdem geänderte Felder bleiben unberührt.</translation>
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
        <source>Create a new contact (%1)</source>
        <translation>Neuen Kontakt anlegen (%1)</translation>
    </message>
    <message>
        <source>Move the selected contacts to the trash (Del)</source>
        <translation>Ausgewählte Kontakte in den Papierkorb verschieben (Entf)</translation>
    </message>
    <message>
        <source>Open profiles (%1)</source>
        <translation>Offene Profile (%1)</translation>
    </message>
    <message>
        <source>Smart Lists</source>
        <translation>Smart Lists</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Manage Smart Lists</source>
        <translation>Smart Lists verwalten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message numerus="yes">
        <source>Import done: %n contact(s) created</source>
        <translation>
            <numerusform>Import fertig: %n Kontakt angelegt</numerusform>
            <numerusform>Import fertig: %n Kontakte angelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated.</source>
        <translation>
            <numerusform>%n aktualisiert.</numerusform>
            <numerusform>%n aktualisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) exported.</source>
        <translation>
            <numerusform>%n Kontakt exportiert.</numerusform>
            <numerusform>%n Kontakte exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) were interrupted when Kontor last stopped.</source>
        <translation>
            <numerusform>%n Auftrag wurde beim letzten Beenden von Kontor unterbrochen.</numerusform>
            <numerusform>%n Aufträge wurden beim letzten Beenden von Kontor unterbrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bulk Actions</source>
        <translation>Massenaktionen</translation>
    </message>
    <message>
        <source>Show in Bulk Actions</source>
        <translation>In Massenaktionen anzeigen</translation>
    </message>
    <message>
        <source>Open Bulk Actions to resume or undo them.</source>
        <translation>Öffnen Sie Massenaktionen, um sie fortzusetzen oder rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
</context>
<context>
    <name>Kontor::ManageSmartListsPage</name>
    <message>
        <source>The smart lists could not be loaded: %1</source>
        <translation>Die Smart-Listen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Geteilt mit</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Drag a number to move the list</source>
        <translation>Zum Verschieben die Nummer der Zeile ziehen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Copy…</source>
        <translation>Kopieren…</translation>
    </message>
    <message>
        <source>Edit filter…</source>
        <translation>Filter bearbeiten…</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>Teilen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>(all contacts)</source>
        <translation>(alle Kontakte)</translation>
    </message>
    <message>
        <source>Copy smart list</source>
        <translation>Smart-Liste kopieren</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Name der Kopie:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Delete smart list</source>
        <translation>Smart-Liste löschen</translation>
    </message>
    <message>
        <source>Delete the smart list &quot;%1&quot;?</source>
        <translation>Die Smart-Liste „%1“ löschen?</translation>
    </message>
    <message>
        <source>The contacts in it stay; only the saved filter, columns and sort are removed.</source>
        <translation>Die Kontakte bleiben erhalten; nur der gespeicherte Filter, die Spalten und die Sortierung werden entfernt.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Share &quot;%1&quot;</source>
        <translation>„%1“ teilen</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Users who see this list among their tabs:</source>
        <translation>Benutzer, die diese Liste unter ihren Reitern sehen:</translation>
    </message>
    <message>
        <source>There are no other users in this database yet.</source>
        <translation>In dieser Datenbank gibt es noch keine anderen Benutzer.</translation>
    </message>
</context>
<context>
    <name>Kontor::NoteEditDialog</name>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Kontor::NotesTab</name>
    <message>
        <source>The notes could not be loaded: %1</source>
        <translation>Die Notizen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (changed by %2 · %3)</source>
        <extracomment>%1 is who wrote the note and when; %2 who changed it last, %3 when</extracomment>
        <translation>%1 (geändert von %2 · %3)</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Noch keine Notizen.</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Delete this note for good?</source>
        <translation>Diese Notiz endgültig löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>New note...</source>
        <translation>Neue Notiz...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Bearbeiten...</translation>
    </message>
</context>
<context>
    <name>Kontor::PaymentEditDialog</name>
    <message>
        <source>Enter the amount.</source>
        <translation>Geben Sie den Betrag ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount. Write it like %2.</source>
        <extracomment>%1 is what was typed, %2 an example in the user&apos;s number format</extracomment>
        <translation>„%1“ ist kein Betrag. Schreiben Sie ihn z. B. als %2.</translation>
    </message>
    <message>
        <source>New transaction</source>
        <translation>Neue Transaktion</translation>
    </message>
    <message>
        <source>Edit transaction</source>
        <translation>Transaktion bearbeiten</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Neue Rechnung</translation>
    </message>
    <message>
        <source>Edit invoice</source>
        <translation>Rechnung bearbeiten</translation>
    </message>
    <message>
        <source>New subscription</source>
        <translation>Neues Abonnement</translation>
    </message>
    <message>
        <source>Edit subscription</source>
        <translation>Abonnement bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Invoice &amp;number:</source>
        <translation>Rechnungs&amp;nummer:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>Invoice &amp;date:</source>
        <translation>Rechnungs&amp;datum:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <comment>subscription</comment>
        <translation>Be&amp;ginn:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>&amp;Fällig am:</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <source>N&amp;ext charge:</source>
        <translation>Nächste Abr&amp;echnung:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Zahlungsart:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Three-letter currency code (ISO 4217), for example EUR</source>
        <translation>Dreistelliger Währungscode (ISO 4217), zum Beispiel EUR</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Kontor::PaymentsTab</name>
    <message>
        <source>The payments could not be loaded: %1</source>
        <translation>Die Zahlungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>section title and count</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>%1 (open: %2)</source>
        <extracomment>An invoice total per currency: %1 all invoices, %2 the part not paid yet</extracomment>
        <translation>%1 (offen: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Completed: %1</source>
        <extracomment>%1: sums per currency, &quot;1.234,50 € · 200,00 $&quot;</extracomment>
        <translation>Abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Invoiced: %1</source>
        <translation>In Rechnung gestellt: %1</translation>
    </message>
    <message>
        <source>Active: %1</source>
        <translation>Aktiv: %1</translation>
    </message>
    <message>
        <source>Delete payment record</source>
        <translation>Zahlungseintrag löschen</translation>
    </message>
    <message>
        <source>Delete this payment record for good?</source>
        <translation>Diesen Zahlungseintrag endgültig löschen?</translation>
    </message>
    <message>
        <source>%1 of %2 from %3</source>
        <extracomment>%1 transaction, invoice or subscription, %2 its amount, %3 its date</extracomment>
        <translation>%1 über %2 vom %3</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>New...</source>
        <translation>Neu...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Bearbeiten...</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No transactions.</source>
        <translation>Keine Transaktionen.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Due</source>
        <comment>invoice</comment>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>No invoices.</source>
        <translation>Keine Rechnungen.</translation>
    </message>
    <message>
        <source>Start</source>
        <comment>subscription</comment>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Next charge</source>
        <translation>Nächste Abrechnung</translation>
    </message>
    <message>
        <source>No subscriptions.</source>
        <translation>Keine Abonnements.</translation>
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
    <name>Kontor::RecordTableReader</name>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
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
    <name>Kontor::ReminderScheduler</name>
    <message>
        <source>Reminders could not be checked: %1</source>
        <translation>Erinnerungen konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Birthday today: %1</source>
        <translation>Heute Geburtstag: %1</translation>
    </message>
    <message>
        <source>Birthday tomorrow: %1</source>
        <translation>Morgen Geburtstag: %1</translation>
    </message>
    <message numerus="yes">
        <source>Birthday in %n day(s): %1</source>
        <translation>
            <numerusform>Geburtstag in %n Tag: %1</numerusform>
            <numerusform>Geburtstag in %n Tagen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Task due: %1</source>
        <translation>Aufgabe fällig: %1</translation>
    </message>
    <message>
        <source>%1 turns %2 on %3.</source>
        <extracomment>%1 is a contact&apos;s name, %2 the age, %3 the day</extracomment>
        <translation>%1 wird am %3 %2 Jahre alt.</translation>
    </message>
    <message>
        <source>%1 celebrates on %2.</source>
        <translation>%1 hat am %2 Geburtstag.</translation>
    </message>
    <message>
        <source>Due %1.</source>
        <translation>Fällig am %1.</translation>
    </message>
    <message>
        <source>Due %1 - %2</source>
        <extracomment>%1 is the due date and time, %2 the contact&apos;s name</extracomment>
        <translation>Fällig am %1 – %2</translation>
    </message>
</context>
<context>
    <name>Kontor::ReminderTray</name>
    <message>
        <source>%1 - %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Kontor keeps running</source>
        <translation>Kontor läuft weiter</translation>
    </message>
    <message>
        <source>Reminders keep coming. Quit Kontor from this icon&apos;s menu.</source>
        <translation>Erinnerungen werden weiterhin angezeigt. Beenden Sie Kontor über das Menü dieses Symbols.</translation>
    </message>
    <message>
        <source>Show Kontor</source>
        <translation>Kontor anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Kontor</source>
        <translation>Kontor</translation>
    </message>
</context>
<context>
    <name>Kontor::RemindersSettingsPage</name>
    <message numerus="yes">
        <source> day(s) before</source>
        <extracomment>Suffix of the spin box &quot;Birthday reminders: [3] days before&quot;; the number comes before it</extracomment>
        <translation>
            <numerusform> Tag vorher</numerusform>
            <numerusform> Tage vorher</numerusform>
        </translation>
    </message>
    <message>
        <source>On the day</source>
        <translation>Am Tag selbst</translation>
    </message>
    <message>
        <source>Quit Kontor from the tray icon&apos;s menu or with File &gt; Quit.</source>
        <translation>Beenden Sie Kontor über das Menü des Symbols im Infobereich oder mit Datei &gt; Beenden.</translation>
    </message>
    <message>
        <source>This desktop shows no system tray: closing the window quits Kontor, and reminders appear while it is open.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich: Das Schließen des Fensters beendet Kontor, und Erinnerungen erscheinen nur, solange es geöffnet ist.</translation>
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
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>Kontor::SettingsPage</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Benutzerdefinierte Felder</translation>
    </message>
    <message>
        <source>Contact types</source>
        <translation>Kontakttypen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>Kontor::SmartListsPage</name>
    <message>
        <source>The smart lists could not be loaded: %1</source>
        <translation>Die Smart Lists konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Save as smart list</source>
        <translation>Als Smart List speichern</translation>
    </message>
    <message>
        <source>Name of the new smart list:</source>
        <translation>Name der neuen Smart List:</translation>
    </message>
    <message>
        <source>Filtered: %1</source>
        <translation>Gefiltert: %1</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln contact(s) in this list are selected.</source>
        <translation>
            <numerusform>Der %Ln Kontakt dieser Liste ist ausgewählt.</numerusform>
            <numerusform>Alle %Ln Kontakte dieser Liste sind ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln loaded contact(s) are selected.</source>
        <translation>
            <numerusform>Der %Ln geladene Kontakt ist ausgewählt.</numerusform>
            <numerusform>Alle %Ln geladenen Kontakte sind ausgewählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select all %Ln in this list</source>
        <translation>
            <numerusform>Alle %Ln dieser Liste auswählen</numerusform>
            <numerusform>Alle %Ln dieser Liste auswählen</numerusform>
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
    <message>
        <source>Search contacts (Ctrl+F)</source>
        <translation>Kontakte durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Choose the fields the search looks in</source>
        <translation>Felder wählen, in denen gesucht wird</translation>
    </message>
    <message>
        <source>Combine conditions on any field, including custom fields</source>
        <translation>Bedingungen auf beliebige Felder kombinieren, auch auf eigene Felder</translation>
    </message>
    <message>
        <source>Choose and order the columns of this list</source>
        <translation>Spalten dieser Liste wählen und anordnen</translation>
    </message>
</context>
<context>
    <name>Kontor::TaskEditDialog</name>
    <message>
        <source>Time zone: %1</source>
        <translation>Zeitzone: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n Minute vorher</numerusform>
            <numerusform>%n Minuten vorher</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Kein Kontakt</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Aufgabe bearbeiten</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Keine Wiederholung</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Keine Erinnerung</translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation>Zum Fälligkeitszeitpunkt</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n Tag vorher</numerusform>
            <numerusform>%n Tage vorher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) before</source>
        <translation>
            <numerusform>%n Stunde vorher</numerusform>
            <numerusform>%n Stunden vorher</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (ich)</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>The users could not be loaded: %1</source>
        <translation>Die Benutzer konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>Tag</numerusform>
            <numerusform>Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s) on</source>
        <translation>
            <numerusform>Woche am</numerusform>
            <numerusform>Wochen am</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>Monat</numerusform>
            <numerusform>Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>year(s)</source>
        <translation>
            <numerusform>Jahr</numerusform>
            <numerusform>Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter a title for the task.</source>
        <translation>Bitte geben Sie einen Titel für die Aufgabe ein.</translation>
    </message>
</context>
<context>
    <name>Kontor::TaskListModel</name>
    <message>
        <source>The tasks could not be loaded: %1</source>
        <translation>Die Aufgaben konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Done: uncheck to reopen</source>
        <translation>Erledigt: Haken entfernen, um sie wieder zu öffnen</translation>
    </message>
    <message>
        <source>Open: check to mark done</source>
        <translation>Offen: abhaken, um sie als erledigt zu markieren</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Keine Fälligkeit</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <extracomment>%1 is the due date and time of a task that is past it</extracomment>
        <translation>%1 (überfällig)</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zuständig</translation>
    </message>
</context>
<context>
    <name>Kontor::TasksPage</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Nächste 7 Tage</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>The users could not be loaded: %1</source>
        <translation>Die Benutzer konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Aufgabe löschen</translation>
    </message>
    <message>
        <source>Delete the task &quot;%1&quot; for good?</source>
        <translation>Die Aufgabe „%1“ endgültig löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kontor::TasksTab</name>
    <message>
        <source>Delete task</source>
        <translation>Aufgabe löschen</translation>
    </message>
    <message>
        <source>Delete the task &quot;%1&quot; for good?</source>
        <translation>Die Aufgabe „%1“ endgültig löschen?</translation>
    </message>
    <message>
        <source>Only this occurrence is deleted; done ones stay.</source>
        <translation>Nur dieses Vorkommen wird gelöscht; erledigte bleiben erhalten.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>No tasks yet.</source>
        <translation>Noch keine Aufgaben.</translation>
    </message>
    <message>
        <source>No open tasks.</source>
        <translation>Keine offenen Aufgaben.</translation>
    </message>
    <message>
        <source>New task...</source>
        <translation>Neue Aufgabe...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Bearbeiten...</translation>
    </message>
    <message>
        <source>Show done tasks</source>
        <translation>Erledigte Aufgaben anzeigen</translation>
    </message>
</context>
<context>
    <name>Kontor::TimelineComposer</name>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Write a note... (Ctrl+Enter adds it)</source>
        <translation>Notiz schreiben... (Strg+Eingabe fügt sie hinzu)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
</context>
<context>
    <name>Kontor::TimelineWidget</name>
    <message>
        <source>The timeline could not be loaded: %1</source>
        <translation>Die Chronik konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Note by %1 · %2</source>
        <extracomment>Header of a note in the timeline: %1 who, %2 when</extracomment>
        <translation>Notiz von %1 · %2</translation>
    </message>
    <message>
        <source>Change · %1 · %2</source>
        <extracomment>Header of a change in the timeline: %1 when, %2 where it came from (Desktop, Import, ...)</extracomment>
        <translation>Änderung · %1 · %2</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronik</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Nothing has happened here yet.</source>
        <translation>Hier ist noch nichts passiert.</translation>
    </message>
    <message>
        <source>Task · due %1</source>
        <translation>Aufgabe · fällig %1</translation>
    </message>
    <message>
        <source>Task · %1</source>
        <translation>Aufgabe · %1</translation>
    </message>
    <message>
        <source>%1 · overdue</source>
        <comment>task</comment>
        <translation>%1 · überfällig</translation>
    </message>
    <message>
        <source>%1 · done</source>
        <comment>task</comment>
        <translation>%1 · erledigt</translation>
    </message>
    <message>
        <source>Appointment · %1</source>
        <extracomment>Header of an appointment in the timeline: %1 its time (&quot;12.12.26 09:00 – 10:00&quot;)</extracomment>
        <translation>Termin · %1</translation>
    </message>
    <message>
        <source>Document · %1 · %2</source>
        <extracomment>Header of a document in the timeline: %1 when it was added, %2 by whom</extracomment>
        <translation>Dokument · %1 · %2</translation>
    </message>
    <message>
        <source>%1 · in the trash</source>
        <comment>document</comment>
        <translation>%1 · im Papierkorb</translation>
    </message>
    <message>
        <source>Payment · %1</source>
        <extracomment>Header of a payment in the timeline: %1 its date, %2 its status (Paid, Overdue, ...)</extracomment>
        <translation>Zahlung · %1</translation>
    </message>
    <message>
        <source>Payment · %1 · %2</source>
        <translation>Zahlung · %1 · %2</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
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
    <message>
        <source>Restore contacts</source>
        <translation>Kontakte wiederherstellen</translation>
    </message>
    <message>
        <source>Their tasks, appointments and documents come back with them.</source>
        <translation>Ihre Aufgaben, Termine und Dokumente werden mit wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore &quot;%1&quot; with its notes and company links?</source>
        <translation>„%1“ samt Notizen und Firmenverknüpfungen wiederherstellen?</translation>
    </message>
    <message numerus="yes">
        <source>Restore %Ln contact(s) with their notes and company links?</source>
        <translation>
            <numerusform>%Ln Kontakt samt Notizen und Firmenverknüpfungen wiederherstellen?</numerusform>
            <numerusform>%Ln Kontakte samt Notizen und Firmenverknüpfungen wiederherstellen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore all %Ln contact(s) in the trash with their notes and company links?</source>
        <translation>
            <numerusform>Den %Ln Kontakt im Papierkorb samt Notizen und Firmenverknüpfungen wiederherstellen?</numerusform>
            <numerusform>Alle %Ln Kontakte im Papierkorb samt Notizen und Firmenverknüpfungen wiederherstellen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore the %Ln contact(s) found with their notes and company links?</source>
        <translation>
            <numerusform>Den %Ln gefundenen Kontakt samt Notizen und Firmenverknüpfungen wiederherstellen?</numerusform>
            <numerusform>Die %Ln gefundenen Kontakte samt Notizen und Firmenverknüpfungen wiederherstellen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore all...</source>
        <translation>Alle wiederherstellen …</translation>
    </message>
    <message numerus="yes">
        <source>Restore all %Ln found...</source>
        <translation>
            <numerusform>%Ln gefundenen wiederherstellen …</numerusform>
            <numerusform>Alle %Ln gefundenen wiederherstellen …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kontor::TypedConfirmDialog</name>
    <message>
        <source>Delete contacts</source>
        <translation>Kontakte löschen</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln contact(s) to the trash?</source>
        <translation>
            <numerusform>%Ln Kontakt in den Papierkorb verschieben?</numerusform>
            <numerusform>%Ln Kontakte in den Papierkorb verschieben?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They stay in the trash for %n day(s) and can be restored until then, with their notes and company links. The job can also be undone in Bulk Actions.</source>
        <translation>
            <numerusform>Sie bleiben %n Tag im Papierkorb und können bis dahin samt Notizen und Firmenverknüpfungen wiederhergestellt werden. Der Auftrag lässt sich außerdem unter Massenaktionen rückgängig machen.</numerusform>
            <numerusform>Sie bleiben %n Tage im Papierkorb und können bis dahin samt Notizen und Firmenverknüpfungen wiederhergestellt werden. Der Auftrag lässt sich außerdem unter Massenaktionen rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Geben Sie zur Bestätigung %1 ein:</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Kontor::UsersSettingsPage</name>
    <message>
        <source>The users could not be loaded: %1</source>
        <translation>Die Benutzer konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <source>A user needs a name.</source>
        <translation>Ein Benutzer braucht einen Namen.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; added.</source>
        <translation>Benutzer „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>LinkedContact</name>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Es gibt keinen Kontakt mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>ListCommands</name>
    <message>
        <source>give the name of one list</source>
        <translation>geben Sie den Namen einer Liste an</translation>
    </message>
    <message>
        <source>give the list&apos;s name and a new name</source>
        <translation>geben Sie den Namen der Liste und einen neuen Namen an</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>&quot;--name&quot; is required</source>
        <translation>„--name“ ist erforderlich</translation>
    </message>
    <message>
        <source>Created list &quot;%1&quot;.</source>
        <translation>Liste „%1“ angelegt.</translation>
    </message>
    <message>
        <source>say what to change: --filter, --columns or --sort</source>
        <translation>geben Sie an, was sich ändern soll: --filter, --columns oder --sort</translation>
    </message>
    <message>
        <source>Updated list &quot;%1&quot;.</source>
        <translation>Liste „%1“ geändert.</translation>
    </message>
    <message>
        <source>Renamed list &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Liste „%1“ in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>Copied list &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Liste „%1“ nach „%2“ kopiert.</translation>
    </message>
    <message>
        <source>Deleted list &quot;%1&quot;.</source>
        <translation>Liste „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>(none: every contact)</source>
        <translation>(keiner: alle Kontakte)</translation>
    </message>
    <message>
        <source>Sort: %1</source>
        <translation>Sortierung: %1</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Spalten: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Besitzer: %1</translation>
    </message>
    <message>
        <source>Shared with: %1</source>
        <translation>Geteilt mit: %1</translation>
    </message>
    <message>
        <source>Contacts: %1</source>
        <translation>Kontakte: %1</translation>
    </message>
    <message>
        <source>&quot;--users&quot; is required (&quot;&quot; shares with nobody)</source>
        <translation>„--users“ ist erforderlich (&quot;&quot; teilt mit niemandem)</translation>
    </message>
    <message numerus="yes">
        <source>Shared list &quot;%1&quot; with %n user(s).</source>
        <translation>
            <numerusform>Liste „%1“ mit %n Benutzer geteilt.</numerusform>
            <numerusform>Liste „%1“ mit %n Benutzern geteilt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Kontor</source>
        <translation>Kontor</translation>
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
    <message>
        <source>New company</source>
        <translation>Neue Firma</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <source>Manage smart lists</source>
        <translation>Smart Lists verwalten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Close profile</source>
        <translation>Profil schließen</translation>
    </message>
    <message>
        <source>Smart lists</source>
        <translation>Smart Lists</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>Import contacts from a CSV, Excel or vCard file</source>
        <translation>Kontakte aus einer CSV-, Excel- oder vCard-Datei importieren</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Export the current list, the selected contacts or all contacts</source>
        <translation>Die aktuelle Liste, die ausgewählten Kontakte oder alle Kontakte exportieren</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Bulk actions</source>
        <translation>Massenaktionen</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Ctrl+7</source>
        <translation>Ctrl+7</translation>
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
    <name>NoteCommands</name>
    <message>
        <source>give a contact id and the note&apos;s text</source>
        <translation>geben Sie eine Kontakt-ID und den Text der Notiz an</translation>
    </message>
    <message>
        <source>Added note %1 to %2.</source>
        <extracomment>%1 is the new note&apos;s number, %2 the contact&apos;s name</extracomment>
        <translation>Notiz %1 zu %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>give exactly one contact id</source>
        <translation>geben Sie genau eine Kontakt-ID an</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Keine Notizen.</translation>
    </message>
    <message>
        <source>Note %1, %2, %3</source>
        <extracomment>header line of a note in &quot;notes list&quot;: %1 its number, %2 date and time, %3 the author</extracomment>
        <translation>Notiz %1, %2, %3</translation>
    </message>
    <message>
        <source>(edited %1 by %2)</source>
        <extracomment>appended to a note&apos;s header when it was edited: %1 date and time, %2 who</extracomment>
        <translation>(geändert %1 von %2)</translation>
    </message>
    <message>
        <source>give a note&apos;s number and its new text</source>
        <translation>geben Sie die Nummer einer Notiz und ihren neuen Text an</translation>
    </message>
    <message>
        <source>Updated note %1.</source>
        <translation>Notiz %1 geändert.</translation>
    </message>
    <message>
        <source>give exactly one note number</source>
        <translation>geben Sie genau eine Notiznummer an</translation>
    </message>
    <message>
        <source>Deleted note %1.</source>
        <translation>Notiz %1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>NoteRepository</name>
    <message>
        <source>There is no note with id %1.</source>
        <translation>Es gibt keine Notiz mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>NoteService</name>
    <message>
        <source>The contact is in the trash; restore it before changing its notes.</source>
        <translation>Der Kontakt liegt im Papierkorb; stellen Sie ihn wieder her, bevor Sie seine Notizen ändern.</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation>Eine Notiz braucht einen Text.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>A note can hold at most %1 characters.</source>
        <translation>Eine Notiz darf höchstens %1 Zeichen lang sein.</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>payment status</comment>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>payment status</comment>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>payment status</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Refunded</source>
        <comment>payment status</comment>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>invoice status</comment>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Paid</source>
        <comment>invoice status</comment>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <comment>invoice status</comment>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>subscription status</comment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>subscription status</comment>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>subscription status</comment>
        <translation>Gekündigt</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Direct debit</source>
        <translation>Lastschrift</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>payment method</comment>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
</context>
<context>
    <name>PaymentCommands</name>
    <message>
        <source>is transaction, invoice or subscription, not &quot;%1&quot;</source>
        <translation>ist transaction, invoice oder subscription, nicht „%1“</translation>
    </message>
    <message>
        <source>needs an amount such as 1234.50 or 1.234,50, not &quot;%1&quot;</source>
        <translation>braucht einen Betrag wie 1234.50 oder 1.234,50, nicht „%1“</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>&quot;--%1&quot; is required</source>
        <translation>„--%1“ ist erforderlich</translation>
    </message>
    <message>
        <source>Added payment %1 (%2, %3 %4) to %5.</source>
        <extracomment>%1 the record&apos;s number, %2 &quot;Invoice&quot;, &quot;Transaction&quot; or &quot;Subscription&quot;, %3 amount, %4 currency, %5 contact</extracomment>
        <translation>Zahlung %1 (%2, %3 %4) für %5 angelegt.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Number/Method/Interval</source>
        <translation>Nummer/Zahlungsart/Intervall</translation>
    </message>
    <message>
        <source>Due/Next</source>
        <translation>Fällig/Nächste</translation>
    </message>
    <message>
        <source>No payments.</source>
        <translation>Keine Zahlungen.</translation>
    </message>
    <message>
        <source>Totals:</source>
        <translation>Summen:</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>give the number of one payment (see &quot;kontor-cli payments list&quot;)</source>
        <translation>geben Sie die Nummer einer Zahlung an (siehe „kontor-cli payments list“)</translation>
    </message>
    <message>
        <source>Deleted payment %1.</source>
        <translation>Zahlung %1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>PaymentRepository</name>
    <message>
        <source>There is no payment record with id %1.</source>
        <translation>Es gibt keinen Zahlungseintrag mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>PaymentService</name>
    <message>
        <source>The contact is in the trash; restore it before changing its payments.</source>
        <translation>Der Kontakt liegt im Papierkorb; stellen Sie ihn wieder her, bevor Sie seine Zahlungen ändern.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>A payment record needs a date.</source>
        <translation>Ein Zahlungseintrag braucht ein Datum.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code: use three letters such as EUR.</source>
        <translation>„%1“ ist kein Währungscode: Verwenden Sie drei Buchstaben wie EUR.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status of a %2; use one of: %3.</source>
        <translation>„%1“ ist kein Status für die Art „%2“; verwenden Sie einen der folgenden: %3.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a payment method; use one of: %2.</source>
        <translation>„%1“ ist keine Zahlungsart; verwenden Sie eine der folgenden: %2.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>An invoice needs a number.</source>
        <translation>Eine Rechnung braucht eine Nummer.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>An invoice needs a due date.</source>
        <translation>Eine Rechnung braucht ein Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>A number can have at most %1 characters.</source>
        <translation>Eine Nummer darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>A subscription needs an interval.</source>
        <translation>Ein Abonnement braucht ein Intervall.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an interval; use one of: %2.</source>
        <translation>„%1“ ist kein Intervall; verwenden Sie eines der folgenden: %2.</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Only subscriptions have an interval.</source>
        <translation>Nur Abonnements haben ein Intervall.</translation>
    </message>
    <message>
        <source>Notes can have at most %1 characters.</source>
        <translation>Notizen dürfen höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>ProfileFieldFactory</name>
    <message>
        <source>Ctrl+Enter saves, Esc cancels</source>
        <translation>Strg+Eingabe speichert, Esc bricht ab</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters.</source>
        <translation>Der Text ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>e.g. 31.12.1980, 31.12. or 1980-12-31</source>
        <translation>z. B. 31.12.1980, 31.12. oder 1980-12-31</translation>
    </message>
    <message>
        <source>Birthday: enter a date such as 31.12.1980, or 31.12. without the year.</source>
        <translation>Geburtstag: Geben Sie ein Datum wie 31.12.1980 ein, oder 31.12. ohne Jahr.</translation>
    </message>
    <message>
        <source>This contact is a lead</source>
        <translation>Dieser Kontakt ist ein Lead</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>Tags mit Kommas trennen</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
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
        <source>%2 %1</source>
        <extracomment>A birthday without a year: %1 is the day, %2 the month&apos;s name</extracomment>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>ProfileText</name>
    <message>
        <source>%1 created the contact</source>
        <translation>%1 hat den Kontakt angelegt</translation>
    </message>
    <message>
        <source>%1 moved the contact to the trash</source>
        <translation>%1 hat den Kontakt in den Papierkorb verschoben</translation>
    </message>
    <message>
        <source>%1 restored the contact</source>
        <translation>%1 hat den Kontakt wiederhergestellt</translation>
    </message>
    <message>
        <source>%1 set %2: %3</source>
        <extracomment>%1 user, %2 field, %3 new value</extracomment>
        <translation>%1 hat %2 gesetzt: %3</translation>
    </message>
    <message>
        <source>%1 cleared %2 (was %3)</source>
        <extracomment>%1 user, %2 field, %3 old value</extracomment>
        <translation>%1 hat %2 geleert (war %3)</translation>
    </message>
    <message>
        <source>%1 changed %2: %3 → %4</source>
        <extracomment>%1 user, %2 field, %3 old value, %4 new value</extracomment>
        <translation>%1 hat %2 geändert: %3 → %4</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>In den Papierkorb verschoben</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Kommandozeile</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Bulk change</source>
        <translation>Sammeländerung</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>The repetition &quot;%1&quot; is not understood: %2</source>
        <translation>Die Wiederholung „%1“ ist nicht verständlich: %2</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>expected NAME=value</source>
        <translation>NAME=Wert erwartet</translation>
    </message>
    <message>
        <source>given twice</source>
        <translation>doppelt angegeben</translation>
    </message>
    <message>
        <source>use DAILY, WEEKLY, MONTHLY or YEARLY</source>
        <translation>verwenden Sie DAILY, WEEKLY, MONTHLY oder YEARLY</translation>
    </message>
    <message>
        <source>the interval must be a number from 1 to %1</source>
        <translation>das Intervall muss eine Zahl von 1 bis %1 sein</translation>
    </message>
    <message>
        <source>weekdays are MO, TU, WE, TH, FR, SA, SU</source>
        <translation>Wochentage sind MO, TU, WE, TH, FR, SA, SU</translation>
    </message>
    <message>
        <source>the month must be a number from 1 to 12</source>
        <translation>der Monat muss eine Zahl von 1 bis 12 sein</translation>
    </message>
    <message>
        <source>the day must be a number from 1 to 31</source>
        <translation>der Tag muss eine Zahl von 1 bis 31 sein</translation>
    </message>
    <message>
        <source>the hour must be a number from 0 to 23</source>
        <translation>die Stunde muss eine Zahl von 0 bis 23 sein</translation>
    </message>
    <message>
        <source>the minute must be a number from 0 to 59</source>
        <translation>die Minute muss eine Zahl von 0 bis 59 sein</translation>
    </message>
    <message>
        <source>unknown part</source>
        <translation>unbekannter Bestandteil</translation>
    </message>
    <message>
        <source>FREQ is missing</source>
        <translation>FREQ fehlt</translation>
    </message>
    <message>
        <source>BYHOUR and BYMINUTE go together</source>
        <translation>BYHOUR und BYMINUTE gehören zusammen</translation>
    </message>
    <message>
        <source>Repeat every 1 to %1 units.</source>
        <translation>Das Wiederholungsintervall muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>Choose weekdays from Monday to Sunday.</source>
        <translation>Wählen Sie Wochentage von Montag bis Sonntag.</translation>
    </message>
    <message>
        <source>Weekdays can only be chosen for a weekly repetition.</source>
        <translation>Wochentage können nur bei wöchentlicher Wiederholung gewählt werden.</translation>
    </message>
    <message>
        <source>The day of the month must be from 1 to 31.</source>
        <translation>Der Tag des Monats muss zwischen 1 und 31 liegen.</translation>
    </message>
    <message>
        <source>The month must be from 1 to 12.</source>
        <translation>Der Monat muss zwischen 1 und 12 liegen.</translation>
    </message>
    <message>
        <source>A month can only be chosen for a yearly repetition.</source>
        <translation>Ein Monat kann nur bei jährlicher Wiederholung gewählt werden.</translation>
    </message>
    <message>
        <source>A day of the month can only be chosen for a monthly or yearly repetition.</source>
        <translation>Ein Tag des Monats kann nur bei monatlicher oder jährlicher Wiederholung gewählt werden.</translation>
    </message>
    <message>
        <source>The month %1 has no day %2.</source>
        <translation>Der Monat %1 hat keinen Tag %2.</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Keine Wiederholung</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation>
            <numerusform>Alle %n Tage</numerusform>
            <numerusform>Alle %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks</source>
        <translation>
            <numerusform>Alle %n Wochen</numerusform>
            <numerusform>Alle %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Weekly on %1</source>
        <translation>Wöchentlich am %1</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks on %1</source>
        <translation>
            <numerusform>Alle %n Wochen am %1</numerusform>
            <numerusform>Alle %n Wochen am %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly on day %1</source>
        <translation>Monatlich am %1.</translation>
    </message>
    <message numerus="yes">
        <source>Every %n months on day %1</source>
        <translation>
            <numerusform>Alle %n Monate am %1.</numerusform>
            <numerusform>Alle %n Monate am %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message numerus="yes">
        <source>Every %n months</source>
        <translation>
            <numerusform>Alle %n Monate</numerusform>
            <numerusform>Alle %n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>Yearly on %1 %2</source>
        <comment>%1 = month name, %2 = day</comment>
        <translation>Jährlich am %2. %1</translation>
    </message>
    <message numerus="yes">
        <source>Every %n years on %1 %2</source>
        <comment>%1 = month name, %2 = day</comment>
        <translation>
            <numerusform>Alle %n Jahre am %2. %1</numerusform>
            <numerusform>Alle %n Jahre am %2. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message numerus="yes">
        <source>Every %n years</source>
        <translation>
            <numerusform>Alle %n Jahre</numerusform>
            <numerusform>Alle %n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>repetition, time</comment>
        <translation>%1 um %2</translation>
    </message>
</context>
<context>
    <name>ReminderCommands</name>
    <message>
        <source>Task %1 &quot;%2&quot;, due %3</source>
        <extracomment>%1 the task&apos;s number, %2 its title, %3 its due date and time</extracomment>
        <translation>Aufgabe %1 „%2“, fällig am %3</translation>
    </message>
    <message>
        <source>Task %1 &quot;%2&quot;, due %3, for %4</source>
        <extracomment>%1 the task&apos;s number, %2 its title, %3 its due date and time, %4 the contact&apos;s name</extracomment>
        <translation>Aufgabe %1 „%2“, fällig am %3, für %4</translation>
    </message>
    <message>
        <source>Birthday of %1 (%2) on %3</source>
        <translation>Geburtstag von %1 (%2) am %3</translation>
    </message>
    <message>
        <source>Birthday of %1 on %2</source>
        <extracomment>%1 the contact&apos;s name, %2 the day</extracomment>
        <translation>Geburtstag von %1 am %2</translation>
    </message>
    <message>
        <source>%1  %2 (to %3)</source>
        <extracomment>%1 the time the reminder fires, %2 what it is about, %3 who gets it</extracomment>
        <translation>%1  %2 (an %3)</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>&quot;--at&quot; is required</source>
        <translation>„--at“ ist erforderlich</translation>
    </message>
    <message>
        <source>No reminders at %1.</source>
        <translation>Keine Erinnerungen für %1.</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>Reminders are delivered to a user; choose one.</source>
        <translation>Erinnerungen gehen an einen Benutzer; wählen Sie einen aus.</translation>
    </message>
</context>
<context>
    <name>RemindersSettingsPage</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>Geburtstage</translation>
    </message>
    <message>
        <source>&amp;Remind:</source>
        <translation>&amp;Erinnern:</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>&amp;Um:</translation>
    </message>
    <message>
        <source>The owner and the followers of each contact with a birthday get the reminder, at this local time. In years without a 29 February, birthdays on that day count as 28 February.</source>
        <translation>Der Verantwortliche und die Follower jedes Kontakts mit Geburtstag erhalten die Erinnerung zu dieser Ortszeit. In Jahren ohne 29. Februar gelten Geburtstage an diesem Tag als 28. Februar.</translation>
    </message>
    <message>
        <source>System tray</source>
        <translation>Infobereich</translation>
    </message>
    <message>
        <source>&amp;Keep Kontor in the system tray when its window is closed</source>
        <translation>Kontor beim Schließen des Fensters im Infobereich &amp;behalten</translation>
    </message>
</context>
<context>
    <name>RowConverter</name>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters.</source>
        <translation>Der Text ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a person nor a company.</source>
        <translation>„%1“ ist weder eine Person noch eine Firma.</translation>
    </message>
    <message>
        <source>E-mail &quot;%1&quot;: %2</source>
        <translation>E-Mail „%1“: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country Kontor knows; use a two-letter code such as DE.</source>
        <translation>„%1“ ist kein Land, das Kontor kennt; verwenden Sie einen zweibuchstabigen Code wie DE.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>„%1“ ist kein Datum.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the calendar.</source>
        <translation>„%1“ ist kein Datum im Kalender.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list of channels (e-mail, SMS, calls, WhatsApp or all).</source>
        <translation>„%1“ ist keine Liste von Kanälen (E-Mail, SMS, Anrufe, WhatsApp oder alle).</translation>
    </message>
</context>
<context>
    <name>SmartListService</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>My contacts</source>
        <translation>Meine Kontakte</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Birthdays in the next 14 days</source>
        <translation>Geburtstage in den nächsten 14 Tagen</translation>
    </message>
    <message>
        <source>Added in the last 7 days</source>
        <translation>In den letzten 7 Tagen hinzugefügt</translation>
    </message>
    <message>
        <source>There is no list with the number %1.</source>
        <translation>Es gibt keine Liste mit der Nummer %1.</translation>
    </message>
    <message>
        <source>There is no list &quot;%1&quot;.</source>
        <translation>Es gibt keine Liste „%1“.</translation>
    </message>
    <message>
        <source>A list shows persons (0) or companies (1), not %1.</source>
        <translation>Eine Liste zeigt Personen (0) oder Firmen (1), nicht %1.</translation>
    </message>
    <message>
        <source>The list &quot;%1&quot; belongs to %2; copy it to change it.</source>
        <translation>Die Liste „%1“ gehört %2; kopieren Sie sie, um sie zu ändern.</translation>
    </message>
    <message>
        <source>A list needs a name.</source>
        <translation>Eine Liste braucht einen Namen.</translation>
    </message>
    <message>
        <source>You already have a list named &quot;%1&quot;.</source>
        <translation>Sie haben schon eine Liste namens „%1“.</translation>
    </message>
</context>
<context>
    <name>SmartListsPage</name>
    <message>
        <source>More filters...</source>
        <translation>Weitere Filter...</translation>
    </message>
    <message>
        <source>Columns...</source>
        <translation>Spalten...</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Aufheben</translation>
    </message>
    <message>
        <source>Save as smart list...</source>
        <translation>Als Smart List speichern...</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>The file &quot;%1&quot; cannot be opened.</source>
        <translation>Die Datei „%1“ lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>A vCard file is not a table; it is read by the vCard import.</source>
        <translation>Eine vCard-Datei ist keine Tabelle; sie wird vom vCard-Import gelesen.</translation>
    </message>
    <message>
        <source>The file is named as an Excel workbook but is neither a workbook nor text.</source>
        <translation>Die Datei ist wie eine Excel-Arbeitsmappe benannt, ist aber weder Arbeitsmappe noch Text.</translation>
    </message>
    <message>
        <source>The file contains only a header row and no data.</source>
        <translation>Die Datei enthält nur eine Kopfzeile und keine Daten.</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; is empty.</source>
        <translation>Das Tabellenblatt „%1“ ist leer.</translation>
    </message>
</context>
<context>
    <name>TaskCommands</name>
    <message>
        <source>&quot;%1&quot; is not a weekday; use mo, tu, we, th, fr, sa, su</source>
        <translation>„%1“ ist kein Wochentag; verwenden Sie mo, tu, we, th, fr, sa, su</translation>
    </message>
    <message>
        <source>needs at least one weekday</source>
        <translation>braucht mindestens einen Wochentag</translation>
    </message>
    <message>
        <source>is none, daily, weekly, monthly or yearly, not &quot;%1&quot;</source>
        <translation>ist none, daily, weekly, monthly oder yearly, nicht „%1“</translation>
    </message>
    <message>
        <source>needs --repeat</source>
        <translation>braucht --repeat</translation>
    </message>
    <message>
        <source>only goes with --repeat weekly</source>
        <translation>gilt nur zusammen mit --repeat weekly</translation>
    </message>
    <message>
        <source>is open, done, overdue or all, not &quot;%1&quot;</source>
        <translation>ist open, done, overdue oder all, nicht „%1“</translation>
    </message>
    <message>
        <source>!</source>
        <extracomment>the mark of an overdue task in &quot;tasks list&quot;</extracomment>
        <translation>!</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>&quot;--title&quot; is required</source>
        <translation>„--title“ ist erforderlich</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>keine Fälligkeit</translation>
    </message>
    <message>
        <source>Added task %1 &quot;%2&quot; (%3).</source>
        <extracomment>%1 the new task&apos;s number, %2 its title, %3 its due date and time or &quot;no due date&quot;</extracomment>
        <translation>Aufgabe %1 „%2“ angelegt (%3).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>Keine Aufgaben.</translation>
    </message>
    <message>
        <source>give the number of one task (see &quot;kontor-cli tasks list&quot;)</source>
        <translation>geben Sie die Nummer einer Aufgabe an (siehe „kontor-cli tasks list“)</translation>
    </message>
    <message>
        <source>Task %1 is done.</source>
        <translation>Aufgabe %1 ist erledigt.</translation>
    </message>
    <message>
        <source>Next occurrence: task %1, due %2.</source>
        <extracomment>%1 the number of the task created for the next occurrence, %2 its due date and time</extracomment>
        <translation>Nächstes Vorkommen: Aufgabe %1, fällig am %2.</translation>
    </message>
    <message>
        <source>Task %1 is open again.</source>
        <translation>Aufgabe %1 ist wieder offen.</translation>
    </message>
    <message>
        <source>Deleted task %1.</source>
        <translation>Aufgabe %1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>TaskEditDialog</name>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Wiederholung:</translation>
    </message>
    <message>
        <source>every</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Re&amp;minder:</source>
        <translation>&amp;Erinnerung:</translation>
    </message>
    <message>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>&amp;Auswählen...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Do not link the task to a contact</source>
        <translation>Die Aufgabe mit keinem Kontakt verknüpfen</translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <source>There is no task with id %1.</source>
        <translation>Es gibt keine Aufgabe mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>TaskService</name>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>The contact is in the trash; restore it before changing its tasks.</source>
        <translation>Der Kontakt liegt im Papierkorb; stellen Sie ihn wieder her, bevor Sie seine Aufgaben ändern.</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>Eine Aufgabe braucht einen Titel.</translation>
    </message>
    <message>
        <source>A title can hold at most %1 characters.</source>
        <translation>Ein Titel darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>A description can hold at most %1 characters.</source>
        <translation>Eine Beschreibung darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is unknown.</source>
        <translation>Die Zeitzone „%1“ ist unbekannt.</translation>
    </message>
    <message>
        <source>A repeating task needs a due date.</source>
        <translation>Eine wiederkehrende Aufgabe braucht ein Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>A reminder comes between 0 minutes and a year before the due time.</source>
        <translation>Eine Erinnerung liegt zwischen 0 Minuten und einem Jahr vor dem Fälligkeitszeitpunkt.</translation>
    </message>
    <message>
        <source>There is no user with id %1.</source>
        <translation>Es gibt keinen Benutzer mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Aufgaben durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>Any contact</source>
        <translation>Alle Kontakte</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>&amp;Auswählen...</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Show the tasks of every contact</source>
        <translation>Die Aufgaben aller Kontakte anzeigen</translation>
    </message>
    <message>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;New task...</source>
        <translation>&amp;Neue Aufgabe...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Bearbeiten...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>TimelineService</name>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Es gibt keinen Kontakt mit der ID %1.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
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
    <message numerus="yes">
        <source>Deleted %n document(s) for good.</source>
        <translation>
            <numerusform>%n Dokument endgültig gelöscht.</numerusform>
            <numerusform>%n Dokumente endgültig gelöscht.</numerusform>
        </translation>
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
    <message>
        <source>Restore all...</source>
        <translation>Alle wiederherstellen …</translation>
    </message>
    <message>
        <source>Restore...</source>
        <translation>Wiederherstellen …</translation>
    </message>
</context>
<context>
    <name>TrashRequest</name>
    <message numerus="yes">
        <source>Move all %Ln contact(s) of this list to the trash?</source>
        <translation>
            <numerusform>Den %Ln Kontakt dieser Liste in den Papierkorb verschieben?</numerusform>
            <numerusform>Alle %Ln Kontakte dieser Liste in den Papierkorb verschieben?</numerusform>
        </translation>
    </message>
    <message>
        <source>Move &quot;%1&quot; to the trash?</source>
        <translation>„%1“ in den Papierkorb verschieben?</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln contact(s) to the trash?</source>
        <translation>
            <numerusform>%Ln Kontakt in den Papierkorb verschieben?</numerusform>
            <numerusform>%Ln Kontakte in den Papierkorb verschieben?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation>Kontakte löschen</translation>
    </message>
    <message numerus="yes">
        <source>Contacts stay in the trash for %n day(s) and can be restored until then.</source>
        <translation>
            <numerusform>Kontakte bleiben %n Tag im Papierkorb und können bis dahin wiederhergestellt werden.</numerusform>
            <numerusform>Kontakte bleiben %n Tage im Papierkorb und können bis dahin wiederhergestellt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>In den Papierkorb</translation>
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
    <message>
        <source>There is no team with id %1.</source>
        <translation>Es gibt kein Team mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>UsersSettingsPage</name>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>Benutzer &amp;hinzufügen</translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Pager</source>
        <translation>Pager</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptnummer</translation>
    </message>
    <message>
        <source>The country &quot;%1&quot; is not known; enter it as a two-letter ISO code such as DE or AT.</source>
        <translation>Das Land „%1“ ist unbekannt; geben Sie es als zweibuchstabigen ISO-Code wie DE oder AT an.</translation>
    </message>
    <message>
        <source>The birthday &quot;%1&quot; is not a date.</source>
        <translation>Der Geburtstag „%1“ ist kein Datum.</translation>
    </message>
    <message>
        <source>The birthday &quot;%1&quot; is not a possible date.</source>
        <translation>Der Geburtstag „%1“ ist kein mögliches Datum.</translation>
    </message>
    <message>
        <source>The photo is not valid base64 data.</source>
        <translation>Das Foto ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>The photo is larger than %1 KiB.</source>
        <translation>Das Foto ist größer als %1 KiB.</translation>
    </message>
    <message>
        <source>The photo is neither a JPEG nor a PNG image.</source>
        <translation>Das Foto ist weder ein JPEG- noch ein PNG-Bild.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be read.</source>
        <translation>Die Datei „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The line is longer than 1 MiB.</source>
        <translation>Die Zeile ist länger als 1 MiB.</translation>
    </message>
    <message>
        <source>The file contains binary data; it is not a vCard file.</source>
        <translation>Die Datei enthält Binärdaten; sie ist keine vCard-Datei.</translation>
    </message>
    <message>
        <source>The property is longer than 4 MiB.</source>
        <translation>Die Eigenschaft ist länger als 4 MiB.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be opened.</source>
        <translation>Die Datei „%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The file contains no BEGIN:VCARD; it is not a vCard file.</source>
        <translation>Die Datei enthält kein BEGIN:VCARD; sie ist keine vCard-Datei.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Text outside a card: a line between cards must be BEGIN:VCARD.</source>
        <translation>Text außerhalb einer Karte: Eine Zeile zwischen Karten muss BEGIN:VCARD sein.</translation>
    </message>
    <message>
        <source>The file does not start with BEGIN:VCARD; it is not a vCard file.</source>
        <translation>Die Datei beginnt nicht mit BEGIN:VCARD; sie ist keine vCard-Datei.</translation>
    </message>
    <message>
        <source>The card has no END:VCARD.</source>
        <translation>Der Karte fehlt END:VCARD.</translation>
    </message>
    <message>
        <source>The card is larger than 16 MiB.</source>
        <translation>Die Karte ist größer als 16 MiB.</translation>
    </message>
</context>
<context>
    <name>XlsReader</name>
    <message>
        <source>The file &quot;%1&quot; cannot be opened.</source>
        <translation>Die Datei „%1“ lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <source>The Excel 97-2003 workbook is damaged or not an XLS file.</source>
        <translation>Die Excel-97-2003-Arbeitsmappe ist beschädigt oder keine XLS-Datei.</translation>
    </message>
    <message>
        <source>The Excel workbook is password-protected. Save it without a password and import it again.</source>
        <translation>Die Excel-Arbeitsmappe ist kennwortgeschützt. Speichern Sie sie ohne Kennwort und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>The Excel 97-2003 workbook contains no sheets.</source>
        <translation>Die Excel-97-2003-Arbeitsmappe enthält keine Tabellenblätter.</translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <translation>Tabellenblatt %1</translation>
    </message>
    <message>
        <source>The workbook has no sheet number %1.</source>
        <translation>Die Arbeitsmappe hat kein Tabellenblatt Nummer %1.</translation>
    </message>
    <message>
        <source>The cell in row %1, column %2 cannot be read.</source>
        <translation>Die Zelle in Zeile %1, Spalte %2 lässt sich nicht lesen.</translation>
    </message>
</context>
<context>
    <name>XlsxExportWriter</name>
    <message>
        <source>An Excel worksheet holds at most %1 rows; export fewer contacts or choose CSV.</source>
        <translation>Ein Excel-Tabellenblatt fasst höchstens %1 Zeilen; exportieren Sie weniger Kontakte oder wählen Sie CSV.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The workbook has no sheet number %1.</source>
        <translation>Die Arbeitsmappe hat kein Tabellenblatt Nummer %1.</translation>
    </message>
    <message>
        <source>The cell in row %1, column %2 refers to a text the workbook does not contain.</source>
        <translation>Die Zelle in Zeile %1, Spalte %2 verweist auf einen Text, den die Arbeitsmappe nicht enthält.</translation>
    </message>
    <message>
        <source>Row %1 has a cell beyond the last column Excel allows.</source>
        <translation>Zeile %1 hat eine Zelle jenseits der letzten Spalte, die Excel erlaubt.</translation>
    </message>
    <message>
        <source>The Excel workbook is damaged near row %1.</source>
        <translation>Die Excel-Arbeitsmappe ist in der Nähe von Zeile %1 beschädigt.</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>The Excel workbook is damaged or not an XLSX file.</source>
        <translation>Die Excel-Arbeitsmappe ist beschädigt oder keine XLSX-Datei.</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>The file is damaged or not a ZIP archive.</source>
        <translation>Die Datei ist beschädigt oder kein ZIP-Archiv.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be opened: %2</source>
        <translation>Die Datei „%1“ lässt sich nicht öffnen: %2</translation>
    </message>
</context>
</TS>
