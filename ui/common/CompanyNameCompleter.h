#pragma once

#include "Session.h"

#include <QObject>
#include <QTimer>

class QLineEdit;
class QStringListModel;

namespace Kontor {

class StorageThread;

// Completes company names in a line edit: after a short typing pause, the quick search for companies runs on
// the StorageThread and its names become the completer's list. Answers to older lookups are dropped; without
// an answer plain typing still works.
class CompanyNameCompleter : public QObject
{
    Q_OBJECT

public:
    CompanyNameCompleter(StorageThread *storage, const Session &session, QLineEdit *lineEdit);

private:
    void lookUp();

    StorageThread *m_storage;
    Session m_session;
    QLineEdit *m_lineEdit;
    QStringListModel *m_names;
    QTimer m_timer;
    quint64 m_generation = 0;
};

} // namespace Kontor
