#pragma once

#include "contacts/Contact.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace Kontor {

class RegionComboBox;

// Repeated rows of one kind - e-mail addresses, phone numbers or postal addresses - each with a label combo
// (its own text allowed) and a remove button, plus an "Add" button. Empty rows are left out of the values.
// The first row is the primary one.
class EntryRowsWidget : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        Email,
        Phone,
        Address,
    };

    explicit EntryRowsWidget(Kind kind, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    int rowCount() const { return int(m_rows.size()); }

    void setEmails(const QList<EmailAddress> &emails);
    QList<EmailAddress> emails() const;
    void setPhones(const QList<PhoneNumber> &phones);
    QList<PhoneNumber> phones() const;
    void setAddresses(const QList<PostalAddress> &addresses);
    QList<PostalAddress> addresses() const;

    // The first problem a person can fix without the database (an e-mail that is not one, text that is not a
    // phone number), translated; empty when every row is fine.
    QString problem(const QString &defaultRegion) const;

public Q_SLOTS:
    void addRow();

Q_SIGNALS:
    // A value was edited and the field lost focus; time to check it.
    void editingFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QWidget *widget = nullptr;
        QComboBox *label = nullptr;
        QLineEdit *value = nullptr; // e-mail or phone
        QLineEdit *street = nullptr;
        QLineEdit *postalCode = nullptr;
        QLineEdit *city = nullptr;
        QLineEdit *region = nullptr;
        RegionComboBox *country = nullptr;
        QToolButton *remove = nullptr;
    };

    Row &appendRow();
    void removeRow(QWidget *rowWidget);
    void clearRows();
    void fillLabels(QComboBox *combo) const;
    void setLabel(QComboBox *combo, const QString &label) const;
    QString labelOf(const QComboBox *combo) const;
    void retranslate();
    void retranslateRow(Row &row);

    Kind m_kind;
    QVBoxLayout *m_rowsLayout;
    QPushButton *m_addButton;
    QList<Row> m_rows;
};

} // namespace Kontor
