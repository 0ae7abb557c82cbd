#include "ListsUiFixture.h"
#include "common/MessageBar.h"
#include "customfields/CustomFieldService.h"
#include "filters/FilterExpression.h"
#include "lists/FilterBuilderDialog.h"
#include "lists/FilterBuilderWidget.h"
#include "lists/FilterConditionRow.h"
#include "lists/FilterGroupWidget.h"
#include "settings/Translations.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

FilterNode condition(const QString &field, FilterOperator op, const QStringList &values)
{
    FilterNode node;
    node.kind = FilterNode::Kind::Condition;
    node.condition = FilterCondition{field, op, values};
    return node;
}

QList<FilterConditionRow *> rowsOf(FilterGroupWidget *group)
{
    return group->findChildren<FilterConditionRow *>(QString(), Qt::FindDirectChildrenOnly);
}

void choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    INFO("choice " << data.toString().toStdString());
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

// One field of each type, so that every value editor can be asked for without a database.
QList<FilterField> fieldsOfEveryType()
{
    return {
        {u"city"_s, u"City"_s, FilterFieldType::Text, {}, 0, true},
        {u"created"_s, u"Created"_s, FilterFieldType::Date, {}, 0, true},
        {u"birthday"_s, u"Birthday"_s, FilterFieldType::Birthday, {}, 0, true},
        {u"lead"_s, u"Lead"_s, FilterFieldType::Boolean, {}, 0, true},
        {u"type"_s, u"Type"_s, FilterFieldType::Choice, {u"Customer"_s, u"Lead"_s}, 0, true},
        {u"tags"_s, u"Tags"_s, FilterFieldType::Tags, {}, 0, true},
        {u"owner"_s, u"Owner"_s, FilterFieldType::User, {}, 0, true},
        {u"followers"_s, u"Followers"_s, FilterFieldType::Users, {}, 0, true},
        {u"custom.Umsatz"_s, u"Umsatz"_s, FilterFieldType::Number, {}, 3, true},
        {u"custom.Branche"_s, u"Branche"_s, FilterFieldType::Choice, {u"Bau"_s, u"IT"_s}, 4, true},
        {u"custom.Themen"_s, u"Themen"_s, FilterFieldType::Tags, {u"CRM"_s, u"ERP"_s, u"Web"_s}, 5, true},
    };
}

// The value editor of a one-condition filter.
QWidget *editorFor(FilterBuilderWidget &builder, const FilterNode &node)
{
    builder.setFilter(node);
    const auto rows = rowsOf(builder.rootGroup());
    REQUIRE(rows.size() == 1);
    return rows.first()->findChild<QWidget *>(u"valueEditor"_s);
}

// Waits until the dialog's count or error settled for the current filter.
void waitForCount(FilterBuilderDialog &dialog, const QString &expected)
{
    auto *label = requireChild<QLabel>(&dialog, u"matchCountLabel"_s);
    const bool counted = QTest::qWaitFor([&] { return label->text().startsWith(expected); }, ListsWaitMs);
    INFO("count label: " << label->text().toStdString()
                         << ", error: " << requireChild<QLabel>(&dialog, u"filterErrorLabel"_s)->text().toStdString());
    REQUIRE(counted);
}

} // namespace

TEST_CASE("the filter builder turns city is Berlin and a tag into a filter and switches to any of", "[ui][filters]")
{
    FilterBuilderWidget builder;
    builder.setFields(FilterFields::builtIn());
    builder.show();
    QSignalSpy changed(&builder, &FilterBuilderWidget::changed);
    FilterGroupWidget *root = builder.rootGroup();

    // An empty filter offers one blank row, which filters nothing until it has a value.
    REQUIRE(rowsOf(root).size() == 1);
    CHECK(builder.filter().isEmpty());

    FilterConditionRow *city = rowsOf(root).first();
    choose(requireChild<QComboBox>(city, u"fieldComboBox"_s), u"city"_s);
    choose(requireChild<QComboBox>(city, u"operatorComboBox"_s), int(FilterOperator::Is));
    QTest::keyClicks(requireChild<QLineEdit>(city, u"valueLineEdit"_s), u"Berlin"_s);
    CHECK(builder.filter() == condition(u"city"_s, FilterOperator::Is, {u"Berlin"_s}));

    QTest::mouseClick(
        root->findChild<QPushButton *>(u"addConditionButton"_s, Qt::FindDirectChildrenOnly), Qt::LeftButton);
    REQUIRE(rowsOf(root).size() == 2);
    FilterConditionRow *tags = rowsOf(root).at(1);
    choose(requireChild<QComboBox>(tags, u"fieldComboBox"_s), u"tags"_s);
    choose(requireChild<QComboBox>(tags, u"operatorComboBox"_s), int(FilterOperator::HasAny));
    QTest::keyClicks(requireChild<QLineEdit>(tags, u"valuesLineEdit"_s), u"Kunde, VIP"_s);

    FilterNode expected;
    expected.kind = FilterNode::Kind::And;
    expected.children = {condition(u"city"_s, FilterOperator::Is, {u"Berlin"_s}),
        condition(u"tags"_s, FilterOperator::HasAny, {u"Kunde"_s, u"VIP"_s})};
    CHECK(builder.filter() == expected);
    const QString text = FilterExpression::toText(builder.filter());
    CHECK(text.contains(u"Berlin"_s));
    CHECK(text.contains(u" and "_s));
    const auto reparsed = FilterExpression::parse(text);
    REQUIRE(reparsed.has_value());
    CHECK(*reparsed == expected);

    choose(requireChild<QComboBox>(root, u"matchComboBox"_s), int(FilterGroupWidget::Match::Any));
    expected.kind = FilterNode::Kind::Or;
    CHECK(builder.filter() == expected);
    CHECK(FilterExpression::toText(builder.filter()).contains(u" or "_s));
    CHECK(changed.count() >= 4);

    // Removing a row takes its condition out at once.
    QTest::mouseClick(requireChild<QWidget>(tags, u"removeConditionButton"_s), Qt::LeftButton);
    CHECK(builder.filter() == condition(u"city"_s, FilterOperator::Is, {u"Berlin"_s}));
}

TEST_CASE("the filter builder keeps a sub-group with its own match and shows it again", "[ui][filters]")
{
    FilterBuilderWidget builder;
    builder.setFields(FilterFields::builtIn());
    FilterGroupWidget *root = builder.rootGroup();
    QTest::keyClicks(requireChild<QLineEdit>(rowsOf(root).first(), u"valueLineEdit"_s), u"Schmidt"_s);

    QTest::mouseClick(requireChild<QPushButton>(root, u"addGroupButton"_s), Qt::LeftButton);
    auto *group = root->findChild<FilterGroupWidget *>(QString(), Qt::FindDirectChildrenOnly);
    REQUIRE(group);
    CHECK(group->match() == FilterGroupWidget::Match::Any);
    CHECK_FALSE(group->findChild<QPushButton *>(u"addGroupButton"_s));
    FilterConditionRow *first = rowsOf(group).first();
    choose(requireChild<QComboBox>(first, u"fieldComboBox"_s), u"city"_s);
    choose(requireChild<QComboBox>(first, u"operatorComboBox"_s), int(FilterOperator::Is));
    QTest::keyClicks(requireChild<QLineEdit>(first, u"valueLineEdit"_s), u"Berlin"_s);
    QTest::mouseClick(
        group->findChild<QPushButton *>(u"addConditionButton"_s, Qt::FindDirectChildrenOnly), Qt::LeftButton);
    FilterConditionRow *second = rowsOf(group).at(1);
    choose(requireChild<QComboBox>(second, u"fieldComboBox"_s), u"city"_s);
    choose(requireChild<QComboBox>(second, u"operatorComboBox"_s), int(FilterOperator::Is));
    QTest::keyClicks(requireChild<QLineEdit>(second, u"valueLineEdit"_s), u"Hamburg"_s);

    const FilterNode built = builder.filter();
    REQUIRE(built.kind == FilterNode::Kind::And);
    REQUIRE(built.children.size() == 2);
    CHECK(built.children.at(1).kind == FilterNode::Kind::Or);
    CHECK(built.children.at(1).children.size() == 2);
    const QString text = FilterExpression::toText(built);
    CHECK(text.contains(u"("_s));

    // The text form comes back into the same widgets.
    FilterBuilderWidget again;
    again.setFields(FilterFields::builtIn());
    const auto parsed = FilterExpression::parse(text);
    REQUIRE(parsed.has_value());
    again.setFilter(*parsed);
    CHECK(again.filter() == built);
    CHECK(again.rootGroup()->findChildren<FilterGroupWidget *>().size() == 1);
}

TEST_CASE("every field type gets a value editor that fits it", "[ui][filters]")
{
    FilterBuilderWidget builder;
    builder.setFields(fieldsOfEveryType());
    builder.setUsers({User{1, {}, u"Erika Muster"_s, {}, 1, true}, User{2, {}, u"Max Beispiel"_s, {}, 1, false}});

    // Custom fields come after a separator.
    auto *fields = requireChild<QComboBox>(rowsOf(builder.rootGroup()).first(), u"fieldComboBox"_s);
    const int umsatz = fields->findData(u"custom.Umsatz"_s);
    REQUIRE(umsatz > 0);
    CHECK(fields->itemData(umsatz - 1, Qt::AccessibleDescriptionRole).toString() == u"separator"_s);

    QWidget *editor = editorFor(builder, condition(u"city"_s, FilterOperator::Contains, {u"Ber"_s}));
    CHECK(requireChild<QLineEdit>(editor, u"valueLineEdit"_s)->text() == u"Ber"_s);

    editor = editorFor(builder, condition(u"custom.Umsatz"_s, FilterOperator::Greater, {u"1500.5"_s}));
    CHECK(requireChild<QDoubleSpinBox>(editor, u"valueDoubleSpinBox"_s)->value() == Approx(1500.5));
    CHECK(builder.filter() == condition(u"custom.Umsatz"_s, FilterOperator::Greater, {u"1500.5"_s}));

    editor = editorFor(builder, condition(u"created"_s, FilterOperator::After, {u"2026-02-01"_s}));
    auto *date = requireChild<QDateEdit>(editor, u"valueDateEdit"_s);
    CHECK(date->calendarPopup());
    CHECK(date->date() == QDate(2026, 2, 1));

    editor = editorFor(builder, condition(u"created"_s, FilterOperator::Between, {u"2026-01-01"_s, u"2026-01-31"_s}));
    CHECK(editor->findChildren<QDateEdit *>().size() == 2);
    CHECK(builder.filter().condition.values == QStringList{u"2026-01-01"_s, u"2026-01-31"_s});

    editor = editorFor(builder, condition(u"created"_s, FilterOperator::InLastDays, {u"30"_s}));
    CHECK(requireChild<QSpinBox>(editor, u"daysSpinBox"_s)->value() == 30);

    editor = editorFor(builder, condition(u"birthday"_s, FilterOperator::Is, {u"--02-29"_s}));
    CHECK(requireChild<QDateEdit>(editor, u"dayMonthDateEdit"_s)->date().day() == 29);
    CHECK(builder.filter().condition.values == QStringList{u"--02-29"_s});

    editor = editorFor(builder, condition(u"lead"_s, FilterOperator::Is, {u"true"_s}));
    CHECK(requireChild<QComboBox>(editor, u"valueComboBox"_s)->count() == 2);
    CHECK(builder.filter().condition.values == QStringList{u"true"_s});

    editor = editorFor(builder, condition(u"custom.Branche"_s, FilterOperator::Is, {u"IT"_s}));
    CHECK(requireChild<QComboBox>(editor, u"valueComboBox"_s)->currentText() == u"IT"_s);

    editor = editorFor(builder, condition(u"owner"_s, FilterOperator::Is, {u"Max Beispiel"_s}));
    auto *owner = requireChild<QComboBox>(editor, u"valueComboBox"_s);
    CHECK(owner->count() == 2);
    CHECK(owner->currentText() == u"Max Beispiel"_s);

    editor = editorFor(builder, condition(u"tags"_s, FilterOperator::HasAll, {u"Kunde"_s, u"VIP"_s}));
    CHECK(requireChild<QLineEdit>(editor, u"valuesLineEdit"_s)->text() == u"Kunde, VIP"_s);

    editor = editorFor(builder, condition(u"custom.Themen"_s, FilterOperator::HasNone, {u"ERP"_s}));
    auto *list = requireChild<QListWidget>(editor, u"valuesListWidget"_s);
    REQUIRE(list->count() == 3);
    CHECK(list->item(1)->checkState() == Qt::Checked);
    list->item(2)->setCheckState(Qt::Checked);
    CHECK(builder.filter().condition.values == QStringList{u"ERP"_s, u"Web"_s});

    editor = editorFor(builder, condition(u"followers"_s, FilterOperator::HasAny, {u"Erika Muster"_s}));
    CHECK(requireChild<QListWidget>(editor, u"valuesListWidget"_s)->count() == 2);

    for (const FilterOperator op : {FilterOperator::IsEmpty, FilterOperator::IsMe}) {
        const QString field = op == FilterOperator::IsMe ? u"owner"_s : u"city"_s;
        editor = editorFor(builder, condition(field, op, {}));
        CHECK(editor->findChildren<QWidget *>().isEmpty());
        CHECK(builder.filter() == condition(field, op, {}));
    }
}

TEST_CASE("the filter dialog counts matching contacts live and saves the filter as a smart list", "[ui][filters]")
{
    ListsUiFixture f;
    f.addPerson(u"Anna"_s, u"Albers"_s, u"Berlin"_s, {u"Kunde"_s});
    f.addPerson(u"Bernd"_s, u"Bauer"_s, u"Berlin"_s);
    f.addPerson(u"Clara"_s, u"Conrad"_s, u"Hamburg"_s, {u"Kunde"_s});

    FilterBuilderDialog dialog(&f.storage(), f.session());
    dialog.show();
    waitForCount(dialog, u"3 "_s);
    dialog.setFilterText(u"city = \"Berlin\""_s);
    waitForCount(dialog, u"2 "_s);
    CHECK(requireChild<QLineEdit>(&dialog, u"filterTextLineEdit"_s)->text() == dialog.filterText());
    CHECK(requireChild<QLineEdit>(&dialog, u"filterTextLineEdit"_s)->isReadOnly());

    // Typing into the builder counts again, after a pause.
    REQUIRE(QTest::qWaitFor([&] { return dialog.builder()->isEnabled(); }, ListsWaitMs));
    auto *value = requireChild<QLineEdit>(dialog.builder(), u"valueLineEdit"_s);
    value->clear();
    QTest::keyClicks(value, u"Hamburg"_s);
    CHECK(dialog.filterText().contains(u"Hamburg"_s));
    waitForCount(dialog, u"1 "_s);

    QSignalSpy saved(&dialog, &FilterBuilderDialog::smartListSaved);
    QTest::mouseClick(requireChild<QPushButton>(&dialog, u"saveSmartListButton"_s), Qt::LeftButton);
    auto *ask = requireChild<QInputDialog>(&dialog, u"smartListNameInputDialog"_s);
    ask->setTextValue(u"Hamburger"_s);
    ask->accept();
    REQUIRE(QTest::qWaitFor([&] { return saved.count() == 1; }, ListsWaitMs));
    CHECK(dialog.result() == QDialog::Accepted);
    const qint64 id = saved.first().first().toLongLong();
    const Session session = f.session();
    const SmartList list
        = f.value<SmartList>([=](Database &db) { return SmartListService(db, session).byName(u"Hamburger"_s); });
    CHECK(list.id == id);
    CHECK(list.filter == dialog.filterText());

    // A second list of that name is refused in the dialog's message bar; the dialog stays open.
    FilterBuilderDialog second(&f.storage(), f.session());
    second.setFilterText(u"city = \"Berlin\""_s);
    second.show();
    waitForCount(second, u"2 "_s);
    QTest::mouseClick(requireChild<QPushButton>(&second, u"saveSmartListButton"_s), Qt::LeftButton);
    ask = requireChild<QInputDialog>(&second, u"smartListNameInputDialog"_s);
    ask->setTextValue(u"hamburger"_s);
    ask->accept();
    auto *bar = requireChild<MessageBar>(&second, u"messageBar"_s);
    REQUIRE(QTest::qWaitFor([&] { return !bar->isHidden(); }, ListsWaitMs));
    CHECK_FALSE(bar->text().isEmpty());
    CHECK(second.isVisible());
}

TEST_CASE("the filter dialog shows the compiler's error for a value the custom field does not offer", "[ui][filters]")
{
    ListsUiFixture f;
    const Session session = f.session();
    f.value<CustomField>([=](Database &db) {
        CustomField field;
        field.name = u"Branche"_s;
        field.type = CustomFieldType::SingleSelect;
        field.options = {u"Bau"_s, u"IT"_s};
        return CustomFieldService(db, session).createField(field);
    });
    f.addPerson(u"Anna"_s, u"Albers"_s, u"Berlin"_s);

    FilterBuilderDialog dialog(&f.storage(), f.session());
    dialog.show();
    dialog.setFilterText(u"custom.\"Branche\" = \"Chemie\""_s);
    auto *error = requireChild<QLabel>(&dialog, u"filterErrorLabel"_s);
    REQUIRE(QTest::qWaitFor([&] { return error->isVisible(); }, ListsWaitMs));
    CHECK_FALSE(error->text().isEmpty());
    CHECK_FALSE(requireChild<QPushButton>(&dialog, u"applyButton"_s)->isEnabled());

    // Choosing an offered value makes the filter usable again.
    REQUIRE(QTest::qWaitFor([&] { return dialog.builder()->isEnabled(); }, ListsWaitMs));
    auto *choice = requireChild<QComboBox>(dialog.builder(), u"valueComboBox"_s);
    choose(choice, u"Bau"_s);
    waitForCount(dialog, u"0 "_s);
    CHECK_FALSE(error->isVisible());
    CHECK(requireChild<QPushButton>(&dialog, u"applyButton"_s)->isEnabled());

    // Text the parser rejects is kept as typed and its error shown.
    dialog.setFilterText(u"city ="_s);
    CHECK(dialog.filterText() == u"city ="_s);
    REQUIRE(QTest::qWaitFor([&] { return error->isVisible(); }, ListsWaitMs));
}

TEST_CASE("the filter builder dialog in German is saved as a screenshot", "[ui][filters][screenshot]")
{
    ListsUiFixture f;
    f.addPerson(u"Anna"_s, u"Albers"_s, u"Berlin"_s, {u"Kunde"_s});
    Translations::install(u"de"_s);
    {
        FilterBuilderDialog dialog(&f.storage(), f.session());
        dialog.setFilterText(u"city = \"Berlin\" and tags has \"Kunde\" and created in last 30 days "
                             u"and (birthday in next 14 days or owner is me)"_s);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        REQUIRE(QTest::qWaitFor([&] { return dialog.builder()->isEnabled(); }, ListsWaitMs));
        auto *label = requireChild<QLabel>(&dialog, u"matchCountLabel"_s);
        auto *error = requireChild<QLabel>(&dialog, u"filterErrorLabel"_s);
        REQUIRE(QTest::qWaitFor([&] { return label->text().startsWith(u"1 "_s) || error->isVisible(); }, ListsWaitMs));
        INFO("error: " << error->text().toStdString());
        CHECK_FALSE(error->isVisible());
        CHECK(dialog.builder()->rootGroup()->findChildren<FilterGroupWidget *>().size() == 1);
        CHECK(dialog.grab().save(screenshotPath(u"filter-builder-de.png"_s)));
    }
    Translations::install(u"en"_s);
}

TEST_CASE("the e-mail check filter shows translated statuses and writes their keys", "[ui][filters]")
{
    Translations::install(u"de"_s);
    FilterBuilderWidget builder;
    builder.setFields(FilterFields::builtIn());
    builder.show();
    FilterConditionRow *row = rowsOf(builder.rootGroup()).first();
    choose(requireChild<QComboBox>(row, u"fieldComboBox"_s), u"email_status"_s);
    choose(requireChild<QComboBox>(row, u"operatorComboBox"_s), int(FilterOperator::Is));
    auto *value = requireChild<QComboBox>(row, u"valueComboBox"_s);
    REQUIRE(value->count() == 4);
    CHECK(value->itemText(1) == u"ungültig"_s);
    CHECK(value->itemText(3) == u"nicht geprüft"_s);
    choose(value, u"invalid"_s);
    CHECK(builder.filter() == condition(u"email_status"_s, FilterOperator::Is, {u"invalid"_s}));

    choose(requireChild<QComboBox>(row, u"operatorComboBox"_s), int(FilterOperator::IsAnyOf));
    auto *list = requireChild<QListWidget>(row, u"valuesListWidget"_s);
    REQUIRE(list->count() == 4);
    CHECK(list->item(0)->text() == u"gültig"_s);
    list->item(2)->setCheckState(Qt::Checked);
    list->item(3)->setCheckState(Qt::Checked);
    const FilterNode expected = condition(u"email_status"_s, FilterOperator::IsAnyOf, {u"unknown"_s, u"unchecked"_s});
    CHECK(builder.filter() == expected);

    // A saved filter comes back with its statuses ticked.
    FilterBuilderWidget again;
    again.setFields(FilterFields::builtIn());
    again.setFilter(expected);
    auto *shown = requireChild<QListWidget>(rowsOf(again.rootGroup()).first(), u"valuesListWidget"_s);
    CHECK(shown->item(2)->checkState() == Qt::Checked);
    CHECK(shown->item(3)->checkState() == Qt::Checked);
    CHECK(shown->item(0)->checkState() == Qt::Unchecked);
    CHECK(again.filter() == expected);
    Translations::install(u"en"_s);
}
