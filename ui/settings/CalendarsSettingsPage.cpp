#include "CalendarsSettingsPage.h"

#include "ui_CalendarsSettingsPage.h"

#include "StorageThread.h"
#include "appointments/CalendarService.h"

#include <QColorDialog>
#include <QEvent>
#include <QPixmap>
#include <QPushButton>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kEntity = u"calendar"_s;
constexpr int IdRole = Qt::UserRole;
// New calendars take the next of these, so that each one is told apart at a glance.
const QStringList Palette{
    u"#3b82f6"_s, u"#16a34a"_s, u"#ea580c"_s, u"#9333ea"_s, u"#db2777"_s, u"#0891b2"_s, u"#ca8a04"_s, u"#64748b"_s};

QIcon colorIcon(const QString &color)
{
    QPixmap pixmap(14, 14);
    const QColor c = QColor::fromString(color);
    pixmap.fill(c.isValid() ? c : QColor(Qt::transparent));
    return QIcon(pixmap);
}
} // namespace

CalendarsSettingsPage::CalendarsSettingsPage(StorageThread *storage, const Session &session, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::CalendarsSettingsPage>())
    , m_storage(storage)
    , m_session(session)
{
    ui->setupUi(this);
    connect(ui->addCalendarButton, &QPushButton::clicked, this, &CalendarsSettingsPage::addCalendar);
    connect(ui->newCalendarLineEdit, &QLineEdit::returnPressed, this, &CalendarsSettingsPage::addCalendar);
    connect(ui->newCalendarLineEdit, &QLineEdit::textChanged, this, &CalendarsSettingsPage::updateActions);
    connect(ui->renameCalendarButton, &QPushButton::clicked, this, &CalendarsSettingsPage::renameCalendar);
    connect(ui->calendarColorButton, &QPushButton::clicked, this, &CalendarsSettingsPage::chooseColor);
    connect(ui->removeCalendarButton, &QPushButton::clicked, this, &CalendarsSettingsPage::removeCalendar);
    connect(
        ui->defaultLocationLineEdit, &QLineEdit::editingFinished, this, &CalendarsSettingsPage::saveDefaultLocation);
    connect(ui->calendarsListWidget, &QListWidget::itemChanged, this, &CalendarsSettingsPage::onItemChanged);
    connect(ui->calendarsListWidget, &QListWidget::currentRowChanged, this, [this] {
        const Calendar *calendar = currentCalendar();
        ui->defaultLocationLineEdit->setText(calendar ? calendar->defaultLocation : QString());
        updateActions();
    });
    connect(m_storage, &StorageThread::changesCommitted, this, &CalendarsSettingsPage::onChangesCommitted);
    updateActions();
    reload();
}

CalendarsSettingsPage::~CalendarsSettingsPage()
{
    // The children outlive this destructor: a focused location field still reports editingFinished, and
    // the list its last row, to a page that is no longer one.
    ui->defaultLocationLineEdit->disconnect(this);
    ui->calendarsListWidget->disconnect(this);
}

void CalendarsSettingsPage::reload()
{
    ++m_loading;
    const quint64 generation = ++m_generation;
    const Session session = m_session;
    m_storage->run<Result<QList<Calendar>>>(
        this,
        [session](Database &db) { return CalendarService(db, session).list(); },
        [this, generation](const Result<QList<Calendar>> &calendars) {
            --m_loading;
            if (generation != m_generation) {
                return;
            }
            if (!calendars) {
                ui->messageBar->showMessage(calendars.error().message);
                return;
            }
            m_calendars = *calendars;
            rebuildList();
            Q_EMIT reloaded();
        });
}

void CalendarsSettingsPage::onChangesCommitted(const ChangeSet &changes)
{
    if (changes.otherEntities.contains(kEntity)) {
        reload();
    }
}

const Calendar *CalendarsSettingsPage::currentCalendar() const
{
    const QListWidgetItem *item = ui->calendarsListWidget->currentItem();
    if (!item) {
        return nullptr;
    }
    const qint64 id = item->data(IdRole).toLongLong();
    for (const Calendar &calendar : m_calendars) {
        if (calendar.id == id) {
            return &calendar;
        }
    }
    return nullptr;
}

void CalendarsSettingsPage::rebuildList()
{
    QListWidget *list = ui->calendarsListWidget;
    qint64 select = m_select;
    if (select == 0 && list->currentItem()) {
        select = list->currentItem()->data(IdRole).toLongLong();
    }
    {
        const QSignalBlocker blocker(list);
        list->clear();
        for (const Calendar &calendar : std::as_const(m_calendars)) {
            auto *item = new QListWidgetItem(colorIcon(calendar.color), CalendarService::displayName(calendar), list);
            item->setData(IdRole, calendar.id);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
            if (!calendar.defaultLocation.isEmpty()) {
                item->setToolTip(tr("Default location: %1").arg(calendar.defaultLocation));
            }
            if (calendar.id == select) {
                list->setCurrentItem(item);
            }
        }
        if (!list->currentItem() && list->count() > 0) {
            list->setCurrentRow(0);
        }
    }
    m_select = 0;
    const Calendar *calendar = currentCalendar();
    ui->defaultLocationLineEdit->setText(calendar ? calendar->defaultLocation : QString());
    updateActions();
}

void CalendarsSettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        rebuildList();
    }
    QWidget::changeEvent(event);
}

void CalendarsSettingsPage::updateActions()
{
    const bool chosen = currentCalendar() != nullptr;
    ui->addCalendarButton->setEnabled(!ui->newCalendarLineEdit->text().trimmed().isEmpty());
    ui->renameCalendarButton->setEnabled(chosen);
    ui->calendarColorButton->setEnabled(chosen);
    ui->removeCalendarButton->setEnabled(chosen && m_calendars.size() > 1);
    ui->defaultLocationLineEdit->setEnabled(chosen);
}

void CalendarsSettingsPage::change(qint64 id, std::function<void(Calendar &)> modify)
{
    // Read, changed and written on the storage thread: the list here may not show an earlier change yet.
    write([id, modify](CalendarService &service) -> Result<Calendar> {
        auto calendar = service.byId(id);
        if (!calendar) {
            return calendar.error();
        }
        modify(*calendar);
        return service.update(*calendar);
    });
}

void CalendarsSettingsPage::write(std::function<Result<Calendar>(CalendarService &)> change)
{
    const Session session = m_session;
    m_storage->run<Result<Calendar>>(
        this,
        [session, change](Database &db) {
            CalendarService service(db, session);
            return change(service);
        },
        [this](const Result<Calendar> &result) {
            if (result) {
                ui->messageBar->clearMessage();
                m_select = result->id;
            } else {
                ui->messageBar->showMessage(result.error().message);
            }
            // Also after a refusal: an edited name that was not stored must not stay in the list.
            reload();
        });
}

void CalendarsSettingsPage::addCalendar()
{
    const QString name = ui->newCalendarLineEdit->text().simplified();
    if (name.isEmpty()) {
        return;
    }
    ui->newCalendarLineEdit->clear();
    Calendar calendar;
    calendar.name = name;
    calendar.color = Palette.at(m_calendars.size() % Palette.size());
    write([calendar](CalendarService &service) { return service.add(calendar); });
}

void CalendarsSettingsPage::renameCalendar()
{
    if (QListWidgetItem *item = ui->calendarsListWidget->currentItem()) {
        ui->calendarsListWidget->editItem(item);
    }
}

void CalendarsSettingsPage::onItemChanged(QListWidgetItem *item)
{
    const qint64 id = item->data(IdRole).toLongLong();
    const QString to = item->text().simplified();
    for (const Calendar &calendar : std::as_const(m_calendars)) {
        if (calendar.id == id && to != CalendarService::displayName(calendar)) {
            change(id, [to](Calendar &c) { c.name = to; });
        }
    }
}

void CalendarsSettingsPage::chooseColor()
{
    const Calendar *calendar = currentCalendar();
    if (!calendar) {
        return;
    }
    auto *dialog = new QColorDialog(QColor::fromString(calendar->color), this);
    dialog->setObjectName(u"calendarColorDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Color of %1").arg(CalendarService::displayName(*calendar)));
    connect(dialog, &QColorDialog::colorSelected, this, &CalendarsSettingsPage::setCurrentColor);
    dialog->open();
}

void CalendarsSettingsPage::setCurrentColor(const QColor &color)
{
    const Calendar *calendar = currentCalendar();
    if (!calendar || !color.isValid()) {
        return;
    }
    const QString name = color.name(QColor::HexRgb);
    if (name != calendar->color) {
        change(calendar->id, [name](Calendar &c) { c.color = name; });
    }
}

void CalendarsSettingsPage::saveDefaultLocation()
{
    const Calendar *calendar = currentCalendar();
    if (!calendar) {
        return;
    }
    const QString location = ui->defaultLocationLineEdit->text().trimmed();
    if (location != calendar->defaultLocation) {
        change(calendar->id, [location](Calendar &c) { c.defaultLocation = location; });
    }
}

void CalendarsSettingsPage::removeCalendar()
{
    const Calendar *calendar = currentCalendar();
    if (!calendar) {
        return;
    }
    writeRemoval(calendar->id);
}

void CalendarsSettingsPage::writeRemoval(qint64 id)
{
    const Session session = m_session;
    m_storage->run<Result<void>>(
        this,
        [session, id](Database &db) { return CalendarService(db, session).remove(id); },
        [this](const Result<void> &result) {
            if (result) {
                ui->messageBar->clearMessage();
            } else {
                ui->messageBar->showMessage(result.error().message);
            }
            reload();
        });
}

} // namespace Kontor
