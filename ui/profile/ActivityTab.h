#pragma once

#include "Session.h"
#include "customfields/CustomField.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace Kontor {

class StorageThread;

// The field-level history of a contact (ContactService::history): when, who, what, old → new, from where.
class ActivityTab : public QWidget
{
    Q_OBJECT

public:
    ActivityTab(StorageThread *storage, const Session &session, qint64 contactId, QWidget *parent = nullptr);

    // Names "custom.<uuid>" keys by their field.
    void setCustomFields(const QList<CustomField> &fields);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;

private:
    QString fieldLabel(const QString &key) const;
    void retranslate();

    StorageThread *m_storage;
    Session m_session;
    qint64 m_contactId;
    QList<CustomField> m_customFields;
    QTableWidget *m_tableWidget;
    QLabel *m_messageLabel;
};

} // namespace Kontor
