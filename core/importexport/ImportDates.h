#pragma once

#include "Contact.h"
#include "RowConverter.h"

#include <QString>

namespace Kontor {

// Date cells of imported files. RowConverter::parseDate and DateOrderDetector are built on these.
namespace ImportDates {

enum class Outcome
{
    Ok,
    NotADate, // no date format Kontor reads
    NotInCalendar, // a date format, but no such day ("31.02.1980", month 13)
};

// Two-digit years up to `pivot` are 20yy, later ones 19yy: birthdays use this year's yy (a birthday is never in
// the future), other dates look ahead (a contract ending in '35).
int birthdayPivot();
int futurePivot();

// Parses "31.12.1980", "1.2.85", "12/31/1980" (in that order only), "1980-12-31" (any order, also with a time
// as spreadsheets write it), "--12-31", "31.12." and "12/31" (no year), "31. Dezember 1980", "Dec 31, 1980";
// "" and Outlook's "0.0.00" are a null Birthday. Dotted dates are always day first: no one writes 12.31.
Outcome parse(const QString &text, DateOrder order, int pivot, Birthday *out);

} // namespace ImportDates

} // namespace Kontor
