#include "ActivityTab.h"

#include "ProfileText.h"
#include "StorageThread.h"
#include "contacts/ContactFields.h"
#include "contacts/ContactService.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
enum Column
{
    WhenColumn,
    WhoColumn,
    FieldColumn,
    ChangeColumn,
    OriginColumn,
    ColumnCount,
};
} // namespace

ActivityTab::ActivityTab(StorageThread *storage, const Session &session, qint64 contactId, QWidget *parent)
    : QWidget(parent)
    , m_storage(storage)
    , m_session(session)
    , m_contactId(contactId)
    , m_tableWidget(new QTableWidget(0, ColumnCount, this))
    , m_messageLabel(new QLabel(this))
{
    setObjectName(u"activityTab"_s);
    m_tableWidget->setObjectName(u"activityTableWidget"_s);
    m_messageLabel->setObjectName(u"activityMessageLabel"_s);
    m_tableWidget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableWidget->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableWidget->setWordWrap(true);
    m_tableWidget->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tableWidget->verticalHeader()->hide();
    m_tableWidget->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_tableWidget->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Old and new values are the long part: they take the room left and wrap.
    header->setSectionResizeMode(ChangeColumn, QHeaderView::Stretch);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_tableWidget);
    retranslate();
    refresh();
}

void ActivityTab::setCustomFields(const QList<CustomField> &fields)
{
    m_customFields = fields;
}

void ActivityTab::refresh()
{
    const Session session = m_session;
    const qint64 id = m_contactId;
    m_storage->run<Result<QList<ContactService::AuditEntry>>>(
        this,
        [session, id](Database &db) { return ContactService(db, session).history(id); },
        [this](const Result<QList<ContactService::AuditEntry>> &history) {
            if (!history) {
                m_messageLabel->setText(tr("The history could not be loaded: %1").arg(history.error().message));
                m_messageLabel->show();
                return;
            }
            m_messageLabel->hide();
            m_tableWidget->setRowCount(int(history->size()));
            for (int row = 0; row < history->size(); ++row) {
                const auto &entry = history->at(row);
                const QString field
                    = entry.field.isEmpty() ? ProfileText::action(entry.action) : fieldLabel(entry.field);
                const QString change = ProfileText::oldToNew(entry.oldValue, entry.newValue);
                const QString cells[ColumnCount] = {ProfileText::dateTime(entry.at),
                    ProfileText::user(entry.userName),
                    field,
                    entry.field.isEmpty() ? QString() : change,
                    ProfileText::origin(entry.origin)};
                for (int column = 0; column < ColumnCount; ++column) {
                    auto *item = new QTableWidgetItem(cells[column]);
                    if (column == ChangeColumn) {
                        item->setToolTip(u"%1\n→\n%2"_s.arg(entry.oldValue, entry.newValue));
                    }
                    m_tableWidget->setItem(row, column, item);
                }
            }
            Q_EMIT refreshed();
        });
}

QString ActivityTab::fieldLabel(const QString &key) const
{
    if (key.startsWith(u"custom."_s)) {
        const QString uuid = key.mid(7);
        for (const auto &field : m_customFields) {
            if (field.uuid == uuid) {
                return field.name;
            }
        }
    }
    if (key == u"note"_s) {
        return tr("Note");
    }
    return ContactFields::label(key);
}

void ActivityTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void ActivityTab::retranslate()
{
    m_tableWidget->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Field"), tr("Old → new"), tr("Origin")});
}

} // namespace Kontor
