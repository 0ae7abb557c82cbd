#include "DemoCommand.h"

#include "CliContext.h"
#include "CliOutput.h"
#include "contacts/ContactService.h"
#include "demo/DemoGenerator.h"

#include <QElapsedTimer>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

QList<OptionSpec> DemoCommand::options()
{
    return {{u"contacts"_s, true}};
}

int DemoCommand::run(CliContext &ctx)
{
    if (!ctx.args.positionals.isEmpty()) {
        return ctx.output.usageError(tr("unexpected argument \"%1\"").arg(ctx.args.positionals.first()));
    }
    int count = 0;
    if (!ctx.args.isSet(u"contacts"_s)) {
        return ctx.output.usageError(tr("say how many contacts to create with \"--contacts N\""));
    }
    if (!ArgumentParser::parseCount(ctx.args.value(u"contacts"_s), 1, MaxContacts, &count)) {
        return ctx.output.usageError(tr("\"--contacts\" needs a whole number from 1 to %1").arg(MaxContacts));
    }

    QElapsedTimer timer;
    timer.start();
    const auto progress = [&ctx, &timer](int done, int total) {
        const qint64 seconds = timer.elapsed() / 1000;
        //: progress of "kontor-cli demo"; %1 done, %2 total, %3 seconds since the start
        ctx.output.progress(tr("%1 of %2 contacts written (%3 s)").arg(done).arg(total).arg(seconds));
        return true;
    };
    auto written = DemoGenerator::populate(ctx.db, ctx.session, count, ctx.contacts.defaultRegion(), progress);
    ctx.output.finishProgress();
    if (!written) {
        return ctx.output.fail(written.error());
    }
    ctx.output.out() << tr("Created %n demo contact(s).", nullptr, *written) << Qt::endl;
    return int(ExitCode::Success);
}

} // namespace Kontor
