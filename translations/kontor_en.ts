<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new custom field &quot;%1&quot; has not been created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom field no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityArguments</name>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <extracomment>%1 is an option such as &quot;--due&quot;, %2 what is wrong with its value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone; use a name such as Europe/Berlin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a date and time as &quot;YYYY-MM-DD HH:MM&quot;, e.g. &quot;2025-03-14 09:30&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a date as &quot;YYYY-MM-DD&quot;, e.g. &quot;2025-03-14&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a time as &quot;HH:MM&quot;, e.g. &quot;05:30&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a whole number from %1 to %2, not &quot;%3&quot;</source>
        <extracomment>%1 and %2 are the smallest and biggest allowed number, %3 what was given</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentCommands</name>
    <message>
        <source>is before the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be after the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no appointment &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;--%1&quot; is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give &quot;--end&quot; or &quot;--duration&quot;, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an all-day appointment takes &quot;--end&quot; as a date, not &quot;--duration&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added appointment %1 &quot;%2&quot; with %3 (%4).</source>
        <extracomment>%1 the new appointment&apos;s number, %2 its title, %3 the contact&apos;s name, %4 its start</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give appointment numbers, &quot;--contact ID&quot; or &quot;--all&quot; (one of them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;--output FILE&quot; is required (&quot;-&quot; writes to the standard output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n appointment(s) to %1.</source>
        <extracomment>%1 the file written</extracomment>
        <translation>
            <numerusform>Wrote %n appointment to %1.</numerusform>
            <numerusform>Wrote %n appointments to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>give &quot;--contact ID&quot; and one .ics file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Took %n appointment(s) from the file for %1.</source>
        <extracomment>%1 the contact&apos;s name</extracomment>
        <translation>
            <numerusform>Took %n appointment from the file for %1.</numerusform>
            <numerusform>Took %n appointments from the file for %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppointmentEditDialog</name>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atte&amp;ndees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentRepository</name>
    <message>
        <source>There is no appointment with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentService</name>
    <message>
        <source>The contact is in the trash; restore it before changing its appointments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentText</name>
    <message>
        <source>%1 (all day)</source>
        <extracomment>%1 is a date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 (all day)</source>
        <extracomment>%1 and %2 are the first and the last day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 – %3</source>
        <extracomment>%1 is the date, %2 and %3 the start and end time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>%1 and %2 are the start and the end, each with date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentValidator</name>
    <message>
        <source>The time zone &quot;%1&quot; is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appointment needs a start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appointment needs an end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appointment needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no calendar with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>BulkAction</name>
    <message>
        <source>all channels</source>
        <comment>do not disturb</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <comment>do not disturb</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <comment>do not disturb</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls</source>
        <comment>do not disturb</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <comment>do not disturb</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add follower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove follower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set contact type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set lead flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set do not disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify e-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DELETE</source>
        <comment>typed confirmation</comment>
        <extracomment>The word a user types to confirm a bulk delete; German: LÖSCHEN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign owner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add follower %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove follower %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to company &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear contact type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set contact type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmark as lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not disturb on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not disturb off for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown bulk action &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown do-not-disturb channel &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkActionDialog</name>
    <message>
        <source>Bulk action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name or description:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkChange</name>
    <message>
        <source>all channels</source>
        <comment>do not disturb</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <comment>do not disturb</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <comment>do not disturb</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls</source>
        <comment>do not disturb</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <comment>do not disturb</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not disturb is already on for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not disturb is already off for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact already has the tag &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact does not have the tag &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact has no owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already follows the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not follow the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact has no contact type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact&apos;s type is already &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is already a lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is not a lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is a company; only persons belong to a company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person belongs to no company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person already belongs to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact has been deleted since the job was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkCommands</name>
    <message>
        <source>give the tag, for example &quot;tag-add VIP&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the owner&apos;s name or number, or &quot;none&quot; to remove the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the follower&apos;s name or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the company&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the contact type, or &quot;none&quot; to clear it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;lead&quot; needs on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;dnd&quot; needs a channel (all, email, sms, calls, whatsapp) and on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact type &quot;%1&quot;; the types are: %2.</source>
        <extracomment>%1 what the user typed, %2 the known contact types</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what to do; the actions are: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; the actions are: %2</source>
        <extracomment>%1 what the user typed, %2 the list of actions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;--confirm&quot; belongs to the delete action only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bulk delete must be confirmed: add &quot;--confirm %1&quot;; nothing was deleted</source>
        <extracomment>%1 the confirmation word of the current language (DELETE, LÖSCHEN)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the confirmation word; type &quot;--confirm %2&quot; exactly; nothing was deleted</source>
        <extracomment>%1 what the user typed, %2 the confirmation word of the current language</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;--ids&quot; needs contact numbers or UUIDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;--search&quot; needs a text to search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;--filter&quot; needs a filter expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the contacts with exactly one of --list NAME, --search TEXT, --filter EXPR, --ids ID,…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;--chunk-size&quot; needs a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 contacts done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 contacts done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after %L1 of %L2 contacts (whole chunks only); continue with &quot;kontor-cli jobs resume %3&quot; or revert with &quot;kontor-cli jobs undo %3&quot;.</source>
        <extracomment>%L1 contacts done, %L2 all contacts of the job, %3 the job&apos;s number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 failed: %2</source>
        <extracomment>%1 the job&apos;s number, %2 why it failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkRunner</name>
    <message>
        <source>%1: %2</source>
        <comment>e-mail status: reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is in the trash already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact has no e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkService</name>
    <message>
        <source>Enter the tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a contact type (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Type %1 to move %n contact(s) to the trash.</source>
        <translation>
            <numerusform>Type %1 to move %n contact to the trash.</numerusform>
            <numerusform>Type %1 to move %n contacts to the trash.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select at least one contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list finds no contacts; there is nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import cannot be resumed; undo &quot;%1&quot; and import the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; only interrupted or cancelled jobs can be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bulk action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 and cannot be run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was cancelled after %2 of %3 contacts; resume it to go on or undo it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarRepository</name>
    <message>
        <source>There is no calendar with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarService</name>
    <message>
        <source>A calendar needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a calendar named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour &quot;%1&quot; is not of the form #rrggbb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no calendar named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The calendar &quot;%1&quot; still holds %n appointment(s); move or delete them first.</source>
        <translation>
            <numerusform>The calendar &quot;%1&quot; still holds %n appointment; move or delete it first.</numerusform>
            <numerusform>The calendar &quot;%1&quot; still holds %n appointments; move or delete them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last calendar cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarsSettingsPage</name>
    <message>
        <source>Appointments are filed in these calendars. A new appointment starts at its calendar&apos;s default location. Double-click a calendar to rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;lor...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the office address; saved when you leave the field</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kontor-cli companies list [--search TEXT] [--json]
Prints ID, name, e-mail, phone, website, city, created and the number of persons.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kontor-cli companies add NAME [--email E] [--phone P] [--website URL] [--city C] [--json]
Refuses a name that an existing company has already.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kontor-cli companies show NAME|ID [--json]
Shows the company and the persons who work for it.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kontor-cli companies assign NAME|ID PERSON_ID [PERSON_ID…]
Links the persons to the company, replacing their previous company.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kontor-cli companies unassign PERSON_ID [PERSON_ID…]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kontor-cli notes add ID TEXT [--json]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kontor-cli notes list ID [--json]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kontor-cli notes edit NOTE_ID TEXT
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kontor-cli notes delete NOTE_ID
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kontor-cli import undo BATCH [--json]
Removes the contacts the import created and reverts the fields it updated; fields changed
since the import are left alone and listed. BATCH is the number from &quot;import list&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kontor-cli import list [--json]
Lists the imports, newest first: batch, start, name, status and counts.
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kontor-cli jobs list [--type T] [--status S] [--user USER] [--json]
Lists imports, exports and bulk actions, newest first.
  --type import|export|bulk|ACTION   ACTION: a bulk action such as tag-add
  --status queued|running|done|failed|cancelled|interrupted|undone
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kontor-cli jobs show JOB [--items] [--json]
Shows a job (number or UUID) with its statistics; --items lists the contacts skipped or
failed with the reason.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kontor-cli jobs undo JOB [--json]
Reverts exactly what the job changed: removes the contacts it created, restores the fields
it changed and the contacts it moved to the trash. Fields changed since are left alone and
listed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kontor-cli jobs resume JOB [--json]
Continues an interrupted or cancelled bulk action with its first chunk not done.
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kontor-cli reminders due --at &quot;YYYY-MM-DD HH:MM&quot; [--tz ZONE] [--user USER|all]
                          [--birthday-days N] [--birthday-time HH:MM] [--json]
Prints the task and birthday reminders that would fire in that minute, for you (default),
another user or all. --birthday-days and --birthday-time override the settings.
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
    <name>CompaniesPage</name>
    <message>
        <source>New company</source>
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
        <source>Columns...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyCommands</name>
    <message>
        <source>There is no company with the name or id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1 (%2) is a person, not a company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
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
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons</source>
        <extracomment>column of &quot;companies list&quot;: how many persons work for the company</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No companies found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the company&apos;s name (in quotes if it has spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a company named &quot;%1&quot; already (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created company %1 (%2).</source>
        <extracomment>%1 is the new company&apos;s number, %2 its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one company: its name, number or UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No persons work for this company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a company and at least one person id</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Linked %n person(s) to %1.</source>
        <extracomment>%1 is the company&apos;s name</extracomment>
        <translation>
            <numerusform>Linked %n person to %1.</numerusform>
            <numerusform>Linked %n persons to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>give at least one person id</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unlinked %n person(s) from their company.</source>
        <translation>
            <numerusform>Unlinked %n person from their company.</numerusform>
            <numerusform>Unlinked %n persons from their company.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmBox</name>
    <message>
        <source>Cancel</source>
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
    <message>
        <source>ID</source>
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
    <name>ContactListFields</name>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <comment>e-mail check</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactListRepository</name>
    <message>
        <source>Quick search cannot look in &quot;%1&quot;.</source>
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
    <message>
        <source>&quot;%1&quot; is a person, not a company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company &quot;%1&quot; is in the trash; restore it before linking persons to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a company; only persons belong to a company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the trash; restore it before editing.</source>
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
    <name>ContactTypesSettingsPage</name>
    <message>
        <source>Every contact has one of these types. Double-click a type to rename it; its contacts follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
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
    <name>CsvReader</name>
    <message>
        <source>The file &quot;%1&quot; cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text encoding &quot;%1&quot; is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains binary data, not text: it is not a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field whose quote opens in row %1 is longer than %2 MB; perhaps its closing quote is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field in row %1, column %2 is longer than %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 is longer than %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote opened in row %1, column %2 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 contains binary data (a NUL character): this is not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not write %1: %2</source>
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
    <name>CustomFieldBinding</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the name of a custom field, %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomFieldDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
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
    <name>CustomFieldsSettingsPage</name>
    <message>
        <source>Custom fields appear on every contact, grouped by folder. Drag a field onto another folder to move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New f&amp;older...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete fo&amp;lder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New field...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit field...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete field...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
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
    <name>Document</name>
    <message>
        <source>Internal</source>
        <comment>document category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>document category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <comment>document category</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <source>give the number of one document (see &quot;kontor-cli documents list&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give &quot;--contact ID&quot; and at least one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;--name&quot; names one file; give only one file with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is internal, sent or received, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added document %1 &quot;%2&quot; (%3) to %4.</source>
        <extracomment>%1 the document&apos;s number, %2 its name, %3 its size, %4 the contact&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved document %1 &quot;%2&quot; to the trash.</source>
        <extracomment>%1 the document&apos;s number, %2 its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored document %1 &quot;%2&quot; from the trash.</source>
        <extracomment>%1 the document&apos;s number, %2 its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;--output FILE&quot; is required (&quot;-&quot; writes to the standard output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; as %2.</source>
        <extracomment>%1 the document&apos;s name, %2 the file written</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentRepository</name>
    <message>
        <source>There is no document with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentService</name>
    <message>
        <source>The contact is in the trash; restore it before changing its documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; contains a folder separator (/ or \).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document name can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 has %2 MB; documents may have at most %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is in the trash; restore it before changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of the document &quot;%1&quot; is missing: %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentStore</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 has %2 MB; documents may have at most %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is bigger than %2 MB, the limit for documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the name of a stored document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored document %1 cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailCheck</name>
    <message>
        <source>valid</source>
        <comment>e-mail check</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <comment>e-mail check</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>e-mail check</comment>
        <translation type="unfinished"></translation>
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
    <name>EmailVerifier</name>
    <message>
        <source>The domain %1 is a disposable-mail domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain %1 does not exist or receives no mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain could not be looked up (offline?).</source>
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
    <name>ExportColumns</name>
    <message>
        <source>There is no custom field &quot;%1&quot; to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot; to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <comment>lead</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <comment>lead</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say where to write with &quot;-o FILE&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;-o&quot; needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;--format&quot; is one of csv, csv-excel, xlsx, vcf, vcf3, json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say the format with &quot;--format csv|csv-excel|xlsx|vcf|vcf3|json&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;--columns&quot; applies to csv, csv-excel and xlsx only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no export column &quot;%1&quot;. Columns: %2</source>
        <extracomment>%1 the unknown column, %2 the list of known ones</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 contacts exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 contacts exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1 (%2).</source>
        <extracomment>%2 the file name, %3 the format (&quot;Excel (German)&quot;)</extracomment>
        <translation>
            <numerusform>Exported %n contact to %1 (%2).</numerusform>
            <numerusform>Exported %n contacts to %1 (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contacts of the current list, as filtered and searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (UTF-8, comma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel (German)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard 3.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterCompiler</name>
    <message>
        <source>&quot;not&quot; needs exactly one condition or group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator &quot;%1&quot; does not fit &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; %2 needs %n value(s).</source>
        <translation>
            <numerusform>&quot;%1&quot; %2 needs %n value.</numerusform>
            <numerusform>&quot;%1&quot; %2 needs %n values.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (%2); use YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of days (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a choice of &quot;%2&quot; (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a birthday (%2); use YYYY-MM-DD or --MM-DD for day and month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both birthdays of &quot;%1&quot; with a year or both without one (--MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither true nor false (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterExpression</name>
    <message>
        <source>The text starting at position %1 has no closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected &quot;!&quot; at position %1; did you mean &quot;!=&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &quot;and&quot;, &quot;or&quot; or the end of the filter at position %1, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1 after &quot;%2&quot; at position %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty parentheses at position %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &quot;)&quot; to close the &quot;(&quot; at position %1, found %2 at position %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a field name at position %1, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list in parentheses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;,&quot; or &quot;)&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an operator after &quot;%1&quot; at position %2, found %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterFields</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
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
        <source>Street</source>
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
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
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
        <source>Tags</source>
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
        <source>Birthday</source>
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
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the last N days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the next N days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has any of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has all of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has none of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is any of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <comment>e-mail check</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralSettingsPage</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and region</source>
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
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum file size (MB):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bigger files are refused when they are attached to a contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IcsFormat</name>
    <message>
        <source>number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event %1 in &quot;%2&quot; has no readable start (DTSTART).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event %1 in &quot;%2&quot; ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an iCalendar (.ics) file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains no events.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>The mapping file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file is not valid JSON: %1 at character %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file must hold one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;--format&quot; is one of auto, csv, xlsx, xls, vcf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;--kind&quot; is &quot;person&quot; or &quot;company&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;--sheet&quot; needs the sheet&apos;s number, counted from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot; (try UTF-8, windows-1252, ISO-8859-15, UTF-16LE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;--delimiter&quot; is one character such as &quot;,&quot; or &quot;;&quot;, or &quot;tab&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;--on-duplicate&quot; is one of skip, update, create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;--failed-rows&quot; needs a real import, not &quot;--dry-run&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 rows checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 rows checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 rows imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 rows imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; what it had written was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are invalid, so nothing was imported; fix them or add &quot;--skip-invalid&quot; to import the valid rows</source>
        <translation>
            <numerusform>%n row are invalid, so nothing was imported; fix them or add &quot;--skip-invalid&quot; to import the valid rows</numerusform>
            <numerusform>%n rows are invalid, so nothing was imported; fix them or add &quot;--skip-invalid&quot; to import the valid rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n failed row(s) to %1.</source>
        <translation>
            <numerusform>Saved %n failed row to %1.</numerusform>
            <numerusform>Saved %n failed rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no import &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is not an import but &quot;%2&quot;.</source>
        <extracomment>%1 the job&apos;s number, %2 its type (&quot;Export&quot;, &quot;Add tag&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the number of one import (see &quot;kontor-cli import list&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 contacts undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 contacts undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid import %1 (%2).</source>
        <extracomment>%1 the batch number, %2 its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: %L1 contact(s) it had created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverted: %L1 contact(s) it had updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left alone: %L1 field(s) changed since the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact %1, field %2: %3</source>
        <extracomment>%1 contact number, %2 field key, %3 why it was left alone</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
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
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: the group must be 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: expected a field name or an object with &quot;target&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: &quot;%2&quot; is not a field Kontor can import into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The mapping has a column %1, but the file has only %n column(s).</source>
        <translation>
            <numerusform>The mapping has a column %1, but the file has only %n column.</numerusform>
            <numerusform>The mapping has a column %1, but the file has only %n columns.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping names the column &quot;%1&quot;, which the file does not have.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreparer</name>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a contact type (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPrinter</name>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column %2 (%3): %4</source>
        <extracomment>one problem of an import: %1 file row, %2 column number, %3 column header, %4 what is wrong</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 (%2): %3</source>
        <extracomment>%1 file row, %2 vCard property or field, %3 what is wrong</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <extracomment>%1 file row, %2 what is wrong</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, encoding %1, delimiter %2</source>
        <extracomment>%1 encoding such as UTF-8, %2 the delimiter such as &quot;;&quot; or &quot;tab&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;</source>
        <extracomment>%1 XLSX or XLS, %2 the sheet&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new custom field &quot;%1&quot;</source>
        <extracomment>the import creates a custom field of this name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run of %1: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contacts: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates of existing contacts: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid rows: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New companies: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) are invalid.</source>
        <translation>
            <numerusform>Nothing was imported: %n row are invalid.</numerusform>
            <numerusform>Nothing was imported: %n rows are invalid.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported batch %1 (%2).</source>
        <extracomment>%1 the batch number, %2 its name (&quot;Import of kunden.csv&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies created: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo it with: kontor-cli import undo %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>Import of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>The file %1 holds no contact cards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportTargets</name>
    <message>
        <source>Full name</source>
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
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
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
        <source>E-mail label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
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
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (one cell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address label</source>
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
        <source>Tags</source>
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
        <source>Kind (person or company)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail %1 label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone %1 label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address %1 street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address %1 postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address %1 city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address %1 region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address %1 country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address %1 label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>A contact with the same e-mail address exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact with the same phone number exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company of the same name exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped in the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same contact as row %1 of the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Queued</source>
        <comment>job status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <comment>job status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <comment>job status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>job status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>job status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <comment>job status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <comment>job status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <comment>job type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <comment>job type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <comment>job item outcome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <comment>job item outcome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <comment>job item outcome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <comment>job item outcome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>job item outcome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <comment>job item outcome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <comment>job item outcome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <comment>job item outcome</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobCommands</name>
    <message>
        <source>give the number of one job (see &quot;kontor-cli jobs list&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no job &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;--type&quot; is import, export, bulk or a bulk action such as tag-add, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;--status&quot; is one of queued, running, done, failed, cancelled, interrupted, undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts were skipped or failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped and failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 contacts undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 contacts undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The undo was cancelled after whole chunks; run &quot;kontor-cli jobs undo %1&quot; again to finish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is not a bulk action but &quot;%2&quot;; only bulk actions can be resumed.</source>
        <extracomment>%1 the job&apos;s number, %2 its type (&quot;Import&quot;, &quot;Export&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 contacts done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 contacts done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobLock</name>
    <message>
        <source>The folder for job locks &quot;%1&quot; cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job is being run by another program (%1, process %2 on %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job&apos;s lock file &quot;%1&quot; cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobPrinter</name>
    <message>
        <source>Job %1 (%2): %3</source>
        <extracomment>%1 the job&apos;s number, %2 its name, %3 its status (&quot;done&quot;, &quot;cancelled&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts: %L1, processed: %L2, changed: %L3, skipped: %L4, failed: %L5</source>
        <extracomment>%L1 contacts of the job, %L2 processed so far, %L3 changed, %L4 skipped, %L5 failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chunks done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no contacts handled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact %1, field %2</source>
        <extracomment>%1 contact number, %2 field key</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <extracomment>%1 file row, %2 column</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <extracomment>%1 outcome (&quot;skipped&quot;, &quot;failed&quot;), %2 which contact or row and field, %3 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid job %1 (%2).</source>
        <extracomment>%1 the job&apos;s number, %2 its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: %L1 contact(s) it had created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverted: %L1 contact(s) it had changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored: %L1 contact(s) it had moved to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left alone: %L1 field(s) changed since the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact %1, field %2: %3</source>
        <extracomment>%1 contact number, %2 field key, %3 why it was left alone</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobRepository</name>
    <message>
        <source>There is no job with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobService</name>
    <message>
        <source>The contact had already been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact has been deleted since the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is in the trash: left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since the job: kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier value cannot be restored: kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export changes no contacts; there is nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is still running; it can be undone when it has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has already been undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The undo was cancelled after %1 of %2 contacts; undo the job again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact has been deleted for good since the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact has been restored already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact was moved to the trash again after the job: left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail verification changes no contacts; there is nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobsPage</name>
    <message>
        <source>Bulk Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a job to see its statistics and items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save failed rows...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to the trash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::ActivityTab</name>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::AppointmentEditDialog</name>
    <message>
        <source>%1 (contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New appointment</source>
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
</context>
<context>
    <name>Kontor::AppointmentsTab</name>
    <message>
        <source>The appointments could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1</source>
        <extracomment>the place of an appointment in its card</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>an appointment card&apos;s header: %1 is when, %2 the calendar</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the appointment “%1” for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no appointment to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) exported to %1.</source>
        <translation>
            <numerusform>%n appointment exported to %1.</numerusform>
            <numerusform>%n appointments exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>file name: error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) imported from %1.</source>
        <translation>
            <numerusform>%n appointment imported from %1.</numerusform>
            <numerusform>%n appointments imported from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>New appointment...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export .ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen appointment...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All appointments...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::AssociationsTab</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned to a company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change company...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Assign company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No persons are assigned to this company yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other persons at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody else works here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::BulkActionDialog</name>
    <message>
        <source>(No owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(No type)</source>
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
    <message numerus="yes">
        <source>Applies to %Ln contact(s).</source>
        <translation>
            <numerusform>Applies to %Ln contact.</numerusform>
            <numerusform>Applies to %Ln contacts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead flag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not disturb:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts that have the tag already are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts without the tag are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The persons are linked to the company of this name; it is created when none exists. Companies in the selection are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The persons are unlinked from their company. Companies and persons without one are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the syntax of each e-mail address, disposable-mail domains and whether the domain receives mail. Without a network connection the result is &quot;unknown&quot;, not &quot;invalid&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts that have this value already are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job runs in the background and can be undone in the Bulk Actions section.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::BulkActionLauncher</name>
    <message numerus="yes">
        <source>Move %Ln contact(s) to the trash</source>
        <translation>
            <numerusform>Move %Ln contact to the trash</numerusform>
            <numerusform>Move %Ln contacts to the trash</numerusform>
        </translation>
    </message>
    <message>
        <source>Another bulk action is still running. Wait for it to finish or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::BulkActionRunner</name>
    <message>
        <source>%1
%2 of %3 contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current chunk...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was stopped after %2 contacts. The chunks done stay applied: resume or undo the job in Bulk Actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is done: %2 moved to the trash, %3 skipped, %4 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is done: %2 checked, %3 skipped, %4 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is done: %2 changed, %3 skipped, %4 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::BulkActionsMenu</name>
    <message>
        <source>&amp;Bulk actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1...</source>
        <comment>bulk action menu entry</comment>
        <extracomment>A menu entry that opens a dialog: &quot;Add tag...&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change, export or delete the selected contacts as one job that can be undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::CalendarsSettingsPage</name>
    <message>
        <source>Default location: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::ColumnChooserDialog</name>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the columns to show. Drag them to change their order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::CompaniesPage</name>
    <message>
        <source>The list of companies could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s)</source>
        <translation>
            <numerusform>%Ln company</numerusform>
            <numerusform>%Ln companies</numerusform>
        </translation>
    </message>
    <message>
        <source>Search companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::ContactEditDialog</name>
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
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::ContactPickerDialog</name>
    <message>
        <source>Assign company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::ContactProfileWidget</name>
    <message>
        <source>The contact could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some choices could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact is in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &quot;%1&quot; to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Contacts stay in the trash for %n day(s) and can be restored until then.</source>
        <translation>
            <numerusform>Contacts stay in the trash for %n day and can be restored until then.</numerusform>
            <numerusform>Contacts stay in the trash for %n days and can be restored until then.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::CustomFieldDialog</name>
    <message>
        <source>The option &quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type cannot be changed: the stored values depend on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::CustomFieldsSettingsPage</name>
    <message>
        <source>The custom fields could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the empty folder &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the folder &quot;%1&quot;? Its %n field(s) move to &quot;Without folder&quot;; no values are lost.</source>
        <translation>
            <numerusform>Delete the folder &quot;%1&quot;? Its %n field moves to &quot;Without folder&quot;; no values are lost.</numerusform>
            <numerusform>Delete the folder &quot;%1&quot;? Its %n fields move to &quot;Without folder&quot;; no values are lost.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the custom field &quot;%1&quot;? No contact has a value in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the custom field &quot;%1&quot;? Its value is removed from %n contact(s).</source>
        <translation>
            <numerusform>Delete the custom field &quot;%1&quot;? Its value is removed from %n contact.</numerusform>
            <numerusform>Delete the custom field &quot;%1&quot;? Its value is removed from %n contacts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete field</source>
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
    <name>Kontor::DetailsPanel</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags and responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>Job title at company, e.g. &quot;Sales manager at ACME&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>E-mail check below the addresses: address – valid / invalid / unknown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, checked on %3</source>
        <extracomment>Tool tip of an e-mail check: address: status, checked on date</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::DocumentsTab</name>
    <message>
        <source>%1: %2</source>
        <comment>file name: error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document %1 cannot be copied for opening: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documents could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document in the trash matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash holds no documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents yet. Attach files with the button or drop them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached: %1</source>
        <translation>
            <numerusform>%n file attached: %1</numerusform>
            <numerusform>%n files attached: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit document</source>
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
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was moved to the trash. Tick &quot;Show trash&quot; to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search documents by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category of files attached or dropped now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the document or change its category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
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
    <name>Kontor::ExportDialog</name>
    <message>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contact(s) written...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) exported to %1.</source>
        <translation>
            <numerusform>%n contact exported to %1.</numerusform>
            <numerusform>%n contacts exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n selected contact(s)</source>
        <translation>
            <numerusform>The %n selected contact</numerusform>
            <numerusform>The %n selected contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n contact(s) of the current list</source>
        <translation>
            <numerusform>All %n contact of the current list</numerusform>
            <numerusform>All %n contacts of the current list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kontor::FilterBuilderDialog</name>
    <message>
        <source>More filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same filter in the language of kontor-cli and saved smart lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as smart list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fields could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) match</source>
        <translation>
            <numerusform>%Ln contact matches</numerusform>
            <numerusform>%Ln contacts match</numerusform>
        </translation>
    </message>
    <message>
        <source>The filter cannot be used yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as smart list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new smart list:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::FilterConditionRow</name>
    <message>
        <source>Remove this condition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::FilterGroupWidget</name>
    <message>
        <source>+ Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all of</source>
        <comment>match all of the following conditions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any of</source>
        <comment>match any of the following conditions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of</source>
        <comment>match none of the following conditions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show contacts that match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts that match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the following conditions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a group of conditions with its own &quot;all of&quot; or &quot;any of&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::FilterValueEditor</name>
    <message>
        <source>and</source>
        <comment>between A and B</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>day and month of a birthday, Qt date format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <comment>in the last N days</comment>
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
    <message>
        <source>Values separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::GeneralSettingsPage</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::ImportFilePage</name>
    <message>
        <source>Choose a file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact files (*.csv *.tsv *.txt *.xlsx *.xls *.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file or drop it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>vCard file with %n kind(s) of properties</source>
        <translation>
            <numerusform>vCard file with %n kind of properties</numerusform>
            <numerusform>vCard file with %n kinds of properties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Excel workbook (XLSX), %n sheet(s)</source>
        <translation>
            <numerusform>Excel workbook (XLSX), %n sheet</numerusform>
            <numerusform>Excel workbook (XLSX), %n sheets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Excel 97-2003 workbook (XLS), %n sheet(s)</source>
        <translation>
            <numerusform>Excel 97-2003 workbook (XLS), %n sheet</numerusform>
            <numerusform>Excel 97-2003 workbook (XLS), %n sheets</numerusform>
        </translation>
    </message>
    <message>
        <source>Text file (CSV), %1 with byte-order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text file (CSV), %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message>
        <source>the first row names them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without a header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <comment>a delimiter character</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, text, Excel and vCard files. You can also drop a file on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a .csv, .tsv, .txt, .xlsx, .xls or .vcf file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row holds the column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::ImportMappingPage</name>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New custom field...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the new custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label of the value: work, home, mobile, other or your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new custom field of column &quot;%1&quot; a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where at least one column goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard files need no mapping: every property goes to its field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where each column of the file goes. Kontor guessed from the column names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::ImportProblemsModel</name>
    <message>
        <source>Row</source>
        <comment>file row</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::ImportReviewPage</name>
    <message>
        <source>Import of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row of the file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No problems: all %n row(s) can be imported.</source>
        <translation>
            <numerusform>No problems: all %n row can be imported.</numerusform>
            <numerusform>No problems: all %n rows can be imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct a value by double-clicking it, or skip its row. Without corrections nothing is imported unless you leave the invalid rows out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import will do. Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contacts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies to create:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new contact for every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update existing contacts matched by e-mail or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip rows that match an existing contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in the log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the valid rows and leave out the invalid ones</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::ImportRunPage</name>
    <message>
        <source>Importing... %1 row(s) done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: the rows written so far are being removed...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) are invalid. Go back to correct them or leave them out.</source>
        <translation>
            <numerusform>Nothing was imported: %n row is invalid. Go back to correct them or leave them out.</numerusform>
            <numerusform>Nothing was imported: %n rows are invalid. Go back to correct them or leave them out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The import is done: %n contact(s) created</source>
        <translation>
            <numerusform>The import is done: %n contact created</numerusform>
            <numerusform>The import is done: %n contacts created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated.</source>
        <translation>
            <numerusform>%n updated.</numerusform>
            <numerusform>%n updated.</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch: %1 (no. %2). It is listed under Bulk Actions, where it can be undone later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save failed rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - failed rows.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed row(s) saved to %1.</source>
        <translation>
            <numerusform>%n failed row saved to %1.</numerusform>
            <numerusform>%n failed rows saved to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo this import?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n contact(s) it created are deleted for good; the contacts it updated get their previous values back.</source>
        <translation>
            <numerusform>The %n contact it created is deleted for good; the contacts it updated get their previous values back.</numerusform>
            <numerusform>The %n contacts it created are deleted for good; the contacts it updated get their previous values back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing the import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n contact(s) removed</source>
        <translation>
            <numerusform>Undone: %n contact removed</numerusform>
            <numerusform>Undone: %n contacts removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) reverted.</source>
        <translation>
            <numerusform>%n contact reverted.</numerusform>
            <numerusform>%n contacts reverted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) were left alone because they changed after the import.</source>
        <translation>
            <numerusform>%n field was left alone because it changed after the import.</numerusform>
            <numerusform>%n fields were left alone because they changed after the import.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contacts are written in the background, in chunks. Cancelling removes what was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save failed rows...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::JobItemsModel</name>
    <message>
        <source>(removed, #%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>column: reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <comment>file row</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::JobListModel</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::JobsPage</name>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a job to see its statistics and items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts it created are deleted for good and fields it changed get their previous values back. Fields changed since are left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing the job...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n contact(s) removed</source>
        <translation>
            <numerusform>Undone: %n contact removed</numerusform>
            <numerusform>Undone: %n contacts removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) reverted.</source>
        <translation>
            <numerusform>%n contact reverted.</numerusform>
            <numerusform>%n contacts reverted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) were left alone because they changed after the job.</source>
        <translation>
            <numerusform>%n field was left alone because it changed after the job.</numerusform>
            <numerusform>%n fields were left alone because they changed after the job.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact #%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... and %n more</numerusform>
            <numerusform>... and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Save failed rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed rows %1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed row(s) saved to %1.</source>
        <translation>
            <numerusform>%n failed row saved to %1.</numerusform>
            <numerusform>%n failed rows saved to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fields it changed get their previous values back and contacts it moved to the trash are restored. Fields changed since are left alone.</source>
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
        <source>Create a new contact (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected contacts to the trash (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open profiles (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage Smart Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import done: %n contact(s) created</source>
        <translation>
            <numerusform>Import done: %n contact created</numerusform>
            <numerusform>Import done: %n contacts created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated.</source>
        <translation>
            <numerusform>%n updated.</numerusform>
            <numerusform>%n updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) exported.</source>
        <translation>
            <numerusform>%n contact exported.</numerusform>
            <numerusform>%n contacts exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) were interrupted when Kontor last stopped.</source>
        <translation>
            <numerusform>%n job was interrupted when Kontor last stopped.</numerusform>
            <numerusform>%n jobs were interrupted when Kontor last stopped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bulk Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Bulk Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Bulk Actions to resume or undo them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::ManageSmartListsPage</name>
    <message>
        <source>The smart lists could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a number to move the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(all contacts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy smart list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete smart list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the smart list &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contacts in it stay; only the saved filter, columns and sort are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users who see this list among their tabs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no other users in this database yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::NoteEditDialog</name>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
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
</context>
<context>
    <name>Kontor::NotesTab</name>
    <message>
        <source>The notes could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (changed by %2 · %3)</source>
        <extracomment>%1 is who wrote the note and when; %2 who changed it last, %3 when</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this note for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::PaymentEditDialog</name>
    <message>
        <source>Enter the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount. Write it like %2.</source>
        <extracomment>%1 is what was typed, %2 an example in the user&apos;s number format</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <comment>subscription</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ext charge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-letter currency code (ISO 4217), for example EUR</source>
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
</context>
<context>
    <name>Kontor::PaymentsTab</name>
    <message>
        <source>The payments could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>section title and count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (open: %2)</source>
        <extracomment>An invoice total per currency: %1 all invoices, %2 the part not paid yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed: %1</source>
        <extracomment>%1: sums per currency, &quot;1.234,50 € · 200,00 $&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete payment record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this payment record for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 from %3</source>
        <extracomment>%1 transaction, invoice or subscription, %2 its amount, %3 its date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <comment>invoice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <comment>subscription</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscriptions.</source>
        <translation type="unfinished"></translation>
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
    <name>Kontor::RecordTableReader</name>
    <message>
        <source>Column %1</source>
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
    <name>Kontor::ReminderScheduler</name>
    <message>
        <source>Reminders could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday tomorrow: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Birthday in %n day(s): %1</source>
        <translation>
            <numerusform>Birthday in %n day: %1</numerusform>
            <numerusform>Birthday in %n days: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Task due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 turns %2 on %3.</source>
        <extracomment>%1 is a contact&apos;s name, %2 the age, %3 the day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 celebrates on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1 - %2</source>
        <extracomment>%1 is the due date and time, %2 the contact&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::ReminderTray</name>
    <message>
        <source>%1 - %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontor keeps running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders keep coming. Quit Kontor from this icon&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Kontor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::RemindersSettingsPage</name>
    <message numerus="yes">
        <source> day(s) before</source>
        <extracomment>Suffix of the spin box &quot;Birthday reminders: [3] days before&quot;; the number comes before it</extracomment>
        <translation>
            <numerusform> day before</numerusform>
            <numerusform> days before</numerusform>
        </translation>
    </message>
    <message>
        <source>On the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Kontor from the tray icon&apos;s menu or with File &gt; Quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop shows no system tray: closing the window quits Kontor, and reminders appear while it is open.</source>
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
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::SettingsPage</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::SmartListsPage</name>
    <message>
        <source>The smart lists could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as smart list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new smart list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %Ln contact(s) in this list are selected.</source>
        <translation>
            <numerusform>The %Ln contact in this list is selected.</numerusform>
            <numerusform>All %Ln contacts in this list are selected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %Ln loaded contact(s) are selected.</source>
        <translation>
            <numerusform>The %Ln loaded contact is selected.</numerusform>
            <numerusform>All %Ln loaded contacts are selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select all %Ln in this list</source>
        <translation>
            <numerusform>Select all %Ln in this list</numerusform>
            <numerusform>Select all %Ln in this list</numerusform>
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
    <message>
        <source>Search contacts (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the fields the search looks in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combine conditions on any field, including custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose and order the columns of this list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::TaskEditDialog</name>
    <message>
        <source>Time zone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minute before</numerusform>
            <numerusform>%n minutes before</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n day before</numerusform>
            <numerusform>%n days before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) before</source>
        <translation>
            <numerusform>%n hour before</numerusform>
            <numerusform>%n hours before</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s) on</source>
        <translation>
            <numerusform>week on</numerusform>
            <numerusform>weeks on</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>month</numerusform>
            <numerusform>months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>year(s)</source>
        <translation>
            <numerusform>year</numerusform>
            <numerusform>years</numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter a title for the task.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::TaskListModel</name>
    <message>
        <source>The tasks could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: uncheck to reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: check to mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <extracomment>%1 is the due date and time of a task that is past it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::TasksPage</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the task &quot;%1&quot; for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kontor::TasksTab</name>
    <message>
        <source>Delete task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the task &quot;%1&quot; for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this occurrence is deleted; done ones stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show done tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::TimelineComposer</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note... (Ctrl+Enter adds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::TimelineWidget</name>
    <message>
        <source>The timeline could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note by %1 · %2</source>
        <extracomment>Header of a note in the timeline: %1 who, %2 when</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change · %1 · %2</source>
        <extracomment>Header of a change in the timeline: %1 when, %2 where it came from (Desktop, Import, ...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has happened here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task · due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · overdue</source>
        <comment>task</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · done</source>
        <comment>task</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment · %1</source>
        <extracomment>Header of an appointment in the timeline: %1 its time (&quot;12.12.26 09:00 – 10:00&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document · %1 · %2</source>
        <extracomment>Header of a document in the timeline: %1 when it was added, %2 by whom</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · in the trash</source>
        <comment>document</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment · %1</source>
        <extracomment>Header of a payment in the timeline: %1 its date, %2 its status (Paid, Overdue, ...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment · %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
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
    <message>
        <source>Restore contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their tasks, appointments and documents come back with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &quot;%1&quot; with its notes and company links?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restore %Ln contact(s) with their notes and company links?</source>
        <translation>
            <numerusform>Restore %Ln contact with their notes and company links?</numerusform>
            <numerusform>Restore %Ln contacts with their notes and company links?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore all %Ln contact(s) in the trash with their notes and company links?</source>
        <translation>
            <numerusform>Restore all %Ln contact in the trash with their notes and company links?</numerusform>
            <numerusform>Restore all %Ln contacts in the trash with their notes and company links?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore the %Ln contact(s) found with their notes and company links?</source>
        <translation>
            <numerusform>Restore the %Ln contact found with their notes and company links?</numerusform>
            <numerusform>Restore the %Ln contacts found with their notes and company links?</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore all...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restore all %Ln found...</source>
        <translation>
            <numerusform>Restore the %Ln found...</numerusform>
            <numerusform>Restore all %Ln found...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kontor::TypedConfirmDialog</name>
    <message>
        <source>Delete contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln contact(s) to the trash?</source>
        <translation>
            <numerusform>Move %Ln contact to the trash?</numerusform>
            <numerusform>Move %Ln contacts to the trash?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They stay in the trash for %n day(s) and can be restored until then, with their notes and company links. The job can also be undone in Bulk Actions.</source>
        <translation>
            <numerusform>They stay in the trash for %n day and can be restored until then, with their notes and company links. The job can also be undone in Bulk Actions.</numerusform>
            <numerusform>They stay in the trash for %n days and can be restored until then, with their notes and company links. The job can also be undone in Bulk Actions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::UsersSettingsPage</name>
    <message>
        <source>The users could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &quot;%1&quot; added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkedContact</name>
    <message>
        <source>There is no contact with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListCommands</name>
    <message>
        <source>give the name of one list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the list&apos;s name and a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;--name&quot; is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created list &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what to change: --filter, --columns or --sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated list &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed list &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied list &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted list &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: every contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;--users&quot; is required (&quot;&quot; shares with nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shared list &quot;%1&quot; with %n user(s).</source>
        <translation>
            <numerusform>Shared list &quot;%1&quot; with %n user.</numerusform>
            <numerusform>Shared list &quot;%1&quot; with %n users.</numerusform>
        </translation>
    </message>
    <message>
        <source>Persons</source>
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
    <name>MainWindow</name>
    <message>
        <source>Kontor</source>
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
    <message>
        <source>New company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage smart lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts from a CSV, Excel or vCard file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the current list, the selected contacts or all contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+7</source>
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
    <name>NoteCommands</name>
    <message>
        <source>give a contact id and the note&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added note %1 to %2.</source>
        <extracomment>%1 is the new note&apos;s number, %2 the contact&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one contact id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note %1, %2, %3</source>
        <extracomment>header line of a note in &quot;notes list&quot;: %1 its number, %2 date and time, %3 the author</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(edited %1 by %2)</source>
        <extracomment>appended to a note&apos;s header when it was edited: %1 date and time, %2 who</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a note&apos;s number and its new text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated note %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one note number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted note %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteRepository</name>
    <message>
        <source>There is no note with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteService</name>
    <message>
        <source>The contact is in the trash; restore it before changing its notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note can hold at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>payment status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>payment status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>payment status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <comment>payment status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <comment>invoice status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <comment>invoice status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <comment>invoice status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <comment>subscription status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>subscription status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>subscription status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>payment method</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentCommands</name>
    <message>
        <source>is transaction, invoice or subscription, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs an amount such as 1234.50 or 1.234,50, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;--%1&quot; is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added payment %1 (%2, %3 %4) to %5.</source>
        <extracomment>%1 the record&apos;s number, %2 &quot;Invoice&quot;, &quot;Transaction&quot; or &quot;Subscription&quot;, %3 amount, %4 currency, %5 contact</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number/Method/Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due/Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the number of one payment (see &quot;kontor-cli payments list&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted payment %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentRepository</name>
    <message>
        <source>There is no payment record with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentService</name>
    <message>
        <source>The contact is in the trash; restore it before changing its payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment record needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code: use three letters such as EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status of a %2; use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a payment method; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice needs a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A subscription needs an interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an interval; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only subscriptions have an interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileFieldFactory</name>
    <message>
        <source>Ctrl+Enter saves, Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 31.12.1980, 31.12. or 1980-12-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday: enter a date such as 31.12.1980, or 31.12. without the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact is a lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
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
        <source>%2 %1</source>
        <extracomment>A birthday without a year: %1 is the day, %2 the month&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileText</name>
    <message>
        <source>%1 created the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved the contact to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restored the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set %2: %3</source>
        <extracomment>%1 user, %2 field, %3 new value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cleared %2 (was %3)</source>
        <extracomment>%1 user, %2 field, %3 old value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed %2: %3 → %4</source>
        <extracomment>%1 user, %2 field, %3 old value, %4 new value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>The repetition &quot;%1&quot; is not understood: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected NAME=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use DAILY, WEEKLY, MONTHLY or YEARLY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the interval must be a number from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekdays are MO, TU, WE, TH, FR, SA, SU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the month must be a number from 1 to 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day must be a number from 1 to 31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hour must be a number from 0 to 23</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the minute must be a number from 0 to 59</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FREQ is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BYHOUR and BYMINUTE go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat every 1 to %1 units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose weekdays from Monday to Sunday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekdays can only be chosen for a weekly repetition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the month must be from 1 to 31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month must be from 1 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A month can only be chosen for a yearly repetition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day of the month can only be chosen for a monthly or yearly repetition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month %1 has no day %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation>
            <numerusform>Every %n day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks</source>
        <translation>
            <numerusform>Every %n week</numerusform>
            <numerusform>Every %n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks on %1</source>
        <translation>
            <numerusform>Every %n week on %1</numerusform>
            <numerusform>Every %n weeks on %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly on day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n months on day %1</source>
        <translation>
            <numerusform>Every %n month on day %1</numerusform>
            <numerusform>Every %n months on day %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n months</source>
        <translation>
            <numerusform>Every %n month</numerusform>
            <numerusform>Every %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Yearly on %1 %2</source>
        <comment>%1 = month name, %2 = day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n years on %1 %2</source>
        <comment>%1 = month name, %2 = day</comment>
        <translation>
            <numerusform>Every %n year on %1 %2</numerusform>
            <numerusform>Every %n years on %1 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n years</source>
        <translation>
            <numerusform>Every %n year</numerusform>
            <numerusform>Every %n years</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>repetition, time</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderCommands</name>
    <message>
        <source>Task %1 &quot;%2&quot;, due %3</source>
        <extracomment>%1 the task&apos;s number, %2 its title, %3 its due date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 &quot;%2&quot;, due %3, for %4</source>
        <extracomment>%1 the task&apos;s number, %2 its title, %3 its due date and time, %4 the contact&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday of %1 (%2) on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday of %1 on %2</source>
        <extracomment>%1 the contact&apos;s name, %2 the day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 (to %3)</source>
        <extracomment>%1 the time the reminder fires, %2 what it is about, %3 who gets it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;--at&quot; is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminders at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>Reminders are delivered to a user; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersSettingsPage</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner and the followers of each contact with a birthday get the reminder, at this local time. In years without a 29 February, birthdays on that day count as 28 February.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Kontor in the system tray when its window is closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowConverter</name>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a person nor a company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country Kontor knows; use a two-letter code such as DE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list of channels (e-mail, SMS, calls, WhatsApp or all).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmartListService</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthdays in the next 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added in the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no list with the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no list &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list shows persons (0) or companies (1), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list &quot;%1&quot; belongs to %2; copy it to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a list named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmartListsPage</name>
    <message>
        <source>More filters...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as smart list...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>The file &quot;%1&quot; cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vCard file is not a table; it is read by the vCard import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is named as an Excel workbook but is neither a workbook nor text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains only a header row and no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskCommands</name>
    <message>
        <source>&quot;%1&quot; is not a weekday; use mo, tu, we, th, fr, sa, su</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is none, daily, weekly, monthly or yearly, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs --repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only goes with --repeat weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is open, done, overdue or all, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>!</source>
        <extracomment>the mark of an overdue task in &quot;tasks list&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;--title&quot; is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added task %1 &quot;%2&quot; (%3).</source>
        <extracomment>%1 the new task&apos;s number, %2 its title, %3 its due date and time or &quot;no due date&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the number of one task (see &quot;kontor-cli tasks list&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next occurrence: task %1, due %2.</source>
        <extracomment>%1 the number of the task created for the next occurrence, %2 its due date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 is open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted task %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskEditDialog</name>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;minder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assigned to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not link the task to a contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <source>There is no task with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskService</name>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is in the trash; restore it before changing its tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title can hold at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description can hold at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A repeating task needs a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder comes between 0 minutes and a year before the due time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the tasks of every contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assigned to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New task...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineService</name>
    <message>
        <source>There is no contact with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
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
    <message numerus="yes">
        <source>Deleted %n document(s) for good.</source>
        <translation>
            <numerusform>Deleted %n document for good.</numerusform>
            <numerusform>Deleted %n documents for good.</numerusform>
        </translation>
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
    <message>
        <source>Restore all...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashRequest</name>
    <message numerus="yes">
        <source>Move all %Ln contact(s) of this list to the trash?</source>
        <translation>
            <numerusform>Move the %Ln contact of this list to the trash?</numerusform>
            <numerusform>Move all %Ln contacts of this list to the trash?</numerusform>
        </translation>
    </message>
    <message>
        <source>Move &quot;%1&quot; to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln contact(s) to the trash?</source>
        <translation>
            <numerusform>Move %Ln contact to the trash?</numerusform>
            <numerusform>Move %Ln contacts to the trash?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Contacts stay in the trash for %n day(s) and can be restored until then.</source>
        <translation>
            <numerusform>Contacts stay in the trash for %n day and can be restored until then.</numerusform>
            <numerusform>Contacts stay in the trash for %n days and can be restored until then.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to trash</source>
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
    <message>
        <source>There is no team with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersSettingsPage</name>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country &quot;%1&quot; is not known; enter it as a two-letter ISO code such as DE or AT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birthday &quot;%1&quot; is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birthday &quot;%1&quot; is not a possible date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo is not valid base64 data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo is larger than %1 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo is neither a JPEG nor a PNG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is longer than 1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains binary data; it is not a vCard file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The property is longer than 4 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains no BEGIN:VCARD; it is not a vCard file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text outside a card: a line between cards must be BEGIN:VCARD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not start with BEGIN:VCARD; it is not a vCard file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card has no END:VCARD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is larger than 16 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsReader</name>
    <message>
        <source>The file &quot;%1&quot; cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Excel 97-2003 workbook is damaged or not an XLS file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Excel workbook is password-protected. Save it without a password and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Excel 97-2003 workbook contains no sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheet number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell in row %1, column %2 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxExportWriter</name>
    <message>
        <source>An Excel worksheet holds at most %1 rows; export fewer contacts or choose CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The workbook has no sheet number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell in row %1, column %2 refers to a text the workbook does not contain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has a cell beyond the last column Excel allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Excel workbook is damaged near row %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>The Excel workbook is damaged or not an XLSX file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>The file is damaged or not a ZIP archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
