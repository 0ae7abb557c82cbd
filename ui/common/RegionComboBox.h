#pragma once

#include <QComboBox>

namespace Kontor {

// ISO 3166-1 regions that libphonenumber knows, shown as "DE - Germany", sorted by code. The current data is
// the upper-case code. With `allowEmpty`, the first entry is "no country".
class RegionComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit RegionComboBox(QWidget *parent = nullptr);

    void setAllowEmpty(bool allow);
    QString region() const;
    // Selects `code`; an unknown code is added so that loading and saving never loses it.
    void setRegion(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void populate();

    bool m_allowEmpty = false;
};

} // namespace Kontor
