#pragma once

#include "Session.h"
#include "customfields/CustomField.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CustomFieldDialog;
}

namespace Kontor {

class StorageThread;

// Creates a custom field (field.id == 0) or edits one: name, folder and, for single and multi select, the
// options. The type is chosen once: CustomFieldService::updateField keeps it, as stored values depend on it.
// Saving runs on the storage thread; a refusal (a duplicate name, ...) stays in the dialog's message bar.
class CustomFieldDialog : public QDialog
{
    Q_OBJECT

public:
    CustomFieldDialog(StorageThread *storage,
        const Session &session,
        const CustomField &field,
        const QList<CustomFieldFolder> &folders,
        QWidget *parent = nullptr);
    ~CustomFieldDialog() override;

    // What the form holds now.
    CustomField field() const;

public Q_SLOTS:
    void save();

Q_SIGNALS:
    void saved(const Kontor::CustomField &field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateCode();
    void updateOptionsState();
    void addOption();
    void removeOption();
    void moveOption(int delta);
    bool isSelectType() const;

    std::unique_ptr<Ui::CustomFieldDialog> ui;
    StorageThread *m_storage;
    Session m_session;
    CustomField m_field;
};

} // namespace Kontor
