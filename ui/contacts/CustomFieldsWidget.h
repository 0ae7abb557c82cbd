#pragma once

#include "customfields/CustomField.h"

#include <QHash>
#include <QMap>
#include <QWidget>

class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace Kontor {

// Editors for the custom fields of a contact, one group per folder and an editor per field type
// (line, text, date, checkbox, choice, multiple choice). Values go in and out in their canonical text form
// (CustomFieldValues); input that does not fit a field is reported with the field's key "custom.<uuid>".
class CustomFieldsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CustomFieldsWidget(QWidget *parent = nullptr);

    void setDefinitions(const QList<CustomFieldFolder> &folders, const QList<CustomField> &fields);
    bool hasFields() const { return !m_fields.isEmpty(); }
    void setValues(const QMap<qint64, QString> &values);
    // The canonical values of all non-empty editors. On bad input returns what could be read and sets
    // *problemField to "custom.<uuid>" and *problem to the translated reason of the first bad field.
    QMap<qint64, QString> values(QString *problemField, QString *problem) const;

    // Inline messages below a field editor, by field key ("custom.<uuid>" or "custom.<id>"); false if unknown.
    bool showFieldError(const QString &fieldKey, const QString &message);
    void clearFieldErrors();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Editor
    {
        CustomField field;
        QWidget *widget = nullptr;
        QLabel *error = nullptr;
    };

    QWidget *createEditor(const CustomField &field);
    QString rawValue(const Editor &editor) const;
    void setRawValue(Editor &editor, const QString &canonical);
    void retranslate();

    QVBoxLayout *m_layout;
    QLabel *m_emptyLabel;
    QList<Editor> m_fields;
    QList<QWidget *> m_groups;
};

} // namespace Kontor
