#include "TimelineWidget.h"

#include "CardDelegate.h"
#include "ProfileText.h"
#include "StorageThread.h"
#include "TimelineComposer.h"
#include "notes/NoteService.h"
#include "payments/Payment.h"
#include "payments/PaymentText.h"
#include "timeline/TimelineService.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
QString when(qint64 utcMs)
{
    return ProfileText::dateTime(utcMs);
}

QString day(qint64 utcMs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime().date(), QLocale::ShortFormat);
}

// "12.12.26 09:00 – 10:00" on one day, both dates and times otherwise; dates only for an all-day appointment
// (stored from local midnight to local midnight, end exclusive).
QString span(qint64 startMs, qint64 endMs)
{
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(startMs).toLocalTime();
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(endMs).toLocalTime();
    const QLocale locale;
    if (endMs <= startMs) {
        return locale.toString(start, QLocale::ShortFormat);
    }
    if (start.time() == QTime(0, 0) && end.time() == QTime(0, 0)) {
        const QDate last = end.date().addDays(-1);
        return last == start.date() ? locale.toString(start.date(), QLocale::ShortFormat)
                                    : u"%1 – %2"_s.arg(locale.toString(start.date(), QLocale::ShortFormat),
                                        locale.toString(last, QLocale::ShortFormat));
    }
    if (start.date() == end.date()) {
        return u"%1 – %2"_s.arg(
            locale.toString(start, QLocale::ShortFormat), locale.toString(end.time(), QLocale::ShortFormat));
    }
    return u"%1 – %2"_s.arg(locale.toString(start, QLocale::ShortFormat), locale.toString(end, QLocale::ShortFormat));
}
} // namespace

TimelineWidget::TimelineWidget(StorageThread *storage, const Session &session, qint64 contactId, QWidget *parent)
    : QWidget(parent)
    , m_storage(storage)
    , m_session(session)
    , m_contactId(contactId)
    , m_filterComboBox(new QComboBox(this))
    , m_listWidget(new QListWidget(this))
    , m_emptyLabel(new QLabel(this))
    , m_titleLabel(new QLabel(this))
    , m_composer(new TimelineComposer(this))
{
    setObjectName(u"timelineWidget"_s);
    m_filterComboBox->setObjectName(u"timelineFilterComboBox"_s);
    m_listWidget->setObjectName(u"timelineListWidget"_s);
    m_emptyLabel->setObjectName(u"timelineEmptyLabel"_s);
    m_titleLabel->setObjectName(u"timelineTitleLabel"_s);
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);
    for (int i = 0; i < FilterCount; ++i) {
        m_filterComboBox->addItem(QString());
    }
    m_listWidget->setItemDelegate(new CardDelegate(m_listWidget));
    m_listWidget->setResizeMode(QListView::Adjust);
    m_listWidget->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_listWidget->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listWidget->setFrameShape(QFrame::NoFrame);
    m_listWidget->setStyleSheet(u"QListWidget { background: palette(window); }"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *top = new QHBoxLayout;
    top->addWidget(m_titleLabel);
    top->addStretch();
    top->addWidget(m_filterComboBox);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_listWidget, 1);
    layout->addWidget(m_emptyLabel, 1);
    layout->addWidget(m_composer);

    connect(m_filterComboBox, &QComboBox::currentIndexChanged, this, &TimelineWidget::refresh);
    connect(m_composer, &TimelineComposer::submitted, this, &TimelineWidget::addNote);
    retranslate();
    showEntries({});
    refresh();
}

int TimelineWidget::entryCount() const
{
    return m_listWidget->count();
}

void TimelineWidget::refresh()
{
    QList<TimelineEntry::Type> types;
    switch (m_filterComboBox->currentIndex()) {
    case NotesOnly:
        types = {TimelineEntry::Type::Note};
        break;
    case TasksOnly:
        types = {TimelineEntry::Type::Task};
        break;
    case AppointmentsOnly:
        types = {TimelineEntry::Type::Appointment};
        break;
    case DocumentsOnly:
        types = {TimelineEntry::Type::Document};
        break;
    case PaymentsOnly:
        types = {TimelineEntry::Type::Payment};
        break;
    case ChangesOnly:
        types = {TimelineEntry::Type::Change};
        break;
    default:
        break;
    }
    const int generation = ++m_generation;
    const Session session = m_session;
    const qint64 id = m_contactId;
    m_storage->run<Result<QList<TimelineEntry>>>(
        this,
        [session, id, types](Database &db) { return TimelineService(db, session).timeline(id, types); },
        [this, generation](const Result<QList<TimelineEntry>> &entries) {
            if (generation != m_generation) {
                return; // the filter changed again: a newer answer is coming
            }
            if (!entries) {
                m_emptyLabel->setText(tr("The timeline could not be loaded: %1").arg(entries.error().message));
                m_listWidget->hide();
                m_emptyLabel->show();
                return;
            }
            showEntries(*entries);
            Q_EMIT refreshed();
        });
}

void TimelineWidget::showEntries(const QList<TimelineEntry> &entries)
{
    m_entries = entries;
    m_listWidget->clear();
    for (const auto &entry : entries) {
        auto *item = new QListWidgetItem(textOf(entry), m_listWidget);
        item->setData(CardDelegate::HeaderRole, headerOf(entry));
        item->setData(CardDelegate::AccentRole, accentOf(entry));
        const bool note = entry.type == TimelineEntry::Type::Note;
        item->setData(Qt::UserRole, note ? entry.noteId : 0);
        item->setData(EntryTypeRole, TimelineService::typeKey(entry.type));
        item->setData(RecordIdRole, note ? entry.noteId : entry.recordId);
    }
    m_listWidget->setVisible(!entries.isEmpty());
    m_emptyLabel->setVisible(entries.isEmpty());
}

void TimelineWidget::addNote(const QString &channel, const QString &text)
{
    if (channel != u"note"_s) {
        return;
    }
    m_composer->setBusy(true);
    const Session session = m_session;
    const qint64 id = m_contactId;
    m_storage->run<Result<Note>>(
        this,
        [session, id, text](Database &db) { return NoteService(db, session).add(id, text); },
        [this](const Result<Note> &added) {
            m_composer->setBusy(false);
            if (!added) {
                m_composer->showError(added.error().message);
                return;
            }
            m_composer->clear();
            refresh(); // changesCommitted reloads the rest of the profile
        });
}

QString TimelineWidget::headerOf(const TimelineEntry &entry)
{
    switch (entry.type) {
    case TimelineEntry::Type::Note:
        //: Header of a note in the timeline: %1 who, %2 when
        return tr("Note by %1 · %2").arg(ProfileText::user(entry.userName), when(entry.at));
    case TimelineEntry::Type::Task: {
        QString header = entry.endAt ? tr("Task · due %1").arg(when(entry.endAt)) : tr("Task · %1").arg(when(entry.at));
        if (entry.status == u"overdue"_s) {
            header = tr("%1 · overdue", "task").arg(header);
        } else if (entry.status == u"done"_s) {
            header = tr("%1 · done", "task").arg(header);
        }
        return header;
    }
    case TimelineEntry::Type::Appointment:
        //: Header of an appointment in the timeline: %1 its time ("12.12.26 09:00 – 10:00")
        return tr("Appointment · %1").arg(span(entry.at, entry.endAt));
    case TimelineEntry::Type::Document: {
        //: Header of a document in the timeline: %1 when it was added, %2 by whom
        const QString header = tr("Document · %1 · %2").arg(when(entry.at), ProfileText::user(entry.userName));
        return entry.status == u"trashed"_s ? tr("%1 · in the trash", "document").arg(header) : header;
    }
    case TimelineEntry::Type::Payment:
        //: Header of a payment in the timeline: %1 its date, %2 its status (Paid, Overdue, ...)
        return entry.status.isEmpty() ? tr("Payment · %1").arg(day(entry.at))
                                      : tr("Payment · %1 · %2").arg(day(entry.at), Payment::statusLabel(entry.status));
    case TimelineEntry::Type::Change:
        break;
    }
    //: Header of a change in the timeline: %1 when, %2 where it came from (Desktop, Import, ...)
    return tr("Change · %1 · %2").arg(when(entry.at), ProfileText::origin(entry.origin));
}

QString TimelineWidget::textOf(const TimelineEntry &entry)
{
    const auto titled = [](const QString &title, const QString &text) {
        return text.trimmed().isEmpty() ? title : title + u'\n' + text.trimmed();
    };
    switch (entry.type) {
    case TimelineEntry::Type::Note:
        return entry.text;
    case TimelineEntry::Type::Task:
    case TimelineEntry::Type::Appointment:
    case TimelineEntry::Type::Document:
        return titled(entry.title, entry.text);
    case TimelineEntry::Type::Payment:
        return entry.text.isEmpty() ? PaymentText::fromPlainAmount(entry.title)
                                    : u"%1 · %2"_s.arg(PaymentText::fromPlainAmount(entry.title), entry.text);
    case TimelineEntry::Type::Change:
        break;
    }
    return ProfileText::change(entry.userName, entry.action, entry.fieldLabel, entry.oldValue, entry.newValue);
}

QColor TimelineWidget::accentOf(const TimelineEntry &entry)
{
    switch (entry.type) {
    case TimelineEntry::Type::Note:
        return {0xe0, 0xa8, 0x00};
    case TimelineEntry::Type::Task:
        return entry.status == u"overdue"_s ? QColor(0xb3, 0x26, 0x1e) : QColor(0x2e, 0x9d, 0x5b);
    case TimelineEntry::Type::Appointment:
        return {0x8e, 0x5b, 0xd6};
    case TimelineEntry::Type::Document:
        return {0x1f, 0x9e, 0xa8};
    case TimelineEntry::Type::Payment:
        return entry.status == u"overdue"_s ? QColor(0xb3, 0x26, 0x1e) : QColor(0xd6, 0x6a, 0x1f);
    case TimelineEntry::Type::Change:
        break;
    }
    return {0x5b, 0x8d, 0xd6};
}

void TimelineWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showEntries(m_entries);
        refresh(); // core words the texts of payments and documents in the language of the moment
    }
    QWidget::changeEvent(event);
}

void TimelineWidget::retranslate()
{
    m_titleLabel->setText(tr("Timeline"));
    m_filterComboBox->setItemText(AllEntries, tr("All"));
    m_filterComboBox->setItemText(NotesOnly, tr("Notes"));
    m_filterComboBox->setItemText(TasksOnly, tr("Tasks"));
    m_filterComboBox->setItemText(AppointmentsOnly, tr("Appointments"));
    m_filterComboBox->setItemText(DocumentsOnly, tr("Documents"));
    m_filterComboBox->setItemText(PaymentsOnly, tr("Payments"));
    m_filterComboBox->setItemText(ChangesOnly, tr("Changes"));
    m_emptyLabel->setText(tr("Nothing has happened here yet."));
}

} // namespace Kontor
