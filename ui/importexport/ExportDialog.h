#pragma once

#include "ExportService.h"
#include "Session.h"
#include "main/ContactSelection.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ExportDialog;
}

namespace Kontor {

class BackgroundTask;
class StorageThread;

// Exports the current smart list, the selected contacts or all contacts as CSV ("Standard" or "Excel
// (German)"), XLSX, vCard 4.0 / 3.0 or JSON, with a choice of columns for the tables. ExportService writes in a
// BackgroundTask (page by page, to a temporary file renamed at the end) with progress and cancel.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(
        StorageThread *storage, const Session &session, const ContactSelection &selection, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setPath(const QString &path);
    QString path() const;
    void setFormat(ExportFormat format);
    ExportFormat format() const;
    // The checked column keys in order; empty while they load.
    QStringList checkedColumns() const;
    bool columnsLoaded() const { return m_columnsLoaded; }
    bool isRunning() const;

public Q_SLOTS:
    void startExport();
    void reject() override;

Q_SIGNALS:
    void exported(qint64 count, const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadColumns();
    void chooseFile();
    void onFormatChanged();
    void updateButtons();
    void retranslateCode();

    std::unique_ptr<Ui::ExportDialog> ui;
    StorageThread *m_storage;
    Session m_session;
    ContactSelection m_selection;
    BackgroundTask *m_task;
    bool m_columnsLoaded = false;
    bool m_done = false;
};

} // namespace Kontor
