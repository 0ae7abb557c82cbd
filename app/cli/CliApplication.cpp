#include "CliApplication.h"

#include "AppointmentCommands.h"
#include "BulkCommands.h"
#include "CliContext.h"
#include "CliHelp.h"
#include "CompanyCommands.h"
#include "ContactCommands.h"
#include "ContactEditor.h"
#include "DemoCommand.h"
#include "DocumentCommands.h"
#include "ExportCommands.h"
#include "ImportCommands.h"
#include "JobCommands.h"
#include "ListCommands.h"
#include "NoteCommands.h"
#include "PaymentCommands.h"
#include "ReminderCommands.h"
#include "TaskCommands.h"
#include "TrashCommands.h"
#include "contacts/ContactService.h"
#include "contacts/PhoneNormalizer.h"
#include "settings/Settings.h"
#include "settings/Translations.h"
#include "storage/Database.h"
#include "users/UserService.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

QList<CliApplication::Command> CliApplication::commands()
{
    return {
        {u"contacts add"_s, ContactEditor::addOptions(), &ContactCommands::add},
        {u"contacts list"_s, ContactCommands::listOptions(), &ContactCommands::list},
        {u"contacts show"_s, ContactCommands::showOptions(), &ContactCommands::show},
        {u"contacts edit"_s, ContactEditor::editOptions(), &ContactCommands::edit},
        {u"contacts delete"_s, ContactCommands::deleteOptions(), &ContactCommands::remove},
        {u"companies list"_s, CompanyCommands::listOptions(), &CompanyCommands::list},
        {u"companies add"_s, CompanyCommands::addOptions(), &CompanyCommands::add},
        {u"companies show"_s, CompanyCommands::showOptions(), &CompanyCommands::show},
        {u"companies assign"_s, CompanyCommands::assignOptions(), &CompanyCommands::assign},
        {u"companies unassign"_s, CompanyCommands::assignOptions(), &CompanyCommands::unassign},
        {u"notes add"_s, NoteCommands::jsonOptions(), &NoteCommands::add},
        {u"notes list"_s, NoteCommands::jsonOptions(), &NoteCommands::list},
        {u"notes edit"_s, NoteCommands::noOptions(), &NoteCommands::edit},
        {u"notes delete"_s, NoteCommands::noOptions(), &NoteCommands::remove},
        {u"tasks add"_s, TaskCommands::addOptions(), &TaskCommands::add},
        {u"tasks list"_s, TaskCommands::listOptions(), &TaskCommands::list},
        {u"tasks done"_s, TaskCommands::changeOptions(), &TaskCommands::done},
        {u"tasks reopen"_s, TaskCommands::changeOptions(), &TaskCommands::reopen},
        {u"tasks remove"_s, TaskCommands::removeOptions(), &TaskCommands::remove},
        {u"appointments add"_s, AppointmentCommands::addOptions(), &AppointmentCommands::add},
        {u"appointments list"_s, AppointmentCommands::listOptions(), &AppointmentCommands::list},
        {u"appointments export-ics"_s, AppointmentCommands::exportOptions(), &AppointmentCommands::exportIcs},
        {u"appointments import-ics"_s, AppointmentCommands::importOptions(), &AppointmentCommands::importIcs},
        {u"documents add"_s, DocumentCommands::addOptions(), &DocumentCommands::add},
        {u"documents list"_s, DocumentCommands::listOptions(), &DocumentCommands::list},
        {u"documents remove"_s, DocumentCommands::changeOptions(), &DocumentCommands::remove},
        {u"documents restore"_s, DocumentCommands::changeOptions(), &DocumentCommands::restore},
        {u"documents get"_s, DocumentCommands::getOptions(), &DocumentCommands::get},
        {u"payments add"_s, PaymentCommands::addOptions(), &PaymentCommands::add},
        {u"payments list"_s, PaymentCommands::listOptions(), &PaymentCommands::list},
        {u"payments remove"_s, PaymentCommands::removeOptions(), &PaymentCommands::remove},
        {u"reminders due"_s, ReminderCommands::dueOptions(), &ReminderCommands::due},
        {u"lists list"_s, ListCommands::listOptions(), &ListCommands::list},
        {u"lists create"_s, ListCommands::createOptions(), &ListCommands::create},
        {u"lists edit"_s, ListCommands::editOptions(), &ListCommands::edit},
        {u"lists rename"_s, ListCommands::noOptions(), &ListCommands::rename},
        {u"lists copy"_s, ListCommands::noOptions(), &ListCommands::copy},
        {u"lists delete"_s, ListCommands::noOptions(), &ListCommands::remove},
        {u"lists show"_s, ListCommands::showOptions(), &ListCommands::show},
        {u"lists share"_s, ListCommands::shareOptions(), &ListCommands::share},
        {u"trash list"_s, TrashCommands::listOptions(), &TrashCommands::list},
        {u"trash restore"_s, TrashCommands::restoreOptions(), &TrashCommands::restore},
        {u"trash purge"_s, TrashCommands::purgeOptions(), &TrashCommands::purge},
        // "import undo" and "import list" before "import": the first command whose words match wins.
        {u"import undo"_s, ImportCommands::undoOptions(), &ImportCommands::undo},
        {u"import list"_s, ImportCommands::listOptions(), &ImportCommands::list},
        // FIELD-NOTES.md: a 256 MiB cache made a 1M bulk insert about twice as fast.
        {u"import"_s, ImportCommands::importOptions(), &ImportCommands::import, 256},
        {u"export"_s, ExportCommands::options(), &ExportCommands::run},
        {u"bulk"_s, BulkCommands::options(), &BulkCommands::run},
        {u"jobs list"_s, JobCommands::listOptions(), &JobCommands::list},
        {u"jobs show"_s, JobCommands::showOptions(), &JobCommands::show},
        {u"jobs undo"_s, JobCommands::undoOptions(), &JobCommands::undo},
        {u"jobs resume"_s, JobCommands::resumeOptions(), &JobCommands::resume},
        {u"demo"_s, DemoCommand::options(), &DemoCommand::run, 256},
    };
}

QList<OptionSpec> CliApplication::globalOptions()
{
    return {{u"db"_s, true}, {u"lang"_s, true}, {u"region"_s, true}, {u"help"_s, false}, {u"version"_s, false}};
}

bool CliApplication::takeGlobals(const ParsedArguments &args, GlobalOptions *globals, QString *problem)
{
    for (const ParsedOption &o : args.options) {
        if (o.name == u"db"_s) {
            globals->db = o.value;
        } else if (o.name == u"lang"_s) {
            if (o.value != u"de"_s && o.value != u"en"_s) {
                *problem = tr("\"--lang\" is \"de\" or \"en\", not \"%1\"").arg(o.value);
                return false;
            }
            globals->lang = o.value;
        } else if (o.name == u"region"_s) {
            globals->region = o.value.trimmed().toUpper();
            if (!PhoneNormalizer::isKnownRegion(globals->region)) {
                *problem = tr("\"--region\" needs a country code such as DE or AT, not \"%1\"").arg(o.value);
                return false;
            }
        } else if (o.name == u"help"_s) {
            globals->help = true;
        } else if (o.name == u"version"_s) {
            globals->version = true;
        }
    }
    return true;
}

bool CliApplication::installLanguage(const QString &language)
{
    // English is the source language: there may be no catalogue to load for it, and that is fine.
    return Translations::install(language) || language == u"en"_s;
}

int CliApplication::run(const QStringList &arguments)
{
    // Global options come before the command (and are also accepted after it, see below).
    qsizetype i = 0;
    QStringList leading;
    const QList<OptionSpec> globalSpecs = globalOptions();
    while (i < arguments.size() && arguments.at(i).startsWith(u'-')) {
        const QString &arg = arguments.at(i);
        leading << arg;
        const bool needsValue
            = !arg.contains(u'=') && std::any_of(globalSpecs.cbegin(), globalSpecs.cend(), [&arg](const OptionSpec &s) {
                  return s.takesValue && arg == u"--"_s + s.name;
              });
        if (needsValue && i + 1 < arguments.size()) {
            leading << arguments.at(++i);
        }
        ++i;
    }
    ParsedArguments leadingArgs;
    GlobalOptions globals;
    QString problem;
    const bool leadingOk = ArgumentParser::parse(
        leading.replaceInStrings(QRegularExpression(u"^-h$"_s), u"--help"_s), globalSpecs, &leadingArgs, &problem);
    const bool globalsOk = leadingOk && takeGlobals(leadingArgs, &globals, &problem);
    const bool translated = installLanguage(globals.lang.isEmpty() ? Settings().effectiveLanguage() : globals.lang);
    if (!globalsOk) {
        return m_output.usageError(problem);
    }
    if (!translated && !globals.lang.isEmpty()) {
        m_output.errorLine(tr("no translation for \"%1\" found; messages stay in English").arg(globals.lang));
    }
    if (globals.version) {
        m_output.out() << u"kontor-cli "_s << QCoreApplication::applicationVersion() << Qt::endl;
        return int(ExitCode::Success);
    }

    const QStringList rest = arguments.mid(i);
    if (rest.isEmpty()) {
        if (globals.help) {
            m_output.out() << CliHelp::general() << Qt::flush;
            return int(ExitCode::Success);
        }
        m_output.err() << CliHelp::general() << Qt::flush;
        return int(ExitCode::Usage);
    }
    const QList<Command> all = commands();
    for (const Command &command : all) {
        const QStringList words = command.name.split(u' ');
        if (rest.mid(0, words.size()) != words) {
            continue;
        }
        m_output.setCommand(command.name);
        ParsedArguments args;
        QStringList commandArgs = rest.mid(words.size());
        commandArgs.replaceInStrings(QRegularExpression(u"^-h$"_s), u"--help"_s);
        if (!ArgumentParser::parse(commandArgs, command.options + globalSpecs, &args, &problem)) {
            return m_output.usageError(problem);
        }
        const QString langBefore = globals.lang;
        if (!takeGlobals(args, &globals, &problem)) {
            return m_output.usageError(problem);
        }
        if (globals.lang != langBefore) {
            installLanguage(globals.lang);
        }
        if (globals.help) {
            m_output.out() << CliHelp::command(command.name) << Qt::flush;
            return int(ExitCode::Success);
        }
        return execute(command, globals, args);
    }
    QStringList subcommands;
    for (const Command &command : all) {
        if (command.name.startsWith(rest.first() + u' ')) {
            subcommands << command.name.section(u' ', 1);
        }
    }
    if (!subcommands.isEmpty() && rest.size() == 1) {
        //: %1 is "contacts" or "trash", %2 the list of its subcommands
        return m_output.usageError(tr("\"%1\" needs one of: %2").arg(rest.first(), subcommands.join(u", ")));
    }
    const QString what = subcommands.isEmpty() ? rest.first() : rest.mid(0, 2).join(u' ');
    return m_output.usageError(tr("unknown command \"%1\"").arg(what));
}

int CliApplication::execute(const Command &command, const GlobalOptions &globals, const ParsedArguments &args)
{
    Settings settings;
    const QString path = globals.db.isEmpty() ? settings.databasePath() : globals.db;
    if (!QFileInfo(path).absoluteDir().exists() && !QDir().mkpath(QFileInfo(path).absolutePath())) {
        ErrorLocation where;
        where.file = QFileInfo(path).absolutePath();
        return m_output.fail(
            makeError(Error::Code::Io, tr("The folder for the database could not be created."), {}, where));
    }
    DatabaseOptions options;
    options.cacheMiB = command.cacheMiB;
    auto db = Database::open(path, options);
    if (!db) {
        Error error = db.error();
        if (error.location.file.isEmpty()) {
            error.location.file = QDir::toNativeSeparators(path);
        }
        return m_output.fail(error);
    }
    auto user = UserService(**db).ensureLocalUser();
    if (!user) {
        return m_output.fail(user.error());
    }
    const Session session{user->id, user->teamId, Origin::Cli};
    ContactService service(**db, session);
    service.setDefaultRegion(globals.region.isEmpty() ? settings.defaultPhoneRegion() : globals.region);
    CliContext context{**db, session, service, m_output, args};
    return command.run(context);
}

} // namespace Kontor
