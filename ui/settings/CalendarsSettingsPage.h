#pragma once

#include "Result.h"
#include "Session.h"
#include "appointments/Appointment.h"

#include <QColor>
#include <QWidget>

#include <functional>
#include <memory>

class QListWidgetItem;

namespace Ui {
class CalendarsSettingsPage;
}

namespace Kontor {

class CalendarService;
class StorageThread;
struct ChangeSet;

// The calendars appointments are filed in: add, rename in place, colour, default location and remove, each
// through CalendarService on the storage thread. A refusal (a name taken, a calendar still holding
// appointments) shows in the page's message bar.
class CalendarsSettingsPage : public QWidget
{
    Q_OBJECT

public:
    CalendarsSettingsPage(StorageThread *storage, const Session &session, QWidget *parent = nullptr);
    ~CalendarsSettingsPage() override;

    QList<Calendar> calendars() const { return m_calendars; }
    bool isLoading() const { return m_loading > 0; }

public Q_SLOTS:
    void reload();
    void addCalendar();
    void renameCalendar(); // starts editing the current row
    void removeCalendar();
    void chooseColor(); // asks with a colour dialog
    void setCurrentColor(const QColor &color);
    void saveDefaultLocation();

Q_SIGNALS:
    void reloaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    const Calendar *currentCalendar() const;
    void rebuildList();
    void updateActions();
    void onItemChanged(QListWidgetItem *item);
    void onChangesCommitted(const ChangeSet &changes);
    // Changes the stored calendar `id` with `modify`.
    void change(qint64 id, std::function<void(Calendar &)> modify);
    // Runs `change`; afterwards the list shows the stored state with the calendar it returns as the current row.
    void write(std::function<Result<Calendar>(CalendarService &)> change);
    void writeRemoval(qint64 id);

    std::unique_ptr<Ui::CalendarsSettingsPage> ui;
    StorageThread *m_storage;
    Session m_session;
    QList<Calendar> m_calendars;
    qint64 m_select = 0;
    int m_loading = 0;
    quint64 m_generation = 0;
};

} // namespace Kontor
