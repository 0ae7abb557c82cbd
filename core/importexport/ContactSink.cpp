#include "ContactSink.h"

#include "ContactJson.h"
#include "CsvWriter.h"
#include "VCardWriter.h"
#include "XlsxExportWriter.h"

#include <QJsonDocument>
#include <QSaveFile>

namespace Kontor {

namespace {

class CsvSink final : public ContactSink
{
public:
    CsvSink(const QString &path, CsvWriter::Dialect dialect, ExportColumns columns)
        : m_writer(path, dialect)
        , m_columns(std::move(columns))
    {}
    Result<void> open() override
    {
        auto ok = m_writer.open();
        return ok ? m_writer.writeRow(m_columns.headers()) : ok;
    }
    Result<void> write(const Contact &contact) override { return m_writer.writeRow(m_columns.cells(contact)); }
    Result<void> commit() override { return m_writer.commit(); }
    void cancel() override { m_writer.cancel(); }

private:
    CsvWriter m_writer;
    ExportColumns m_columns;
};

class XlsxSink final : public ContactSink
{
public:
    XlsxSink(const QString &path, ExportColumns columns)
        : m_writer(path)
        , m_columns(std::move(columns))
    {}
    Result<void> open() override
    {
        auto ok = m_writer.open();
        return ok ? m_writer.writeRow(m_columns.headers()) : ok;
    }
    Result<void> write(const Contact &contact) override { return m_writer.writeRow(m_columns.cells(contact)); }
    Result<void> commit() override { return m_writer.commit(); }
    void cancel() override { m_writer.cancel(); }

private:
    XlsxExportWriter m_writer;
    ExportColumns m_columns;
};

// vCard and JSON: text written through a QSaveFile, which only replaces the target on commit.
class TextSink : public ContactSink
{
    Q_DECLARE_TR_FUNCTIONS(ExportService)

public:
    explicit TextSink(const QString &path)
        : m_file(path)
    {}
    Result<void> open() override { return m_file.open(QIODevice::WriteOnly) ? Result<void>() : ioError(); }
    Result<void> commit() override
    {
        if (!flush() || !m_file.commit()) {
            const Error error = ioError();
            m_file.cancelWriting();
            return error;
        }
        return {};
    }
    void cancel() override { m_file.cancelWriting(); }

protected:
    Result<void> append(const QByteArray &bytes)
    {
        m_buffer += bytes;
        if (m_buffer.size() >= 256 * 1024 && !flush()) {
            return ioError();
        }
        return {};
    }

private:
    bool flush()
    {
        const bool ok = m_buffer.isEmpty() || m_file.write(m_buffer) == m_buffer.size();
        m_buffer.clear();
        return ok;
    }
    Error ioError() const
    {
        ErrorLocation where;
        where.file = m_file.fileName();
        return makeError(Error::Code::Io,
            tr("Could not write %1: %2").arg(m_file.fileName(), m_file.errorString()),
            m_file.errorString(),
            where);
    }

    QSaveFile m_file;
    QByteArray m_buffer;
};

class VCardSink final : public TextSink
{
public:
    VCardSink(const QString &path, VCardWriter::Version version, const ExportNames &names)
        : TextSink(path)
        , m_version(version)
        , m_names(names)
    {}
    Result<void> write(const Contact &c) override
    {
        VCardWriter::Names names;
        names.companyName = c.companyName;
        names.ownerName = m_names.users.value(c.ownerId);
        for (qint64 id : c.followerIds) {
            if (const QString name = m_names.users.value(id); !name.isEmpty()) {
                names.followerNames << name;
            }
        }
        // In the order of the form, which is the order of the fields list.
        for (const CustomField &f : m_names.fields) {
            if (auto it = c.customValues.constFind(f.id); it != c.customValues.constEnd() && !it->isEmpty()) {
                names.customValues.append({f.name, *it});
            }
        }
        return append(VCardWriter::write(c, names, m_version));
    }

private:
    VCardWriter::Version m_version;
    const ExportNames &m_names;
};

class JsonSink final : public TextSink
{
public:
    JsonSink(const QString &path, const ExportNames &names)
        : TextSink(path)
        , m_names(names)
    {}
    Result<void> open() override
    {
        auto ok = TextSink::open();
        return ok ? append("[") : ok;
    }
    // One object per line: valid JSON that line-oriented tools can still split.
    Result<void> write(const Contact &c) override
    {
        const QJsonObject object = ContactJson::toJson(
            c,
            [this](qint64 id) { return m_names.users.value(id); },
            [this](qint64 id) { return m_names.fieldNames.value(id); });
        const QByteArray separator = m_first ? "\n" : ",\n";
        m_first = false;
        return append(separator + QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    Result<void> commit() override
    {
        if (auto ok = append(m_first ? "]\n" : "\n]\n"); !ok) {
            cancel();
            return ok;
        }
        return TextSink::commit();
    }

private:
    const ExportNames &m_names;
    bool m_first = true;
};

} // namespace

std::unique_ptr<ContactSink> ContactSink::create(
    ExportFormat format, const QString &path, ExportColumns columns, const ExportNames &names)
{
    switch (format) {
    case ExportFormat::Csv:
        return std::make_unique<CsvSink>(path, CsvWriter::Dialect{u',', false}, std::move(columns));
    case ExportFormat::CsvExcel:
        return std::make_unique<CsvSink>(path, CsvWriter::Dialect{u';', true}, std::move(columns));
    case ExportFormat::Xlsx:
        return std::make_unique<XlsxSink>(path, std::move(columns));
    case ExportFormat::VCard4:
        return std::make_unique<VCardSink>(path, VCardWriter::Version::V4, names);
    case ExportFormat::VCard3:
        return std::make_unique<VCardSink>(path, VCardWriter::Version::V3, names);
    case ExportFormat::Json:
        break;
    }
    return std::make_unique<JsonSink>(path, names);
}

} // namespace Kontor
