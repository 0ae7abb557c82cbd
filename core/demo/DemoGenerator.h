#pragma once

#include "Contact.h"
#include "Result.h"
#include "Session.h"

#include <functional>

namespace Kontor {

class Database;

// Realistic, deterministic sample data: German and international persons and companies. The same seed gives
// the same contacts on every machine, so demos and benchmarks are comparable: the generator uses its own
// splitmix64 stream per contact (DemoRandom.h), never the standard library's distributions.
// About 70 % of the persons have German names (with umlauts and ß); the rest Turkish, Polish, Italian, English,
// French, Spanish and Dutch ones. Every generated contact passes ContactService::prepare with region "DE".
class DemoGenerator
{
public:
    static constexpr quint32 DefaultSeed = 20261123;
    static constexpr int BatchSize = 2000; // contacts per transaction in populate()
    static constexpr int PersonsPerCompany = 25;

    explicit DemoGenerator(quint32 seed = DefaultSeed);

    // The i-th company (kind Company): name with legal form, website, e-mails at its domain, switchboard.
    Contact company(int index) const;
    // The i-th person; works for `companyId` (0: none) and has private e-mail addresses only.
    Contact person(int index, qint64 companyId) const;
    // The i-th person working at `employer` (a company from company(); its id is the link): e-mail at the
    // company's domain and an extension of its switchboard. Same name and address as person(index, id).
    Contact person(int index, const Contact &employer) const;

    // How many of `count` contacts populate() makes companies (one per PersonsPerCompany persons).
    static int companyCount(int count);

    // Writes `count` contacts (companies first, then persons linked to them) through
    // ContactService::createMany in transactions of BatchSize. `progress(done, total)` is called after each
    // batch; returning false cancels (what was committed stays). Returns the number written, or the first
    // error of ContactService (nothing of that batch is written).
    static Result<int> populate(Database &db,
        const Session &session,
        int count,
        const QString &defaultRegion,
        const std::function<bool(int, int)> &progress = {},
        quint32 seed = DefaultSeed);

private:
    struct Employer;
    static Employer employerOf(const Contact &company);
    Contact makePerson(int index, const Employer *employer) const;

    quint32 m_seed;
};

} // namespace Kontor
