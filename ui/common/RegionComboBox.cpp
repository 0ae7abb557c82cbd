#include "RegionComboBox.h"

#include "contacts/PhoneNormalizer.h"

#include <QEvent>
#include <QLocale>

#include <map>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

RegionComboBox::RegionComboBox(QWidget *parent)
    : QComboBox(parent)
{
    populate();
}

void RegionComboBox::setAllowEmpty(bool allow)
{
    if (m_allowEmpty == allow) {
        return;
    }
    const QString current = region();
    m_allowEmpty = allow;
    populate();
    setRegion(current);
}

QString RegionComboBox::region() const
{
    return currentData().toString();
}

void RegionComboBox::setRegion(const QString &code)
{
    const QString upper = code.trimmed().toUpper();
    int index = findData(upper);
    if (index < 0) {
        addItem(upper, upper);
        index = count() - 1;
    }
    setCurrentIndex(index);
}

void RegionComboBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        const QString current = region();
        populate();
        setRegion(current);
    }
    QComboBox::changeEvent(event);
}

void RegionComboBox::populate()
{
    const QSignalBlocker blocker(this);
    clear();
    if (m_allowEmpty) {
        addItem(tr("(none)"), QString());
    }
    // QLocale names territories in English only; the ISO code in front keeps the list usable in every language.
    std::map<QString, QString> regions;
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = QLocale::Territory(t);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() != 2 || !PhoneNormalizer::isKnownRegion(code)) {
            continue;
        }
        regions.emplace(code, QLocale::territoryToString(territory));
    }
    for (const auto &[code, name] : regions) {
        //: A region in a list: %1 is the ISO code ("DE"), %2 the country name
        addItem(tr("%1 - %2").arg(code, name), code);
    }
}

} // namespace Kontor
