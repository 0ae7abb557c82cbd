#include "GuiFixture.h"
#include "contacts/ContactService.h"
#include "customfields/CustomFieldService.h"
#include "emailcheck/EmailCheckRepository.h"
#include "notes/NoteService.h"
#include "profile/ContactPickerDialog.h"
#include "profile/ContactProfileWidget.h"
#include "profile/NoteEditDialog.h"
#include "settings/Translations.h"
#include "storage/UnitOfWork.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int WaitMs = 15000;

// GuiFixture without a language setting, with the contact and note helpers of the profile tests.
class ProfileFixture : public Test::GuiFixture
{
public:
    ProfileFixture()
        : GuiFixture(QString())
    {}

    qint64 create(const Contact &contact)
    {
        const Session session = this->session();
        return value<Contact>([session, contact](Database &db) {
            ContactService service(db, session);
            service.setDefaultRegion(u"DE"_s);
            return service.create(contact);
        }).id;
    }

    Contact load(qint64 id)
    {
        const Session session = this->session();
        return value<Contact>([session, id](Database &db) { return ContactService(db, session).load(id); });
    }

    int historySize(qint64 id)
    {
        const Session session = this->session();
        return int(value<QList<ContactService::AuditEntry>>([session, id](Database &db) {
            return ContactService(db, session).history(id);
        }).size());
    }

    QList<Note> notes(qint64 id)
    {
        const Session session = this->session();
        return value<QList<Note>>([session, id](Database &db) { return NoteService(db, session).forContact(id); });
    }
};

Contact erika()
{
    Contact c;
    c.firstName = u"Erika"_s;
    c.lastName = u"Mustermann"_s;
    c.jobTitle = u"Sales"_s;
    c.emails = {EmailAddress{u"erika@example.com"_s, u"work"_s, true}};
    c.phones = {PhoneNumber{u"030 1234567"_s, {}, u"mobile"_s, true}};
    c.addresses = {PostalAddress{u"Hauptstraße 1"_s, u"10115"_s, u"Berlin"_s, {}, u"DE"_s, u"work"_s}};
    c.tags = {u"Kunde"_s, u"Messe 2026"_s};
    c.source = u"Messe"_s;
    return c;
}

Contact company(const QString &name)
{
    Contact c;
    c.kind = ContactKind::Company;
    c.displayName = name;
    c.displayNameManual = true;
    return c;
}

template <typename T> T *child(QObject *parent, const QString &name)
{
    auto *found = parent->findChild<T *>(name);
    INFO("looking for " << name.toStdString());
    REQUIRE(found);
    return found;
}

void openProfile(ContactProfileWidget &profile)
{
    profile.resize(1400, 900);
    profile.show();
    REQUIRE(QTest::qWaitForWindowExposed(&profile));
    REQUIRE(QTest::qWaitFor([&] { return profile.isLoaded(); }, WaitMs));
}

bool tableContains(QTableWidget *table, const QString &text)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            if (table->item(row, column) && table->item(row, column)->text().contains(text)) {
                return true;
            }
        }
    }
    return false;
}

bool listContains(QListWidget *list, const QString &text)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().contains(text)) {
            return true;
        }
    }
    return false;
}

template <typename T> T *waitForVisible(QWidget *parent, const QString &name)
{
    T *found = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            const auto all = parent->findChildren<T *>(name);
            found = all.isEmpty() ? nullptr : all.last();
            return found && found->isVisible();
        },
        WaitMs);
    INFO("waiting for " << name.toStdString());
    REQUIRE(shown);
    return found;
}

QString screenshotPath(const QString &fileName)
{
    const QString folder = QCoreApplication::applicationDirPath() + u"/screenshots"_s;
    REQUIRE(QDir().mkpath(folder));
    return folder + u'/' + fileName;
}

} // namespace

TEST_CASE("a job title edited in place is saved and shows in the Activity tab and the timeline", "[ui][profile]")
{
    ProfileFixture f;
    const qint64 id = f.create(erika());
    ContactProfileWidget profile(&f.storage(), f.session(), &f.settings(), id);
    QSignalSpy titles(&profile, &ContactProfileWidget::titleChanged);
    openProfile(profile);
    CHECK(profile.title() == u"Erika Mustermann"_s);
    CHECK(titles.count() == 1);
    CHECK(child<QLabel>(&profile, u"nameLabel"_s)->text() == u"Erika Mustermann"_s);

    auto *value = child<QLabel>(&profile, u"jobTitleValueLabel"_s);
    CHECK(value->text() == u"Sales"_s);
    QTest::mouseClick(value, Qt::LeftButton);
    auto *editor = child<QLineEdit>(&profile, u"jobTitleLineEdit"_s);
    REQUIRE(editor->isVisible());
    CHECK(editor->text() == u"Sales"_s);
    QTest::keyClicks(editor, u"Head of sales"_s); // replaces the selected text
    QTest::keyClick(editor, Qt::Key_Return);

    REQUIRE(QTest::qWaitFor([&] { return value->isVisible() && value->text() == u"Head of sales"_s; }, WaitMs));
    CHECK(f.load(id).jobTitle == u"Head of sales"_s);

    auto *activity = child<QTableWidget>(&profile, u"activityTableWidget"_s);
    REQUIRE(QTest::qWaitFor([&] { return tableContains(activity, u"Sales → Head of sales"_s); }, WaitMs));
    CHECK(tableContains(activity, u"Job title"_s));
    auto *timeline = child<QListWidget>(&profile, u"timelineListWidget"_s);
    REQUIRE(
        QTest::qWaitFor([&] { return listContains(timeline, u"changed Job title: Sales → Head of sales"_s); }, WaitMs));
    // Newest first.
    CHECK(timeline->item(0)->text().contains(u"Head of sales"_s));

    // Esc in an editor only cancels the edit.
    QSignalSpy closes(&profile, &ContactProfileWidget::closeRequested);
    QTest::keyClick(value, Qt::Key_F2);
    REQUIRE(editor->isVisible());
    QTest::keyClicks(editor, u"Discarded"_s);
    QTest::keyClick(editor, Qt::Key_Escape);
    CHECK(value->isVisible());
    CHECK(value->text() == u"Head of sales"_s);
    CHECK(closes.isEmpty());
}

TEST_CASE("an invalid e-mail edited in place shows the error under the field and saves nothing", "[ui][profile]")
{
    ProfileFixture f;
    const qint64 id = f.create(erika());
    ContactProfileWidget profile(&f.storage(), f.session(), &f.settings(), id);
    openProfile(profile);
    const int historyBefore = f.historySize(id);

    QTest::mouseClick(child<QLabel>(&profile, u"emailsValueLabel"_s), Qt::LeftButton);
    auto *rows = child<QWidget>(&profile, u"emailsEntryRowsWidget"_s);
    REQUIRE(rows->isVisible());
    auto *email = child<QLineEdit>(rows, u"emailLineEdit"_s);
    CHECK(email->text() == u"erika@example.com"_s);
    email->clear();
    QTest::keyClicks(email, u"erika(at)example"_s);
    QTest::keyClick(email, Qt::Key_Return);

    auto *error = child<QLabel>(&profile, u"emailsErrorLabel"_s);
    REQUIRE(QTest::qWaitFor([&] { return error->isVisible(); }, WaitMs));
    CHECK(error->text().contains(u"erika(at)example"_s));
    CHECK(rows->isVisible()); // the editor stays open for a fix
    CHECK(f.load(id).emails.first().value == u"erika@example.com"_s);
    CHECK(f.historySize(id) == historyBefore);

    // Fixing it saves and closes the editor.
    email->clear();
    QTest::keyClicks(email, u"erika@example.org"_s);
    QTest::keyClick(email, Qt::Key_Return);
    auto *value = child<QLabel>(&profile, u"emailsValueLabel"_s);
    REQUIRE(QTest::qWaitFor([&] { return value->isVisible(); }, WaitMs));
    CHECK_FALSE(error->isVisible());
    CHECK(value->text().contains(u"erika@example.org"_s));
    CHECK(f.load(id).emails.first().value == u"erika@example.org"_s);
}

TEST_CASE(
    "a note from the composer shows in the timeline and the Notes tab and can be edited and deleted", "[ui][profile]")
{
    ProfileFixture f;
    const qint64 id = f.create(erika());
    ContactProfileWidget profile(&f.storage(), f.session(), &f.settings(), id);
    openProfile(profile);

    auto *composer = child<QPlainTextEdit>(&profile, u"noteComposerTextEdit"_s);
    auto *add = child<QPushButton>(&profile, u"addNoteButton"_s);
    CHECK_FALSE(add->isEnabled());
    composer->setFocus();
    QTest::keyClicks(composer, u"Called about the offer."_s);
    QTest::keyClick(composer, Qt::Key_Return, Qt::ControlModifier);

    auto *timeline = child<QListWidget>(&profile, u"timelineListWidget"_s);
    REQUIRE(QTest::qWaitFor([&] { return listContains(timeline, u"Called about the offer."_s); }, WaitMs));
    CHECK(composer->toPlainText().isEmpty());
    auto *notes = child<QListWidget>(&profile, u"notesListWidget"_s);
    REQUIRE(QTest::qWaitFor([&] { return notes->count() == 1; }, WaitMs));
    CHECK(notes->item(0)->text() == u"Called about the offer."_s);

    // The filter shows notes only.
    child<QComboBox>(&profile, u"timelineFilterComboBox"_s)->setCurrentIndex(1);
    REQUIRE(QTest::qWaitFor([&] { return timeline->count() == 1; }, WaitMs));

    // Edit.
    child<QTabWidget>(&profile, u"sidebarTabWidget"_s)->setCurrentWidget(child<QWidget>(&profile, u"notesTab"_s));
    notes->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>(&profile, u"editNoteButton"_s), Qt::LeftButton);
    auto *dialog = waitForVisible<NoteEditDialog>(&profile, u"noteEditDialog"_s);
    auto *text = child<QPlainTextEdit>(dialog, u"noteEditTextEdit"_s);
    CHECK(text->toPlainText() == u"Called about the offer."_s);
    text->setPlainText(u"Called about the offer; she will order in April."_s);
    QTest::mouseClick(child<QPushButton>(dialog, u"saveNoteButton"_s), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return listContains(notes, u"order in April"_s); }, WaitMs));
    REQUIRE(QTest::qWaitFor([&] { return listContains(timeline, u"order in April"_s); }, WaitMs));
    CHECK(f.notes(id).first().body == u"Called about the offer; she will order in April."_s);

    // Delete asks first.
    notes->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>(&profile, u"deleteNoteButton"_s), Qt::LeftButton);
    auto *confirm = waitForVisible<QMessageBox>(&profile, u"deleteNoteMessageBox"_s);
    confirm->button(QMessageBox::Yes)->click();
    REQUIRE(QTest::qWaitFor([&] { return notes->count() == 0 && timeline->count() == 0; }, WaitMs));
    CHECK(f.notes(id).isEmpty());
}

TEST_CASE("a company assigned in Associations links the person and lists its colleagues", "[ui][profile]")
{
    ProfileFixture f;
    const qint64 companyId = f.create(company(u"Musterfirma GmbH"_s));
    f.create(company(u"Andere AG"_s));
    Contact colleague;
    colleague.firstName = u"Max"_s;
    colleague.lastName = u"Muster"_s;
    colleague.companyId = companyId;
    f.create(colleague);
    const qint64 id = f.create(erika());
    ContactProfileWidget profile(&f.storage(), f.session(), &f.settings(), id);
    QSignalSpy opens(&profile, &ContactProfileWidget::openContactRequested);
    openProfile(profile);

    child<QTabWidget>(&profile, u"sidebarTabWidget"_s)
        ->setCurrentWidget(child<QWidget>(&profile, u"associationsTab"_s));
    CHECK_FALSE(child<QPushButton>(&profile, u"openCompanyButton"_s)->isVisible());
    QTest::mouseClick(child<QPushButton>(&profile, u"assignCompanyButton"_s), Qt::LeftButton);
    auto *picker = waitForVisible<ContactPickerDialog>(&profile, u"contactPickerDialog"_s);
    auto *results = child<QListWidget>(picker, u"pickerListWidget"_s);
    REQUIRE(QTest::qWaitFor([&] { return !picker->isSearching() && results->count() == 2; }, WaitMs));
    QTest::keyClicks(child<QLineEdit>(picker, u"pickerSearchLineEdit"_s), u"Muster"_s);
    REQUIRE(QTest::qWaitFor([&] { return !picker->isSearching() && results->count() == 1; }, WaitMs));
    CHECK(results->item(0)->text() == u"Musterfirma GmbH"_s);
    QTest::mouseClick(child<QPushButton>(picker, u"pickerOkButton"_s), Qt::LeftButton);

    auto *companyLabel = child<QLabel>(&profile, u"companyLabel"_s);
    REQUIRE(QTest::qWaitFor([&] { return companyLabel->text() == u"Musterfirma GmbH"_s; }, WaitMs));
    CHECK(f.load(id).companyId == companyId);
    auto *persons = child<QListWidget>(&profile, u"personsListWidget"_s);
    REQUIRE(QTest::qWaitFor([&] { return persons->count() == 1; }, WaitMs));
    CHECK(persons->item(0)->text() == u"Max Muster"_s);
    CHECK(child<QLabel>(&profile, u"subtitleLabel"_s)->text().contains(u"Musterfirma GmbH"_s));
    CHECK(child<QLabel>(&profile, u"companyValueLabel"_s)->text() == u"Musterfirma GmbH"_s);

    QTest::mouseClick(child<QPushButton>(&profile, u"openCompanyButton"_s), Qt::LeftButton);
    REQUIRE(opens.count() == 1);
    CHECK(opens.first().first().toLongLong() == companyId);

    QTest::mouseClick(child<QPushButton>(&profile, u"removeFromCompanyButton"_s), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return f.load(id).companyId == 0; }, WaitMs));
    REQUIRE(
        QTest::qWaitFor([&] { return !child<QPushButton>(&profile, u"openCompanyButton"_s)->isVisible(); }, WaitMs));
}

TEST_CASE("a company profile lists its persons and adds one with the picker", "[ui][profile]")
{
    ProfileFixture f;
    const qint64 companyId = f.create(company(u"Musterfirma GmbH"_s));
    f.create(erika());
    ContactProfileWidget profile(&f.storage(), f.session(), &f.settings(), companyId);
    openProfile(profile);
    CHECK(child<QLabel>(&profile, u"displayNameValueLabel"_s)->text() == u"Musterfirma GmbH"_s);
    CHECK(profile.findChild<QLabel *>(u"jobTitleValueLabel"_s) == nullptr);

    child<QTabWidget>(&profile, u"sidebarTabWidget"_s)
        ->setCurrentWidget(child<QWidget>(&profile, u"associationsTab"_s));
    QTest::mouseClick(child<QPushButton>(&profile, u"addPersonButton"_s), Qt::LeftButton);
    auto *picker = waitForVisible<ContactPickerDialog>(&profile, u"contactPickerDialog"_s);
    auto *results = child<QListWidget>(picker, u"pickerListWidget"_s);
    REQUIRE(QTest::qWaitFor([&] { return !picker->isSearching() && results->count() == 1; }, WaitMs));
    QTest::keyClick(child<QLineEdit>(picker, u"pickerSearchLineEdit"_s), Qt::Key_Return);
    auto *persons = child<QListWidget>(&profile, u"personsListWidget"_s);
    REQUIRE(QTest::qWaitFor([&] { return persons->count() == 1; }, WaitMs));
    CHECK(persons->item(0)->text().startsWith(u"Erika Mustermann"_s));
}

TEST_CASE("Esc asks to close the profile and Del moves the contact to the trash after asking", "[ui][profile]")
{
    ProfileFixture f;
    const qint64 id = f.create(erika());
    ContactProfileWidget profile(&f.storage(), f.session(), &f.settings(), id);
    QSignalSpy closes(&profile, &ContactProfileWidget::closeRequested);
    openProfile(profile);

    auto *timeline = child<QListWidget>(&profile, u"timelineListWidget"_s);
    REQUIRE(QTest::qWaitFor([&] { return timeline->count() > 0; }, WaitMs));
    timeline->setFocus();
    QTest::keyClick(timeline, Qt::Key_Escape);
    CHECK(closes.count() == 1);

    QTest::keyClick(timeline, Qt::Key_Delete);
    auto *confirm = waitForVisible<QMessageBox>(&profile, u"deleteContactMessageBox"_s);
    CHECK(confirm->text().contains(u"Erika Mustermann"_s));
    confirm->button(QMessageBox::Yes)->click();
    REQUIRE(QTest::qWaitFor([&] { return closes.count() == 2; }, WaitMs));
    CHECK(f.load(id).deletedAt != 0);
}

TEST_CASE("the profile in German is saved as a screenshot", "[ui][profile][screenshot]")
{
    ProfileFixture f;
    const qint64 companyId = f.create(company(u"Musterfirma GmbH"_s));
    Contact colleague;
    colleague.firstName = u"Max"_s;
    colleague.lastName = u"Muster"_s;
    colleague.jobTitle = u"Einkauf"_s;
    colleague.companyId = companyId;
    f.create(colleague);
    const Session session = f.session();
    const qint64 fieldId = f.storage().runBlocking<qint64>([session](Database &db) {
        CustomFieldService custom(db, session);
        auto folder = custom.createFolder(u"Vertrieb"_s);
        CustomField field;
        field.folderId = folder ? folder->id : 0;
        field.name = u"Umsatzklasse"_s;
        field.type = CustomFieldType::SingleSelect;
        field.options = {u"A"_s, u"B"_s, u"C"_s};
        auto created = custom.createField(field);
        return created ? created->id : qint64(0);
    });
    REQUIRE(fieldId > 0);
    Contact person = erika();
    person.customValues.insert(fieldId, u"A"_s);
    person.jobTitle = u"Vertriebsleiterin"_s;
    person.companyId = companyId;
    person.birthday = Birthday{1984, 5, 17};
    person.website = u"https://example.com"_s;
    person.lead = true;
    const qint64 id = f.create(person);
    f.storage().runBlocking<bool>([session, id](Database &db) {
        NoteService notes(db, session);
        bool ok = notes.add(id, u"Erstes Gespräch auf der Messe, Interesse an der Jahreslizenz."_s).has_value();
        ok = ok && notes.add(id, u"Angebot geschickt; Rückruf am Freitag vereinbart."_s).has_value();
        Contact changed = *ContactService(db, session).load(id);
        changed.phones.append(PhoneNumber{u"0171 5551234"_s, {}, u"mobile"_s, false});
        return ok && ContactService(db, session).update(changed).has_value();
    });

    Translations::install(u"de"_s);
    {
        ContactProfileWidget profile(&f.storage(), f.session(), &f.settings(), id);
        openProfile(profile);
        auto *timeline = child<QListWidget>(&profile, u"timelineListWidget"_s);
        REQUIRE(QTest::qWaitFor([&] { return timeline->count() >= 4; }, WaitMs));
        auto *activity = child<QTableWidget>(&profile, u"activityTableWidget"_s);
        REQUIRE(QTest::qWaitFor([&] { return activity->rowCount() > 0; }, WaitMs));
        // Layouts settle on posted events after the values arrive.
        auto *addresses = child<QLabel>(&profile, u"addressesValueLabel"_s);
        REQUIRE(QTest::qWaitFor([&] { return addresses->height() >= addresses->sizeHint().height(); }, WaitMs));
        const QString path = screenshotPath(u"profile-de.png"_s);
        REQUIRE(profile.grab().save(path));
        CHECK(QFileInfo(path).size() > 10000);

        auto *sidebar = child<QTabWidget>(&profile, u"sidebarTabWidget"_s);
        sidebar->setCurrentWidget(child<QWidget>(&profile, u"associationsTab"_s));
        auto *persons = child<QListWidget>(&profile, u"personsListWidget"_s);
        REQUIRE(QTest::qWaitFor([&] { return persons->count() == 1; }, WaitMs));
        QTest::mouseClick(child<QLabel>(&profile, u"emailsValueLabel"_s), Qt::LeftButton);
        REQUIRE(profile.grab().save(screenshotPath(u"profile-editing-de.png"_s)));
    }
    Translations::install(u"en"_s);
}

TEST_CASE("stored e-mail checks show below the addresses and follow a verification job", "[ui][profile]")
{
    ProfileFixture f;
    Contact person = erika();
    person.emails.append(EmailAddress{u"erika@gibt-es-nicht.de"_s, u"home"_s, false});
    person.emails.append(EmailAddress{u"erika@never-checked.de"_s, {}, false});
    const qint64 id = f.create(person);
    const Session session = f.session();
    // Stored as the bulk action does: in a unit of work that reports "email_check".
    const auto store = [&](const QList<EmailCheck> &checks) {
        f.storage().runBlocking<bool>([session, checks](Database &db) {
            UnitOfWork unit(db, session);
            bool ok = unit.begin().has_value() && EmailCheckRepository(db).store(checks).has_value();
            unit.changes().otherEntities.insert(u"email_check"_s);
            return ok && unit.commit().has_value();
        });
    };
    const qint64 checkedAt = QDateTime(QDate(2026, 12, 1), QTime(10, 0)).toMSecsSinceEpoch();
    const auto check = [checkedAt](const QString &email, EmailCheckStatus status, const QString &reason = {}) {
        EmailCheck c;
        c.email = email;
        c.status = status;
        c.reason = reason;
        c.checkedAt = checkedAt;
        return c;
    };

    ContactProfileWidget profile(&f.storage(), f.session(), &f.settings(), id);
    openProfile(profile);
    auto *checks = child<QLabel>(&profile, u"emailChecksLabel"_s);
    CHECK_FALSE(checks->isVisibleTo(&profile)); // nothing checked yet

    store({check(u"ERIKA@example.com"_s, EmailCheckStatus::Valid),
        check(u"erika@gibt-es-nicht.de"_s,
            EmailCheckStatus::Invalid,
            u"The domain gibt-es-nicht.de does not exist or receives no mail."_s)});
    REQUIRE(QTest::qWaitFor([&] { return checks->isVisibleTo(&profile); }, WaitMs));
    const QString text = checks->text();
    CHECK(text.contains(u"✓"_s));
    CHECK(text.contains(u"erika@example.com – valid"_s)); // as written on the contact
    CHECK(text.contains(u"✗"_s));
    CHECK(text.contains(u"erika@gibt-es-nicht.de – invalid"_s));
    CHECK_FALSE(text.contains(u"never-checked"_s));
    CHECK(checks->toolTip().contains(QLocale().toString(QDate(2026, 12, 1), QLocale::ShortFormat)));
    CHECK(checks->toolTip().contains(u"does not exist or receives no mail"_s));

    QDir().mkpath(u"/tmp/shots/emailcheck"_s);
    REQUIRE(QTest::qWaitFor([&] { return checks->height() >= checks->sizeHint().height(); }, WaitMs));
    CHECK(profile.grab().save(u"/tmp/shots/emailcheck/profile-email-checks-en.png"_s));
    Translations::install(u"de"_s);
    REQUIRE(QTest::qWaitFor(
        [&] {
            // The language change rebuilds the sections, this label with them.
            const auto labels = profile.findChildren<QLabel *>(u"emailChecksLabel"_s);
            return !labels.isEmpty() && labels.last() != checks && labels.last()->isVisibleTo(&profile);
        },
        WaitMs));
    QTest::qWait(50); // the rebuilt sections lay out on posted events
    CHECK(profile.grab().save(u"/tmp/shots/emailcheck/profile-email-checks-de.png"_s));
    CHECK(profile.findChildren<QLabel *>(u"emailChecksLabel"_s).last()->text().contains(u"erika@gibt-es-nicht.de"_s));
    Translations::install(u"en"_s);
}
